# torch.optim.Adadelta: torch's single-tensor (CPU) update with its float32 roundings.
from .optimizer import Optimizer, _addcmul, _check, _decayed, _fma_add, _scalar, _step0, _zeros


class Adadelta(Optimizer):
    def __init__(self, params, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0, foreach=None, *, capturable=False,
                 maximize=False, differentiable=False):
        _check(lr, eps, weight_decay)
        if not 0.0 <= rho <= 1.0:
            raise ValueError(f"Invalid rho value: {rho}")
        defaults = {"lr": lr, "rho": rho, "eps": eps, "weight_decay": weight_decay, "maximize": maximize,
                    "capturable": capturable, "foreach": foreach, "differentiable": differentiable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = _scalar(group["lr"])
        rho, eps = group["rho"], group["eps"]

        def init(p):
            return {"step": _step0(), "square_avg": _zeros(p), "acc_delta": _zeros(p)}

        for p, state, grad in self._grads(group, init):
            square_avg, acc_delta, step_t = state["square_avg"], state["acc_delta"], state["step"]
            step_t._assign(step_t + 1)
            grad = _decayed(grad, p, group, lr)
            square_avg._assign(square_avg * rho)
            _addcmul(square_avg, grad, grad, 1 - rho)
            std = (square_avg + eps).sqrt()
            delta = (acc_delta + eps).sqrt()
            delta = delta / std * grad
            acc_delta._assign(acc_delta * rho)
            _addcmul(acc_delta, delta, delta, 1 - rho)
            _fma_add(p, delta, -lr)

# torch.optim.Adamax: torch's single-tensor (CPU) update with its float32 roundings.
from .optimizer import Optimizer, _check, _decayed, _fma_add, _lerp_, _scalar, _step0, _zeros


class Adamax(Optimizer):
    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, foreach=None, *,
                 maximize=False, differentiable=False, capturable=False):
        _check(lr, eps, weight_decay, betas)
        defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay, "foreach": foreach,
                    "maximize": maximize, "differentiable": differentiable, "capturable": capturable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = _scalar(group["lr"])
        beta1, beta2 = group["betas"]
        eps = group["eps"]

        def init(p):
            return {"step": _step0(), "exp_avg": _zeros(p), "exp_inf": _zeros(p)}

        for p, state, grad in self._grads(group, init):
            exp_avg, exp_inf, step_t = state["exp_avg"], state["exp_inf"], state["step"]
            step_t._assign(step_t + 1)
            grad = _decayed(grad, p, group, lr)
            _lerp_(exp_avg, grad, 1 - beta1)
            exp_inf._assign((exp_inf * beta2).maximum(grad.abs() + eps))
            bias_correction = 1 - beta1 ** step_t.item()
            clr = lr / bias_correction
            _fma_add(p, exp_avg / exp_inf, -clr)

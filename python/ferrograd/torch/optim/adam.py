# torch.optim.Adam, following torch's single-tensor update (state['step'] is a tensor).
from ... import _core
from .optimizer import Optimizer, _addcmul, _check, _decayed, _lerp_, _scalar, _step0, _zeros

_T = _core.Tensor


class Adam(Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *,
                 foreach=None, maximize=False, capturable=False, differentiable=False, fused=None,
                 decoupled_weight_decay=False):
        _check(lr, eps, weight_decay, betas)
        if not ((isinstance(betas[0], float) and isinstance(betas[1], float))
                or (isinstance(betas[0], _T) and isinstance(betas[1], _T))):
            raise ValueError("betas must be either both floats or both Tensors")
        betas = tuple(_scalar(b) for b in betas)
        defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay, "amsgrad": amsgrad,
                    "maximize": maximize, "foreach": foreach, "capturable": capturable,
                    "differentiable": differentiable, "fused": fused,
                    "decoupled_weight_decay": decoupled_weight_decay}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = _scalar(group["lr"])
        beta1, beta2 = group["betas"]
        eps, amsgrad = group["eps"], group["amsgrad"]

        def init(p):
            state = {"step": _step0(), "exp_avg": _zeros(p), "exp_avg_sq": _zeros(p)}
            if amsgrad:
                state["max_exp_avg_sq"] = _zeros(p)
            return state

        for p, state, grad in self._grads(group, init):
            exp_avg, exp_avg_sq, step_t = state["exp_avg"], state["exp_avg_sq"], state["step"]
            step_t._assign(step_t + 1)
            grad = _decayed(grad, p, group, lr)
            _lerp_(exp_avg, grad, 1 - beta1)
            exp_avg_sq._assign(exp_avg_sq * beta2)
            _addcmul(exp_avg_sq, grad, grad, 1 - beta2)
            step = step_t.item()
            bias_correction1 = 1 - beta1 ** step
            bias_correction2 = 1 - beta2 ** step
            step_size = lr / bias_correction1
            bias_correction2_sqrt = bias_correction2 ** 0.5
            if amsgrad:
                mx = state["max_exp_avg_sq"]
                mx._assign(mx.maximum(exp_avg_sq))
                denom = (mx.sqrt() / bias_correction2_sqrt) + eps
            else:
                denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt) + eps
            p._assign(p + (exp_avg * -step_size) / denom)

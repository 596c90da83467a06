# torch.optim.RAdam: torch's single-tensor (CPU) update.
from .optimizer import Optimizer, _addcmul, _check, _decayed, _lerp_, _scalar, _step0, _zeros


class RAdam(Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0,
                 decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False,
                 differentiable=False):
        _check(lr, eps, weight_decay, betas)
        defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay, "maximize": maximize,
                    "foreach": foreach, "capturable": capturable, "decoupled_weight_decay": decoupled_weight_decay,
                    "differentiable": differentiable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = _scalar(group["lr"])
        beta1, beta2 = group["betas"]
        eps = group["eps"]

        def init(p):
            return {"step": _step0(), "exp_avg": _zeros(p), "exp_avg_sq": _zeros(p)}

        for p, state, grad in self._grads(group, init):
            exp_avg, exp_avg_sq, step_t = state["exp_avg"], state["exp_avg_sq"], state["step"]
            step_t._assign(step_t + 1)
            step = step_t.item()
            grad = _decayed(grad, p, group, lr)
            _lerp_(exp_avg, grad, 1 - beta1)
            exp_avg_sq._assign(exp_avg_sq * beta2)
            _addcmul(exp_avg_sq, grad, grad, 1 - beta2)
            bias_correction1 = 1 - beta1 ** step
            bias_correction2 = 1 - beta2 ** step
            bias_corrected_exp_avg = exp_avg / bias_correction1
            rho_inf = 2 / (1 - beta2) - 1
            rho_t = rho_inf - 2 * step * (beta2 ** step) / bias_correction2
            if rho_t > 5.0:
                rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
                adaptive_lr = (bias_correction2 ** 0.5) / (exp_avg_sq.sqrt() + eps)
                p._assign(p - bias_corrected_exp_avg * lr * adaptive_lr * rect)
            else:
                p._assign(p - bias_corrected_exp_avg * lr)

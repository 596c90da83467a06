"""torch.optim.Adagrad, Adadelta, Adamax, NAdam: torch's single-tensor (CPU) updates, with its float32
roundings (fused multiply-adds of addcmul_/add(alpha=)/addcdiv_, float32 step and mu_product tensors)."""
from ... import _core
from .optimizer import Optimizer, _addcmul, _check, _decayed, _fma_add, _lerp_, _scalar, _step0, _zeros


class Adagrad(Optimizer):
    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10,
                 foreach=None, *, maximize=False, differentiable=False, fused=None):
        _check(lr, eps, weight_decay)
        if not 0.0 <= lr_decay:
            raise ValueError(f"Invalid lr_decay value: {lr_decay}")
        if not 0.0 <= initial_accumulator_value:
            raise ValueError(f"Invalid initial_accumulator_value value: {initial_accumulator_value}")
        defaults = {"lr": lr, "lr_decay": lr_decay, "eps": eps, "weight_decay": weight_decay,
                    "initial_accumulator_value": initial_accumulator_value, "foreach": foreach,
                    "maximize": maximize, "differentiable": differentiable, "fused": fused}
        super().__init__(params, defaults)
        for group in self.param_groups:
            for p in group["params"]:
                state = self.state[p]
                state["step"] = _step0()
                state["sum"] = _core.full_like(p, float(initial_accumulator_value))

    def _step_group(self, group):
        lr = _scalar(group["lr"])
        def init(p):   # filled by __init__; again after a state reset
            return {"step": _step0(), "sum": _core.full_like(p, float(group["initial_accumulator_value"]))}

        for p, state, grad in self._grads(group, init):
            step_t, state_sum = state["step"], state["sum"]
            step_t._assign(step_t + 1)
            step = step_t.item()
            grad = _decayed(grad, p, group, lr)
            clr = lr / (1 + (step - 1) * group["lr_decay"])
            _addcmul(state_sum, grad, grad, 1)
            std = state_sum.sqrt() + group["eps"]
            _fma_add(p, grad / std, -clr)


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


class NAdam(Optimizer):
    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, momentum_decay=4e-3,
                 decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False,
                 differentiable=False):
        _check(lr, eps, weight_decay, betas)
        if not 0.0 <= momentum_decay:
            raise ValueError(f"Invalid momentum_decay value: {momentum_decay}")
        defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay,
                    "momentum_decay": momentum_decay, "decoupled_weight_decay": decoupled_weight_decay,
                    "maximize": maximize, "foreach": foreach, "capturable": capturable,
                    "differentiable": differentiable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = _scalar(group["lr"])
        beta1, beta2 = group["betas"]
        eps, md = group["eps"], group["momentum_decay"]

        def init(p):
            return {"step": _step0(), "mu_product": _core.tensor(1.0, None, False, 0).float(),
                    "exp_avg": _zeros(p), "exp_avg_sq": _zeros(p)}

        for p, state, grad in self._grads(group, init):
            exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
            mu_product, step_t = state["mu_product"], state["step"]
            step_t._assign(step_t + 1)
            step = step_t.item()
            bias_correction2 = 1 - beta2 ** step
            grad = _decayed(grad, p, group, lr)
            mu = beta1 * (1.0 - 0.5 * (0.96 ** (step * md)))
            mu_next = beta1 * (1.0 - 0.5 * (0.96 ** ((step + 1) * md)))
            mu_product._assign(mu_product * mu)
            _lerp_(exp_avg, grad, 1 - beta1)
            exp_avg_sq._assign(exp_avg_sq * beta2)
            _addcmul(exp_avg_sq, grad, grad, 1 - beta2)
            denom = (exp_avg_sq / bias_correction2).sqrt()
            mp = mu_product.item()
            mu_product_next = mp * mu_next
            denom = denom + eps
            _fma_add(p, grad / denom, -lr * (1.0 - mu) / (1.0 - mp))
            _fma_add(p, exp_avg / denom, (-lr * mu_next) / (1.0 - mu_product_next))

"""torch.optim.Adagrad, Adadelta, Adamax, NAdam: torch's single-tensor (CPU) updates, with its float32
roundings (fused multiply-adds of addcmul_/add(alpha=)/addcdiv_, float32 step and mu_product tensors)."""
from ... import _core
from .adam import _lerp_
from .optimizer import Optimizer, _f32, _fma_add, _fma_added

_T = _core.Tensor


def _scalar(v):
    return v.item() if isinstance(v, _T) else v


def _check(lr, eps=None, weight_decay=None):
    if isinstance(lr, _T) and lr.numel() != 1:
        raise ValueError("Tensor lr must be 1-element")
    if not 0.0 <= lr:
        raise ValueError(f"Invalid learning rate: {lr}")
    if eps is not None and not 0.0 <= eps:
        raise ValueError(f"Invalid epsilon value: {eps}")
    if weight_decay is not None and not 0.0 <= weight_decay:
        raise ValueError(f"Invalid weight_decay value: {weight_decay}")


def _addcmul(dst, t1, t2, value):
    """dst + (value * t1) * t2, contracted to one fused multiply-add for float32."""
    if dst._dtype_name == "float32":
        a = t1 if value == 1 else t1 * value
        dst._assign((dst.double() + a.double() * t2.double()).float())
    else:
        dst._assign(dst + t1 * value * t2)


def _step0():
    return _core.tensor(0.0, None, False, 0).float()


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
        for p in group["params"]:
            if p.grad is None:
                continue
            state = self.state[p]
            grad = p.grad if not group["maximize"] else -p.grad
            step_t, state_sum = state["step"], state["sum"]
            step_t._assign(step_t + 1)
            step = step_t.item()
            if group["weight_decay"] != 0:
                grad = _fma_added(grad, p, group["weight_decay"])
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
        rho, eps, wd = group["rho"], group["eps"], group["weight_decay"]
        for p in group["params"]:
            if p.grad is None:
                continue
            state = self.state[p]
            if len(state) == 0:
                state["step"] = _step0()
                state["square_avg"] = _core.full_like(p, 0.0)
                state["acc_delta"] = _core.full_like(p, 0.0)
            grad = p.grad if not group["maximize"] else -p.grad
            square_avg, acc_delta, step_t = state["square_avg"], state["acc_delta"], state["step"]
            step_t._assign(step_t + 1)
            if wd != 0:
                grad = _fma_added(grad, p, wd)
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
        _check(lr, eps, weight_decay)
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
        defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay, "foreach": foreach,
                    "maximize": maximize, "differentiable": differentiable, "capturable": capturable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = _scalar(group["lr"])
        beta1, beta2 = group["betas"]
        eps, wd = group["eps"], group["weight_decay"]
        for p in group["params"]:
            if p.grad is None:
                continue
            state = self.state[p]
            if len(state) == 0:
                state["step"] = _step0()
                state["exp_avg"] = _core.full_like(p, 0.0)
                state["exp_inf"] = _core.full_like(p, 0.0)
            grad = p.grad if not group["maximize"] else -p.grad
            exp_avg, exp_inf, step_t = state["exp_avg"], state["exp_inf"], state["step"]
            step_t._assign(step_t + 1)
            if wd != 0:
                grad = _fma_added(grad, p, wd)
            _lerp_(exp_avg, grad, 1 - beta1)
            exp_inf._assign((exp_inf * beta2).maximum(grad.abs() + eps))
            bias_correction = 1 - beta1 ** step_t.item()
            clr = lr / bias_correction
            _fma_add(p, exp_avg / exp_inf, -clr)


class NAdam(Optimizer):
    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, momentum_decay=4e-3,
                 decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False,
                 differentiable=False):
        _check(lr, eps, weight_decay)
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
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
        eps, wd, md = group["eps"], group["weight_decay"], group["momentum_decay"]
        for p in group["params"]:
            if p.grad is None:
                continue
            state = self.state[p]
            if len(state) == 0:
                state["step"] = _step0()
                state["mu_product"] = _core.tensor(1.0, None, False, 0).float()
                state["exp_avg"] = _core.full_like(p, 0.0)
                state["exp_avg_sq"] = _core.full_like(p, 0.0)
            grad = p.grad if not group["maximize"] else -p.grad
            exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
            mu_product, step_t = state["mu_product"], state["step"]
            step_t._assign(step_t + 1)
            step = step_t.item()
            bias_correction2 = 1 - beta2 ** step
            if wd != 0:
                if group["decoupled_weight_decay"]:
                    p._assign(p * (1 - lr * wd))
                else:
                    grad = _fma_added(grad, p, wd)
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

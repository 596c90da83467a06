"""torch.optim.Adam and AdamW, following torch's single-tensor update (state['step'] is a tensor)."""
from ... import _core
from .optimizer import Optimizer, _f32, _fma_added

_T = _core.Tensor


def _lerp_(dst, end, weight):
    """torch's lerp: start + w * (end - start) (w < 0.5) else end - (end - start) * (1 - w), fused."""
    diff = end - dst
    if dst._dtype_name == "float32":
        w = _f32(weight)
        if abs(w) < 0.5:
            r = (dst.double() + diff.double() * w).float()
        else:
            r = (end.double() + diff.double() * _f32(w - 1)).float()
    else:
        r = dst + diff * weight if abs(weight) < 0.5 else end - diff * (1 - weight)
    dst._assign(r)


class Adam(Optimizer):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *,
                 foreach=None, maximize=False, capturable=False, differentiable=False, fused=None,
                 decoupled_weight_decay=False):
        if isinstance(lr, _T) and lr.numel() != 1:
            raise ValueError("Tensor lr must be 1-element")
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if not ((isinstance(betas[0], float) and isinstance(betas[1], float))
                or (isinstance(betas[0], _T) and isinstance(betas[1], _T))):
            raise ValueError("betas must be either both floats or both Tensors")
        betas = tuple(b.item() if isinstance(b, _T) else b for b in betas)
        defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay, "amsgrad": amsgrad,
                    "maximize": maximize, "foreach": foreach, "capturable": capturable,
                    "differentiable": differentiable, "fused": fused,
                    "decoupled_weight_decay": decoupled_weight_decay}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = group["lr"]
        lr = lr.item() if isinstance(lr, _T) else lr
        beta1, beta2 = group["betas"]
        eps, wd, amsgrad = group["eps"], group["weight_decay"], group["amsgrad"]
        for p in group["params"]:
            if p.grad is None:
                continue
            state = self.state[p]
            if len(state) == 0:
                state["step"] = _core.tensor(0.0, None, False, 0).float()
                state["exp_avg"] = _core.full_like(p, 0.0)
                state["exp_avg_sq"] = _core.full_like(p, 0.0)
                if amsgrad:
                    state["max_exp_avg_sq"] = _core.full_like(p, 0.0)
            grad = p.grad if not group["maximize"] else -p.grad
            exp_avg, exp_avg_sq, step_t = state["exp_avg"], state["exp_avg_sq"], state["step"]
            step_t._assign(step_t + 1)
            if wd != 0:
                if group["decoupled_weight_decay"]:
                    p._assign(p * (1 - lr * wd))
                else:
                    grad = _fma_added(grad, p, wd)
            _lerp_(exp_avg, grad, 1 - beta1)
            exp_avg_sq._assign(exp_avg_sq * beta2)
            if exp_avg_sq._dtype_name == "float32":
                # addcmul: self + (value * t1) * t2, contracted to one fused multiply-add
                exp_avg_sq._assign((exp_avg_sq.double() + (grad * (1 - beta2)).double() * grad.double()).float())
            else:
                exp_avg_sq._assign(exp_avg_sq + grad * (1 - beta2) * grad)
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


class AdamW(Adam):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *,
                 maximize=False, foreach=None, capturable=False, differentiable=False, fused=None):
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad, foreach=foreach, maximize=maximize,
                         capturable=capturable, differentiable=differentiable, fused=fused,
                         decoupled_weight_decay=True)

    def __setstate__(self, state):
        super().__setstate__(state)
        for group in self.param_groups:
            group["decoupled_weight_decay"] = True

# torch.optim.Adafactor (torch's single-tensor update).
from ... import _core
from .optimizer import Optimizer, _lerp_, _step0, _zeros

_T = _core.Tensor


class Adafactor(Optimizer):
    def __init__(self, params, lr=1e-2, beta2_decay=-0.8, eps=(None, 1e-3), d=1.0, weight_decay=0.0, *,
                 foreach=None, maximize=False):
        if isinstance(lr, _T) and lr.numel() != 1:
            raise ValueError("Tensor lr must be 1-element")
        if not 0.0 <= lr:
            raise ValueError(f"Learning rate should be >= 0 but is: {lr}")
        if not 0.0 >= beta2_decay:
            raise ValueError(f"beta2_decay should be <= 0 but is: {beta2_decay}")
        if eps[0] is not None and not 0.0 <= eps[0]:
            raise ValueError(f"epsilon1 should be >= 0 but is: {eps[0]}")
        if not 0.0 <= eps[1]:
            raise ValueError(f"epsilon2 should be >= 0 but is: {eps[1]}")
        if not 1.0 <= d:
            raise ValueError(f"Clipping threshold d should be >= 1 but is: {d}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"weight_decay should be >= 0 but is: {weight_decay}")
        defaults = {"lr": lr, "beta2_decay": beta2_decay, "eps": eps, "d": d, "weight_decay": weight_decay,
                    "foreach": foreach, "maximize": maximize}
        super().__init__(params, defaults)

    def _step_group(self, group):
        from ... import torch

        lr = group["lr"].item() if isinstance(group["lr"], _T) else group["lr"]
        beta2_decay, d, weight_decay = group["beta2_decay"], group["d"], group["weight_decay"]
        eps1, eps2 = group["eps"]

        def init(p):
            state = {"step": _step0()}
            if p.dim() > 1:
                row_shape = list(p.shape)
                row_shape[-1] = 1
                col_shape = list(p.shape)
                col_shape[-2] = 1
                state["row_var"] = torch.zeros(*row_shape, dtype=p.dtype)
                state["col_var"] = torch.zeros(*col_shape, dtype=p.dtype)
            else:
                state["variance"] = _zeros(p)
            return state

        for p, state, grad in self._grads(group, init):
            e1 = eps1 if eps1 is not None else torch.finfo(p.dtype).eps
            step_t = state["step"]
            step_t._assign(step_t + 1)
            step_float = step_t.item()
            one_minus_beta2_t = step_float ** beta2_decay
            rho_t = min(lr, 1 / (step_float ** 0.5))
            alpha = max(eps2, p.detach().norm(2).item() / (p.numel() ** 0.5)) * rho_t
            if weight_decay != 0:
                p._assign(p * (1 - lr * weight_decay))
            if grad.dim() > 1:
                row_var, col_var = state["row_var"], state["col_var"]
                row_mean = grad.norm(2, -1, True).square() / grad.size(-1)
                _lerp_(row_var, row_mean, one_minus_beta2_t)
                col_mean = grad.norm(2, -2, True).square() / grad.size(-2)
                _lerp_(col_var, col_mean, one_minus_beta2_t)
                var_estimate = row_var @ col_var
                var_estimate = var_estimate / row_var.mean(-2, True).clamp(min=e1)
            else:
                variance = state["variance"]
                _lerp_(variance, grad * grad, one_minus_beta2_t)
                var_estimate = variance.clone()
            update = var_estimate.clamp(min=e1 * e1).rsqrt()
            update = update * grad
            denom = max(1.0, update.norm(2).item() / ((update.numel() ** 0.5) * d))
            p._assign(p + update * (-alpha / denom))

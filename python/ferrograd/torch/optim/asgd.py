# torch.optim.ASGD: torch's single-tensor (CPU) update.
from .optimizer import Optimizer, _check, _decayed, _fma_add, _scalar, _step0, _torch


class ASGD(Optimizer):
    def __init__(self, params, lr=1e-2, lambd=1e-4, alpha=0.75, t0=1e6, weight_decay=0, foreach=None,
                 maximize=False, differentiable=False, capturable=False):
        _check(lr, None, weight_decay)
        defaults = {"lr": lr, "lambd": lambd, "alpha": alpha, "t0": t0, "weight_decay": weight_decay,
                    "foreach": foreach, "maximize": maximize, "differentiable": differentiable,
                    "capturable": capturable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        torch = _torch()
        lr = _scalar(group["lr"])
        lambd, alpha, t0 = group["lambd"], group["alpha"], group["t0"]

        def init(p):
            return {"step": _step0(), "eta": torch.as_tensor(lr, dtype=torch.float32),
                    "mu": torch.ones((), dtype=torch.float32), "ax": torch.zeros_like(p)}

        for p, state, grad in self._grads(group, init):
            mu, ax, eta, step_t = state["mu"], state["ax"], state["eta"], state["step"]
            step_t._assign(step_t + 1)
            grad = _decayed(grad, p, group, lr)
            eta_value = eta.item()
            p._assign(p * (1 - lambd * eta_value))
            _fma_add(p, grad, -eta_value)
            if mu.item() != 1:
                ax._assign(ax + (p - ax) * mu)
            else:
                ax._assign(p.clone())
            step = step_t.item()
            eta._assign(torch.as_tensor(lr / ((1 + lambd * lr * step) ** alpha), dtype=torch.float32))
            mu._assign(torch.as_tensor(1 / max(1, step - t0), dtype=torch.float32))

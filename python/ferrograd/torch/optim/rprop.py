# torch.optim.Rprop: torch's single-tensor (CPU) update.
from .optimizer import Optimizer, _check, _scalar, _step0, _torch


class Rprop(Optimizer):
    def __init__(self, params, lr=1e-2, etas=(0.5, 1.2), step_sizes=(1e-6, 50), *, capturable=False,
                 foreach=None, maximize=False, differentiable=False):
        _check(lr)
        if not 0.0 < etas[0] < 1.0 < etas[1]:
            raise ValueError(f"Invalid eta values: {etas[0]}, {etas[1]}")
        defaults = {"lr": lr, "etas": etas, "step_sizes": step_sizes, "foreach": foreach, "maximize": maximize,
                    "differentiable": differentiable, "capturable": capturable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        torch = _torch()
        etaminus, etaplus = group["etas"]
        step_size_min, step_size_max = group["step_sizes"]

        def init(p):
            return {"step": _step0(), "prev": torch.zeros_like(p),
                    "step_size": torch.full_like(p.grad, _scalar(group["lr"]))}

        for p, state, grad in self._grads(group, init):
            prev, step_size, step = state["prev"], state["step_size"], state["step"]
            step._assign(step + 1)
            sign = grad.mul(prev).sign()
            sign = torch.where(sign.gt(0), torch.full_like(sign, etaplus), sign)
            sign = torch.where(sign.lt(0), torch.full_like(sign, etaminus), sign)
            sign = torch.where(sign.eq(0), torch.ones_like(sign), sign)
            step_size._assign(step_size.mul(sign).clamp(step_size_min, step_size_max))
            grad = torch.where(sign.eq(etaminus), torch.zeros_like(grad), grad)
            p._assign(p - grad.sign() * step_size)
            prev._assign(grad)

# torch.optim.SGD, following torch's single-tensor update.
from ... import _core
from .optimizer import Optimizer, _fma_add, _fma_added

_T = _core.Tensor


class SGD(Optimizer):
    def __init__(self, params, lr=1e-3, momentum=0, dampening=0, weight_decay=0, nesterov=False, *,
                 maximize=False, foreach=None, differentiable=False, fused=None):
        if isinstance(lr, _T) and lr.numel() != 1:
            raise ValueError("Tensor lr must be 1-element")
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        defaults = {"lr": lr, "momentum": momentum, "dampening": dampening, "weight_decay": weight_decay,
                    "nesterov": nesterov, "maximize": maximize, "foreach": foreach,
                    "differentiable": differentiable, "fused": fused}
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, defaults)

    def step(self, closure=None):
        loss = self._closure_loss(closure)
        prev = _core.set_grad_enabled(False)
        try:
            for group in self.param_groups:
                lr = group["lr"]
                lr = lr.item() if isinstance(lr, _T) else lr
                wd, momentum = group["weight_decay"], group["momentum"]
                dampening, nesterov, maximize = group["dampening"], group["nesterov"], group["maximize"]
                for p in group["params"]:
                    if p.grad is None:
                        continue
                    grad = p.grad if not maximize else -p.grad
                    if wd != 0:
                        grad = _fma_added(grad, p, wd)
                    if momentum != 0:
                        state = self.state[p]
                        buf = state.get("momentum_buffer")
                        if buf is None:
                            buf = grad.detach().clone()
                            state["momentum_buffer"] = buf
                        else:
                            buf._assign(buf * momentum)
                            _fma_add(buf, grad, 1 - dampening)
                        grad = _fma_added(grad, buf, momentum) if nesterov else buf
                    _fma_add(p, grad, -lr)
        finally:
            _core.set_grad_enabled(prev)
        return loss

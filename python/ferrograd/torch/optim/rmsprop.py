"""torch.optim.RMSprop, following torch's single-tensor update (state['step'] is a tensor)."""
from ... import _core
from .optimizer import Optimizer, _fma_add, _fma_added

_T = _core.Tensor


class RMSprop(Optimizer):
    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False,
                 capturable=False, foreach=None, maximize=False, differentiable=False):
        if isinstance(lr, _T) and lr.numel() != 1:
            raise ValueError("Tensor lr must be 1-element")
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= momentum:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if not 0.0 <= alpha:
            raise ValueError(f"Invalid alpha value: {alpha}")
        defaults = {"lr": lr, "momentum": momentum, "alpha": alpha, "eps": eps, "centered": centered,
                    "weight_decay": weight_decay, "capturable": capturable, "foreach": foreach,
                    "maximize": maximize, "differentiable": differentiable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = group["lr"]
        lr = lr.item() if isinstance(lr, _T) else lr
        alpha, eps, wd = group["alpha"], group["eps"], group["weight_decay"]
        momentum, centered = group["momentum"], group["centered"]
        for p in group["params"]:
            if p.grad is None:
                continue
            state = self.state[p]
            if len(state) == 0:
                state["step"] = _core.tensor(0.0, None, False, 0).float()
                state["square_avg"] = _core.full_like(p, 0.0)
                if momentum > 0:
                    state["momentum_buffer"] = _core.full_like(p, 0.0)
                if centered:
                    state["grad_avg"] = _core.full_like(p, 0.0)
            grad = p.grad if not group["maximize"] else -p.grad
            step_t, square_avg = state["step"], state["square_avg"]
            step_t._assign(step_t + 1)
            if wd != 0:
                grad = _fma_added(grad, p, wd)
            square_avg._assign(square_avg * alpha)
            # addcmul: self + (value * t1) * t2, one fused multiply-add
            if square_avg._dtype_name == "float32":
                square_avg._assign((square_avg.double() + (grad * (1 - alpha)).double() * grad.double()).float())
            else:
                square_avg._assign(square_avg + grad * (1 - alpha) * grad)
            if centered:
                grad_avg = state["grad_avg"]
                grad_avg._assign(grad_avg + (grad - grad_avg) * (1 - alpha))
                avg = (square_avg - grad_avg * grad_avg).sqrt()
            else:
                avg = square_avg.sqrt()
            avg = avg + eps
            if momentum > 0:
                buf = state["momentum_buffer"]
                buf._assign(buf * momentum + grad / avg)
                _fma_add(p, buf, -lr)
            else:
                _fma_add(p, grad / avg, -lr)

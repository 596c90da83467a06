# torch.optim.RMSprop, following torch's single-tensor update (state['step'] is a tensor).
from .optimizer import Optimizer, _addcmul, _check, _decayed, _fma_add, _scalar, _step0, _zeros


class RMSprop(Optimizer):
    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False,
                 capturable=False, foreach=None, maximize=False, differentiable=False):
        _check(lr, eps)
        if not 0.0 <= momentum:
            raise ValueError(f"Invalid momentum value: {momentum}")
        _check(lr, weight_decay=weight_decay)
        if not 0.0 <= alpha:
            raise ValueError(f"Invalid alpha value: {alpha}")
        defaults = {"lr": lr, "momentum": momentum, "alpha": alpha, "eps": eps, "centered": centered,
                    "weight_decay": weight_decay, "capturable": capturable, "foreach": foreach,
                    "maximize": maximize, "differentiable": differentiable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = _scalar(group["lr"])
        alpha, eps = group["alpha"], group["eps"]
        momentum, centered = group["momentum"], group["centered"]

        def init(p):
            state = {"step": _step0(), "square_avg": _zeros(p)}
            if momentum > 0:
                state["momentum_buffer"] = _zeros(p)
            if centered:
                state["grad_avg"] = _zeros(p)
            return state

        for p, state, grad in self._grads(group, init):
            step_t, square_avg = state["step"], state["square_avg"]
            step_t._assign(step_t + 1)
            grad = _decayed(grad, p, group, lr)
            square_avg._assign(square_avg * alpha)
            _addcmul(square_avg, grad, grad, 1 - alpha)
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

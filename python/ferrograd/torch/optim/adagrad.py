# torch.optim.Adagrad: torch's single-tensor (CPU) update with its float32 roundings.
from ... import _core
from .optimizer import Optimizer, _addcmul, _check, _decayed, _fma_add, _scalar, _step0


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

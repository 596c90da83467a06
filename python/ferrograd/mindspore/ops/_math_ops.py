# mindspore.ops math primitives (MindSpore's ops/operations/math_ops.py): CumSum, CumProd, IsNan, Round.
from ... import _core
from ..._lazy import np
from .._tensor import Tensor
from . import functional as F
from .primitives import Primitive

__all__ = [
    "CumSum", "CumProd", "IsNan", "Round",
]


class CumSum(Primitive):
    def __init__(self, exclusive=False, reverse=False):
        super().__init__()
        self.exclusive, self.reverse = exclusive, reverse

    def construct(self, x, axis):
        return _scan(x, axis, self.exclusive, self.reverse)


def _scan(x, axis, exclusive=False, reverse=False, prod=False):
    # cumsum / cumprod along axis (float results computed sequentially as MindSpore's CPU kernel),
    # differentiable: d cumsum = reverse cumsum of dout; d cumprod = reverse cumsum(cumprod * dout) / x.
    x = F._t(x)
    a = x.asnumpy()
    ax = axis % a.ndim if a.ndim else 0
    if reverse:
        a = np.flip(a, ax)
    r = (np.cumprod if prod else np.cumsum)(a, axis=ax, dtype=a.dtype)
    if exclusive:
        pad = np.ones_like(np.take(r, [0], axis=ax)) if prod else np.zeros_like(np.take(r, [0], axis=ax))
        r = np.concatenate([pad, np.take(r, range(r.shape[ax] - 1), axis=ax)], axis=ax)
    if reverse:
        r = np.flip(r, ax)
    out = Tensor(np.asarray(r))
    if not x.requires_grad or not _core.is_grad_enabled():
        return out

    def backward(g):
        if prod:
            p = _scan(x, ax, exclusive, reverse, True)
            return [_scan(p * g, ax, exclusive, not reverse, False) / x]
        return [_scan(g, ax, exclusive, not reverse, False)]

    return _core.custom_node("CumProdBackward" if prod else "CumSumBackward", [x], out, backward)


class CumProd(Primitive):
    def __init__(self, exclusive=False, reverse=False):
        super().__init__()
        self.exclusive, self.reverse = exclusive, reverse

    def construct(self, x, axis):
        return _scan(x, axis, self.exclusive, self.reverse, True)


class IsNan(Primitive):
    def construct(self, x):
        return F.isnan(x)


class Round(Primitive):
    def construct(self, x):
        return F.round(x)

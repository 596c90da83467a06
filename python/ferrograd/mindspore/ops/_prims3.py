"""More primitive classes used by the MindSpore tutorials: Unstack, CumProd, IsNan, Round, Slice,
StridedSlice (built on the functional ops, so they are differentiable where those are)."""
from ... import _core
from ..._lazy import np
from .._tensor import Tensor
from . import _extra as X
from . import functional as F
from .primitives import Primitive

__all__ = ["Unstack", "CumProd", "IsNan", "Round", "Slice", "StridedSlice", "Custom", "Partial"]


class Unstack(Primitive):
    def __init__(self, axis=0, num=None):
        super().__init__()
        self.axis, self.num = axis, num

    def construct(self, x):
        return tuple(X.unbind(x, self.axis))


def _scan(x, axis, exclusive=False, reverse=False, prod=False):
    """cumsum / cumprod along axis (float results computed sequentially as MindSpore's CPU kernel),
    differentiable: d cumsum = reverse cumsum of dout; d cumprod = reverse cumsum(cumprod * dout) / x."""
    x = X._t(x)
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
    out = Tensor(np.ascontiguousarray(r))
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


class Slice(Primitive):
    def construct(self, x, begin, size):
        idx = tuple(slice(b, None if s == -1 else b + s) for b, s in zip(begin, size))
        return x[idx]


class StridedSlice(Primitive):
    def __init__(self, begin_mask=0, end_mask=0, ellipsis_mask=0, new_axis_mask=0, shrink_axis_mask=0):
        super().__init__()
        self.begin_mask, self.end_mask = begin_mask, end_mask
        self.ellipsis_mask, self.new_axis_mask, self.shrink_axis_mask = ellipsis_mask, new_axis_mask, shrink_axis_mask

    def construct(self, x, begin, end, strides):
        idx = []
        for i, (b, e, s) in enumerate(zip(begin, end, strides)):
            bit = 1 << i
            if self.ellipsis_mask & bit:
                idx.append(Ellipsis)
            elif self.new_axis_mask & bit:
                idx.append(None)
            elif self.shrink_axis_mask & bit:
                idx.append(b)
            else:
                idx.append(slice(None if self.begin_mask & bit else b, None if self.end_mask & bit else e, s))
        return x[tuple(idx)]


class Custom(Primitive):
    """ops.Custom(func, out_shape, out_dtype, func_type='pyfunc', bprop=None): a python function on
    numpy arrays as an operator (the 'pyfunc' type, the one that runs on CPU without compiling)."""

    def __init__(self, func, out_shape=None, out_dtype=None, func_type="hybrid", bprop=None, reg_info=None):
        super().__init__("Custom")
        if func_type != "pyfunc":
            raise NotImplementedError(f"ferrograd: ops.Custom supports func_type='pyfunc' only, got '{func_type}'")
        self.func, self.out_shape, self.out_dtype, self.func_type, self.bprop = (func, out_shape, out_dtype,
                                                                                 func_type, bprop)

    def construct(self, *inputs):
        arrs = [x.asnumpy() if isinstance(x, _core.Tensor) else x for x in inputs]
        res = self.func(*arrs)
        single = not isinstance(res, (tuple, list))
        outs = [Tensor(np.ascontiguousarray(np.asarray(r))) for r in ([res] if single else res)]
        tens = [x for x in inputs if isinstance(x, _core.Tensor)]
        if self.bprop is None or not single or not _core.is_grad_enabled() or not any(t.requires_grad for t in tens):
            return outs[0] if single else tuple(outs)
        out = outs[0]

        def backward(g):
            det = [x.detach() if isinstance(x, _core.Tensor) else x for x in inputs]
            r = self.bprop(*det, out, g)
            r = r if isinstance(r, tuple) else (r,)
            return [gr for x, gr in zip(inputs, r) if isinstance(x, _core.Tensor)]

        return _core.custom_node("CustomBackward", tens, out, backward)


class Partial(Primitive):
    """ops.Partial()(func, *args): func with its first arguments bound."""

    def construct(self, func, *args):
        import functools

        return functools.partial(func, *args)

# In-place variants: write an out-of-place result back into self with torch's dtype checks and version
# counter (comparison, logical and generic `<op>_` methods).
from .. import _core
from ._nodes import _node
from ._common import _T, _long, _needs_grad, _tt


# ---- comparisons, aliases, in-place ----
def _inplace_assign(self, r):
    if r.dtype != self.dtype and not self.dtype.is_floating_point and r.dtype.is_floating_point:
        raise RuntimeError(f"result type {_long(r.dtype)} can't be cast to the desired output type "
                           f"{_long(self.dtype)}")
    self.copy_(r)
    return self


def _check_inplace_dtype(self, r):
    if r.dtype != self.dtype and not self.dtype.is_floating_point and r.dtype.is_floating_point:
        raise RuntimeError(f"result type {_long(r.dtype)} can't be cast to the desired output type "
                           f"{_long(self.dtype)}")
    return r


def _apply_inplace(self, compute):
    # self <- compute(self) in place, recorded as torch does: compute runs on a snapshot carrying self's
    # history and its node becomes self's grad_fn (e.g. LgammaBackward0 for lgamma_).
    if not hasattr(self, "_inplace_apply"):  # older core: copy_ (CopyBackwards), from a copy of self
        src = self.clone() if self.requires_grad and _core.is_grad_enabled() else self
        return _inplace_assign(self, compute(src))
    return self._inplace_apply(lambda s: _check_inplace_dtype(self, compute(s)))


def _inplace_of(fn):
    def op(self, *a, **k):
        return _apply_inplace(self, lambda s: fn(s, *a, **k))

    op.__name__ = op.__qualname__ = getattr(fn, "__name__", "op") + "_"
    return op


def _cmp_inplace(name):
    node_base = name[0].upper() + name[1:] + "Backward"

    def op(self, other):
        def compute(s):
            r = getattr(s, name)(other).to(s.dtype)
            ins = [t for t in (s, other) if isinstance(t, _T)]
            if _needs_grad(*ins):
                # torch records <Op>Backward0 (scalar other) / 1 (tensor other): zero gradients
                r = _node(node_base + ("1" if isinstance(other, _T) else "0"), ins, r,
                          lambda g: [_core.full_like(t, 0.0) if t.dtype.is_floating_point else None for t in ins])
            return r

        return _apply_inplace(self, compute)

    op.__name__ = name + "_"
    return op


def _logical_inplace(name):
    def op(self, other):
        if not isinstance(other, _T):
            raise TypeError(f"{name}_(): argument 'other' (position 1) must be Tensor, not {type(other).__name__}")
        self._assign(getattr(self, name)(other).to(self.dtype))  # not recorded, as in torch
        return self

    op.__name__ = name + "_"
    return op


def float_power_(self, exponent):
    tt = _tt()
    if self.dtype is not tt.float64:
        raise RuntimeError(f"the base given to float_power_ has dtype {_long(self.dtype)} but the operation's "
                           "result requires dtype Double")
    return _apply_inplace(self, lambda s: s.float_power(exponent))


def heaviside_(self, values):
    return _apply_inplace(self, lambda s: s.heaviside(values))


# ---- in-place metadata ops: torch changes self's sizes/strides; here self takes the view's tensor (_become)
def _meta_inplace(name, fn, node):
    def op(self, *a, **k):
        if _core.is_grad_enabled() and self.requires_grad and self.is_leaf:
            raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
        r = fn(self, *a, **k)
        n = node(a, k) if callable(node) else node
        self._become(r._named(n) if r.grad_fn is not None else r)
        return self

    op.__name__ = name
    return op


def _t_checked(self):
    if self.dim() > 2:
        raise RuntimeError(f"t_() expects a tensor with <= 2 dimensions, but self is {self.dim()}D")
    return self.t()


def resize_(self, *sizes, memory_format=None):
    if self.requires_grad:
        raise RuntimeError("cannot resize variables that require grad")
    shape = tuple(sizes[0]) if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)) else sizes
    shape = [int(s) for s in shape]
    stride, n = [0] * len(shape), 1
    for i in range(len(shape) - 1, -1, -1):
        stride[i], n = n, n * max(shape[i], 1)
    n = n if all(shape) else 0
    off = self.storage_offset()
    have = self._storage_numel() - off
    if n <= have:
        r = self._strided_view(shape, stride, off)
    else:  # a larger storage: the old elements first (torch leaves the rest uninitialized)
        r = _core.zeros(n, dtype=self.dtype)
        if have > 0:
            r[:have] = self._strided_view([have], [1], off)
        r = r._strided_view(shape, stride, 0)
    self._become(r)
    return self


META_INPLACE = {
    "t_": _meta_inplace("t_", _t_checked, "TBackward1"),
    "squeeze_": _meta_inplace("squeeze_", lambda s, *a, **k: s.squeeze(*a, **k), lambda a, k: "SqueezeBackward" + (
        "3" if not (a or k) else "5" if isinstance((a or tuple(k.values()))[0], (tuple, list)) else "4")),
    "unsqueeze_": _meta_inplace("unsqueeze_", lambda s, d: s.unsqueeze(d), "UnsqueezeBackward1"),
    "transpose_": _meta_inplace("transpose_", lambda s, a, b: s.transpose(a, b), "TransposeBackward1"),
    "as_strided_": _meta_inplace("as_strided_", lambda s, *a, **k: _tt().as_strided(s, *a, **k), "AsStridedBackward1"),
    "resize_": resize_, "resize_as_": lambda self, the_template, *, memory_format=None: resize_(self, the_template.shape),
}
META_INPLACE["swapdims_"] = META_INPLACE["swapaxes_"] = META_INPLACE["transpose_"]

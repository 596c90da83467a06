# Helpers shared by the torch dialect's Python ops: tensor construction, float promotion, autograd node
# attachment (`_node`), float64 elementwise kernels with differentiable gradients, out= handling.
import builtins as _b

from .. import _core
from ._nodes import _node  # noqa: F401

TAG = 0
_T = _core.Tensor


def _np():
    import numpy as np

    return np


def _tt():
    import sys

    return sys.modules[__package__]


def _t(arr, dtype=None):
    return _core.tensor(arr, dtype, False, TAG)


def _float_of(x):
    if x.dtype.is_floating_point:
        return x
    return x.to(_tt().get_default_dtype())


def _as_t(v, like=None):
    if isinstance(v, _T):
        return v
    return _t(v, like.dtype if like is not None and isinstance(v, float) and like.dtype.is_floating_point else None)


def _needs_grad(*ts):
    return _core.is_grad_enabled() and _b.any(isinstance(t, _T) and t.requires_grad for t in ts)


def _elementwise(name, f64fn, dfn, input, native=False):
    # y = f(x) computed in float64 with numpy, rounded to x's (floating) dtype; dy/dx = dfn(x) (built from
    # differentiable ops, so double backward works).
    np = _np()
    x = _float_of(input)
    a = x.detach().numpy(True)
    with np.errstate(all="ignore"):
        r = np.asarray(f64fn(a if native else a.astype(np.float64))).astype(a.dtype)
    out = _t(r, x.dtype)
    if _needs_grad(x):
        out = _node(name, [x], out, lambda g: [g * dfn(x)])
    return out


def _sum_to(g, shape):
    shape = tuple(shape)
    if tuple(g.shape) == shape:
        return g
    while g.dim() > len(shape):
        g = g.sum(0)
    for i, n in enumerate(shape):
        if n == 1 and g.shape[i] != 1:
            g = g.sum(i, True)
    return g


def _long(dt):
    return {"int64": "Long", "int32": "Int", "bool": "Bool", "float32": "Float", "float64": "Double",
            "float16": "Half", "bfloat16": "BFloat16"}[dt._fg]


def _la():
    from . import linalg

    return linalg


def _out(r, out):
    if out is None:
        return r
    if tuple(out.shape) != tuple(r.shape):
        raise RuntimeError(f"ferrograd: out= tensor has shape {tuple(out.shape)}, result has {tuple(r.shape)}")
    out._assign(r.detach().to(out.dtype))
    return out


# torch.* functions that are torch.nn.functional's (torch's own positional signatures where they differ)
def _F():
    from .nn import functional

    return functional


_warned_once = set()


def _warn_once(msg, stacklevel=3):
    # torch's TORCH_WARN_ONCE: the first call in the process only.
    import warnings

    if msg not in _warned_once:
        _warned_once.add(msg)
        warnings.warn(msg, UserWarning, stacklevel=stacklevel)


def _int_binary(name, fn, a, b):
    # numpy kernel for integer/bool-only binary ops (torch raises NotImplementedError for floats).
    np = _np()
    ta, tb = (v if isinstance(v, _T) else None for v in (a, b))
    x = a.numpy(True) if ta is not None else np.asarray(a)
    y = b.numpy(True) if tb is not None else np.asarray(b)
    if x.dtype.kind == "f" or y.dtype.kind == "f":
        dt = (ta if ta is not None and ta.dtype.is_floating_point else tb).dtype
        raise NotImplementedError(f"\"{name}_cpu\" not implemented for '{_long(dt)}'")
    return _t(fn(x, y))

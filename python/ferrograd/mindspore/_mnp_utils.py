# Helpers shared by the mindspore.numpy modules.

from . import _dtype
from . import ops as _ops
from ._tensor import Tensor


def _np():
    import numpy as np

    return np


def _arr(x):
    return x if isinstance(x, Tensor) else Tensor(x)


def _from_np(a, like=None):
    np = _np()
    a = np.ascontiguousarray(a)
    if a.dtype == np.float64 and (like is None or like.dtype != _dtype.float64):
        a = a.astype(np.float32)
    return Tensor(a)


def _cast(t, dtype):
    return t if dtype is None else _ops.cast(t, dtype)


def _to_dtype(dtype):
    if dtype is None or isinstance(dtype, _dtype.Type):
        return dtype
    return _dtype.pytype_to_dtype(dtype) or _dtype.by_name(_np().dtype(dtype).name)


def _is_int(t):
    return t.dtype in (_dtype.int8, _dtype.int16, _dtype.int32, _dtype.int64, _dtype.uint8, _dtype.bool_)


def _u(fn):
    def op(x, dtype=None):
        return _cast(fn(_arr(x)), dtype)

    return op


def _b2(fn):
    def op(x1, x2, dtype=None):
        return _cast(fn(_arr(x1), x2), dtype)

    return op


def _a(x):
    return x.asnumpy() if hasattr(x, "asnumpy") else _np().asarray(x)


def _t(a, like_float=True):
    np = _np()
    a = np.array(a, copy=True, order="C")
    if a.dtype == np.float64 and like_float:
        a = a.astype(np.float32)
    if a.dtype == np.int64:
        a = a.astype(np.int32)  # mindspore.numpy's default integer type
    return Tensor(a)


def _int2(fn):
    def op(x1, x2, dtype=None):
        return _t(getattr(_np(), fn)(_a(x1), _a(x2)))
    op.__name__ = fn
    return op


def _poly(fn):
    def op(*args):
        return _t(getattr(_np(), fn)(*[_a(a) if hasattr(a, "asnumpy") or isinstance(a, (list, tuple)) else a
                                       for a in args]))
    op.__name__ = fn
    return op


def _window(fn):
    def op(M):
        return _t(getattr(_np(), fn)(M))
    op.__name__ = fn
    return op

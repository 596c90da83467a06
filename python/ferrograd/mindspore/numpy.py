# mindspore.numpy: the core array creation and math functions here; the rest in _mnp_{dtypes,creations,
# array_ops,logic,math}.py.
from . import ops as _ops
from ._tensor import Tensor


def zeros(shape, dtype=None):
    from . import _dtype

    return _ops.zeros(shape, dtype or _dtype.float32)


def ones(shape, dtype=None):
    from . import _dtype

    return _ops.ones(shape, dtype or _dtype.float32)


exp, log, sqrt, tanh, abs, square = _ops.exp, _ops.log, _ops.sqrt, _ops.tanh, _ops.abs, _ops.square
matmul = _ops.matmul


# ------------------------------------------------------------------ more of mindspore.numpy
def _np():
    import numpy as np

    return np


def _arr(x):
    return x if isinstance(x, Tensor) else Tensor(x)


def _dt(dtype, default):
    from . import _dtype

    if dtype is None:
        return default
    if isinstance(dtype, _dtype.Type):
        return dtype
    return _dtype.pytype_to_dtype(dtype) or _dtype.by_name(_np().dtype(dtype).name)


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    from . import _dtype

    np = _np()
    a, step = np.linspace(float(start), float(stop), num, endpoint, retstep=True)
    dt = _dt(dtype, _dtype.float32)
    t = Tensor(a.astype(dt._name), dt)
    return (t, step) if retstep else t


def eye(N, M=None, k=0, dtype=None):
    from . import _dtype

    dt = _dt(dtype, _dtype.float32)
    return Tensor(_np().eye(N, M, k).astype(dt._name), dt)


def identity(n, dtype=None):
    return eye(n, dtype=dtype)


def zeros_like(a, dtype=None):
    return _ops.zeros_like(_arr(a), dtype=dtype)


def ones_like(a, dtype=None):
    return _ops.ones_like(_arr(a), dtype=dtype)


def full_like(a, fill_value, dtype=None):
    a = _arr(a)
    return full(tuple(a.shape), fill_value, dtype or a.dtype)


def reshape(x, new_shape):
    return _ops.reshape(_arr(x), new_shape)


def transpose(a, axes=None):
    a = _arr(a)
    return a.permute(*(axes if axes is not None else range(a.ndim - 1, -1, -1)))


def concatenate(arrays, axis=0):
    return _ops.concat([_arr(a) for a in arrays], axis)


def stack(arrays, axis=0):
    return _ops.stack([_arr(a) for a in arrays], axis)


def expand_dims(a, axis):
    return _ops.expand_dims(_arr(a), axis)


def squeeze(a, axis=None):
    return _ops.squeeze(_arr(a), axis)


def amax(a, axis=None, keepdims=False, initial=None, where=True):
    return _ops.functional._extreme(_arr(a), axis, keepdims, initial, where, True)


def amin(a, axis=None, keepdims=False, initial=None, where=True):
    return _ops.functional._extreme(_arr(a), axis, keepdims, initial, where, False)


max, min = amax, amin  # noqa: A001


def argmax(a, axis=None):
    return _ops.argmax(_arr(a), axis)


def argmin(a, axis=None):
    return _ops.argmin(_arr(a), axis)


def where(condition, x=None, y=None):
    return _ops.where(_arr(condition), x, y)


def add(x1, x2, dtype=None):
    return _arr(x1) + x2


def subtract(x1, x2, dtype=None):
    return _arr(x1) - x2


def multiply(x1, x2, dtype=None):
    return _arr(x1) * x2


def divide(x1, x2, dtype=None):
    return _arr(x1) / x2


true_divide = divide


def power(x1, x2, dtype=None):
    return _ops.pow(_arr(x1), x2)


def maximum(x1, x2, dtype=None):
    return _ops.maximum(_arr(x1), x2)


def minimum(x1, x2, dtype=None):
    return _ops.minimum(_arr(x1), x2)


def clip(a, a_min, a_max, dtype=None):
    return _ops.clamp(_arr(a), a_min, a_max)


def cumsum(a, axis=None, dtype=None):
    a = _arr(a)
    if axis is None:
        a, axis = a.reshape(-1), 0
    return _ops.cumsum(a, axis)


def tile(a, reps):
    return _ops.tile(_arr(a), (reps,) if isinstance(reps, int) else reps)


def flip(m, axis=None):
    m = _arr(m)
    return _ops.flip(m, tuple(range(m.ndim)) if axis is None else axis)


def diag(v, k=0):
    return Tensor(_np().diag(_arr(v).asnumpy(), k))


def outer(a, b):
    return _ops.outer(_arr(a).reshape(-1), _arr(b).reshape(-1))


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return _ops.isclose(_arr(a), _arr(b), rtol, atol, equal_nan)


def size(a, axis=None):
    a = _arr(a)
    return a.numel() if axis is None else a.shape[axis]


log2, log10, exp2 = _ops.log2, _ops.log10, _ops.exp2
negative, absolute, sign, floor, ceil, reciprocal = (_ops.neg, _ops.abs, _ops.sign, _ops.floor, _ops.ceil,
                                                     _ops.reciprocal)

from ._mnp_dtypes import *  # noqa: F401,F403,E402
from ._mnp_creations import *  # noqa: F401,F403,E402
from ._mnp_array_ops import *  # noqa: F401,F403,E402
from ._mnp_logic import *  # noqa: F401,F403,E402
from ._mnp_math import *  # noqa: F401,F403,E402

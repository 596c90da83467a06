# mindspore.numpy comparisons and logic (MindSpore's numpy/logic_ops.py).

from . import ops as _ops
from ._tensor import Tensor
from ._mnp_utils import _a, _arr, _b2, _np, _t, _u

__all__ = [
    "isnan", "isinf", "isfinite", "equal", "not_equal", "greater", "greater_equal", "less", "less_equal",
    "logical_and", "logical_or", "logical_not", "array_equal", "isneginf", "isposinf", "signbit", "logical_xor",
    "isin", "in1d", "isscalar", "sometrue", "array_equiv",
]


def array_equal(a1, a2, equal_nan=False):
    a1, a2 = _arr(a1), _arr(a2)
    np = _np()
    if tuple(a1.shape) != tuple(a2.shape):
        return Tensor(np.array(False))
    return Tensor(np.array(bool((a1.asnumpy() == a2.asnumpy()).all())))


isnan, isinf, isfinite = _u(_ops.isnan), _u(_ops.isinf), _u(_ops.isfinite)
logical_not = _u(_ops.logical_not)
equal, not_equal = _b2(_ops.equal), _b2(_ops.ne)
greater, greater_equal = _b2(_ops.gt), _b2(_ops.ge)
less, less_equal = _b2(_ops.lt), _b2(_ops.le)
logical_and = _b2(lambda a, b: _ops.logical_and(a, _arr(b)))
logical_or = _b2(lambda a, b: _ops.logical_or(a, _arr(b)))


def isneginf(x):
    return _ops.isneginf(_arr(x))


def isposinf(x):
    return _ops.isposinf(_arr(x))


def signbit(x, dtype=None):
    return _ops.signbit(_arr(x))


def logical_xor(x1, x2, dtype=None):
    return _ops.logical_xor(_arr(x1), _arr(x2))


def isin(element, test_elements, invert=False):
    return _t(_np().isin(_a(element), _a(test_elements), invert=invert))


def in1d(ar1, ar2, invert=False):
    return _t(_np().isin(_a(ar1).reshape(-1), _a(ar2), invert=invert))


def isscalar(element):
    import numbers

    return isinstance(element, (numbers.Number, str, bool))


def sometrue(a, axis=None, keepdims=False):
    return _t(_np().any(_a(a), axis=axis, keepdims=keepdims))


def array_equiv(a1, a2):
    return bool(_np().array_equiv(_a(a1), _a(a2)))

"""More mindspore.numpy (session 4): inverse hyperbolics, bitwise and integer math, index helpers, set
operations, nan-reductions, polynomials, windows and a few array utilities. Float functions reuse the
MindSpore-flavoured ops; index/set/integer helpers go through numpy (value only, as MindSpore's)."""
from . import _dtype
from ._tensor import Tensor
from . import ops as _ops

__all__ = [
    "arccosh", "arcsinh", "arctanh", "arctan2", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not", "invert",
    "gcd", "lcm", "fabs", "fix", "fmod", "heaviside", "hypot", "isneginf", "isposinf", "signbit", "logical_xor",
    "float_power", "radians", "copysign", "ravel_multi_index", "unravel_index", "tril_indices", "triu_indices",
    "tril_indices_from", "triu_indices_from", "diag_indices", "diagflat", "indices", "ix_", "isin", "in1d",
    "intersect1d", "setdiff1d", "take_along_axis", "searchsorted", "digitize", "bincount", "ediff1d", "trapz",
    "vander", "choose", "select", "rollaxis", "broadcast_arrays", "argwhere", "around", "dsplit", "divmod",
    "isscalar", "nanmax", "nanmin", "nancumsum", "sometrue", "array_equiv", "polyadd", "polysub", "polymul",
    "polyval", "polyder", "polyint", "multi_dot", "bartlett", "blackman", "hamming", "hanning", "int_", "float_",
    "uint", "uint16", "uint32", "uint64", "logaddexp", "logaddexp2",
]

int_ = _dtype.int32
float_ = _dtype.float32
uint = _dtype.uint32
uint16, uint32, uint64 = _dtype.uint16, _dtype.uint32, _dtype.uint64


def _np():
    import numpy

    return numpy


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


def _x(x):
    return x if isinstance(x, Tensor) else Tensor(x)


def arccosh(input, dtype=None):
    return _ops.acosh(_x(input))


def arcsinh(input, dtype=None):
    return _ops.asinh(_x(input))


def arctanh(input, dtype=None):
    return _ops.atanh(_x(input))


def arctan2(x1, x2, dtype=None):
    return _ops.atan2(_x(x1), _x(x2))


def _int2(fn):
    def op(x1, x2, dtype=None):
        return _t(getattr(_np(), fn)(_a(x1), _a(x2)))
    op.__name__ = fn
    return op


bitwise_and = _int2("bitwise_and")
bitwise_or = _int2("bitwise_or")
bitwise_xor = _int2("bitwise_xor")
gcd = _int2("gcd")
lcm = _int2("lcm")


def bitwise_not(x, dtype=None):
    return _t(_np().invert(_a(x)))


invert = bitwise_not


def fabs(x, dtype=None):
    return _ops.abs(_x(x)).astype(_dtype.float32) if not _x(x).is_floating_point() else _ops.abs(_x(x))


def fix(x):
    t = _x(x)
    if not t.is_floating_point():
        t = t.astype(_dtype.float32)
    return _ops.trunc(t)


def fmod(x1, x2, dtype=None):
    return _ops.fmod(_x(x1), x2)


def heaviside(x1, x2, dtype=None):
    np = _np()
    a, b = _a(x1), _a(x2)
    return _t(np.heaviside(a, b).astype(np.result_type(a, b)))


def hypot(x1, x2, dtype=None):
    return _ops.hypot(_x(x1), _x(x2))


def isneginf(x):
    return _ops.isneginf(_x(x))


def isposinf(x):
    return _ops.isposinf(_x(x))


def signbit(x, dtype=None):
    return _ops.signbit(_x(x))


def logical_xor(x1, x2, dtype=None):
    return _ops.logical_xor(_x(x1), _x(x2))


def float_power(x1, x2, dtype=None):
    return _t(_np().float_power(_a(x1).astype("float64"), _a(x2)), like_float=False)


def radians(x, dtype=None):
    return _ops.deg2rad(_x(x).astype(_dtype.float32) if not _x(x).is_floating_point() else _x(x))


def copysign(x1, x2, dtype=None):
    np = _np()
    a, b = _a(x1), _a(x2)
    return _t(np.copysign(a, b).astype(np.result_type(a.dtype, np.float32) if a.dtype.kind != "f" else a.dtype))


def ravel_multi_index(multi_index, dims, mode="clip", order="C"):
    idx = tuple(_a(i) for i in multi_index)
    # MindSpore 2.10 returns the flat indices as float32
    return _t(_np().ravel_multi_index(idx, dims, mode=mode, order=order).astype("float32"))


def unravel_index(indices, shape, order="C"):
    return tuple(_t(r) for r in _np().unravel_index(_a(indices), shape, order=order))


def tril_indices(n, k=0, m=None):
    return tuple(_t(r) for r in _np().tril_indices(n, k, m))


def triu_indices(n, k=0, m=None):
    return tuple(_t(r) for r in _np().triu_indices(n, k, m))


def tril_indices_from(arr, k=0):
    return tuple(_t(r) for r in _np().tril_indices_from(_a(arr), k))


def triu_indices_from(arr, k=0):
    return tuple(_t(r) for r in _np().triu_indices_from(_a(arr), k))


def diag_indices(n, ndim=2):
    return tuple(_t(r) for r in _np().diag_indices(n, ndim))


def diagflat(v, k=0):
    return _t(_np().diagflat(_a(v), k))


def indices(dimensions, dtype=_dtype.int32, sparse=False):
    np = _np()
    r = np.indices(dimensions, sparse=sparse)
    if sparse:
        return tuple(Tensor(np.ascontiguousarray(x), dtype) for x in r)
    return [Tensor(np.ascontiguousarray(x), dtype) for x in r]


def ix_(*args):
    return tuple(_t(r) for r in _np().ix_(*[_a(a) for a in args]))


def isin(element, test_elements, invert=False):
    return _t(_np().isin(_a(element), _a(test_elements), invert=invert))


def in1d(ar1, ar2, invert=False):
    return _t(_np().isin(_a(ar1).reshape(-1), _a(ar2), invert=invert))


def intersect1d(ar1, ar2, assume_unique=False, return_indices=False):
    return _t(_np().intersect1d(_a(ar1), _a(ar2), assume_unique))


def setdiff1d(ar1, ar2, assume_unique=False):
    return _t(_np().setdiff1d(_a(ar1), _a(ar2), assume_unique))


def take_along_axis(arr, indices, axis):
    np = _np()
    a = _x(arr)
    if axis is None:
        a = a.reshape(-1)
        axis = 0
    idx = _a(indices).astype(np.int64)
    return _ops.gather_elements(a, axis, Tensor(np.ascontiguousarray(np.broadcast_to(
        idx, tuple(idx.shape[i] if i == axis % a.ndim else max(s, idx.shape[i]) for i, s in enumerate(a.shape))))))


def searchsorted(a, v, side="left", sorter=None):
    return _t(_np().searchsorted(_a(a), _a(v), side, None if sorter is None else _a(sorter)).astype("int32"))


def digitize(x, bins, right=False):
    return _t(_np().digitize(_a(x), _a(bins), right).astype("int32"))


def bincount(x, weights=None, minlength=0, length=None):
    np = _np()
    r = np.bincount(_a(x), None if weights is None else _a(weights), minlength)
    return _t(r.astype(np.float32))  # float32 counts, as MindSpore 2.10


def ediff1d(ary, to_end=None, to_begin=None):
    return _t(_np().ediff1d(_a(ary), None if to_end is None else _a(to_end),
                            None if to_begin is None else _a(to_begin)))


def trapz(y, x=None, dx=1.0, axis=-1):
    return _ops.trapz(_x(y), None if x is None else _x(x), dx=dx, dim=axis)


def vander(x, N=None, increasing=False):
    return _t(_np().vander(_a(x), N, increasing))


def choose(a, choices, mode="clip"):
    return _t(_np().choose(_a(a), [_a(c) for c in choices], mode=mode))


def select(condlist, choicelist, default=0):
    return _t(_np().select([_a(c) for c in condlist], [_a(c) for c in choicelist], default))


def rollaxis(x, axis, start=0):
    return _t(_np().rollaxis(_a(x), axis, start))


def broadcast_arrays(*args):
    return [_t(r) for r in _np().broadcast_arrays(*[_a(a) for a in args])]


def argwhere(a):
    return _ops.argwhere(_x(a))


def around(a, decimals=0):
    return _t(_np().around(_a(a), decimals))


def dsplit(x, indices_or_sections):
    return _ops.dsplit(_x(x), indices_or_sections)


def divmod(x1, x2, dtype=None):  # noqa: A001
    np = _np()
    q, r = np.divmod(_a(x1), _a(x2))
    return _t(q), _t(r)


def isscalar(element):
    import numbers

    return isinstance(element, (numbers.Number, str, bool))


def nanmax(a, axis=None, dtype=None, keepdims=False):
    return _t(_np().nanmax(_a(a), axis=axis, keepdims=keepdims))


def nanmin(a, axis=None, dtype=None, keepdims=False):
    return _t(_np().nanmin(_a(a), axis=axis, keepdims=keepdims))


def nancumsum(a, axis=None, dtype=None):
    return _t(_np().nancumsum(_a(a), axis=axis))


def sometrue(a, axis=None, keepdims=False):
    return _t(_np().any(_a(a), axis=axis, keepdims=keepdims))


def array_equiv(a1, a2):
    return bool(_np().array_equiv(_a(a1), _a(a2)))


def _poly(fn):
    def op(*args):
        return _t(getattr(_np(), fn)(*[_a(a) if hasattr(a, "asnumpy") or isinstance(a, (list, tuple)) else a
                                       for a in args]))
    op.__name__ = fn
    return op


polyadd = _poly("polyadd")
polysub = _poly("polysub")
polymul = _poly("polymul")
def polyval(p, x):
    np = _np()
    return _t(np.asarray(np.polyval(_a(p), _a(x) if hasattr(x, "asnumpy") else x), np.float32))
polyder = _poly("polyder")
polyint = _poly("polyint")


def multi_dot(arrays):
    out = _x(arrays[0])
    for b in arrays[1:]:
        out = _ops.matmul(out, _x(b))
    return out


def _window(fn):
    def op(M):
        return _t(getattr(_np(), fn)(M))
    op.__name__ = fn
    return op


bartlett = _window("bartlett")
blackman = _window("blackman")
hamming = _window("hamming")
hanning = _window("hanning")


def logaddexp(x1, x2, dtype=None):
    # mindspore.numpy composes log(exp(x1) + exp(x2)) from its Exp and Log kernels
    return _ops.log(_ops.exp(_x(x1)) + _ops.exp(_x(x2)))


def logaddexp2(x1, x2, dtype=None):
    return _ops.logaddexp2(_x(x1), _x(x2))

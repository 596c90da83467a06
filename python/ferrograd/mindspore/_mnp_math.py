# mindspore.numpy math (MindSpore's numpy/math_ops.py). Float functions go through mindspore.ops (differentiable,
# MindSpore-flavoured); integer / set / polynomial helpers through numpy (value only, as MindSpore's).
import builtins as _b
import math as _math

from . import _dtype
from . import ops as _ops
from ._tensor import Tensor
from ._mnp_utils import _a, _arr, _b2, _cast, _int2, _is_int, _np, _poly, _t, _u
from ._mnp_dtypes import pi

__all__ = [
    "cumprod", "ptp", "average", "diff", "inner", "norm", "count_nonzero", "sin", "cos", "tan", "arcsin", "arccos",
    "arctan", "sinh", "cosh", "log1p", "expm1", "remainder", "mod", "floor_divide", "positive", "rint", "trunc",
    "round", "cbrt", "deg2rad", "rad2deg", "kron", "cross", "tensordot", "matrix_power", "nansum", "nanmean", "cov",
    "sum", "mean", "dot", "var", "std", "arccosh", "arcsinh", "arctanh", "arctan2", "bitwise_and", "bitwise_or",
    "bitwise_xor", "bitwise_not", "invert", "gcd", "lcm", "fabs", "fix", "fmod", "heaviside", "hypot", "float_power",
    "radians", "copysign", "intersect1d", "setdiff1d", "searchsorted", "digitize", "bincount", "ediff1d", "trapz",
    "argwhere", "around", "divmod", "nanmax", "nanmin", "nancumsum", "polyadd", "polysub", "polymul", "polyval",
    "polyder", "polyint", "multi_dot", "logaddexp", "logaddexp2",
]


def cumprod(a, axis=None, dtype=None):
    a = _arr(a)
    if axis is None:
        a, axis = a.reshape(-1), 0
    return _cast(_ops.cumprod(a, axis), dtype)


def ptp(x, axis=None, keepdims=False):
    x = _arr(x)
    return _ops.amax(x, axis, keepdims) - _ops.amin(x, axis, keepdims)


def average(x, axis=None, weights=None, returned=False):
    x = _arr(x)
    if weights is None:
        r = mean(x, axis)
        wsum = _ops.full_like(r, x.numel() / _b.max(r.numel(), 1))
    else:
        w = _arr(weights)
        if w.ndim == 1 and x.ndim > 1 and axis is not None:
            shape = [1] * x.ndim
            shape[axis] = -1
            w = w.reshape(*shape)
        wsum = _ops.sum(w * _ops.ones_like(x), axis)
        r = _ops.sum(x * w, axis) / wsum
    return (r, wsum) if returned else r


def diff(a, n=1, axis=-1, prepend=None, append=None):
    a = _arr(a)
    ax = axis % a.ndim
    for _ in range(n):
        k = a.shape[ax]
        hi = [slice(None)] * a.ndim
        lo = [slice(None)] * a.ndim
        hi[ax] = slice(1, k)
        lo[ax] = slice(0, k - 1)
        a = a[tuple(hi)] - a[tuple(lo)]
    return a


def dot(a, b):
    # mindspore.numpy.dot: MatMul(transpose_b) of a (-1, k) by b^T (-1, k), reshaped back
    a, b = _arr(a), _arr(b)
    if a.ndim == 0 or b.ndim == 0:
        return a * b
    if b.ndim >= 2:
        perm = list(range(b.ndim))
        perm[-1], perm[-2] = perm[-2], perm[-1]
        b = b.permute(*perm)
    if a.shape[-1] != b.shape[-1]:
        raise ValueError('shapes are not aligned')
    res = _ops.MatMul(transpose_b=True)(a.reshape(-1, a.shape[-1]), b.reshape(-1, b.shape[-1]))
    return res.reshape(*(tuple(a.shape[:-1]) + tuple(b.shape[:-1])))


def inner(a, b):
    a, b = _arr(a), _arr(b)
    if a.ndim == 0 or b.ndim == 0:
        return a * b
    return _ops.tensor_dot(a, b, ((a.ndim - 1,), (b.ndim - 1,)))


def tensordot(a, b, axes=2):
    return _ops.tensor_dot(_arr(a), _arr(b), axes)


def kron(a, b):
    a, b = _arr(a), _arr(b)
    np = _np()
    return Tensor(np.kron(a.asnumpy(), b.asnumpy()))


def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    if axis is not None:
        axisa = axisb = axisc = axis
    a, b = _arr(a).movedim(axisa, -1), _arr(b).movedim(axisb, -1)
    return _ops.cross(a, b, -1).movedim(-1, axisc)


def matrix_power(a, n):
    a = _arr(a)
    r = None
    for _ in range(n):
        r = a if r is None else _ops.matmul(r, a)
    return r if r is not None else _ops.eye(a.shape[-1], a.shape[-1], a.dtype)


def norm(x, ord=None, axis=None, keepdims=False):
    x = _arr(x)
    return _ops.sqrt(_ops.sum(x * x, axis, keepdims))


def count_nonzero(x, axis=None, keepdims=False):
    return _ops.count_nonzero(_arr(x), () if axis is None else axis, keepdims)


def sum(a, axis=None, dtype=None, keepdims=False, initial=None):  # noqa: A001
    a = _arr(a)
    if a.dtype == _dtype.bool_:
        a = _ops.cast(a, _dtype.int32)
    r = _ops.sum(a, axis, keepdims)
    if initial is not None:
        r = r + initial
    return _cast(r, dtype)


def mean(a, axis=None, keepdims=False, dtype=None):
    a = _arr(a)
    if _is_int(a):
        # an integer mean stays integer (truncated), as MindSpore's ReduceMean
        r = _ops.cast(_ops.mean(_ops.cast(a, _dtype.float32), axis, keepdims), a.dtype)
    else:
        r = _ops.mean(a, axis, keepdims)
    return _cast(r, dtype)


def var(x, axis=None, ddof=0, keepdims=False):
    x = _arr(x)
    if _is_int(x):
        # MindSpore subtracts the integer (truncated) mean before going to float32
        d = _ops.cast(x - mean(x, axis, True), _dtype.float32)
        n = x.numel() if axis is None else _math.prod(x.shape[a] for a in ((axis,) if isinstance(axis, int) else axis))
        return _ops.sum(d * d, axis, keepdims) / float(n - ddof)
    return _ops.var(x, axis, ddof, keepdims)


def std(x, axis=None, ddof=0, keepdims=False):
    x = _arr(x)
    if _is_int(x):
        return _ops.sqrt(var(x, axis, ddof, keepdims))
    return _ops.std(x, axis, ddof, keepdims)


def nansum(a, axis=None, dtype=None, keepdims=False):
    a = _arr(a)
    return _cast(_ops.sum(_ops.where(_ops.isnan(a), _ops.zeros_like(a), a), axis, keepdims), dtype)


def nanmean(a, axis=None, dtype=None, keepdims=False):
    a = _arr(a)
    keep = _ops.logical_not(_ops.isnan(a))
    n = _ops.sum(_ops.cast(keep, a.dtype), axis, keepdims)
    return _cast(nansum(a, axis, None, keepdims) / n, dtype)


def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, dtype=None):
    np = _np()
    r = np.cov(_arr(m).asnumpy(), None if y is None else _arr(y).asnumpy(), rowvar, bias, ddof)
    return _cast(Tensor(np.asarray(r, np.float32)), dtype)
sin, cos, tan = _u(_ops.sin), _u(_ops.cos), _u(_ops.tan)
arcsin, arccos, arctan = _u(_ops.asin), _u(_ops.acos), _u(_ops.atan)
sinh, cosh = _u(_ops.sinh), _u(_ops.cosh)
log1p, expm1 = _u(_ops.log1p), _u(_ops.expm1)
rint, trunc, positive = _u(_ops.round), _u(_ops.trunc), _u(lambda x: x)
cbrt = _u(lambda x: _ops.sign(x) * _ops.pow(_ops.abs(x), 1.0 / 3.0))
deg2rad = _u(lambda x: x * (pi / 180.0))
rad2deg = _u(lambda x: x * (180.0 / pi))


def round(a, decimals=0):  # noqa: A001
    return _ops.round(_arr(a))


remainder = mod = _b2(lambda a, b: _ops.remainder(a, b))
floor_divide = _b2(lambda a, b: _ops.floor_divide(a, b))


def arccosh(input, dtype=None):
    return _ops.acosh(_arr(input))


def arcsinh(input, dtype=None):
    return _ops.asinh(_arr(input))


def arctanh(input, dtype=None):
    return _ops.atanh(_arr(input))


def arctan2(x1, x2, dtype=None):
    x1, x2 = _arr(x1), _arr(x2)
    if not x1.is_floating_point():
        x1, x2 = _ops.cast(x1, _dtype.float32), _ops.cast(x2, _dtype.float32)
    return _cast(_ops.atan2(x1, x2), dtype)


bitwise_and = _int2("bitwise_and")
bitwise_or = _int2("bitwise_or")
bitwise_xor = _int2("bitwise_xor")
gcd = _int2("gcd")
lcm = _int2("lcm")


def bitwise_not(x, dtype=None):
    return _t(_np().invert(_a(x)))


invert = bitwise_not


def fabs(x, dtype=None):
    return _ops.abs(_arr(x)).astype(_dtype.float32) if not _arr(x).is_floating_point() else _ops.abs(_arr(x))


def fix(x):
    t = _arr(x)
    if not t.is_floating_point():
        t = t.astype(_dtype.float32)
    return _ops.trunc(t)


def fmod(x1, x2, dtype=None):
    return _ops.fmod(_arr(x1), x2)


def heaviside(x1, x2, dtype=None):
    np = _np()
    a, b = _a(x1), _a(x2)
    return _t(np.heaviside(a, b).astype(np.result_type(a, b)))


def hypot(x1, x2, dtype=None):
    return _ops.hypot(_arr(x1), _arr(x2))


def float_power(x1, x2, dtype=None):
    return _t(_np().float_power(_a(x1).astype("float64"), _a(x2)), like_float=False)


def radians(x, dtype=None):
    return _ops.deg2rad(_arr(x).astype(_dtype.float32) if not _arr(x).is_floating_point() else _arr(x))


def copysign(x1, x2, dtype=None):
    np = _np()
    a, b = _a(x1), _a(x2)
    return _t(np.copysign(a, b).astype(a.dtype))


def intersect1d(ar1, ar2, assume_unique=False, return_indices=False):
    return _t(_np().intersect1d(_a(ar1), _a(ar2), assume_unique))


def setdiff1d(ar1, ar2, assume_unique=False):
    return _t(_np().setdiff1d(_a(ar1), _a(ar2), assume_unique))


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
    return _ops.trapz(_arr(y), None if x is None else _arr(x), dx=dx, dim=axis)


def argwhere(a):
    return _ops.argwhere(_arr(a))


def around(a, decimals=0):
    return _t(_np().around(_a(a), decimals))


def divmod(x1, x2, dtype=None):  # noqa: A001
    np = _np()
    q, r = np.divmod(_a(x1), _a(x2))
    return _t(q), _t(r)


def nanmax(a, axis=None, dtype=None, keepdims=False):
    return _t(_np().nanmax(_a(a), axis=axis, keepdims=keepdims))


def nanmin(a, axis=None, dtype=None, keepdims=False):
    return _t(_np().nanmin(_a(a), axis=axis, keepdims=keepdims))


def nancumsum(a, axis=None, dtype=None):
    return _t(_np().nancumsum(_a(a), axis=axis))


polyadd = _poly("polyadd")
polysub = _poly("polysub")
polymul = _poly("polymul")
def polyval(p, x):
    np = _np()
    return _t(np.asarray(np.polyval(_a(p), _a(x) if hasattr(x, "asnumpy") else x), np.float32))
polyder = _poly("polyder")
polyint = _poly("polyint")


def multi_dot(arrays):
    out = _arr(arrays[0])
    for b in arrays[1:]:
        out = _ops.matmul(out, _arr(b))
    return out


def logaddexp(x1, x2, dtype=None):
    # mindspore.numpy composes log(exp(x1) + exp(x2)) from its Exp and Log kernels
    return _ops.log(_ops.exp(_arr(x1)) + _ops.exp(_arr(x2)))


def logaddexp2(x1, x2, dtype=None):
    return _ops.logaddexp2(_arr(x1), _arr(x2))


def _nanstat(name):
    def op(a, axis=None, dtype=None, ddof=0, keepdims=False):
        x = _a(a)
        r = getattr(_np(), name)(x, axis=axis, ddof=ddof, keepdims=keepdims)
        return _cast(_t(_np().asarray(r).astype(x.dtype if x.dtype.kind == "f" else "float32")), dtype)
    op.__name__ = name
    return op


nanstd, nanvar = _nanstat("nanstd"), _nanstat("nanvar")


def interp(x, xp, fp, left=None, right=None):
    np = _np()
    r = np.interp(_a(x).astype(np.float32), _a(xp).astype(np.float32), _a(fp).astype(np.float32), left, right)
    return _t(np.asarray(r, np.float32))


def _conv1d(name):
    def op(a, v, mode="full" if name == "convolve" else "valid"):
        np = _np()
        x, w = _a(a), _a(v)
        return _t(getattr(np, name)(x, w, mode).astype(np.result_type(x.dtype, w.dtype, np.float32)))
    op.__name__ = name
    return op


convolve, correlate = _conv1d("convolve"), _conv1d("correlate")


def gradient(f, *varargs, axis=None, edge_order=1):
    np = _np()
    r = np.gradient(_a(f).astype(np.float32), *[_a(v) for v in varargs], axis=axis, edge_order=edge_order)
    return [_t(g) for g in r] if isinstance(r, (list, tuple)) else _t(r)


def histogram(a, bins=10, range=None, weights=None, density=False):  # noqa: A002
    np = _np()
    b = _a(bins) if not isinstance(bins, int) else bins
    h, e = np.histogram(_a(a), b, range, density=density, weights=None if weights is None else _a(weights))
    return _t(h.astype(np.float32)), Tensor(np.asarray(e).astype(np.int32 if np.asarray(e).dtype.kind in "iu"
                                                                         else np.float32))

__all__ += ["nanstd", "nanvar", "interp", "convolve", "correlate", "gradient", "histogram"]

# mindspore.ops math functions (MindSpore's ops/function/math_func.py): elementwise math and its
# aliases, reductions, cumulative ops, comparisons. Built from the core's differentiable ops where a gradient is
# needed; value-only helpers go through numpy, with a custom node where MindSpore differentiates.
import builtins as _b

from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor, _sum, astype
from . import functional as F
from .functional import _t
from ._utils import _CT, _PI, _ax, _check_tensor, _like, _np_of

__all__ = [
    "logsumexp", "isclose", "all", "any", "trace", "addcmul", "addcdiv", "lerp", "floor_divide", "remainder", "fmod",
    "erf", "atan2", "log2", "log10", "exp2", "cdist", "diff", "cummax", "cummin", "cumprod", "float_power", "atan",
    "asin", "acos", "sinh", "cosh", "asinh", "acosh", "atanh", "trunc", "frac", "xlogy", "std_mean", "var_mean",
    "median", "bincount", "histc", "searchsorted", "bucketize", "arccos", "arccosh", "arcsin", "arcsinh", "arctan",
    "arctan2", "arctanh", "floor_div", "floordiv", "floor_mod", "floormod", "truncate_div", "truncate_mod", "xdivy",
    "inv", "invert", "positive", "sgn", "erfc", "erfinv", "lgamma", "digamma", "i0", "hypot", "logaddexp",
    "logaddexp2", "deg2rad", "rad2deg", "copysign", "heaviside", "fmax", "fmin", "gcd", "lcm", "bitwise_and",
    "bitwise_or", "bitwise_xor", "bitwise_left_shift", "bitwise_right_shift", "logical_xor", "nan_to_num", "nansum",
    "nanmean", "signbit", "sinc", "logit", "ldexp", "isneginf", "isposinf", "isreal", "is_complex",
    "is_floating_point", "approximate_equal", "vander", "trapz", "logspace", "cov", "aminmax", "population_count",
    "quantile", "nanquantile", "nanmedian", "nextafter", "logcumsumexp",
]


def trace(input):
    x = _t(input)
    n = _b.min(x.shape[0], x.shape[1])
    m = Tensor(np.eye(x.shape[0], x.shape[1], dtype=bool))
    r = _core.where_(m, x, _core.full_like(x, 0)).sum()
    return r if n else r


def _cum(x, axis, fn, better):
    a = _np_of(x)
    ax = _ax(axis, a.ndim)
    vals = fn.accumulate(a, axis=ax)
    idx = np.zeros(a.shape, np.int64)
    am = np.moveaxis(a, ax, 0)
    im = np.moveaxis(idx, ax, 0)
    best = am[0].copy()
    bi = np.zeros(best.shape, np.int64)
    for k in range(am.shape[0]):
        upd = better(am[k], best) | (am[k] == best)
        best = np.where(upd, am[k], best)
        bi = np.where(upd, k, bi)
        im[k] = bi
    return Tensor(vals), Tensor(idx)


def cummax(input, axis):
    return _cum(input, axis, np.maximum, np.greater)


def cummin(input, axis):
    return _cum(input, axis, np.minimum, np.less)


def cumprod(input, dim, dtype=None):
    from ._math_ops import _scan

    r = _scan(input, dim, prod=True)
    return astype(r, dtype) if dtype is not None else r


# ------------------------------------------------------------------ math

def logsumexp(input, dim, keepdim=False):
    from .functional import exp, log

    x = _t(input)
    dim = tuple(range(x.ndim)) if dim == () else dim
    m = x.amax(dim, True)
    r = log(_sum(exp(x - m), dim, None, keepdim))
    return r + (m if keepdim else m.squeeze(dim))


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    a, b = _np_of(input), _np_of(other)
    return Tensor(np.isclose(a, b, rtol, atol, equal_nan))


def all(input, axis=None, keep_dims=False):
    from .._tensor import _all

    return _all(_t(input), None if axis == () else axis, keep_dims)


def any(input, axis=None, keep_dims=False):
    from .._tensor import _any

    return _any(_t(input), None if axis == () else axis, keep_dims)


def addcmul(input, tensor1, tensor2, value=1):
    return _t(input) + _t(tensor1) * _t(tensor2) * value


def addcdiv(input, tensor1, tensor2, value=1):
    return _t(input) + _t(tensor1) / _t(tensor2) * value


def lerp(input, end, weight):
    x = _t(input)
    return x + (_t(end) - x) * weight


def floor_divide(input, other):
    return _t(input) // other


def remainder(input, other):
    return _t(input) % other


def fmod(input, other):
    x = _t(input)
    if not x.is_floating_point() and not isinstance(other, float) and \
            (not isinstance(other, _CT) or not other.is_floating_point()):
        return Tensor(np.fmod(x.asnumpy(), _np_of(other)).astype(x._dtype_name))
    q = x / other
    q = q.sign() * q.abs().floor()
    return x - q * other


def _np_unary(fn, grad=None):
    def op(input):
        x = _t(input)
        a = x.asnumpy()
        # float32 through float64 and one rounding: the C library's correctly rounded float32 functions
        a64 = a.astype(np.float64) if a.dtype == np.float32 else a
        out = Tensor(np.asarray(fn(a64)).astype(a.dtype if a.dtype.kind == "f" else np.float32))
        if grad is None or not x.requires_grad:
            return out
        return _core.custom_node(fn.__name__ if hasattr(fn, "__name__") else "Backward", [x], out,
                                 lambda g: [g * grad(x)])

    return op


def _erf_np(a):
    import math

    return np.vectorize(math.erf, otypes=[np.float64])(a)


erf = _np_unary(_erf_np, lambda x: (x * x * -1).exp() * (2 / 3.141592653589793 ** 0.5))
atan = _np_unary(lambda a: np.arctan(a), lambda x: (x * x + 1).reciprocal())
asin = _np_unary(lambda a: np.arcsin(a), lambda x: (1 - x * x).rsqrt())
acos = _np_unary(lambda a: np.arccos(a), lambda x: -(1 - x * x).rsqrt())
sinh = _np_unary(lambda a: np.sinh(a), lambda x: (x.exp() + (-x).exp()) * 0.5)
cosh = _np_unary(lambda a: np.cosh(a), lambda x: (x.exp() - (-x).exp()) * 0.5)
asinh = _np_unary(lambda a: np.arcsinh(a), lambda x: (x * x + 1).rsqrt())
acosh = _np_unary(lambda a: np.arccosh(a), lambda x: (x * x - 1).rsqrt())
atanh = _np_unary(lambda a: np.arctanh(a), lambda x: (1 - x * x).reciprocal())


def log2(input):
    return _t(input).log() / float(np.log(2.0))


def log10(input):
    return _t(input).log() / float(np.log(10.0))


def exp2(input):
    x = _t(input)
    return Tensor(np.exp2(x.asnumpy())) if not x.requires_grad else (x * float(np.log(2.0))).exp()


def atan2(input, other):
    a, b = _np_of(input), _np_of(other)
    rt = np.result_type(a, b)
    if rt == np.float32:
        # the C library's atan2f (correctly rounded): through float64
        return Tensor(np.arctan2(a.astype(np.float64), b.astype(np.float64)).astype(np.float32))
    return Tensor(np.arctan2(a, b).astype(rt))


def trunc(input):
    x = _t(input)
    return x.sign() * x.abs().floor()


def frac(x):
    x = _t(x)
    return x - trunc(x)


def xlogy(input, other):
    x, y = _t(input), _t(other)
    return _core.where_(x == 0, _core.full_like(x, 0), x * y.log())


def float_power(input, exponent):
    return Tensor(np.power(_np_of(input).astype(np.float64), _np_of(exponent)))


def std_mean(input, axis=None, ddof=0, keepdims=False):
    from .._tensor import _mean, _std

    x = _t(input)
    return _std(x, axis, ddof, keepdims), _mean(x, axis, keepdims)


def var_mean(input, axis=None, ddof=0, keepdims=False):
    from .._tensor import _mean, _var

    x = _t(input)
    return _var(x, axis, ddof, keepdims), _mean(x, axis, keepdims)


def median(input, axis=-1, keepdims=False):
    a = _np_of(input)
    s = np.sort(a, axis=axis, kind="stable")
    k = (a.shape[axis] - 1) // 2
    vals = np.take(s, [k], axis=axis)
    idx = np.take(np.argsort(a, axis=axis, kind="stable"), [k], axis=axis)
    if not keepdims:
        vals, idx = vals.squeeze(axis), idx.squeeze(axis)
    return Tensor(vals), Tensor(idx.astype(np.int64))


def bincount(input, weights=None, minlength=0):
    return Tensor(np.bincount(_np_of(input), None if weights is None else _np_of(weights), minlength)
                  .astype(np.float32))


def histc(input, bins=100, min=0.0, max=0.0):
    a = _np_of(input)
    lo, hi = (a.min(), a.max()) if min == max else (min, max)
    return Tensor(np.histogram(a, bins, (lo, hi))[0].astype(a.dtype))


def searchsorted(sorted_sequence, values, *, out_int32=False, right=False, side=None, sorter=None):
    s = _np_of(sorted_sequence)
    v = _np_of(values)
    side = side or ("right" if right else "left")
    r = np.searchsorted(s, v, side) if s.ndim == 1 else \
        np.stack([np.searchsorted(s[i], v[i], side) for i in range(s.shape[0])])
    return Tensor(np.asarray(r).astype(np.int32 if out_int32 else np.int64))


def bucketize(input, boundaries, *, right=False):
    r = np.searchsorted(np.asarray(boundaries), _np_of(input), "right" if right else "left")
    return Tensor(np.asarray(r).astype(np.int32))


def cdist(x1, x2, p=2.0):
    a, b = _t(x1).unsqueeze(-2), _t(x2).unsqueeze(-3)
    d = (a - b).abs()
    if p == 2.0:
        return (d * d).sum(-1).sqrt()
    if p == 1.0:
        return d.sum(-1)
    return d.pow(p).sum(-1).pow(1.0 / p)


def diff(x, n=1, axis=-1, prepend=None, append=None):
    x = _t(x)
    ax = _ax(axis, x.ndim)
    parts = [t for t in (prepend, x, append) if t is not None]
    if len(parts) > 1:
        x = _core.cat([_t(t) for t in parts], ax)
    for _ in range(n):
        m = x.shape[ax]
        r = x.narrow(ax, 1, m - 1) - x.narrow(ax, 0, m - 1)
        x = r.ne(0) if x._dtype_name == "bool" else r
    return x


# ------------------------------------------------------------------ aliases

arccos = acos
arccosh = acosh


def arcsin(x):
    return asin(x)


arcsinh = asinh
arctan = atan
arctanh = atanh
arctan2 = atan2


def floor_div(x, y):
    return floor_divide(x, y)


def floordiv(input, other):
    return floor_divide(input, other)


def floor_mod(x, y):
    return remainder(x, y)


floormod = floor_mod


def truncate_div(x, y):
    a, b = _np_of(x), _np_of(y)
    return Tensor(np.asarray(np.trunc(a / b).astype(np.result_type(a, b))))


def truncate_mod(x, y):
    a, b = _np_of(x), _np_of(y)
    return Tensor(np.asarray(np.fmod(a, b)))


def xdivy(x, y):
    xt, yt = _t(x), _t(y, _t(x))
    return _core.where_(xt == 0, xt * 0, xt / yt)


def inv(x):
    x = _t(x)
    if x._dtype_name.startswith("int"):
        a = x.asnumpy()
        with np.errstate(divide="ignore"):
            return Tensor((1 // np.where(a == 0, 1, a)).astype(a.dtype))
    return x.reciprocal()


def invert(x):
    a = _np_of(x)
    if a.dtype.kind not in "iu":  # as MindSpore 2.10: bool and float inputs are rejected
        raise TypeError("For primitive[Invert], the input argument[x] must be a type of {Tensor[Int16], "
                        "Tensor[Int32], Tensor[Int64], Tensor[Int8], Tensor[UInt16], Tensor[UInt32], Tensor[UInt64], "
                        f"Tensor[UInt8]}}, but got Tensor[{F.dtype(x) if isinstance(x, _CT) else a.dtype}].")
    return Tensor(np.invert(a), x.dtype if isinstance(x, _CT) else None)


def positive(input):
    _check_tensor("positive", "input", input)
    return input  # MindSpore 2.10 returns the input unchanged, bool included


def sgn(input):
    return _t(input).sign()


# ------------------------------------------------------------------ elementwise math

def _vec(fn):
    import math

    f = getattr(math, fn) if isinstance(fn, str) else fn
    return np.vectorize(f, otypes=[np.float64])


def _erfc_np(a):
    return _vec("erfc")(a)


def _lgamma_np(a):
    return _vec("lgamma")(a)


def _digamma_np(a):
    a = np.asarray(a, np.float64)
    out = np.zeros_like(a)
    x = a.copy()
    # reflection for x < 0.5, recurrence to x >= 6, then the asymptotic series
    refl = x < 0.5
    xr = np.where(refl, 1 - x, x)
    acc = np.zeros_like(xr)
    while np.any(xr < 6):
        m = xr < 6
        acc = acc - np.where(m, 1.0 / np.where(m, xr, 1.0), 0.0)
        xr = np.where(m, xr + 1, xr)
    inv2 = 1.0 / (xr * xr)
    out = acc + np.log(xr) - 0.5 / xr - inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (
        1 / 240 - inv2 / 132))))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(refl, out - _PI / np.tan(_PI * a), out)
    return out


def _erfinv_np(a):
    a = np.asarray(a, np.float64)
    out = np.empty_like(a)
    for i, v in np.ndenumerate(a):
        if v <= -1 or v >= 1:
            out[i] = np.copysign(np.inf, v) if abs(v) == 1 else np.nan
            continue
        # Newton on erf from the Giles approximation
        w = -np.log((1.0 - v) * (1.0 + v))
        if w < 5:
            w -= 2.5
            p = 2.81022636e-08
            for c in (3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087, -0.00125372503,
                      -0.00417768164, 0.246640727, 1.50140941):
                p = c + p * w
        else:
            w = np.sqrt(w) - 3
            p = -0.000200214257
            for c in (0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613,
                      0.00943887047, 1.00167406, 2.83297682):
                p = c + p * w
        y = p * v
        import math

        for _ in _b.range(3):
            y -= (math.erf(y) - v) / (2 / math.sqrt(_PI) * math.exp(-y * y))
        out[i] = y
    return out


erfc = _np_unary(_erfc_np, lambda x: (x * x * -1).exp() * (-2 / _PI ** 0.5))
lgamma = _np_unary(_lgamma_np, lambda x: digamma(x))
digamma = _np_unary(_digamma_np, None)


def _erfinv_grad(x):
    y = erfinv(x.detach())
    return (y * y).exp() * (_PI ** 0.5 / 2)


erfinv = _np_unary(_erfinv_np, _erfinv_grad)


def _i0_np(a):
    return np.i0(np.asarray(a, np.float64))


i0 = _np_unary(_i0_np, None)


def hypot(input, other):
    x, y = _t(input), _t(other)
    if x.requires_grad or y.requires_grad:
        return (x * x + y * y).sqrt()
    a, b = x.asnumpy(), y.asnumpy()
    return Tensor(_like(np.hypot(a.astype(np.float64), b.astype(np.float64)), np.result_type(a, b).type(0)))


def logaddexp(input, other):
    x, y = _t(input), _t(other)
    if not (x.is_floating_point() and y.is_floating_point()):
        raise TypeError(f"For logaddexp, the dtype of 'input' and 'other' must be float,but got {x.dtype} and "
                        f"{y.dtype}.")
    # as MindSpore 2.10: max(x, y) + log1p(exp(-|x - y|))
    m = F.maximum(x, y)
    e = F.exp(-(x - y).abs())
    return m + _log1p(e)


def _log1p(e):
    if e._dtype_name != "float32":
        return e.log1p()
    out = Tensor(np.log1p(e.asnumpy().astype(np.float64)).astype(np.float32))
    if not e.requires_grad:
        return out
    return _core.custom_node("Log1pBackward", [e], out, lambda g: [g / (e.detach() + 1)])


def logaddexp2(input, other):
    x, y = _t(input), _t(other)
    ln2 = 0.6931471805599453
    return F.log(F.exp(x * ln2) + F.exp(y * ln2)) / ln2


def deg2rad(x):
    x = _t(x)
    if not x.is_floating_point():
        raise TypeError(f"The 'x' should be one of [mindspore.float16, mindspore.float32, mindspore.float64], but "
                        f"got 'mindspore.{str(x.dtype).lower()}'.")
    return x * float(np.float32(_PI / 180))


def rad2deg(x):
    x = _t(x)
    if not x.is_floating_point():
        raise TypeError(f"For 'rad2deg', the dtype of 'x' must be float16, float32 or float64, but got "
                        f"{x.dtype}.")
    return x * float(np.float32(180 / np.float64(np.float32(_PI))))


def copysign(x, other):
    xt = _t(x)
    o = _np_of(other) if isinstance(other, _CT) else np.asarray(other, np.float64)
    sgn = np.where(np.signbit(o), -1.0, 1.0).astype(xt.asnumpy().dtype if xt.is_floating_point() else np.float32)
    xa = xt if xt.is_floating_point() else astype(xt, _dtype.float32)
    return xa.abs() * Tensor(sgn)


def heaviside(input, values):
    a, v = _np_of(input), _np_of(values)
    return Tensor(np.asarray(np.heaviside(a, v).astype(np.result_type(a, v))))


def _nanmax(fn):
    def op(input, other):
        a, b = _np_of(input), _np_of(other)
        return Tensor(np.asarray(fn(a, b)))
    return op


def fmax(input, other):
    x, y = _t(input), _t(other, _t(input))
    if x.requires_grad or y.requires_grad:
        return F.maximum(x, y)
    return _nanmax(np.fmax)(x, y)


def fmin(input, other):
    x, y = _t(input), _t(other, _t(input))
    if x.requires_grad or y.requires_grad:
        return F.minimum(x, y)
    return _nanmax(np.fmin)(x, y)


def _int_binary(name, fn):
    def op(input, other):
        a, b = _np_of(input), _np_of(other)
        if a.dtype.kind not in "iub" or b.dtype.kind not in "iub":
            raise TypeError(f"For '{name}', the input must be integer tensor, but got {a.dtype} and {b.dtype}.")
        r = getattr(np, fn)(a, b)
        return Tensor(np.asarray(r))
    op.__name__ = name
    return op


gcd = _int_binary("gcd", "gcd")
lcm = _int_binary("lcm", "lcm")
bitwise_and = _int_binary("bitwise_and", "bitwise_and")
bitwise_or = _int_binary("bitwise_or", "bitwise_or")
bitwise_xor = _int_binary("bitwise_xor", "bitwise_xor")
bitwise_left_shift = _int_binary("bitwise_left_shift", "left_shift")
bitwise_right_shift = _int_binary("bitwise_right_shift", "right_shift")


def logical_xor(input, other):
    a, b = _t(input), _t(other)
    return a.logical_or(b).logical_and(a.logical_and(b).logical_not())


def nan_to_num(input, nan=None, posinf=None, neginf=None):
    x = _t(input)
    a = x.asnumpy()
    fi = np.finfo(a.dtype)
    r = np.nan_to_num(a, nan=0.0 if nan is None else nan, posinf=fi.max if posinf is None else posinf,
                      neginf=fi.min if neginf is None else neginf)
    out = Tensor(np.asarray(r.astype(a.dtype)))
    if not x.requires_grad:
        return out
    m = Tensor(np.isfinite(a).astype(a.dtype))
    return _core.custom_node("NanToNumBackward", [x], out, lambda g: [g * m])


def nansum(input, axis=None, keepdims=False, *, dtype=None):
    x = _t(input)
    y = _core.where_(x != x, _core.full_like(x.detach(), 0), x)
    r = _sum(y, axis, None, keepdims)
    return astype(r, dtype) if dtype is not None else r


def nanmean(input, axis=None, keepdims=False, *, dtype=None):
    x = _t(input)
    ok = (x == x)
    s = nansum(x, axis, keepdims)
    n = _sum(ok._cast(x._dtype_name), axis, None, keepdims)
    r = s / n
    return astype(r, dtype) if dtype is not None else r


def signbit(input):
    _check_tensor("signbit", "input", input)
    return Tensor(np.signbit(input.asnumpy()))


def sinc(input):
    x = _t(input)
    a = x.asnumpy()
    ft = a.dtype.type if a.dtype.kind == "f" else np.float32
    pix = (np.asarray(a, ft) * ft(np.pi)).astype(ft)
    s = np.sin(pix.astype(np.float64)).astype(ft)
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(a == 0, ft(1), (s / pix).astype(ft))
    out = Tensor(np.asarray(r.astype(ft)))
    if not x.requires_grad:
        return out

    def bwd(g):
        xd = x.detach()
        px = xd * _PI
        d = (px.cos() * px - px.sin()) / (px * xd)
        d = _core.where_(xd == 0, xd * 0, d)
        return [g * d]
    return _core.custom_node("SincBackward", [x], out, bwd)


def logit(input, eps=None):
    x = _t(input)
    if eps is not None:
        x = x.clamp(eps, 1 - eps)
    a = x.asnumpy()
    ft = a.dtype.type if a.dtype.kind == "f" else np.float32
    with np.errstate(divide="ignore", invalid="ignore"):
        q = (a / (ft(1) - a)).astype(ft)
        r = np.log(q.astype(np.float64)).astype(ft)
    out = Tensor(np.asarray(r))
    if not x.requires_grad:
        return out
    return _core.custom_node("LogitBackward", [x], out, lambda g: [g / (x.detach() * (1 - x.detach()))])


def ldexp(x, other):
    xt, o = _t(x), _t(other)
    return xt * F.pow(Tensor(2.0, xt.dtype if xt.is_floating_point() else _dtype.float32), astype(o, xt.dtype)
                      if xt.is_floating_point() else astype(o, _dtype.float32))


def isneginf(input):
    a = _np_of(input)
    return Tensor(np.isneginf(a) if a.dtype.kind == "f" else np.zeros(a.shape, bool))


def isposinf(input):
    a = _np_of(input)
    return Tensor(np.isposinf(a) if a.dtype.kind == "f" else np.zeros(a.shape, bool))


def isreal(input):
    _check_tensor("isreal", "input", input)
    return Tensor(np.ones(tuple(input.shape), bool))


def is_complex(input):
    _check_tensor("is_complex", "input", input)
    return False


def is_floating_point(input):
    return _t(input).is_floating_point()


def approximate_equal(x, y, tolerance=1e-05):
    return (_t(x) - _t(y)).abs() < tolerance


def vander(x, N=None):
    a = _np_of(x)
    if a.ndim != 1:
        raise ValueError(f"For vander, x must be 1-D tensor, but got {a.ndim}-D.")
    return Tensor(np.asarray(np.vander(a, N)))


def trapz(y, x=None, *, dx=1.0, dim=-1):
    yt = _t(y)
    n = yt.shape[dim]
    a = yt.narrow(dim % yt.ndim, 1, n - 1)
    b = yt.narrow(dim % yt.ndim, 0, n - 1)
    if x is None:
        return _sum((a + b), dim) * (dx / 2)
    xt = _t(x)
    dxs = diff(xt, 1, dim if xt.ndim > 1 else -1)
    return _sum((a + b) * dxs, dim) * 0.5


def logspace(start, end, steps, base=10, *, dtype=_dtype.float32):
    a = np.logspace(float(start), float(end), int(steps), base=base)
    return Tensor(a.astype(np.float32), dtype)


def cov(input, *, correction=1, fweights=None, aweights=None):
    x = _t(input)
    if x.ndim > 2:
        raise ValueError(f"For cov, the input must have at most 2 dimensions, but got {x.ndim}.")
    if x.ndim < 2:
        x = x.reshape(1, -1)
    n = x.shape[1]
    if fweights is None and aweights is None:
        xm = x - F.mean(x, 1, True)
        c = xm.matmul(xm.transpose(1, 0)) / float(n - correction)
    else:
        w = None
        if fweights is not None:
            w = astype(_t(fweights), x.dtype)
        if aweights is not None:
            w = astype(_t(aweights), x.dtype) if w is None else w * astype(_t(aweights), x.dtype)
        ws = _sum(w)
        avg = _sum(x * w, 1, None, True) / ws
        if correction == 0:
            norm = ws
        elif aweights is None:
            norm = ws - correction
        else:
            norm = ws - correction * _sum(w * astype(_t(aweights), x.dtype)) / ws
        xm = x - avg
        c = (xm * w).matmul(xm.transpose(1, 0)) / norm
    return c.squeeze() if _t(input).ndim < 2 else c


def aminmax(input, *, axis=0, keepdims=False):
    x = _t(input)
    if x.is_floating_point():  # the kernel's comparisons skip NaN
        n = x != x
        return F.amin(F.masked_fill(x, n, float("inf")), axis, keepdims), F.amax(F.masked_fill(x, n, -float("inf")),
                                                                                    axis, keepdims)
    return F.amin(x, axis, keepdims), F.amax(x, axis, keepdims)


def population_count(input_x):
    a = _np_of(input_x)
    u = a.view(np.dtype(f"u{a.dtype.itemsize}"))
    bits = np.unpackbits(u.reshape(-1).view(np.uint8)).reshape(u.size, -1).sum(1)
    return Tensor(bits.reshape(a.shape).astype(np.uint8))


# ------------------------------------------------------------------ quantiles, nextafter, logcumsumexp

def _quantile(name):
    def op(input, q, axis=None, keepdims=False):
        a = _t(input).asnumpy()
        qa = _np_of(q) if isinstance(q, _CT) else np.asarray(q)
        r = getattr(np, name)(a.astype(np.float64), qa.astype(np.float64), axis=axis, keepdims=keepdims)
        return Tensor(np.array(np.asarray(r).astype(a.dtype), order="C"))
    op.__name__ = name
    return op


quantile, nanquantile = _quantile("quantile"), _quantile("nanquantile")


def nanmedian(input, axis=-1, keepdims=False):
    a = _np_of(input)
    ax = axis % a.ndim if a.ndim else 0
    m = np.moveaxis(a, ax, -1)
    vals, idxs = [], []
    for row in m.reshape(-1, m.shape[-1]):
        ok = np.flatnonzero(~np.isnan(row))
        if ok.size == 0:
            vals.append(np.nan)
            idxs.append(0)
            continue
        order = ok[np.argsort(row[ok], kind="stable")]
        k = order[(ok.size - 1) // 2]
        vals.append(row[k])
        idxs.append(k)
    shape = m.shape[:-1]
    v = np.array(vals, a.dtype).reshape(shape)
    i = np.array(idxs, np.int64).reshape(shape)
    if keepdims:
        v, i = np.expand_dims(v, ax), np.expand_dims(i, ax)
    return Tensor(np.asarray(v)), Tensor(np.asarray(i))


def nextafter(input, other):
    a, b = _np_of(input), _np_of(other)
    # MindSpore 2.10's CPU kernel steps in double and rounds back (float32: nextafter(1, 2) -> 1.0)
    return Tensor(np.asarray(np.nextafter(a.astype(np.float64), b.astype(np.float64)).astype(a.dtype)))


def logcumsumexp(input, axis):
    x = _t(input)
    a = x.asnumpy()
    out = np.logaddexp.accumulate(a.astype(np.float64), axis=axis).astype(a.dtype)
    res = Tensor(np.asarray(out))
    if not x.requires_grad:
        return res

    def bwd(g):
        # d/dx_j sum_i g_i exp(x_j - out_i) for i >= j
        xd, o = x.detach(), res
        w = (g * F.exp(-o))
        rev = flip(F.cumsum(flip(w, (axis,)), axis), (axis,))
        return [rev * F.exp(xd)]
    return _core.custom_node("LogCumSumExpBackward", [x], res, bwd)


# names from the sibling modules (imported last: they import each other)
from ._array_func import flip  # noqa: E402


def addn(x):
    r = x[0]
    for t in x[1:]:
        r = r + t
    return r


def eps(x):
    x = _t(x)
    return Tensor(np.full(tuple(x.shape), np.finfo(x._dtype_name).eps, x._dtype_name))


def _window(name, fn):
    def op(window_length, periodic=True, *, dtype=None):
        if name == "bartlett_window" and not isinstance(window_length, _CT):
            raise TypeError("For Primitive[BartlettWindow], the type of input argument[window_length] must be Tensor "
                            f"but got {'Int64' if isinstance(window_length, int) else type(window_length).__name__}.")
        n = int(_np_of(window_length)) if isinstance(window_length, _CT) else window_length
        w = fn(n + 1)[:-1] if periodic else fn(n)
        return Tensor(w.astype(np.float32 if dtype is None else dtype._name))
    op.__name__ = name
    return op


bartlett_window = _window("bartlett_window", lambda n: np.bartlett(n))
blackman_window = _window("blackman_window", lambda n: np.blackman(n))
hamming_window = _window("hamming_window", lambda n: np.hamming(n))
hann_window = _window("hann_window", lambda n: np.hanning(n))


def kaiser_window(window_length, periodic=True, beta=12.0, *, dtype=None):
    return _window("kaiser_window", lambda n: np.kaiser(n, beta))(window_length, periodic, dtype=dtype)

__all__ += ["addn", "eps", "bartlett_window", "blackman_window", "hamming_window", "hann_window", "kaiser_window"]

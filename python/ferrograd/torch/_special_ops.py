# Special functions computed in float64 with numpy and rounded to the input's dtype (lgamma, digamma,
# polygamma, erfinv, i0, sinc, igamma, ...); gradients are built from differentiable ops (double backward works).
import builtins as _b
import math as _math

from .. import _core
from ._nodes import _node
from ._common import _as_t, _elementwise, _float_of, _needs_grad, _np, _out, _sum_to, _t, _tt
from ._inplace import _apply_inplace


# ---- float64 kernels ----
def _lgamma64(a):
    np = _np()
    flat = a.reshape(-1)
    out = np.empty_like(flat)
    for i, v in enumerate(flat.tolist()):
        if v != v:
            out[i] = np.nan
        elif v == _math.inf or v == -_math.inf:
            out[i] = np.inf
        elif v <= 0 and v == _math.floor(v):
            out[i] = np.inf
        else:
            out[i] = _math.lgamma(v)
    return out.reshape(a.shape)


def _digamma64(a):
    np = _np()
    x = np.array(a, dtype=np.float64, copy=True)
    out = np.zeros_like(x)
    zero = x == 0
    negint = (x < 0) & (x == np.floor(x))
    refl = (x < 0) & ~negint
    xr = np.where(refl, 1.0 - x, x)
    acc = np.zeros_like(x)
    xx = xr.copy()
    for _ in range(64):
        small = xx < 10
        if not small.any():
            break
        acc = acc - np.where(small, 1.0 / np.where(small, xx, 1.0), 0.0)
        xx = np.where(small, xx + 1, xx)
    inv2 = 1.0 / (xx * xx)
    series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132)))))
    out = np.log(xx) - 0.5 / xx - series + acc
    out = np.where(refl, out - np.pi / np.tan(np.pi * x), out)
    out = np.where(zero, -np.inf, out)
    out = np.where(negint, np.nan, out)
    return np.where(np.isinf(x) & (x > 0), np.inf, out)


_BERN = [1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6, -3617.0 / 510, 43867.0 / 798,
         -174611.0 / 330]


def _zeta64(s, q):
    # Hurwitz zeta(s, q) for s > 1 (Euler-Maclaurin).
    np = _np()
    q = np.array(q, dtype=np.float64, copy=True)
    acc = np.zeros_like(q)
    n = 12
    x = q.copy()
    for _ in range(n + 64):
        small = x < n
        if not small.any():
            break
        acc = acc + np.where(small, np.power(np.where(small, x, 1.0), -s), 0.0)
        x = np.where(small, x + 1, x)
    acc = acc + np.power(x, 1.0 - s) / (s - 1.0) + 0.5 * np.power(x, -s)
    fact = 1.0
    term_s = s
    for j, b in enumerate(_BERN):
        k = 2 * (j + 1)
        fact *= (k - 1) * k if j else 2.0
        if j:
            term_s *= (s + k - 3) * (s + k - 2)
        acc = acc + b / fact * term_s * np.power(x, -s - k + 1)
    return acc


def _polygamma64(n, a):
    np = _np()
    if n == 0:
        return _digamma64(a)
    x = np.asarray(a, dtype=np.float64)
    r = (-1.0) ** (n + 1) * _math.factorial(n) * _zeta64(n + 1.0, x)
    bad = (x <= 0) & (x == np.floor(x))
    return np.where(bad, np.nan if n % 2 == 0 else np.inf, r)


def _erfinv64(a):
    np = _np()
    x = np.asarray(a, dtype=np.float64)
    y = np.zeros_like(x)
    inside = np.abs(x) < 1
    xi = np.where(inside, x, 0.0)
    # Giles' single-precision approximation, then Newton steps on erf
    w = -np.log((1.0 - xi) * (1.0 + xi))
    w1 = w - 2.5
    p1 = 2.81022636e-08
    for c in (3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087, -0.00125372503, -0.00417768164,
              0.246640727, 1.50140941):
        p1 = c + p1 * w1
    w2 = np.sqrt(np.maximum(w, 5.0)) - 3.0
    p2 = -0.000200214257
    for c in (0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047,
              1.00167406, 2.83297682):
        p2 = c + p2 * w2
    y = np.where(w < 5.0, p1, p2) * xi
    erf = np.vectorize(_math.erf, otypes=[np.float64])
    for _ in range(3):
        e = erf(y) - xi
        y = y - e / (2.0 / _math.sqrt(_math.pi) * np.exp(-y * y))
    y = np.where(inside, y, np.where(x == 1, np.inf, np.where(x == -1, -np.inf, np.nan)))
    return y


def _i1_64(a):
    np = _np()
    x = np.asarray(a, dtype=np.float64)
    h = x / 2.0
    term = h.copy()
    s = term.copy()
    for k in range(1, 400):
        term = term * h * h / (k * (k + 1))
        s = s + term
        if np.all(np.abs(term) <= 1e-17 * np.abs(s)):
            break
    return s


def _sinc_like_torch(a):
    # sin(pi x) / (pi x) with pi x rounded to the input's precision first, as torch computes it.
    np = _np()
    px = np.asarray(a * a.dtype.type(_math.pi), dtype=a.dtype)
    with np.errstate(all="ignore"):
        r = (np.sin(px.astype(np.float64)).astype(a.dtype) / px).astype(a.dtype)
    return np.where(a == 0, a.dtype.type(1), r)


# ---- differentiable special functions ----
def _gammainc_scalar(a, x, upper):
    if a != a or x != x or a < 0 or x < 0:
        return _math.nan
    if a == 0:
        if x > 0:
            return 0.0 if upper else 1.0
        return _math.nan
    if x == 0:
        return 1.0 if upper else 0.0
    if x == _math.inf:
        return _math.nan if a == _math.inf else 0.0 if upper else 1.0
    if a == _math.inf:
        return 1.0 if upper else 0.0
    lead = _math.exp(-x + a * _math.log(x) - _math.lgamma(a))
    if x < a + 1:  # series for P
        term = total = 1.0 / a
        n = 1
        while n < 10000:
            term *= x / (a + n)
            total += term
            if abs(term) < abs(total) * 1e-17:
                break
            n += 1
        p = total * lead
        return 1.0 - p if upper else p
    # continued fraction for Q (modified Lentz)
    tiny = 1e-300
    b = x + 1.0 - a
    c = 1.0 / tiny
    d = 1.0 / b
    h = d
    for i in range(1, 10000):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-16:
            break
    q = lead * h
    return q if upper else 1.0 - q


def _igamma_impl(name, input, other, upper, out):
    np = _np()
    tt = _tt()
    a_t = _float_of(_as_t(input))
    x_t = _as_t(other, a_t)
    x_t = x_t if x_t.dtype.is_floating_point else x_t.to(a_t.dtype)
    tt.broadcast_tensors(a_t, x_t)  # torch's shape-mismatch error
    dt = a_t.dtype if a_t.dtype is x_t.dtype else tt.promote_types(a_t.dtype, x_t.dtype)
    a, x = np.broadcast_arrays(a_t.detach().numpy(True).astype(np.float64), x_t.detach().numpy(True).astype(np.float64))
    r = np.array([_gammainc_scalar(u, v, upper) for u, v in zip(a.reshape(-1).tolist(), x.reshape(-1).tolist())],
                 dtype=np.float64).reshape(a.shape)
    res = _t(r, dt)
    if _needs_grad(a_t, x_t):
        if a_t.requires_grad:
            def back(g):
                raise NotImplementedError(f"the derivative for '{name.lower()}: input' is not implemented.")
        else:
            def back(g):
                # d/dx P(a, x) = x^(a-1) e^-x / Gamma(a)   (Q: the negative)
                d = ((a_t - 1) * x_t.log() - x_t - lgamma(a_t)).exp()
                return [None, _sum_to(g * (-d if upper else d), x_t.shape)]

        res = _node(name + "Backward0", [a_t, x_t], res, back)
    return _out(res, out)


def igamma(input, other, *, out=None):
    return _igamma_impl("Igamma", input, other, False, out)


def igammac(input, other, *, out=None):
    return _igamma_impl("Igammac", input, other, True, out)


def lgamma(input, *, out=None):
    return _out(_elementwise("LgammaBackward0", _lgamma64, digamma, input), out)


def digamma(input, *, out=None):
    return _out(_elementwise("DigammaBackward0", _digamma64, lambda x: polygamma(1, x), input), out)


def polygamma(n, input, *, out=None):
    if not isinstance(n, _b.int) or n < 0:
        raise RuntimeError("polygamma(n, x) does not support negative n.")
    if n == 0:
        return _out(_elementwise("PolygammaBackward0", _digamma64, lambda x: polygamma(1, x), input), out)
    return _out(_elementwise("PolygammaBackward0", lambda a: _polygamma64(n, a), lambda x: polygamma(n + 1, x),
                             input), out)


def erfinv(input, *, out=None):
    return _out(_elementwise("ErfinvBackward0", _erfinv64,
                             lambda x: (erfinv(x) ** 2).exp() * (_math.sqrt(_math.pi) / 2.0), input), out)


def i0(input, *, out=None):
    return _out(_elementwise("I0Backward0", lambda a: _np().i0(a), _i1, input), out)


def _i1(x):
    return _elementwise("SpecialI1Backward0", _i1_64, _i1_grad, x)


def _i1_grad(x):
    # d/dx I1(x) = I0(x) - I1(x)/x  (1/2 at 0)
    safe = _core.where_(x == 0, _core.full_like(x, 1.0), x)
    return _core.where_(x == 0, _core.full_like(x, 0.5), i0(x) - _i1(x) / safe)


def sinc(input, *, out=None):
    def d(x):
        # d/dx sinc(x) = (cos(pi x) - sinc(x)) / x, 0 at x = 0
        safe = _core.where_(x == 0, _core.full_like(x, 1.0), x)
        return _core.where_(x == 0, _core.full_like(x, 0.0), ((x * _math.pi).cos() - sinc(x)) / safe)

    return _out(_elementwise("SincBackward0", _sinc_like_torch, d, input, native=True), out)


def acosh(input, *, out=None):
    np = _np()
    return _out(_elementwise("AcoshBackward0", np.arccosh, lambda x: (x * x - 1).rsqrt(), input), out)


arccosh = acosh


def erfc_(self):
    return _apply_inplace(self, lambda s: s.erfc())


def mvlgamma(input, p):
    if p < 1:
        raise RuntimeError("p has to be greater than or equal to 1")
    if not input.dtype.is_floating_point:
        raise RuntimeError("mvlgamma is not implemented for Long")
    args = _core.stack([input - (j / 2.0) for j in range(p)], -1) if p > 1 else input.unsqueeze(-1)
    r = lgamma(args).sum(-1) + (p * (p - 1) / 4.0) * _math.log(_math.pi)
    return r._named("MvlgammaBackward0")

"""More torch functions and Tensor methods (session 4, gap list): special functions (lgamma, digamma,
polygamma, erfinv, i0, sinc, ...), in-place variants and aliases, index/scatter variants
(index_copy, index_fill, index_reduce, scatter_reduce, masked_scatter, *_scatter, put), tensor
attributes (itemsize, nbytes, data_ptr, is_* ...), linalg-style Tensor methods, window functions and
torch.* aliases of torch.nn.functional.

Elementwise special functions are computed in float64 with numpy and rounded to the input's dtype; their
gradients are built from differentiable tensor ops (so double backward works).  numpy is imported
lazily inside functions (import-time budget).
"""
import builtins as _b
import math as _math

from .. import _core

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


from ._nodes import _node, _node_classes  # noqa: F401


def _needs_grad(*ts):
    return _core.is_grad_enabled() and _b.any(isinstance(t, _T) and t.requires_grad for t in ts)


def _elementwise(name, f64fn, dfn, input, native=False):
    """y = f(x) computed in float64 with numpy, rounded to x's (floating) dtype; dy/dx = dfn(x) (built from
    differentiable ops, so double backward works)."""
    np = _np()
    x = _float_of(input)
    a = x.detach().numpy(True)
    with np.errstate(all="ignore"):
        r = np.asarray(f64fn(a if native else a.astype(np.float64))).astype(a.dtype)
    out = _t(r, x.dtype)
    if _needs_grad(x):
        out = _node(name, [x], out, lambda g: [g * dfn(x)])
    return out


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
    """Hurwitz zeta(s, q) for s > 1 (Euler-Maclaurin)."""
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
    """sin(pi x) / (pi x) with pi x rounded to the input's precision first, as torch computes it."""
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
        return 0.0 if upper else 1.0
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


def logaddexp2(input, other, *, out=None):
    """torch's kernel: m + log1p(exp2(-|a - b|)) / ln 2 in the input's precision; a where both are +-inf."""
    np = _np()
    x = _float_of(input)
    y = _as_t(other, x)
    y = y if y.dtype.is_floating_point else y.to(x.dtype)
    a, b = np.broadcast_arrays(x.detach().numpy(True), y.detach().numpy(True).astype(x.numpy(True).dtype))
    # torch's CPU kernel: log1p(exp2(-|a - b|)) in the input's precision, then one fused multiply-add
    # m + t * (1/ln 2) (exact product and sum in double, one rounding)
    inv_ln2 = float(a.dtype.type(1.0 / _math.log(2.0)))
    with np.errstate(all="ignore"):
        t = np.log1p(np.exp2(-np.abs(a - b))).astype(np.float64)
        m = np.maximum(a, b).astype(np.float64)
        r = m + t * inv_ln2
        r = np.where(np.isinf(a) & (a == b), a.astype(np.float64), r).astype(a.dtype)
    res = _t(np.ascontiguousarray(r), x.dtype)
    if _needs_grad(x, y):
        def back(g):
            wa = ((x - y) * _math.log(2.0)).sigmoid()
            return [_sum_to(g * wa, x.shape), _sum_to(g * (1 - wa), y.shape)]

        res = _node("Logaddexp2Backward0", [x, y], res, back)
    return _out(res, out)


def logcumsumexp(input, dim):
    x = _float_of(input)
    if x.dim() == 0:
        return x.clone()
    m = x.amax(dim, True).detach()
    m = _core.where_(m.abs() == _math.inf, _core.full_like(m, 0.0), m)
    r = cumsum((x - m).exp(), dim).log() + m
    return r._named("LogcumsumexpBackward0")


def _cumsum_raw(x, dim, dtype):
    np = _np()
    a = x.detach().numpy(True)
    if a.dtype.kind == "f":
        r = np.cumsum(a.astype(np.float64), axis=dim).astype(a.dtype)  # torch accumulates in double
    else:
        r = np.cumsum(a.astype(np.int64), axis=dim)
    return _t(r, dtype)


def cumsum(input, dim, *, dtype=None, out=None):
    tt = _tt()
    x = input
    if dtype is not None:
        x = x.to(dtype)
    elif not x.dtype.is_floating_point:
        x = x.to(tt.int64)
    nd = x.dim()
    if not -_b.max(nd, 1) <= dim < _b.max(nd, 1):
        raise IndexError(f"Dimension out of range (expected to be in range of [{-_b.max(nd, 1)}, "
                         f"{_b.max(nd, 1) - 1}], but got {dim})")
    if nd == 0:
        r = _t(x.detach().numpy(True).copy(), x.dtype)
    else:
        r = _cumsum_raw(x, dim % nd, x.dtype)
    if _needs_grad(x):
        def back(g):
            if nd == 0:
                return [g]
            from ._composite import flip

            return [flip(cumsum(flip(g, [dim]), dim), [dim])]

        r = _node("CumsumBackward0", [x], r, back)
    return _out(r, out)


def cumsum_(self, dim, *, dtype=None):
    return _apply_inplace(self, lambda s: cumsum(s, dim, dtype=dtype))


def cumprod_(self, dim, *, dtype=None):
    return _apply_inplace(self, lambda s: s.cumprod(dim))


def _fminmax(name, input, other, better, out):
    other = _as_t(other, input)
    a, b = input.detach(), other.detach()
    keep = better(a, b).logical_or(b != b).logical_or(a == b)
    r = _core.where_(keep, a, b)
    if _needs_grad(input, other):
        def back(g):
            tie = (a == b).to(g.dtype)
            w_self = better(a, b).logical_or(b != b).to(g.dtype) + tie * 0.5
            w_other = better(b, a).logical_or((a != a).logical_and(b == b)).to(g.dtype) + tie * 0.5
            gs, go = g * w_self, g * w_other
            return [_sum_to(gs, input.shape), _sum_to(go, other.shape)]

        r = _node(name, [input, other], r, back)
    return _out(r, out)


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


def fmax(input, other, *, out=None):
    return _fminmax("FmaxBackward0", input, other, lambda a, b: a > b, out)


def fmin(input, other, *, out=None):
    return _fminmax("FminBackward0", input, other, lambda a, b: a < b, out)


def _int_binary(name, fn, input, other):
    np = _np()
    a = input.numpy(True)
    b = other.numpy(True) if isinstance(other, _T) else np.asarray(other)
    if a.dtype.kind == "f" or b.dtype.kind == "f":
        dt = input.dtype if a.dtype.kind == "f" else other.dtype
        raise NotImplementedError(f"\"{name}_cpu\" not implemented for '{_long(dt)}'")
    return _t(fn(a, b))


def _long(dt):
    return {"int64": "Long", "int32": "Int", "bool": "Bool", "float32": "Float", "float64": "Double",
            "float16": "Half", "bfloat16": "BFloat16"}[dt._fg]


def gcd(input, other, *, out=None):
    return _out(_int_binary("gcd", _np().gcd, input, other), out)


def lcm(input, other, *, out=None):
    return _out(_int_binary("lcm", _np().lcm, input, other), out)


def ldexp(input, other, *, out=None):
    x = _float_of(input)
    r = x * (2.0 ** _as_t(other).to(x.dtype) if isinstance(other, _T) else 2.0 ** other)
    return _out(r._named("LdexpBackward0") if r.grad_fn is not None else r, out)


def frexp(input, *, out=None):
    np = _np()
    if not input.dtype.is_floating_point:
        raise RuntimeError("torch.frexp() only supports floating-point dtypes")
    m, e = np.frexp(input.numpy(True))
    return _tt().return_types.frexp(_t(m, input.dtype), _t(e.astype(np.int32)))


def nextafter(input, other, *, out=None):
    np = _np()
    b = other.numpy(True) if isinstance(other, _T) else other
    a = input.numpy(True)
    return _out(_t(np.nextafter(a, np.asarray(b, dtype=a.dtype)), input.dtype), out)


def angle(input, *, out=None):
    np = _np()
    x = _float_of(input)
    a = x.detach().numpy(True)
    r = _t(np.where(np.isnan(a), a, np.where(a < 0, np.pi, 0.0)).astype(a.dtype), x.dtype)
    if _needs_grad(x):
        r = _node("AngleBackward0", [x], r, lambda g: [g * 0])
    return _out(r, out)


def sgn_(self):
    return _apply_inplace(self, lambda s: s.sign())


def positive(input):
    if input.dtype is _tt().bool:
        raise RuntimeError("The `+` operator, on a bool tensor is not supported.")
    return input


def isreal(input):
    return _core.full_like(input, True, _tt().bool)


def real(self):
    return self


def _imag(self):
    raise TypeError("imag is not implemented for tensors with non-complex dtypes.")


def resolve(self):
    return self


def hardshrink(input, lambd=0.5):
    keep = (input > lambd).logical_or(input < -lambd)
    return _core.where_(keep, input, _core.full_like(input, 0.0))._named("HardshrinkBackward0")


def prelu(input, weight):
    w = weight
    if w.numel() > 1 and input.dim() >= 2:
        w = w.reshape(*([w.numel()] + [1] * (input.dim() - 2)))
    return _core.where_(input > 0, input, input * w)._named("PreluKernelBackward0")


def vdot(input, other):
    if input.dim() != 1 or other.dim() != 1:
        raise RuntimeError(f"1D tensors expected, but got {input.dim()}D and {other.dim()}D tensors")
    return input.dot(other)


def nanmedian(input, dim=None, keepdim=False):
    np = _np()
    tt = _tt()
    a = input.numpy(True)
    if dim is None:
        flat = a.reshape(-1)
        ok = flat[~np.isnan(flat)] if a.dtype.kind == "f" else flat
        if ok.size == 0:
            return _t(np.array(np.nan, dtype=a.dtype), input.dtype)
        idx = np.flatnonzero(flat == np.sort(ok, kind="stable")[(ok.size - 1) // 2])[0]
        return input.reshape(-1)[_b.int(idx)]._named("NanmedianBackward0")
    d = dim % _b.max(a.ndim, 1)
    moved = np.moveaxis(a, d, -1)
    rows = moved.reshape(-1, moved.shape[-1])
    idx = np.zeros(rows.shape[0], dtype=np.int64)
    for i, row in enumerate(rows):
        ok = np.flatnonzero(~np.isnan(row)) if a.dtype.kind == "f" else np.arange(row.size)
        if ok.size == 0:
            idx[i] = 0
            continue
        order = ok[np.argsort(row[ok], kind="stable")]
        idx[i] = order[(ok.size - 1) // 2]
    it = _t(idx.reshape(moved.shape[:-1]))
    vals = input.gather(d, it.unsqueeze(d))
    if not keepdim:
        vals = vals.squeeze(d)
    else:
        it = it.unsqueeze(d)
    return tt.return_types.nanmedian(vals._named("NanmedianBackward1"), it)


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
    """self <- compute(self) in place, recorded as torch does: compute runs on a snapshot carrying self's
    history and its node becomes self's grad_fn (e.g. LgammaBackward0 for lgamma_)."""
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


# ---- index / scatter variants ----
def _norm_dim(dim, nd):
    n = _b.max(nd, 1)
    if not -n <= dim < n:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    return dim % n


def _along(index, dim, shape, dtype):
    """bool mask of `shape` selecting positions whose coordinate along dim is in index."""
    np = _np()
    m = np.zeros(shape[dim] if shape else 1, dtype=bool)
    m[index.numpy(True).reshape(-1)] = True
    view = [1] * len(shape)
    if shape:
        view[dim] = shape[dim]
    return _t(np.broadcast_to(m.reshape(view), shape).copy())


def index_copy(input, dim, index, source):
    d = _norm_dim(dim, input.dim())
    if index.dim() > 1:
        raise IndexError("index_copy_(): Index should have dimension 1 or 0 (got " + str(index.dim()) + ")")
    index = index.reshape(-1)
    if input.dim() and source.dim() and source.shape[d] != index.numel():
        raise RuntimeError(f"index_copy_(): Number of indices ({index.numel()}) should be equal to "
                           f"source.size(dim) ({source.shape[d]})")
    shape = list(input.shape)
    if not shape:
        return _core.where_(_t(True), source.reshape(()).to(input.dtype), input)._named("IndexCopyBackward0")
    hit = _along(index, d, shape, None)
    spread = source.to(input.dtype)._index_add_into(d, index, shape)
    return _core.where_(hit, spread, input)._named("IndexCopyBackward0")


def index_fill(input, dim, index, value):
    d = _norm_dim(dim, input.dim())
    shape = list(input.shape)
    hit = _along(index.reshape(-1), d, shape, None) if shape else _t(True)
    v = value.to(input.dtype) if isinstance(value, _T) else _core.full_like(input, value)
    if isinstance(value, _T) and value.dim() != 0:
        raise RuntimeError(f"index_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                           f"{value.dim()} dimension(s).")
    return _core.where_(hit, v, input)._named("IndexFillBackward0")


def _np_reduce_into(out, pos_iter, vals, reduce, include_self):
    np = _np()
    cnt = np.zeros(out.shape, dtype=np.int64)
    seen = np.zeros(out.shape, dtype=bool)
    for tgt, v in zip(pos_iter, vals):
        if not include_self and not seen[tgt]:
            out[tgt] = v
            seen[tgt] = True
            cnt[tgt] = 1
            continue
        seen[tgt] = True
        cnt[tgt] += 1
        if reduce in ("sum", "mean"):
            out[tgt] += v
        elif reduce == "prod":
            out[tgt] *= v
        elif reduce == "amax":
            out[tgt] = v if v != v else _b.max(out[tgt], v)
        elif reduce == "amin":
            out[tgt] = v if v != v else _b.min(out[tgt], v)
    if reduce == "mean":
        denom = cnt + (1 if include_self else 0)
        denom = np.where(denom == 0, 1, denom)
        if out.dtype.kind == "f":
            out[...] = out / denom
        else:
            out[...] = np.floor_divide(out, denom)
    return out


_REDUCES = ("sum", "prod", "mean", "amax", "amin")


def scatter_reduce(input, dim, index, src, reduce, *, include_self=True):
    np = _np()
    reduce = {"max": "amax", "min": "amin"}.get(reduce, reduce)
    if reduce not in _REDUCES:
        raise RuntimeError(f"reduce argument must be either sum, prod, mean, amax or amin, got {reduce}")
    d = _norm_dim(dim, input.dim())
    out = input.detach().numpy(True).copy()
    idx = index.numpy(True)
    vals = src.detach().numpy(True)
    pos, vs = [], []
    for p in np.ndindex(*idx.shape):
        tgt = list(p)
        tgt[d] = idx[p]
        pos.append(tuple(tgt))
        vs.append(vals[p])
    r = _t(_np_reduce_into(out, pos, vs, reduce, include_self), input.dtype)
    if _needs_grad(input, src):
        r = _node("ScatterReduceBackward0", [input, src], r,
                  lambda g: _scatter_reduce_grad(g, input, d, index, src, reduce, include_self, r))
    return r


def _scatter_reduce_grad(g, input, d, index, src, reduce, include_self, r):
    shape = list(input.shape)
    ones = _core.full_like(index, 1.0, g.dtype)
    cnt = ones._scatter_add_into(d, index, shape)
    hit = cnt > 0
    keep_self = _core.full_like(g, 1.0) if include_self else (~hit).to(g.dtype)
    if reduce == "sum":
        return [g * keep_self, g.gather(d, index)]
    if reduce == "mean":
        n = cnt + keep_self
        n = _core.where_(n == 0, _core.full_like(n, 1.0), n)
        return [g * keep_self / n, (g / n).gather(d, index)]
    if reduce == "prod":
        rs = r.detach()
        gi = _core.where_(input == 0, _core.full_like(g, 0.0), g * rs / input) * keep_self
        gs = (g * rs).gather(d, index) / src
        return [gi, gs]
    # amax / amin: the gradient is shared evenly between all elements equal to the result
    rs = r.detach()
    m_self = (input == rs).to(g.dtype) * keep_self
    m_src = (src == rs.gather(d, index)).to(g.dtype)
    n = m_self + m_src._scatter_add_into(d, index, shape)
    n = _core.where_(n == 0, _core.full_like(n, 1.0), n)
    return [g * m_self / n, (g / n).gather(d, index) * m_src]


def index_reduce(input, dim, index, source, reduce, *, include_self=True):
    if reduce not in ("prod", "mean", "amax", "amin"):
        raise RuntimeError(f"index_reduce(): Expected reduce to be one of prod, mean, amax or amin but got "
                           f"{reduce}.")
    _warn_once("index_reduce() is in beta and the API may change at any time.")
    d = _norm_dim(dim, input.dim())
    idx = index.reshape(-1)
    shape = list(source.shape)
    full = idx.reshape(*([1] * d + [idx.numel()] + [1] * (len(shape) - d - 1))).expand(*shape).contiguous()
    r = scatter_reduce(input, d, full, source, reduce, include_self=include_self)
    return r._named("IndexReduceBackward0") if r.grad_fn is not None else r


def masked_scatter(input, mask, source):
    np = _np()
    tt = _tt()
    if mask.dtype is not tt.bool:
        raise RuntimeError(f"masked_scatter_ only supports boolean masks, but got mask with dtype "
                           f"{mask.dtype}")
    shape = tuple(np.broadcast_shapes(tuple(input.shape), tuple(mask.shape)))
    m = np.broadcast_to(mask.numpy(True), shape)
    k = _b.int(m.sum())
    if k > source.numel():
        raise RuntimeError("Number of elements of source < number of ones in mask")
    pos = np.cumsum(m.reshape(-1)) - 1
    pos = np.where(m.reshape(-1), pos, 0).astype(np.int64)
    spread = source.reshape(-1)[_t(pos)].reshape(*shape).to(input.dtype)
    base = input.expand(*shape) if tuple(input.shape) != shape else input
    return _core.where_(_t(m.copy()), spread, base)._named("MaskedScatterBackward0")


def _scatter_view(input, src, view, name):
    """input with the elements of view(input) replaced by src (a differentiable *_scatter)."""
    tt = _tt()
    n = input.numel()
    pos = view(_core.arange(0, n, 1, tt.int64, False, TAG).reshape(*input.shape))
    if tuple(pos.shape) != tuple(src.shape):
        raise RuntimeError(f"expected src to have a size equal to the slice of self. src size = "
                           f"{list(src.shape)}, slice size = {list(pos.shape)}")
    flat_idx = pos.reshape(-1)
    spread = src.to(input.dtype).reshape(-1)._index_add_into(0, flat_idx, [n]).reshape(*input.shape)
    hit = _core.full_like(flat_idx, 1, tt.int64)._index_add_into(0, flat_idx, [n]).reshape(*input.shape) > 0
    return _core.where_(hit, spread, input)._named(name)


def select_scatter(input, src, dim, index):
    return _scatter_view(input, src, lambda p: p.select(dim, index), "SelectScatterBackward0")


def slice_scatter(input, src, dim=0, start=None, end=None, step=1):
    def view(p):
        sl = [slice(None)] * p.dim()
        sl[dim] = slice(start, end, step)
        return p[tuple(sl)]

    return _scatter_view(input, src, view, "SliceScatterBackward0")


def diagonal_scatter(input, src, offset=0, dim1=0, dim2=1):
    from ._composite import diagonal

    return _scatter_view(input, src, lambda p: diagonal(p, offset, dim1, dim2), "DiagonalScatterBackward0")


def diagflat(input, offset=0):
    from ._composite import diag

    return diag(input.reshape(-1), offset)


def fill_diagonal_(self, fill_value, wrap=False):
    np = _np()
    nd = self.dim()
    if nd < 2:
        raise RuntimeError("dimensions must larger than 1")
    shape = tuple(self.shape)
    if nd > 2 and len(set(shape)) != 1:
        raise RuntimeError("all dimensions of input must be of equal length")
    m = np.zeros(shape, dtype=bool)
    flat = m.reshape(-1)
    if nd == 2:
        rows, cols = shape
        step = cols + 1
        count = -(-flat.size // step) if wrap else _b.min(rows, cols)
    else:
        step = _b.sum(int(np.prod(shape[i + 1:])) for i in range(nd))
        count = shape[0]
    flat[[i * step for i in range(count) if i * step < flat.size]] = True
    mask = _t(m)
    return _apply_inplace(self, lambda s: _core.where_(mask, _core.full_like(s, fill_value), s)._named(
        "CopySlices"))


def put(input, index, source, accumulate=False):
    np = _np()
    tt = _tt()
    n = input.numel()
    idx = index.reshape(-1)
    if idx.numel() != source.numel():
        raise RuntimeError(f"put_(): Expected source and index to have the same number of elements, but got "
                           f"source.numel() = {source.numel()}, index.numel() = {idx.numel()}")
    raw = idx.numpy(True)
    if raw.size and (raw.max() >= n or raw.min() < -n):
        bad = raw[(raw >= n) | (raw < -n)][0]
        raise IndexError(f"out of range: tried to access index {bad} on a tensor of {n} elements.")
    idx = _t(np.where(raw < 0, raw + n, raw).astype(np.int64))
    flat = input.reshape(-1)
    spread = source.to(input.dtype).reshape(-1)._index_add_into(0, idx, [n])
    if accumulate:
        r = flat + spread
    else:
        hit = _core.full_like(idx, 1, tt.int64)._index_add_into(0, idx, [n]) > 0
        r = _core.where_(hit, spread, flat)
    return r.reshape(*input.shape)._named("PutBackward0")


def renorm(input, p, dim, maxnorm):
    d = _norm_dim(dim, input.dim())
    others = [i for i in range(input.dim()) if i != d]
    x = input.abs()
    if p == 2:
        nrm = (input * input).sum(others, True).sqrt()
    elif p == 1:
        nrm = x.sum(others, True)
    elif p == _math.inf:
        nrm = x.amax(others, True)
    else:
        nrm = x.pow(p).sum(others, True).pow(1.0 / p)
    factor = _core.where_(nrm > maxnorm, maxnorm / (nrm + 1e-7), _core.full_like(nrm, 1.0))
    return (input * factor)._named("RenormBackward0")


def split_with_sizes(input, split_sizes, dim=0):
    d = _norm_dim(dim, input.dim())
    n = input.shape[d]
    sizes = list(split_sizes)
    if _b.sum(sizes) != n:
        raise RuntimeError(f"split_with_sizes expects split_sizes to sum exactly to {n} (input tensor's size at "
                           f"dimension {d}), but got split_sizes={sizes}")
    out, s = [], 0
    for z in sizes:
        out.append(input.narrow(d, s, z))
        s += z
    return tuple(out)


def dsplit(input, indices_or_sections):
    if input.dim() < 3:
        raise RuntimeError(f"torch.dsplit requires a tensor with at least 3 dimension, but got a tensor with "
                           f"{input.dim()} dimensions!")
    if isinstance(indices_or_sections, _b.int) and input.shape[2] % indices_or_sections:
        raise RuntimeError(f"torch.dsplit attempted to split along dimension 2, but the size of the dimension "
                           f"{input.shape[2]} is not divisible by the split_size {indices_or_sections}!")
    return input.tensor_split(indices_or_sections, 2)


def atleast_3d(*tensors):
    ts = tensors[0] if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)) else tensors
    r = []
    for t in ts:
        if t.dim() == 0:
            t = t.reshape(1, 1, 1)
        elif t.dim() == 1:
            t = t.reshape(1, -1, 1)
        elif t.dim() == 2:
            t = t.unsqueeze(-1)
        r.append(t)
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        return tuple(r)
    return r[0] if len(r) == 1 else tuple(r)


# ---- linalg-style methods ----
def _la():
    from . import linalg

    return linalg


def logdet(input):
    if _needs_grad(input):
        from . import _linalg_grad

        return _linalg_grad.logdet(input)
    s, l = _la().slogdet(input)
    np = _np()
    a = l.numpy(True)
    sg = s.numpy(True)
    out = np.where(sg < 0, np.nan, np.where(sg == 0, -np.inf, a)).astype(a.dtype)
    return _t(out, input.dtype)


def slogdet(input):
    s, l = _la().slogdet(input)
    return _tt().return_types.slogdet(s, l)


def pinverse(input, rcond=1e-15):
    if _needs_grad(input):
        from . import _linalg_grad

        return _linalg_grad.pinv(input)
    return _la().pinv(input, rtol=rcond)


def matrix_exp(input):
    np = _np()
    if input.dim() < 2 or input.shape[-1] != input.shape[-2]:
        raise RuntimeError(f"linalg.matrix_exp: A must be batches of square matrices, but they are "
                           f"{input.shape[-2] if input.dim() >= 2 else 1} by {input.shape[-1]} matrices")
    a = input.detach().numpy(True).astype(np.float64)
    r = _expm64(a).astype(input.numpy(True).dtype)
    out = _t(r, input.dtype)
    if _needs_grad(input):
        def back(g):
            # d/dA <G, exp(A)> = exp of the block matrix [[A^T, G], [0, A^T]] (upper-right block)
            n = input.shape[-1]
            At = input.transpose(-2, -1).detach()
            z = _core.full_like(At, 0.0)
            big = _core.cat([_core.cat([At, g], -1), _core.cat([z, At], -1)], -2)
            e = _expm64(big.detach().numpy(True).astype(np.float64))
            return [_t(e[..., :n, n:].astype(r.dtype), input.dtype)]

        out = _node("LinalgMatrixExpBackward0", [input], out, back)
    return out


def _expm64(a):
    np = _np()
    norm = np.abs(a).sum(-2).max() if a.size else 0.0
    s = _b.max(0, _b.int(np.ceil(np.log2(norm))) + 1) if norm > 0.5 else 0
    x = a / (2.0 ** s)
    n = a.shape[-1]
    eye = np.broadcast_to(np.eye(n), a.shape)
    term = eye.copy()
    acc = eye.copy()
    for k in range(1, 30):
        term = term @ x / k
        acc = acc + term
    for _ in range(s):
        acc = acc @ acc
    return acc


def _svd_method(input, some=True, compute_uv=True):
    u, s, vh = _la().svd(input, full_matrices=not some)
    v = vh.transpose(-2, -1).contiguous()
    if not compute_uv:
        u, v = _core.full_like(u, 0.0), _core.full_like(v, 0.0)
    return _tt().return_types.svd(u, s, v)


def cholesky_inverse(input, upper=False):
    if _needs_grad(input):
        from . import _linalg_grad

        return _linalg_grad.cholesky_inverse(input, upper)
    L = input
    A = L.transpose(-2, -1).matmul(L) if upper else L.matmul(L.transpose(-2, -1))
    return _la().inv(A)


def cholesky_solve(input, input2, upper=False):
    if _needs_grad(input, input2):
        from . import _linalg_grad

        return _linalg_grad.cholesky_solve(input, input2, upper)
    L = input2
    A = L.transpose(-2, -1).matmul(L) if upper else L.matmul(L.transpose(-2, -1))
    return _la().solve(A, input)


_REMOVED = {
    "lstsq": "This function was deprecated since version 1.9 and is now removed. `torch.lstsq` is deprecated in "
             "favor of `torch.linalg.lstsq`.\n`torch.linalg.lstsq` has reversed arguments and does not return the QR "
             "decomposition in the returned tuple (although it returns other information about the problem).\n\nTo "
             "get the QR decomposition consider using `torch.linalg.qr`.\n\nThe returned solution in `torch.lstsq` "
             "stored the residuals of the solution in the last m - n columns of the returned value whenever m > n. "
             "In torch.linalg.lstsq, the residuals are in the field 'residuals' of the returned named tuple.\n\nThe "
             "unpacking of the solution, as in\nX, _ = torch.lstsq(B, A).solution[:A.size(1)]\nshould be replaced "
             "with:\nX = torch.linalg.lstsq(A, B).solution",
    "solve": "This function was deprecated since version 1.9 and is now removed. `torch.solve` is deprecated in "
             "favor of `torch.linalg.solve`. `torch.linalg.solve` has its arguments reversed and does not return "
             "the LU factorization.\n\nTo get the LU factorization see `torch.lu`, which can be used with "
             "`torch.lu_solve` or `torch.lu_unpack`.\nX = torch.solve(B, A).solution should be replaced with:\nX = "
             "torch.linalg.solve(A, B)",
    "qr": "This function was deprecated since version 1.9 and is now removed. `torch.qr` is deprecated in favor of "
          "`torch.linalg.qr` and the boolean parameter `some` has been replaced with a string parameter `mode`.\n\n"
          "Q, R = torch.qr(A) should be replaced with:\nQ, R = torch.linalg.qr(A, mode='reduced')\n\nand\n\nQ, R = "
          "torch.qr(A, some=False) should be replaced with:\nQ, R = torch.linalg.qr(A, mode='complete')\n\n",
    "cholesky": "This function was deprecated since version 1.9 and is now removed. `torch.cholesky` is deprecated "
                "in favor of `torch.linalg.cholesky`.\nL = torch.cholesky(A) should be replaced with:\nL = "
                "torch.linalg.cholesky(A)\nU = torch.cholesky(A, upper=True) should be replaced with:\nU = "
                "torch.linalg.cholesky(A).mH",
    "matrix_rank": "This function was deprecated since version 1.9 and is now removed.\nPlease use the "
                   "`torch.linalg.matrix_rank` function instead. The parameter 'symmetric' was renamed in "
                   "`torch.linalg.matrix_rank()` to 'hermitian'.",
    "symeig": "This function was deprecated since version 1.9 and is now removed. The default behavior has "
              "changed from using the upper triangular portion of the matrix by default to using the lower "
              "triangular portion.\n\nL, _ = torch.symeig(A, upper=upper) should be replaced with:\nL = "
              "torch.linalg.eigvalsh(A, UPLO='U' if upper else 'L')\n\nand\n\nL, V = torch.symeig(A, "
              "eigenvectors=True) should be replaced with:\nL, V = torch.linalg.eigh(A, UPLO='U' if upper else 'L')",
    "eig": "This function was deprecated since version 1.9 and is now removed. `torch.linalg.eig` returns complex "
           "tensors of dtype `cfloat` or `cdouble` rather than real tensors mimicking complex tensors.\n\nL, _ = "
           "torch.eig(A) should be replaced with:\nL_complex = torch.linalg.eigvals(A)\n\nand\n\nL, V = "
           "torch.eig(A, eigenvectors=True) should be replaced with:\nL_complex, V_complex = torch.linalg.eig(A)",
}


def _removed(name):
    def f(*a, **k):
        if name == "qr":
            some = k.get("some", a[1] if len(a) > 1 else True)
            raise RuntimeError(_REMOVED[name] + ("Since `some` was set to True, use mode='reduced'." if some else
                                                 "Since `some` was set to False, use mode='complete'."))
        raise RuntimeError(_REMOVED[name])

    f.__name__ = name
    return f


# ---- attributes ----
def data_ptr(self):
    base, off = self._storage_ptr()
    return base + off * self.element_size()


def storage_offset(self):
    return self._storage_ptr()[1]


def is_same_size(self, other):
    return tuple(self.shape) == tuple(other.shape)


def is_signed(self):
    return self.dtype is not _tt().bool


def _new(self, *args, **kw):
    tt = _tt()
    dtype = kw.pop("dtype", None) or self.dtype
    if not args:
        return tt.zeros(0, dtype=dtype)
    if len(args) == 1 and isinstance(args[0], _T):
        return args[0]
    if len(args) == 1 and isinstance(args[0], (list, tuple)) and not isinstance(args[0], tt.Size):
        return _core.tensor(list(args[0]), dtype, False, TAG)
    if len(args) == 1 and isinstance(args[0], tt.Size):
        args = tuple(args[0])
    return tt.zeros(*args, dtype=dtype)


def new_empty_strided(self, size, stride, *, dtype=None, **kw):
    return _tt().zeros(*size, dtype=dtype or self.dtype)


def narrow_copy(self, dim, start, length):
    return self.narrow(dim, start, length).clone()


def dim_order(self, *, ambiguity_check=False):
    st = self.stride()
    return tuple(sorted(range(self.dim()), key=lambda i: -st[i]))


def apply_(self, callable):
    if self.requires_grad:
        raise RuntimeError("apply_ is only implemented on CPU tensors without autograd")
    np = _np()
    a = self.numpy(True)
    r = np.vectorize(callable, otypes=[a.dtype])(a) if a.size else a
    with _tt().no_grad():
        self.copy_(_t(np.asarray(r, dtype=a.dtype), self.dtype))
    return self


def map_(self, tensor, callable):
    np = _np()
    a = self.numpy(True)
    b = np.broadcast_to(tensor.numpy(True), a.shape)
    r = np.vectorize(callable, otypes=[a.dtype])(a, b) if a.size else a
    with _tt().no_grad():
        self.copy_(_t(np.asarray(r, dtype=a.dtype), self.dtype))
    return self


def _map2(self, x, y, callable):
    np = _np()
    a = self.numpy(True)
    b = np.broadcast_to(x.numpy(True), a.shape)
    c = np.broadcast_to(y.numpy(True), a.shape)
    r = np.vectorize(callable, otypes=[a.dtype])(a, b, c) if a.size else a
    with _tt().no_grad():
        self.copy_(_t(np.asarray(r, dtype=a.dtype), self.dtype))
    return self


def _fill_random(self, vals):
    from . import _random

    return _random._fill_(self, vals)


def cauchy_(self, median=0.0, sigma=1.0, *, generator=None):
    """torch's CPU kernel: median + sigma * tan(pi * (u - 0.5)), u a 53-bit uniform double per element."""
    np = _np()
    from . import _random

    if not self.dtype.is_floating_point:
        raise RuntimeError(f"cauchy_ expects a floating point tensor, got {_long(self.dtype)}")
    if sigma <= 0:
        raise RuntimeError(f"cauchy_ expects sigma > 0.0, but found sigma={float(sigma):g}")
    u = _random._gen(generator).uniform_f64(self.numel())
    return _fill_random(self, median + sigma * np.tan(np.pi * (u - 0.5)))


def log_normal_(self, mean=1.0, std=2.0, *, generator=None):
    """torch's CPU kernel: exp of at::normal_distribution<double> per element (Box-Muller with the
    generator's cached second value)."""
    np = _np()
    from . import _random

    if not self.dtype.is_floating_point:
        raise RuntimeError(f"log_normal_ expects a floating point tensor, got {_long(self.dtype)}")
    if std <= 0:
        raise RuntimeError(f"log_normal_ expects std > 0.0, but found std={float(std):g}")
    gen = _random._gen(generator)
    out = np.empty(self.numel(), dtype=np.float64)
    for i in _b.range(out.size):
        if gen.next_double_normal is not None:
            v, gen.next_double_normal = gen.next_double_normal, None
        else:
            u1, u2 = gen.uniform_f64(2)
            r = _math.sqrt(-2.0 * _math.log1p(-float(u2)))
            theta = 2.0 * _math.pi * float(u1)
            gen.next_double_normal = r * _math.sin(theta)
            v = r * _math.cos(theta)
        out[i] = _math.exp(v * std + mean)
    return _fill_random(self, out)


def _poisson_one(lam, uniform):
    """ATen's sample_poisson (transformed rejection for lambda >= 10, products of uniforms below)."""
    if lam >= 10:
        slam = _math.sqrt(lam)
        loglam = _math.log(lam)
        b = 0.931 + 2.53 * slam
        a = -0.059 + 0.02483 * b
        invalpha = 1.1239 + 1.1328 / (b - 3.4)
        vr = 0.9277 - 3.6224 / (b - 2)
        while True:
            U = uniform() - 0.5
            V = uniform()
            us = 0.5 - abs(U)
            k = _math.floor((2 * a / us + b) * U + lam + 0.43)
            if us >= 0.07 and V <= vr:
                return k
            if k < 0 or (us < 0.013 and V > us):
                continue
            if (_math.log(V) + _math.log(invalpha) - _math.log(a / (us * us) + b)) <= \
                    (-lam + k * loglam - _math.lgamma(k + 1.0)):
                return k
    if lam == 0:
        return 0
    enlam = _math.exp(-lam)
    x, prod = 0, 1.0
    while True:
        prod *= uniform()
        if prod > enlam:
            x += 1
        else:
            return x


def poisson(input, generator=None):
    np = _np()
    from . import _random

    gen = _random._gen(generator)
    rates = input.numpy(True).astype(np.float64).reshape(-1)
    if rates.size and (rates < 0).any():
        raise RuntimeError("invalid Poisson rate, expected rate to be non-negative")

    def uniform():
        return float(gen.uniform_f64(1)[0])

    vals = np.array([_poisson_one(float(lam), uniform) for lam in rates], dtype=np.float64)
    return _t(vals.reshape(tuple(input.shape)), input.dtype)


def fill(input, value):
    v = value.to(input.dtype) if isinstance(value, _T) else value
    return _core.full_like(input, 0.0) + v if isinstance(v, _T) else _core.full_like(input, v)


def geometric_(self, p, *, generator=None):
    """torch's CPU kernel: ceil(log(u) / log1p(-p)), u a 53-bit uniform double per element."""
    np = _np()
    from . import _random

    if not 0 < p < 1:
        raise RuntimeError(f"geometric_ expects p to be in (0, 1), but got p={float(p):g}")
    u = _random._gen(generator).uniform_f64(self.numel())
    with np.errstate(divide="ignore"):
        return _fill_random(self, np.ceil(np.log(u) / np.log1p(-p)))


def addr(input, vec1, vec2, *, beta=1, alpha=1):
    o = vec1.unsqueeze(1) * vec2.unsqueeze(0)
    if beta == 0:
        return (o * alpha)._named("AddrBackward0")
    return (input * beta + o * alpha)._named("AddrBackward0")


def adjoint(input):
    return input.transpose(-2, -1)


# ---- torch.* functions ----
_TORCH_OPT_DT = {"int64": "long int", "int32": "int", "bool": "bool"}


def _window(name, window_length, periodic, dtype, fn, requires_grad=False):
    """torch's window kernels: arange in the window dtype, the same scalar steps in that dtype."""
    np = _np()
    tt = _tt()
    dt = dtype or tt.get_default_dtype()
    if not dt.is_floating_point:
        raise RuntimeError(f"{name} expects floating point dtypes, got: TensorOptions(dtype="
                           f"{_TORCH_OPT_DT.get(dt._fg, dt._fg)}, device=cpu, layout=Strided (default), "
                           "requires_grad=false (default), pinned_memory=false, memory_format=(nullopt))")
    if window_length < 0:
        raise RuntimeError(f"{name} requires non-negative window_length, got window_length={window_length}")
    if window_length == 0:
        return tt.zeros(0, dtype=dt, requires_grad=requires_grad)
    if window_length == 1:
        return tt.ones(1, dtype=dt, requires_grad=requires_grad)
    n = window_length + 1 if periodic else window_length
    f = np.float64 if dt._fg == "float64" else np.float32
    w = np.asarray(fn(np.arange(n, dtype=f), n, f), dtype=f)
    if periodic:
        w = w[:-1]
    return _core.tensor(np.ascontiguousarray(w), dt, requires_grad, TAG)


def _hamming(alpha, beta):
    def fn(k, n, f):
        np = _np()
        return np.cos(k * f(_math.pi * 2.0 / (n - 1))) * f(-beta) + f(alpha)

    return fn


def hann_window(window_length, periodic=True, *, dtype=None, layout=None, device=None, requires_grad=False):
    return _window("hann_window", window_length, periodic, dtype, _hamming(0.5, 0.5), requires_grad)


def hamming_window(window_length, periodic=True, alpha=0.54, beta=0.46, *, dtype=None, layout=None, device=None,
                   requires_grad=False):
    return _window("hamming_window", window_length, periodic, dtype, _hamming(alpha, beta), requires_grad)


def _blackman(k, n, f):
    np = _np()
    w = k * f(_math.pi / (n - 1))
    return np.cos(w * f(4)) * f(0.08) - np.cos(w * f(2)) * f(0.5) + f(0.42)


def blackman_window(window_length, periodic=True, *, dtype=None, layout=None, device=None, requires_grad=False):
    return _window("blackman_window", window_length, periodic, dtype, _blackman, requires_grad)


def _bartlett(k, n, f):
    w = k * f(2.0 / (n - 1))
    half = ((n - 1) >> 1) + 1
    w[half:] = w[half:] * f(-1) + f(2)
    return w


def bartlett_window(window_length, periodic=True, *, dtype=None, layout=None, device=None, requires_grad=False):
    return _window("bartlett_window", window_length, periodic, dtype, _bartlett, requires_grad)


def kaiser_window(window_length, periodic=True, beta=12.0, *, dtype=None, layout=None, device=None,
                  requires_grad=False):
    def fn(k, n, f):
        np = _np()
        alpha = (n - 1) / 2.0
        r = np.i0(beta * np.sqrt(np.maximum(0.0, 1 - ((k.astype(np.float64) - alpha) / alpha) ** 2))) / np.i0(beta)
        return r.astype(f)

    return _window("kaiser_window", window_length, periodic, dtype, fn, requires_grad)


def combinations(input, r=2, with_replacement=False):
    import itertools

    tt = _tt()
    if input.dim() != 1:
        raise RuntimeError(f"Expect a 1D vector, but got shape {list(input.shape)}")
    if r < 0:
        raise RuntimeError(f"Expect a non-negative number, but got {r}")
    if r == 0:
        return tt.zeros(0, dtype=input.dtype)
    n = input.shape[0]
    gen = itertools.combinations_with_replacement if with_replacement else itertools.combinations
    combos = list(gen(range(n), r))
    if not combos:
        return tt.zeros(0, r, dtype=input.dtype) if r > 1 else tt.zeros(0, dtype=input.dtype)
    idx = _t([list(c) for c in combos], tt.int64)
    return input[idx.reshape(-1)].reshape(len(combos), r)


def chain_matmul(*matrices, out=None):
    _warn_once("torch.chain_matmul is deprecated and will be removed in a future PyTorch release. Use "
               "torch.linalg.multi_dot instead, which accepts a list of two or more tensors rather than multiple "
               "parameters.")
    if len(matrices) == 1 and isinstance(matrices[0], (list, tuple)):
        matrices = tuple(matrices[0])
    if len(matrices) == 1:
        return matrices[0].clone()
    return _la().multi_dot(list(matrices))


def gradient(input, *, spacing=1, dim=None, edge_order=1):
    np = _np()
    a = input.numpy(True)
    dims = list(range(a.ndim)) if dim is None else ([dim] if isinstance(dim, _b.int) else list(dim))
    for dd in dims:
        if a.shape[dd] < edge_order + 1:
            raise RuntimeError("torch.gradient expected each dimension size to be at least edge_order+1")
    if isinstance(spacing, (list, tuple)):
        sp = [s.numpy(True) if isinstance(s, _T) else s for s in spacing]
    else:
        sp = [spacing] * len(dims)
    dt = a.dtype if a.dtype.kind == "f" else np.float32
    r = np.gradient(a.astype(np.float64), *sp, axis=dims, edge_order=edge_order)
    if len(dims) == 1:
        r = [r]
    return tuple(_t(np.ascontiguousarray(x).astype(dt)) for x in r)


def trapezoid(y, x=None, *, dx=None, dim=-1):
    d = dim % y.dim()
    n = y.shape[d]
    if n == 0:
        return y.sum(d) * 0
    left, right = y.narrow(d, 0, n - 1), y.narrow(d, 1, n - 1)
    if x is None:
        h = 1 if dx is None else dx
        return ((left + right).sum(d) * (h / 2.0))
    dxs = x.diff(dim=-1 if x.dim() == 1 else d)
    if x.dim() == 1 and y.dim() > 1:
        view = [1] * y.dim()
        view[d] = n - 1
        dxs = dxs.reshape(*view)
    return ((left + right) * dxs).sum(d) / 2.0


trapz = trapezoid


def cumulative_trapezoid(y, x=None, *, dx=None, dim=-1):
    d = dim % y.dim()
    n = y.shape[d]
    left, right = y.narrow(d, 0, n - 1), y.narrow(d, 1, n - 1)
    if x is None:
        h = 1 if dx is None else dx
        seg = (left + right) * (h / 2.0)
    else:
        dxs = x.diff(dim=-1 if x.dim() == 1 else d)
        if x.dim() == 1 and y.dim() > 1:
            view = [1] * y.dim()
            view[d] = n - 1
            dxs = dxs.reshape(*view)
        seg = (left + right) * dxs / 2.0
    return cumsum(seg, d)


def histogram(input, bins=100, *, range=None, weight=None, density=False, out=None):
    np = _np()
    tt = _tt()
    a = input.numpy(True)
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"torch.histogram: input tensor and bins tensors should have the same dtype, but got "
                           f"input {_long(input.dtype).lower()} and bins {_long(input.dtype).lower()}")
    w = None if weight is None else weight.numpy(True)
    if isinstance(bins, _T):
        edges = bins.numpy(True)
    else:
        lo, hi = (float(a.min()), float(a.max())) if range is None and a.size else (range or (0.0, 0.0))
        if lo == hi:
            lo, hi = lo - 0.5, hi + 0.5  # numpy's convention; torch: -1/+1? see below
        edges = np.linspace(lo, hi, bins + 1, dtype=np.float64).astype(a.dtype)
    h, e = np.histogram(a, bins=edges.astype(np.float64), weights=w, density=density)
    return tt.return_types.histogram(_t(h.astype(a.dtype)), _t(np.asarray(edges, dtype=a.dtype)))


def asarray(obj, *, dtype=None, device=None, copy=None, requires_grad=False):
    tt = _tt()
    if isinstance(obj, _T):
        r = obj if dtype is None or obj.dtype is dtype else obj.to(dtype)
        if copy:
            r = r.clone()
        return r.requires_grad_(True) if requires_grad and not r.requires_grad else r
    if type(obj).__name__ == "ndarray" and not copy:
        r = tt.as_tensor(obj, dtype=dtype)
    else:
        r = tt.tensor(obj, dtype=dtype)
    if requires_grad:
        r.requires_grad_(True)
    return r


def frombuffer(buffer, *, dtype, count=-1, offset=0, requires_grad=False):
    np = _np()
    npdt = {"float32": np.float32, "float64": np.float64, "int64": np.int64, "int32": np.int32, "bool": np.bool_,
            "float16": np.float16}[dtype._fg]
    a = np.frombuffer(buffer, dtype=npdt, count=count, offset=offset)
    if a.size == 0:
        raise ValueError("both buffer length (0) and count (-1) must not be 0")
    t = _core.from_numpy_shared(a, TAG) if a.flags.writeable else _t(a.copy(), dtype)
    return t.requires_grad_(True) if requires_grad else t


def logspace(start, end, steps, base=10.0, *, dtype=None, device=None, requires_grad=False, out=None):
    np = _np()
    tt = _tt()
    dt = dtype or tt.get_default_dtype()
    v = np.logspace(float(start), float(end), steps, base=base)
    return _core.tensor(v.astype(np.float64) if dt.is_floating_point else np.trunc(v).astype(np.int64), dt,
                        requires_grad, TAG)


def vander(x, N=None, increasing=False):
    if x.dim() != 1:
        raise RuntimeError("x must be a one-dimensional tensor.")
    n = x.shape[0] if N is None else N
    if n < 0:
        raise RuntimeError("N must be non-negative.")
    tt = _tt()
    if n == 0:
        return tt.zeros(x.shape[0], 0, dtype=x.dtype if x.dtype.is_floating_point else tt.int64)
    xx = x if x.dtype.is_floating_point else x.to(tt.int64)
    cols = [_core.full_like(xx, 1)]
    for _ in range(1, n):
        cols.append(cols[-1] * xx)
    r = _core.stack(cols, 1)
    return r if increasing else r.flip(1)


def rsub(input, other, *, alpha=1):
    return other - input * alpha if alpha != 1 else other - input


def scalar_tensor(s, *, dtype=None, device=None, requires_grad=False, **kw):
    tt = _tt()
    return _core.tensor(float(s), dtype or tt.get_default_dtype(), requires_grad, TAG)


def unravel_index(indices, shape):
    np = _np()
    shape = (shape,) if isinstance(shape, _b.int) else tuple(shape)
    if isinstance(indices, _T) and indices.dtype.is_floating_point:
        raise TypeError("expected 'indices' to be integer dtype, but got torch.float32")
    idx = (indices.numpy(True) if isinstance(indices, _T) else np.asarray(indices)).astype(np.int64)
    coords = []
    for n in reversed(shape):  # torch wraps with floor division, no range check
        coords.append(np.mod(idx, n))
        idx = np.floor_divide(idx, n)
    r = coords[::-1]
    return tuple(_t(np.asarray(x).astype(np.int64)) for x in r)


def empty_strided(size, stride, *, dtype=None, **kw):
    return _tt().zeros(*size, dtype=dtype)


_MISSING = object()


def frobenius_norm(input, dim=_MISSING, keepdim=False):
    if dim is _MISSING:
        raise TypeError('frobenius_norm() missing 1 required positional arguments: "dim"')
    return (input * input).sum(list(dim), keepdim).sqrt()


_NUC_WARNED = [False]


def nuclear_norm(input, dim=None, keepdim=False):
    if not _NUC_WARNED[0]:
        _NUC_WARNED[0] = True
        import warnings

        warnings.warn("at::nuclear_norm is deprecated and it is just left for JIT compatibility. It will be removed "
                      "in a future PyTorch release. Please use `linalg.matrix_norm(A, 'nuc', dim, keepdim)` instead "
                      "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:3296.)",
                      UserWarning, stacklevel=2)
    return _la().matrix_norm(input, "nuc", (-2, -1) if dim is None else dim, keepdim)


def _copy_of(name):
    def f(input, *a, **k):
        r = getattr(input, name)(*a, **k)
        if isinstance(r, (tuple, list)):
            return type(r)(x.clone() for x in r)
        return r.clone()

    f.__name__ = name + "_copy"
    return f


def is_inference(input):
    return False


def is_conj(input):
    return False


def is_neg(input):
    return False


def get_device(input):
    return -1


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


def dropout(input, p, train):
    return _F().dropout(input, p, train)


def dropout_(input, p, train):
    return _apply_inplace(input, lambda s: _F().dropout(s, p, train))


def alpha_dropout(input, p, train):
    return _F().alpha_dropout(input, p, train)


def feature_alpha_dropout(input, p, train):
    return _F().feature_alpha_dropout(input, p, train)


def feature_dropout(input, p, train):
    F = _F()
    fn = {3: getattr(F, "dropout1d", None), 4: F.dropout2d, 5: getattr(F, "dropout3d", None)}.get(input.dim())
    return fn(input, p, train) if fn is not None else F.dropout(input, p, train)


def embedding(weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False):
    return _F().embedding(indices, weight, None if padding_idx == -1 else padding_idx,
                          scale_grad_by_freq=scale_grad_by_freq, sparse=sparse)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05, cudnn_enable=True):
    return _F().layer_norm(input, list(normalized_shape), weight, bias, eps)


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05, cudnn_enabled=True):
    return _F().group_norm(input, num_groups, weight, bias, eps)


def batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, cudnn_enabled=True):
    return _F().batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


def instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps,
                  cudnn_enabled=True):
    return _F().instance_norm(input, running_mean, running_var, weight, bias, use_input_stats, momentum, eps)


def threshold(input, threshold, value):
    return _F().threshold(input, threshold, value)


def constant_pad_nd(input, pad, value=0):
    return _F().pad(input, list(pad), "constant", value)


# ---- misc torch.* API ----
class layout:
    """torch.layout (only torch.strided here)."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "torch." + self._name

    def __reduce__(self):
        return (layout, (self._name,))


class memory_format:
    """torch.memory_format (tensors here are always in contiguous_format)."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "torch." + self._name


layout.__module__ = memory_format.__module__ = "torch"
strided = layout("strided")
contiguous_format = memory_format("contiguous_format")
channels_last = memory_format("channels_last")
channels_last_3d = memory_format("channels_last_3d")
preserve_format = memory_format("preserve_format")


def compile(model=None, *, fullgraph=False, dynamic=None, backend="inductor", mode=None, options=None,
            disable=False):
    """torch.compile: runs `model` eagerly (same results, no graph capture here)."""
    if model is None:
        return lambda m: m
    return model


def typename(obj):
    if isinstance(obj, _T):
        return obj.type()
    module = getattr(type(obj), "__module__", "") or ""
    qual = type(obj).__qualname__
    if module in ("", "builtins", "__builtin__"):
        return qual
    return module + "." + qual


def _torch_range(start=0, end=None, step=1, *, dtype=None, device=None, requires_grad=False, out=None):
    import warnings

    warnings.warn("torch.range is deprecated and will be removed in a future release because its behavior is "
                  "inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in "
                  "[start, end).", UserWarning, stacklevel=2)
    np = _np()
    tt = _tt()
    if end is None:
        start, end = 0, start
    dt = dtype or tt.get_default_dtype()
    n = _b.int(_math.floor((end - start) / step)) + 1
    v = start + np.arange(_b.max(n, 0), dtype=np.float64) * step
    return _core.tensor(v if dt.is_floating_point else v.astype(np.int64), dt, requires_grad, TAG)


_flags = {"matmul_precision": "highest", "interop": 2, "warn_always": False}


def get_float32_matmul_precision():
    return _flags["matmul_precision"]


def set_float32_matmul_precision(precision):
    if precision not in ("highest", "high", "medium"):
        raise RuntimeError(f"Invalid value for set_float32_matmul_precision: {precision}")
    _flags["matmul_precision"] = precision


def get_num_interop_threads():
    return _flags["interop"]


def set_num_interop_threads(n):
    _flags["interop"] = n


def set_flush_denormal(mode):
    return True


def set_warn_always(b):
    _flags["warn_always"] = _b.bool(b)


def is_warn_always_enabled():
    return _flags["warn_always"]


def is_storage(obj):
    return False


def _imag_fn(input):
    raise TypeError("imag is not implemented for tensors with non-complex dtypes.")


def as_strided(input, size, stride, storage_offset=None):
    """A true view of the storage without autograd; with autograd, the same elements gathered
    differentiably (AsStridedBackward0; writes to it do not reach the input)."""
    np = _np()
    size, stride = [_b.int(v) for v in size], [_b.int(v) for v in stride]
    if len(size) != len(stride):
        raise RuntimeError("mismatch in length of strides and shape")
    if _b.any(st < 0 for st in stride):
        raise RuntimeError(f"as_strided: Negative strides are not supported at the moment, got strides: {stride}")
    own = input.storage_offset()
    off = own if storage_offset is None else _b.int(storage_offset)
    n = input._storage_numel()
    need = 0 if _b.any(v == 0 for v in size) else off + 1 + _b.sum((v - 1) * st for v, st in zip(size, stride))
    if need > n:
        it = input.element_size()
        raise RuntimeError(f"setStorage: sizes {size}, strides {stride}, storage offset {off}, and itemsize {it} "
                           f"requiring a storage size of {need * it} are out of bounds for storage of size {n * it}")
    if not _needs_grad(input):
        return input._strided_view(size, stride, off)
    idx = np.full(size, off, dtype=np.int64) if size else np.array(off, dtype=np.int64)
    for d, (k, st) in enumerate(zip(size, stride)):
        view = [1] * len(size)
        view[d] = k
        idx = idx + (np.arange(k, dtype=np.int64) * st).reshape(view)
    # positions in the storage -> positions in input (the input must cover them)
    st_in, shp = input.stride(), list(input.shape)
    pos = {}
    for p in np.ndindex(*shp):
        pos[own + _b.sum(i * s for i, s in zip(p, st_in))] = _flat_index(p, shp)
    try:
        gather = np.vectorize(lambda v: pos[_b.int(v)], otypes=[np.int64])(idx) if idx.size else idx
    except KeyError:
        raise RuntimeError("ferrograd: as_strided with autograd must stay inside the input's elements") from None
    flat = input.reshape(-1)
    r = flat[_t(gather.reshape(-1))].reshape(*size) if size else flat[_b.int(gather)]
    return r._named("AsStridedBackward0")


def _flat_index(p, shape):
    k = 0
    for i, n in zip(p, shape):
        k = k * n + i
    return k


def triangular_solve(b, A, upper=True, transpose=False, unitriangular=False):
    _warn_once("torch.triangular_solve is deprecated in favor of torch.linalg.solve_triangularand will be removed "
                  "in a future PyTorch release.\ntorch.linalg.solve_triangular has its arguments reversed and does "
                  "not return a copy of one of the inputs.\nX = torch.triangular_solve(B, A).solution\nshould be "
                  "replaced with\nX = torch.linalg.solve_triangular(A, B).")
    from ._composite import tril, triu

    M = triu(A) if upper else tril(A)
    if unitriangular:
        n = A.shape[-1]
        eye = _core.eye(n, n, A.dtype, False, TAG)
        M = M * (1 - eye) + eye
    if transpose:
        M = M.transpose(-2, -1)
    x = _la().solve(M, b)
    return _tt().return_types.triangular_solve(x, A.clone())


def _getrf(a):
    """LAPACK getf2 (partial pivoting, unit lower L) in a's precision: (LU, 1-based pivots, info)."""
    np = _np()
    a = a.copy()
    m, n = a.shape
    k = _b.min(m, n)
    piv = np.zeros(k, dtype=np.int32)
    info = 0
    for j in range(k):
        p = j + _b.int(np.argmax(np.abs(a[j:, j])))
        piv[j] = p + 1
        if a[p, j] != 0:
            if p != j:
                a[[j, p], :] = a[[p, j], :]
            a[j + 1:, j] = a[j + 1:, j] * (a.dtype.type(1) / a[j, j])
        elif info == 0:
            info = j + 1
        if j + 1 < k or j + 1 < n:
            a[j + 1:, j + 1:] -= np.outer(a[j + 1:, j], a[j, j + 1:]).astype(a.dtype)
    return a, piv, info


_warned_once = set()


def _warn_once(msg, stacklevel=3):
    """torch's TORCH_WARN_ONCE: the first call in the process only."""
    import warnings

    if msg not in _warned_once:
        _warned_once.add(msg)
        warnings.warn(msg, UserWarning, stacklevel=stacklevel)


_lu_warn = _warn_once


def lu(A, pivot=True, get_infos=False, out=None):
    np = _np()
    tt = _tt()
    _lu_warn("torch.lu is deprecated in favor of torch.linalg.lu_factor / torch.linalg.lu_factor_ex and will be "
             "removed in a future PyTorch release.\nLU, pivots = torch.lu(A, compute_pivots)\nshould be replaced "
             "with\nLU, pivots = torch.linalg.lu_factor(A, compute_pivots)\nand\nLU, pivots, info = torch.lu(A, "
             "compute_pivots, get_infos=True)\nshould be replaced with\nLU, pivots, info = "
             "torch.linalg.lu_factor_ex(A, compute_pivots)")
    a = A.detach().numpy(True)
    batch = a.shape[:-2]
    flat = a.reshape((-1,) + a.shape[-2:])
    res = [_getrf(m) for m in flat]
    LU = np.stack([r[0] for r in res]).reshape(a.shape) if res else a.copy()
    piv = np.stack([r[1] for r in res]).reshape(batch + (_b.min(a.shape[-2:]),)) if res else np.zeros(0, np.int32)
    info = np.array([r[2] for r in res], dtype=np.int32).reshape(batch)
    out_lu, out_piv = _t(np.ascontiguousarray(LU), A.dtype), _t(np.ascontiguousarray(piv), tt.int32)
    if get_infos:
        return tt.return_types._lu_with_info(out_lu, out_piv, _t(info, tt.int32))
    return (out_lu, out_piv)


def _perm_of(piv, m):
    perm = list(range(m))
    for i, p in enumerate(piv):
        p = _b.int(p) - 1
        perm[i], perm[p] = perm[p], perm[i]
    return perm


def _lu_solve_method(self, LU_data, LU_pivots):
    return lu_solve(self, LU_data, LU_pivots)


def lu_unpack(LU_data, LU_pivots, unpack_data=True, unpack_pivots=True):
    np = _np()
    tt = _tt()
    a = LU_data.detach().numpy(True)
    m, n = a.shape[-2:]
    k = _b.min(m, n)
    L = np.tril(a[..., :, :k], -1) + np.eye(m, k, dtype=a.dtype)
    U = np.triu(a[..., :k, :])
    piv = LU_pivots.numpy(True).reshape((-1, k))
    Ps = []
    for row in piv:
        perm = _perm_of(row, m)
        P = np.zeros((m, m), dtype=a.dtype)
        P[perm, np.arange(m)] = 1  # A = P L U: row i of L U is row perm[i] of A
        Ps.append(P)
    P = np.stack(Ps).reshape(a.shape[:-2] + (m, m))
    return tt.return_types.lu_unpack(_t(np.ascontiguousarray(P), LU_data.dtype),
                                     _t(np.ascontiguousarray(L), LU_data.dtype),
                                     _t(np.ascontiguousarray(U), LU_data.dtype))


def lu_solve(b, LU_data, LU_pivots, *, out=None):
    np = _np()
    _lu_warn("torch.lu_solve is deprecated in favor of torch.linalg.lu_solveand will be removed in a future PyTorch "
             "release.\nNote that torch.linalg.lu_solve has its arguments reversed.\nX = torch.lu_solve(B, LU, "
             "pivots)\nshould be replaced with\nX = torch.linalg.lu_solve(LU, pivots, B)")
    lu_a = LU_data.detach().numpy(True)
    B = np.broadcast_to(b.detach().numpy(True), lu_a.shape[:-2] + b.shape[-2:]).astype(lu_a.dtype)
    n = lu_a.shape[-1]
    piv = LU_pivots.numpy(True).reshape((-1, n))
    outs = []
    for A, bb, pv in zip(lu_a.reshape((-1, n, n)), B.reshape((-1,) + B.shape[-2:]), piv):
        x = bb.copy()
        for i, p in enumerate(pv):  # getrs: row interchanges, then L (unit) and U solves (reference BLAS order)
            p = _b.int(p) - 1
            if p != i:
                x[[i, p], :] = x[[p, i], :]
        for kk in range(n):
            x[kk + 1:, :] -= np.outer(A[kk + 1:, kk], x[kk, :]).astype(x.dtype)
        for kk in range(n - 1, -1, -1):
            x[kk, :] = x[kk, :] / A[kk, kk]
            x[:kk, :] -= np.outer(A[:kk, kk], x[kk, :]).astype(x.dtype)
        outs.append(x)
    r = np.stack(outs).reshape(B.shape)
    return _out(_t(np.ascontiguousarray(r), LU_data.dtype), out)


def index_put(input, indices, values, accumulate=False):
    """torch.index_put / Tensor.index_put (accumulate=True adds, duplicates included; differentiable)."""
    tt = _tt()
    indices = tuple(indices)
    if not accumulate:
        r = input.clone()
        r[indices] = values
        return r
    n = input.numel()
    pos = _core.arange(0, n, 1, tt.int64, False, TAG).reshape(*input.shape)[indices]
    v = values if isinstance(values, _T) else _t(values, input.dtype)
    v = v.to(input.dtype).expand(*pos.shape) if tuple(v.shape) != tuple(pos.shape) else v.to(input.dtype)
    add = v.reshape(-1)._index_add_into(0, pos.reshape(-1), [n]).reshape(*input.shape)
    return (input + add)._named("IndexPutBackward0")


def index_put_(self, indices, values, accumulate=False):
    if not accumulate:
        self[tuple(indices)] = values
        return self
    return _apply_inplace(self, lambda s: index_put(s, indices, values, True))


def _storage_method(self):
    from . import _storage

    return _storage.storage(self)


def _untyped_storage_method(self):
    from . import _storage

    return _storage.untyped_storage(self)


def _histogram_method(self, bins=100, *, range=None, weight=None, density=False):
    return histogram(self, bins, range=range, weight=weight, density=density)


# ---- legacy tensor types (torch.FloatTensor & co.) ----
_LEGACY = {"FloatTensor": "float32", "DoubleTensor": "float64", "HalfTensor": "float16",
           "BFloat16Tensor": "bfloat16", "LongTensor": "int64", "IntTensor": "int32", "BoolTensor": "bool"}
_OPT_NAMES = {"float32": "float", "float64": "double", "float16": "c10::Half", "bfloat16": "c10::BFloat16",
              "int64": "long int", "int32": "int", "bool": "bool"}


class tensortype(type):
    """The metaclass of torch.FloatTensor & co.: calling one builds a tensor of its dtype, isinstance
    checks the dtype."""

    @property
    def dtype(cls):
        return getattr(_tt(), cls._dtype_name)

    def __instancecheck__(cls, obj):
        return isinstance(obj, _T) and obj.dtype is cls.dtype

    def __repr__(cls):
        return f"<class 'torch.{cls.__name__}'>"

    def __call__(cls, *args, **kw):
        tt = _tt()
        dtype = cls.dtype
        if not args:
            return tt.zeros(0, dtype=dtype)
        if len(args) == 1 and isinstance(args[0], _T):
            if args[0].dtype is not dtype:
                opts = "device=cpu, layout=Strided, requires_grad=false (default), pinned_memory=false (default), " \
                       "memory_format=(nullopt))"
                raise TypeError(f"expected TensorOptions(dtype={_OPT_NAMES[dtype._fg]}, {opts} (got TensorOptions("
                                f"dtype={_OPT_NAMES[args[0].dtype._fg]}, {opts})")
            return args[0]
        if len(args) == 1 and isinstance(args[0], tt.Size):
            return tt.zeros(*args[0], dtype=dtype)
        if len(args) == 1 and not isinstance(args[0], _b.int):
            return _core.tensor(args[0], dtype, False, TAG)
        return tt.zeros(*args, dtype=dtype)


def _legacy_types():
    out = {}
    for name, dt in _LEGACY.items():
        cls = tensortype(name, (), {"_dtype_name": dt, "__module__": "torch"})
        out[name] = cls
    return out


def set_default_tensor_type(t):
    _warn_once("torch.set_default_tensor_type() is deprecated as of PyTorch 2.1, please use "
               "torch.set_default_dtype() and torch.set_default_device() as alternatives.")
    tt = _tt()
    if isinstance(t, str):
        t = getattr(tt, t.split(".")[-1])
    tt.set_default_dtype(t.dtype)


def _type_method(old):
    def type(self, dtype=None, non_blocking=False, **kw):
        if isinstance(dtype, tensortype):
            dtype = dtype.dtype
        return old(self, dtype, **kw) if dtype is not None else old(self)

    return type


# ---- torch.cond / torch.while_loop (eager) ----
def cond(pred, true_fn, false_fn, operands=()):
    p = pred.item() if isinstance(pred, _T) else pred
    return (true_fn if p else false_fn)(*tuple(operands))


def while_loop(cond_fn, body_fn, carried_inputs, additional_inputs=None):
    extra = tuple(additional_inputs or ())
    vals = tuple(carried_inputs)
    while _b.bool(cond_fn(*vals, *extra)):
        vals = tuple(body_fn(*vals, *extra))
    return vals


def nonzero_static(input, *, size, fill_value=-1):
    np = _np()
    a = input.numpy(True)
    idx = np.stack(np.nonzero(a), axis=1).astype(np.int64) if a.ndim else np.zeros((int(a != 0), 0), np.int64)
    out = np.full((size, _b.max(a.ndim, 0)), fill_value, dtype=np.int64)
    k = _b.min(size, idx.shape[0])
    out[:k] = idx[:k]
    return _t(out)


def is_set_to(self, tensor):
    return (self._storage_ptr() == tensor._storage_ptr() and tuple(self.shape) == tuple(tensor.shape)
            and tuple(self.stride()) == tuple(tensor.stride()))


def histogramdd(input, bins=10, *, range=None, weight=None, density=False):
    np = _np()
    tt = _tt()
    a = input.numpy(True)
    d = a.shape[-1]
    pts = a.reshape(-1, d)
    w = None if weight is None else weight.numpy(True).reshape(-1)
    if isinstance(bins, (list, tuple)) and bins and isinstance(bins[0], _T):
        edges = [b.numpy(True).astype(np.float64) for b in bins]
    else:
        nb = [bins] * d if isinstance(bins, _b.int) else list(bins)
        if range is not None:
            lims = [(range[2 * i], range[2 * i + 1]) for i in _b.range(d)]
        else:
            lims = [(float(pts[:, i].min()), float(pts[:, i].max())) if pts.size else (0.0, 0.0)
                    for i in _b.range(d)]
        edges = [np.linspace(lo, hi, n + 1) for (lo, hi), n in zip(lims, nb)]
    h, e = np.histogramdd(pts.astype(np.float64), bins=edges, weights=w, density=density)
    return tt.return_types.histogramdd(_t(h.astype(a.dtype)), tuple(_t(x.astype(a.dtype)) for x in e))


# ---- small torch.* utilities ----
def compiled_with_cxx11_abi():
    return True


def is_vulkan_available():
    return False


def init_num_threads():
    return None


_DEBUG_MODES = {"default": 0, "warn": 1, "error": 2, 0: 0, 1: 1, 2: 2}


def set_deterministic_debug_mode(debug_mode):
    if debug_mode not in _DEBUG_MODES:
        raise RuntimeError(f"invalid value of debug_mode, expected one of `default`, `warn`, `error`, but got "
                           f"{debug_mode}")
    m = _DEBUG_MODES[debug_mode]
    _tt().use_deterministic_algorithms(m > 0, warn_only=m == 1)


def get_deterministic_debug_mode():
    tt = _tt()
    if not tt.are_deterministic_algorithms_enabled():
        return 0
    return 1 if tt.is_deterministic_algorithms_warn_only_enabled() else 2


def as_strided_scatter(input, src, size, stride, storage_offset=None):
    off = 0 if storage_offset is None else storage_offset
    return _scatter_view(input, src, lambda p: p.as_strided(size, stride, off), "AsStridedScatterBackward0")


def slice_copy(input, dim=0, start=None, end=None, step=1):
    sl = [slice(None)] * input.dim()
    sl[dim] = slice(start, end, step)
    return input[tuple(sl)].clone()


def norm_except_dim(v, pow=2, dim=0):
    if dim == -1:
        return v.norm(pow)
    d = dim % v.dim()
    others = [i for i in _b.range(v.dim()) if i != d]
    r = v.abs().pow(pow).sum(others, True).pow(1.0 / pow) if others else v.abs()
    return r


def convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups):
    F = _F()
    n = input.dim() - 2
    if transposed:
        fn = getattr(F, f"conv_transpose{n}d")
        return fn(input, weight, bias, stride, padding, output_padding, groups, dilation)
    return getattr(F, f"conv{n}d")(input, weight, bias, stride, padding, dilation, groups)


def _to_dense(self, dtype=None, *, masked_grad=None):
    return self if dtype is None else self.to(dtype)


class _Version:
    """torch.version"""

    def __init__(self):
        self.__version__ = _tt().__version__
        self.cuda = None
        self.hip = None
        self.xpu = None
        self.debug = False
        self.git_version = "unknown"

    def __repr__(self):
        return "<module 'torch.version'>"


# names resolved on torch.nn.functional at call time (same signature in both namespaces)
F_ALIASES = (
    "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "cosine_similarity",
    "pairwise_distance", "pdist", "pixel_shuffle", "pixel_unshuffle", "celu", "selu", "rrelu", "bilinear", "kl_div",
    "binary_cross_entropy_with_logits", "margin_ranking_loss", "hinge_embedding_loss", "cosine_embedding_loss",
    "triplet_margin_loss", "poisson_nll_loss", "ctc_loss", "max_pool1d", "max_pool2d", "max_pool3d", "avg_pool1d",
    "adaptive_avg_pool1d", "adaptive_max_pool1d", "channel_shuffle", "hardshrink", "rms_norm", "embedding_bag",
    "max_pool1d_with_indices",
)


def f_alias(name):
    F = _F()
    fn = getattr(F, name, None)
    if fn is None:
        return None
    if name == "max_pool1d_with_indices":
        def g(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
            return fn(input, kernel_size, stride or None, padding, dilation, ceil_mode, True)
        return g
    return fn


def _inplace_F(name):
    def f(input, *a, **k):
        return _apply_inplace(input, lambda s: getattr(_F(), name)(s, *a, **k))

    f.__name__ = name + "_"
    return f


FUNCTIONS = {
    "lgamma": lgamma, "digamma": digamma, "polygamma": polygamma, "erfinv": erfinv, "i0": i0, "sinc": sinc,
    "acosh": acosh, "arccosh": arccosh, "mvlgamma": mvlgamma, "logaddexp2": logaddexp2,
    "logcumsumexp": logcumsumexp, "cumsum": cumsum, "fmax": fmax, "fmin": fmin, "gcd": gcd, "lcm": lcm,
    "ldexp": ldexp, "frexp": frexp, "nextafter": nextafter, "angle": angle, "positive": positive,
    "isreal": isreal, "real": real, "resolve_conj": resolve, "resolve_neg": resolve, "conj": resolve,
    "conj_physical": resolve, "hardshrink": hardshrink, "prelu": prelu, "vdot": vdot, "nanmedian": nanmedian,
    "greater": _T.gt, "greater_equal": _T.ge, "less": _T.lt, "less_equal": _T.le, "not_equal": _T.ne,
    "swapdims": _T.transpose, "index_copy": index_copy, "index_fill": index_fill, "index_reduce": index_reduce,
    "scatter_reduce": scatter_reduce, "masked_scatter": masked_scatter, "select_scatter": select_scatter,
    "slice_scatter": slice_scatter, "diagonal_scatter": diagonal_scatter, "diagflat": diagflat, "put": put,
    "renorm": renorm, "split_with_sizes": split_with_sizes, "unsafe_split": _T.split, "unsafe_chunk": _T.chunk,
    "unsafe_split_with_sizes": split_with_sizes, "dsplit": dsplit, "atleast_3d": atleast_3d, "logdet": logdet,
    "slogdet": slogdet, "pinverse": pinverse, "matrix_exp": matrix_exp, "qr": _removed("qr"), "svd": _svd_method,
    "cholesky": _removed("cholesky"), "cholesky_inverse": cholesky_inverse, "cholesky_solve": cholesky_solve,
    "lstsq": _removed("lstsq"), "solve": _removed("solve"), "matrix_rank": _removed("matrix_rank"),
    "symeig": _removed("symeig"), "eig": _removed("eig"),
    "is_same_size": is_same_size, "is_signed": is_signed, "is_inference": is_inference, "is_conj": is_conj,
    "is_neg": is_neg, "get_device": get_device, "addr": addr, "adjoint": adjoint,
    "hann_window": hann_window, "hamming_window": hamming_window, "blackman_window": blackman_window,
    "bartlett_window": bartlett_window, "kaiser_window": kaiser_window, "combinations": combinations,
    "chain_matmul": chain_matmul, "gradient": gradient, "trapezoid": trapezoid, "trapz": trapz,
    "cumulative_trapezoid": cumulative_trapezoid, "histogram": histogram, "asarray": asarray,
    "frombuffer": frombuffer, "logspace": logspace, "vander": vander, "rsub": rsub, "scalar_tensor": scalar_tensor,
    "unravel_index": unravel_index, "empty_strided": empty_strided, "frobenius_norm": frobenius_norm,
    "nuclear_norm": nuclear_norm, "dropout": dropout, "dropout_": dropout_, "alpha_dropout": alpha_dropout,
    "feature_alpha_dropout": feature_alpha_dropout, "feature_dropout": feature_dropout, "embedding": embedding,
    "layer_norm": layer_norm, "group_norm": group_norm, "batch_norm": batch_norm, "instance_norm": instance_norm,
    "threshold": threshold, "constant_pad_nd": constant_pad_nd, "narrow_copy": narrow_copy,
    "erfc_": erfc_,
    "threshold_": _inplace_F("threshold"), "celu_": _inplace_F("celu"), "selu_": _inplace_F("selu"),
    "rrelu_": _inplace_F("rrelu"), "alpha_dropout_": _inplace_F("alpha_dropout"),
    "strided": strided, "contiguous_format": contiguous_format, "channels_last": channels_last,
    "channels_last_3d": channels_last_3d, "preserve_format": preserve_format, "layout": layout,
    "memory_format": memory_format, "compile": compile, "typename": typename, "range": _torch_range,
    "get_float32_matmul_precision": get_float32_matmul_precision,
    "set_float32_matmul_precision": set_float32_matmul_precision,
    "get_num_interop_threads": get_num_interop_threads, "set_num_interop_threads": set_num_interop_threads,
    "set_flush_denormal": set_flush_denormal, "set_warn_always": set_warn_always,
    "is_warn_always_enabled": is_warn_always_enabled, "is_storage": is_storage, "imag": _imag_fn,
    "as_strided": as_strided, "triangular_solve": triangular_solve, "index_put": index_put, "igamma": igamma,
    "compiled_with_cxx11_abi": compiled_with_cxx11_abi, "is_vulkan_available": is_vulkan_available,
    "init_num_threads": init_num_threads, "set_deterministic_debug_mode": set_deterministic_debug_mode,
    "get_deterministic_debug_mode": get_deterministic_debug_mode, "as_strided_scatter": as_strided_scatter,
    "slice_copy": slice_copy, "norm_except_dim": norm_except_dim, "convolution": convolution,
    "has_lapack": True, "has_mkl": True, "has_openmp": True, "has_spectral": True,
    "tensortype": tensortype, "set_default_tensor_type": set_default_tensor_type, "cond": cond,
    "while_loop": while_loop, "nonzero_static": nonzero_static, "histogramdd": histogramdd, "poisson": poisson,
    "fill": fill,
    "igammac": igammac, "lu": lu, "lu_unpack": lu_unpack, "lu_solve": lu_solve,
    "ger": lambda input, vec2: input.ger(vec2),
    "e": _math.e, "pi": _math.pi, "inf": _math.inf, "nan": _math.nan, "newaxis": None,
}
for _n in ("detach", "expand", "permute", "squeeze", "unsqueeze", "t", "transpose", "unbind", "unfold", "view",
           "diagonal", "select", "split", "split_with_sizes", "alias"):
    FUNCTIONS[_n + "_copy"] = _copy_of(_n) if _n not in ("split_with_sizes", "diagonal", "alias") else None
FUNCTIONS["split_with_sizes_copy"] = lambda input, split_sizes, dim=0: tuple(
    x.clone() for x in split_with_sizes(input, split_sizes, dim))
FUNCTIONS["diagonal_copy"] = lambda input, offset=0, dim1=0, dim2=1: input.diagonal(offset, dim1, dim2).clone()
FUNCTIONS["alias_copy"] = lambda input: input.clone()
del _n

# names of in-place / alias Tensor methods filled by register()
_INPLACE_OF_METHOD = (
    "acosh", "arccosh", "lgamma", "digamma", "erfinv", "i0", "sinc", "ldexp", "gcd", "lcm", "nextafter", "igamma",
    "igammac",
    "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not",
    "bitwise_left_shift", "bitwise_right_shift", "addmm", "addmv", "addbmm", "baddbmm", "addr", "arctan2", "atan2",
    "index_copy", "index_fill", "index_reduce", "masked_scatter", "scatter_reduce", "put", "renorm", "xlogy",
    "asinh", "atanh", "arcsin", "arccos", "arctan", "arcsinh", "arctanh", "negative", "absolute", "subtract",
    "multiply", "divide", "sgn", "mvlgamma", "fmod", "frac", "hypot", "copysign",
)


# these replace older versions (cumsum had no autograd, storage_offset was always 0, layout a string,
# index_put without accumulate)
_OVERRIDE = ("cumsum", "storage_offset", "layout", "index_put", "index_put_")


def register(ns, ext):
    """Adds the functions to the torch namespace `ns` and the Tensor methods to the dialect's `ext` dict."""
    ns.setdefault("version", _Version())
    for name, cls in _legacy_types().items():
        ns.setdefault(name, cls)
    if "type" in ext:
        ext["type"] = _type_method(ext["type"])
    rt, mk = ns["return_types"], ns["_named_ret"]
    for name, fields in (("frexp", ("mantissa", "exponent")), ("slogdet", ("sign", "logabsdet")),
                         ("qr", ("Q", "R")), ("svd", ("U", "S", "V")), ("histogram", ("hist", "bin_edges")),
                         ("nanmedian", ("values", "indices")),
                         ("triangular_solve", ("solution", "cloned_coefficient")),
                         ("lu_unpack", ("P", "L", "U")), ("histogramdd", ("hist", "bin_edges")),
                         ("_lu_with_info", ("LU", "pivots", "info"))):
        if not hasattr(rt, name):
            setattr(rt, name, mk(name, fields))
    for name, fn in FUNCTIONS.items():
        if name not in ns or name in _OVERRIDE:
            ns[name] = fn
    methods = {
        "acosh": acosh, "arccosh": acosh, "lgamma": lgamma, "digamma": digamma, "erfinv": erfinv, "i0": i0,
        "sinc": sinc, "mvlgamma": mvlgamma, "logaddexp2": logaddexp2, "logcumsumexp": logcumsumexp,
        "cumsum": cumsum, "cumsum_": cumsum_, "cumprod_": cumprod_, "fmax": fmax, "fmin": fmin, "gcd": gcd,
        "lcm": lcm, "ldexp": ldexp, "frexp": frexp, "nextafter": nextafter, "angle": angle, "positive": positive,
        "isreal": isreal, "resolve_conj": resolve, "resolve_neg": resolve, "conj": resolve,
        "conj_physical": resolve, "conj_physical_": resolve, "hardshrink": hardshrink, "prelu": prelu,
        "vdot": vdot, "nanmedian": nanmedian,
        "polygamma": lambda self, n: polygamma(n, self),
        "polygamma_": lambda self, n: _apply_inplace(self, lambda s: polygamma(n, s)._named("PolygammaBackward1")),
        "greater": _T.gt, "greater_equal": _T.ge, "less": _T.lt, "less_equal": _T.le, "not_equal": _T.ne,
        "swapdims": _T.transpose, "index_copy": index_copy, "index_fill": index_fill, "index_reduce": index_reduce,
        "scatter_reduce": scatter_reduce, "masked_scatter": masked_scatter, "select_scatter": select_scatter,
        "slice_scatter": slice_scatter, "diagonal_scatter": diagonal_scatter, "diagflat": diagflat,
        "fill_diagonal_": fill_diagonal_, "put": put, "renorm": renorm, "split_with_sizes": split_with_sizes,
        "unsafe_split": _T.split, "unsafe_chunk": _T.chunk, "unsafe_split_with_sizes": split_with_sizes,
        "dsplit": dsplit, "logdet": logdet, "slogdet": slogdet, "pinverse": pinverse, "matrix_exp": matrix_exp,
        "qr": _removed("qr"), "svd": _svd_method, "cholesky": _removed("cholesky"),
        "cholesky_inverse": cholesky_inverse,
        "cholesky_solve": cholesky_solve, "lstsq": _removed("lstsq"), "solve": _removed("solve"),
        "symeig": _removed("symeig"), "eig": _removed("eig"), "addr": addr, "adjoint": adjoint,
        "float_power_": float_power_, "heaviside_": heaviside_, "erfc_": erfc_, "sgn_": sgn_,
        "is_same_size": is_same_size, "is_signed": is_signed, "is_inference": is_inference,
        "is_conj": is_conj, "is_neg": is_neg, "get_device": get_device, "data_ptr": data_ptr,
        "const_data_ptr": data_ptr, "storage_offset": storage_offset, "new": _new,
        "new_empty_strided": new_empty_strided, "narrow_copy": narrow_copy, "dim_order": dim_order,
        "as_strided": as_strided, "triangular_solve": triangular_solve, "histogram": _histogram_method,
        "nonzero_static": nonzero_static, "is_set_to": is_set_to,
        "as_strided_scatter": as_strided_scatter, "to_dense": _to_dense,
        "cauchy_": cauchy_, "geometric_": geometric_, "log_normal_": log_normal_,
        "storage": _storage_method, "index_put": index_put, "index_put_": index_put_, "igamma": igamma,
        "igammac": igammac, "lu": lu, "lu_solve": _lu_solve_method, "untyped_storage": _untyped_storage_method,
        "bitwise_left_shift": lambda self, other: _tt().bitwise_left_shift(self, other),
        "bitwise_right_shift": lambda self, other: _tt().bitwise_right_shift(self, other),
        "map2_": lambda self, x, y, fn: _map2(self, x, y, fn),
        "apply_": apply_, "map_": map_, "pin_memory": lambda self, *a, **k: self,
        "share_memory_": lambda self: self, "is_pinned": lambda self, *a, **k: False,
        "is_shared": lambda self: False,
        "real": property(real), "imag": property(_imag), "output_nr": property(lambda self: 0),
        "itemsize": property(lambda self: self.element_size()),
        "nbytes": property(lambda self: self.element_size() * self.numel()),
        "name": property(lambda self: None), "layout": property(lambda self: strided),
        "is_cpu": property(lambda self: True),
        "is_sparse": property(lambda self: False), "is_sparse_csr": property(lambda self: False),
        "is_quantized": property(lambda self: False), "is_meta": property(lambda self: False),
        "is_nested": property(lambda self: False), "is_mkldnn": property(lambda self: False),
        "is_xla": property(lambda self: False), "is_xpu": property(lambda self: False),
        "is_mps": property(lambda self: False), "is_ipu": property(lambda self: False),
        "is_vulkan": property(lambda self: False), "is_maia": property(lambda self: False),
        "is_mtia": property(lambda self: False),
    }
    for name, fn in methods.items():
        if name in _OVERRIDE or (not hasattr(_T, name) and name not in ext):
            ext[name] = fn
    aliases = {"subtract": "sub", "subtract_": "sub_", "multiply_": "mul_", "divide_": "div_", "negative_": "neg_",
               "absolute_": "abs_", "arcsin_": "asin_", "arccos_": "acos_", "arctan_": "atan_",
               "arctan2_": "atan2_", "swapdims_": None, "greater_": "gt_", "greater_equal_": "ge_",
               "less_": "lt_", "less_equal_": "le_", "not_equal_": "ne_"}
    cmp = {"eq": "eq", "ne": "ne", "lt": "lt", "le": "le", "gt": "gt", "ge": "ge", "greater": "gt",
           "greater_equal": "ge", "less": "lt", "less_equal": "le", "not_equal": "ne"}
    for name, core in cmp.items():
        if not hasattr(_T, name + "_") and name + "_" not in ext:
            ext[name + "_"] = _cmp_inplace(core)
    for name in ("logical_and", "logical_or", "logical_xor"):
        if not hasattr(_T, name + "_") and name + "_" not in ext:
            ext[name + "_"] = _logical_inplace(name)
    for name, target in aliases.items():
        fn = ext.get(target) or getattr(_T, target, None) if target else None
        if fn is not None and not hasattr(_T, name) and name not in ext:
            ext[name] = fn
    for name in _INPLACE_OF_METHOD:
        fn = ext.get(name) or getattr(_T, name, None)
        if fn is not None and not hasattr(_T, name + "_") and name + "_" not in ext:
            ext[name + "_"] = _inplace_of(fn)
    # torch.<name>_ module functions for the new in-place methods
    for name in ("acosh_", "arccosh_", "arcsin_", "arccos_", "arctan_", "arcsinh_", "arctanh_", "asinh_",
                 "atanh_", "addmv_", "negative_", "xlogy_", "gcd_", "lcm_", "ldexp_", "i0_", "sinc_"):
        if name not in ns and name in ext:
            ns[name] = ext[name]

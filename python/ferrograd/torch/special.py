"""torch.special: special functions (scipy-style names), differentiable where torch's are.

Functions that torch.* also has are forwarded to torch.* when it exists; the others are
computed here in float64 numpy (rounded to the input's dtype) inside a custom autograd
node whose backward uses the analytic derivative.  numpy is imported lazily.
"""
import math

from .. import _core

__all__ = [
    "airy_ai", "digamma", "entr", "erf", "erfc", "erfcx", "erfinv", "exp2", "expit", "expm1", "gammaln",
    "i0", "i0e", "i1", "i1e", "log1p", "log_ndtr", "log_softmax", "logit", "logsumexp", "multigammaln",
    "ndtr", "ndtri", "polygamma", "psi", "round", "sinc", "softmax", "xlog1py", "xlogy", "zeta",
    "bessel_j0", "bessel_j1",
]


def _torch():
    from .. import torch

    return torch


def _as_tensor(x):
    torch = _torch()
    if isinstance(x, torch.Tensor):
        return x
    return torch.tensor(x)


def _float_in(x):
    torch = _torch()
    x = _as_tensor(x)
    if not x.dtype.is_floating_point:
        x = x.to(torch.get_default_dtype())
    return x


# ---------------------------------------------------------------- numpy kernels (float64)
def _np():
    import numpy as np

    return np


def _k_lgamma(a):
    np = _np()
    f = np.vectorize(lambda v: math.lgamma(v) if not (v <= 0 and v == math.floor(v)) else math.inf, otypes=[float])
    return f(a) if a.size else a.astype(float)


def _k_digamma(a):
    np = _np()
    x = np.array(a, dtype=np.float64, copy=True)
    out = np.zeros_like(x)
    pole = (x <= 0) & (x == np.floor(x))
    # reflection for negative non-integers: psi(1-x) - psi(x) = pi cot(pi x)
    neg = (x < 0) & ~pole
    refl = np.zeros_like(x)
    if neg.any():
        refl[neg] = -math.pi / np.tan(math.pi * x[neg])
        x[neg] = 1.0 - x[neg]
    y = np.where(pole, 1.0, x)
    acc = np.zeros_like(y)
    while True:
        small = y < 6.0
        if not small.any():
            break
        acc -= np.where(small, 1.0 / y, 0.0)
        y = np.where(small, y + 1.0, y)
    inv = 1.0 / y
    inv2 = inv * inv
    series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132)))))
    out = np.log(y) - 0.5 * inv - series + acc + refl
    # torch: digamma(0) = -inf, negative integers -> nan
    out = np.where(pole, np.where(x == 0, -np.inf, np.nan), out)
    return out


def _k_polygamma(n, a):
    np = _np()
    if n == 0:
        return _k_digamma(a)
    x = np.array(a, dtype=np.float64)
    # psi^(n)(x) = (-1)^(n+1) n! zeta(n+1, x)
    return ((-1.0) ** (n + 1)) * math.factorial(n) * _k_zeta(np.full_like(x, n + 1.0), x)


def _k_zeta(s, q):
    """Hurwitz zeta(s, q) for s > 1 (Euler-Maclaurin, as cephes)."""
    np = _np()
    s = np.asarray(s, dtype=np.float64)
    q = np.asarray(q, dtype=np.float64)
    s, q = np.broadcast_arrays(s, q)
    N = 9
    total = np.zeros(s.shape)
    for k in range(N):
        total = total + (q + k) ** (-s)
    a = q + N
    total = total + a ** (1 - s) / (s - 1) + 0.5 * a ** (-s)
    # Bernoulli terms B2k/(2k)!
    b = [1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6]
    fact = 1.0
    term_pow = s * a ** (-s - 1)
    for k, b2k in enumerate(b, start=1):
        fact = math.factorial(2 * k)
        total = total + b2k / fact * term_pow
        term_pow = term_pow * (s + 2 * k - 1) * (s + 2 * k) / (a * a)
    total = np.where(s == 1, np.inf, total)
    total = np.where((q <= 0) & (q == np.floor(q)), np.inf, total)
    return total


def _k_erfinv(a):
    np = _np()
    y = np.asarray(a, dtype=np.float64)
    out = np.full(y.shape, np.nan)
    inside = np.abs(y) < 1
    out = np.where(y == 1, np.inf, out)
    out = np.where(y == -1, -np.inf, out)
    yy = np.where(inside, y, 0.0)
    # Giles' single-precision approximation then Newton steps in float64
    w = -np.log((1.0 - yy) * (1.0 + yy))
    ws = w - 2.5
    p1 = 2.81022636e-08
    for c in (3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087, -0.00125372503, -0.00417768164,
              0.246640727, 1.50140941):
        p1 = c + p1 * ws
    wl = np.sqrt(np.maximum(w, 5.0)) - 3.0
    p2 = -0.000200214257
    for c in (0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047,
              1.00167406, 2.83297682):
        p2 = c + p2 * wl
    x = np.where(w < 5.0, p1, p2) * yy
    erf = np.vectorize(math.erf, otypes=[float])
    for _ in range(3):
        err = erf(x) - yy
        x = x - err / (2.0 / math.sqrt(math.pi) * np.exp(-x * x))
    return np.where(inside, x, out)


def _k_erfcx(a):
    np = _np()
    x = np.asarray(a, dtype=np.float64)
    erfc = np.vectorize(math.erfc, otypes=[float])
    small = x < 25
    direct = np.exp(np.where(small, x * x, 0.0)) * erfc(np.where(small, x, 0.0))
    # asymptotic for large x
    xl = np.where(small, 30.0, x)
    inv2 = 1.0 / (xl * xl)
    asym = 1.0 / (xl * math.sqrt(math.pi)) * (1 - 0.5 * inv2 + 0.75 * inv2 * inv2 - 1.875 * inv2 ** 3)
    return np.where(small, direct, asym)


def _k_log_ndtr(a):
    np = _np()
    x = np.asarray(a, dtype=np.float64)
    erfc = np.vectorize(math.erfc, otypes=[float])
    t = x / math.sqrt(2.0)
    big = t < -1
    direct = np.log(0.5 * erfc(-np.where(big, 0.0, t)))
    tb = np.where(big, t, -2.0)
    viaerfcx = np.log(_k_erfcx(-tb) / 2) - tb * tb
    return np.where(big, viaerfcx, direct)


def _k_i1(a):
    np = _np()
    x = np.asarray(a, dtype=np.float64)
    # series sum_{k} (x/2)^(2k+1) / (k! (k+1)!) for moderate |x|, asymptotic otherwise
    ax = np.abs(x)
    res = np.zeros_like(x)
    term = x / 2.0
    k = 0
    total = term.copy()
    while k < 500:
        k += 1
        term = term * (x * x / 4.0) / (k * (k + 1))
        total = total + term
        if np.all(np.abs(term) <= 1e-17 * np.abs(total)):
            break
    res = total
    big = ax > 700
    if big.any():
        res = np.where(big, np.sign(x) * np.inf, res)
    return res


def _k_bessel_j(order, a):
    np = _np()
    x = np.asarray(a, dtype=np.float64)
    total = np.zeros_like(x)
    term = (x / 2.0) ** order / math.factorial(order)
    total = term.copy()
    for k in range(1, 200):
        term = term * (-(x * x) / 4.0) / (k * (k + order))
        total = total + term
        if np.all(np.abs(term) <= 1e-17 * np.maximum(np.abs(total), 1e-300)):
            break
    return total


# ---------------------------------------------------------------- autograd wrapper
def _apply_np(name, x, kernel, grad=None):
    """Elementwise op computed by a float64 numpy kernel; grad(x, out, g) -> grad wrt x (tensor ops)."""
    torch = _torch()
    from .autograd.function import Function

    x = _float_in(x)
    np = _np()
    dt = x.dtype

    def compute(t):
        a = t.detach().numpy(True).astype(np.float64)
        r = np.asarray(kernel(a), dtype=np.float64).reshape(a.shape)
        return torch.tensor(r, dtype=dt)

    if grad is None or not (x.requires_grad and torch.is_grad_enabled()):
        return compute(x)

    class _Op(Function):
        @staticmethod
        def forward(ctx, inp):
            out = compute(inp)
            ctx.save_for_backward(inp, out)
            return out

        @staticmethod
        def backward(ctx, g):
            inp, out = ctx.saved_tensors
            return grad(inp, out, g)

    _Op.__name__ = name
    return _Op.apply(x)._named(name + "Backward0")


def _fwd(name):
    fn = getattr(_torch(), name, None)
    if fn is None:
        fn = getattr(_core.Tensor, name, None)
    return fn


# ---------------------------------------------------------------- public functions
def gammaln(input, *, out=None):
    fn = _fwd("lgamma")
    if fn is not None:
        return fn(input)
    return _apply_np("Lgamma", input, _k_lgamma, lambda x, o, g: g * digamma(x))


def digamma(input, *, out=None):
    fn = _fwd("digamma")
    if fn is not None:
        return fn(input)
    return _apply_np("Digamma", input, _k_digamma, lambda x, o, g: g * polygamma(1, x))


psi = digamma


def polygamma(n, input, *, out=None):
    fn = _fwd("polygamma")
    if fn is not None:
        return fn(n, input)
    n = int(n)
    if n < 0:
        raise RuntimeError("polygamma(n, x) does not support negative n.")
    return _apply_np("Polygamma", input, lambda a: _k_polygamma(n, a),
                     lambda x, o, g: g * polygamma(n + 1, x))


def multigammaln(input, p, *, out=None):
    fn = _fwd("mvlgamma")
    if fn is not None:
        return fn(input, p)
    torch = _torch()
    if p < 1:
        raise RuntimeError("p has to be greater than or equal to 1")
    x = _float_in(input)
    if bool((x <= (p - 1) / 2).any()):
        raise RuntimeError(f"All elements must be greater than (p-1)/2")
    args = torch.arange(-p * 0.5 + 0.5, 0.5, 0.5, dtype=x.dtype)
    args = args + x.unsqueeze(-1)
    r = gammaln(args).sum(-1) + p * (p - 1) / 4 * math.log(math.pi)
    return r._named("MvlgammaBackward0") if r.requires_grad else r


def erf(input, *, out=None):
    return _torch().erf(input)


def erfc(input, *, out=None):
    return _torch().erfc(input)


def erfinv(input, *, out=None):
    fn = _fwd("erfinv")
    if fn is not None:
        return fn(input)
    return _apply_np("Erfinv", input, _k_erfinv,
                     lambda x, o, g: g * (math.sqrt(math.pi) / 2) * (o * o).exp())


def erfcx(input, *, out=None):
    return _apply_np("SpecialErfcx", input, _k_erfcx,
                     lambda x, o, g: g * (2 * x * o - 2 / math.sqrt(math.pi)))


def ndtr(input, *, out=None):
    x = _float_in(input)
    return ((1 + _torch().erf(x * (1 / math.sqrt(2)))) * 0.5)._named("MulBackward1")


def ndtri(input, *, out=None):
    x = _float_in(input)
    return erfinv(2 * x - 1) * math.sqrt(2)


def log_ndtr(input, *, out=None):
    return _apply_np("SpecialLogNdtr", input, _k_log_ndtr,
                     lambda x, o, g: g * (-0.5 * x * x - o).exp() / math.sqrt(2 * math.pi))


def expit(input, *, out=None):
    return _as_tensor(input).sigmoid()


def logit(input, eps=None, *, out=None):
    return _torch().logit(input, eps)


def exp2(input, *, out=None):
    return _torch().exp2(input)


def expm1(input, *, out=None):
    return _torch().expm1(input)


def log1p(input, *, out=None):
    return _torch().log1p(input)


def round(input, decimals=0, *, out=None):
    return _torch().round(input, decimals=decimals) if decimals else _torch().round(input)


def xlogy(input, other, *, out=None):
    return _torch().xlogy(input, other)


def xlog1py(input, other, *, out=None):
    torch = _torch()
    if not isinstance(input, torch.Tensor) and not isinstance(other, torch.Tensor):
        raise TypeError("xlog1py(): argument 'input' (position 1) must be Tensor, not " + type(input).__name__)
    x = input if isinstance(input, torch.Tensor) else torch.tensor(float(input))
    y = other if isinstance(other, torch.Tensor) else torch.tensor(float(other), dtype=x.dtype)
    r = x * torch.log1p(y)
    r = torch.where(x == 0, torch.zeros_like(r), r)
    return torch.where(y.isnan(), y.expand_as(r) if y.shape != r.shape else y, r)


def entr(input, *, out=None):
    torch = _torch()
    x = _float_in(input)
    val = -x * x.log()
    val = torch.where(x == 0, torch.zeros_like(val), val)
    val = torch.where(x < 0, torch.full_like(val, -math.inf), val)
    return val._named("SpecialEntrBackward0") if val.requires_grad else val


def sinc(input, *, out=None):
    fn = _fwd("sinc")
    if fn is not None:
        return fn(input)
    torch = _torch()
    x = _float_in(input)
    px = x * math.pi
    safe = torch.where(x == 0, torch.ones_like(x), px)
    r = torch.where(x == 0, torch.ones_like(x), safe.sin() / safe)
    return r._named("SincBackward0") if r.requires_grad else r


def i0(input, *, out=None):
    fn = _fwd("i0")
    if fn is not None:
        return fn(input)
    return _apply_np("I0", input, lambda a: _np().i0(a), lambda x, o, g: g * i1(x))


def i0e(input, *, out=None):
    np = _np()
    return _apply_np("SpecialI0E", input, lambda a: np.i0(a) * np.exp(-np.abs(a)),
                     lambda x, o, g: g * (i1e(x) - x.sign() * o))


def i1(input, *, out=None):
    np = _np()

    def gr(x, o, g):
        # I1'(x) = I0(x) - I1(x)/x  (-> 1/2 at 0)
        torch = _torch()
        safe = torch.where(x == 0, torch.ones_like(x), x)
        d = i0(x) - o / safe
        return g * torch.where(x == 0, torch.full_like(x, 0.5), d)

    return _apply_np("SpecialI1", input, _k_i1, gr)


def i1e(input, *, out=None):
    np = _np()

    def gr(x, o, g):
        torch = _torch()
        safe = torch.where(x == 0, torch.ones_like(x), x)
        d = i0e(x) - o * (x.sign() + 1 / safe)
        return g * torch.where(x == 0, torch.full_like(x, 0.5), d)

    return _apply_np("SpecialI1E", input, lambda a: _k_i1(a) * np.exp(-np.abs(a)), gr)


def bessel_j0(input, *, out=None):
    return _apply_np("SpecialBesselJ0", input, lambda a: _k_bessel_j(0, a),
                     lambda x, o, g: -g * bessel_j1(x))


def bessel_j1(input, *, out=None):
    return _apply_np("SpecialBesselJ1", input, lambda a: _k_bessel_j(1, a), _j1_grad)


def _j1_grad(x, o, g):
    torch = _torch()
    safe = torch.where(x == 0, torch.ones_like(x), x)
    d = bessel_j0(x) - o / safe
    return g * torch.where(x == 0, torch.full_like(x, 0.5), d)


def airy_ai(input, *, out=None):
    raise NotImplementedError("ferrograd: torch.special.airy_ai is not implemented")


def zeta(input, other, *, out=None):
    torch = _torch()
    x = _float_in(input)
    q = other if isinstance(other, torch.Tensor) else torch.tensor(float(other), dtype=x.dtype)
    shape = torch.broadcast_shapes(tuple(x.shape), tuple(q.shape))
    np = _np()
    xs = np.broadcast_to(x.detach().numpy(True).astype(np.float64), shape)
    qs = np.broadcast_to(q.detach().numpy(True).astype(np.float64), shape)
    r = _k_zeta(xs, qs)
    r = np.where(xs < 1, np.nan, r)
    return torch.tensor(np.ascontiguousarray(r), dtype=x.dtype)


def log_softmax(input, dim, *, dtype=None):
    return _as_tensor(input).log_softmax(dim, dtype=dtype) if dtype is not None else _as_tensor(input).log_softmax(dim)


def softmax(input, dim, *, dtype=None):
    return _as_tensor(input).softmax(dim, dtype=dtype) if dtype is not None else _as_tensor(input).softmax(dim)


def logsumexp(input, dim, keepdim=False, *, out=None):
    return _as_tensor(input).logsumexp(dim, keepdim)


# ---------------------------------------------------------------- orthogonal polynomials (ATen Math.h recurrences)
def _poly_scalar(kind, x, n, T):
    import numpy as np

    one = T(1.0)
    if n < 0:
        return T(0.0)
    ax = abs(x)
    if kind == "t":
        if ax == one:
            return one if (x > 0 or n % 2 == 0) else T(-1.0)
        if n > 6 and ax < one:
            return T(np.cos(T(n) * np.arccos(x)))
        if n == 0:
            return one
        if n == 1:
            return x
        p, q = one, x
    elif kind == "u":
        if ax == one:
            return T(n + 1) if (x > 0 or n % 2 == 0) else T(-(n + 1))
        if n > 8 and ax < one:
            s = T(np.sin(np.arccos(x)))
            if s != 0:
                return T(T(np.sin(T(n + 1) * np.arccos(x))) / s)
            return T(T(n + 1) * T(np.cos(T(n + 1) * np.arccos(x))) / x)
        if n == 0:
            return one
        if n == 1:
            return T(x + x)
        p, q = one, T(x + x)
    elif kind == "v":
        if ax == one:
            if x > 0:
                return one
            return T(n + n + 1) if n % 2 == 0 else T(-(n + n + 1))
        if n > 8 and ax < one:
            if T(np.sin(T(np.arccos(x)) / T(2.0))) != one:
                return T(T(np.cos(T(n + T(0.5)) * np.arccos(x))) / T(np.cos(T(np.arccos(x)) / T(2.0))))
            return T(n + n + 1) if n % 2 == 0 else T(-(n + n + 1))
        if n == 0:
            return one
        if n == 1:
            return T(x + x - one)
        p, q = one, T(x + x - one)
    elif kind == "w":
        if ax == one:
            if x > 0:
                return T(n + n + 1)
            return one if n % 2 == 0 else T(-1.0)
        if n > 8 and ax < one:
            if T(np.cos(T(np.arccos(x)) / T(2.0))) != one:
                return T(T(np.sin(T(n + T(0.5)) * np.arccos(x))) / T(np.sin(T(np.arccos(x)) / T(2.0))))
            if x > 0:
                return T(n + n + 1)
            return one if n % 2 == 0 else T(-1.0)
        if n == 0:
            return one
        if n == 1:
            return T(x + x + one)
        p, q = one, T(x + x + one)
    elif kind == "h":
        if n == 0:
            return one
        if n == 1:
            return T(x + x)
        if n > (128 if T is np.float32 else 512):
            return T(np.nan)
        p, q, r = one, T(x + x), T(0.0)
        for k in range(2, n + n, 2):
            r = T(float(T(x + x)) * float(q) - float(T(T(k) * p)))
            p, q = q, r
        return r
    elif kind == "he":
        if n == 0:
            return one
        if n == 1:
            return x
        if n > (128 if T is np.float32 else 512):
            return T(np.nan)
        p, q = one, x
        for k in range(1, n):
            r = T(float(x) * float(q) - float(T(T(k) * p)))
            p, q = q, r
        return r
    elif kind == "l":
        if ax == 0:
            return one
        if n == 0:
            return one
        if n == 1:
            return T(one - x)
        p, q = one, T(one - x)
        r = q
        k = 1
        while k < n and not np.isnan(q):
            r = T(T(T(T(k + k) + T(one - x)) * q - T(k) * p) / T(k + 1))
            p, q = q, r
            k += 1
        return r
    elif kind == "p":
        if ax == one:
            return one if (x > 0 or n % 2 == 0) else T(-1.0)
        if n == 0:
            return one
        if n == 1:
            return x
        p, q = one, x
        r = q
        k = 1
        while k < n and not np.isnan(q):
            r = T(T(T(T(k + k + 1) * x) * q - T(k) * p) / T(k + 1))
            p, q = q, r
            k += 1
        return r
    r = q
    k = 2
    while k <= n and not np.isnan(q):
        r = T(float(T(x + x)) * float(q) - float(p))
        p, q = q, r
        k += 1
    return r


def _poly(kind, input, n, shifted=False):
    import numpy as np

    torch = _torch()
    x = input if isinstance(input, torch.Tensor) else torch.tensor(float(input))
    nt = n if isinstance(n, torch.Tensor) else torch.tensor(n)
    dt = x.dtype if x.dtype.is_floating_point else (nt.dtype if nt.dtype.is_floating_point
                                                    else torch.get_default_dtype())
    T = np.float64 if dt == torch.float64 else np.float32
    xa = x.detach().numpy(True).astype(T)
    na = nt.detach().numpy(True)
    xb, nb = np.broadcast_arrays(xa, na)
    out = np.empty(xb.shape, dtype=T)
    for idx in np.ndindex(xb.shape):
        xv = T(xb[idx])
        if shifted:
            xv = T(xv + xv - T(1.0))
        nv = nb[idx]
        nv = -1 if (isinstance(nv, float) or np.issubdtype(type(nv), np.floating)) and not np.isfinite(nv) else int(nv)
        out[idx] = _poly_scalar(kind, xv, nv, T)
    return torch.tensor(out, dtype=dt)


def chebyshev_polynomial_t(input, n, *, out=None):
    return _poly("t", input, n)


def chebyshev_polynomial_u(input, n, *, out=None):
    return _poly("u", input, n)


def chebyshev_polynomial_v(input, n, *, out=None):
    return _poly("v", input, n)


def chebyshev_polynomial_w(input, n, *, out=None):
    return _poly("w", input, n)


def shifted_chebyshev_polynomial_t(input, n, *, out=None):
    return _poly("t", input, n, True)


def shifted_chebyshev_polynomial_u(input, n, *, out=None):
    return _poly("u", input, n, True)


def shifted_chebyshev_polynomial_v(input, n, *, out=None):
    return _poly("v", input, n, True)


def shifted_chebyshev_polynomial_w(input, n, *, out=None):
    return _poly("w", input, n, True)


def hermite_polynomial_h(input, n, *, out=None):
    return _poly("h", input, n)


def hermite_polynomial_he(input, n, *, out=None):
    return _poly("he", input, n)


def laguerre_polynomial_l(input, n, *, out=None):
    return _poly("l", input, n)


def legendre_polynomial_p(input, n, *, out=None):
    return _poly("p", input, n)


__all__ += ["chebyshev_polynomial_t", "chebyshev_polynomial_u", "chebyshev_polynomial_v", "chebyshev_polynomial_w",
            "shifted_chebyshev_polynomial_t", "shifted_chebyshev_polynomial_u", "shifted_chebyshev_polynomial_v",
            "shifted_chebyshev_polynomial_w", "hermite_polynomial_h", "hermite_polynomial_he",
            "laguerre_polynomial_l", "legendre_polynomial_p"]


# ---------------------------------------------------------------- regularised incomplete gamma
def _igam_scalar(a, x, upper):
    if x < 0 or a < 0 or math.isnan(a) or math.isnan(x):
        return math.nan
    if a == 0:
        if x > 0:
            return 1.0 if not upper else 0.0
        return math.nan
    if x == 0:
        return 0.0 if not upper else 1.0
    if math.isinf(a):
        if math.isinf(x):
            return math.nan
        return 0.0 if not upper else 1.0
    if math.isinf(x):
        return 1.0 if not upper else 0.0
    lg = math.lgamma(a)
    if x < a + 1:
        ap, total, delta = a, 1.0 / a, 1.0 / a
        for _ in range(1000):
            ap += 1
            delta *= x / ap
            total += delta
            if abs(delta) < abs(total) * 1e-17:
                break
        p = total * math.exp(-x + a * math.log(x) - lg)
        return 1.0 - p if upper else p
    tiny = 1e-300
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        if abs(d) < tiny:
            d = tiny
        c = b + an / c
        if abs(c) < tiny:
            c = tiny
        d = 1 / d
        de = d * c
        h *= de
        if abs(de - 1) < 1e-17:
            break
    q = math.exp(-x + a * math.log(x) - lg) * h
    return q if upper else 1.0 - q


def _igam(input, other, upper, name):
    import numpy as np

    torch = _torch()
    a = input if isinstance(input, torch.Tensor) else torch.tensor(float(input))
    x = other if isinstance(other, torch.Tensor) else torch.tensor(float(other), dtype=a.dtype)
    dt = a.dtype if a.dtype.is_floating_point else torch.get_default_dtype()
    aa, xx = np.broadcast_arrays(a.detach().numpy(True).astype(np.float64), x.detach().numpy(True).astype(np.float64))
    out = np.array([_igam_scalar(float(av), float(xv), upper) for av, xv in zip(aa.reshape(-1), xx.reshape(-1))],
                   dtype=np.float64).reshape(aa.shape)
    res = torch.tensor(out, dtype=dt)
    if x.requires_grad and torch.is_grad_enabled():
        from .autograd.function import Function

        sign = -1.0 if upper else 1.0

        class _Igamma(Function):
            @staticmethod
            def forward(ctx, xin):
                ctx.save_for_backward(xin)
                return res

            @staticmethod
            def backward(ctx, g):
                (xin,) = ctx.saved_tensors
                av = a.detach().to(xin.dtype)
                d = (-xin + (av - 1) * xin.log() - gammaln(av)).exp() * sign
                return g * d

        return _Igamma.apply(x)._named(name)
    return res


def gammainc(input, other, *, out=None):
    return _igam(input, other, False, "IgammaBackward0")


def gammaincc(input, other, *, out=None):
    return _igam(input, other, True, "IgammacBackward0")


__all__ += ["gammainc", "gammaincc"]

# torch.special: special functions (scipy-style names), differentiable where torch's are.
#
# Functions that torch.* also has are forwarded to torch.* when it exists; the others are
# computed here in float64 numpy (rounded to the input's dtype) inside a custom autograd
# node whose backward uses the analytic derivative.  numpy is imported lazily.
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


# float64 digamma kernel used by distributions' samplers
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


def _k_zeta(s, q):
    # Hurwitz zeta(s, q) for s > 1 (Euler-Maclaurin, as cephes).
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
def _attach(name, inputs, out, grads):
    # Give `out` (computed without autograd) a node named `name` (torch's class name) over the tensors in
    # `inputs`; grads(g) -> list of gradients (tensor ops, so double backward works).
    torch = _torch()
    ins = [t for t in inputs if isinstance(t, torch.Tensor)]
    if not (torch.is_grad_enabled() and any(t.requires_grad for t in ins)):
        return out
    from ._nodes import _node

    return _node(name, ins, out.detach(), grads)


def _reduce_to(g, shape):
    # Sum a broadcast gradient back to `shape`.
    shape = tuple(shape)
    while g.dim() > len(shape):
        g = g.sum(0)
    for i, n in enumerate(shape):
        if n == 1 and g.shape[i] != 1:
            g = g.sum(i, keepdim=True)
    return g


def _apply_np(name, x, kernel, grad=None):
    # Elementwise op computed by a float64 numpy kernel; grad(x, out, g) -> grad wrt x (tensor ops).
    torch = _torch()
    x = _float_in(x)
    np = _np()
    a = x.detach().numpy(True).astype(np.float64)
    with np.errstate(all="ignore"):
        r = np.asarray(kernel(a), dtype=np.float64).reshape(a.shape)
    out = torch.tensor(r, dtype=x.dtype)
    if grad is None:
        return out
    o = out.detach()
    return _attach(name + "Backward0", [x], out, lambda g: [grad(x, o, g)])


def _fwd(name):
    fn = getattr(_torch(), name, None)
    if fn is None:
        fn = getattr(_core.Tensor, name, None)
    return fn


# ---------------------------------------------------------------- public functions
def gammaln(input, *, out=None):
    return _torch().lgamma(input, out=out)


def digamma(input, *, out=None):
    return _torch().digamma(input, out=out)


psi = digamma


def polygamma(n, input, *, out=None):
    return _torch().polygamma(n, input, out=out)


def multigammaln(input, p, *, out=None):
    return _torch().mvlgamma(input, p)


def erf(input, *, out=None):
    return _torch().erf(input)


def erfc(input, *, out=None):
    return _torch().erfc(input)


def erfinv(input, *, out=None):
    return _torch().erfinv(input)


def erfcx(input, *, out=None):
    return _apply_np("SpecialErfcx", input, _k_erfcx,
                     lambda x, o, g: g * (2 * x * o - 2 / math.sqrt(math.pi)))


def ndtr(input, *, out=None):
    x = _float_in(input)
    return ((1 + _torch().erf(x * (1 / math.sqrt(2)))) * 0.5)._named("MulBackward1")


def ndtri(input, *, out=None):
    x = _float_in(input)
    o = _torch().erfinv(2 * x.detach() - 1) * math.sqrt(2)
    # d ndtri / dx = sqrt(2 pi) exp(ndtri(x)^2 / 2)
    return _attach("SpecialNdtriBackward0", [x], o,
                   lambda g: [g * math.sqrt(2 * math.pi) * (o * o * 0.5).exp()])


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
    r = _torch().round(input, decimals=decimals) if decimals else _torch().round(input)
    return r._named("RoundBackward1") if r.requires_grad else r  # torch.special.round passes decimals


def xlogy(input, other, *, out=None):
    return _torch().xlogy(input, other)


def xlog1py(input, other, *, out=None):
    torch = _torch()
    if not isinstance(input, torch.Tensor) and not isinstance(other, torch.Tensor):
        raise TypeError("xlog1py(): argument 'input' (position 1) must be Tensor, not " + type(input).__name__)
    x = input if isinstance(input, torch.Tensor) else torch.tensor(float(input))
    y = other if isinstance(other, torch.Tensor) else torch.tensor(float(other), dtype=x.dtype)
    xd, yd = x.detach(), y.detach()
    r = xd * torch.log1p(yd)
    r = torch.where(xd == 0, torch.zeros_like(r), r)
    r = torch.where(yd.isnan(), yd.expand_as(r) if yd.shape != r.shape else yd, r)
    # torch: d/dx = xlog1py(x != 0, y), d/dy = x / (y + 1)
    return _attach("SpecialXlog1PyBackward0", [x, y], r,
                   lambda g: [_reduce_to(g * xlog1py((x != 0).to(g.dtype), y), x.shape) if x.requires_grad else None,
                              _reduce_to(g * x / (y + 1), y.shape) if y.requires_grad else None])


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
    return _torch().i0(input, out=out)


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


_AIRY = {
    "AN": (3.46538101525629032477e-01, 1.20075952739645805542e+01, 7.62796053615234516538e+01,
           1.68089224934630576269e+02, 1.59756391350164413639e+02, 7.05360906840444183113e+01,
           1.40264691163389668864e+01, 9.99999999999999995305e-01),
    "AD": (5.67594532638770212846e-01, 1.47562562584847203173e+01, 8.45138970141474626562e+01,
           1.77318088145400459522e+02, 1.64234692871529701831e+02, 7.14778400825575695274e+01,
           1.40959135607834029598e+01, 1.00000000000000000470e+00),
    "AFN": (-1.31696323418331795333e-01, -6.26456544431912369773e-01, -6.93158036036933542233e-01,
            -2.79779981545119124951e-01, -4.91900132609500318020e-02, -4.06265923594885404393e-03,
            -1.59276496239262096340e-04, -2.77649108155232920844e-06, -1.67787698489114633780e-08),
    "AFD": (1.33560420706553243746e+01, 3.26825032795224613948e+01, 2.67367040941499554804e+01,
            9.18707402907259625840e+00, 1.47529146771666414581e+00, 1.15687173795188044134e-01,
            4.40291641615211203805e-03, 7.54720348287414296618e-05, 4.51850092970580378464e-07),
    "AGN": (1.97339932091685679179e-02, 3.91103029615688277255e-01, 1.06579897599595591108e+00,
            9.39169229816650230044e-01, 3.51465656105547619242e-01, 6.33888919628925490927e-02,
            5.85804113048388458567e-03, 2.82851600836737019778e-04, 6.98793669997260967291e-06,
            8.11789239554389293311e-08, 3.41551784765923618484e-10),
    "AGD": (9.30892908077441974853e+00, 1.98352928718312140417e+01, 1.55646628932864612953e+01,
            5.47686069422975497931e+00, 9.54293611618961883998e-01, 8.64580826352392193095e-02,
            4.12656523824222607191e-03, 1.01259085116509135510e-04, 1.17166733214413521882e-06,
            4.91834570062930015649e-09),
}


def _airy_ai_scalar(x, T=float):
    # Cephes airy() Ai part as ATen's airy_ai_forward (Math.h), evaluated in the input's precision T
    # (float or numpy.float32; libm calls are correctly rounded from float64, like glibc's sinf/expf).  ATen's
    # CPU kernel is compiled with FMA contraction: the polynomial steps and the final a*b - c*d are fused
    # (emulated exactly for float32 through float64; plain float64 arithmetic for float64).
    x = T(x)
    if T is float:
        def fma(a, b, c):
            return a * b + c
    else:
        def fma(a, b, c):
            return T(float(a) * float(b) + float(c))
    if math.isnan(x) or math.isinf(x):
        return math.nan
    if x > T(103.892):
        return 0.0

    def poly(c, v):
        r = T(0.0)
        for a in c:
            r = fma(r, v, T(a))
        return r

    def f1(fn, v):
        return T(fn(float(v)))

    C = _AIRY
    if x < T(-2.09):
        w = T(-2.0) * x * f1(math.sqrt, -x) / T(3.0)
        z = T(1.0) / w
        afn, afd = poly(C["AFN"], z * z), poly(C["AFD"], z * z)
        agn, agd = poly(C["AGN"], z * z), poly(C["AGD"], z * z)
        t = w + T(0.25) * T(math.pi)
        return T(5.64189583547756286948e-01) / f1(math.sqrt, f1(math.sqrt, -x)) * (
            fma(f1(math.sin, t), T(1.0) + z * z * afn / afd, -(f1(math.cos, t) * (z * agn / agd))))
    if x >= T(2.09):
        zeta = T(2.0) * x * f1(math.sqrt, x) / T(3.0)
        an, ad = poly(C["AN"], T(1.0) / zeta), poly(C["AD"], T(1.0) / zeta)
        # for x >= 2.09 ATen returns this asymptotic value (its power series is only used below 2.09)
        return T(5.64189583547756286948e-01) * (an / ad) / (T(2.0) * f1(math.sqrt, f1(math.sqrt, x))
                                                           * f1(math.exp, zeta))
    f, g, k = T(1.0), x, T(1.0)
    m, n, t, z = T(1.0), x, T(1.0), x * x * x
    eps = 1.1920928955078125e-07 if T is not float else 2.220446049250313e-16
    while t > eps:
        m *= z
        k += T(1.0)
        m /= k
        n *= z
        k += T(1.0)
        n /= k
        m /= k
        f += m
        k += T(1.0)
        n /= k
        g += n
        t = abs(m / f)
    return fma(T(0.355028053887817239260), f, -(T(0.258819403792806798405) * g))


def airy_ai(input, *, out=None):
    """torch.special.airy_ai (not differentiable in torch either)."""
    np = _np()
    x = _float_in(input)
    a = x.detach().numpy(True).astype(np.float64)
    T = float if x.dtype == _torch().float64 else np.float32
    with np.errstate(all="ignore"):
        r = np.array([_airy_ai_scalar(float(v), T) for v in a.reshape(-1)], dtype=np.float64).reshape(a.shape)
    return _torch().tensor(r, dtype=x.dtype)


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
    res = torch.tensor(np.ascontiguousarray(r), dtype=x.dtype)

    def no_grad(g):
        raise NotImplementedError("the derivative for 'zeta' is not implemented.")

    # torch: SpecialZetaBackward0 (two tensors), 1 (scalar self), 2 (scalar other)
    k = 0 if isinstance(input, torch.Tensor) and isinstance(other, torch.Tensor) else (
        1 if isinstance(other, torch.Tensor) else 2)
    return _attach(f"SpecialZetaBackward{k}", [x, q], res, no_grad)


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


def gammainc(input, other, *, out=None):
    from ._special_ops import igamma

    return igamma(input, other, out=out)


def gammaincc(input, other, *, out=None):
    from ._special_ops import igammac

    return igammac(input, other, out=out)


__all__ += ["gammainc", "gammaincc"]

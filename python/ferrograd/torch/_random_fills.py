# In-place random fills and poisson with torch's CPU kernels over the mt19937 generator (cauchy_,
# log_normal_, geometric_, poisson).
import builtins as _b
import math as _math

from ._common import _long, _np, _t


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
    # ATen's sample_poisson (transformed rejection for lambda >= 10, products of uniforms below).
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


def geometric_(self, p, *, generator=None):
    """torch's CPU kernel: ceil(log(u) / log1p(-p)), u a 53-bit uniform double per element."""
    np = _np()
    from . import _random

    if not 0 < p < 1:
        raise RuntimeError(f"geometric_ expects p to be in (0, 1), but got p={float(p):g}")
    u = _random._gen(generator).uniform_f64(self.numel())
    with np.errstate(divide="ignore"):
        return _fill_random(self, np.ceil(np.log(u) / np.log1p(-p)))

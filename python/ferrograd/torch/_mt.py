"""torch's CPU random generator: the same mt19937 stream and the same transformations.

torch's CPUGeneratorImpl is a 32-bit mt19937 seeded with `seed & 0xffffffff`; every CPU
sampler draws from it serially.  numpy's MT19937 bit generator is the same engine (same
seeding for a 32-bit seed), so the raw words come from it and the per-distribution
transformations below follow ATen (DistributionsHelper.h, TransformationHelper.h,
cpu/DistributionTemplates.h with the AVX2 normal fill of cpu/avx_mathfun.h).
numpy is imported lazily (import-time budget).
"""

DEFAULT_SEED = 67280421310721


class MTState:
    __slots__ = ("seed", "_bg", "next_double_normal", "next_float_normal")

    def __init__(self, seed=DEFAULT_SEED):
        self.seed = seed
        self._bg = None
        self.next_double_normal = None
        self.next_float_normal = None

    def manual_seed(self, seed):
        seed = int(seed)
        if seed < 0:
            seed += 1 << 64
        self.seed = seed
        self._bg = None
        self.next_double_normal = None
        self.next_float_normal = None

    def _engine(self):
        # the Rust engine: numpy's MT19937 word for word, without importing numpy.random
        if self._bg is None:
            from .. import _core

            self._bg = _core.MT19937(self.seed & 0xFFFFFFFF)
        return self._bg

    # raw words
    def random32(self, n):
        import numpy as np

        if n <= 0:
            return np.zeros(0, dtype=np.uint64)
        return self._engine().random_raw(n)

    def random64(self, n):
        r = self.random32(2 * n)
        return (r[0::2] << 32) | r[1::2]

    # uniform_real_distribution<T>
    def uniform_f32(self, n):
        import numpy as np

        r = self.random32(n)
        return (r & 0xFFFFFF).astype(np.float32) * np.float32(1.0 / (1 << 24))

    def uniform_f64(self, n):
        import numpy as np

        r = self.random64(n)
        return (r & ((1 << 53) - 1)).astype(np.float64) * (1.0 / (1 << 53))

    def get_state(self):
        import numpy as np

        key, pos = self._engine().get_state()
        return (self.seed, np.array(key, copy=True), int(pos),
                self.next_double_normal, self.next_float_normal)

    def set_state(self, s):
        seed, key, pos, nd, nf = s
        self.seed = seed
        import numpy as np

        self._engine().set_state(np.array(key, dtype=np.uint32), int(pos))
        self.next_double_normal = nd
        self.next_float_normal = nf


default = MTState()


def _f32(v):
    import numpy as np

    return np.float32(v)


def uniform(gen, n, lo, hi, is_double):
    """uniform_(lo, hi): x * (to - from) + from in the tensor's dtype."""
    import numpy as np

    if is_double:
        x = gen.uniform_f64(n)
        return x * (float(hi) - float(lo)) + float(lo)
    x = gen.uniform_f32(n)
    lo32, hi32 = _f32(lo), _f32(hi)
    return _fma32(x, np.float32(hi32 - lo32), lo32)


def _log256(x):
    import numpy as np

    f = np.float32
    fma = _fma32
    x = np.maximum(x, np.array([0x00800000], dtype=np.uint32).view(np.float32)[0])
    bits = x.view(np.uint32)
    imm0 = (bits >> 23).astype(np.int32) - 0x7F
    x = ((bits & np.uint32(0x807FFFFF)) | np.float32(0.5).view(np.uint32)).view(np.float32)
    e = imm0.astype(np.float32) + f(1.0)
    mask = x < f(0.707106781186547524)
    tmp = np.where(mask, x, f(0.0)).astype(np.float32)
    x = x - f(1.0)
    e = e - np.where(mask, f(1.0), f(0.0)).astype(np.float32)
    x = x + tmp
    z = x * x
    y = np.full_like(x, f(7.0376836292e-2))
    # GCC contracts each single-use multiply feeding an add into an FMA (-ffp-contract=fast)
    for c in (-1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
              -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1):
        y = fma(y, x, f(c))
    y = y * x
    y = fma(y, z, e * f(-2.12194440e-4))
    y = y - z * f(0.5)
    x = x + y
    x = fma(e, f(0.693359375), x)
    return x


def _sincos256(x):
    import numpy as np

    f = np.float32
    sign_sin = np.signbit(x)
    x = np.abs(x)
    y = x * f(1.27323954473516)
    j = y.astype(np.int32)
    j = (j + 1) & ~1
    y = j.astype(np.float32)
    swap_sin = (j & 4) != 0
    poly = (j & 2) == 0
    fma = _fma32
    x = fma(y, f(-0.78515625), x)
    x = fma(y, f(-2.4187564849853515625e-4), x)
    x = fma(y, f(-3.77489497744594108e-8), x)
    sign_cos = ((~(j - 2)) & 4) != 0
    sign_sin = sign_sin ^ swap_sin
    z = x * x
    c1 = fma(np.full_like(z, f(2.443315711809948e-005)), z, f(-1.388731625493765e-003))
    c1 = fma(c1, z, f(4.166664568298827e-002))
    c1 = c1 * z
    c1 = fma(c1, z, -(z * f(0.5)))
    c1 = c1 + f(1.0)
    s1 = fma(np.full_like(z, f(-1.9515295891e-4)), z, f(8.3321608736e-3))
    s1 = fma(s1, z, f(-1.6666654611e-1))
    s1 = s1 * z
    s1 = fma(s1, x, x)
    s = np.where(poly, s1, c1).astype(np.float32)
    c = np.where(poly, c1, s1).astype(np.float32)
    s = np.where(sign_sin, -s, s).astype(np.float32)
    c = np.where(sign_cos, -c, c).astype(np.float32)
    return s, c


def _fma32(a, b, c):
    """float32 fused multiply-add: the float64 product of two floats is exact."""
    import numpy as np

    return (np.asarray(a, np.float64) * np.asarray(b, np.float64) + np.asarray(c, np.float64)).astype(np.float32)


def _normal_fill16_avx2(d, mean, std):
    import numpy as np

    f = np.float32
    u1 = f(1.0) - d[:, :8]
    u2 = d[:, 8:]
    radius = np.sqrt(f(-2.0) * _log256(u1))
    theta = f(2.0 * 3.141592653589793) * u2
    s, c = _sincos256(theta)
    n1 = radius * c
    n2 = radius * s
    out = np.empty_like(d)
    out[:, :8] = _fma32(n1, f(std), f(mean))
    out[:, 8:] = _fma32(n2, f(std), f(mean))
    return out


def normal(gen, n, mean, std, is_double):
    """normal_(mean, std) of a contiguous tensor with n elements."""
    import math

    import numpy as np

    if n >= 16:
        if is_double:
            data = gen.uniform_f64(n)
        else:
            data = gen.uniform_f32(n)
        full = (n // 16) * 16
        if is_double:
            out = np.empty(n, dtype=np.float64)
            out[:full] = _normal_fill16_double(data[:full].reshape(-1, 16), mean, std).reshape(-1)
        else:
            out = np.empty(n, dtype=np.float32)
            out[:full] = _normal_fill16_avx2(data[:full].reshape(-1, 16), mean, std).reshape(-1)
        if n % 16:
            # ATen recomputes the last 16 values from fresh uniforms
            tail = gen.uniform_f64(16) if is_double else gen.uniform_f32(16)
            out[n - 16:] = (_normal_fill16_double if is_double else _normal_fill16_avx2)(
                tail.reshape(1, 16), mean, std).reshape(-1)
        return out
    # serial path: at::normal_distribution<double> with the generator's cached second value
    out = np.empty(n, dtype=np.float64)
    for i in range(n):
        if gen.next_double_normal is not None:
            v = gen.next_double_normal
            gen.next_double_normal = None
        else:
            u1, u2 = gen.uniform_f64(2)
            r = math.sqrt(-2.0 * math.log1p(-float(u2)))
            theta = 2.0 * math.pi * float(u1)
            gen.next_double_normal = r * math.sin(theta)
            v = r * math.cos(theta)
        out[i] = v * std + mean
    return out if is_double else out.astype(np.float32)


def _normal_fill16_double(d, mean, std):
    import numpy as np

    u1 = 1.0 - d[:, :8]
    u2 = d[:, 8:]
    radius = np.sqrt(-2.0 * np.log(u1))
    theta = 2.0 * np.pi * u2
    out = np.empty_like(d)
    out[:, :8] = radius * np.cos(theta) * std + mean
    out[:, 8:] = radius * np.sin(theta) * std + mean
    return out


def randint(gen, n, low, high):
    import numpy as np

    rng = int(high) - int(low)
    if rng >= (1 << 32):
        r = gen.random64(n)
    else:
        r = gen.random32(n)
    return (r % np.uint64(rng)).astype(np.int64) + int(low)


def randperm(gen, n):
    import numpy as np

    out = np.arange(n, dtype=np.int64)
    if n > 1:
        r = gen.random32(n - 1)
        for i in range(n - 1):
            z = int(r[i]) % (n - i)
            out[i], out[z + i] = out[z + i], out[i]
    return out


def bernoulli_scalar(gen, n, p):
    """bernoulli_(p) with a Python-float p: double uniforms (AMD / non-MKL path)."""
    return gen.uniform_f64(n) < p


def bernoulli_tensor(gen, probs, double_p):
    """bernoulli(p_tensor): float32 p draws float uniforms, float64 p double uniforms."""
    n = probs.size
    u = gen.uniform_f64(n) if double_p else gen.uniform_f32(n)
    return u < probs.reshape(-1)

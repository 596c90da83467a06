# torch's CPU random generator: the same mt19937 stream and the same transformations.
#
# torch's CPUGeneratorImpl is a 32-bit mt19937 seeded with `seed & 0xffffffff`; every CPU
# sampler draws from it serially.  numpy's MT19937 bit generator is the same engine (same
# seeding for a 32-bit seed), so the raw words come from it and the per-distribution
# transformations below follow ATen (DistributionsHelper.h, TransformationHelper.h,
# cpu/DistributionTemplates.h; normal_ and randperm are in Rust, ferrograd_core::torch_normal).
# numpy is imported lazily (import-time budget).

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


def _fma32(a, b, c):
    # float32 fused multiply-add: the float64 product of two floats is exact.
    import numpy as np

    return (np.asarray(a, np.float64) * np.asarray(b, np.float64) + np.asarray(c, np.float64)).astype(np.float32)


def normal(gen, n, mean, std, is_double):
    """normal_(mean, std) of a contiguous tensor with n elements (Rust: ferrograd_core::torch_normal)."""
    out, gen.next_double_normal = gen._engine().normal(n, mean, std, is_double, gen.next_double_normal)
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
    return gen._engine().randperm(n)


def bernoulli_scalar(gen, n, p):
    """bernoulli_(p) with a Python-float p: double uniforms (AMD / non-MKL path)."""
    return gen.uniform_f64(n) < p


def bernoulli_tensor(gen, probs, double_p):
    """bernoulli(p_tensor): float32 p draws float uniforms, float64 p double uniforms."""
    n = probs.size
    u = gen.uniform_f64(n) if double_p else gen.uniform_f32(n)
    return u < probs.reshape(-1)

# MindSpore's seeded random kernels (CPU): seed bookkeeping of `mindspore.common.seed` and the
# `RandomCpuKernelMod` generators (StandardNormal, UniformReal, UniformInt).
#
# A random primitive holds attributes (seed, seed2) chosen by `_get_graph_seed` (global seed + per
# (kernel name, op seed) counter that advances by `keyConstant[0] ^ keyConstant[2]` each call and is
# reset by `set_seed`). Its kernel scrambles them with one Philox4x32-10 block (key 0x3ec8f720,
# 0x02461e29) into a 64-bit seed that seeds a persistent `std::mt19937` (UniformReal, UniformInt) and
# `std::minstd_rand0` (StandardNormal); draws follow libstdc++'s distributions.
DEFAULT_GRAPH_SEED = 87654321
_MAXINT32 = 2**31 - 1
_STEP = 3528531795 ^ 3449720151
_KERNEL_SEED = {}
_M32 = 0xFFFFFFFF


def reset_op_seeds():
    for key in list(_KERNEL_SEED):
        _KERNEL_SEED[key] = key[1]


def get_graph_seed(op_seed, kernel_name):
    """(seed, seed2) for a random primitive, as mindspore.common.seed._get_graph_seed."""
    from . import get_seed

    global_seed = get_seed()
    if global_seed == 0:
        global_seed = DEFAULT_GRAPH_SEED
    elif global_seed is None:
        global_seed = 0
    if op_seed is None:
        op_seed = 0
    if global_seed == 0 and op_seed == 0:
        return 0, 0
    if not isinstance(op_seed, int) or isinstance(op_seed, bool) or op_seed < 0:
        raise (TypeError if not isinstance(op_seed, int) or isinstance(op_seed, bool) else ValueError)(
            f"For '{kernel_name}', the 'seed' must be int and must >= 0, but got '{op_seed}' with type "
            f"'{type(op_seed).__name__}'.")
    key = (kernel_name, op_seed)
    temp = _KERNEL_SEED.setdefault(key, op_seed)
    _KERNEL_SEED[key] = temp + _STEP
    return global_seed % _MAXINT32, temp % _MAXINT32


def _philox(c, k):
    c, k = list(c), list(k)
    for _ in range(10):
        p0 = 0xD2511F53 * c[0]
        p1 = 0xCD9E8D57 * c[2]
        c = [((p1 >> 32) ^ c[1] ^ k[0]) & _M32, p1 & _M32, ((p0 >> 32) ^ c[3] ^ k[1]) & _M32, p0 & _M32]
        k = [(k[0] + 0x9E3779B9) & _M32, (k[1] + 0xBB67AE85) & _M32]
    return c


def mix_seed(seed, seed2):
    """kernel::random::GetSeed: one Philox block over (seed, seed2); None when both are 0 (random)."""
    if seed == 0 and seed2 == 0:
        return None
    r = _philox([seed & _M32, (seed >> 32) & _M32, seed2 & _M32, (seed2 >> 32) & _M32], [0x3EC8F720, 0x02461E29])
    return (r[1] << 32) | r[0]


_logf = []


def _libm_logf(x):
    if not _logf:
        import ctypes
        import ctypes.util

        f = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6").logf
        f.restype, f.argtypes = ctypes.c_float, [ctypes.c_float]
        _logf.append(f)
    return _logf[0](x)


class KernelRng:
    """The generator state one random primitive keeps across calls."""

    def __init__(self, seed, seed2):
        import numpy as np

        s = mix_seed(int(seed), int(seed2))
        if s is None:
            s = int(np.random.SeedSequence().entropy) & ((1 << 64) - 1)
        self._mt = np.random.RandomState(s & _M32)._bit_generator  # mt19937::seed keeps the low 32 bits
        self._lcg = s % 2147483647 or 1  # minstd_rand0::seed

    def mt_raw(self, n):
        return self._mt.random_raw(n)

    def uniform_real(self, shape):
        """uniform_real_distribution<double>(0, 1) on mt19937 (generate_canonical, two words), as float32."""
        import numpy as np

        n = int(np.prod(shape, dtype=np.int64))
        r = self.mt_raw(2 * n).astype(np.float64)
        v = (r[0::2] + r[1::2] * 4294967296.0) / 18446744073709551616.0
        v[v >= 1.0] = np.nextafter(1.0, 0.0)
        return v.astype(np.float32).reshape(shape)

    def uniform_int(self, shape, lo, hi):
        """uniform_int_distribution<int>(lo, hi - 1) on mt19937 (libstdc++'s two-division rejection:
        MindSpore's build predates the Lemire path)."""
        import numpy as np

        n = int(np.prod(shape, dtype=np.int64))
        out = np.empty(n, np.int64)
        for i in range(n):
            out[i] = self._mt_uniform_int(lo, hi - 1)
        return out.reshape(shape)

    def _canonical_f32(self):
        import numpy as np

        self._lcg = self._lcg * 16807 % 2147483647
        u = np.float32(self._lcg - 1) / np.float32(2147483648.0)
        return np.float32(0.99999994) if u >= 1 else u

    def standard_normal(self, shape):
        """normal_distribution<float> (Marsaglia polar) on minstd_rand0; a fresh distribution per call."""
        import numpy as np

        f = np.float32
        n = int(np.prod(shape, dtype=np.int64))
        out = np.empty(n + 1, np.float32)
        i = 0
        while i < n:
            while True:
                x = f(f(2.0) * self._canonical_f32() - f(1.0))
                y = f(f(2.0) * self._canonical_f32() - f(1.0))
                r2 = f(x * x + y * y)
                if not (r2 > 1.0 or r2 == 0.0):
                    break
            mult = f(np.sqrt(f(f(f(-2.0) * f(_libm_logf(float(r2)))) / r2)))
            out[i] = y * mult
            out[i + 1] = x * mult
            i += 2
        return out[:n].reshape(shape)

    def dropout_factor(self, shape, keep_prob):
        """Dropout's mask * (1/keep_prob): uniform_real_distribution<float> on minstd_rand0 < keep_prob
        (one draw per element, in order: the single-threaded kernel)."""
        import numpy as np

        n = int(np.prod(shape, dtype=np.int64))
        keep = np.float32(keep_prob)
        scale = np.float32(np.float32(1.0) / keep)
        u = np.array([self._canonical_f32() for _ in range(n)], np.float32)
        return np.where(u < keep, scale, np.float32(0.0)).astype(np.float32).reshape(shape)

    def _lcg_uniform_int(self, a, b):
        # uniform_int_distribution<unsigned long>(a, b)(minstd_rand0): libstdc++'s two-division
        # rejection (the engine's range 1..2147483646 is not a full 32 bits).
        uerange = b - a + 1
        scaling = 2147483645 // uerange
        past = uerange * scaling
        while True:
            self._lcg = self._lcg * 16807 % 2147483647
            ret = self._lcg - 1
            if ret < past:
                return a + ret // scaling

    def _mt_uniform_int(self, a, b):
        # uniform_int_distribution<unsigned long>(a, b)(mt19937): libstdc++'s two-division rejection.
        uerange = b - a + 1
        scaling = _M32 // uerange
        past = uerange * scaling
        while True:
            ret = int(self._mt.random_raw())
            if ret < past:
                return a + ret // scaling

    def shuffle_perm(self, n, mt=False):
        """std::shuffle of 0..n-1 with minstd_rand0 (or mt19937): libstdc++ draws two swap positions
        per number while the engine's range allows."""
        perm = list(range(n))
        if n <= 1:
            return perm
        uniform = self._mt_uniform_int if mt else self._lcg_uniform_int
        if (_M32 if mt else 2147483645) // n >= n:
            i = 1
            if n % 2 == 0:
                j = uniform(0, 1)
                perm[1], perm[j] = perm[j], perm[1]
                i = 2
            while i != n:
                r = i + 1  # positions 0..i for the first swap, 0..i+1 for the second
                x = uniform(0, r * (r + 1) - 1)
                p1, p2 = x // (r + 1), x % (r + 1)
                perm[i], perm[p1] = perm[p1], perm[i]
                perm[i + 1], perm[p2] = perm[p2], perm[i + 1]
                i += 2
            return perm
        for i in range(1, n):
            j = uniform(0, i)
            perm[i], perm[j] = perm[j], perm[i]
        return perm


def randperm(n, seed):
    """RandpermV2's CPU kernel: std::shuffle of 0..n-1 with std::mt19937(seed)."""
    import numpy as np

    k = KernelRng.__new__(KernelRng)
    k._mt = np.random.RandomState(seed & _M32)._bit_generator
    return k.shuffle_perm(n, mt=True)

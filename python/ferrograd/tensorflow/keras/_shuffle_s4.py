"""fit(shuffle=True) order of tf-keras on array data: TensorLikeDataAdapter draws each epoch's
permutation with tf.random.shuffle inside a tf.data map function. With a global seed that op runs
TF's RandomShuffle kernel seeded (global_seed, 0): one GuardedPhiloxRandom per fit() call, advanced
by ReserveSamples32(n - 1) per epoch, Fisher-Yates with `sample % (n - i)` (found against TF 2.21)."""
_M32 = 0xFFFFFFFF


def _philox(c, k):
    c0, c1, c2, c3 = c
    k0, k1 = k
    for _ in range(10):
        p0 = 0xD2511F53 * c0
        p1 = 0xCD9E8D57 * c2
        c0, c1, c2, c3 = ((p1 >> 32) ^ c1 ^ k0) & _M32, p1 & _M32, ((p0 >> 32) ^ c3 ^ k1) & _M32, p0 & _M32
        k0, k1 = (k0 + 0x9E3779B9) & _M32, (k1 + 0xBB67AE85) & _M32
    return c0, c1, c2, c3


class _Philox:
    def __init__(self, seed, seed2):
        self.key = (seed & _M32, (seed >> 32) & _M32)
        self.ctr = (seed2 & ((1 << 64) - 1)) << 64

    def reserve32(self, samples):
        start = self.ctr
        self.ctr = (self.ctr + (samples + 3) // 4) & ((1 << 128) - 1)
        key = self.key

        def gen():
            c = start
            while True:
                out = _philox(((c) & _M32, (c >> 32) & _M32, (c >> 64) & _M32, (c >> 96) & _M32), key)
                yield from out
                c = (c + 1) & ((1 << 128) - 1)

        return gen()


class FitShuffler:
    def __init__(self, n, seed):
        self.n = n
        s = seed % 2147483647
        self.gen = _Philox(*((0, 2147483647) if s == 0 else (s, 0)))

    def __bool__(self):
        return True

    def next_perm(self):
        n = self.n
        arr = list(range(n))
        if n > 1:
            samples = self.gen.reserve32(n - 1)
            for i in range(n - 1):
                j = i + next(samples) % (n - i)
                arr[i], arr[j] = arr[j], arr[i]
        return arr


def fit_shuffler(shuffle, x):
    """A FitShuffler when tf-keras would shuffle array data with a global seed set; else `shuffle`."""
    from .. import random as _random

    if shuffle is not True or x is None or _random._global_seed is None:
        return shuffle
    from .training import _n_samples

    return FitShuffler(_n_samples(x), _random._global_seed)

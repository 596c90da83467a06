# fit(shuffle=True) order of tf-keras on array data: TensorLikeDataAdapter draws each epoch's
# permutation with tf.random.shuffle inside a tf.data map function. With a global seed that op runs
# TF's RandomShuffle kernel seeded (global_seed, 0): one GuardedPhiloxRandom per fit() call, advanced
# by ReserveSamples32(n - 1) per epoch, Fisher-Yates with `sample % (n - i)` (found against TF 2.21).
class FitShuffler:
    def __init__(self, n, seed):
        self.n = n
        s = seed % 2147483647
        from ..random import _Philox

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

# mindspore.dataset samplers: which rows of a random-access source a dataset reads, in which order.
# Deterministic ones (Sequential, Distributed without shuffle, Subset, user Samplers) follow MindSpore;
# random ones draw from numpy's generator (MindSpore's own generator is not reproduced).
import math as _math


def _np():
    import numpy as np

    return np


_M32 = 0xFFFFFFFF


class _MT19937:
    # std::mt19937 (MindSpore's dataset samplers seed one with the pipeline seed).

    def __init__(self, seed):
        mt = [seed & _M32]
        for i in range(1, 624):
            mt.append((1812433253 * (mt[-1] ^ (mt[-1] >> 30)) + i) & _M32)
        self.mt, self.idx = mt, 624

    def __call__(self):
        mt = self.mt
        if self.idx >= 624:
            for i in range(624):
                y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff)
                mt[i] = mt[(i + 397) % 624] ^ (y >> 1) ^ (0x9908b0df if y & 1 else 0)
            self.idx = 0
        y = mt[self.idx]
        self.idx += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y & _M32


_M64 = (1 << 64) - 1


class _MT19937_64:
    # std::mt19937_64 (MindSpore's ShuffleOp draws buffer slots from one).

    def __init__(self, seed):
        mt = [seed & _M64]
        for i in range(1, 312):
            mt.append((6364136223846793005 * (mt[-1] ^ (mt[-1] >> 62)) + i) & _M64)
        self.mt, self.idx = mt, 312

    def __call__(self):
        mt = self.mt
        if self.idx >= 312:
            for i in range(312):
                x = (mt[i] & 0xFFFFFFFF80000000) | (mt[(i + 1) % 312] & 0x7FFFFFFF)
                xa = x >> 1
                if x & 1:
                    xa ^= 0xB5026F5AA96619E9
                mt[i] = mt[(i + 156) % 312] ^ xa
            self.idx = 0
        x = mt[self.idx]
        self.idx += 1
        x ^= (x >> 29) & 0x5555555555555555
        x ^= (x << 17) & 0x71D67FFFEDA60000
        x ^= (x << 37) & 0xFFF7EEE000000000
        x ^= x >> 43
        return x & _M64


def buffer_shuffle(rows, size, g):
    """MindSpore's ShuffleOp: a buffer of `size` rows; each output is the row at slot rng() % filled,
    whose slot then takes the last row, and the last slot the next input row."""
    it = iter(rows)
    buf = []
    for _ in range(size):
        try:
            buf.append(next(it))
        except StopIteration:
            break
    last = len(buf) - 1
    active = len(buf) == size
    while last >= 0:
        slot = g() % (last + 1)
        yield buf[slot]
        if slot != last:
            buf[slot] = buf[last]
        if active:
            try:
                buf[last] = next(it)
            except StopIteration:
                active = False
        if not active:
            last -= 1


def _uniform(g, a, b):
    # libstdc++ uniform_int_distribution<>(a, b) over a 32-bit engine (division / rejection).
    urange = b - a
    if urange == _M32:
        return g() + a
    scaling = _M32 // (urange + 1)
    past = (urange + 1) * scaling
    while True:
        r = g()
        if r < past:
            return r // scaling + a


def _std_shuffle(n, g):
    # libstdc++ std::shuffle of 0..n-1 (two swap positions per draw while they fit in 32 bits).
    arr = list(range(n))
    if n < 2:
        return arr
    if _M32 // n >= n:
        i = 1
        if n % 2 == 0:
            j = _uniform(g, 0, 1)
            arr[i], arr[j] = arr[j], arr[i]
            i += 1
        while i != n:
            sr = i + 1
            x = _uniform(g, 0, sr * (sr + 1) - 1)
            p1, p2 = x // (sr + 1), x % (sr + 1)
            arr[i], arr[p1] = arr[p1], arr[i]
            i += 1
            arr[i], arr[p2] = arr[p2], arr[i]
            i += 1
        return arr
    for i in range(1, n):
        j = _uniform(g, 0, i)
        arr[i], arr[j] = arr[j], arr[i]
    return arr


_EPOCH = [0]  # the epoch of the iterator being read (set by the dataset iterators)
_ITER = [None]  # a token of that iterator (None outside iterators, e.g. in get_dataset_size)


def _seed():
    from . import config

    return config._state["seed"]


def _random_order(n, num_samples=None, replacement=False):
    # MindSpore's RandomSampler: a std::shuffle (or, with replacement, uniform draws) from mt19937 seeded
    # with the pipeline seed; numpy's generator when no seed was set (MindSpore is then nondeterministic).
    seed = _seed()
    if seed is None:
        np = _np()
        if replacement:
            return [int(i) for i in np.random.randint(0, n, num_samples or n)]
        return [int(i) for i in np.random.permutation(n)][: num_samples or n]
    if replacement:
        g = _MT19937(seed)
        return [_uniform(g, 0, n - 1) for _ in range(num_samples or n)]
    # each epoch reseeds with seed + epoch and shuffles the previous epoch's order again
    ids = list(range(n))
    for e in range(_EPOCH[0] + 1):
        perm = _std_shuffle(n, _MT19937(seed + e))
        ids = [ids[i] for i in perm]
    return ids[: num_samples or n]


class Sampler:
    """Base of user samplers: subclass and define __iter__ yielding row indices."""

    def __init__(self, num_samples=None):
        self.num_samples = num_samples
        self.dataset_size = 0

    def _indices(self, n):
        self.dataset_size = n
        out = [int(i) for i in iter(self)]
        return out[: self.num_samples] if self.num_samples else out


class SequentialSampler(Sampler):
    def __init__(self, start_index=None, num_samples=None):
        super().__init__(num_samples)
        self.start_index = start_index or 0

    def _indices(self, n):
        out = list(range(self.start_index, n))
        return out[: self.num_samples] if self.num_samples else out


class DistributedSampler(Sampler):
    def __init__(self, num_shards, shard_id, shuffle=True, num_samples=None, offset=-1):
        super().__init__(num_samples)
        if not isinstance(num_shards, int) or num_shards <= 0:
            raise ValueError(f"num_shards must be a positive integer, but got {num_shards}.")
        if not isinstance(shard_id, int) or not 0 <= shard_id < num_shards:
            raise ValueError(f"shard_id should in range [0, {num_shards - 1}], but got {shard_id}.")
        self.num_shards, self.shard_id, self.shuffle = num_shards, shard_id, shuffle

    def _indices(self, n):
        per = _math.ceil(n / self.num_shards)
        base = list(range(n))
        if self.shuffle:
            seed = _seed()
            if seed is None:
                base = [int(i) for i in _np().random.permutation(n)]
            else:
                # MindSpore's DistributedSampler: std::shuffle with mt19937 seeded seed + 1 (first epoch)
                base = _std_shuffle(n, _MT19937(seed + 1 + _EPOCH[0]))
        out = [base[(k * self.num_shards + self.shard_id) % n] for k in range(per)]
        return out[: self.num_samples] if self.num_samples else out


class SubsetSampler(Sampler):
    def __init__(self, indices, num_samples=None):
        super().__init__(num_samples)
        self.indices = [int(i) for i in indices]

    def _indices(self, n):
        out = list(self.indices)
        return out[: self.num_samples] if self.num_samples else out


class SubsetRandomSampler(SubsetSampler):
    def _indices(self, n):
        if _seed() is None:
            out = [self.indices[i] for i in _np().random.permutation(len(self.indices))]
        else:
            out = [self.indices[i] for i in _random_order(len(self.indices))]
        return out[: self.num_samples] if self.num_samples else out


class RandomSampler(Sampler):
    def __init__(self, replacement=False, num_samples=None):
        super().__init__(num_samples)
        self.replacement = replacement

    def _indices(self, n):
        return _random_order(n, self.num_samples, self.replacement)


class WeightedRandomSampler(Sampler):
    def __init__(self, weights, num_samples=None, replacement=True):
        super().__init__(num_samples)
        self.weights, self.replacement = list(weights), replacement

    def _indices(self, n):
        np = _np()
        w = np.asarray(self.weights, np.float64)
        k = self.num_samples or len(w)
        return [int(i) for i in np.random.choice(len(w), k, self.replacement, w / w.sum())]


def order(n, shuffle, sampler, num_samples, num_shards=None, shard_id=None):
    """The row order of a random-access dataset of n rows."""
    np = _np()
    if sampler is None and num_shards is not None:
        sampler = DistributedSampler(num_shards, shard_id or 0, shuffle is None or shuffle is True)
    if sampler is not None:
        if isinstance(sampler, (list, tuple)):
            sampler = SubsetSampler(sampler)
        out = sampler._indices(n)
    elif shuffle is None or shuffle is True:
        # a dataset's own num_samples with shuffling draws with replacement (as MindSpore)
        return _random_order(n, num_samples, replacement=num_samples is not None)
    else:
        out = list(range(n))
    return out[:num_samples] if num_samples is not None else out

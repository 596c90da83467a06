# tf.random with TensorFlow's numbers: the eager seed rules of `random_seed.get_seed` (global
# seed from tf.random.set_seed, op seeds drawn from a Python `random.Random(global_seed)`, the
# default graph seed when only an op seed is given) and the stateful kernels' Philox streams
# (each (op, seed, seed2) kernel continues its stream on the next call, as TF caches kernels;
# set_seed resets them). Sampling itself is ferrograd_core::philox.
import random as _pyrandom

from .. import _core
from . import dtypes as _dt
from ._tensor import TAG, _from_array, _wrap

_MAXINT32 = 2 ** 31 - 1
_DEFAULT_GRAPH_SEED = 87654321

_global_seed = None
_op_rng = None
_streams = {}  # (op, dtype, seed, seed2) -> 128-bit samples already reserved


def set_seed(seed):
    global _global_seed, _op_rng
    _global_seed = None if seed is None else int(seed)
    _op_rng = None if seed is None else _pyrandom.Random(_global_seed)
    _streams.clear()
    if seed is not None:
        _core.manual_seed(int(seed))


def _get_seed(op_seed):
    # TF's random_seed.get_seed in eager mode.
    if _global_seed is not None:
        if op_seed is None:
            op_seed = _op_rng.randint(0, _MAXINT32)
        seeds = (_global_seed % _MAXINT32, int(op_seed) % _MAXINT32)
    elif op_seed is not None:
        seeds = (_DEFAULT_GRAPH_SEED, int(op_seed) % _MAXINT32)
    else:
        seeds = (0, 0)
    if seeds == (0, 0) and (_global_seed is not None or op_seed is not None):
        return 0, _MAXINT32
    return seeds


def _kernel(op, kind, shape, seed, lo=0, rng=1):
    # Runs a stateful Philox kernel: reserves 256 samples per output (ReserveRandomOutputs).
    s1, s2 = _get_seed(seed)
    if (s1, s2) == (0, 0):  # no seed anywhere: a fresh nondeterministic stream, as TF
        s1, s2 = _pyrandom.getrandbits(63), _pyrandom.getrandbits(63)
    key = (op, kind, s1, s2)
    off = _streams.get(key, 0)
    _streams[key] = off + _numel(shape) * 256
    return _core.tf_random(kind, s1, s2, off, shape, lo, rng, TAG)


def _shape(shape):
    from ._ops import _shape_list

    return _shape_list(shape)


_FLOAT_KIND = {"float32": "f32", "float64": "f64"}


def _float_kind(d, what):
    if d.name == "float16" or d.name == "bfloat16":
        return what + "_f32"
    if d.name not in _FLOAT_KIND:
        raise ValueError("Invalid dtype %r for %s" % (d, what))
    return what + "_" + _FLOAT_KIND[d.name]


def _as(t, d):
    from ._ops import cast

    return _wrap(t) if t._dtype_name == d.name else cast(_wrap(t), d)


def _numel(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def _scaled(rnd, d, stddev, mean):
    # TF's `rnd * stddev + mean` with both constants in the sample's dtype.
    from ._ops import constant

    return rnd * constant(stddev, dtype=d) + constant(mean, dtype=d)


def _in_range(rnd, d, minval, maxval):
    # TF's `rnd * (maxval - minval) + minval` in the sample's dtype.
    from ._ops import constant

    lo, hi = constant(minval, dtype=d), constant(maxval, dtype=d)
    return rnd * (hi - lo) + lo


def _int_kind(d, minval, maxval):
    # (kernel kind, lo, range) of an integer uniform draw.
    if maxval is None:
        raise ValueError("Must specify maxval for integer dtype %r" % d)
    lo, hi = int(_scalar(minval)), int(_scalar(maxval))
    return ("int32" if d.name == "int32" else "int64"), lo, hi - lo


def normal(shape, mean=0.0, stddev=1.0, dtype=_dt.float32, seed=None, name=None):
    d = _dt.as_dtype(dtype)
    rnd = _as(_kernel("RandomStandardNormal", _float_kind(d, "normal"), _shape(shape), seed), d)
    return _scaled(rnd, d, stddev, mean)


def uniform(shape, minval=0, maxval=None, dtype=_dt.float32, seed=None, name=None):
    from ._ops import constant

    d = _dt.as_dtype(dtype)
    shape = _shape(shape)
    if d.is_integer:
        kind, lo, rng = _int_kind(d, minval, maxval)
        if rng <= 0:
            from .errors import _invalid

            raise _invalid("RandomUniformInt", "Need minval < maxval: %d >= %d" % (lo, lo + rng), name=True)
        return _wrap(_kernel("RandomUniformInt", kind, shape, seed, lo, rng))
    if maxval is None:
        maxval = 1
    minval_is_zero = isinstance(minval, int) and minval == 0
    maxval_is_one = isinstance(maxval, int) and maxval == 1
    rnd = _as(_kernel("RandomUniform", _float_kind(d, "uniform"), shape, seed), d)
    if minval_is_zero:
        return rnd if maxval_is_one else rnd * constant(maxval, dtype=d)
    return _in_range(rnd, d, minval, maxval)


def _scalar(v):
    return v.numpy().item() if hasattr(v, "numpy") else v


def truncated_normal(shape, mean=0.0, stddev=1.0, dtype=_dt.float32, seed=None, name=None):
    d = _dt.as_dtype(dtype)
    rnd = _as(_kernel("TruncatedNormal", _float_kind(d, "truncnormal"), _shape(shape), seed), d)
    return _scaled(rnd, d, stddev, mean)


def shuffle(value, seed=None, name=None):
    import numpy as np

    from ._ops import _arg, gather

    x = _arg(value)
    n = x._size()[0]
    idx = _core.rand([n], 0.0, 1.0, "float64", False, TAG).numpy(True).argsort()
    return gather(x, _from_array(idx.astype(np.int64)))


# ---------------------------------------------------------------- stateless ops and Generator

_MASK32 = 0xFFFFFFFF


def _philox_block(c, k):
    # One Philox4x32-10 output (seed scrambling and the Python shuffle kernels; bulk sampling is in Rust).
    c0, c1, c2, c3 = c
    k0, k1 = k
    for _ in range(10):
        p0 = 0xD2511F53 * c0
        p1 = 0xCD9E8D57 * c2
        c0, c1, c2, c3 = ((p1 >> 32) ^ c1 ^ k0) & _MASK32, p1 & _MASK32, ((p0 >> 32) ^ c3 ^ k1) & _MASK32, p0 & _MASK32
        k0, k1 = (k0 + 0x9E3779B9) & _MASK32, (k1 + 0xBB67AE85) & _MASK32
    return [c0, c1, c2, c3]


class _Philox:
    # TF's PhiloxRandom(seed, seed2): key = seed, 128-bit counter starting at seed2 << 64.

    def __init__(self, seed, seed2):
        self.key = (seed & _MASK32, (seed >> 32) & _MASK32)
        self.ctr = (seed2 & ((1 << 64) - 1)) << 64

    def stream(self, c=None):
        """The uint32 outputs of consecutive blocks from counter c (default: the current one), in order."""
        c = self.ctr if c is None else c
        while True:
            yield from _philox_block((c & _MASK32, (c >> 32) & _MASK32, (c >> 64) & _MASK32, (c >> 96) & _MASK32),
                                     self.key)
            c = (c + 1) & ((1 << 128) - 1)

    def reserve32(self, samples):
        """ReserveSamples32: the stream at the current counter, which then skips the blocks reserved."""
        start = self.ctr
        self.ctr = (start + (samples + 3) // 4) & ((1 << 128) - 1)
        return self.stream(start)


def _stateless_key(seed):
    # TF's GenerateKey: the user's two seeds scrambled through one Philox block.
    import numpy as np

    s = seed.numpy() if hasattr(seed, "numpy") else np.asarray(seed)
    s = [int(v) & 0xFFFFFFFFFFFFFFFF for v in np.asarray(s).reshape(-1)]
    if len(s) != 2:
        raise ValueError("seed must have shape [2], not %s" % [len(s)])
    mix = _philox_block([s[0] & _MASK32, s[0] >> 32, s[1] & _MASK32, s[1] >> 32], [0x3EC8F720, 0x02461E29])
    return mix[0] | (mix[1] << 32), mix[2] | (mix[3] << 32)


def _fill(kind, key, ctr_hi, ctr_lo, shape, lo=0, rng=1):
    return _core.tf_random(kind, key, ctr_hi, ctr_lo, shape, lo, rng, TAG)


def stateless_uniform(shape, seed, minval=0, maxval=None, dtype=_dt.float32, name=None, alg="auto_select"):
    d = _dt.as_dtype(dtype)
    key, ctr = _stateless_key(seed)
    shape = _shape(shape)
    if d.is_integer:
        kind, lo, rng = _int_kind(d, minval, maxval)
        return _wrap(_fill(kind, key, ctr, 0, shape, lo, rng))
    rnd = _as(_fill(_float_kind(d, "uniform"), key, ctr, 0, shape), d)
    return _in_range(rnd, d, minval, 1 if maxval is None else maxval)


def stateless_normal(shape, seed, mean=0.0, stddev=1.0, dtype=_dt.float32, name=None, alg="auto_select"):
    d = _dt.as_dtype(dtype)
    key, ctr = _stateless_key(seed)
    return _scaled(_as(_fill(_float_kind(d, "normal"), key, ctr, 0, _shape(shape)), d), d, stddev, mean)


def stateless_truncated_normal(shape, seed, mean=0.0, stddev=1.0, dtype=_dt.float32, name=None, alg="auto_select"):
    d = _dt.as_dtype(dtype)
    key, ctr = _stateless_key(seed)
    return _scaled(_as(_fill(_float_kind(d, "truncnormal"), key, ctr, 0, _shape(shape)), d), d, stddev, mean)


class Algorithm:
    PHILOX = 1
    THREEFRY = 2
    AUTO_SELECT = 3


class Generator:
    """tf.random.Generator (Philox): state = (counter low 64 bits, counter high 64 bits, key);
    each call draws from the current state and advances the counter by 256 per output."""

    def __init__(self, copy_from=None, state=None, alg=None):
        if copy_from is not None:
            state = list(copy_from._state)
        self._state = [int(s) & 0xFFFFFFFFFFFFFFFF for s in (state if state is not None else [0, 0, 0])]

    @classmethod
    def from_seed(cls, seed, alg=None):
        s = int(seed) & ((1 << 192) - 1)
        return cls(state=[s & 0xFFFFFFFFFFFFFFFF, (s >> 64) & 0xFFFFFFFFFFFFFFFF, s >> 128])

    @classmethod
    def from_state(cls, state, alg):
        import numpy as np

        if hasattr(state, "_fg_state"):  # a Generator's `state` variable: TF shares it
            g = cls()
            g._state = state._fg_state
            return g
        return cls(state=[int(v) for v in np.asarray(state.numpy() if hasattr(state, "numpy") else state)])

    @classmethod
    def from_non_deterministic_state(cls, alg=None):
        return cls(state=[_pyrandom.getrandbits(64) for _ in range(3)])

    @property
    def state(self):
        import numpy as np

        from ._tensor import Variable

        v = Variable(np.array(self._state, np.uint64).view(np.int64), name="StateVar", trainable=False)
        v._fg_state = self._state
        return v

    @property
    def algorithm(self):
        return Algorithm.PHILOX

    def reset_from_seed(self, seed):
        self._state[:] = Generator.from_seed(seed)._state

    def skip(self, delta):
        """Advances the counter as `delta` outputs would (256 Philox samples reserved per output)."""
        lo64, hi64, key = self._state
        total = lo64 + int(delta) * 256
        self._state[:] = [total & 0xFFFFFFFFFFFFFFFF, (hi64 + (total >> 64)) & 0xFFFFFFFFFFFFFFFF, key]

    def _draw(self, kind, shape, lo=0, rng=1):
        shape = _shape(shape)
        lo64, hi64, key = self._state
        t = _fill(kind, key, hi64, lo64, shape, lo, rng)
        self.skip(_numel(shape))
        return t

    def uniform_full_int(self, shape, dtype=_dt.int64, name=None):
        """StatefulUniformFullInt: the Philox uint32 stream as int32, or pairs (low, high) as int64."""
        import itertools

        import numpy as np

        shape, d = _shape(shape), _dt.as_dtype(dtype)
        lo64, hi64, key = self._state
        p = _Philox(key, 0)
        p.ctr = (hi64 << 64) | lo64
        wide = d.name.endswith("64")
        u = np.fromiter(itertools.islice(p.stream(), _numel(shape) * (2 if wide else 1)), np.uint64)
        self.skip(_numel(shape))
        v = (u[0::2] | (u[1::2] << np.uint64(32))).view(np.int64) if wide else u.astype(np.uint32).view(np.int32)
        return _from_array(v.reshape(shape).astype(d.name))

    def split(self, count=1):
        return [Generator(state=[0, 0, int(k)]) for k in self.uniform_full_int([count]).numpy()]

    def truncated_normal(self, shape, mean=0.0, stddev=1.0, dtype=_dt.float32, name=None):
        d = _dt.as_dtype(dtype)
        return _scaled(_as(self._draw(_float_kind(d, "truncnormal"), shape), d), d, stddev, mean)

    def normal(self, shape, mean=0.0, stddev=1.0, dtype=_dt.float32, name=None):
        d = _dt.as_dtype(dtype)
        return _scaled(_as(self._draw(_float_kind(d, "normal"), shape), d), d, stddev, mean)

    def uniform(self, shape, minval=0, maxval=None, dtype=_dt.float32, name=None):
        d = _dt.as_dtype(dtype)
        if d.is_integer:
            kind, lo, rng = _int_kind(d, minval, maxval)
            return _wrap(self._draw(kind, shape, lo, rng))
        rnd = _as(self._draw(_float_kind(d, "uniform"), shape), d)
        return _in_range(rnd, d, minval, 1 if maxval is None else maxval)


_global_generator = None


def get_global_generator():
    global _global_generator
    if _global_generator is None:
        _global_generator = Generator.from_non_deterministic_state()
    return _global_generator


def set_global_generator(generator):
    global _global_generator
    _global_generator = generator


class experimental:
    Generator = Generator
    Algorithm = Algorithm
    stateless_uniform = staticmethod(stateless_uniform)
    stateless_normal = staticmethod(stateless_normal)
    stateless_truncated_normal = staticmethod(stateless_truncated_normal)
    get_global_generator = staticmethod(get_global_generator)
    set_global_generator = staticmethod(set_global_generator)

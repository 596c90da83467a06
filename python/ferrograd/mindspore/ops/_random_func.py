# mindspore.ops random functions (MindSpore's ops/function/random_func.py).

from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor
from .functional import _t

__all__ = [
    "randint", "rand_like", "randn_like", "shuffle", "randperm",
]


def rand_like(input, seed=None, *, dtype=None):
    from .functional import rand

    x = _t(input)
    return rand(tuple(x.shape), dtype=dtype or x.dtype)


def randn_like(input, seed=None, *, dtype=None):
    from .functional import randn

    x = _t(input)
    return randn(tuple(x.shape), dtype=dtype or x.dtype)


def randint(low, high, size, seed=None, *, dtype=None):
    dt = dtype or _dtype.int64
    if dt not in (_dtype.int8, _dtype.int16, _dtype.int32, _dtype.int64, _dtype.uint8):
        raise ValueError(f"For 'randint', the 'dtype' must be an int type, but got {dt}.")
    if not isinstance(size, tuple):
        raise ValueError(f"For 'randint', the input 'size' must be a tuple, but got {size}.")
    for name, v in (("low", low), ("high", high)):
        if not isinstance(v, int) or isinstance(v, bool):
            raise TypeError(f"For 'randint_like', '{name}' must be an int, but got {type(v)}.")
    from .. import _random

    if high <= low:
        raise ValueError(f"For 'Random', invalid min/max values: ({low}/{high})")
    rng = _random.KernelRng(*_random.get_graph_seed(seed, "randint"))
    return Tensor(rng.uniform_int(tuple(size), low, high).astype(dt._name), dt)


def shuffle(x, seed=None):
    """mindspore.ops.shuffle: a fresh RandomShuffle primitive per call (seeds from _get_seed(seed,
    "shuffle")); its kernel permutes the first axis with std::shuffle on minstd_rand0."""
    from .. import _random

    if not isinstance(x, _core.Tensor):
        raise TypeError(f"For 'RandomShuffle', the input 'x' must be a Tensor, but got {type(x)}.")
    rng = _random.KernelRng(*_random.get_graph_seed(seed, "shuffle"))
    if x.ndim == 0 or x.shape[0] <= 1:
        return Tensor(x.asnumpy(), x.dtype)
    perm = rng.shuffle_perm(int(x.shape[0]))
    return Tensor(np.asarray(x.asnumpy()[perm]), x.dtype)


def randperm(n, seed=0, offset=0, dtype=_dtype.int64):
    """mindspore.ops.randperm (RandpermV2): the kernel seeds std::mt19937 with offset if nonzero, else
    seed (-1: random), and shuffles 0..n-1."""
    from .. import _random

    for name, v in (("n", n), ("seed", seed), ("offset", offset)):
        if not isinstance(v, int) or isinstance(v, bool):
            raise TypeError(f"For 'RandpermV2', the type of '{name}' must be int, but got {type(v).__name__}.")
    if n < 0:
        raise ValueError(f"For 'RandpermV2', the 'n' must be greater than or equal to 0, but got {n}.")
    if seed < 0 and seed != -1:
        raise ValueError(f"For 'RandpermV2', the attr seed must be greater than 0 or equal to 0 or -1, "
                         f"but got data: {seed}.")
    if offset != 0:
        s = offset
    elif seed != -1:
        s = seed
    else:
        s = int(np.random.SeedSequence().entropy) & 0xFFFFFFFF
    perm = _random.randperm(n, s)
    return Tensor(np.array(perm, dtype=np.int64).astype(dtype._name), dtype)

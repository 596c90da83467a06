# torch's random API over the mt19937 generator of `_mt` (same numbers as torch on CPU for a seed).
import builtins as _b
import sys as _sys

from .. import _core


class _MTProxy:
    # `_mt` loaded on first use (import-time budget).

    def __getattr__(self, name):
        from . import _mt as m

        globals()["_mt"] = m
        return getattr(m, name)


_mt = _MTProxy()

TAG = 0


class Generator:
    """torch.Generator: an independent mt19937 stream (CPU only)."""

    def __init__(self, device="cpu"):
        self.__st = None
        from ._dtypes import device as _device

        self.device = _device(device)

    @property
    def _st(self):
        if self.__st is None:
            self.__st = _mt.MTState()
        return self.__st

    def manual_seed(self, seed):
        _check_seed(seed)
        self._st.manual_seed(seed)
        return self

    def initial_seed(self):
        return self._st.seed

    def seed(self):
        import random as _pyrandom

        s = _pyrandom.getrandbits(63)
        self._st.manual_seed(s)
        return s

    def get_state(self):
        return _State(self._st.get_state())

    def set_state(self, new_state):
        self._st.set_state(new_state._s)
        return self

    def __repr__(self):
        return f"<torch._C.Generator object at {hex(id(self))}>"


class _State:
    # Opaque generator state (torch returns a ByteTensor; only round-tripping is supported).

    def __init__(self, s):
        self._s = s

    def clone(self):
        return self


default_generator = Generator()


def _check_seed(seed):
    if isinstance(seed, _b.float) and not seed.is_integer():
        raise RuntimeError("manual_seed expected a long, but got float")
    seed = _b.int(seed)
    if seed < -0x8000_0000_0000_0000 or seed > 0xFFFF_FFFF_FFFF_FFFF:
        raise RuntimeError(f"Overflow when unpacking long long: {seed}")
    return seed


def _gen(generator):
    return (generator or default_generator)._st


def manual_seed(seed):
    seed = _check_seed(seed)
    _core.manual_seed(seed & 0xFFFF_FFFF_FFFF_FFFF)
    default_generator._st.manual_seed(seed)
    return default_generator


def seed():
    s = default_generator.seed()
    _core.manual_seed(s)
    return s


def initial_seed():
    return default_generator.initial_seed()


def get_rng_state():
    return default_generator.get_state()


def set_rng_state(new_state):
    default_generator.set_state(new_state)


def _size(size, op="rand"):
    if set(map(type, size)) <= {int}:
        return tuple(size)
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        size = tuple(size[0])
    elif len(size) == 1 and not hasattr(size[0], "__index__"):
        raise TypeError(f"{op}(): argument 'size' (position 1) must be tuple of ints, not {type(size[0]).__name__}")
    for i, s in enumerate(size):
        if not hasattr(s, "__index__"):
            raise TypeError(f"{op}(): argument 'size' (position 1) must be tuple of ints, but found element of "
                            f"type {type(s).__name__} at pos {i}")
    return tuple(s.__index__() for s in size)


def _default_float():
    return _sys.modules[__package__].get_default_dtype()


def _make(arr, shape, dtype, requires_grad=False):
    t = _core.tensor(arr.reshape(shape), dtype, False, TAG)
    if requires_grad:
        t.requires_grad_(True)
    return t


def _is_double(dtype):
    return dtype._fg == "float64"


def _check_float(dtype, op):
    if not dtype.is_floating_point:
        raise RuntimeError(f"\"{op}\" not implemented for '{_long_name(dtype)}'")


def _long_name(dtype):
    return {"int64": "Long", "int32": "Int", "bool": "Bool", "float32": "Float", "float64": "Double"}[dtype._fg]


def rand(*args, size=None, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
         pin_memory=False):
    shape = _size(args if size is None else (size,))
    dtype = dtype or _default_float()
    _check_float(dtype, "check_uniform_bounds")
    return _new(shape, dtype, requires_grad, uniform_, generator)


def randn(*args, size=None, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
          pin_memory=False):
    shape = _size(args if size is None else (size,), "randn")
    dtype = dtype or _default_float()
    _check_float(dtype, "normal_kernel_cpu")
    return _new(shape, dtype, requires_grad, normal_, generator)


def _new(shape, dtype, requires_grad, fill_, generator):
    t = fill_(_core.zeros(*shape, dtype=dtype, tag=TAG), generator=generator)
    if requires_grad:
        t.requires_grad_(True)
    return t


def randint(low=0, high=None, size=None, *, generator=None, out=None, dtype=None, layout=None, device=None,
            requires_grad=False, pin_memory=False):
    from . import int64

    if size is None and isinstance(high, (tuple, list)):
        low, high, size = 0, low, high
    if high is None:
        low, high = 0, low
    if size is None:
        raise TypeError("randint() missing 1 required positional arguments: \"size\"")
    shape = tuple(size)
    low, high = _b.int(low), _b.int(high)
    if low >= high:
        raise RuntimeError(f"random_ expects 'from' to be less than 'to', but got from={low} >= to={high}")
    return _new(shape, dtype or int64, requires_grad, lambda t, generator: random_(t, low, high, generator=generator),
                generator)


def randperm(n, *, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
             pin_memory=False):
    from . import int64

    n = _b.int(n)
    if n < 0:
        raise RuntimeError(f"Trying to create tensor with negative dimension {n}: [{n}]")
    vals = _mt.randperm(_gen(generator), n)
    return _make(vals, (n,), dtype or int64, requires_grad)


def rand_like(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    return rand(tuple(input.shape), dtype=dtype or input.dtype, requires_grad=requires_grad)


def randn_like(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    return randn(tuple(input.shape), dtype=dtype or input.dtype, requires_grad=requires_grad)


def randint_like(input, low=0, high=None, *, dtype=None, layout=None, device=None, requires_grad=False,
                 memory_format=None):
    if high is None:
        low, high = 0, low
    return randint(low, high, tuple(input.shape), dtype=dtype or input.dtype, requires_grad=requires_grad)


def _fill_(t, vals):
    import numpy as np

    vals = np.asarray(vals).reshape(tuple(t.shape))
    prev = _core.set_grad_enabled(False)
    try:
        if vals.dtype.name in ("float32", "float64") and vals.dtype.name == t.dtype._fg:
            # same dtype: copy straight from the array's memory (no temporary tensor whose
            # buffer the large-buffer cache would keep)
            t.copy_(_core.from_numpy_shared(vals, TAG))
        else:
            t.copy_(_core.tensor(vals, t.dtype, False, TAG))
    finally:
        _core.set_grad_enabled(prev)
    return t


def uniform_(self, a=0.0, b=1.0, *, generator=None):
    _check_float(self.dtype, "check_uniform_bounds")
    if a > b:
        raise RuntimeError(f"uniform_ expects to return a [from, to) range, but found from={a} > to={b}")
    # contiguous float32/float64: filled in place by the Rust engine (no temporaries)
    if _gen(generator)._engine().uniform_(self, _b.float(a), _b.float(b)):
        return self
    vals = _mt.uniform(_gen(generator), self.numel(), _b.float(a), _b.float(b), _is_double(self.dtype))
    return _fill_(self, vals)


def normal_(self, mean=0.0, std=1.0, *, generator=None):
    _check_float(self.dtype, "normal_kernel_cpu")
    if std < 0:
        raise RuntimeError(f"normal expects std >= 0.0, but found std {std}")
    g = _gen(generator)
    # contiguous float32/float64: filled in place by the Rust engine
    done, g.next_double_normal = g._engine().normal_(self, _b.float(mean), _b.float(std), g.next_double_normal)
    if done:
        return self
    vals = _mt.normal(g, self.numel(), _b.float(mean), _b.float(std), _is_double(self.dtype))
    return _fill_(self, vals)


def random_(self, from_=None, to=None, *, generator=None):
    import numpy as np

    g = _gen(generator)
    n = self.numel()
    if from_ is not None and to is None:
        from_, to = 0, from_
    if from_ is None:
        name = self.dtype._fg
        if name == "int64":
            vals = (g.random64(n) % np.uint64(1 << 63)).astype(np.int64)
        elif name == "float64":
            vals = (g.random64(n) % np.uint64((1 << 53) + 1)).astype(np.float64)
        elif name == "float32":
            vals = (g.random32(n) % np.uint64((1 << 24) + 1)).astype(np.float32)
        elif name == "int32":
            vals = (g.random32(n) % np.uint64(1 << 31)).astype(np.int32)
        else:
            vals = (g.random32(n) % np.uint64(2)).astype(np.bool_)
        return _fill_(self, vals)
    lo, hi = _b.int(from_), _b.int(to)
    # contiguous int64/int32/float32/float64: filled in place by the Rust engine
    if -1 << 63 <= lo < hi < 1 << 63 and g._engine().randint_(self, lo, hi):
        return self
    return _fill_(self, _mt.randint(g, n, lo, hi))


def exponential_(self, lambd=1.0, *, generator=None):
    import numpy as np

    u = _gen(generator).uniform_f64(self.numel())
    vals = -1.0 / lambd * np.log1p(-u)
    return _fill_(self, vals)


def bernoulli(input, p=None, *, generator=None, out=None):
    import numpy as np

    g = _gen(generator)
    if p is not None and not isinstance(p, _core.Tensor):
        return bernoulli_(_core.full_like(input, 0.0, None, False), p, generator=generator)
    probs = input if p is None else p
    res = _core.full_like(input.detach(), 0.0, None, False)
    # same shape: drawn in place by the Rust engine (1 done, 0 not handled, -1 a p outside [0, 1])
    st = g._engine().bernoulli_p(res, probs.detach()) if tuple(probs.shape) == tuple(input.shape) else 0
    if st > 0:
        return res
    pa = probs.numpy(True)
    if st < 0 or pa.size and (pa.min() < 0 or pa.max() > 1):
        raise RuntimeError("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message "
                           "be improved?  If so, please report an enhancement request to PyTorch.)")
    vals = _mt.bernoulli_tensor(g, np.broadcast_to(pa, tuple(input.shape)).copy(), probs.dtype._fg == "float64")
    return _core.tensor(vals.reshape(tuple(input.shape)), input.dtype, False, TAG)


def bernoulli_(self, p=0.5, *, generator=None):
    import numpy as np

    if isinstance(p, _core.Tensor):
        pa = np.broadcast_to(p.numpy(True), tuple(self.shape)).copy()
        vals = _mt.bernoulli_tensor(_gen(generator), pa, p.dtype._fg == "float64")
    else:
        if not 0 <= p <= 1:
            raise RuntimeError(f"bernoulli_ expects p to be in [0, 1], but got p={p}")
        if _gen(generator)._engine().bernoulli_(self, _b.float(p)):
            return self
        vals = _mt.bernoulli_scalar(_gen(generator), self.numel(), _b.float(p))
    return _fill_(self, vals)


def normal(mean=0.0, std=1.0, size=None, *, generator=None, out=None, dtype=None, layout=None, device=None,
           requires_grad=False, pin_memory=False):
    import numpy as np

    mt = isinstance(mean, _core.Tensor)
    st = isinstance(std, _core.Tensor)
    if not mt and not st:
        if size is None:
            raise TypeError("normal() received an invalid combination of arguments")
        t = _core.zeros(*tuple(size), dtype=dtype or _default_float(), requires_grad=False, tag=TAG)
        normal_(t, mean, std, generator=generator)
        if requires_grad:
            t.requires_grad_(True)
        return t
    ref = mean if mt else std
    shape = tuple(np.broadcast_shapes(tuple(mean.shape) if mt else (), tuple(std.shape) if st else ()))
    t = _core.zeros(*shape, dtype=ref.dtype, requires_grad=False, tag=TAG)
    if not st:
        # ATen: output.normal_(0, std) then output.add_(mean)
        normal_(t, 0.0, std, generator=generator)
        return (t + mean.detach()).detach()
    # ATen: output.normal_(0, 1) then output.mul_(std).add_(mean)
    normal_(t, 0.0, 1.0, generator=generator)
    return (t * std.detach() + (mean.detach() if mt else mean)).detach()


def multinomial(input, num_samples, replacement=False, *, generator=None, out=None):
    import numpy as np

    from . import int64

    if input.dim() not in (1, 2):
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if not input.dtype.is_floating_point:
        raise RuntimeError("multinomial only supports floating-point dtypes for input, got: "
                           + _long_name(input.dtype))
    probs = input.numpy(True)
    p2 = probs.reshape(-1, probs.shape[-1])
    n_cat = p2.shape[1]
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    if not replacement and num_samples > n_cat:
        raise RuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
    if (p2 < 0).any() or not np.isfinite(p2).all():
        raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
    if (p2.sum(axis=1) == 0).any():
        raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
    g = _gen(generator)
    if not replacement or num_samples == 1:
        # ATen: q ~ Exp(1) (same dtype as input), argmax / topk of p / q
        u = g.uniform_f64(p2.size)
        q = (-1.0 * np.log1p(-u)).astype(p2.dtype).reshape(p2.shape)
        r = (p2 / q).astype(p2.dtype)
        if num_samples == 1:
            res = np.argmax(r, axis=1)[:, None]
        else:
            res = np.argsort(-r, axis=1, kind="stable")[:, :num_samples]
    else:
        res = np.empty((p2.shape[0], num_samples), dtype=np.int64)
        for i in range(p2.shape[0]):
            cum = np.cumsum(p2[i], dtype=p2.dtype)
            tot = cum[-1]
            cum = (cum / tot).astype(p2.dtype)
            cum[-1] = 1
            u = g.uniform_f64(num_samples)
            res[i] = np.searchsorted(cum, u, side="left")
    res = res.astype(np.int64)
    if probs.ndim == 1:
        res = res.reshape(-1)
    return _core.tensor(res, int64, False, TAG)


TENSOR_METHODS = {
    "uniform_": uniform_,
    "normal_": normal_,
    "random_": random_,
    "exponential_": exponential_,
    "bernoulli": bernoulli,
    "bernoulli_": bernoulli_,
    "multinomial": multinomial,
}

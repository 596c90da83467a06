# mindspore.numpy array creation (MindSpore's numpy/array_creations.py): array, arange, full, tri*, index
# helpers, windows. Index / creation helpers compute with numpy.
import builtins as _b

from . import _dtype
from . import ops as _ops
from ._tensor import Tensor
from ._mnp_utils import _a, _arr, _cast, _np, _t, _to_dtype, _window

__all__ = [
    "logspace", "empty", "empty_like", "tri", "triu", "tril", "meshgrid", "trace", "diagonal", "copy", "asfarray",
    "array", "asarray", "arange", "full", "tril_indices", "triu_indices", "tril_indices_from", "triu_indices_from",
    "diag_indices", "diagflat", "indices", "ix_", "vander", "bartlett", "blackman", "hamming", "hanning",
]


def array(obj, dtype=None, copy=True, ndmin=0):
    np = _np()
    dtype = _to_dtype(dtype)
    if isinstance(obj, Tensor):
        t = obj.copy() if copy else obj
    else:
        if not isinstance(obj, (int, float, bool, list, tuple)):
            raise TypeError(f"input data must be `int`, `float`, `bool`, `Tensor`, `list`, `tuple`, but got "
                            f"{type(obj)}")
        a = np.asarray(obj)
        # mindspore.numpy makes 64-bit python data 32-bit
        if dtype is None:
            if a.dtype == np.float64:
                a = a.astype(np.float32)
            elif a.dtype == np.int64:
                a = a.astype(np.int32)
        t = Tensor(a.copy())
    t = _cast(t, dtype)
    while t.ndim < ndmin:
        t = t.reshape(1, *t.shape)
    return t


def asarray(a, dtype=None):
    return array(a, dtype, copy=False)


def arange(start, stop=None, step=None, dtype=None):
    np = _np()
    if stop is None:
        start, stop = 0, start
    if step is None:
        step = 1
    vals = [start, stop, step]
    if _b.any(isinstance(v, Tensor) for v in vals):
        vals = [v.asnumpy().item() if isinstance(v, Tensor) else v for v in vals]
    isfloat = _b.any(isinstance(v, float) for v in vals)
    a = np.arange(*vals).astype(np.float32 if isfloat else np.int32)
    return _cast(Tensor(a), _to_dtype(dtype))


def full(shape, fill_value, dtype=None):
    np = _np()
    dtype = _to_dtype(dtype)
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    if isinstance(fill_value, Tensor):
        t = _ops.broadcast_to(fill_value, shape) if fill_value.ndim else _ops.full(shape, fill_value.asnumpy().item(),
                                                                                 dtype=fill_value.dtype)
        return _cast(t, dtype)
    a = np.full(shape, fill_value)
    if dtype is None:
        a = a.astype(np.bool_ if a.dtype == np.bool_ else np.float32 if a.dtype.kind == "f" else np.int32)
    return _cast(Tensor(np.asarray(a)), dtype)


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0):
    np = _np()
    a = np.logspace(float(start), float(stop), num, endpoint, base).astype(np.float32)
    return _cast(Tensor(a), dtype)


def empty(shape, dtype=_dtype.float32):
    return _ops.zeros(shape if isinstance(shape, (tuple, list)) else (shape,), dtype)


def empty_like(prototype, dtype=None, shape=None):
    p = _arr(prototype)
    return _ops.zeros(shape if shape is not None else tuple(p.shape), dtype or p.dtype)


def tri(N, M=None, k=0, dtype=_dtype.float32):
    np = _np()
    return _cast(Tensor(np.tri(N, M, k).astype(np.float32)), dtype)


def _mask_tri(m, k, upper):
    m = _arr(m)
    np = _np()
    shape = tuple(m.shape)
    if len(shape) < 2:
        raise ValueError("input m's rank should be larger than 0")
    mask = np.triu(np.ones(shape[-2:], bool), k) if upper else np.tril(np.ones(shape[-2:], bool), k)
    return _ops.where(Tensor(mask), m, _ops.zeros_like(m))


def triu(m, k=0):
    return _mask_tri(m, k, True)


def tril(m, k=0):
    return _mask_tri(m, k, False)


def meshgrid(*xi, sparse=False, indexing="xy"):
    np = _np()
    outs = np.meshgrid(*[_arr(x).asnumpy() for x in xi], sparse=sparse, indexing=indexing)
    return tuple(Tensor(np.asarray(o)) for o in outs)


def asfarray(a, dtype=_dtype.float32):
    return _cast(_arr(a), dtype)


def copy(a):
    return _arr(a).copy()


def diagonal(a, offset=0, axis1=0, axis2=1):
    a = _arr(a)
    np = _np()
    a = moveaxis(a, (axis1, axis2), (-2, -1))
    n, m = a.shape[-2], a.shape[-1]
    rows = np.arange(_b.max(0, -offset), _b.min(n, m - offset))
    if rows.size == 0:
        return _ops.zeros(tuple(a.shape[:-2]) + (0,), a.dtype)
    idx = Tensor((rows * m + rows + offset).astype(np.int32))
    return _ops.gather(a.reshape(*a.shape[:-2], n * m), idx, a.ndim - 2)


def trace(a, offset=0, axis1=0, axis2=1, dtype=None):
    return _cast(_ops.sum(diagonal(a, offset, axis1, axis2), -1), dtype)


def tril_indices(n, k=0, m=None):
    return tuple(_t(r) for r in _np().tril_indices(n, k, m))


def triu_indices(n, k=0, m=None):
    return tuple(_t(r) for r in _np().triu_indices(n, k, m))


def tril_indices_from(arr, k=0):
    return tuple(_t(r) for r in _np().tril_indices_from(_a(arr), k))


def triu_indices_from(arr, k=0):
    return tuple(_t(r) for r in _np().triu_indices_from(_a(arr), k))


def diag_indices(n, ndim=2):
    return tuple(_t(r) for r in _np().diag_indices(n, ndim))


def diagflat(v, k=0):
    return _t(_np().diagflat(_a(v), k))


def indices(dimensions, dtype=_dtype.int32, sparse=False):
    np = _np()
    r = np.indices(dimensions, sparse=sparse)
    if sparse:
        return tuple(Tensor(np.asarray(x), dtype) for x in r)
    return [Tensor(np.asarray(x), dtype) for x in r]


def ix_(*args):
    return tuple(_t(r) for r in _np().ix_(*[_a(a) for a in args]))


def vander(x, N=None, increasing=False):
    return _t(_np().vander(_a(x), N, increasing))


bartlett = _window("bartlett")
blackman = _window("blackman")
hamming = _window("hamming")
hanning = _window("hanning")


# names from the sibling modules (imported last: they import each other)
from ._mnp_array_ops import moveaxis  # noqa: E402


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    np = _np()
    r = np.geomspace(start, stop, num, endpoint, axis=axis).astype(np.float32)
    return _cast(_t(r), _to_dtype(dtype))

__all__ += ["geomspace"]


def _rand_kernel(name):
    # mindspore.numpy seeds a fresh primitive with _get_seed(get_seed(), name) per call
    from . import _random, get_seed

    return _random.KernelRng(*_random.get_graph_seed(get_seed(), name))


def _rand_size(shape):
    return tuple(shape[0]) if len(shape) == 1 and isinstance(shape[0], (tuple, list)) else (tuple(shape) or (1,))


def rand(*shape, dtype=_dtype.float32):
    return Tensor(_rand_kernel("UniformReal").uniform_real(_rand_size(shape))).astype(dtype)


def randn(*shape, dtype=_dtype.float32):
    return Tensor(_rand_kernel("StandardNormal").standard_normal(_rand_size(shape))).astype(dtype)


def randint(minval, maxval=None, shape=None, dtype=_dtype.int32):
    if maxval is None:
        minval, maxval = 0, minval
    shape = (1,) if shape is None else ((shape,) if isinstance(shape, int) else tuple(shape))
    dt = _dtype.by_name({"int": "int32"}.get(dtype, dtype)) if isinstance(dtype, str) else dtype
    return Tensor(_rand_kernel("UniformInt").uniform_int(shape, minval, maxval).astype(dt._name), dt)


__all__ += ["rand", "randn", "randint"]

"""More of mindspore.numpy (dtype names, creation, shape manipulation, math and logic), as the
MindSpore 2.x tutorials use it. Math goes through mindspore.ops (differentiable); index / creation
helpers compute with numpy."""
import builtins as _b
import math as _math

from . import _dtype
from . import ops as _ops
from ._tensor import Tensor

__all__ = [
    "float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool_", "pi", "inf", "nan",
    "NINF", "PINF", "logspace", "empty", "empty_like", "tri", "triu", "tril", "meshgrid", "swapaxes", "moveaxis",
    "ravel", "vstack", "hstack", "dstack", "column_stack", "split", "array_split", "hsplit", "vsplit", "flipud",
    "fliplr", "roll", "repeat", "cumprod", "ptp", "average", "diff", "inner", "norm", "trace", "count_nonzero",
    "unique", "isnan", "isinf", "isfinite", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh",
    "log1p", "expm1", "remainder", "mod", "floor_divide", "equal", "not_equal", "greater", "greater_equal", "less",
    "less_equal", "logical_and", "logical_or", "logical_not", "array_equal", "broadcast_to", "atleast_1d",
    "atleast_2d", "atleast_3d", "diagonal", "rot90", "take", "append", "positive", "rint", "trunc", "round",
    "cbrt", "deg2rad", "rad2deg", "kron", "cross", "tensordot", "matrix_power", "copy", "nansum", "nanmean",
    "asfarray", "cov", "sum", "mean", "dot", "array", "asarray", "arange", "full", "var", "std",
]

float16, float32, float64 = _dtype.float16, _dtype.float32, _dtype.float64
int8, int16, int32, int64, uint8, bool_ = (_dtype.int8, _dtype.int16, _dtype.int32, _dtype.int64, _dtype.uint8,
                                           _dtype.bool_)
pi = _math.pi
inf = float("inf")
nan = float("nan")
NINF = float("-inf")
PINF = float("inf")


def _np():
    import numpy as np

    return np


def _arr(x):
    return x if isinstance(x, Tensor) else Tensor(x)


def _from_np(a, like=None):
    np = _np()
    a = np.ascontiguousarray(a)
    if a.dtype == np.float64 and (like is None or like.dtype != _dtype.float64):
        a = a.astype(np.float32)
    return Tensor(a)


def _cast(t, dtype):
    return t if dtype is None else _ops.cast(t, dtype)


# ------------------------------------------------------------------ creation
def _to_dtype(dtype):
    if dtype is None or isinstance(dtype, _dtype.Type):
        return dtype
    return _dtype.pytype_to_dtype(dtype) or _dtype.by_name(_np().dtype(dtype).name)


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
    return _cast(Tensor(np.ascontiguousarray(a)), dtype)


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
    return tuple(Tensor(np.ascontiguousarray(o)) for o in outs)


def asfarray(a, dtype=_dtype.float32):
    return _cast(_arr(a), dtype)


def copy(a):
    return _arr(a).copy()


# ------------------------------------------------------------------ shape
def swapaxes(x, axis1, axis2):
    return _arr(x).swapaxes(axis1, axis2)


def moveaxis(a, source, destination):
    a = _arr(a)
    src = [source] if isinstance(source, int) else list(source)
    dst = [destination] if isinstance(destination, int) else list(destination)
    src = [s % a.ndim for s in src]
    dst = [d % a.ndim for d in dst]
    order = [n for n in range(a.ndim) if n not in src]
    for d, s in sorted(zip(dst, src)):
        order.insert(d, s)
    return a.permute(*order)


def ravel(x):
    return _arr(x).reshape(-1)


def atleast_1d(*arys):
    res = [_arr(a) if _arr(a).ndim >= 1 else _arr(a).reshape(1) for a in arys]
    return res[0] if len(res) == 1 else res


def atleast_2d(*arys):
    res = []
    for a in arys:
        a = _arr(a)
        res.append(a.reshape(1, -1) if a.ndim < 2 else a)
    return res[0] if len(res) == 1 else res


def atleast_3d(*arys):
    res = []
    for a in arys:
        a = _arr(a)
        if a.ndim == 0:
            a = a.reshape(1, 1, 1)
        elif a.ndim == 1:
            a = a.reshape(1, -1, 1)
        elif a.ndim == 2:
            a = a.reshape(*a.shape, 1)
        res.append(a)
    return res[0] if len(res) == 1 else res


def vstack(tup):
    return _ops.concat([atleast_2d(t) for t in tup], 0)


def hstack(tup):
    ts = [_arr(t) for t in tup]
    return _ops.concat(ts, 0 if ts[0].ndim == 1 else 1)


def dstack(tup):
    return _ops.concat([atleast_3d(t) for t in tup], 2)


def column_stack(tup):
    ts = [_arr(t) for t in tup]
    return _ops.concat([t.reshape(-1, 1) if t.ndim == 1 else t for t in ts], 1)


def _split(x, indices_or_sections, axis, strict):
    x = _arr(x)
    n = x.shape[axis]
    if isinstance(indices_or_sections, int):
        k = indices_or_sections
        if strict and n % k:
            raise ValueError("array split does not result in an equal division")
        base, extra = divmod(n, k)
        sizes = [base + 1] * extra + [base] * (k - extra)
        bounds = [0]
        for s in sizes:
            bounds.append(bounds[-1] + s)
    else:
        bounds = [0] + [_b.min(int(i), n) for i in indices_or_sections] + [n]
    out = []
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        idx = [slice(None)] * x.ndim
        idx[axis] = slice(lo, hi)
        out.append(x[tuple(idx)])
    return tuple(out)


def split(x, indices_or_sections, axis=0):
    return _split(x, indices_or_sections, axis, True)


def array_split(x, indices_or_sections, axis=0):
    return _split(x, indices_or_sections, axis, False)


def hsplit(x, indices_or_sections):
    return split(x, indices_or_sections, 1 if _arr(x).ndim > 1 else 0)


def vsplit(x, indices_or_sections):
    return split(x, indices_or_sections, 0)


def flipud(m):
    return _ops.flip(_arr(m), (0,))


def fliplr(m):
    return _ops.flip(_arr(m), (1,))


def roll(a, shift, axis=None):
    a = _arr(a)
    if axis is None:
        return roll(a.reshape(-1), shift, 0).reshape(*a.shape)
    shifts = [shift] if isinstance(shift, int) else list(shift)
    axes = [axis] if isinstance(axis, int) else list(axis)
    if len(shifts) == 1 and len(axes) > 1:
        shifts = shifts * len(axes)
    for sh, ax in zip(shifts, axes):
        ax = ax % a.ndim
        n = a.shape[ax]
        if n == 0:
            continue
        k = sh % n
        if k:
            lo = [slice(None)] * a.ndim
            hi = [slice(None)] * a.ndim
            lo[ax] = slice(n - k, n)
            hi[ax] = slice(0, n - k)
            a = _ops.concat([a[tuple(lo)], a[tuple(hi)]], ax)
    return a


def repeat(a, repeats, axis=None):
    a = _arr(a)
    if axis is None:
        a, axis = a.reshape(-1), 0
    return _ops.repeat_interleave(a, repeats, axis)


def broadcast_to(array, shape):
    return _ops.broadcast_to(_arr(array), shape)


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


def rot90(a, k=1, axes=(0, 1)):
    return _ops.rot90(_arr(a), k, axes)


def take(a, indices, axis=None, mode="clip"):
    a = _arr(a)
    idx = _arr(indices)
    if axis is None:
        a, axis = a.reshape(-1), 0
    return _ops.gather(a, idx, axis)


def append(arr, values, axis=None):
    arr, values = _arr(arr), _arr(values)
    if axis is None:
        return _ops.concat([arr.reshape(-1), values.reshape(-1)], 0)
    return _ops.concat([arr, values], axis)


# ------------------------------------------------------------------ math
def cumprod(a, axis=None, dtype=None):
    a = _arr(a)
    if axis is None:
        a, axis = a.reshape(-1), 0
    return _cast(_ops.cumprod(a, axis), dtype)


def ptp(x, axis=None, keepdims=False):
    x = _arr(x)
    return _ops.amax(x, axis, keepdims) - _ops.amin(x, axis, keepdims)


def average(x, axis=None, weights=None, returned=False):
    x = _arr(x)
    if weights is None:
        r = mean(x, axis)
        wsum = _ops.full_like(r, x.numel() / _b.max(r.numel(), 1))
    else:
        w = _arr(weights)
        if w.ndim == 1 and x.ndim > 1 and axis is not None:
            shape = [1] * x.ndim
            shape[axis] = -1
            w = w.reshape(*shape)
        wsum = _ops.sum(w * _ops.ones_like(x), axis)
        r = _ops.sum(x * w, axis) / wsum
    return (r, wsum) if returned else r


def diff(a, n=1, axis=-1, prepend=None, append=None):
    a = _arr(a)
    ax = axis % a.ndim
    for _ in range(n):
        k = a.shape[ax]
        hi = [slice(None)] * a.ndim
        lo = [slice(None)] * a.ndim
        hi[ax] = slice(1, k)
        lo[ax] = slice(0, k - 1)
        a = a[tuple(hi)] - a[tuple(lo)]
    return a


def dot(a, b):
    # mindspore.numpy.dot: MatMul(transpose_b) of a (-1, k) by b^T (-1, k), reshaped back
    a, b = _arr(a), _arr(b)
    if a.ndim == 0 or b.ndim == 0:
        return a * b
    if b.ndim >= 2:
        perm = list(range(b.ndim))
        perm[-1], perm[-2] = perm[-2], perm[-1]
        b = b.permute(*perm)
    if a.shape[-1] != b.shape[-1]:
        raise ValueError('shapes are not aligned')
    res = _ops.MatMul(transpose_b=True)(a.reshape(-1, a.shape[-1]), b.reshape(-1, b.shape[-1]))
    return res.reshape(*(tuple(a.shape[:-1]) + tuple(b.shape[:-1])))


def inner(a, b):
    a, b = _arr(a), _arr(b)
    if a.ndim == 0 or b.ndim == 0:
        return a * b
    return _ops.tensor_dot(a, b, ((a.ndim - 1,), (b.ndim - 1,)))


def tensordot(a, b, axes=2):
    return _ops.tensor_dot(_arr(a), _arr(b), axes)


def kron(a, b):
    a, b = _arr(a), _arr(b)
    np = _np()
    return Tensor(np.kron(a.asnumpy(), b.asnumpy()))


def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    return _ops.cross(_arr(a), _arr(b), -1 if axis is None else axis)


def matrix_power(a, n):
    a = _arr(a)
    r = None
    for _ in range(n):
        r = a if r is None else _ops.matmul(r, a)
    return r if r is not None else _ops.eye(a.shape[-1], a.shape[-1], a.dtype)


def norm(x, ord=None, axis=None, keepdims=False):
    x = _arr(x)
    return _ops.sqrt(_ops.sum(x * x, axis, keepdims))


def trace(a, offset=0, axis1=0, axis2=1, dtype=None):
    return _cast(_ops.sum(diagonal(a, offset, axis1, axis2), -1), dtype)


def count_nonzero(x, axis=None, keepdims=False):
    return _ops.count_nonzero(_arr(x), () if axis is None else axis, keepdims)


def unique(x, return_inverse=False):
    np = _np()
    a = _arr(x).asnumpy().reshape(-1)
    # MindSpore's Unique keeps the order of first appearance
    vals, first, inv = np.unique(a, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    u = Tensor(np.ascontiguousarray(vals[order]))
    if return_inverse:
        return u, Tensor(rank[inv].astype(np.int32))
    return u


def sum(a, axis=None, dtype=None, keepdims=False, initial=None):  # noqa: A001
    a = _arr(a)
    if a.dtype == _dtype.bool_:
        a = _ops.cast(a, _dtype.int32)
    r = _ops.sum(a, axis, keepdims)
    if initial is not None:
        r = r + initial
    return _cast(r, dtype)


def _is_int(t):
    return t.dtype in (_dtype.int8, _dtype.int16, _dtype.int32, _dtype.int64, _dtype.uint8, _dtype.bool_)


def mean(a, axis=None, keepdims=False, dtype=None):
    a = _arr(a)
    if _is_int(a):
        # an integer mean stays integer (truncated), as MindSpore's ReduceMean
        r = _ops.cast(_ops.mean(_ops.cast(a, _dtype.float32), axis, keepdims), a.dtype)
    else:
        r = _ops.mean(a, axis, keepdims)
    return _cast(r, dtype)


def var(x, axis=None, ddof=0, keepdims=False):
    x = _arr(x)
    if _is_int(x):
        # MindSpore subtracts the integer (truncated) mean before going to float32
        d = _ops.cast(x - mean(x, axis, True), _dtype.float32)
        n = x.numel() if axis is None else _math.prod(x.shape[a] for a in ((axis,) if isinstance(axis, int) else axis))
        return _ops.sum(d * d, axis, keepdims) / float(n - ddof)
    return _ops.var(x, axis, ddof, keepdims)


def std(x, axis=None, ddof=0, keepdims=False):
    x = _arr(x)
    if _is_int(x):
        return _ops.sqrt(var(x, axis, ddof, keepdims))
    return _ops.std(x, axis, ddof, keepdims)


def nansum(a, axis=None, dtype=None, keepdims=False):
    a = _arr(a)
    return _cast(_ops.sum(_ops.where(_ops.isnan(a), _ops.zeros_like(a), a), axis, keepdims), dtype)


def nanmean(a, axis=None, dtype=None, keepdims=False):
    a = _arr(a)
    keep = _ops.logical_not(_ops.isnan(a))
    n = _ops.sum(_ops.cast(keep, a.dtype), axis, keepdims)
    return _cast(nansum(a, axis, None, keepdims) / n, dtype)


def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, dtype=None):
    np = _np()
    r = np.cov(_arr(m).asnumpy(), None if y is None else _arr(y).asnumpy(), rowvar, bias, ddof)
    return _cast(Tensor(np.asarray(r, np.float32)), dtype)


def array_equal(a1, a2, equal_nan=False):
    a1, a2 = _arr(a1), _arr(a2)
    np = _np()
    if tuple(a1.shape) != tuple(a2.shape):
        return Tensor(np.array(False))
    return Tensor(np.array(bool((a1.asnumpy() == a2.asnumpy()).all())))


def _u(fn):
    def op(x, dtype=None):
        return _cast(fn(_arr(x)), dtype)

    return op


isnan, isinf, isfinite = _u(_ops.isnan), _u(_ops.isinf), _u(_ops.isfinite)
sin, cos, tan = _u(_ops.sin), _u(_ops.cos), _u(_ops.tan)
arcsin, arccos, arctan = _u(_ops.asin), _u(_ops.acos), _u(_ops.atan)
sinh, cosh = _u(_ops.sinh), _u(_ops.cosh)
log1p, expm1 = _u(_ops.log1p), _u(_ops.expm1)
rint, trunc, positive = _u(_ops.round), _u(_ops.trunc), _u(lambda x: x)
cbrt = _u(lambda x: _ops.sign(x) * _ops.pow(_ops.abs(x), 1.0 / 3.0))
deg2rad = _u(lambda x: x * (pi / 180.0))
rad2deg = _u(lambda x: x * (180.0 / pi))
logical_not = _u(_ops.logical_not)


def round(a, decimals=0):  # noqa: A001
    return _ops.round(_arr(a))


def _b2(fn):
    def op(x1, x2, dtype=None):
        return _cast(fn(_arr(x1), x2), dtype)

    return op


remainder = mod = _b2(lambda a, b: _ops.remainder(a, b))
floor_divide = _b2(lambda a, b: _ops.floor_divide(a, b))
equal, not_equal = _b2(_ops.equal), _b2(_ops.ne)
greater, greater_equal = _b2(_ops.gt), _b2(_ops.ge)
less, less_equal = _b2(_ops.lt), _b2(_ops.le)
logical_and = _b2(lambda a, b: _ops.logical_and(a, _arr(b)))
logical_or = _b2(lambda a, b: _ops.logical_or(a, _arr(b)))

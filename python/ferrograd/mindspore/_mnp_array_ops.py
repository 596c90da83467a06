# mindspore.numpy array manipulation (MindSpore's numpy/array_ops.py): shape, stacking, splitting, flips,
# take/choose/select.
import builtins as _b

from . import ops as _ops
from ._tensor import Tensor
from ._mnp_utils import _a, _arr, _np, _t

__all__ = [
    "swapaxes", "moveaxis", "ravel", "vstack", "hstack", "dstack", "column_stack", "split", "array_split", "hsplit",
    "vsplit", "flipud", "fliplr", "roll", "repeat", "unique", "broadcast_to", "atleast_1d", "atleast_2d",
    "atleast_3d", "rot90", "take", "append", "ravel_multi_index", "unravel_index", "take_along_axis", "choose",
    "select", "rollaxis", "broadcast_arrays", "dsplit",
]


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


def unique(x, return_inverse=False):
    np = _np()
    a = _arr(x).asnumpy().reshape(-1)
    # MindSpore's Unique keeps the order of first appearance
    vals, first, inv = np.unique(a, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    u = Tensor(np.asarray(vals[order]))
    if return_inverse:
        return u, Tensor(rank[inv].astype(np.int32))
    return u


def ravel_multi_index(multi_index, dims, mode="clip", order="C"):
    idx = tuple(_a(i) for i in multi_index)
    # MindSpore 2.10 returns the flat indices as float32
    return _t(_np().ravel_multi_index(idx, dims, mode=mode, order=order).astype("float32"))


def unravel_index(indices, shape, order="C"):
    return tuple(_t(r) for r in _np().unravel_index(_a(indices), shape, order=order))


def take_along_axis(arr, indices, axis):
    np = _np()
    a = _arr(arr)
    if axis is None:
        a = a.reshape(-1)
        axis = 0
    idx = _a(indices).astype(np.int64)
    return _ops.gather_elements(a, axis, Tensor(np.asarray(np.broadcast_to(
        idx, tuple(idx.shape[i] if i == axis % a.ndim else max(s, idx.shape[i]) for i, s in enumerate(a.shape))))))


def choose(a, choices, mode="clip"):
    return _t(_np().choose(_a(a), [_a(c) for c in choices], mode=mode))


def select(condlist, choicelist, default=0):
    return _t(_np().select([_a(c) for c in condlist], [_a(c) for c in choicelist], default))


def rollaxis(x, axis, start=0):
    return _t(_np().rollaxis(_a(x), axis, start))


def broadcast_arrays(*args):
    return [_t(r) for r in _np().broadcast_arrays(*[_a(a) for a in args])]


def dsplit(x, indices_or_sections):
    return _ops.dsplit(_arr(x), indices_or_sections)


def pad(arr, pad_width, mode="constant", stat_length=None, constant_values=0, end_values=0, reflect_type="even",
        **kwargs):
    np = _np()
    x = _a(arr)
    kw = {"constant": {"constant_values": constant_values}, "linear_ramp": {"end_values": end_values},
          "reflect": {"reflect_type": reflect_type}, "symmetric": {"reflect_type": reflect_type}}.get(mode, {})
    if mode in ("maximum", "minimum", "mean", "median"):
        kw = {"stat_length": stat_length}
    if callable(mode):
        kw = kwargs
    return _t(np.pad(x, pad_width, mode, **kw).astype(x.dtype))

__all__ += ["pad"]

# mindspore.ops array primitives (MindSpore's ops/operations/array_ops.py) and the assign /
# scatter-nd / gather-nd / cross functions they call.
import builtins as _b

from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor
from . import _array_func as AF
from . import _utils as U
from . import functional as F
from .primitives import Primitive
from ._func_prims import _p as _simple

__all__ = [
    "assign", "assign_add", "assign_sub", "tensor_scatter_update", "tensor_scatter_add", "scatter_nd", "gather_nd",
    "cross", "AssignAdd", "AssignSub", "TopK", "Sort", "ScatterNdUpdate", "Eye", "Range", "Unique", "GatherD",
    "GatherNd", "TensorScatterUpdate", "ScatterNd", "Cross", "Zeros", "Ones", "Unstack", "Slice", "StridedSlice",
]

_CT = _core.Tensor


def _set(variable, value):
    if hasattr(variable, "set_data"):
        variable.set_data(value)
    else:
        variable._assign(value)
    return variable


def assign(variable, value):
    _set(variable, value if isinstance(value, _CT) else Tensor(value, variable.dtype))
    return variable.value() if hasattr(variable, "value") else variable


def assign_add(variable, value):
    _set(variable, (variable + value).detach())
    return variable.value() if hasattr(variable, "value") else variable


def assign_sub(variable, value):
    _set(variable, (variable - value).detach())
    return variable.value() if hasattr(variable, "value") else variable


def _nd_index(indices):
    idx = U._np_of(indices).astype(np.int64)
    return tuple(idx[..., k] for k in range(idx.shape[-1]))


def tensor_scatter_update(input_x, indices, updates):
    a = U._np_of(input_x).copy()
    a[_nd_index(indices)] = U._np_of(updates)
    return Tensor(a)


def tensor_scatter_add(input_x, indices, updates):
    a = U._np_of(input_x).copy()
    np.add.at(a, _nd_index(indices), U._np_of(updates))
    return Tensor(a)


def scatter_nd(indices, updates, shape):
    u = U._np_of(updates)
    a = np.zeros(tuple(shape), u.dtype)
    np.add.at(a, _nd_index(indices), u)
    return Tensor(a)


def gather_nd(input_x, indices):
    x = F._t(input_x)
    idx = U._np_of(indices).astype(np.int64)
    k = idx.shape[-1]
    inner = tuple(x.shape[k:])
    strides = np.cumprod((tuple(x.shape[:k]) + (1,))[::-1])[::-1][1:]
    flat = (idx * strides).sum(-1).reshape(-1)
    r = x.reshape(-1, *inner) if inner else x.reshape(-1)
    out = r.index_select(0, Tensor(flat.astype(np.int64)))
    return out.reshape(*(tuple(idx.shape[:-1]) + inner))


def cross(input, other, dim=None):
    a, b = F._t(input), F._t(other)
    if dim is None:
        dim = next(i for i, s in enumerate(a.shape) if s == 3)
    d = dim % a.ndim

    def c(i):
        return a.narrow(d, i, 1), b.narrow(d, i, 1)

    (a0, b0), (a1, b1), (a2, b2) = c(0), c(1), c(2)
    return _core.cat([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], d)


class AssignAdd(Primitive):
    def construct(self, variable, value):
        return assign_add(variable, value)


class AssignSub(Primitive):
    def construct(self, variable, value):
        return assign_sub(variable, value)


class TopK(Primitive):
    def __init__(self, sorted=True):
        super().__init__()
        self.sorted = sorted

    def construct(self, input_x, k):
        return F.topk(input_x, k)


class Sort(Primitive):
    def __init__(self, axis=-1, descending=False):
        super().__init__()
        self.axis, self.descending = axis, descending

    def construct(self, x):
        return F.sort(x, self.axis, self.descending)


class ScatterNdUpdate(Primitive):
    def __init__(self, use_locking=True):
        super().__init__()

    def construct(self, input_x, indices, updates):
        new = tensor_scatter_update(input_x, indices, updates)
        _set(input_x, new)
        return new


class TensorScatterUpdate(Primitive):
    def construct(self, input_x, indices, updates):
        return tensor_scatter_update(input_x, indices, updates)


class ScatterNd(Primitive):
    def construct(self, indices, updates, shape):
        return scatter_nd(indices, updates, shape)


class Eye(Primitive):
    def construct(self, n, m, t):
        return F.eye(n, m, t)


class Range(Primitive):
    def __init__(self, maxlen=1000000):
        super().__init__()

    def construct(self, start, limit, delta):
        s, l_, d = (v.asnumpy().item() if isinstance(v, _CT) else v for v in (start, limit, delta))
        dt = start.dtype if isinstance(start, _CT) else None
        return Tensor(np.arange(s, l_, d).astype(dt._name if dt is not None else "int64"), dt)


class Unique(Primitive):
    def construct(self, x):
        return AF.unique(x)


class GatherD(Primitive):
    def construct(self, x, dim, index):
        return AF.gather_elements(x, dim, index)


class GatherNd(Primitive):
    def construct(self, input_x, indices):
        return gather_nd(input_x, indices)


class Cross(Primitive):
    def __init__(self, dim=-65530):
        super().__init__()
        self.dim = None if dim == -65530 else dim

    def construct(self, x1, x2):
        return cross(x1, x2, self.dim)
Zeros = _simple("Zeros", lambda shape, dtype=None: F.zeros(shape, dtype))
Ones = _simple("Ones", lambda shape, dtype=None: F.ones(shape, dtype))
del _dtype


class Unstack(Primitive):
    def __init__(self, axis=0, num=None):
        super().__init__()
        self.axis, self.num = axis, num

    def construct(self, x):
        return tuple(AF.unbind(x, self.axis))


class Slice(Primitive):
    def construct(self, x, begin, size):
        idx = tuple(_b.slice(b, None if s == -1 else b + s) for b, s in zip(begin, size))
        return x[idx]


class StridedSlice(Primitive):
    def __init__(self, begin_mask=0, end_mask=0, ellipsis_mask=0, new_axis_mask=0, shrink_axis_mask=0):
        super().__init__()
        self.begin_mask, self.end_mask = begin_mask, end_mask
        self.ellipsis_mask, self.new_axis_mask, self.shrink_axis_mask = ellipsis_mask, new_axis_mask, shrink_axis_mask

    def construct(self, x, begin, end, strides):
        idx = []
        for i, (b, e, s) in enumerate(zip(begin, end, strides)):
            bit = 1 << i
            if self.ellipsis_mask & bit:
                idx.append(Ellipsis)
            elif self.new_axis_mask & bit:
                idx.append(None)
            elif self.shrink_axis_mask & bit:
                idx.append(b)
            else:
                idx.append(_b.slice(None if self.begin_mask & bit else b, None if self.end_mask & bit else e, s))
        neg = [i for i, v in enumerate(idx) if isinstance(v, _b.slice) and v.step is not None and v.step < 0]
        if not neg or Ellipsis in idx:
            return x[tuple(idx)]
        # negative strides: take the full axis, then pick the rows in slice order
        r = x[tuple(_b.slice(None) if i in neg else v for i, v in enumerate(idx))]
        src = 0
        for i, v in enumerate(idx):
            if i in neg:
                rows = np.arange(x.shape[src])[v]
                out_dim = _b.sum(1 for w in idx[:i] if not isinstance(w, int))
                r = r.index_select(out_dim, Tensor(rows.astype(np.int64)))
            src += v is not None
        return r


def slice(input_x, begin, size):  # noqa: A001
    return Slice()(input_x, begin, size)


def strided_slice(input_x, begin, end, strides, begin_mask=0, end_mask=0, ellipsis_mask=0, new_axis_mask=0,
                  shrink_axis_mask=0):
    return StridedSlice(begin_mask, end_mask, ellipsis_mask, new_axis_mask, shrink_axis_mask)(input_x, begin, end,
                                                                                             strides)


__all__ += ["slice", "strided_slice"]

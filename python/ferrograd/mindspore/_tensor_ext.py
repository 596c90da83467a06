"""More mindspore.Tensor methods (added to the dialect's ext table): the Tensor forms of ops such as
topk/sort/argsort/cumsum/flip/tril/scatter/gather_elements, with MindSpore's signatures."""
from .. import _core
from . import _dtype
from ._tensor import EXT, Tensor, astype


def _X():
    from .ops import _extra

    return _extra


def _F():
    from .ops import functional

    return functional


def _topk(self, k, dim=None, largest=True, sorted=True):
    return _F().topk(self, k, dim, largest, sorted)


def _sort(self, axis=-1, descending=False):
    return _F().sort(self, axis, descending)


def _cumsum(self, axis=None, dtype=None):
    x = self
    if axis is None:
        x, axis = x.reshape(-1), 0
    r = _F().cumsum(x, axis)
    return astype(r, dtype) if dtype is not None else r


def _cummin(self, axis):
    v, i = _X().cummin(self, axis)
    return v, i._cast("int32")


def _where(self, condition, y):
    return _core.where_(condition, self, y if isinstance(y, _core.Tensor) else Tensor(y, self.dtype))


def _type(self, dtype=None):
    if dtype is None:
        return str(self.dtype)
    return astype(self, dtype)


def _new_full(self, size, value, dtype=None):
    return _F().full(size, value, dtype=dtype or self.dtype)


def _index_fill(self, axis, index, value):
    import numpy as np

    a = self.asnumpy().copy()
    sl = [slice(None)] * a.ndim
    sl[axis % a.ndim] = index.asnumpy().astype(np.int64) if isinstance(index, _core.Tensor) else index
    mask = np.zeros(a.shape, bool)
    mask[tuple(sl)] = True
    v = value.asnumpy().item() if isinstance(value, _core.Tensor) else value
    return _core.where_(Tensor(mask), Tensor(np.full(a.shape, v, a.dtype)), self)


def _sum_to_size(self, *size):
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        size = tuple(size[0])
    x = self
    lead = x.ndim - len(size)
    if lead:
        x = x.sum(tuple(range(lead)))  # noqa: E501
    axes = tuple(i for i, s in enumerate(size) if s == 1 and x.shape[i] != 1)
    return x.sum(axes, keepdims=True) if axes else x


_METHODS = {
    "gather_elements": lambda self, dim, index: _X().gather_elements(self, dim, index),
    "topk": _topk,
    "sort": _sort,
    "argsort": lambda self, axis=-1, descending=False: _X().argsort(self, axis, descending),
    "cumsum": _cumsum,
    "cumprod": lambda self, dim, dtype=None: _X().cumprod(self, dim, dtype),
    "cummax": lambda self, axis: _X().cummax(self, axis),
    "cummin": _cummin,
    "flip": lambda self, dims: _X().flip(self, dims),
    "tril": lambda self, diagonal=0: _X().tril(self, diagonal),
    "triu": lambda self, diagonal=0: _X().triu(self, diagonal),
    "repeat_interleave": lambda self, repeats, dim=None: _X().repeat_interleave(self, repeats, dim),
    "nonzero": lambda self, as_tuple=False: _X().nonzero(self, as_tuple=as_tuple),
    "half": lambda self: astype(self, _dtype.float16),
    "count_nonzero": lambda self, axis=(), keep_dims=False, dtype=_dtype.int32: _X().count_nonzero(self, axis, keep_dims,
                                                                                                  dtype),
    "argmax_with_value": lambda self, axis=0, keep_dims=False: (self.amax(axis, keep_dims),
                                                                _core.Tensor.argmax(self, axis, keep_dims)),
    "argmin_with_value": lambda self, axis=0, keep_dims=False: (self.amin(axis, keep_dims),
                                                                _core.Tensor.argmin(self, axis, keep_dims)),
    "diff": lambda self, n=1, axis=-1, prepend=None, append=None: _X().diff(self, n, axis, prepend, append),
    "scatter": lambda self, axis, index, src: _X().scatter(self, axis, index, src),
    "scatter_add": lambda self, dim, index, src: _X().scatter_add(self, dim, index, src),
    "where": _where,
    "isclose": lambda self, x2, rtol=1e-05, atol=1e-08, equal_nan=False: _X().isclose(self, x2, rtol, atol,
                                                                                       equal_nan),
    "logsumexp": lambda self, axis, keepdims=False: _X().logsumexp(self, axis, keepdims),
    "equal": lambda self, other: _F().equal(self, other),
    "lerp": lambda self, end, weight: _X().lerp(self, end, weight),
    "addcmul": lambda self, tensor1, tensor2, value=1: _X().addcmul(self, tensor1, tensor2, value),
    "addcdiv": lambda self, tensor1, tensor2, value=1: _X().addcdiv(self, tensor1, tensor2, value),
    "addmm": lambda self, mat1, mat2, *, beta=1, alpha=1: self * beta + mat1.matmul(mat2) * alpha,
    "trace": lambda self: _X().trace(self),
    "new_zeros": lambda self, size, dtype=None: _new_full(self, size, 0, dtype),
    "new_ones": lambda self, size, dtype=None: _new_full(self, size, 1, dtype),
    "isnan": lambda self: _F().isnan(self),
    "isinf": lambda self: _F().isinf(self),
    "isfinite": lambda self: _F().isfinite(self),
    "log2": lambda self: _X().log2(self),
    "log10": lambda self: _X().log10(self),
    "atan2": lambda self, other: _X().atan2(self, other),
    "erf": lambda self: _X().erf(self),
    "masked_select": lambda self, mask: _X().masked_select(self, mask),
    "masked_scatter": lambda self, mask, x: _X().masked_scatter(self, mask, x),
    "type": _type,
    "index_fill": _index_fill,
    "index_select": lambda self, axis, index: _X().index_select(self, axis, index),
    "sum_to_size": _sum_to_size,
    "inverse": lambda self: _X().inverse(self),
    "unique_consecutive": None,
}
for _k, _v in _METHODS.items():
    if _v is not None and _k not in EXT:
        EXT[_k] = _v


def _assign_value(self, value):
    self.set_data(value)
    return self


from ._tensor import Parameter  # noqa: E402

Parameter.assign_value = _assign_value


def _fill_diagonal(self, fill_value, wrap=False):
    # out of place, as MindSpore 2.x's Tensor.fill_diagonal
    import numpy as np

    a = self.asnumpy().copy()
    np.fill_diagonal(a, fill_value, wrap)
    return Tensor(a)


if "fill_diagonal" not in EXT:
    EXT["fill_diagonal"] = _fill_diagonal

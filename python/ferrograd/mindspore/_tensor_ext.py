# More mindspore.Tensor methods (added to the dialect's ext table): the Tensor forms of mindspore.ops functions
# (topk, sort, cumsum, flip, tril, scatter, gather_elements, the elementwise math, ...) with MindSpore 2.10's method
# signatures, numpy-style helpers (take, ptp, choose, resize, itemset) and in-place variants (exp_, masked_fill_,
# scatter_, index_add_, ...).
from .. import _core
from . import _dtype
from ._tensor import EXT, Tensor, astype


def _X():
    from . import ops

    return ops


def _F():
    from .ops import functional

    return functional


def _topk(self, k, dim=None, largest=True, sorted=True):
    return _F().topk(self, k, dim, largest, sorted)


def _sort(self, axis=-1, descending=False, *, dim=None, stable=False):
    return _F().sort(self, axis if dim is None else dim, descending)


def _cumsum(self, axis=None, dtype=None, *, dim=None):
    x, axis = self, axis if dim is None else dim
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
    "argmax_with_value": lambda self, axis=0, keep_dims=False: _F().max(self, axis, keep_dims),
    "argmin_with_value": lambda self, axis=0, keep_dims=False: _F().min(self, axis, keep_dims),
    "diff": lambda self, n=1, axis=-1, prepend=None, append=None: _X().diff(self, n, axis, prepend, append),
    "scatter": lambda self, axis=None, index=None, src=None, *, dim=None, value=None: _X().scatter(
        self, axis if dim is None else dim, index, src if value is None else value),
    "scatter_add": lambda self, dim, index, src: _X()._array_func._scatter_elements_add(self, dim, index, src),
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
    "new_zeros": lambda self, size, dtype=None: _new_full(self, size, 0, dtype=dtype),
    "new_ones": lambda self, size, dtype=None: _new_full(self, size, 1, dtype=dtype),
    "isnan": lambda self: _F().isnan(self),
    "isinf": lambda self: _F().isinf(self),
    "isfinite": lambda self: _F().isfinite(self),
    "log2": lambda self: _X().log2(self),
    "log10": lambda self: _X().log10(self),
    "atan2": lambda self, other: _X().atan2(self, other),
    "erf": lambda self: _X().erf(self),
    "masked_select": lambda self, mask: _X().masked_select(self, mask),
    "masked_scatter": lambda self, mask, x: _X()._array_func.masked_scatter(self, mask, x),
    "type": _type,
    "index_fill": _index_fill,
    "index_select": lambda self, axis, index: _X().index_select(self, axis, index),
    "sum_to_size": _sum_to_size,
    "inverse": lambda self: _X().inverse(self),
    "unique_consecutive": None,
    "storage_offset": lambda self: self._storage_ptr()[1],
    "data_ptr": lambda self: self._storage_ptr()[0] + self._storage_ptr()[1] * self.itemsize,
    "assign_value": lambda self, value: (self._become(value, False), self)[1],
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


def _np():
    import numpy

    return numpy


def _x(name):
    return lambda self, *a, **k: getattr(_X(), name)(self, *a, **k)


def _f(name):
    return lambda self, *a, **k: getattr(_F(), name)(self, *a, **k)


def _inplace(fn):
    # In-place form: compute out of place, then write the result into self (autograd through copy_).
    def op(self, *a, **k):
        r = fn(self, *a, **k)
        if r.dtype != self.dtype:
            r = astype(r, self.dtype)
        if tuple(r.shape) != tuple(self.shape):
            r = r.broadcast_to(tuple(self.shape))
        if self.requires_grad and self.is_leaf and _core.is_grad_enabled():
            self._assign(r.detach())
        else:
            self.copy_(r)
        return self
    return op


def _take(self, indices, axis=None, mode="clip"):
    np = _np()
    a = self.asnumpy()
    idx = indices.asnumpy() if isinstance(indices, _core.Tensor) else np.asarray(indices)
    if mode not in ("raise", "wrap", "clip"):
        raise ValueError(f"For 'Tensor.take', the argument 'mode' should be one of ['raise', 'wrap', 'clip'], "
                         f"but got {mode}.")
    return Tensor(np.asarray(np.take(a, idx, axis, mode="clip" if mode == "raise" else mode)))


def _ptp(self, axis=None, keepdims=False):
    F = _F()
    if axis is None:
        return self.amax() - self.amin()
    return F.amax(self, axis, keepdims) - F.amin(self, axis, keepdims)


def _choose(self, choices, mode="clip"):
    np = _np()
    ch = [c.asnumpy() if isinstance(c, _core.Tensor) else np.asarray(c) for c in choices]
    return Tensor(np.asarray(np.choose(self.asnumpy(), ch, mode=mode)))


def _resize(self, *new_shape):
    np = _np()
    if len(new_shape) == 1 and isinstance(new_shape[0], (tuple, list)):
        new_shape = tuple(new_shape[0])
    a = self.asnumpy().reshape(-1)
    n = int(np.prod(new_shape)) if new_shape else 1
    out = np.zeros(n, a.dtype)
    out[:min(n, a.size)] = a[:min(n, a.size)]
    return Tensor(out.reshape(new_shape))


def _itemset(self, *args):
    np = _np()
    a = self.asnumpy().copy()
    a.itemset(*args) if hasattr(a, "itemset") else _itemset_np(a, *args)
    return Tensor(a, self.dtype)  # a new tensor: MindSpore leaves self unchanged


def _itemset_np(a, *args):
    if len(args) == 1:
        a.reshape(-1)[0] = args[0]
    else:
        idx, v = args
        if isinstance(idx, int):
            a.reshape(-1)[idx] = v
        else:
            a[tuple(idx)] = v


def _kthvalue(self, k, dim=-1, keepdim=False):
    np = _np()
    a = self.asnumpy()
    order = np.argsort(a, axis=dim, kind="stable")
    idx = np.take(order, [k - 1], axis=dim)
    vals = np.take_along_axis(a, idx, dim)
    if not keepdim:
        vals, idx = vals.squeeze(dim), idx.squeeze(dim)
    return Tensor(np.asarray(vals)), Tensor(np.asarray(idx.astype(np.int64)))


def _repeat(self, *repeats):
    if len(repeats) == 1 and isinstance(repeats[0], (tuple, list)):
        repeats = tuple(repeats[0])
    return _F().tile(self, tuple(repeats))


def _new_full(self, size, fill_value, *, dtype=None):
    return _F().full(tuple(size) if isinstance(size, (list, tuple)) else (size,), fill_value,
                     dtype=dtype or self.dtype)


def _new_empty(self, size, *, dtype=None, device=None):
    return _new_full(self, size, 0, dtype=dtype)


def _unique(self, sorted=True, return_inverse=False, return_counts=False, dim=None):
    np = _np()
    a = self.asnumpy()
    if dim is None:
        u, inv, cnt = np.unique(a.reshape(-1), return_inverse=True, return_counts=True)
        inv = inv.reshape(a.shape)
    else:
        u, inv, cnt = np.unique(a, return_inverse=True, return_counts=True, axis=dim)
    res = [Tensor(np.asarray(u))]
    if return_inverse:
        res.append(Tensor(inv.astype(np.int64)))
    if return_counts:
        res.append(Tensor(cnt.astype(np.int64)))
    return res[0] if len(res) == 1 else tuple(res)


def _allclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    np = _np()
    b = other.asnumpy() if isinstance(other, _core.Tensor) else np.asarray(other)
    return bool(np.allclose(self.asnumpy(), b, rtol, atol, equal_nan))


def _subtract(self, other, *, alpha=1):
    return self - other * alpha if alpha != 1 else self - other


def _is_signed(self):
    name = str(self.dtype)
    return not name.startswith("UInt") and name != "Bool"


def _index_add_(self, dim, index, source, *, alpha=1):
    src = source * alpha if alpha != 1 else source
    return _inplace(lambda s: _X().index_add(s, index, src, dim))(self)


def _masked_fill(self, mask, value):
    v = value if isinstance(value, _core.Tensor) else Tensor(value, self.dtype)
    return _core.where_(mask, v.astype(self.dtype) if hasattr(v, "astype") else v, self)


def _index_put(self, indices, values, accumulate=False):
    np = _np()
    a = self.asnumpy().copy()
    idx = tuple(i.asnumpy().astype(np.int64) if i.dtype != _dtype.bool_ else i.asnumpy() for i in indices)
    v = values.asnumpy() if isinstance(values, _core.Tensor) else values
    if accumulate:
        np.add.at(a, idx, v)
    else:
        a[idx] = v
    return Tensor(a, self.dtype)


def _fill_diagonal_(self, fill_value, wrap=False):
    from ._tensor_ext import _fill_diagonal

    return _inplace(lambda s: _fill_diagonal(s, fill_value, wrap))(self)


def _put_(self, index, source, accumulate=False):
    np = _np()
    a = self.asnumpy().copy()
    idx = index.asnumpy().reshape(-1).astype(np.int64)
    src = source.asnumpy().reshape(-1)
    flat = a.reshape(-1)
    if accumulate:
        np.add.at(flat, idx, src)
    else:
        flat[idx] = src
    self._assign(Tensor(flat.reshape(a.shape), self.dtype).detach())
    return self


_OPS_METHODS = {
    # unary math (mindspore.ops functions)
    "absolute": lambda self: self.abs(),
    "acos": _x("acos"), "arccos": _x("acos"), "asin": _x("asin"), "arcsin": _x("asin"),
    "atan": _x("atan"), "arctan": _x("atan"), "acosh": _x("acosh"), "arccosh": _x("acosh"),
    "asinh": _x("asinh"), "arcsinh": _x("asinh"), "atanh": _x("atanh"), "arctanh": _x("atanh"),
    "arctan2": _x("atan2"), "sinh": _x("sinh"), "cosh": _x("cosh"), "tan": _f("tan"),
    "trunc": _x("trunc"), "frac": _x("frac"), "fmod": _x("fmod"), "xlogy": _x("xlogy"),
    "float_power": _x("float_power"), "erfc": _x("erfc"), "erfinv": _x("erfinv"), "lgamma": _x("lgamma"),
    "digamma": _x("digamma"), "i0": _x("i0"), "hypot": _x("hypot"), "logaddexp": _x("logaddexp"),
    "logaddexp2": _x("logaddexp2"), "deg2rad": _x("deg2rad"), "rad2deg": _x("rad2deg"), "copysign": _x("copysign"),
    "heaviside": _x("heaviside"), "fmax": _x("fmax"), "fmin": _x("fmin"), "gcd": _x("gcd"), "lcm": _x("lcm"),
    "bitwise_and": _x("bitwise_and"), "bitwise_or": _x("bitwise_or"), "bitwise_xor": _x("bitwise_xor"),
    "bitwise_left_shift": _x("bitwise_left_shift"), "bitwise_right_shift": _x("bitwise_right_shift"),
    "bitwise_not": _x("invert"), "invert": _x("invert"), "inv": _x("inv"), "logical_xor": _x("logical_xor"),
    "nan_to_num": _x("nan_to_num"), "nanmean": _x("nanmean"), "signbit": _x("signbit"), "sgn": _x("sgn"),
    "sinc": _x("sinc"), "logit": _x("logit"), "ldexp": _x("ldexp"), "isneginf": _x("isneginf"),
    "isposinf": _x("isposinf"), "isreal": _x("isreal"), "is_complex": lambda self: False, "positive": _x("positive"),
    "xdivy": _x("xdivy"), "hardshrink": _x("hardshrink"), "soft_shrink": _x("softshrink"),
    "nansum": lambda self, dim=None, keepdim=False, *, dtype=None: _X().nansum(self, dim, keepdim, dtype=dtype),
    # MindSpore's Tensor.norm(ord, dim, keepdim, *, dtype): matrix norms for 2-D tensors (the core
    # method hands non-torch dialects' calls to this entry)
    "norm": lambda self, ord=None, dim=None, keepdim=False, *, dtype=None: _F().norm(self, ord, dim, keepdim, dtype=dtype),
    # comparisons
    "greater": lambda self, other: _F().greater(self, other),
    "greater_equal": lambda self, other: _F().greater_equal(self, other),
    "less": lambda self, other: _F().less(self, other),
    "less_equal": lambda self, other: _F().less_equal(self, other),
    "not_equal": lambda self, other: _F().not_equal(self, other),
    "allclose": _allclose,
    "subtract": _subtract,
    # shapes / arrays
    "diagonal": lambda self, offset=0, axis1=0, axis2=1: _X().diagonal(self, offset, axis1, axis2),
    "diagflat": _x("diagflat"), "diag": lambda self: _X().diag(self),
    "swapdims": _x("swapdims"), "moveaxis": _x("moveaxis"), "movedim": _x("movedim"),
    "roll": lambda self, shifts, dims=None: _X().roll(self, shifts, dims),
    "rot90": lambda self, k=1, dims=(0, 1): _X().rot90(self, k, dims),
    "reverse": lambda self, axis: _X().flip(self, tuple(axis)),
    "tensor_split": _x("tensor_split"), "hsplit": _x("hsplit"), "vsplit": _x("vsplit"), "dsplit": _x("dsplit"),
    "fliplr": _x("fliplr"), "flipud": _x("flipud"), "msort": _x("msort"), "argwhere": _x("argwhere"),
    "aminmax": lambda self, *, axis=0, keepdims=False: _X().aminmax(self, axis=axis, keepdims=keepdims),
    "top_k": lambda self, k, sorted=True: _X().top_k(self, k, sorted),
    "kthvalue": _kthvalue,
    "median": lambda self, axis=-1, keepdims=False, *, dim=None, keepdim=None: _X().median(
        self, axis if dim is None else dim, keepdims if keepdim is None else keepdim),
    "unique": _unique,
    "unique_consecutive": _x("unique_consecutive"),
    "take": _take, "ptp": _ptp, "choose": _choose, "resize": _resize, "itemset": _itemset,
    "repeat": _repeat, "new_full": _new_full, "new_empty": _new_empty,
    "byte": lambda self: astype(self, _dtype.uint8), "short": lambda self: astype(self, _dtype.int16),
    "is_signed": _is_signed,
    "histc": lambda self, bins=100, min=0, max=0: _X().histc(self, bins, min, max),
    # the method form returns float32 counts (MindSpore 2.10)
    "bincount": lambda self, weights=None, minlength=0: astype(_X().bincount(self, weights, minlength),
                                                               _dtype.float32),
    "searchsorted": lambda self, v, side="left", sorter=None: _X().searchsorted(self, v, side=side, sorter=sorter),
    "gather_nd": lambda self, indices: __import__("ferrograd.mindspore.ops._array_ops", fromlist=["x"]).gather_nd(
        self, indices),
    "cross": lambda self, other, dim=None: __import__("ferrograd.mindspore.ops._array_ops", fromlist=["x"]).cross(
        self, other, dim),
    "index_add": lambda self, indices, y, axis, use_lock=True, check_index_bound=True: _X().index_add(
        self, indices, y, axis),
    "select_scatter": _x("select_scatter"), "slice_scatter": _x("slice_scatter"),
    "diagonal_scatter": _x("diagonal_scatter"), "fold": _x("fold"), "unfold": _x("unfold"),
    "unsorted_segment_max": _x("unsorted_segment_max"), "unsorted_segment_min": _x("unsorted_segment_min"),
    "unsorted_segment_prod": _x("unsorted_segment_prod"),
    "index_put": _index_put,
    # linear algebra
    "inner": _x("inner"), "outer": _f("outer"), "ger": _f("outer"), "addr": _x("addr"),
    "addmv": lambda self, mat, vec, *, beta=1, alpha=1: _X().addmv(self, mat, vec, beta=beta, alpha=alpha),
    "addbmm": lambda self, batch1, batch2, *, beta=1, alpha=1: _X().addbmm(self, batch1, batch2, beta=beta,
                                                                          alpha=alpha),
    "baddbmm": lambda self, batch1, batch2, *, beta=1, alpha=1: _X().baddbmm(self, batch1, batch2, beta, alpha),
    "adjoint": lambda self: self.swapaxes(-1, -2),
    "det": lambda self: _X().det(self), "matrix_determinant": lambda self: _X().det(self),
    "logdet": _x("logdet"), "slogdet": _x("slogdet"), "log_matrix_determinant": _x("slogdet"),
    "matrix_power": _x("matrix_power"), "cholesky": _x("cholesky"), "cholesky_solve": _x("cholesky_solve"),
    "cov": _x("cov"), "renorm": _x("renorm"),
    # in place
    "exp_": _inplace(lambda s: _F().exp(s)), "log_": _inplace(lambda s: _F().log(s)),
    "floor_": _inplace(lambda s: s.floor()), "sigmoid_": _inplace(lambda s: _F().sigmoid(s)),
    "sign_": _inplace(lambda s: s.sign()), "tanh_": _inplace(lambda s: _F().tanh(s)),
    "erfinv_": _inplace(lambda s: _X().erfinv(s)),
    "masked_fill_": _inplace(_masked_fill),
    "masked_scatter_": _inplace(lambda s, mask, source: _X()._array_func.masked_scatter(s, mask, source)),
    "scatter_": _inplace(lambda s, dim, index, src: _X().scatter(s, dim, index, src)),
    "scatter_add_": _inplace(lambda s, dim, index, src: _X()._array_func._scatter_elements_add(s, dim, index, src)),
    "index_fill_": _inplace(lambda s, dim, index, value: _X().index_fill(s, dim, index, value)),
    "index_add_": _index_add_,
    "index_put_": _inplace(_index_put),
    "remainder_": _inplace(lambda s, other: _X().remainder(s, other)),
    "floor_divide_": _inplace(lambda s, other: _X().floor_divide(s, other)),
    "addmm_": _inplace(lambda s, mat1, mat2, *, beta=1, alpha=1: s * beta + mat1.matmul(mat2) * alpha),
    "fill_diagonal_": _fill_diagonal_,
    "put_": _put_,
    # third batch
    "quantile": _x("quantile"), "nanquantile": _x("nanquantile"), "nanmedian": _x("nanmedian"),
    "reverse_sequence": lambda self, seq_lengths, seq_dim=0, batch_dim=0: _X().reverse_sequence(
        self, seq_lengths, seq_dim, batch_dim),
    "inplace_update": lambda self, v, indices: _X().inplace_update(self, v, indices),
    "nextafter": _x("nextafter"), "cholesky_inverse": _x("cholesky_inverse"), "logcumsumexp": _x("logcumsumexp"),
    "approximate_equal": _x("approximate_equal"),
    "fills": lambda self, value: _X().fills(self, value),
    "H": property(lambda self: self.swapaxes(0, 1) if self.ndim == 2 else self),
    "mH": property(lambda self: self.swapaxes(-1, -2)),
    "is_shared": lambda self: False, "is_pinned": lambda self: False,
    "move_to": lambda self, to, blocking=True: self,
    "value": lambda self: self,
}
for _k, _v in _OPS_METHODS.items():
    if _k not in EXT:
        EXT[_k] = _v

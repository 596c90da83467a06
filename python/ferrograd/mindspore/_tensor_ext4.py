"""mindspore.Tensor methods added in session 4 (gap list /work/notes/s4/ms_gaps.txt): the Tensor forms of the
ops in ops/_gaps4.py and ops/_extra.py with MindSpore 2.10's method signatures, numpy-style helpers
(take, ptp, choose, resize, itemset) and in-place variants (exp_, masked_fill_, scatter_, index_add_, ...)."""
from .. import _core
from . import _dtype
from ._tensor import EXT, Tensor, astype


def _G():
    from .ops import _gaps4

    return _gaps4


def _X():
    from .ops import _extra

    return _extra


def _F():
    from .ops import functional

    return functional


def _np():
    import numpy

    return numpy


def _g(name):
    """A method that forwards to ops/_gaps4.<name>(self, ...)."""
    return lambda self, *a, **k: getattr(_G(), name)(self, *a, **k)


def _x(name):
    return lambda self, *a, **k: getattr(_X(), name)(self, *a, **k)


def _f(name):
    return lambda self, *a, **k: getattr(_F(), name)(self, *a, **k)


def _inplace(fn):
    """In-place form: compute out of place, then write the result into self (autograd through copy_)."""
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
    return Tensor(np.ascontiguousarray(np.take(a, idx, axis, mode="clip" if mode == "raise" else mode)))


def _ptp(self, axis=None, keepdims=False):
    F = _F()
    if axis is None:
        return self.amax() - self.amin()
    return F.amax(self, axis, keepdims) - F.amin(self, axis, keepdims)


def _choose(self, choices, mode="clip"):
    np = _np()
    ch = [c.asnumpy() if isinstance(c, _core.Tensor) else np.asarray(c) for c in choices]
    return Tensor(np.ascontiguousarray(np.choose(self.asnumpy(), ch, mode=mode)))


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
    self._assign(Tensor(a, self.dtype).detach())
    return self


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
    return Tensor(np.ascontiguousarray(vals)), Tensor(np.ascontiguousarray(idx.astype(np.int64)))


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
    res = [Tensor(np.ascontiguousarray(u))]
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


_METHODS = {
    # unary math (functional / _extra / _gaps4)
    "absolute": lambda self: self.abs(),
    "acos": _x("acos"), "arccos": _x("acos"), "asin": _x("asin"), "arcsin": _x("asin"),
    "atan": _x("atan"), "arctan": _x("atan"), "acosh": _x("acosh"), "arccosh": _x("acosh"),
    "asinh": _x("asinh"), "arcsinh": _x("asinh"), "atanh": _x("atanh"), "arctanh": _x("atanh"),
    "arctan2": _x("atan2"), "sinh": _x("sinh"), "cosh": _x("cosh"), "tan": _f("tan"),
    "trunc": _x("trunc"), "frac": _x("frac"), "fmod": _x("fmod"), "xlogy": _x("xlogy"),
    "float_power": _x("float_power"), "erfc": _g("erfc"), "erfinv": _g("erfinv"), "lgamma": _g("lgamma"),
    "digamma": _g("digamma"), "i0": _g("i0"), "hypot": _g("hypot"), "logaddexp": _g("logaddexp"),
    "logaddexp2": _g("logaddexp2"), "deg2rad": _g("deg2rad"), "rad2deg": _g("rad2deg"), "copysign": _g("copysign"),
    "heaviside": _g("heaviside"), "fmax": _g("fmax"), "fmin": _g("fmin"), "gcd": _g("gcd"), "lcm": _g("lcm"),
    "bitwise_and": _g("bitwise_and"), "bitwise_or": _g("bitwise_or"), "bitwise_xor": _g("bitwise_xor"),
    "bitwise_left_shift": _g("bitwise_left_shift"), "bitwise_right_shift": _g("bitwise_right_shift"),
    "bitwise_not": _g("invert"), "invert": _g("invert"), "inv": _g("inv"), "logical_xor": _g("logical_xor"),
    "nan_to_num": _g("nan_to_num"), "nanmean": _g("nanmean"), "signbit": _g("signbit"), "sgn": _g("sgn"),
    "sinc": _g("sinc"), "logit": _g("logit"), "ldexp": _g("ldexp"), "isneginf": _g("isneginf"),
    "isposinf": _g("isposinf"), "isreal": _g("isreal"), "is_complex": lambda self: False, "positive": _g("positive"),
    "xdivy": _g("xdivy"), "hardshrink": _g("hardshrink"), "soft_shrink": _g("softshrink"),
    "nansum": lambda self, dim=None, keepdim=False, *, dtype=None: _G().nansum(self, dim, keepdim, dtype=dtype),
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
    "diagonal": lambda self, offset=0, axis1=0, axis2=1: _G().diagonal(self, offset, axis1, axis2),
    "diagflat": _g("diagflat"), "diag": lambda self: _X().diag(self),
    "swapdims": _g("swapdims"), "moveaxis": _x("moveaxis"), "movedim": _x("movedim"),
    "roll": lambda self, shifts, dims=None: _X().roll(self, shifts, dims),
    "rot90": lambda self, k=1, dims=(0, 1): _X().rot90(self, k, dims),
    "reverse": lambda self, axis: _X().flip(self, tuple(axis)),
    "tensor_split": _x("tensor_split"), "hsplit": _g("hsplit"), "vsplit": _g("vsplit"), "dsplit": _g("dsplit"),
    "fliplr": _g("fliplr"), "flipud": _g("flipud"), "msort": _g("msort"), "argwhere": _g("argwhere"),
    "aminmax": lambda self, *, axis=0, keepdims=False: _G().aminmax(self, axis=axis, keepdims=keepdims),
    "top_k": lambda self, k, sorted=True: _G().top_k(self, k, sorted),
    "kthvalue": _kthvalue,
    "median": lambda self, axis=-1, keepdims=False: _X().median(self, axis, keepdims),
    "unique": _unique,
    "unique_consecutive": _g("unique_consecutive"),
    "take": _take, "ptp": _ptp, "choose": _choose, "resize": _resize, "itemset": _itemset,
    "repeat": _repeat, "new_full": _new_full, "new_empty": _new_empty,
    "byte": lambda self: astype(self, _dtype.uint8), "short": lambda self: astype(self, _dtype.int16),
    "is_signed": _is_signed,
    "histc": lambda self, bins=100, min=0, max=0: _X().histc(self, bins, min, max),
    # the method form returns float32 counts (MindSpore 2.10)
    "bincount": lambda self, weights=None, minlength=0: astype(_X().bincount(self, weights, minlength),
                                                               _dtype.float32),
    "searchsorted": lambda self, v, side="left", sorter=None: _X().searchsorted(self, v, side=side, sorter=sorter),
    "gather_nd": lambda self, indices: __import__("ferrograd.mindspore.ops._prims2", fromlist=["x"]).gather_nd(
        self, indices),
    "cross": lambda self, other, dim=None: __import__("ferrograd.mindspore.ops._prims2", fromlist=["x"]).cross(
        self, other, dim),
    "index_add": lambda self, indices, y, axis, use_lock=True, check_index_bound=True: _X().index_add(
        self, indices, y, axis),
    "select_scatter": _g("select_scatter"), "slice_scatter": _g("slice_scatter"),
    "diagonal_scatter": _g("diagonal_scatter"), "fold": _g("fold"), "unfold": _g("unfold"),
    "unsorted_segment_max": _g("unsorted_segment_max"), "unsorted_segment_min": _g("unsorted_segment_min"),
    "unsorted_segment_prod": _g("unsorted_segment_prod"),
    "index_put": _index_put,
    # linear algebra
    "inner": _g("inner"), "outer": _f("outer"), "ger": _f("outer"), "addr": _g("addr"),
    "addmv": lambda self, mat, vec, *, beta=1, alpha=1: _G().addmv(self, mat, vec, beta=beta, alpha=alpha),
    "addbmm": lambda self, batch1, batch2, *, beta=1, alpha=1: _G().addbmm(self, batch1, batch2, beta=beta,
                                                                          alpha=alpha),
    "baddbmm": lambda self, batch1, batch2, *, beta=1, alpha=1: _X().baddbmm(self, batch1, batch2, beta, alpha),
    "adjoint": lambda self: self.swapaxes(-1, -2),
    "det": lambda self: _X().det(self), "matrix_determinant": lambda self: _X().det(self),
    "logdet": _g("logdet"), "slogdet": _g("slogdet"), "log_matrix_determinant": _g("slogdet"),
    "matrix_power": _g("matrix_power"), "cholesky": _g("cholesky"), "cholesky_solve": _g("cholesky_solve"),
    "cov": _g("cov"), "renorm": _g("renorm"),
    # in place
    "exp_": _inplace(lambda s: _F().exp(s)), "log_": _inplace(lambda s: _F().log(s)),
    "floor_": _inplace(lambda s: s.floor()), "sigmoid_": _inplace(lambda s: _F().sigmoid(s)),
    "sign_": _inplace(lambda s: s.sign()), "tanh_": _inplace(lambda s: _F().tanh(s)),
    "erfinv_": _inplace(lambda s: _G().erfinv(s)),
    "masked_fill_": _inplace(_masked_fill),
    "masked_scatter_": _inplace(lambda s, mask, source: _X().masked_scatter(s, mask, source)),
    "scatter_": _inplace(lambda s, dim, index, src: _X().scatter(s, dim, index, src)),
    "scatter_add_": _inplace(lambda s, dim, index, src: _X().scatter_add(s, dim, index, src)),
    "index_fill_": _inplace(lambda s, dim, index, value: _G().index_fill(s, dim, index, value)),
    "index_add_": _index_add_,
    "index_put_": _inplace(_index_put),
    "remainder_": _inplace(lambda s, other: _X().remainder(s, other)),
    "floor_divide_": _inplace(lambda s, other: _X().floor_divide(s, other)),
    "addmm_": _inplace(lambda s, mat1, mat2, *, beta=1, alpha=1: s * beta + mat1.matmul(mat2) * alpha),
    "fill_diagonal_": _fill_diagonal_,
    "put_": _put_,
    # third batch
    "quantile": _g("quantile"), "nanquantile": _g("nanquantile"), "nanmedian": _g("nanmedian"),
    "reverse_sequence": lambda self, seq_lengths, seq_dim=0, batch_dim=0: _G().reverse_sequence(
        self, seq_lengths, seq_dim, batch_dim),
    "inplace_update": lambda self, v, indices: _G().inplace_update(self, v, indices),
    "nextafter": _g("nextafter"), "cholesky_inverse": _g("cholesky_inverse"), "logcumsumexp": _g("logcumsumexp"),
    "approximate_equal": _g("approximate_equal"),
    "fills": lambda self, value: _G().fills(self, value),
    "value": lambda self: self,
}
for _k, _v in _METHODS.items():
    if _k not in EXT:
        EXT[_k] = _v

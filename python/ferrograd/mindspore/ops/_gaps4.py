"""mindspore.ops functions added in session 4 (API gap list /work/notes/s4/ms_gaps.txt): aliases (arcsin, ...),
elementwise math (erfc, lgamma, hypot, logaddexp, bitwise ops, nan_to_num, ...), array helpers (unstack,
diagonal, atleast_*, *stack, *split, tril_indices, cartesian_prod, vander, ...), linear algebra (kron, inner, mv,
addmv, addr, matrix_power, slogdet, cholesky, ...), activations (glu, softmin, softshrink, threshold, ...),
losses (margin_ranking_loss, soft_margin_loss, ...), segment/scatter helpers. Differentiable where they are
built from the core's ops; value-only helpers go through numpy, with a custom node where MindSpore
differentiates."""
import builtins as _b

from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor, _sum, astype
from . import _extra as X
from . import functional as F
from .functional import _t

_CT = _core.Tensor

__all__ = [
    # aliases
    "arccos", "arccosh", "arcsin", "arcsinh", "arctan", "arctan2", "arctanh", "floor_div", "floordiv", "floor_mod",
    "floormod", "swapdims", "roll", "truncate_div", "truncate_mod", "xdivy", "inv", "invert", "positive", "sgn",
    # elementwise
    "erfc", "erfinv", "lgamma", "digamma", "i0", "hypot", "logaddexp", "logaddexp2", "deg2rad", "rad2deg", "copysign",
    "heaviside", "fmax", "fmin", "gcd", "lcm", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_left_shift",
    "bitwise_right_shift", "logical_xor", "nan_to_num", "nansum", "nanmean", "signbit", "sinc", "logit", "ldexp",
    "isneginf", "isposinf", "isreal", "is_complex", "is_floating_point", "approximate_equal",
    # arrays
    "unstack", "diagonal", "diag_embed", "diagflat", "atleast_1d", "atleast_2d", "atleast_3d", "column_stack",
    "row_stack", "dstack", "hsplit", "vsplit", "dsplit", "fliplr", "flipud", "expand", "expand_as", "view_as",
    "ravel", "reverse", "tril_indices", "triu_indices", "cartesian_prod", "vander", "trapz", "logspace", "range",
    "cov", "aminmax", "argwhere", "msort", "unique_consecutive", "sequence_mask", "repeat_elements", "fills",
    "matrix_diag", "matrix_diag_part", "matrix_set_diag", "top_k", "population_count", "is_nonzero",
    # linear algebra
    "kron", "inner", "mv", "addmv", "addr", "addbmm", "batch_dot", "matrix_power", "slogdet", "logdet",
    "matrix_determinant", "log_matrix_determinant", "cholesky", "cholesky_solve", "pinv", "vecdot", "vector_norm",
    "matrix_norm", "dist", "pdist", "renorm", "clip_by_norm", "clip_by_global_norm",
    # activations / nn functional
    "glu", "softmin", "softshrink", "soft_shrink", "hardshrink", "tanhshrink", "threshold", "fast_gelu",
    "pixel_shuffle", "pixel_unshuffle", "channel_shuffle", "dropout1d", "dropout2d", "dropout3d", "avg_pool1d",
    "adaptive_avg_pool1d", "adaptive_max_pool1d", "adaptive_max_pool2d", "unfold", "fold",
    # losses
    "margin_ranking_loss", "soft_margin_loss", "hinge_embedding_loss", "triplet_margin_loss",
    "multilabel_soft_margin_loss", "multi_margin_loss", "gaussian_nll_loss", "cosine_embedding_loss",
    # segments / scatter
    "unsorted_segment_sum", "unsorted_segment_max", "unsorted_segment_min", "unsorted_segment_prod",
    "tensor_scatter_sub", "tensor_scatter_mul", "tensor_scatter_div", "tensor_scatter_max", "tensor_scatter_min",
    "tensor_scatter_elements", "scatter_nd_add", "scatter_nd_sub", "scatter_nd_update", "scatter_nd_mul",
    "scatter_nd_div", "scatter_nd_max", "scatter_nd_min", "gather_d", "index_fill", "select_scatter",
    "slice_scatter", "diagonal_scatter",
]

_PI = 3.141592653589793


def _np_of(x):
    return X._np_of(x)


def _like(res, a):
    """numpy result cast back to the float dtype of input array a (float32 default for ints)."""
    res = np.asarray(res)
    if a.dtype.kind == "f":
        return res.astype(a.dtype)
    return res.astype(np.float32)


def _check_tensor(name, arg, x):
    if not isinstance(x, _CT):
        raise TypeError(f"For '{name}', the '{arg}' must be a Tensor, but got {type(x).__name__}.")


# ------------------------------------------------------------------ aliases

arccos = X.acos
arccosh = X.acosh


def arcsin(x):
    return X.asin(x)


arcsinh = X.asinh
arctan = X.atan
arctanh = X.atanh
arctan2 = X.atan2
roll = X.roll


def floor_div(x, y):
    return X.floor_divide(x, y)


def floordiv(input, other):
    return X.floor_divide(input, other)


def floor_mod(x, y):
    return X.remainder(x, y)


floormod = floor_mod


def swapdims(input, dim0, dim1):
    return F.swapaxes(input, dim0, dim1)


def truncate_div(x, y):
    a, b = _np_of(x), _np_of(y)
    return Tensor(np.ascontiguousarray(np.trunc(a / b).astype(np.result_type(a, b))))


def truncate_mod(x, y):
    a, b = _np_of(x), _np_of(y)
    return Tensor(np.ascontiguousarray(np.fmod(a, b)))


def xdivy(x, y):
    xt, yt = _t(x), _t(y, _t(x))
    return _core.where_(xt == 0, xt * 0, xt / yt)


def inv(x):
    x = _t(x)
    if x._dtype_name.startswith("int"):
        a = x.asnumpy()
        with np.errstate(divide="ignore"):
            return Tensor((1 // np.where(a == 0, 1, a)).astype(a.dtype))
    return x.reciprocal()


def invert(x):
    a = _np_of(x)
    if a.dtype.kind not in "iu":  # as MindSpore 2.10: bool and float inputs are rejected
        raise TypeError("For primitive[Invert], the input argument[x] must be a type of {Tensor[Int16], "
                        "Tensor[Int32], Tensor[Int64], Tensor[Int8], Tensor[UInt16], Tensor[UInt32], Tensor[UInt64], "
                        f"Tensor[UInt8]}}, but got Tensor[{F.dtype(x) if isinstance(x, _CT) else a.dtype}].")
    return Tensor(np.invert(a), x.dtype if isinstance(x, _CT) else None)


def positive(input):
    _check_tensor("positive", "input", input)
    return input  # MindSpore 2.10 returns the input unchanged, bool included


def sgn(input):
    return _t(input).sign()


# ------------------------------------------------------------------ elementwise math

def _vec(fn):
    import math

    f = getattr(math, fn) if isinstance(fn, str) else fn
    return np.vectorize(f, otypes=[np.float64])


def _erfc_np(a):
    return _vec("erfc")(a)


def _lgamma_np(a):
    return _vec("lgamma")(a)


def _digamma_np(a):
    a = np.asarray(a, np.float64)
    out = np.zeros_like(a)
    x = a.copy()
    # reflection for x < 0.5, recurrence to x >= 6, then the asymptotic series
    refl = x < 0.5
    xr = np.where(refl, 1 - x, x)
    acc = np.zeros_like(xr)
    while np.any(xr < 6):
        m = xr < 6
        acc = acc - np.where(m, 1.0 / np.where(m, xr, 1.0), 0.0)
        xr = np.where(m, xr + 1, xr)
    inv2 = 1.0 / (xr * xr)
    out = acc + np.log(xr) - 0.5 / xr - inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (
        1 / 240 - inv2 / 132))))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(refl, out - _PI / np.tan(_PI * a), out)
    return out


def _erfinv_np(a):
    a = np.asarray(a, np.float64)
    out = np.empty_like(a)
    for i, v in np.ndenumerate(a):
        if v <= -1 or v >= 1:
            out[i] = np.copysign(np.inf, v) if abs(v) == 1 else np.nan
            continue
        # Newton on erf from the Giles approximation
        w = -np.log((1.0 - v) * (1.0 + v))
        if w < 5:
            w -= 2.5
            p = 2.81022636e-08
            for c in (3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087, -0.00125372503,
                      -0.00417768164, 0.246640727, 1.50140941):
                p = c + p * w
        else:
            w = np.sqrt(w) - 3
            p = -0.000200214257
            for c in (0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613,
                      0.00943887047, 1.00167406, 2.83297682):
                p = c + p * w
        y = p * v
        import math

        for _ in _b.range(3):
            y -= (math.erf(y) - v) / (2 / math.sqrt(_PI) * math.exp(-y * y))
        out[i] = y
    return out


erfc = X._np_unary(_erfc_np, lambda x: (x * x * -1).exp() * (-2 / _PI ** 0.5))
lgamma = X._np_unary(_lgamma_np, lambda x: digamma(x))
digamma = X._np_unary(_digamma_np, None)


def _erfinv_grad(x):
    y = erfinv(x.detach())
    return (y * y).exp() * (_PI ** 0.5 / 2)


erfinv = X._np_unary(_erfinv_np, _erfinv_grad)


def _i0_np(a):
    return np.i0(np.asarray(a, np.float64))


i0 = X._np_unary(_i0_np, None)


def hypot(input, other):
    x, y = _t(input), _t(other)
    if x.requires_grad or y.requires_grad:
        return (x * x + y * y).sqrt()
    a, b = x.asnumpy(), y.asnumpy()
    return Tensor(_like(np.hypot(a.astype(np.float64), b.astype(np.float64)), np.result_type(a, b).type(0)))


def logaddexp(input, other):
    x, y = _t(input), _t(other)
    if not (x.is_floating_point() and y.is_floating_point()):
        raise TypeError(f"For logaddexp, the dtype of 'input' and 'other' must be float,but got {x.dtype} and "
                        f"{y.dtype}.")
    # as MindSpore 2.10: max(x, y) + log1p(exp(-|x - y|))
    m = F.maximum(x, y)
    e = F.exp(-(x - y).abs())
    return m + _log1p(e)


def _log1p(e):
    if e._dtype_name != "float32":
        return e.log1p()
    out = Tensor(np.log1p(e.asnumpy().astype(np.float64)).astype(np.float32))
    if not e.requires_grad:
        return out
    return _core.custom_node("Log1pBackward", [e], out, lambda g: [g / (e.detach() + 1)])


def logaddexp2(input, other):
    x, y = _t(input), _t(other)
    ln2 = 0.6931471805599453
    return F.log(F.exp(x * ln2) + F.exp(y * ln2)) / ln2


def deg2rad(x):
    x = _t(x)
    if not x.is_floating_point():
        raise TypeError(f"The 'x' should be one of [mindspore.float16, mindspore.float32, mindspore.float64], but "
                        f"got 'mindspore.{str(x.dtype).lower()}'.")
    return x * float(np.float32(_PI / 180))


def rad2deg(x):
    x = _t(x)
    if not x.is_floating_point():
        raise TypeError(f"For 'rad2deg', the dtype of 'x' must be float16, float32 or float64, but got "
                        f"{x.dtype}.")
    return x * float(np.float32(180 / np.float64(np.float32(_PI))))


def copysign(x, other):
    xt = _t(x)
    o = _np_of(other) if isinstance(other, _CT) else np.asarray(other, np.float64)
    sgn = np.where(np.signbit(o), -1.0, 1.0).astype(xt.asnumpy().dtype if xt.is_floating_point() else np.float32)
    xa = xt if xt.is_floating_point() else astype(xt, _dtype.float32)
    return xa.abs() * Tensor(sgn)


def heaviside(input, values):
    a, v = _np_of(input), _np_of(values)
    return Tensor(np.ascontiguousarray(np.heaviside(a, v).astype(np.result_type(a, v))))


def _nanmax(fn):
    def op(input, other):
        a, b = _np_of(input), _np_of(other)
        return Tensor(np.ascontiguousarray(fn(a, b)))
    return op


def fmax(input, other):
    x, y = _t(input), _t(other, _t(input))
    if x.requires_grad or y.requires_grad:
        return F.maximum(x, y)
    return _nanmax(np.fmax)(x, y)


def fmin(input, other):
    x, y = _t(input), _t(other, _t(input))
    if x.requires_grad or y.requires_grad:
        return F.minimum(x, y)
    return _nanmax(np.fmin)(x, y)


def _int_binary(name, fn):
    def op(input, other):
        a, b = _np_of(input), _np_of(other)
        if a.dtype.kind not in "iub" or b.dtype.kind not in "iub":
            raise TypeError(f"For '{name}', the input must be integer tensor, but got {a.dtype} and {b.dtype}.")
        r = getattr(np, fn)(a, b)
        return Tensor(np.ascontiguousarray(r))
    op.__name__ = name
    return op


gcd = _int_binary("gcd", "gcd")
lcm = _int_binary("lcm", "lcm")
bitwise_and = _int_binary("bitwise_and", "bitwise_and")
bitwise_or = _int_binary("bitwise_or", "bitwise_or")
bitwise_xor = _int_binary("bitwise_xor", "bitwise_xor")
bitwise_left_shift = _int_binary("bitwise_left_shift", "left_shift")
bitwise_right_shift = _int_binary("bitwise_right_shift", "right_shift")


def logical_xor(input, other):
    a, b = _t(input), _t(other)
    return a.logical_or(b).logical_and(a.logical_and(b).logical_not())


def nan_to_num(input, nan=None, posinf=None, neginf=None):
    x = _t(input)
    a = x.asnumpy()
    fi = np.finfo(a.dtype)
    r = np.nan_to_num(a, nan=0.0 if nan is None else nan, posinf=fi.max if posinf is None else posinf,
                      neginf=fi.min if neginf is None else neginf)
    out = Tensor(np.ascontiguousarray(r.astype(a.dtype)))
    if not x.requires_grad:
        return out
    m = Tensor(np.isfinite(a).astype(a.dtype))
    return _core.custom_node("NanToNumBackward", [x], out, lambda g: [g * m])


def nansum(input, axis=None, keepdims=False, *, dtype=None):
    x = _t(input)
    y = _core.where_(x != x, _core.full_like(x.detach(), 0), x)
    r = _sum(y, axis, None, keepdims)
    return astype(r, dtype) if dtype is not None else r


def nanmean(input, axis=None, keepdims=False, *, dtype=None):
    x = _t(input)
    ok = (x == x)
    s = nansum(x, axis, keepdims)
    n = _sum(ok._cast(x._dtype_name), axis, None, keepdims)
    r = s / n
    return astype(r, dtype) if dtype is not None else r


def signbit(input):
    _check_tensor("signbit", "input", input)
    return Tensor(np.signbit(input.asnumpy()))


def sinc(input):
    x = _t(input)
    a = x.asnumpy()
    ft = a.dtype.type if a.dtype.kind == "f" else np.float32
    pix = (np.asarray(a, ft) * ft(np.pi)).astype(ft)
    s = np.sin(pix.astype(np.float64)).astype(ft)
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(a == 0, ft(1), (s / pix).astype(ft))
    out = Tensor(np.ascontiguousarray(r.astype(ft)))
    if not x.requires_grad:
        return out

    def bwd(g):
        xd = x.detach()
        px = xd * _PI
        d = (px.cos() * px - px.sin()) / (px * xd)
        d = _core.where_(xd == 0, xd * 0, d)
        return [g * d]
    return _core.custom_node("SincBackward", [x], out, bwd)


def logit(input, eps=None):
    x = _t(input)
    if eps is not None:
        x = x.clamp(eps, 1 - eps)
    a = x.asnumpy()
    ft = a.dtype.type if a.dtype.kind == "f" else np.float32
    with np.errstate(divide="ignore", invalid="ignore"):
        q = (a / (ft(1) - a)).astype(ft)
        r = np.log(q.astype(np.float64)).astype(ft)
    out = Tensor(np.ascontiguousarray(r))
    if not x.requires_grad:
        return out
    return _core.custom_node("LogitBackward", [x], out, lambda g: [g / (x.detach() * (1 - x.detach()))])


def ldexp(x, other):
    xt, o = _t(x), _t(other)
    return xt * F.pow(Tensor(2.0, xt.dtype if xt.is_floating_point() else _dtype.float32), astype(o, xt.dtype)
                      if xt.is_floating_point() else astype(o, _dtype.float32))


def isneginf(input):
    a = _np_of(input)
    return Tensor(np.isneginf(a) if a.dtype.kind == "f" else np.zeros(a.shape, bool))


def isposinf(input):
    a = _np_of(input)
    return Tensor(np.isposinf(a) if a.dtype.kind == "f" else np.zeros(a.shape, bool))


def isreal(input):
    _check_tensor("isreal", "input", input)
    return Tensor(np.ones(tuple(input.shape), bool))


def is_complex(input):
    _check_tensor("is_complex", "input", input)
    return False


def is_floating_point(input):
    return _t(input).is_floating_point()


def approximate_equal(x, y, tolerance=1e-05):
    return (_t(x) - _t(y)).abs() < tolerance


# ------------------------------------------------------------------ arrays

def unstack(input_x, axis=0):
    x = _t(input_x)
    if not -x.ndim <= axis < x.ndim:
        raise ValueError(f"Dimension out of range (expected to be in range of [{-x.ndim}, {x.ndim}), but got {axis})")
    return tuple(x.unbind(axis % x.ndim))


def diagonal(input, offset=0, dim1=0, dim2=1):
    x = _t(input)
    nd = x.ndim
    d1, d2 = dim1 % nd, dim2 % nd
    if d1 == d2:
        raise ValueError(f"For 'Diagonal', dim1 and dim2 cannot be identical, but got : dim1 ={dim1} and "
                         f"dim2 = {dim2}.")
    rest = [i for i in _b.range(nd) if i not in (d1, d2)]
    y = x.permute(*rest, d1, d2)
    n1, n2 = y.shape[-2], y.shape[-1]
    if offset >= 0:
        n = max(0, min(n1, n2 - offset))
        r0, c0 = 0, offset
    else:
        n = max(0, min(n1 + offset, n2))
        r0, c0 = -offset, 0
    lead = tuple(y.shape[:-2])
    flat = y.reshape(*lead, n1 * n2)
    idx = Tensor(np.array([(r0 + i) * n2 + c0 + i for i in _b.range(n)], np.int64))
    return flat.index_select(len(lead), idx)


def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    x = _t(input)
    a = x.asnumpy()
    n = a.shape[-1] + abs(offset)
    out = np.zeros(a.shape[:-1] + (n, n), a.dtype)
    i = np.arange(a.shape[-1])
    r, c = (i, i + offset) if offset >= 0 else (i - offset, i)
    out[..., r, c] = a
    nd = out.ndim
    d1, d2 = dim1 % nd, dim2 % nd
    if (d1, d2) != (nd - 2, nd - 1):
        out = np.moveaxis(out, (nd - 2, nd - 1), (d1, d2))
    res = Tensor(np.ascontiguousarray(out))
    if not x.requires_grad:
        return res
    return _core.custom_node("DiagEmbedBackward", [x], res,
                             lambda g: [diagonal(g, offset, dim1, dim2)])


def diagflat(input, offset=0):
    x = _t(input)
    return diag_embed(x.reshape(-1), offset)


def atleast_1d(inputs):
    if isinstance(inputs, (list, tuple)):
        return [atleast_1d(t) for t in inputs]
    x = _t(inputs)
    return x.reshape(1) if x.ndim == 0 else x


def atleast_2d(inputs):
    if isinstance(inputs, (list, tuple)):
        return [atleast_2d(t) for t in inputs]
    x = _t(inputs)
    return x.reshape(1, -1) if x.ndim < 2 else x


def atleast_3d(inputs):
    if isinstance(inputs, (list, tuple)):
        return [atleast_3d(t) for t in inputs]
    x = _t(inputs)
    if x.ndim == 0:
        return x.reshape(1, 1, 1)
    if x.ndim == 1:
        return x.reshape(1, -1, 1)
    if x.ndim == 2:
        return x.unsqueeze(2)
    return x


def column_stack(tensors):
    ts = [_t(t) for t in tensors]
    ts = [t.reshape(-1, 1) if t.ndim < 2 else t for t in ts]
    return F.concat(ts, 1)


def row_stack(tensors):
    return X.vstack(tensors)


def dstack(tensors):
    return F.concat(atleast_3d(list(tensors)), 2)


def _split_along(name, x, indices_or_sections, axis, min_nd):
    x = _t(x)
    if x.ndim < min_nd:
        raise ValueError(f"For '{name}', the dimension of 'input' must be at least {min_nd}, but got {x.ndim}.")
    return X.tensor_split(x, indices_or_sections, axis)


def hsplit(input, indices_or_sections):
    x = _t(input)
    return _split_along("hsplit", x, indices_or_sections, 0 if x.ndim == 1 else 1, 1)


def vsplit(input, indices_or_sections):
    return _split_along("vsplit", input, indices_or_sections, 0, 2)


def dsplit(input, indices_or_sections):
    return _split_along("dsplit", input, indices_or_sections, 2, 3)


def fliplr(input):
    x = _t(input)
    if x.ndim < 2:
        raise ValueError(f"For 'fliplr', the dimension of 'input' must be at least 2, but got {x.ndim}.")
    return X.flip(x, (1,))


def flipud(input):
    x = _t(input)
    if x.ndim < 1:
        raise ValueError(f"For 'flipud', the dimension of 'input' must be at least 1, but got {x.ndim}.")
    return X.flip(x, (0,))


def expand(input_x, size):
    s = tuple(int(v) for v in (_np_of(size).tolist() if isinstance(size, _CT) else size))
    return F.broadcast_to(input_x, s)


def expand_as(input, other):
    return F.broadcast_to(input, tuple(other.shape))


def view_as(input, other):
    return _t(input).reshape(*other.shape)


def ravel(input):
    return _t(input).reshape(-1)


def reverse(x, axis):
    return X.flip(x, tuple(axis))


def _tri_indices(name, row, col, offset, dtype, upper):
    for n, v in (("row", row), ("col", col), ("offset", offset)):
        if not isinstance(v, int) or isinstance(v, bool):
            cls = "TrilIndices" if name == "tril_indices" else "TriuIndices"
            raise TypeError(f"For '{cls}', the '{n}' must be int, but got '{type(v).__name__}'")
    for n, v in (("row", row), ("col", col)):
        if v < 0:
            cls = "TrilIndices" if name == "tril_indices" else "TriuIndices"
            raise ValueError(f"For '{cls}', the '{n}' must be int and must >= 0, but got '{v}' with type 'int'.")
    fn = np.triu_indices if upper else np.tril_indices
    r, c = fn(row, offset, col)
    out = np.stack([r, c]).astype(np.int64)
    return Tensor(out, dtype)


def tril_indices(row, col, offset=0, *, dtype=_dtype.int64):
    return _tri_indices("tril_indices", row, col, offset, dtype, False)


def triu_indices(row, col, offset=0, *, dtype=_dtype.int64):
    return _tri_indices("triu_indices", row, col, offset, dtype, True)


def cartesian_prod(*inputs):
    arrs = [_np_of(t) for t in inputs]
    grids = np.meshgrid(*arrs, indexing="ij")
    out = np.stack([g.reshape(-1) for g in grids], axis=1)
    return Tensor(np.ascontiguousarray(out))


def vander(x, N=None):
    a = _np_of(x)
    if a.ndim != 1:
        raise ValueError(f"For vander, x must be 1-D tensor, but got {a.ndim}-D.")
    return Tensor(np.ascontiguousarray(np.vander(a, N)))


def trapz(y, x=None, *, dx=1.0, dim=-1):
    yt = _t(y)
    n = yt.shape[dim]
    a = yt.narrow(dim % yt.ndim, 1, n - 1)
    b = yt.narrow(dim % yt.ndim, 0, n - 1)
    if x is None:
        return _sum((a + b), dim) * (dx / 2)
    xt = _t(x)
    dxs = X.diff(xt, 1, dim if xt.ndim > 1 else -1)
    return _sum((a + b) * dxs, dim) * 0.5


def logspace(start, end, steps, base=10, *, dtype=_dtype.float32):
    a = np.logspace(float(start), float(end), int(steps), base=base)
    return Tensor(a.astype(np.float32), dtype)


def range(start, end, step, maxlen=1000000):  # noqa: A001
    s, e, st = (_np_of(v).item() if isinstance(v, _CT) else v for v in (start, end, step))
    if st == 0:
        raise ValueError("For Range, delta cannot be equal to zero.")
    dt = None
    if isinstance(start, _CT):
        dt = start.dtype
    return Tensor(np.arange(s, e, st), dt)


def cov(input, *, correction=1, fweights=None, aweights=None):
    x = _t(input)
    if x.ndim > 2:
        raise ValueError(f"For cov, the input must have at most 2 dimensions, but got {x.ndim}.")
    if x.ndim < 2:
        x = x.reshape(1, -1)
    n = x.shape[1]
    if fweights is None and aweights is None:
        xm = x - F.mean(x, 1, True)
        c = xm.matmul(xm.transpose(1, 0)) / float(n - correction)
    else:
        w = None
        if fweights is not None:
            w = astype(_t(fweights), x.dtype)
        if aweights is not None:
            w = astype(_t(aweights), x.dtype) if w is None else w * astype(_t(aweights), x.dtype)
        ws = _sum(w)
        avg = _sum(x * w, 1, None, True) / ws
        if correction == 0:
            norm = ws
        elif aweights is None:
            norm = ws - correction
        else:
            norm = ws - correction * _sum(w * astype(_t(aweights), x.dtype)) / ws
        xm = x - avg
        c = (xm * w).matmul(xm.transpose(1, 0)) / norm
    return c.squeeze() if _t(input).ndim < 2 else c


def aminmax(input, *, axis=0, keepdims=False):
    x = _t(input)
    return F.amin(x, axis, keepdims), F.amax(x, axis, keepdims)


def argwhere(input):
    a = _np_of(input)
    return Tensor(np.ascontiguousarray(np.argwhere(a).astype(np.int64)))


def msort(input):
    return F.sort(_t(input), 0)[0]


def _py_type_sig(v):
    """MindSpore's pynative type-cast name of a Python argument (List<int, int>, Tuple<float>, int, None, ...)."""
    if isinstance(v, (list, tuple)):
        kind = "List" if isinstance(v, list) else "Tuple"
        return f"{kind}<{', '.join(_py_type_sig(e) for e in v)}>"
    if isinstance(v, _CT):
        return "Tensor"
    return "None" if v is None else type(v).__name__


def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):
    if not isinstance(input, _CT):
        raise TypeError(
            f'Failed calling UniqueConsecutive with "UniqueConsecutive(return_inverse='
            f'{_py_type_sig(return_inverse)}, return_counts={_py_type_sig(return_counts)}, dim={_py_type_sig(dim)})'
            f'(input={_py_type_sig(input)})".\nThe valid calling should be: \n"UniqueConsecutive('
            f'return_inverse=<bool>, return_counts=<bool>, dim=<int>)(input=<Tensor>)".')
    a, return_idx, axis = _np_of(input), return_inverse, dim
    if axis is None:
        flat = a.reshape(-1)
        if flat.size == 0:
            keep = np.zeros(0, bool)
        else:
            keep = np.concatenate([[True], flat[1:] != flat[:-1]])
        out = flat[keep]
        inv_idx = np.cumsum(keep) - 1
        starts = np.flatnonzero(keep)
        counts = np.diff(np.append(starts, flat.size))
        inv_idx = inv_idx.reshape(a.shape)
    else:
        ax = axis % a.ndim
        m = np.moveaxis(a, ax, 0)
        keep = [True] + [not np.array_equal(m[i], m[i - 1]) for i in _b.range(1, m.shape[0])]
        keep = np.array(keep[:m.shape[0]], bool)
        out = np.moveaxis(m[keep], 0, ax)
        inv_idx = np.cumsum(keep) - 1
        starts = np.flatnonzero(keep)
        counts = np.diff(np.append(starts, m.shape[0]))
    res = [Tensor(np.ascontiguousarray(out))]
    if return_idx:
        res.append(Tensor(inv_idx.astype(np.int64)))
    if return_counts:
        res.append(Tensor(counts.astype(np.int64)))
    return res[0] if len(res) == 1 else tuple(res)


def sequence_mask(lengths, maxlen=None):
    if not isinstance(lengths, _CT):
        raise TypeError(f"For Primitive[Dtype], the input argument[input_x] must be a Tensor, CSRTensor or COOTensor, "
                        f"but got {type(lengths)}.")
    if str(F.dtype(lengths)) not in ("Int32", "Int64"):
        raise TypeError(f"The 'lengths' doesn't support '{F.dtype(lengths)}' and expect to receive "
                        f"[mindspore.int64, mindspore.int32].")
    a = _np_of(lengths)
    if maxlen is None:
        maxlen = int(a.max())
    return Tensor(np.arange(maxlen) < a[..., None])


def repeat_elements(x, rep, axis=0):
    return X.repeat_interleave(x, rep, axis)


def fills(x, value):
    x = _t(x)
    return F.full(tuple(x.shape), value, dtype=x.dtype)


def matrix_diag(x, k=0, num_rows=-1, num_cols=-1, padding_value=0, align="RIGHT_LEFT"):
    return diag_embed(x, k)


def matrix_diag_part(x, k, padding_value, align="RIGHT_LEFT"):
    kk = int(_np_of(k).reshape(-1)[0]) if isinstance(k, _CT) else int(k)
    return diagonal(x, kk, -2, -1)


def matrix_set_diag(x, diagonal, k=0, align="RIGHT_LEFT"):
    a = _np_of(x).copy()
    d = _np_of(diagonal)
    kk = int(_np_of(k).reshape(-1)[0]) if isinstance(k, _CT) else int(k)
    n = d.shape[-1]
    i = np.arange(n)
    r, c = (i, i + kk) if kk >= 0 else (i - kk, i)
    a[..., r, c] = d
    return Tensor(a)


def top_k(input_x, k, sorted=True):
    x = _t(input_x)
    if x.ndim == 0:
        raise RuntimeError("For 'TopK', the dimension of input must be greater than 0, but got empty input.")
    n = x.shape[-1]
    if not 0 < k <= n:
        raise ValueError(f"For primitive[TopK], the k must be in (0,{n}], but got {k}.")
    return F.topk(input_x, k, None, True, sorted)


def population_count(input_x):
    a = _np_of(input_x)
    u = a.view(np.dtype(f"u{a.dtype.itemsize}"))
    bits = np.unpackbits(u.reshape(-1).view(np.uint8)).reshape(u.size, -1).sum(1)
    return Tensor(bits.reshape(a.shape).astype(np.uint8))


def is_nonzero(input):
    x = _t(input)
    if x.numel() != 1:
        raise ValueError(f"For is_nonzero, the numel of input must be 1, but got {x.numel()}.")
    return bool(x.asnumpy().reshape(-1)[0] != 0)


# ------------------------------------------------------------------ linear algebra

def kron(input, other):
    if not isinstance(input, _CT):
        raise TypeError("the input must be Tensor!")
    if not isinstance(other, _CT):
        raise TypeError("the other must be Tensor!")
    x, y = input, other
    nd = _b.max(x.ndim, y.ndim)
    xs = (1,) * (nd - x.ndim) + tuple(x.shape)
    ys = (1,) * (nd - y.ndim) + tuple(y.shape)
    xe = x.reshape(*[v for s in xs for v in (s, 1)])
    ye = y.reshape(*[v for s in ys for v in (1, s)])
    return (xe * ye).reshape(*[a * b for a, b in zip(xs, ys)])


def inner(input, other):
    x, y = _t(input), _t(other)
    if x.ndim == 0 or y.ndim == 0:
        return x * y
    if x.shape[-1] != y.shape[-1]:
        raise ValueError(f"For 'inner', the last dimension of 'input' and 'other' must be the same, "
                         f"                         but got input.shape: {tuple(x.shape)} and other.shape: "
                         f"{tuple(y.shape)}.")
    yt = y.reshape(-1, y.shape[-1]).transpose(1, 0)
    r = x.reshape(-1, x.shape[-1]).matmul(yt)
    return r.reshape(*(tuple(x.shape[:-1]) + tuple(y.shape[:-1])))


def mv(mat, vec):
    x, v = _t(mat), _t(vec)
    if x.ndim != 2:
        raise ValueError("MatMul inputs should have the same dimension size and equal to 2.")
    if v.ndim == 2 and v.shape[1] == 1:  # MindSpore 2.10 accepts a column vector
        v = v.reshape(-1)
    if v.ndim != 1:
        raise ValueError(f"For 'mv', the input must be 2-D and vec 1-D, but got input.shape: {tuple(x.shape)}, "
                         f"vec.shape: {tuple(v.shape)}.")
    if x.shape[1] != v.shape[0]:
        raise ValueError(f"For 'MatMul' the input dimensions must be equal, but got 'x1_col': {x.shape[1]} and "
                         f"'x2_row': {v.shape[0]}.")
    return F.matmul(x, v.reshape(-1, 1)).reshape(-1)


def addmv(input, mat, vec, *, beta=1, alpha=1):
    return _t(input) * beta + mv(mat, vec) * alpha


def addr(x, vec1, vec2, *, beta=1, alpha=1):
    return _t(x) * beta + F.outer(vec1, vec2) * alpha


def addbmm(input, batch1, batch2, *, beta=1, alpha=1):
    return _t(input) * beta + _sum(F.bmm(batch1, batch2), 0) * alpha


def batch_dot(x1, x2, axes=None):
    a, b = _t(x1), _t(x2)
    if axes is None:
        axes = (a.ndim - 1, b.ndim - 2) if b.ndim > 2 else (a.ndim - 1, b.ndim - 1)
    if isinstance(axes, int):
        axes = (axes, axes) if axes >= 1 else (a.ndim - 1, b.ndim - 1)
    ax_a, ax_b = axes[0] % a.ndim, axes[1] % b.ndim
    # move the contracted axes last/first per batch, then batched matmul
    ra = [i for i in _b.range(1, a.ndim) if i != ax_a]
    rb = [i for i in _b.range(1, b.ndim) if i != ax_b]
    ap = a.permute(0, *ra, ax_a).reshape(a.shape[0], -1, a.shape[ax_a])
    bp = b.permute(0, ax_b, *rb).reshape(b.shape[0], b.shape[ax_b], -1)
    r = F.bmm(ap, bp)
    out_shape = (a.shape[0],) + tuple(a.shape[i] for i in ra) + tuple(b.shape[i] for i in rb)
    if len(out_shape) == 1:
        out_shape = (a.shape[0], 1)
    return r.reshape(*out_shape)


def matrix_power(input, n):
    x = _t(input)
    if not isinstance(n, int):
        raise TypeError(f"For 'MatrixPower', the type of 'n' should be 'int', but got type '{type(n).__name__}'.")
    if x.ndim < 2 or x.shape[-1] != x.shape[-2]:
        raise ValueError(f"For 'MatrixPower', the input must be square matrices, but got {tuple(x.shape)}.")
    if n < 0:
        x, n = X.inverse(x), -n
    r = None
    base = x
    while n:
        if n & 1:
            r = base if r is None else F.matmul(r, base)
        n >>= 1
        if n:
            base = F.matmul(base, base)
    if r is None:
        eye = np.broadcast_to(np.eye(x.shape[-1], dtype=x.asnumpy().dtype), tuple(x.shape)).copy()
        return Tensor(eye)
    return r


def slogdet(input):
    a = _np_of(input)
    if a.ndim < 2:
        raise ValueError(f"For primitive[LogMatrixDeterminant], the x rank must be greater than or equal to 2, "
                         f"but got {a.ndim}.")
    if a.shape[-1] != a.shape[-2]:
        raise ValueError(f"For primitive[LogMatrixDeterminant], the row size must be equal to {a.shape[-2]}, "
                         f"but got {a.shape[-1]}.")
    s, ld = np.linalg.slogdet(a)
    return Tensor(np.asarray(s, a.dtype)), Tensor(np.asarray(ld, a.dtype))


def logdet(input):
    s, ld = slogdet(input)
    sa, la = s.asnumpy(), ld.asnumpy()
    return Tensor(np.where(sa < 0, np.nan, la).astype(la.dtype))


def matrix_determinant(input):
    return X.det(input)


def log_matrix_determinant(input):
    return slogdet(input)


def cholesky(input_x, upper=False):
    x = _t(input_x)
    a = x.asnumpy()
    try:
        L = np.linalg.cholesky(a.astype(np.float64))
    except np.linalg.LinAlgError:
        raise ValueError("For 'Cholesky', the input matrix must be positive definite.") from None
    if upper:
        L = np.swapaxes(L, -1, -2)
    return Tensor(np.ascontiguousarray(L.astype(a.dtype)))


def cholesky_solve(input, input2, upper=False):
    b, c = _np_of(input).astype(np.float64), _np_of(input2).astype(np.float64)
    L = np.swapaxes(c, -1, -2) if upper else c
    A = L @ np.swapaxes(L, -1, -2)
    return Tensor(np.linalg.solve(A, b).astype(_np_of(input).dtype))


def pinv(x, *, atol=None, rtol=None, hermitian=False):
    a = _np_of(x)
    if a.ndim == 0:
        raise TypeError("For pinv, the 0-D input is not supported")
    if a.ndim < 2:
        raise ValueError(f"input x should have 2 or more dimensions, but got {a.ndim}.")
    return Tensor(np.linalg.pinv(a.astype(np.float64), hermitian=hermitian).astype(a.dtype))


def vecdot(x, y, *, axis=-1):
    return _sum(_t(x) * _t(y), axis)


def _check_norm_dims(t, axis):
    if axis is None:
        return
    nd = _b.max(t.ndim, 1)
    for d in (axis if isinstance(axis, (list, tuple)) else (axis,)):
        if not -nd <= d < nd or (t.ndim == 0 and d not in (0, -1)):
            raise ValueError("For norm, the dim is out of range.")


def vector_norm(x, ord=2, axis=None, keepdims=False, *, dtype=None):
    t = _t(x)
    _check_norm_dims(t, axis)
    if dtype is not None:
        t = astype(t, dtype)
    if ord == 2:
        return _sum(t * t, axis, None, keepdims).sqrt()
    if ord == 1:
        return _sum(t.abs(), axis, None, keepdims)
    if ord == float("inf"):
        return F.amax(t.abs(), axis, keepdims) if axis is not None else t.abs().amax()
    if ord == float("-inf"):
        return F.amin(t.abs(), axis, keepdims) if axis is not None else t.abs().amin()
    if ord == 0:
        return _sum((t != 0)._cast(t._dtype_name), axis, None, keepdims)
    return F.pow(_sum(F.pow(t.abs(), ord), axis, None, keepdims), 1.0 / ord)


def matrix_norm(A, ord="fro", axis=(-2, -1), keepdims=False, *, dtype=None):
    t = _t(A)
    _check_norm_dims(t, axis)
    if dtype is not None:
        t = astype(t, dtype)
    if ord == "fro":
        return _sum(t * t, tuple(axis), None, keepdims).sqrt()
    a = t.asnumpy()
    return Tensor(np.asarray(np.linalg.norm(a.astype(np.float64), ord, tuple(axis), keepdims)).astype(a.dtype))


def dist(input, other, p=2):
    if not isinstance(p, int):
        raise TypeError(f"For 'LpNorm', the type of 'p' should be 'int', but got type '{type(p).__name__}'.")
    d = (_t(input) - _t(other)).reshape(-1)
    r = vector_norm(d, p)
    # MindSpore's LpNorm clamps the norm at its epsilon (1e-12): dist(x, x) prints 1e-12 for p != 0
    return r if p == 0 else F.maximum(r, Tensor(1e-12, r.dtype))


def pdist(input, p=2.0):
    x = _t(input)
    if x.ndim != 2:
        raise ValueError(f"For primitive[Pdist], the x dim must be equal to 2, but got {x.ndim}.")
    n = x.shape[0]
    r, c = np.triu_indices(n, 1)
    a = x.index_select(0, Tensor(r.astype(np.int64)))
    b = x.index_select(0, Tensor(c.astype(np.int64)))
    return vector_norm(a - b, p, -1)


def renorm(input, p, axis, maxnorm):
    x = _t(input)
    ax = axis % x.ndim
    others = tuple(i for i in _b.range(x.ndim) if i != ax)
    if p == 2:
        nrm = _sum(x * x, others, None, True).sqrt()
    else:
        nrm = F.pow(_sum(F.pow(x.abs(), p), others, None, True), 1.0 / p)
    over = nrm > maxnorm
    # as MindSpore's Renorm kernel: x / norm * maxnorm where the norm exceeds maxnorm
    return _core.where_(over, x / _core.where_(over, nrm, _core.full_like(nrm.detach(), 1)) * maxnorm, x)


def clip_by_norm(x, max_norm, norm_type=2.0, error_if_nonfinite=False):
    if isinstance(x, (list, tuple)):
        total = F.sqrt(_sum(F.stack([_sum(t * t) for t in x])))
        coef = _t(max_norm) / (total + 1e-6) if isinstance(max_norm, _CT) else max_norm / (total + 1e-6)
        coef = F.clamp(coef, None, 1.0)
        return tuple(t * coef for t in x)
    t = _t(x)
    total = F.sqrt(_sum(t * t))
    coef = F.clamp(max_norm / (total + 1e-6), None, 1.0)
    return t * coef


def clip_by_global_norm(x, clip_norm=1.0, use_norm=None):
    if use_norm is not None:
        raise ValueError(f"For '_ClipByGlobalNorm', input 'use_norm' only supports None currently, but got "
                         f"'use_norm': {use_norm}")
    if not isinstance(clip_norm, (int, float)) or isinstance(clip_norm, bool) or clip_norm <= 0:
        raise ValueError(f"For 'clip_by_global_norm', the argument 'clip_norm' must > 0.0, but got {clip_norm}.")
    ts = [_t(t) for t in x]
    sq = _sum(F.stack([astype(_sum(t * t), _dtype.float32) for t in ts]))
    gn = F.sqrt(sq).reshape(1)
    cn = Tensor([float(clip_norm)], _dtype.float32)
    gn = _core.where_(gn >= cn, gn, cn)
    return tuple(astype(t * cn / gn, t.dtype) for t in ts)


# ------------------------------------------------------------------ activations / nn functional

def glu(x, axis=-1):
    t = _t(x)
    if t.shape[axis] % 2:
        raise ValueError(f"For 'Split', x_shape[{axis % t.ndim}] must be divisible by output_num = 2, but got "
                         f"{t.shape[axis]}")
    a, b = t.chunk(2, axis % t.ndim)
    return a * F.sigmoid(b)


def softmin(x, axis=-1, *, dtype=None):
    t = _t(x)
    if dtype is not None:
        t = astype(t, dtype)
    return F.softmax(-t, axis)


def softshrink(input, lambd=0.5):
    x = _t(input)
    if lambd < 0:
        raise RuntimeError(f"For 'SoftShrink', the values for lambd should be greater or equal to 0, , but found to "
                           f"be [{lambd:g}].")
    zero = _core.full_like(x.detach(), 0)
    return _core.where_(x > lambd, x - lambd, _core.where_(x < -lambd, x + lambd, zero))


soft_shrink = softshrink


def hardshrink(input, lambd=0.5):
    x = _t(input)
    return _core.where_(x.abs() > lambd, x, _core.full_like(x.detach(), 0))


def tanhshrink(input):
    x = _t(input)
    return x - F.tanh(x)


def threshold(input, thr, value):
    x = _t(input)
    return _core.where_(x > thr, x, _core.full_like(x.detach(), value))


def _expf_t(t):
    """exp with the C library's expf (MindSpore's FastGeLU kernel), differentiable."""
    if t._dtype_name != "float32":
        return t.exp()
    out = Tensor(np.exp(t.numpy(True).astype(np.float64)).astype(np.float32))
    if not t.requires_grad:
        return out
    return _core.custom_node("ExpBackward", [t], out, lambda g: [g * out])


def fast_gelu(x):
    t = _t(x)
    # x / (1 + exp(-1.702 |x|)) * exp(0.851 (x - |x|))
    a = t.abs()
    return t / (1 + _expf_t(a * -1.702)) * _expf_t((t - a) * 0.851)


def pixel_shuffle(input, upscale_factor):
    x = _t(input)
    r = upscale_factor
    if x.ndim < 3:
        raise ValueError(f"For 'pixel_shuffle', the dimension of 'input' must be at least 3, but got {x.ndim}.")
    *lead, c, h, w = x.shape
    if c % (r * r):
        raise ValueError("For 'pixel_shuffle', the length of third to last dimension is not divisible"
                         "by `upscale_factor` squared.")
    oc = c // (r * r)
    nl = len(lead)
    y = x.reshape(*lead, oc, r, r, h, w)
    y = y.permute(*_b.range(nl), nl, nl + 3, nl + 1, nl + 4, nl + 2)
    return y.reshape(*lead, oc, h * r, w * r)


def pixel_unshuffle(input, downscale_factor):
    x = _t(input)
    r = downscale_factor
    *lead, c, h, w = x.shape
    if h % r or w % r:
        raise ValueError(f"For 'pixel_unshuffle', the height and width of 'input' must be divisible by "
                         f"'downscale_factor', but got {h}, {w} and {r}.")
    nl = len(lead)
    y = x.reshape(*lead, c, h // r, r, w // r, r)
    y = y.permute(*_b.range(nl), nl, nl + 2, nl + 4, nl + 1, nl + 3)
    return y.reshape(*lead, c * r * r, h // r, w // r)


def channel_shuffle(x, groups):
    t = _t(x)
    n, c = t.shape[0], t.shape[1]
    if c % groups:
        raise ValueError(f"For 'channel_shuffle', number of channels must be divisible by groups, but got {c} "
                         f"channels and {groups} groups.")
    rest = tuple(t.shape[2:])
    return t.reshape(n, groups, c // groups, *rest).swapaxes(1, 2).reshape(n, c, *rest)


def _channel_dropout(name, nd):
    def op(input, p=0.5, training=True):
        x = _t(input)
        if not 0 <= p <= 1:
            raise ValueError(f"For '{name}', the 'p' must be in range [0, 1], but got {p}.")
        if not training or p == 0:
            return x
        shape = tuple(x.shape[:-nd]) + (1,) * nd
        keep = (F.uniform(shape, Tensor(0.0), Tensor(1.0)) >= p)._cast(x._dtype_name) if p < 1 else None
        if keep is None:
            return x * 0
        return x * keep / (1 - p)
    op.__name__ = name
    return op


dropout1d = _channel_dropout("dropout1d", 1)
dropout2d = _channel_dropout("dropout2d", 2)
dropout3d = _channel_dropout("dropout3d", 3)


def avg_pool1d(input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False, count_include_pad=True):
    x = _t(input_x)
    y = X.avg_pool2d(x.unsqueeze(2), (1, kernel_size), (1, stride), (0, 0, padding, padding) if padding else 0,
                     ceil_mode, count_include_pad)
    return y.squeeze(2)


def adaptive_avg_pool1d(input, output_size):
    x = _t(input)
    n = x.shape[-1]
    if n < output_size:
        raise ValueError(f"For adaptive_avg_pool1d input's last dimension must be greater or equal to output size "
                         f"{output_size}, but got {n}.")
    if n % output_size:
        raise ValueError(f"For adaptive_avg_pool1d input's last dimension must be divisible by output size "
                         f"{output_size}, but got {n}.")
    return X.adaptive_avg_pool2d(x.unsqueeze(2), (1, output_size)).squeeze(2)


def _adaptive_max(x, out_sizes, return_indices):
    nsp = len(out_sizes)
    sp = tuple(x.shape[-nsp:])
    lead = tuple(x.shape[:-nsp])
    outs, idxs = [], []
    import itertools

    ranges = []
    for i, o in enumerate(out_sizes):
        n = sp[i]
        o = n if o is None else o
        ranges.append([(k * n // o, -(-(k + 1) * n // o)) for k in _b.range(o)])
    a = x.asnumpy()
    flat_index = np.arange(int(np.prod(sp))).reshape(sp)
    cells = list(itertools.product(*ranges))
    for cell in cells:
        sl = tuple(slice(s, e) for s, e in cell)
        win = a[(Ellipsis,) + sl].reshape(lead + (-1,))
        fi = flat_index[sl].reshape(-1)
        am = win.argmax(-1)
        idxs.append(fi[am])
    oshape = tuple(len(r) for r in ranges)
    idx = np.stack(idxs, -1).reshape(lead + oshape).astype(np.int64)
    flat = x.reshape(*lead, -1)
    out = flat.gather(len(lead), Tensor(idx.reshape(lead + (-1,)))).reshape(*(lead + oshape))
    return (out, Tensor(idx)) if return_indices else out


def adaptive_max_pool1d(input, output_size):
    return _adaptive_max(_t(input), (output_size,), False)


def adaptive_max_pool2d(input, output_size, return_indices=False):
    os_ = (output_size, output_size) if isinstance(output_size, int) or output_size is None else tuple(output_size)
    return _adaptive_max(_t(input), os_, return_indices)


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    x = _t(input)
    kh, kw = X._pair(kernel_size)
    dh, dw = X._pair(dilation)
    ph, pw = X._pair(padding)
    sh, sw = X._pair(stride)
    if ph or pw:
        x = X.pad(x, (pw, pw, ph, ph))
    n, c, h, w = x.shape
    oh = (h - dh * (kh - 1) - 1) // sh + 1
    ow = (w - dw * (kw - 1) - 1) // sw + 1
    rows = np.arange(kh)[:, None, None, None] * dh + np.arange(oh)[None, None, :, None] * sh
    cols = np.arange(kw)[None, :, None, None] * dw + np.arange(ow)[None, None, None, :] * sw
    idx = (rows * w + cols).reshape(-1).astype(np.int64)
    g = x.reshape(n, c, h * w).index_select(2, Tensor(idx))
    return g.reshape(n, c * kh * kw, oh * ow)


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    x = _t(input)
    oh_, ow_ = (_np_of(output_size).tolist() if isinstance(output_size, _CT) else X._pair(output_size))
    kh, kw = X._pair(kernel_size)
    dh, dw = X._pair(dilation)
    ph, pw = X._pair(padding)
    sh, sw = X._pair(stride)
    n, ckk, L = x.shape
    c = ckk // (kh * kw)
    H, W = oh_ + 2 * ph, ow_ + 2 * pw
    oh = (H - dh * (kh - 1) - 1) // sh + 1
    ow = (W - dw * (kw - 1) - 1) // sw + 1
    rows = np.arange(kh)[:, None, None, None] * dh + np.arange(oh)[None, None, :, None] * sh
    cols = np.arange(kw)[None, :, None, None] * dw + np.arange(ow)[None, None, None, :] * sw
    idx = (rows * W + cols).reshape(-1)
    a = x.asnumpy().reshape(n, c, kh * kw * oh * ow)
    out = np.zeros((n, c, H * W), a.dtype)
    np.add.at(out, (slice(None), slice(None), idx), a)
    out = out.reshape(n, c, H, W)[:, :, ph:ph + oh_, pw:pw + ow_]
    res = Tensor(np.ascontiguousarray(out))
    if not x.requires_grad:
        return res
    return _core.custom_node("FoldBackward", [x], res,
                             lambda g: [unfold(g, kernel_size, dilation, padding, stride)])


# ------------------------------------------------------------------ losses

def _red(x, reduction, name="loss"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"For '{name}', the 'reduction' must be in ['mean', 'sum', 'none'], but got "
                         f"{reduction}.")
    if reduction == "mean":
        return F.mean(x)
    if reduction == "sum":
        return _sum(x)
    return x


def margin_ranking_loss(input1, input2, target, margin=0.0, reduction="mean"):
    x1, x2, y = _t(input1), _t(input2), _t(target)
    return _red(F.relu(-y * (x1 - x2) + margin), reduction, "margin_ranking_loss")


def soft_margin_loss(input, target, reduction="mean"):
    x, y = _t(input), _t(target)
    return _red(F.log(1 + F.exp(-y * x)), reduction, "soft_margin_loss")


def hinge_embedding_loss(inputs, targets, margin=1.0, reduction="mean"):
    x, y = _t(inputs), _t(targets)
    pos = _core.where_(y == 1, x, x * 0)
    neg = _core.where_(y == -1, F.relu(margin - x), x * 0)
    return _red(pos + neg, reduction, "hinge_embedding_loss")


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, reduction="mean"):
    a, pos, neg = _t(anchor), _t(positive), _t(negative)

    def d(u, v):
        return F.pow(_sum(F.pow((u - v).abs() + eps, p), -1), 1.0 / p)
    dp, dn = d(a, pos), d(a, neg)
    if swap:
        dn = F.minimum(dn, d(pos, neg))
    return _red(F.relu(dp - dn + margin), reduction, "triplet_margin_loss")


def multilabel_soft_margin_loss(input, target, weight=None, reduction="mean"):
    x, y = _t(input), _t(target)
    pos = F.log(F.exp(-x) + 1)
    neg = F.log(F.exp(x) + 1)
    loss = y * pos + (1 - y) * neg
    if weight is not None:
        loss = loss * _t(weight)
    loss = _sum(loss, x.ndim - 1) / x.shape[-1]
    return _red(loss, reduction, "multilabel_soft_margin_loss")


def multi_margin_loss(input, target, p=1, margin=1, weight=None, reduction="mean"):
    x = _t(input)
    y = _t(target)
    n, c = x.shape
    idx = y.reshape(-1, 1)._cast("int64")
    xy = x.gather(1, idx)
    m = F.relu(margin - xy + x)
    if p == 2:
        m = m * m
    if weight is not None:
        m = m * _t(weight).index_select(0, idx.reshape(-1)).reshape(-1, 1)
    onehot = np.zeros((n, c), x.asnumpy().dtype)
    onehot[np.arange(n), y.asnumpy().astype(np.int64)] = 1
    m = m * Tensor(1 - onehot)
    return _red(_sum(m, 1) / c, reduction, "multi_margin_loss")


def gaussian_nll_loss(x, target, var, full=False, eps=1e-06, reduction="mean"):
    xt, yt, v = _t(x), _t(target), _t(var)
    v = v.clamp(eps)
    loss = (F.log(v) + (xt - yt) * (xt - yt) / v) * 0.5
    if full:
        loss = loss + 0.5 * float(np.log(2 * _PI))
    return _red(loss, reduction, "gaussian_nll_loss")


def cosine_embedding_loss(input1, input2, target, margin=0.0, reduction="mean"):
    x1, x2, y = _t(input1), _t(input2), _t(target)
    cos = _sum(x1 * x2, -1) / F.sqrt(_sum(x1 * x1, -1) * _sum(x2 * x2, -1) + 1e-12)
    loss = _core.where_(y == 1, 1 - cos, F.relu(cos - margin))
    return _red(loss, reduction, "cosine_embedding_loss")


# ------------------------------------------------------------------ segments / scatter

def _segment(name, x, segment_ids, num_segments, ufunc, init):
    xt = _t(x)
    a = xt.asnumpy()
    ids = _np_of(segment_ids).astype(np.int64)
    n = int(_np_of(num_segments)) if isinstance(num_segments, _CT) else int(num_segments)
    out = np.full((n,) + a.shape[ids.ndim:], init(a.dtype), a.dtype)
    valid = (ids >= 0) & (ids < n)
    ufunc.at(out, ids[valid], a[valid])
    return Tensor(out)


def unsorted_segment_sum(input_x, segment_ids, num_segments):
    x = _t(input_x)
    ids = _np_of(segment_ids).astype(np.int64)
    n = int(_np_of(num_segments)) if isinstance(num_segments, _CT) else int(num_segments)
    inner = tuple(x.shape[ids.ndim:])
    flat = x.reshape(-1, *inner) if inner else x.reshape(-1)
    fid = ids.reshape(-1)
    keep = np.flatnonzero((fid >= 0) & (fid < n))
    if len(keep) != len(fid):
        flat = flat.index_select(0, Tensor(keep.astype(np.int64)))
        fid = fid[keep]
    return flat._index_add_into(0, Tensor(fid.astype(np.int64)), [n, *inner])


def unsorted_segment_max(x, segment_ids, num_segments):
    return _segment("UnsortedSegmentMax", x, segment_ids, num_segments, np.maximum,
                    lambda d: np.finfo(d).min if np.dtype(d).kind == "f" else np.iinfo(d).min)


def unsorted_segment_min(x, segment_ids, num_segments):
    return _segment("UnsortedSegmentMin", x, segment_ids, num_segments, np.minimum,
                    lambda d: np.finfo(d).max if np.dtype(d).kind == "f" else np.iinfo(d).max)


def unsorted_segment_prod(x, segment_ids, num_segments):
    return _segment("UnsortedSegmentProd", x, segment_ids, num_segments, np.multiply, lambda d: 1)


def _nd_scatter(name, ufunc):
    def op(input_x, indices, updates):
        a = _np_of(input_x).copy()
        idx = _np_of(indices).astype(np.int64)
        u = _np_of(updates)
        want = idx.shape[:-1] + a.shape[idx.shape[-1]:]
        if tuple(u.shape) != tuple(want):
            raise ValueError(f"For '{name}', the shape of 'updates' must be {list(want)}, but got "
                             f"{list(u.shape)}.")
        key = tuple(idx[..., k] for k in _b.range(idx.shape[-1]))
        if ufunc is None:
            a[key] = u
        else:
            getattr(np, ufunc).at(a, key, u.astype(a.dtype))
        return Tensor(a)
    op.__name__ = name
    return op


tensor_scatter_sub = _nd_scatter("TensorScatterSub", "subtract")
tensor_scatter_mul = _nd_scatter("TensorScatterMul", "multiply")
tensor_scatter_div = _nd_scatter("TensorScatterDiv", "divide")
tensor_scatter_max = _nd_scatter("TensorScatterMax", "maximum")
tensor_scatter_min = _nd_scatter("TensorScatterMin", "minimum")


def _param_nd(tfn):
    def op(input_x, indices, updates, use_locking=False):
        r = tfn(input_x, indices, updates)
        if hasattr(input_x, "set_data"):
            input_x.set_data(r)
            return input_x
        return r
    return op


scatter_nd_add = _param_nd(_nd_scatter("ScatterNdAdd", "add"))
scatter_nd_sub = _param_nd(tensor_scatter_sub)
scatter_nd_mul = _param_nd(tensor_scatter_mul)
scatter_nd_div = _param_nd(tensor_scatter_div)
scatter_nd_max = _param_nd(tensor_scatter_max)
scatter_nd_min = _param_nd(tensor_scatter_min)
_scatter_nd_update = _param_nd(_nd_scatter("ScatterNdUpdate", None))


def scatter_nd_update(*args):
    return _scatter_nd_update(*args)


def tensor_scatter_elements(input_x, indices, updates, axis=0, reduction="none"):
    if reduction == "add":
        return X.scatter_add(input_x, axis, indices, updates)
    return X.scatter(input_x, axis, indices, updates)


def gather_d(x, dim, index):
    return X.gather_elements(x, dim, index)


def index_fill(x, axis, index, value):
    from .._tensor_ext import _index_fill

    return _index_fill(_t(x), axis, index, value)


def select_scatter(input, src, axis, index):
    x = _t(input)
    a = x.asnumpy().copy()
    sl = [slice(None)] * a.ndim
    sl[axis % a.ndim] = index
    a[tuple(sl)] = _np_of(src)
    return Tensor(a)


def slice_scatter(input, src, axis=0, start=None, end=None, step=1):
    x = _t(input)
    a = x.asnumpy().copy()
    sl = [slice(None)] * a.ndim
    sl[axis % a.ndim] = slice(start, end, step)
    a[tuple(sl)] = _np_of(src)
    return Tensor(a)


def diagonal_scatter(input, src, offset=0, dim1=0, dim2=1):
    x = _t(input)
    a = np.moveaxis(x.asnumpy().copy(), (dim1, dim2), (-2, -1))
    s = _np_of(src)
    n = s.shape[-1]
    i = np.arange(n)
    r, c = (i, i + offset) if offset >= 0 else (i - offset, i)
    a[..., r, c] = s
    return Tensor(np.ascontiguousarray(np.moveaxis(a, (-2, -1), (dim1, dim2))))


# ------------------------------------------------------------------ functional transforms (also in mindspore.*)

def vmap(fn, in_axes=0, out_axes=0):
    from .._top4 import vmap as _v

    return _v(fn, in_axes, out_axes)


def get_grad(gradients, identifier):
    from .._top4 import get_grad as _g

    return _g(gradients, identifier)


def jacfwd(fn, grad_position=0, has_aux=False):
    from .._jac import jacfwd as _j

    return _j(fn, grad_position, has_aux)


def jacrev(fn, grad_position=0, has_aux=False):
    from .._jac import jacrev as _j

    return _j(fn, grad_position, has_aux)


def jvp(fn, inputs, v, has_aux=False):
    from .._jac import jvp as _j

    return _j(fn, inputs, v, has_aux)


__all__ += ["vmap", "get_grad", "jacfwd", "jacrev", "jvp"]


# ------------------------------------------------------------------ LP pooling (MindSpore's composition)

def lp_pool1d(x, norm_type, kernel_size, stride=None, ceil_mode=False):
    if not isinstance(norm_type, (float, int)):
        raise TypeError(f"For lp_pool1d, the type of 'norm_type' must be float or int, but got {type(norm_type)}")
    norm_type = float(norm_type)
    if norm_type == 0:
        raise ValueError("For lp_pool1d, the value of 'norm_type' can not be 0.")
    t = _t(x)
    squeeze = t.ndim == 2
    if squeeze:
        t = t.unsqueeze(0)
    stride = kernel_size if stride is None else stride
    out = avg_pool1d(_powf(t, norm_type), kernel_size, stride, 0, ceil_mode)
    if squeeze:
        out = out.squeeze(0)
    return _powf((out.sign() * F.relu(out.abs())) * kernel_size, 1.0 / norm_type)


def lp_pool2d(x, norm_type, kernel_size, stride=None, ceil_mode=False):
    if not isinstance(norm_type, (float, int)):
        raise TypeError(f"For lp_pool2d, the type of 'norm_type' must be float or int, but got {type(norm_type)}")
    norm_type = float(norm_type)
    if norm_type == 0:
        raise ValueError("For lp_pool2d, the value of 'norm_type' can not be 0.")
    t = _t(x)
    ks = (kernel_size, kernel_size) if isinstance(kernel_size, int) else tuple(kernel_size)
    stride = ks if stride is None else ((stride, stride) if isinstance(stride, int) else tuple(stride))
    out = X.avg_pool2d(_powf(t, norm_type), ks, stride, 0, ceil_mode)
    return _powf((out.sign() * F.relu(out.abs())) * (ks[0] * ks[1]), 1.0 / norm_type)


def _powf(t, e):
    """pow with the C library's powf (MindSpore's Pow kernel for float32), differentiable."""
    if t._dtype_name != "float32":
        return F.pow(t, e)
    a = t.numpy(True).astype(np.float64)
    with np.errstate(all="ignore"):
        out = Tensor(np.power(a, float(np.float32(e))).astype(np.float32))
    if not t.requires_grad:
        return out
    return _core.custom_node("PowBackward", [t], out, lambda g: [g * F.pow(t.detach(), e - 1) * e])


__all__ += ["lp_pool1d", "lp_pool2d"]


# ------------------------------------------------------------------ third batch: quantiles, sequences, misc

def quantile(input, q, axis=None, keepdims=False):
    x = _t(input)
    a = x.asnumpy()
    qa = _np_of(q) if isinstance(q, _CT) else np.asarray(q)
    r = np.quantile(a.astype(np.float64), qa.astype(np.float64), axis=axis, keepdims=keepdims)
    return Tensor(np.array(np.asarray(r).astype(a.dtype), order="C"))


def nanquantile(input, q, axis=None, keepdims=False):
    x = _t(input)
    a = x.asnumpy()
    qa = _np_of(q) if isinstance(q, _CT) else np.asarray(q)
    r = np.nanquantile(a.astype(np.float64), qa.astype(np.float64), axis=axis, keepdims=keepdims)
    return Tensor(np.array(np.asarray(r).astype(a.dtype), order="C"))


def nanmedian(input, axis=-1, keepdims=False):
    a = _np_of(input)
    ax = axis % a.ndim if a.ndim else 0
    m = np.moveaxis(a, ax, -1)
    vals, idxs = [], []
    for row in m.reshape(-1, m.shape[-1]):
        ok = np.flatnonzero(~np.isnan(row))
        if ok.size == 0:
            vals.append(np.nan)
            idxs.append(0)
            continue
        order = ok[np.argsort(row[ok], kind="stable")]
        k = order[(ok.size - 1) // 2]
        vals.append(row[k])
        idxs.append(k)
    shape = m.shape[:-1]
    v = np.array(vals, a.dtype).reshape(shape)
    i = np.array(idxs, np.int64).reshape(shape)
    if keepdims:
        v, i = np.expand_dims(v, ax), np.expand_dims(i, ax)
    return Tensor(np.ascontiguousarray(v)), Tensor(np.ascontiguousarray(i))


def reverse_sequence(x, seq_lengths, seq_dim, batch_dim=0):
    a = _np_of(x).copy()
    lens = _np_of(seq_lengths).astype(np.int64)
    out = a.copy()
    for b in _b.range(a.shape[batch_dim]):
        n = int(lens[b])
        src = np.take(a, b, axis=batch_dim)
        dst = np.take(out, b, axis=batch_dim)
        sd = seq_dim if seq_dim < batch_dim else seq_dim - 1
        sl = [slice(None)] * src.ndim
        sl[sd] = slice(0, n)
        rev = np.flip(src[tuple(sl)], sd)
        dst[tuple(sl)] = rev
        idx = [slice(None)] * a.ndim
        idx[batch_dim] = b
        out[tuple(idx)] = dst
    return Tensor(np.ascontiguousarray(out))


def inplace_update(x, v, indices):
    a = _np_of(x).copy()
    idx = np.atleast_1d(_np_of(indices) if isinstance(indices, _CT) else np.asarray(indices)).astype(np.int64)
    vv = _np_of(v)
    a[idx] = vv.reshape((len(idx),) + a.shape[1:])
    return Tensor(a)


def nextafter(input, other):
    a, b = _np_of(input), _np_of(other)
    # MindSpore 2.10's CPU kernel steps in double and rounds back (float32: nextafter(1, 2) -> 1.0)
    return Tensor(np.ascontiguousarray(np.nextafter(a.astype(np.float64), b.astype(np.float64)).astype(a.dtype)))


def cholesky_inverse(input_x, upper=False):
    a = _np_of(input_x).astype(np.float64)
    L = a.T if upper else a
    return Tensor(np.linalg.inv(L @ L.T).astype(_np_of(input_x).dtype))


def logcumsumexp(input, axis):
    x = _t(input)
    a = x.asnumpy()
    out = np.logaddexp.accumulate(a.astype(np.float64), axis=axis).astype(a.dtype)
    res = Tensor(np.ascontiguousarray(out))
    if not x.requires_grad:
        return res

    def bwd(g):
        # d/dx_j sum_i g_i exp(x_j - out_i) for i >= j
        xd, o = x.detach(), res
        w = (g * F.exp(-o))
        rev = X.flip(F.cumsum(X.flip(w, (axis,)), axis), (axis,))
        return [rev * F.exp(xd)]
    return _core.custom_node("LogCumSumExpBackward", [x], res, bwd)


__all__ += ["quantile", "nanquantile", "nanmedian", "reverse_sequence", "inplace_update", "nextafter",
            "cholesky_inverse", "logcumsumexp"]

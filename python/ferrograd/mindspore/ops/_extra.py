"""More of mindspore.ops' functional interface (MindSpore 2.x names and signatures): indexing,
scatter/gather, sorting helpers, padding, convolution and pooling, and a few losses. Built from the
core's differentiable ops where a gradient is needed; value-only helpers go through numpy."""
import builtins as _b

from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor, _sum, astype
from .functional import _t

_CT = _core.Tensor

__all__ = [
    "gather_elements", "scatter", "unique", "flip", "tril", "triu", "logsumexp", "isclose", "all", "any",
    "nonzero", "repeat_interleave", "unbind", "narrow", "index_select", "masked_select", "diag", "trace",
    "meshgrid", "addcmul", "addcdiv", "lerp", "randint", "argsort", "floor_divide", "remainder", "fmod", "erf",
    "atan2", "log2", "log10", "exp2", "bias_add", "dropout", "pad", "hstack", "vstack", "count_nonzero",
    "cosine_similarity", "cdist", "diff", "inverse", "det", "cummax", "cummin", "cumprod", "tensor_split",
    "moveaxis", "movedim", "is_tensor", "smooth_l1_loss", "kl_div", "conv2d", "conv1d", "max_pool2d",
    "avg_pool2d", "adaptive_avg_pool2d", "layer_norm", "batch_norm", "embedding", "hardsigmoid", "hardswish",
    "mish", "selu", "celu", "softsign", "logsigmoid", "prelu", "swish", "huber_loss", "zeros_like", "square",
    "float_power", "unsqueeze", "arange", "rand_like", "randn_like", "ones", "atan", "asin", "acos", "sinh",
    "cosh", "asinh", "acosh", "atanh", "trunc", "frac", "xlogy", "std_mean", "var_mean", "median", "bincount",
    "histc", "searchsorted", "bucketize", "rot90", "numel", "scalar_to_tensor", "tuple_to_array",
    "masked_scatter", "index_add", "scatter_add", "flatten", "clamp", "matrix_band_part", "baddbmm",
]
# names already in functional.py that are re-exported unchanged
from .functional import zeros_like, square, unsqueeze, arange, ones, numel, flatten, clamp  # noqa: E402,F401


def _np_of(x):
    return x.asnumpy() if isinstance(x, _CT) else np.asarray(x)


def _idx(index):
    """An index tensor as the core's int64 tensor."""
    t = _t(index)
    return t if t._dtype_name == "int64" else t._cast("int64")


def _ax(axis, nd):
    return axis % nd if nd else 0


# ------------------------------------------------------------------ gather / scatter / select

def gather_elements(input, dim, index):
    x = _t(input)
    return x.gather(_ax(dim, x.ndim), _idx(index))


def _scatter_impl(input, axis, index, src, reduce_add):
    x = _t(input)
    idx = _idx(index)
    s = src if isinstance(src, _CT) else Tensor(np.full(tuple(idx.shape), src, x._dtype_name))
    ax = _ax(axis, x.ndim)
    a = x.asnumpy().copy()
    ia = idx.asnumpy()
    sa = s.asnumpy()[tuple(slice(0, n) for n in ia.shape)]
    grid = list(np.indices(ia.shape))
    grid[ax] = ia
    if reduce_add:
        np.add.at(a, tuple(grid), sa)
    else:
        a[tuple(grid)] = sa
    out = Tensor(np.ascontiguousarray(a))
    if not (x.requires_grad or s.requires_grad):
        return out

    def backward(g):
        gx = None
        if x.requires_grad:
            if reduce_add:
                gx = g
            else:
                m = np.ones(tuple(x.shape), g._dtype_name)
                m[tuple(grid)] = 0
                gx = g * Tensor(m)
        gs = None
        if s.requires_grad:
            gs_small = g.gather(ax, idx)
            if tuple(gs_small.shape) != tuple(s.shape):
                z = np.zeros(tuple(s.shape), g._dtype_name)
                z[tuple(slice(0, n) for n in ia.shape)] = gs_small.asnumpy()
                gs_small = Tensor(z)
            gs = gs_small
        return [gx, gs]

    return _core.custom_node("ScatterBackward", [x, s], out, backward)


def scatter(input, axis, index, src):
    return _scatter_impl(input, axis, index, src, False)


def scatter_add(input, dim, index, src):
    return _scatter_impl(input, dim, index, src, True)


def index_select(input, axis, index):
    x = _t(input)
    idx = _idx(index)
    return x.index_select(_ax(axis, x.ndim), idx.reshape(-1))


def index_add(x, indices, y, axis, use_lock=True, check_index_bound=True):
    x = _t(x)
    ax = _ax(axis, x.ndim)
    a = x.asnumpy().copy()
    ia = _np_of(indices).astype(np.int64)
    ya = _np_of(y)
    sl = [slice(None)] * a.ndim
    for k, i in enumerate(ia):
        sl[ax] = i
        ys = [slice(None)] * a.ndim
        ys[ax] = k
        a[tuple(sl)] += ya[tuple(ys)]
    return Tensor(a)


def masked_select(input, mask):
    x = _t(input)
    m = _t(mask)
    xa, ma = np.broadcast_arrays(x.asnumpy(), m.asnumpy().astype(bool))
    flat = np.flatnonzero(ma.reshape(-1))
    xb = x.expand(*xa.shape) if tuple(x.shape) != xa.shape else x
    return xb.reshape(-1).index_select(0, Tensor(flat.astype(np.int64)))


def masked_scatter(input, mask, source):
    a = _np_of(input).copy()
    m = np.broadcast_to(_np_of(mask).astype(bool), a.shape)
    a[m] = _np_of(source).reshape(-1)[:int(m.sum())]
    return Tensor(a)


def narrow(input, axis, start, length):
    x = _t(input)
    return x.narrow(_ax(axis, x.ndim), start, length)


def unbind(input, dim=0):
    x = _t(input)
    return tuple(x.unbind(_ax(dim, x.ndim)))


def tensor_split(input, indices_or_sections, axis=0):
    x = _t(input)
    ax = _ax(axis, x.ndim)
    n = x.shape[ax]
    if isinstance(indices_or_sections, int):
        k = indices_or_sections
        q, r = divmod(n, k)
        sizes = [q + 1] * r + [q] * (k - r)
    else:
        bounds = [0] + [_b.min(_b.max(i, 0), n) for i in indices_or_sections] + [n]
        sizes = [_b.max(bounds[i + 1] - bounds[i], 0) for i in range(len(bounds) - 1)]
    out, start = [], 0
    for s in sizes:
        out.append(x.narrow(ax, start, s))
        start += s
    return tuple(out)


def flip(input, dims):
    x = _t(input)
    if isinstance(dims, int):
        dims = (dims,)
    for d in dims:
        d = _ax(d, x.ndim)
        n = x.shape[d]
        x = x.index_select(d, Tensor(np.arange(n - 1, -1, -1, dtype=np.int64)))
    return x


def roll(input, shifts, dims=None):
    x = _t(input)
    return Tensor(np.roll(x.asnumpy(), shifts, dims))


def rot90(input, k=1, dims=(0, 1)):
    return Tensor(np.ascontiguousarray(np.rot90(_np_of(input), k, dims)))


def _tri(input, diagonal, upper):
    x = _t(input)
    r, c = x.shape[-2], x.shape[-1]
    m = np.triu(np.ones((r, c), bool), diagonal) if upper else np.tril(np.ones((r, c), bool), diagonal)
    return _core.where_(Tensor(m), x, _core.full_like(x, 0))


def tril(input, diagonal=0):
    return _tri(input, diagonal, False)


def triu(input, diagonal=0):
    return _tri(input, diagonal, True)


def matrix_band_part(x, lower, upper):
    a = _np_of(x)
    r, c = a.shape[-2], a.shape[-1]
    i = np.arange(r)[:, None]
    j = np.arange(c)[None, :]
    keep = np.ones((r, c), bool)
    if lower >= 0:
        keep &= (i - j) <= lower
    if upper >= 0:
        keep &= (j - i) <= upper
    return _core.where_(Tensor(keep), _t(x), _core.full_like(_t(x), 0))


def diag(input):
    a = _np_of(input)
    out = np.zeros(a.shape + a.shape, a.dtype)
    for i in np.ndindex(*a.shape):
        out[i + i] = a[i]
    return Tensor(out, input.dtype if isinstance(input, _CT) else None)


def trace(input):
    x = _t(input)
    n = _b.min(x.shape[0], x.shape[1])
    m = Tensor(np.eye(x.shape[0], x.shape[1], dtype=bool))
    r = _core.where_(m, x, _core.full_like(x, 0)).sum()
    return r if n else r


def meshgrid(*inputs, indexing="xy"):
    if len(inputs) == 1 and isinstance(inputs[0], (tuple, list)):
        inputs = tuple(inputs[0])
    ts = [_t(t) for t in inputs]
    shape = [t.shape[0] for t in ts]
    if indexing == "xy" and len(ts) >= 2:
        shape[0], shape[1] = shape[1], shape[0]
    out = []
    for i, t in enumerate(ts):
        v = [1] * len(ts)
        pos = i
        if indexing == "xy" and len(ts) >= 2 and i < 2:
            pos = 1 - i
        v[pos] = -1
        out.append(t.reshape(*v).expand(*shape))
    return tuple(out)


def repeat_interleave(input, repeats, axis=None, output_size=None):
    x = _t(input)
    if axis is None:
        x = x.reshape(-1)
        axis = 0
    ax = _ax(axis, x.ndim)
    reps = _np_of(repeats).reshape(-1) if isinstance(repeats, (_CT, list, tuple)) else np.array([repeats])
    n = x.shape[ax]
    if reps.size == 1:
        reps = np.repeat(reps, n)
    idx = np.repeat(np.arange(n), reps).astype(np.int64)
    return x.index_select(ax, Tensor(idx))


def nonzero(input, *, as_tuple=False):
    a = _np_of(input)
    nz = np.nonzero(a)
    if as_tuple:
        return tuple(Tensor(i.astype(np.int64)) for i in nz)
    return Tensor(np.stack(nz, axis=1).astype(np.int64) if a.ndim else np.zeros((int(a != 0), 0), np.int64))


def count_nonzero(x, axis=(), keep_dims=False, dtype=_dtype.int32):
    a = _np_of(x)
    ax = None if axis == () or axis is None else (tuple(axis) if isinstance(axis, list) else axis)
    r = np.count_nonzero(a, axis=ax, keepdims=keep_dims)
    return Tensor(np.asarray(r).astype(dtype._name), dtype)


def unique(input):
    a = _np_of(input)
    flat = a.reshape(-1)
    seen = {}
    order = []
    inv = np.empty(flat.shape, np.int64)
    for k, v in enumerate(flat.tolist()):
        if v not in seen:
            seen[v] = len(order)
            order.append(v)
        inv[k] = seen[v]
    idt = "int32" if a.dtype == np.int32 else "int64"
    return Tensor(np.array(order, a.dtype)), Tensor(inv.reshape(a.shape).astype(idt))


def argsort(input, axis=-1, descending=False):
    a = _np_of(input)
    idx = np.argsort(-a if descending else a, axis=axis, kind="stable")
    return Tensor(idx.astype(np.int32))


def _cum(x, axis, fn, better):
    a = _np_of(x)
    ax = _ax(axis, a.ndim)
    vals = fn.accumulate(a, axis=ax)
    idx = np.zeros(a.shape, np.int64)
    am = np.moveaxis(a, ax, 0)
    im = np.moveaxis(idx, ax, 0)
    best = am[0].copy()
    bi = np.zeros(best.shape, np.int64)
    for k in range(am.shape[0]):
        upd = better(am[k], best) | (am[k] == best)
        best = np.where(upd, am[k], best)
        bi = np.where(upd, k, bi)
        im[k] = bi
    return Tensor(vals), Tensor(idx)


def cummax(input, axis):
    return _cum(input, axis, np.maximum, np.greater)


def cummin(input, axis):
    return _cum(input, axis, np.minimum, np.less)


def cumprod(input, dim, dtype=None):
    from ._prims3 import _scan

    r = _scan(input, dim, prod=True)
    return astype(r, dtype) if dtype is not None else r


# ------------------------------------------------------------------ math

def logsumexp(input, dim, keepdim=False):
    from .functional import exp, log

    x = _t(input)
    m = x.amax(dim, True)
    r = log(_sum(exp(x - m), dim, None, keepdim))
    return r + (m if keepdim else m.squeeze(dim))


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    a, b = _np_of(input), _np_of(other)
    return Tensor(np.isclose(a, b, rtol, atol, equal_nan))


def all(input, axis=None, keep_dims=False):
    from .._tensor import _all

    return _all(_t(input), None if axis == () else axis, keep_dims)


def any(input, axis=None, keep_dims=False):
    from .._tensor import _any

    return _any(_t(input), None if axis == () else axis, keep_dims)


def addcmul(input, tensor1, tensor2, value=1):
    return _t(input) + _t(tensor1) * _t(tensor2) * value


def addcdiv(input, tensor1, tensor2, value=1):
    return _t(input) + _t(tensor1) / _t(tensor2) * value


def lerp(input, end, weight):
    x = _t(input)
    return x + (_t(end) - x) * weight


def baddbmm(input, batch1, batch2, beta=1, alpha=1):
    return _t(input) * beta + _t(batch1).bmm(_t(batch2)) * alpha


def floor_divide(input, other):
    return _t(input) // other


def remainder(input, other):
    return _t(input) % other


def fmod(input, other):
    x = _t(input)
    q = x / other
    q = q.sign() * q.abs().floor()
    return x - q * other


def _np_unary(fn, grad=None):
    def op(input):
        x = _t(input)
        a = x.asnumpy()
        # float32 through float64 and one rounding: the C library's correctly rounded float32 functions
        a64 = a.astype(np.float64) if a.dtype == np.float32 else a
        out = Tensor(np.asarray(fn(a64)).astype(a.dtype if a.dtype.kind == "f" else np.float32))
        if grad is None or not x.requires_grad:
            return out
        return _core.custom_node(fn.__name__ if hasattr(fn, "__name__") else "Backward", [x], out,
                                 lambda g: [g * grad(x)])

    return op


def _erf_np(a):
    import math

    return np.vectorize(math.erf, otypes=[np.float64])(a)


erf = _np_unary(_erf_np, lambda x: (x * x * -1).exp() * (2 / 3.141592653589793 ** 0.5))
atan = _np_unary(lambda a: np.arctan(a), lambda x: (x * x + 1).reciprocal())
asin = _np_unary(lambda a: np.arcsin(a), lambda x: (1 - x * x).rsqrt())
acos = _np_unary(lambda a: np.arccos(a), lambda x: -(1 - x * x).rsqrt())
sinh = _np_unary(lambda a: np.sinh(a), lambda x: (x.exp() + (-x).exp()) * 0.5)
cosh = _np_unary(lambda a: np.cosh(a), lambda x: (x.exp() - (-x).exp()) * 0.5)
asinh = _np_unary(lambda a: np.arcsinh(a), lambda x: (x * x + 1).rsqrt())
acosh = _np_unary(lambda a: np.arccosh(a), lambda x: (x * x - 1).rsqrt())
atanh = _np_unary(lambda a: np.arctanh(a), lambda x: (1 - x * x).reciprocal())


def log2(input):
    return _t(input).log() / float(np.log(2.0))


def log10(input):
    return _t(input).log() / float(np.log(10.0))


def exp2(input):
    x = _t(input)
    return Tensor(np.exp2(x.asnumpy())) if not x.requires_grad else (x * float(np.log(2.0))).exp()


def atan2(input, other):
    a, b = _np_of(input), _np_of(other)
    rt = np.result_type(a, b)
    if rt == np.float32:
        # the C library's atan2f (correctly rounded): through float64
        return Tensor(np.arctan2(a.astype(np.float64), b.astype(np.float64)).astype(np.float32))
    return Tensor(np.arctan2(a, b).astype(rt))


def trunc(input):
    x = _t(input)
    return x.sign() * x.abs().floor()


def frac(x):
    x = _t(x)
    return x - trunc(x)


def xlogy(input, other):
    x, y = _t(input), _t(other)
    return _core.where_(x == 0, _core.full_like(x, 0), x * y.log())


def float_power(input, exponent):
    return Tensor(np.power(_np_of(input).astype(np.float64), _np_of(exponent)))


def std_mean(input, axis=None, ddof=0, keepdims=False):
    from .._tensor import _mean, _std

    x = _t(input)
    return _std(x, axis, ddof, keepdims), _mean(x, axis, keepdims)


def var_mean(input, axis=None, ddof=0, keepdims=False):
    from .._tensor import _mean, _var

    x = _t(input)
    return _var(x, axis, ddof, keepdims), _mean(x, axis, keepdims)


def median(input, axis=-1, keepdims=False):
    a = _np_of(input)
    s = np.sort(a, axis=axis, kind="stable")
    k = (a.shape[axis] - 1) // 2
    vals = np.take(s, [k], axis=axis)
    idx = np.take(np.argsort(a, axis=axis, kind="stable"), [k], axis=axis)
    if not keepdims:
        vals, idx = vals.squeeze(axis), idx.squeeze(axis)
    return Tensor(vals), Tensor(idx.astype(np.int64))


def bincount(input, weights=None, minlength=0):
    return Tensor(np.bincount(_np_of(input), None if weights is None else _np_of(weights), minlength)
                  .astype(np.int64 if weights is None else np.float32))


def histc(input, bins=100, min=0.0, max=0.0):
    a = _np_of(input)
    lo, hi = (a.min(), a.max()) if min == max else (min, max)
    return Tensor(np.histogram(a, bins, (lo, hi))[0].astype(a.dtype))


def searchsorted(sorted_sequence, values, *, out_int32=False, right=False, side=None, sorter=None):
    s = _np_of(sorted_sequence)
    v = _np_of(values)
    side = side or ("right" if right else "left")
    r = np.searchsorted(s, v, side) if s.ndim == 1 else \
        np.stack([np.searchsorted(s[i], v[i], side) for i in range(s.shape[0])])
    return Tensor(np.asarray(r).astype(np.int32 if out_int32 else np.int64))


def bucketize(input, boundaries, *, right=False):
    r = np.searchsorted(np.asarray(boundaries), _np_of(input), "right" if right else "left")
    return Tensor(np.asarray(r).astype(np.int32))


def scalar_to_tensor(input_x, dtype=_dtype.float32):
    return Tensor(input_x, dtype)


def tuple_to_array(input_x):
    return Tensor(list(input_x))


def inverse(input):
    a = _np_of(input)
    return Tensor(np.linalg.inv(a).astype(a.dtype))


def det(input):
    a = _np_of(input)
    return Tensor(np.asarray(np.linalg.det(a)).astype(a.dtype))


def moveaxis(x, source, destination):
    x = _t(x)
    nd = x.ndim
    src = [source] if isinstance(source, int) else list(source)
    dst = [destination] if isinstance(destination, int) else list(destination)
    src = [s % nd for s in src]
    dst = [d % nd for d in dst]
    order = [i for i in range(nd) if i not in src]
    for d, s in sorted(zip(dst, src)):
        order.insert(d, s)
    return x.permute(*order)


movedim = moveaxis


def is_tensor(obj):
    return isinstance(obj, Tensor)


def hstack(tensors):
    ts = [_t(t) for t in tensors]
    return _core.cat(ts, 0 if ts[0].ndim == 1 else 1)


def vstack(inputs):
    ts = [_t(t) for t in inputs]
    ts = [t.reshape(1, -1) if t.ndim == 1 else t for t in ts]
    return _core.cat(ts, 0)


def bias_add(input_x, bias, data_format=None):
    x = _t(input_x)
    shape = [1] * x.ndim
    shape[1 if x.ndim > 1 else 0] = -1
    return x + _t(bias).reshape(*shape)


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


def dropout(input, p=0.5, training=True, seed=None):
    x = _t(input)
    if not training:
        return x
    from .. import _random

    # MindSpore: a fresh Dropout primitive seeded by _get_seed(seed, "dropout") per call
    rng = _random.KernelRng(*_random.get_graph_seed(seed, "dropout"))
    factor = rng.dropout_factor(tuple(x.shape), 1 - p)
    return x * Tensor(factor.astype(x._dtype_name))


# ------------------------------------------------------------------ padding

def _const_pad(x, pads, value):
    nd = x.ndim
    for i in range(len(pads) // 2):
        d = nd - 1 - i
        lo, hi = pads[2 * i], pads[2 * i + 1]
        if lo < 0:
            x = x.narrow(d, -lo, x.shape[d] + lo)
            lo = 0
        if hi < 0:
            x = x.narrow(d, 0, x.shape[d] + hi)
            hi = 0
        parts = []
        for n in (lo, None, hi):
            if n is None:
                parts.append(x)
            elif n > 0:
                s = list(x.shape)
                s[d] = n
                parts.append(Tensor(np.full(s, value, x._dtype_name)))
        x = _core.cat(parts, d) if len(parts) > 1 else x
    return x


def _index_pad(x, pads, mode):
    nd = x.ndim
    for i in range(len(pads) // 2):
        d = nd - 1 - i
        lo, hi = pads[2 * i], pads[2 * i + 1]
        n = x.shape[d]
        ar = np.arange(-lo, n + hi)
        if mode == "reflect":
            period = 2 * (n - 1)
            ar = np.abs(((ar % period) + period) % period)
            ar = np.where(ar >= n, period - ar, ar)
        elif mode == "replicate":
            ar = np.clip(ar, 0, n - 1)
        elif mode == "circular":
            ar = ar % n
        x = x.index_select(d, Tensor(ar.astype(np.int64)))
    return x


def pad(input_x, padding, mode="constant", value=None):
    x = _t(input_x)
    pads = tuple(int(p) for p in (padding.asnumpy().tolist() if isinstance(padding, _CT) else padding))
    if mode == "constant":
        return _const_pad(x, pads, 0 if value is None else value)
    if mode in ("reflect", "replicate", "edge", "circular"):
        return _index_pad(x, pads, "replicate" if mode == "edge" else mode)
    raise ValueError(f"For 'PadV3', the 'mode' must be str and must be in '['constant', 'reflect', 'edge', "
                     f"'circular']', but got '{mode}'.")


# ------------------------------------------------------------------ distances, losses, activations

def cosine_similarity(x1, x2, dim=1, eps=1e-08):
    a, b = _t(x1), _t(x2)
    w = (a * b).sum(dim)
    n = ((a * a).sum(dim).sqrt() * (b * b).sum(dim).sqrt()).clamp(eps, None)
    return w / n


def cdist(x1, x2, p=2.0):
    a, b = _t(x1).unsqueeze(-2), _t(x2).unsqueeze(-3)
    d = (a - b).abs()
    if p == 2.0:
        return (d * d).sum(-1).sqrt()
    if p == 1.0:
        return d.sum(-1)
    return d.pow(p).sum(-1).pow(1.0 / p)


def diff(x, n=1, axis=-1, prepend=None, append=None):
    x = _t(x)
    ax = _ax(axis, x.ndim)
    parts = [t for t in (prepend, x, append) if t is not None]
    if len(parts) > 1:
        x = _core.cat([_t(t) for t in parts], ax)
    for _ in range(n):
        m = x.shape[ax]
        r = x.narrow(ax, 1, m - 1) - x.narrow(ax, 0, m - 1)
        x = r.ne(0) if x._dtype_name == "bool" else r
    return x


def _reduce(x, reduction):
    from .._tensor import _mean

    if reduction == "mean":
        return _mean(x)
    if reduction == "sum":
        return _sum(x)
    if reduction == "none":
        return x
    raise ValueError(f"For 'reduction', the value should be 'none', 'mean' or 'sum', but got {reduction}.")


def smooth_l1_loss(input, target, beta=1.0, reduction="none"):
    d = (_t(input) - _t(target)).abs()
    loss = _core.where_(d < beta, d * d * (0.5 / beta), d - 0.5 * beta)
    return _reduce(loss, reduction)


def huber_loss(input, target, reduction="mean", delta=1.0):
    if delta <= 0:
        raise ValueError(f"For 'huber_loss', the argument 'delta' must > 0.0, but got {delta}.")
    d = (_t(input) - _t(target)).abs()
    loss = _core.where_(d < delta, d * d * 0.5, (d - 0.5 * delta) * delta)
    return _reduce(loss, reduction)


def kl_div(logits, labels, reduction="mean"):
    from .functional import log

    if reduction not in ("none", "mean", "batchmean", "sum"):
        raise ValueError("For 'KLDivLoss', the 'reduction' must be str and must be in "
                         f"'['none', 'mean', 'batchmean', 'sum']', but got '{reduction}'.")
    x, y = _t(logits), _t(labels)
    loss = _core.where_(y > 0, y * (log(y.clamp(1e-38, None)) - x), _core.full_like(y, 0))
    if reduction == "batchmean":
        return _sum(loss) / x.shape[0]
    if reduction == "mean":
        return _sum(loss) / x.numel()
    return _sum(loss) if reduction == "sum" else loss


def hardsigmoid(input):
    return (_t(input) / 6 + 0.5).clamp(0.0, 1.0)


def hardswish(x):
    x = _t(x)
    r = x * (x + 3).clamp(0.0, 6.0) / 6
    return _core.where_(x <= -3, _core.full_like(x, 0), r)


def mish(x):
    x = _t(x)
    return x * (x.exp() + 1).log().tanh()


def selu(input_x):
    x = _t(input_x)
    alpha, scale = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
    return _core.where_(x > 0, x * scale, (x.exp() - 1) * (alpha * scale))


def celu(x, alpha=1.0):
    x = _t(x)
    return _core.where_(x > 0, x, ((x / alpha).exp() - 1) * alpha)


def softsign(x):
    x = _t(x)
    return x / (x.abs() + 1)


def logsigmoid(x):
    from .functional import sigmoid

    return sigmoid(_t(x)).log()


def swish(x):
    from .functional import sigmoid

    x = _t(x)
    return x * sigmoid(x)


def prelu(x, weight):
    x, w = _t(x), _t(weight)
    if x.ndim > 1 and w.numel() > 1:
        shape = [1] * x.ndim
        shape[1] = -1
        w = w.reshape(*shape)
    return _core.where_(x > 0, x, x * w)


# ------------------------------------------------------------------ convolution and pooling

def _pair(v, n=2):
    if isinstance(v, int):
        return (v,) * n
    v = tuple(v)
    return v * n if len(v) == 1 else v


def _windows(x, kh, kw, sh, sw, dh, dw):
    """x: (N, C, H, W) -> (N, C, kh, kw, Ho, Wo) windows, built from differentiable gathers."""
    N, C, H, W = x.shape
    Ho = (H - dh * (kh - 1) - 1) // sh + 1
    Wo = (W - dw * (kw - 1) - 1) // sw + 1
    if Ho <= 0 or Wo <= 0:
        raise ValueError(f"The output shape of the window is ({Ho}, {Wo}), which must be positive; the input "
                         f"shape is {tuple(x.shape)} and the kernel size is ({kh}, {kw}).")
    hidx = np.array([oh * sh + i * dh for i in range(kh) for oh in range(Ho)], np.int64)
    widx = np.array([ow * sw + j * dw for j in range(kw) for ow in range(Wo)], np.int64)
    x1 = x.index_select(2, Tensor(hidx)).reshape(N, C, kh, Ho, W)
    x2 = x1.index_select(4, Tensor(widx)).reshape(N, C, kh, Ho, kw, Wo)
    return x2.permute(0, 1, 2, 4, 3, 5), Ho, Wo


def _same_pads(size, k, s, d):
    out = -(-size // s)
    need = _b.max(0, (out - 1) * s + d * (k - 1) + 1 - size)
    return need // 2, need - need // 2


def _pad_4(padding):
    """MindSpore's pad argument -> (top, bottom, left, right)."""
    if isinstance(padding, int):
        return (padding,) * 4
    p = tuple(padding)
    if len(p) == 2:
        return (p[0], p[0], p[1], p[1])
    return p


def _conv2d_core(x, weight, stride, pad_mode, padding, dilation, groups):
    O, Cg, kh, kw = weight.shape
    sh, sw = _pair(stride)
    dh, dw = _pair(dilation)
    N, C, H, W = x.shape
    if C != Cg * groups:
        raise ValueError(f"For 'Conv2D', 'C_in' of input 'x' shape divide by parameter 'group' must be equal to "
                         f"'C_in' of input 'weight' shape: {Cg}, but got 'C_in' of input 'x' shape: {C}, and "
                         f"'group': {groups}.")
    if pad_mode == "same":
        t, b = _same_pads(H, kh, sh, dh)
        left, r = _same_pads(W, kw, sw, dw)
    elif pad_mode == "pad":
        t, b, left, r = _pad_4(padding)
    else:
        t = b = left = r = 0
    if t or b or left or r:
        x = _const_pad(x, (left, r, t, b), 0.0)
    win, Ho, Wo = _windows(x, kh, kw, sh, sw, dh, dw)  # (N, C, kh, kw, Ho, Wo)
    outs = []
    og = O // groups
    for g in range(groups):
        wg = win if groups == 1 else win.narrow(1, g * Cg, Cg)
        cols = wg.permute(0, 4, 5, 1, 2, 3).reshape(N * Ho * Wo, Cg * kh * kw)
        wt = weight if groups == 1 else weight.narrow(0, g * og, og)
        outs.append(cols.mm(wt.reshape(og, Cg * kh * kw).t()))
    out = outs[0] if groups == 1 else _core.cat(outs, 1)
    return out.reshape(N, Ho, Wo, O).permute(0, 3, 1, 2).contiguous()


def conv2d(input, weight, bias=None, stride=1, pad_mode="valid", padding=0, dilation=1, groups=1):
    x = _t(input)
    if isinstance(padding, str):
        pad_mode, padding = padding, 0
    elif padding != 0 and pad_mode == "valid":
        pad_mode = "pad"
    unbatched = x.ndim == 3
    if unbatched:
        x = x.unsqueeze(0)
    out = _conv2d_core(x, weight, stride, pad_mode, padding, dilation, groups)
    if bias is not None:
        out = out + bias.reshape(1, -1, 1, 1)
    return out.squeeze(0) if unbatched else out


def conv1d(input, weight, bias=None, stride=1, pad_mode="valid", padding=0, dilation=1, groups=1):
    x = _t(input).unsqueeze(2)
    w = weight.unsqueeze(2) if weight.ndim == 3 else weight
    pm = pad_mode
    if isinstance(padding, str):
        pm, padding = padding, 0
    elif padding != 0 and pad_mode == "valid":
        pm = "pad"
    p = padding if isinstance(padding, int) else padding[0]
    out = _conv2d_core(x, w, (1, stride if isinstance(stride, int) else stride[0]), pm, (0, 0, p, p),
                       (1, dilation if isinstance(dilation, int) else dilation[0]), groups)
    if bias is not None:
        out = out + bias.reshape(1, -1, 1, 1)
    return out.squeeze(2)


def _pool(x, kernel_size, stride, pad_mode, padding, mode, ceil_mode=False, count_include_pad=True,
          divisor_override=None):
    """max/avg pooling over the last two axes of a 4-D tensor. pad_mode 'valid' | 'same' | 'pad'."""
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(stride if stride is not None else kernel_size)
    N, C, H, W = x.shape
    fill = float("-inf") if mode == "max" else 0.0
    if pad_mode == "same":
        t, b = _same_pads(H, kh, sh, 1)
        left, r = _same_pads(W, kw, sw, 1)
    elif pad_mode == "pad":
        ph, pw = _pair(padding)
        t, b, left, r = ph, ph, pw, pw
    else:
        t = b = left = r = 0
    if ceil_mode:
        for size, k, s, lo, attr in ((H, kh, sh, t, "b"), (W, kw, sw, left, "r")):
            o = -(-(size + 2 * lo - k) // s) + 1
            if (o - 1) * s >= size + lo:
                o -= 1
            extra = _b.max(0, (o - 1) * s + k - (size + 2 * lo))
            if attr == "b":
                b += extra
            else:
                r += extra
    xp = _const_pad(x, (left, r, t, b), fill) if (t or b or left or r) else x
    win, Ho, Wo = _windows(xp, kh, kw, sh, sw, 1, 1)
    flat = win.permute(0, 1, 4, 5, 2, 3).reshape(N, C, Ho, Wo, kh * kw)
    if mode == "max":
        idx = flat.argmax(-1, True)
        return flat.gather(-1, idx).squeeze(-1)
    if divisor_override:
        return flat.sum(-1) / float(divisor_override)
    if pad_mode == "same" or (pad_mode == "pad" and not count_include_pad) or ceil_mode:
        ones = Tensor(np.ones((1, 1, H, W), x._dtype_name))
        if pad_mode == "pad" and count_include_pad:
            ones = _const_pad(ones, (left, left, t, t), 1.0)
            lo = (0, r - left, 0, b - t)
            cnt_src = _const_pad(ones, lo, 0.0)
        else:
            cnt_src = _const_pad(ones, (left, r, t, b), 0.0)
        cw, _, _ = _windows(cnt_src, kh, kw, sh, sw, 1, 1)
        cnt = cw.permute(0, 1, 4, 5, 2, 3).reshape(1, 1, Ho, Wo, kh * kw).sum(-1)
        return flat.sum(-1) / cnt
    return flat.mean(-1)


def max_pool2d(x, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False):
    x = _t(x)
    unb = x.ndim == 3
    if unb:
        x = x.unsqueeze(0)
    out = _pool(x, kernel_size, stride, "pad" if padding else "valid", padding, "max", ceil_mode)
    return out.squeeze(0) if unb else out


def avg_pool2d(input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=0):
    x = _t(input_x)
    unb = x.ndim == 3
    if unb:
        x = x.unsqueeze(0)
    out = _pool(x, kernel_size, stride, "pad" if padding else "valid", padding, "avg", ceil_mode,
                count_include_pad, divisor_override or None)
    return out.squeeze(0) if unb else out


def adaptive_avg_pool2d(input, output_size):
    x = _t(input)
    H, W = x.shape[-2], x.shape[-1]
    oh, ow = _pair(output_size)
    oh = H if oh is None else oh
    ow = W if ow is None else ow
    rows = []
    for i in range(oh):
        h0, h1 = (i * H) // oh, -(-((i + 1) * H) // oh)
        cols = []
        for j in range(ow):
            w0, w1 = (j * W) // ow, -(-((j + 1) * W) // ow)
            cols.append(x.narrow(-2, h0, h1 - h0).narrow(-1, w0, w1 - w0).mean((-2, -1)))
        rows.append(_core.stack(cols, -1))
    return _core.stack(rows, -2)


# ------------------------------------------------------------------ normalisation, embedding

def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    x = _t(input)
    n = len(normalized_shape) if isinstance(normalized_shape, (tuple, list)) else 1
    axes = tuple(range(x.ndim - n, x.ndim))
    m = x.mean(axes, True)
    d = x - m
    v = (d * d).mean(axes, True)
    y = d * (v + eps).rsqrt()
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    from .._ln_ms import ms_layer_norm

    return ms_layer_norm(y, x, axes, eps, weight, bias)


def batch_norm(input_x, running_mean, running_var, weight, bias, training=False, momentum=0.1, eps=1e-05):
    from ..nn._norm import _bn

    return _bn(_t(input_x), running_mean, running_var, weight, bias, training, momentum, eps)


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False):
    idx = _idx(input)
    w = _t(weight)
    return w.index_select(0, idx.reshape(-1)).reshape(*(tuple(idx.shape) + (w.shape[1],)))


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
    return Tensor(np.ascontiguousarray(x.asnumpy()[perm]), x.dtype)


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


__all__ += ["shuffle", "randperm"]

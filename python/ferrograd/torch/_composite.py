# torch functions built from the core's differentiable primitives (or numpy, for integer/no-grad results).
#
# Each is registered both as `torch.<name>` and, when the core has no method of that name, as a Tensor
# method (the dialect's ext dict is consulted only when normal attribute lookup fails).
import builtins as _b
import math as _math

from .. import _core

_T = _core.Tensor
TAG = 0


def _np():
    import numpy as np

    return np


def _t(arr, dtype=None):
    return _core.tensor(arr, dtype, False, TAG)


def _float_of(x):
    return x if x.dtype.is_floating_point else x.float()


_node_classes = {}


def _unary_np(name, npfn, dfn):
    # An elementwise op computed by numpy; gradient g * dfn(x) built from tensor ops.
    def op(input, *, out=None):
        x = _float_of(input)
        a = x.numpy(True)
        r = _t(npfn(a).astype(a.dtype))
        if x.requires_grad and _core.is_grad_enabled():
            cls = _node_classes.get(name)
            if cls is None:
                cls = _node_classes[name] = type(name, (_core.Node,), {"__module__": "torch.autograd.graph"})
            r = _core.custom_node(name, [x], r, lambda g: [g * dfn(x)], cls)
        if out is not None:
            out._assign(r.detach())
            return out
        return r

    return op


def _erf_np(a):
    np = _np()
    return np.vectorize(_math.erf, otypes=[np.float64])(a.astype(np.float64))


log2 = _unary_np("Log2Backward0", lambda a: _np().log2(a), lambda x: 1.0 / (x * _math.log(2.0)))
log10 = _unary_np("Log10Backward0", lambda a: _np().log10(a), lambda x: 1.0 / (x * _math.log(10.0)))
exp2 = _unary_np("Exp2Backward0", lambda a: _np().exp2(a), lambda x: (x * _math.log(2.0)).exp() * _math.log(2.0))
sinh = _unary_np("SinhBackward0", lambda a: _np().sinh(a), lambda x: x.cosh())
cosh = _unary_np("CoshBackward0", lambda a: _np().cosh(a), lambda x: x.sinh())
asin = _unary_np("AsinBackward0", lambda a: _np().arcsin(a), lambda x: (1 - x * x).rsqrt())
acos = _unary_np("AcosBackward0", lambda a: _np().arccos(a), lambda x: -(1 - x * x).rsqrt())
atan = _unary_np("AtanBackward0", lambda a: _np().arctan(a), lambda x: 1.0 / (1 + x * x))
asinh = _unary_np("AsinhBackward0", lambda a: _np().arcsinh(a), lambda x: (x * x + 1).rsqrt())
atanh = _unary_np("AtanhBackward0", lambda a: _np().arctanh(a), lambda x: 1.0 / (1 - x * x))
tan = _unary_np("TanBackward0", lambda a: _np().tan(a), lambda x: 1 + x.tan() ** 2)
erf = _unary_np("ErfBackward0", _erf_np, lambda x: (-(x * x)).exp() * (2.0 / _math.sqrt(_math.pi)))
erfc = _unary_np("ErfcBackward0", lambda a: 1.0 - _erf_np(a), lambda x: (-(x * x)).exp() * (-2.0 / _math.sqrt(_math.pi)))
arcsin, arccos, arctan, arcsinh, arctanh = asin, acos, atan, asinh, atanh


def trunc(input):
    return input.sign() * input.abs().floor() if input.dtype.is_floating_point else input.clone()


fix = trunc


def frac(input):
    return input - trunc(input)


def fmod(input, other):
    if not input.dtype.is_floating_point and not (isinstance(other, _T) and other.dtype.is_floating_point) \
            and not isinstance(other, float):
        np = _np()
        o = other.numpy(True) if isinstance(other, _T) else other
        return _t(np.fmod(input.numpy(True), o))
    return input - trunc(input / other) * other


def atan2(input, other):
    np = _np()
    a, b = _float_of(input), other if isinstance(other, _T) else _t(other)
    r = _t(np.arctan2(a.numpy(True), _float_of(b).numpy(True)).astype(a.numpy(True).dtype))
    if (a.requires_grad or b.requires_grad) and _core.is_grad_enabled():
        den = a * a + b * b
        r = _core.custom_node("Atan2Backward0", [a, b], r, lambda g: [g * b / den, -g * a / den], None)
    return r


arctan2 = atan2


def hypot(input, other):
    return (input * input + other * other).sqrt()


def isnan(input):
    return input != input


def isinf(input):
    if not input.dtype.is_floating_point:
        return input != input
    return input.abs() == float("inf")


def isfinite(input):
    if not input.dtype.is_floating_point:
        return input == input
    return (input == input).logical_and(input.abs() != float("inf"))


def isposinf(input):
    return input == float("inf")


def isneginf(input):
    return input == float("-inf")


def nan_to_num(input, nan=0.0, posinf=None, neginf=None):
    np = _np()
    a = input.numpy(True)
    return _t(np.nan_to_num(a, nan=nan, posinf=posinf, neginf=neginf), input.dtype)


def signbit(input):
    np = _np()
    return _t(np.signbit(input.numpy(True)))


def copysign(input, other):
    o = other if isinstance(other, _T) else _t(float(other))
    return _float_of(input).abs() * _core.where_(signbit(o), _t(-1.0), _t(1.0))


def deg2rad(input):
    return _float_of(input) * (_math.pi / 180.0)


def rad2deg(input):
    return _float_of(input) * (180.0 / _math.pi)


def logit(input, eps=None):
    x = input if eps is None else input.clamp(eps, 1 - eps)
    r = (x / (1 - x)).log()
    return r._named("LogitBackward0") if r.requires_grad else r


def heaviside(input, values):
    z = _core.full_like(input, 0.0)
    return _core.where_(input > 0, _core.full_like(input, 1.0), _core.where_(input == 0, values.expand_as(input), z))


def xlogy(input, other):
    # torch's node names: XlogyBackward0 (two tensors), 1 (scalar self), 2 (scalar other)
    name = "XlogyBackward0" if isinstance(input, _T) and isinstance(other, _T) else (
        "XlogyBackward2" if isinstance(input, _T) else "XlogyBackward1")
    o = other if isinstance(other, _T) else _t(float(other))
    x = input if isinstance(input, _T) else _core.full_like(o, float(input))
    r = _core.where_(x == 0, _core.full_like(x * o, 0.0), x * o.log())
    return r._named(name) if r.requires_grad else r


# ---- shape / index composites ----
def _dims(dims, nd):
    if isinstance(dims, _b.int):
        dims = (dims,)
    return [d % nd if nd else 0 for d in dims]


def flip(input, dims, *more):
    if more:  # Tensor.flip(0, 1)
        dims = (dims,) + more
    r = input
    for d in _dims(dims, input.dim()):
        n = input.shape[d]
        r = r.index_select(d, _core.arange(n - 1, -1, -1, _int64(), False, TAG))
    return r._named("FlipBackward0") if r is not input else r.clone()


def fliplr(input):
    return flip(input, [1])


def flipud(input):
    return flip(input, [0])


def roll(input, shifts, dims=None):
    if dims is None:
        return roll(input.flatten(), shifts, 0).view(*input.shape)
    if isinstance(shifts, _b.int):
        shifts, dims = (shifts,), (dims,) if isinstance(dims, _b.int) else dims
    r = input
    for s, d in zip(shifts, dims):
        d = d % input.dim()
        n = input.shape[d]
        if n == 0:
            continue
        s = s % n
        if s:
            r = _core.cat([r.narrow(d, n - s, s), r.narrow(d, 0, n - s)], d)
    return r._named("RollBackward0")


def tril(input, diagonal=0):
    return _core.tri(input, diagonal, False)


def triu(input, diagonal=0):
    return _core.tri(input, diagonal, True)


def diagonal(input, offset=0, dim1=0, dim2=1):
    nd = input.dim()
    dim1, dim2 = dim1 % nd, dim2 % nd
    rest = [d for d in range(nd) if d not in (dim1, dim2)]
    if not (input.requires_grad and _core.is_grad_enabled()):  # a view of the storage, as in torch
        st, sh = input.stride(), input.shape
        n = _b.max(0, _b.min(sh[dim1], sh[dim2] - offset) if offset >= 0 else _b.min(sh[dim1] + offset, sh[dim2]))
        off = input.storage_offset() + (offset * st[dim2] if offset >= 0 else -offset * st[dim1])
        return input._strided_view([sh[d] for d in rest] + [n], [st[d] for d in rest] + [st[dim1] + st[dim2]],
                                   off if n else 0)
    x = input.permute(dim1, dim2, *rest)
    n1, n2 = x.shape[0], x.shape[1]
    if offset >= 0:
        k = _b.max(0, _b.min(n1, n2 - offset))
        rows = list(range(k))
        cols = [i + offset for i in rows]
    else:
        k = _b.max(0, _b.min(n1 + offset, n2))
        cols = list(range(k))
        rows = [i - offset for i in cols]
    d = x[_t(rows, _int64()), _t(cols, _int64())]
    if rest:
        d = d.permute(*range(1, d.dim()), 0)
    return d._named(_diag_name[0])


_diag_name = ["DiagonalBackward0"]


def _diagonal_fn(input, offset):
    return diagonal(input, offset)


def _int64():
    from . import int64

    return int64


def diag(input, diagonal=0):
    if input.dim() == 1:
        n = input.shape[0] + _b.abs(diagonal)
        rows = [i + _b.max(0, -diagonal) for i in range(input.shape[0])]
        cols = [i + _b.max(0, diagonal) for i in range(input.shape[0])]
        flat = [r * n + c for r, c in zip(rows, cols)]
        return input._index_add_into(0, _t(flat, _int64()), [n * n]).view(n, n)
    _diag_name[0] = "DiagonalBackward0_copy"  # torch.diag of a matrix records diagonal_copy
    try:
        return _diagonal_fn(input, diagonal)
    finally:
        _diag_name[0] = "DiagonalBackward0"


def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    n = input.shape[-1]
    eye = _core.eye(n, n, input.dtype, False, TAG)
    return input.unsqueeze(-1) * eye


def trace(input):
    return diagonal(input).sum()._named("TraceBackward0")


def dist(input, other, p=2):
    r = (input - other).norm(p)
    return r._named("DistBackward0") if r.grad_fn is not None else r


def count_nonzero(input, dim=None):
    b = (input != 0).long()
    return b.sum() if dim is None else b.sum(dim)


def logsumexp(input, dim, keepdim=False):
    m = input.amax(dim, True).detach()
    m = _core.where_(m.abs() == float("inf"), _core.full_like(m, 0.0), m)
    r = (input - m).exp().sum(dim, True).log() + m
    if not keepdim:
        dims = _dims(dim, input.dim())
        for d in sorted(dims, reverse=True):
            r = r.squeeze(d)
    return r._named("LogsumexpBackward0")


def cumprod(input, dim, dtype=None):
    np = _np()
    if input.requires_grad and _core.is_grad_enabled():
        # differentiable through logs is unsafe for zeros; build it from a running product
        parts = []
        acc = None
        for i in range(input.shape[dim]):
            s = input.select(dim, i)
            acc = s if acc is None else acc * s
            parts.append(acc)
        return _core.stack(parts, dim)._named("CumprodBackward0")
    return _t(np.cumprod(input.numpy(True), axis=dim), input.dtype)


def argsort(input, dim=-1, descending=False, stable=False):
    return _core.argsort(input, dim, descending)  # always stable


def msort(input):
    return input.sort(0)[0]


def masked_select(input, mask):
    if tuple(mask.shape) != tuple(input.shape):
        mask = mask.expand(*input.shape) if mask.dim() <= input.dim() else mask
        input = input.expand(*mask.shape)
    return input[mask]


def lerp(input, end, weight):
    return input + weight * (end - input)


def addcmul(input, tensor1, tensor2, *, value=1):
    return input + value * tensor1 * tensor2


def addcdiv(input, tensor1, tensor2, *, value=1):
    return input + value * (tensor1 / tensor2)


def diff(input, n=1, dim=-1, prepend=None, append=None):
    x = input
    d = dim % x.dim()
    if prepend is not None:
        x = _core.cat([prepend, x], d)
    if append is not None:
        x = _core.cat([x, append], d)
    for _ in range(n):
        k = x.shape[d]
        if x.dtype == _core.tensor(True).dtype:
            x = x.narrow(d, 1, k - 1) != x.narrow(d, 0, k - 1)
        else:
            x = x.narrow(d, 1, k - 1) - x.narrow(d, 0, k - 1)
    return x


def tile(input, dims):
    dims = tuple(dims)
    x = input
    while x.dim() < len(dims):
        x = x.unsqueeze(0)
    dims = (1,) * (x.dim() - len(dims)) + dims
    return x.repeat(*dims)


def movedim(input, source, destination):
    nd = input.dim()
    src = _dims(source, nd)
    dst = _dims(destination, nd)
    order = [None] * nd
    for s, d in zip(src, dst):
        order[d] = s
    rest = iter(i for i in range(nd) if i not in src)
    order = [o if o is not None else next(rest) for o in order]
    return input.permute(*order)


moveaxis = movedim


def atleast_1d(*tensors):
    r = [t.reshape(1) if t.dim() == 0 else t for t in (tensors[0] if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)) else tensors)]
    return r[0] if len(r) == 1 else tuple(r)


def atleast_2d(*tensors):
    r = [t.reshape(1, -1) if t.dim() < 2 else t for t in tensors]
    return r[0] if len(r) == 1 else tuple(r)


def vstack(tensors):
    return _core.cat([t.reshape(1, -1) if t.dim() < 2 else t for t in tensors], 0)


row_stack = vstack


def hstack(tensors):
    ts = [t.reshape(1) if t.dim() == 0 else t for t in tensors]
    return _core.cat(ts, 0 if ts[0].dim() == 1 else 1)


def column_stack(tensors):
    return _core.cat([t.reshape(-1, 1) if t.dim() < 2 else t for t in tensors], 1)


def dstack(tensors):
    from ._index_ops import atleast_3d

    return _core.cat(list(atleast_3d(list(tensors))), 2)


def baddbmm(input, batch1, batch2, *, beta=1, alpha=1):
    return input * beta + batch1.bmm(batch2) * alpha


def addmv(input, mat, vec, *, beta=1, alpha=1):
    return input * beta + mat.mv(vec) * alpha


def addbmm(input, batch1, batch2, *, beta=1, alpha=1):
    return input * beta + batch1.bmm(batch2).sum(0) * alpha


def inner(input, other):
    if input.dim() == 0 or other.dim() == 0:
        return input * other
    return input.matmul(other.transpose(-1, -2) if other.dim() > 1 else other)


def tensordot(a, b, dims=2):
    if isinstance(dims, _b.int):
        da = list(range(a.dim() - dims, a.dim()))
        db = list(range(dims))
    else:
        da, db = dims
        da = [da] if isinstance(da, _b.int) else list(da)
        db = [db] if isinstance(db, _b.int) else list(db)
        da = [d % a.dim() for d in da]
        db = [d % b.dim() for d in db]
    fa = [d for d in range(a.dim()) if d not in da]
    fb = [d for d in range(b.dim()) if d not in db]
    ka = 1
    for d in da:
        ka *= a.shape[d]
    A = a.permute(*(fa + da)).reshape(-1, ka)
    B = b.permute(*(db + fb)).reshape(ka, -1)
    out_shape = [a.shape[d] for d in fa] + [b.shape[d] for d in fb]
    return A.mm(B).reshape(*out_shape) if out_shape else A.mm(B).reshape(())


def kron(input, other):
    a, b = input, other
    if a.dim() == 1 and b.dim() == 1:
        return (a.unsqueeze(1) * b.unsqueeze(0)).reshape(-1)
    r = a.unsqueeze(1).unsqueeze(3) * b.unsqueeze(0).unsqueeze(2)
    return r.reshape(a.shape[0] * b.shape[0], a.shape[1] * b.shape[1])


def cross(input, other, dim=None):
    if dim is None:
        dim = next(i for i, s in enumerate(input.shape) if s == 3)
    a = [input.select(dim, i) for i in range(3)]
    b = [other.select(dim, i) for i in range(3)]
    return _core.stack([a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]],
                       dim)._named("LinalgCrossBackward0")


def cdist(x1, x2, p=2.0, compute_mode=None):
    d = x1.unsqueeze(-2) - x2.unsqueeze(-3)
    if p == 2.0:
        r = (d * d).sum(-1).sqrt()
    elif p == 1.0:
        r = d.abs().sum(-1)
    else:
        r = d.abs().pow(p).sum(-1).pow(1.0 / p)
    return r._named("CdistBackward0")


def take(input, index):
    return input.reshape(-1)[index]


def take_along_dim(input, indices, dim=None):
    if dim is None:
        return input.reshape(-1)[indices.reshape(-1)]
    return input.gather(dim, indices)


def unflatten(input, dim, sizes):
    d = dim % input.dim()
    shape = list(input.shape[:d]) + list(sizes) + list(input.shape[d + 1:])
    return input.reshape(*shape)


def std_mean(input, dim=None, unbiased=True, keepdim=False, *, correction=None):
    return input.std(dim, unbiased, keepdim, correction=correction), \
        (input.mean(dim, keepdim) if dim is not None else input.mean())


def var_mean(input, dim=None, unbiased=True, keepdim=False, *, correction=None):
    return input.var(dim, unbiased, keepdim, correction=correction), \
        (input.mean(dim, keepdim) if dim is not None else input.mean())


def meshgrid(*tensors, indexing="ij"):
    ts = list(tensors[0]) if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)) else list(tensors)
    swap = indexing == "xy" and len(ts) >= 2
    shape = [t.numel() for t in ts]
    outs = []
    for i, t in enumerate(ts):
        view = [1] * len(ts)
        view[i] = -1
        outs.append(t.reshape(*view).expand(*shape))
    if swap:
        outs = [o.transpose(0, 1) for o in outs]
    return tuple(outs)


def cartesian_prod(*tensors):
    g = meshgrid(*tensors, indexing="ij")
    if len(g) == 1:
        return g[0]
    return _core.stack([x.reshape(-1) for x in g], 1)


def unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None):
    np = _np()
    a = input.numpy(True)
    res = np.unique(a if dim is None else a, return_inverse=return_inverse, return_counts=return_counts,
                    axis=dim)
    if not (return_inverse or return_counts):
        return _t(res, input.dtype)
    out = [_t(res[0], input.dtype)]
    k = 1
    if return_inverse:
        out.append(_t(res[k].reshape(a.shape if dim is None else (-1,)).astype("int64")))
        k += 1
    if return_counts:
        out.append(_t(res[k].astype("int64")))
    return tuple(out)


def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):
    np = _np()
    a = input.numpy(True).reshape(-1)
    keep = np.ones(a.size, dtype=bool)
    keep[1:] = a[1:] != a[:-1]
    vals = _t(a[keep], input.dtype)
    out = [vals]
    if return_inverse:
        out.append(_t((np.cumsum(keep) - 1).reshape(input.numpy(True).shape).astype("int64")))
    if return_counts:
        idx = np.flatnonzero(np.append(keep, True))
        out.append(_t(np.diff(idx).astype("int64")))
    return out[0] if len(out) == 1 else tuple(out)


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    np = _np()
    o = other.numpy(True) if isinstance(other, _T) else other
    return _t(np.isclose(input.numpy(True), o, rtol=rtol, atol=atol, equal_nan=equal_nan))


def bincount(input, weights=None, minlength=0):
    np = _np()
    w = None if weights is None else weights.numpy(True)
    r = np.bincount(input.numpy(True), weights=w, minlength=minlength)
    if weights is None:
        return _t(r.astype("int64"))
    return _t(r.astype(w.dtype if w.dtype.kind == "f" else "float64"))


def searchsorted(sorted_sequence, values, *, out_int32=False, right=False, side=None, sorter=None):
    np = _np()
    side = side or ("right" if right else "left")
    s = sorted_sequence.numpy(True)
    v = values.numpy(True) if isinstance(values, _T) else np.asarray(values)
    if s.ndim == 1:
        r = np.searchsorted(s, v, side=side)
    else:
        r = np.stack([np.searchsorted(s[i], v[i], side=side) for i in range(s.shape[0])])
    return _t(np.asarray(r).astype("int32" if out_int32 else "int64"))


def bucketize(input, boundaries, *, out_int32=False, right=False):
    np = _np()
    r = np.searchsorted(boundaries.numpy(True), input.numpy(True) if isinstance(input, _T) else input,
                        side="right" if right else "left")
    return _t(np.asarray(r).astype("int32" if out_int32 else "int64"))


def histc(input, bins=100, min=0, max=0):
    np = _np()
    a = input.numpy(True)
    lo, hi = (float(a.min()), float(a.max())) if min == max else (min, max)
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    h, _ = np.histogram(a, bins=bins, range=(lo, hi))
    return _t(h.astype(a.dtype))


def tril_indices(row, col, offset=0, dtype=None, **kw):
    np = _np()
    r = np.tril_indices(row, offset, col)
    return _t(np.stack(r).astype("int64"))


def triu_indices(row, col, offset=0, dtype=None, **kw):
    np = _np()
    r = np.triu_indices(row, offset, col)
    return _t(np.stack(r).astype("int64"))


def block_diag(*tensors):
    ts = [t.reshape(1, -1) if t.dim() < 2 else t for t in tensors]
    cols = _b.sum(t.shape[1] for t in ts)
    rows = []
    c = 0
    for t in ts:
        parts = []
        if c:
            parts.append(_core.zeros(t.shape[0], c, dtype=t.dtype, tag=TAG))
        parts.append(t)
        rest = cols - c - t.shape[1]
        if rest:
            parts.append(_core.zeros(t.shape[0], rest, dtype=t.dtype, tag=TAG))
        rows.append(_core.cat(parts, 1))
        c += t.shape[1]
    return _core.cat(rows, 0)


def rot90(input, k=1, dims=(0, 1)):
    k = k % 4
    d0, d1 = dims
    if k == 0:
        return input.clone()
    if k == 1:
        return flip(input, [d1]).transpose(d0, d1)
    if k == 2:
        return flip(input, [d0, d1])
    return flip(input, [d0]).transpose(d0, d1)


def aminmax(input, *, dim=None, keepdim=False):
    from . import _aminmax_ret

    if dim is None:
        return _aminmax_ret(input.amin(), input.amax())
    return _aminmax_ret(input.amin(dim, keepdim), input.amax(dim, keepdim))


def median(input, dim=None, keepdim=False):
    from . import return_types

    if dim is None:
        flat = input.reshape(-1)
        v, _ = flat.sort()
        return v[(flat.numel() - 1) // 2]._named("MedianBackward0")
    d = dim % input.dim()
    v, i = input.sort(d)
    k = (input.shape[d] - 1) // 2
    vals, idx = v.select(d, k), i.select(d, k)
    if keepdim:
        vals, idx = vals.unsqueeze(d), idx.unsqueeze(d)
    return return_types.median(vals._named("MedianBackward1"), idx)


def cov(input, *, correction=1, fweights=None, aweights=None):
    x = input if input.dim() == 2 else input.reshape(1, -1)
    n = x.shape[1]
    xc = x - x.mean(1, True)
    c = xc.mm(xc.t()) / _b.max(n - correction, 0)
    return c if input.dim() == 2 else c.reshape(())


def corrcoef(input):
    c = cov(input)
    if c.dim() == 0:
        return c / c
    d = diagonal(c).sqrt()
    return c / d.unsqueeze(1) / d.unsqueeze(0)


def _inplace_of(fn):
    def op(self, *a, **k):
        # runs on a snapshot with self's history; the op's node becomes self's grad_fn (torch's rebase)
        return self._inplace_apply(lambda s: fn(s, *a, **k))

    return op


FUNCS = [
    "log2", "log10", "exp2", "sinh", "cosh", "asin", "acos", "atan", "asinh", "atanh", "tan", "erf", "erfc",
    "arcsin", "arccos", "arctan", "arcsinh", "arctanh", "trunc", "fix", "frac", "fmod", "atan2", "arctan2",
    "hypot", "isnan", "isinf", "isfinite", "isposinf", "isneginf", "nan_to_num", "signbit", "copysign",
    "deg2rad", "rad2deg", "logit", "heaviside", "xlogy", "flip", "fliplr", "flipud", "roll", "tril", "triu",
    "diagonal", "diag", "diag_embed", "trace", "dist", "count_nonzero", "logsumexp", "cumprod", "argsort",
    "msort", "masked_select", "lerp", "addcmul", "addcdiv", "diff", "tile", "movedim", "moveaxis",
    "atleast_1d", "atleast_2d", "vstack", "row_stack", "hstack", "column_stack", "dstack", "baddbmm",
    "addmv", "addbmm", "inner", "tensordot", "kron", "cross", "cdist", "take", "take_along_dim",
    "unflatten", "std_mean", "var_mean", "meshgrid", "cartesian_prod", "unique", "unique_consecutive",
    "isclose", "bincount", "searchsorted", "bucketize", "histc", "tril_indices", "triu_indices",
    "block_diag", "rot90", "aminmax", "median", "cov", "corrcoef",
]
NOT_METHODS = {"atleast_1d", "atleast_2d", "vstack", "row_stack", "hstack", "column_stack", "dstack",
               "tensordot", "meshgrid", "cartesian_prod", "searchsorted", "tril_indices", "triu_indices",
               "block_diag", "cdist", "std_mean", "var_mean"}
INPLACE = ["tril", "triu", "lerp", "addcmul", "addcdiv", "trunc", "frac", "fmod", "log2", "log10", "sinh",
           "cosh", "asin", "acos", "atan", "tan", "erf", "nan_to_num", "copysign", "logit", "hypot", "atan2",
           "deg2rad", "rad2deg", "exp2", "fix"]


def register(ns, ext):
    g = globals()
    for name in FUNCS:
        fn = g[name]
        if name not in ns:
            ns[name] = fn
        if name not in NOT_METHODS and not hasattr(_T, name) and name not in ext:
            ext[name] = fn
    for name in INPLACE:
        if not hasattr(_T, name + "_") and name + "_" not in ext:
            ext[name + "_"] = _inplace_of(g[name])

# Index, scatter and strided-view ops: index_copy/fill/reduce/put, scatter_reduce, masked_scatter,
# *_scatter, put, fill_diagonal_, split_with_sizes, as_strided, unravel_index, *_copy view variants.
import builtins as _b
import math as _math

from .. import _core
from ._nodes import _node
from ._common import TAG, _T, _needs_grad, _np, _t, _tt, _warn_once
from ._inplace import _apply_inplace


# ---- index / scatter variants ----
def _norm_dim(dim, nd):
    n = _b.max(nd, 1)
    if not -n <= dim < n:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    return dim % n


def _along(index, dim, shape, dtype):
    # bool mask of `shape` selecting positions whose coordinate along dim is in index.
    np = _np()
    m = np.zeros(shape[dim] if shape else 1, dtype=bool)
    m[index.numpy(True).reshape(-1)] = True
    view = [1] * len(shape)
    if shape:
        view[dim] = shape[dim]
    return _t(np.broadcast_to(m.reshape(view), shape).copy())


def index_copy(input, dim, index, source):
    d = _norm_dim(dim, input.dim())
    if index.dim() > 1:
        raise IndexError("index_copy_(): Index should have dimension 1 or 0 (got " + str(index.dim()) + ")")
    index = index.reshape(-1)
    if input.dim() and source.dim() and source.shape[d] != index.numel():
        raise RuntimeError(f"index_copy_(): Number of indices ({index.numel()}) should be equal to "
                           f"source.size(dim) ({source.shape[d]})")
    shape = list(input.shape)
    if not shape:
        return _core.where_(_t(True), source.reshape(()).to(input.dtype), input)._named("IndexCopyBackward0")
    hit = _along(index, d, shape, None)
    spread = source.to(input.dtype)._index_add_into(d, index, shape)
    return _core.where_(hit, spread, input)._named("IndexCopyBackward0")


def index_fill(input, dim, index, value):
    d = _norm_dim(dim, input.dim())
    shape = list(input.shape)
    hit = _along(index.reshape(-1), d, shape, None) if shape else _t(True)
    v = value.to(input.dtype) if isinstance(value, _T) else _core.full_like(input, value)
    if isinstance(value, _T) and value.dim() != 0:
        raise RuntimeError(f"index_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                           f"{value.dim()} dimension(s).")
    return _core.where_(hit, v, input)._named("IndexFillBackward0")


def _np_reduce_into(out, pos_iter, vals, reduce, include_self):
    np = _np()
    cnt = np.zeros(out.shape, dtype=np.int64)
    seen = np.zeros(out.shape, dtype=bool)
    for tgt, v in zip(pos_iter, vals):
        if not include_self and not seen[tgt]:
            out[tgt] = v
            seen[tgt] = True
            cnt[tgt] = 1
            continue
        seen[tgt] = True
        cnt[tgt] += 1
        if reduce in ("sum", "mean"):
            out[tgt] += v
        elif reduce == "prod":
            out[tgt] *= v
        elif reduce == "amax":
            out[tgt] = v if v != v else _b.max(out[tgt], v)
        elif reduce == "amin":
            out[tgt] = v if v != v else _b.min(out[tgt], v)
    if reduce == "mean":
        denom = cnt + (1 if include_self else 0)
        denom = np.where(denom == 0, 1, denom)
        if out.dtype.kind == "f":
            out[...] = out / denom
        else:
            out[...] = np.floor_divide(out, denom)
    return out


_REDUCES = ("sum", "prod", "mean", "amax", "amin")


def scatter_reduce(input, dim, index, src, reduce, *, include_self=True):
    np = _np()
    reduce = {"max": "amax", "min": "amin"}.get(reduce, reduce)
    if reduce not in _REDUCES:
        raise RuntimeError(f"reduce argument must be either sum, prod, mean, amax or amin, got {reduce}")
    d = _norm_dim(dim, input.dim())
    out = input.detach().numpy(True).copy()
    idx = index.numpy(True)
    vals = src.detach().numpy(True)
    pos, vs = [], []
    for p in np.ndindex(*idx.shape):
        tgt = list(p)
        tgt[d] = idx[p]
        pos.append(tuple(tgt))
        vs.append(vals[p])
    r = _t(_np_reduce_into(out, pos, vs, reduce, include_self), input.dtype)
    if _needs_grad(input, src):
        r = _node("ScatterReduceBackward0", [input, src], r,
                  lambda g: _scatter_reduce_grad(g, input, d, index, src, reduce, include_self, r))
    return r


def _scatter_reduce_grad(g, input, d, index, src, reduce, include_self, r):
    shape = list(input.shape)
    ones = _core.full_like(index, 1.0, g.dtype)
    cnt = ones._scatter_add_into(d, index, shape)
    hit = cnt > 0
    keep_self = _core.full_like(g, 1.0) if include_self else (~hit).to(g.dtype)
    if reduce == "sum":
        return [g * keep_self, g.gather(d, index)]
    if reduce == "mean":
        n = cnt + keep_self
        n = _core.where_(n == 0, _core.full_like(n, 1.0), n)
        return [g * keep_self / n, (g / n).gather(d, index)]
    if reduce == "prod":
        rs = r.detach()
        gi = _core.where_(input == 0, _core.full_like(g, 0.0), g * rs / input) * keep_self
        gs = (g * rs).gather(d, index) / src
        return [gi, gs]
    # amax / amin: the gradient is shared evenly between all elements equal to the result
    rs = r.detach()
    m_self = (input == rs).to(g.dtype) * keep_self
    m_src = (src == rs.gather(d, index)).to(g.dtype)
    n = m_self + m_src._scatter_add_into(d, index, shape)
    n = _core.where_(n == 0, _core.full_like(n, 1.0), n)
    return [g * m_self / n, (g / n).gather(d, index) * m_src]


def index_reduce(input, dim, index, source, reduce, *, include_self=True):
    if reduce not in ("prod", "mean", "amax", "amin"):
        raise RuntimeError(f"index_reduce(): Expected reduce to be one of prod, mean, amax or amin but got "
                           f"{reduce}.")
    _warn_once("index_reduce() is in beta and the API may change at any time.")
    d = _norm_dim(dim, input.dim())
    idx = index.reshape(-1)
    shape = list(source.shape)
    full = idx.reshape(*([1] * d + [idx.numel()] + [1] * (len(shape) - d - 1))).expand(*shape).contiguous()
    r = scatter_reduce(input, d, full, source, reduce, include_self=include_self)
    return r._named("IndexReduceBackward0") if r.grad_fn is not None else r


def masked_scatter(input, mask, source):
    np = _np()
    tt = _tt()
    if mask.dtype is not tt.bool:
        raise RuntimeError(f"masked_scatter_ only supports boolean masks, but got mask with dtype "
                           f"{mask.dtype}")
    shape = tuple(np.broadcast_shapes(tuple(input.shape), tuple(mask.shape)))
    m = np.broadcast_to(mask.numpy(True), shape)
    k = _b.int(m.sum())
    if k > source.numel():
        raise RuntimeError("Number of elements of source < number of ones in mask")
    pos = np.cumsum(m.reshape(-1)) - 1
    pos = np.where(m.reshape(-1), pos, 0).astype(np.int64)
    spread = source.reshape(-1)[_t(pos)].reshape(*shape).to(input.dtype)
    base = input.expand(*shape) if tuple(input.shape) != shape else input
    return _core.where_(_t(m.copy()), spread, base)._named("MaskedScatterBackward0")


def _scatter_view(input, src, view, name):
    # input with the elements of view(input) replaced by src (a differentiable *_scatter).
    tt = _tt()
    n = input.numel()
    pos = view(_core.arange(0, n, 1, tt.int64, False, TAG).reshape(*input.shape))
    if tuple(pos.shape) != tuple(src.shape):
        raise RuntimeError(f"expected src to have a size equal to the slice of self. src size = "
                           f"{list(src.shape)}, slice size = {list(pos.shape)}")
    flat_idx = pos.reshape(-1)
    spread = src.to(input.dtype).reshape(-1)._index_add_into(0, flat_idx, [n]).reshape(*input.shape)
    hit = _core.full_like(flat_idx, 1, tt.int64)._index_add_into(0, flat_idx, [n]).reshape(*input.shape) > 0
    return _core.where_(hit, spread, input)._named(name)


def select_scatter(input, src, dim, index):
    return _scatter_view(input, src, lambda p: p.select(dim, index), "SelectScatterBackward0")


def slice_scatter(input, src, dim=0, start=None, end=None, step=1):
    def view(p):
        sl = [slice(None)] * p.dim()
        sl[dim] = slice(start, end, step)
        return p[tuple(sl)]

    return _scatter_view(input, src, view, "SliceScatterBackward0")


def diagonal_scatter(input, src, offset=0, dim1=0, dim2=1):
    from ._composite import diagonal

    return _scatter_view(input, src, lambda p: diagonal(p, offset, dim1, dim2), "DiagonalScatterBackward0")


def diagflat(input, offset=0):
    from ._composite import diag

    return diag(input.reshape(-1), offset)


def fill_diagonal_(self, fill_value, wrap=False):
    np = _np()
    nd = self.dim()
    if nd < 2:
        raise RuntimeError("dimensions must larger than 1")
    shape = tuple(self.shape)
    if nd > 2 and len(set(shape)) != 1:
        raise RuntimeError("all dimensions of input must be of equal length")
    m = np.zeros(shape, dtype=bool)
    flat = m.reshape(-1)
    if nd == 2:
        rows, cols = shape
        step = cols + 1
        count = -(-flat.size // step) if wrap else _b.min(rows, cols)
    else:
        step = _b.sum(int(np.prod(shape[i + 1:])) for i in range(nd))
        count = shape[0]
    flat[[i * step for i in range(count) if i * step < flat.size]] = True
    mask = _t(m)
    return _apply_inplace(self, lambda s: _core.where_(mask, _core.full_like(s, fill_value), s)._named(
        "CopySlices"))


def put(input, index, source, accumulate=False):
    np = _np()
    tt = _tt()
    n = input.numel()
    idx = index.reshape(-1)
    if idx.numel() != source.numel():
        raise RuntimeError(f"put_(): Expected source and index to have the same number of elements, but got "
                           f"source.numel() = {source.numel()}, index.numel() = {idx.numel()}")
    raw = idx.numpy(True)
    if raw.size and (raw.max() >= n or raw.min() < -n):
        bad = raw[(raw >= n) | (raw < -n)][0]
        raise IndexError(f"out of range: tried to access index {bad} on a tensor of {n} elements.")
    idx = _t(np.where(raw < 0, raw + n, raw).astype(np.int64))
    flat = input.reshape(-1)
    spread = source.to(input.dtype).reshape(-1)._index_add_into(0, idx, [n])
    if accumulate:
        r = flat + spread
    else:
        hit = _core.full_like(idx, 1, tt.int64)._index_add_into(0, idx, [n]) > 0
        r = _core.where_(hit, spread, flat)
    return r.reshape(*input.shape)._named("PutBackward0")


def renorm(input, p, dim, maxnorm):
    d = _norm_dim(dim, input.dim())
    others = [i for i in range(input.dim()) if i != d]
    x = input.abs()
    if p == 2:
        nrm = (input * input).sum(others, True).sqrt()
    elif p == 1:
        nrm = x.sum(others, True)
    elif p == _math.inf:
        nrm = x.amax(others, True)
    else:
        nrm = x.pow(p).sum(others, True).pow(1.0 / p)
    factor = _core.where_(nrm > maxnorm, maxnorm / (nrm + 1e-7), _core.full_like(nrm, 1.0))
    return (input * factor)._named("RenormBackward0")


def split_with_sizes(input, split_sizes, dim=0):
    d = _norm_dim(dim, input.dim())
    n = input.shape[d]
    sizes = list(split_sizes)
    if _b.sum(sizes) != n:
        raise RuntimeError(f"split_with_sizes expects split_sizes to sum exactly to {n} (input tensor's size at "
                           f"dimension {d}), but got split_sizes={sizes}")
    out, s = [], 0
    for z in sizes:
        out.append(input.narrow(d, s, z))
        s += z
    return tuple(out)


def dsplit(input, indices_or_sections):
    if input.dim() < 3:
        raise RuntimeError(f"torch.dsplit requires a tensor with at least 3 dimension, but got a tensor with "
                           f"{input.dim()} dimensions!")
    if isinstance(indices_or_sections, _b.int) and input.shape[2] % indices_or_sections:
        raise RuntimeError(f"torch.dsplit attempted to split along dimension 2, but the size of the dimension "
                           f"{input.shape[2]} is not divisible by the split_size {indices_or_sections}!")
    return input.tensor_split(indices_or_sections, 2)


def atleast_3d(*tensors):
    ts = tensors[0] if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)) else tensors
    r = []
    for t in ts:
        if t.dim() == 0:
            t = t.reshape(1, 1, 1)
        elif t.dim() == 1:
            t = t.reshape(1, -1, 1)
        elif t.dim() == 2:
            t = t.unsqueeze(-1)
        r.append(t)
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        return tuple(r)
    return r[0] if len(r) == 1 else tuple(r)


def unravel_index(indices, shape):
    np = _np()
    shape = (shape,) if isinstance(shape, _b.int) else tuple(shape)
    if isinstance(indices, _T) and indices.dtype.is_floating_point:
        raise TypeError("expected 'indices' to be integer dtype, but got torch.float32")
    idx = (indices.numpy(True) if isinstance(indices, _T) else np.asarray(indices)).astype(np.int64)
    coords = []
    for n in reversed(shape):  # torch wraps with floor division, no range check
        coords.append(np.mod(idx, n))
        idx = np.floor_divide(idx, n)
    r = coords[::-1]
    return tuple(_t(np.asarray(x).astype(np.int64)) for x in r)


def _copy_of(name):
    def f(input, *a, **k):
        r = getattr(input, name)(*a, **k)
        if isinstance(r, (tuple, list)):
            return type(r)(x.clone() for x in r)
        return r.clone()

    f.__name__ = name + "_copy"
    return f


def as_strided(input, size, stride, storage_offset=None):
    """A true view of the storage without autograd; with autograd, the same elements gathered
    differentiably (AsStridedBackward0; writes to it do not reach the input)."""
    np = _np()
    size, stride = [_b.int(v) for v in size], [_b.int(v) for v in stride]
    if len(size) != len(stride):
        raise RuntimeError("mismatch in length of strides and shape")
    if _b.any(st < 0 for st in stride):
        raise RuntimeError(f"as_strided: Negative strides are not supported at the moment, got strides: {stride}")
    own = input.storage_offset()
    off = own if storage_offset is None else _b.int(storage_offset)
    n = input._storage_numel()
    need = 0 if _b.any(v == 0 for v in size) else off + 1 + _b.sum((v - 1) * st for v, st in zip(size, stride))
    if need > n:
        it = input.element_size()
        raise RuntimeError(f"setStorage: sizes {size}, strides {stride}, storage offset {off}, and itemsize {it} "
                           f"requiring a storage size of {need * it} are out of bounds for storage of size {n * it}")
    if not _needs_grad(input):
        return input._strided_view(size, stride, off)
    idx = np.full(size, off, dtype=np.int64) if size else np.array(off, dtype=np.int64)
    for d, (k, st) in enumerate(zip(size, stride)):
        view = [1] * len(size)
        view[d] = k
        idx = idx + (np.arange(k, dtype=np.int64) * st).reshape(view)
    # positions in the storage -> positions in input (the input must cover them)
    st_in, shp = input.stride(), list(input.shape)
    pos = {}
    for p in np.ndindex(*shp):
        pos[own + _b.sum(i * s for i, s in zip(p, st_in))] = _flat_index(p, shp)
    try:
        gather = np.vectorize(lambda v: pos[_b.int(v)], otypes=[np.int64])(idx) if idx.size else idx
    except KeyError:
        raise RuntimeError("ferrograd: as_strided with autograd must stay inside the input's elements") from None
    flat = input.reshape(-1)
    r = flat[_t(gather.reshape(-1))].reshape(*size) if size else flat[_b.int(gather)]
    return r._named("AsStridedBackward0")


def _flat_index(p, shape):
    k = 0
    for i, n in zip(p, shape):
        k = k * n + i
    return k


def index_put(input, indices, values, accumulate=False):
    """torch.index_put / Tensor.index_put (accumulate=True adds, duplicates included; differentiable)."""
    tt = _tt()
    indices = tuple(indices)
    if not accumulate:
        r = input.clone()
        r[indices] = values
        return r
    n = input.numel()
    pos = _core.arange(0, n, 1, tt.int64, False, TAG).reshape(*input.shape)[indices]
    v = values if isinstance(values, _T) else _t(values, input.dtype)
    v = v.to(input.dtype).expand(*pos.shape) if tuple(v.shape) != tuple(pos.shape) else v.to(input.dtype)
    add = v.reshape(-1)._index_add_into(0, pos.reshape(-1), [n]).reshape(*input.shape)
    return (input + add)._named("IndexPutBackward0")


def index_put_(self, indices, values, accumulate=False):
    if not accumulate:
        self[tuple(indices)] = values
        return self
    return _apply_inplace(self, lambda s: index_put(s, indices, values, True))


def nonzero_static(input, *, size, fill_value=-1):
    np = _np()
    a = input.numpy(True)
    idx = np.stack(np.nonzero(a), axis=1).astype(np.int64) if a.ndim else np.zeros((int(a != 0), 0), np.int64)
    out = np.full((size, _b.max(a.ndim, 0)), fill_value, dtype=np.int64)
    k = _b.min(size, idx.shape[0])
    out[:k] = idx[:k]
    return _t(out)


def as_strided_scatter(input, src, size, stride, storage_offset=None):
    off = 0 if storage_offset is None else storage_offset
    return _scatter_view(input, src, lambda p: p.as_strided(size, stride, off), "AsStridedScatterBackward0")


def slice_copy(input, dim=0, start=None, end=None, step=1):
    sl = [slice(None)] * input.dim()
    sl[dim] = slice(start, end, step)
    return input[tuple(sl)].clone()

# TF's array functions: split, sort/argsort/top_k, cumsum/cumprod, boolean_mask, reverse,
# gather_nd, unique, pad/slice, scatter_nd, roll, searchsorted, ... Built from differentiable core ops
# (gather / index_select / narrow) or, for scans, a custom node whose backward is itself a scan.
import builtins as _b
import collections as _collections

from .. import _core
from . import _ops
from . import dtypes as _dt
from ._ops import _axes, _scalar, _shape_list, cast, identity, reshape
from ._tensor import TAG, _T, _arg, _from_array, _np, _wrap
from ._math_ops import _npm
from .errors import _invalid


def _axis(x, axis):
    nd = _T.dim(x)
    a = int(_scalar(axis))
    if not -nd <= a < _b.max(nd, 1):
        raise _invalid("Split", "Expected axis in the range [%d, %d), but got %d" % (-nd, nd, a), name=True)
    return a % _b.max(nd, 1)


def _index(arr):
    import numpy as np

    return _core.tensor(np.ascontiguousarray(arr, dtype=np.int64), None, False, TAG)


def split(value, num_or_size_splits, axis=0, num=None, name="split"):
    x = _arg(value)
    a = _axis(x, axis)
    n = x._size()[a]
    if isinstance(num_or_size_splits, _T) and _T.dim(num_or_size_splits) == 0:
        num_or_size_splits = int(_scalar(num_or_size_splits))
    if isinstance(num_or_size_splits, int):
        k = num_or_size_splits
        if k <= 0 or n % k:
            raise _invalid("Split", "Number of ways to split should evenly divide the split dimension, but "
                           "got split_dim %d (size = %d) and num_split %d" % (a, n, k), name=True)
        sizes = [n // k] * k
    else:
        sizes = _shape_list(num_or_size_splits)
        if -1 in sizes:
            known = _b.sum(s for s in sizes if s != -1)
            sizes[sizes.index(-1)] = n - known
        if _b.sum(sizes) != n:
            raise _invalid("SplitV", "Determined shape must either match input shape along split_dim exactly if "
                           "fully specified, or be less than the size of the input along split_dim if not "
                           "fully specified.  Got: %d" % _b.sum(sizes), name=True)
    out, start = [], 0
    for s in sizes:
        out.append(_wrap(_T.narrow(x, a, start, s)))
        start += s
    return out


def _order(x, axis, descending, op):
    # argsort indices (int64 numpy) along `axis`, stable, descending when asked.
    import numpy as np

    a = _np(x)
    if a.ndim == 0:
        raise _invalid(op, "input must be at least rank 1 but is rank 0", name=True)
    ax = int(axis) % a.ndim
    if descending:
        # stable descending order: sort the reversed axis ascending on negated keys is not stable
        # for ties, so sort ascending by (-value) with numpy's stable mergesort on a key that keeps
        # the first occurrence first.
        key = -a.astype(np.float64) if a.dtype.kind != "b" else ~a
        return np.argsort(key, axis=ax, kind="stable"), ax
    return np.argsort(a, axis=ax, kind="stable"), ax


def sort(values, axis=-1, direction="ASCENDING", name=None):
    x = _arg(values)
    if direction not in ("ASCENDING", "DESCENDING"):
        raise ValueError('`direction` must be one of ["ASCENDING", "DESCENDING"]. Received: direction=%s' % direction)
    idx, ax = _order(x, axis, direction == "DESCENDING", "TopKV2")
    return _wrap(_T.gather(x, ax, _index(idx)))


def argsort(values, axis=-1, direction="ASCENDING", stable=False, name=None):
    x = _arg(values)
    if direction not in ("ASCENDING", "DESCENDING"):
        raise ValueError('`direction` must be one of ["ASCENDING", "DESCENDING"]. Received: direction=%s' % direction)
    idx, _ = _order(x, axis, direction == "DESCENDING", "TopKV2")
    return _from_array(idx.astype("int32"))


TopKV2 = _collections.namedtuple("TopKV2", ["values", "indices"])


def top_k(input, k=1, sorted=True, index_type=_dt.int32, name=None):
    x = _arg(input)
    k = int(_scalar(k))
    n = x._size()[-1] if _T.dim(x) else 0
    if k < 0 or k > n:
        raise _invalid("TopKV2", "input must have at least k columns. Had %d, needed %d" % (n, k), name=True)
    idx, ax = _order(x, -1, True, "TopKV2")
    idx = idx[..., :k]
    vals = _wrap(_T.gather(x, ax, _index(idx)))
    return TopKV2(vals, _from_array(idx.astype(_dt.as_dtype(index_type).name)))


def in_top_k(targets, predictions, k, name=None):
    import numpy as np

    p = _np(_arg(predictions))
    t = _np(_arg(targets)).astype(np.int64)
    tv = p[np.arange(p.shape[0]), t]
    return _from_array((p > tv[:, None]).sum(axis=1) < k)


def _scan(x, axis, exclusive, reverse, prod):
    # TF's Cumsum/Cumprod: a sequential scan in the tensor's dtype (Eigen's ScanOp).
    import numpy as np

    a = _np(x)
    ax = int(axis) % _b.max(a.ndim, 1)
    if a.ndim == 0:
        raise _invalid("Cumprod" if prod else "Cumsum", "ScanOp: Expected scan axis in the range [0, 0), but got 0",
                       name=True)
    v = np.flip(a, ax) if reverse else a
    fn = np.cumprod if prod else np.cumsum
    r = fn(v, axis=ax, dtype=a.dtype)
    if exclusive:
        pad = np.ones_like(np.take(r, [0], axis=ax)) if prod else np.zeros_like(np.take(r, [0], axis=ax))
        r = np.concatenate([pad, np.take(r, range(r.shape[ax] - 1), axis=ax)], axis=ax)
    if reverse:
        r = np.flip(r, ax)
    return _core.tensor(np.ascontiguousarray(r), None, False, TAG), ax


def cumsum(x, axis=0, exclusive=False, reverse=False, name=None):
    t = _arg(x)
    out, ax = _scan(t, axis, exclusive, reverse, False)
    if not t.requires_grad or not _core.is_grad_enabled():
        return _wrap(out)

    def backward(g):
        # d cumsum / dx is the scan in the other direction (TF's _CumsumGrad)
        return [_arg(cumsum(_wrap(g), ax, exclusive=exclusive, reverse=not reverse))]

    return _wrap(_core.custom_node("Cumsum", [t], out, backward))


def cumprod(x, axis=0, exclusive=False, reverse=False, name=None):
    t = _arg(x)
    out, ax = _scan(t, axis, exclusive, reverse, True)
    if not t.requires_grad or not _core.is_grad_enabled():
        return _wrap(out)
    res = _wrap(out)

    def backward(g):
        # TF's _CumprodGrad: cumsum(prod * g, reverse) / x (x without zeros assumed, as in TF)
        p = _wrap(_core.custom_node("Cumprod", [t], out, backward)) if _core.is_grad_enabled() else res
        s = cumsum(_wrap(_T.__mul__(_arg(p), g)), ax, exclusive=exclusive, reverse=not reverse)
        return [_T.__truediv__(_arg(s), t)]

    return _wrap(_core.custom_node("Cumprod", [t], out, backward))


def boolean_mask(tensor, mask, axis=None, name="boolean_mask"):
    import numpy as np

    x = _arg(tensor)
    m = _np(_arg(mask)).astype(bool)
    a = 0 if axis is None else int(axis) % _T.dim(x)
    shape = list(x._size())
    k = m.ndim
    if k == 0:
        raise ValueError("mask cannot be scalar.")
    if tuple(shape[a:a + k]) != m.shape:
        raise ValueError("Shapes %s and %s are incompatible" % (_dt.TensorShape(shape[a:a + k]),
                                                                  _dt.TensorShape(list(m.shape))))
    flat = _T.reshape(x, shape[:a] + [-1] + shape[a + k:])
    idx = _index(np.flatnonzero(m))
    return _wrap(_T.index_select(flat, a, idx))


def reverse(tensor, axis, name=None):
    x = _arg(tensor)
    r = x
    for a in _axes(x, axis) or []:
        a %= _T.dim(x)
        n = x._size()[a]
        r = _T.index_select(r, a, _index(list(range(n - 1, -1, -1))))
    return _wrap(r) if r is not x else identity(x)


def _batch_coords(idx, b):
    # gather_nd indices with the first b (batch) coordinates prepended to each index vector.
    import numpy as np

    idx = np.asarray(idx, np.int64)
    if not b:
        return idx
    grid = np.indices(idx.shape[:b]).reshape((b,) + idx.shape[:b] + (1,) * (idx.ndim - 1 - b))
    return np.concatenate([np.moveaxis(np.broadcast_to(grid, (b,) + idx.shape[:-1]), 0, -1), idx], -1)


def gather_nd(params, indices, batch_dims=0, name=None):
    import numpy as np

    x = _arg(params)
    idx = _batch_coords(_np(_arg(indices)), batch_dims)
    shape = list(x._size())
    depth = idx.shape[-1]
    lead = shape[:depth]
    for j, n in enumerate(lead):
        bad = (idx[..., j] < 0) | (idx[..., j] >= n)
        if bad.any():
            pos = np.argwhere(bad)[0]
            raise _invalid("GatherNd", "indices%s = %s does not index into param shape %s, node name: GatherNd"
                           % (list(pos), list(idx[tuple(pos)]), _dt.TensorShape(shape)), name=True)
    lin = np.ravel_multi_index(tuple(idx[..., j] for j in range(depth)), lead) if depth else \
        np.zeros(idx.shape[:-1], np.int64)
    flat = _T.reshape(x, [-1] + shape[depth:])
    r = _T.index_select(flat, 0, _index(lin.reshape(-1)))
    return reshape(_wrap(r), list(idx.shape[:-1]) + shape[depth:])


UniqueResult = _collections.namedtuple("Unique", ["y", "idx"])


def unique(x, out_idx=_dt.int32, name=None):
    import numpy as np

    a = _np(_arg(x))
    if a.ndim != 1:
        raise _invalid("Unique", "unique expects a 1D vector.", name=True)
    _, first, inv = np.unique(a, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")  # TF keeps first-occurrence order
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    y = a[np.sort(first)]
    return UniqueResult(_from_array(y), _from_array(rank[inv].astype(_dt.as_dtype(out_idx).name)))


def cast_like(x, like):
    return cast(x, _arg(like).dtype)


# ---------------------------------------------------------------- slicing and padding


def pad(tensor, paddings, mode="CONSTANT", constant_values=0, name=None):
    """tf.pad; CONSTANT mode concatenates constant blocks (differentiable), REFLECT/SYMMETRIC
    gather mirrored indices."""
    import numpy as np

    x = _arg(tensor)
    p = _np(_arg(paddings)).astype(np.int64) if isinstance(paddings, _T) else np.asarray(paddings, np.int64)
    if p.shape != (_T.dim(x), 2):
        raise _invalid("Pad", "The first dimension of paddings must be the rank of inputs%s, at (%s)"
                       % (list(p.shape), ", ".join(str(d) for d in x._size())), name=True)
    mode = mode.upper()
    r = x
    for d, (lo, hi) in enumerate(p.tolist()):
        if mode == "CONSTANT":
            parts = []
            for n in (lo, hi):
                s = list(r._size())
                s[d] = n
                parts.append(_core.full(s, _scalar(constant_values), x._dtype_name, False, TAG) if n else None)
            blocks = [b for b in (parts[0], r, parts[1]) if b is not None]
            r = _core.cat(blocks, d) if len(blocks) > 1 else r
        else:
            n = r._size()[d]
            off = 0 if mode == "SYMMETRIC" else 1
            idx = list(range(lo - 1 + off, off - 1, -1)) + list(range(n)) + \
                list(range(n - 1 - off, n - 1 - off - hi, -1))
            r = _T.index_select(r, d, _index(idx))
    return _wrap(r) if r is not x else identity(x)


def slice(input_, begin, size, name=None):
    x = _arg(input_)
    b = _shape_list(begin)
    s = _shape_list(size)
    r = x
    for d, (st, n) in enumerate(zip(b, s)):
        full = x._size()[d]
        n = full - st if n == -1 else n
        if st < 0 or st + n > full:
            raise _invalid("Slice", "Expected size[%d] in [0, %d], but got %d" % (d, full - st, n), name=True)
        if (st, n) != (0, full):
            r = _T.narrow(r, d, st, n)
    return _wrap(r) if r is not x else identity(x)


def strided_slice(input_, begin, end, strides=None, begin_mask=0, end_mask=0, ellipsis_mask=0, new_axis_mask=0,
                  shrink_axis_mask=0, var=None, name=None):
    if ellipsis_mask or new_axis_mask:
        raise NotImplementedError("tf.strided_slice with ellipsis_mask or new_axis_mask")
    x = _arg(input_)
    b, e = _shape_list(begin), _shape_list(end)
    st = _shape_list(strides) if strides is not None else [1] * len(b)
    key = []
    for d in _b.range(len(b)):
        if shrink_axis_mask & (1 << d):
            key.append(b[d])
        else:
            key.append(_b.slice(None if begin_mask & (1 << d) else b[d], None if end_mask & (1 << d) else e[d], st[d]))
    return input_[tuple(key)] if hasattr(input_, "__getitem__") and isinstance(input_, _T) else \
        _wrap(x)[tuple(key)]


def meshgrid(*args, **kwargs):
    indexing = kwargs.get("indexing", "xy")
    ts = [_T.reshape(_arg(a), [-1]) for a in args]
    n = len(ts)
    shape = [t._size()[0] for t in ts]
    if indexing == "xy" and n >= 2:
        shape[0], shape[1] = shape[1], shape[0]
    out = []
    for i, t in enumerate(ts):
        ax = i
        if indexing == "xy" and n >= 2 and i < 2:
            ax = 1 - i
        s = [1] * n
        s[ax] = t._size()[0]
        out.append(_wrap(_T.expand(_T.reshape(t, s), *shape)))
    return out


def repeat(input, repeats, axis=None, name=None):
    import numpy as np

    x = _arg(input)
    if axis is None:
        x = _T.reshape(x, [-1])
        axis = 0
    a = int(axis) % _b.max(_T.dim(x), 1)
    n = x._size()[a]
    reps = np.broadcast_to(np.asarray(_np(_arg(repeats)) if isinstance(repeats, _T) else repeats, np.int64), (n,))
    return _wrap(_T.index_select(x, a, _index(np.repeat(np.arange(n), reps))))


def sequence_mask(lengths, maxlen=None, dtype=_dt.bool, name=None):
    import numpy as np

    ln = _np(_arg(lengths)) if isinstance(lengths, _T) else np.asarray(lengths)
    m = int(_scalar(maxlen)) if maxlen is not None else int(ln.max()) if ln.size else 0
    out = np.arange(m) < ln[..., None]
    return _from_array(out.astype(_dt.as_dtype(dtype).name))


def _scatter_nd(tensor, indices, updates, add):
    import numpy as np

    x = _arg(tensor)
    u = _arg(updates) if isinstance(updates, _T) else _from_array(np.asarray(updates, _np(x).dtype))
    idx = _np(_arg(indices)).astype(np.int64) if isinstance(indices, _T) else np.asarray(indices, np.int64)
    shape = list(x._size())
    depth = idx.shape[-1]
    lin = np.ravel_multi_index(tuple(idx[..., j] for j in range(depth)), shape[:depth]).reshape(-1)
    flat = _T.reshape(x, [-1] + shape[depth:])
    upd = _T.reshape(u, [lin.size] + shape[depth:])
    li = _index(lin)
    if add:
        r = _T.__add__(flat, _T._index_add_into(upd, 0, li, list(flat._size())))
    else:
        keep = np.ones(flat._size()[0], dtype=bool)
        keep[lin] = False
        mask_shape = [flat._size()[0]] + [1] * (len(shape) - depth)
        m = _core.tensor(keep.reshape(mask_shape), None, False, TAG)
        r = _core.where_(m, flat, _T._index_add_into(upd, 0, li, list(flat._size())))
    return _wrap(_T.reshape(r, shape))


def tensor_scatter_nd_update(tensor, indices, updates, name=None):
    return _scatter_nd(tensor, indices, updates, False)


def tensor_scatter_nd_add(tensor, indices, updates, name=None):
    return _scatter_nd(tensor, indices, updates, True)


def scatter_nd(indices, updates, shape, name=None):
    from ._ops import zeros

    u = _arg(updates)
    return _scatter_nd(zeros(_shape_list(shape), dtype=u.dtype), indices, u, True)


def einsum(equation, *inputs, **kwargs):
    from ..torch._einsum import einsum as _einsum

    ts = [_arg(t)._retag(0) for t in inputs]
    if "..." in equation:  # named ellipsis axes, broadcast right-aligned
        import numpy as np
        import string

        lhs, arrow, rhs = equation.replace(" ", "").partition("->")
        terms = lhs.split(",")
        ell = [c for c in string.ascii_letters if c not in equation]
        ks = [len(t._size()) - len(term) + 3 if "..." in term else 0 for term, t in zip(terms, ts)]
        bs = np.broadcast_shapes(*[t._size()[term.index("..."):][:k] for term, t, k in zip(terms, ts, ks) if k])
        m = len(bs)
        for i, (term, t, k) in enumerate(zip(terms, ts, ks)):
            if "..." in term:
                j, size = term.index("..."), t._size()
                if size[j:j + k] != bs[m - k:]:
                    ts[i] = _T.expand(t, list(size[:j] + bs[m - k:] + size[j + k:]))
                terms[i] = term.replace("...", "".join(ell[m - k:m]))
        if m and "..." not in rhs:
            raise _invalid("Einsum", "{{function_node __wrapped__Einsum_N_%d_device_/job:localhost/replica:0/task:0/"
                           "device:CPU:0}} Output contains %d broadcasting dimension(s) but no ellipsis (...) was "
                           "found in the output subscripts." % (len(ts), m), wrapped=False)
        rhs = rhs.replace("...", "".join(ell[:m]))
        equation = ",".join(terms) + arrow + rhs
    return _wrap(_einsum(equation, *ts))

# ---------------------------------------------------------------- array functions


def roll(input, shift, axis, name=None):
    x = _wrap(_arg(input))
    shifts = [int(s) for s in (_np(_arg(shift)).reshape(-1) if not isinstance(shift, int) else [shift])]
    axes = [int(a) for a in (_np(_arg(axis)).reshape(-1) if not isinstance(axis, int) else [axis])]
    if len(shifts) != len(axes):
        raise _invalid("Roll", "shift and axis must have the same size", name=True)
    total = _collections.OrderedDict()
    nd = x.shape.rank
    for s, a in zip(shifts, axes):
        if not -nd <= a < nd:
            raise _invalid("Roll", "axis %d is out of range" % a, name=True)
        total[a % nd] = total.get(a % nd, 0) + s
    for a, s in total.items():
        n = int(x.shape[a])
        if n == 0:
            continue
        s %= n
        if s:
            idx = _from_array(_npm().concatenate([_npm().arange(n - s, n), _npm().arange(0, n - s)]).astype("int32"))
            x = _ops.gather(x, idx, axis=a)
    return x


def searchsorted(sorted_sequence, values, side="left", out_type=_dt.int32, name=None):
    np = _npm()
    s, v = _np(_arg(sorted_sequence)), _np(_arg(values))
    if s.ndim == 1 and v.ndim == 1:
        r = np.searchsorted(s, v, side=side)
    else:
        s2, v2 = s.reshape(-1, s.shape[-1]), v.reshape(-1, v.shape[-1])
        if s2.shape[0] != v2.shape[0]:
            raise _invalid("LowerBound" if side == "left" else "UpperBound",
                           "Leading dim_size of both tensors must match.", name=True)
        r = np.stack([np.searchsorted(a, b, side=side) for a, b in zip(s2, v2)]).reshape(v.shape)
    return _from_array(r.astype(_dt.as_dtype(out_type).name))


def reverse_sequence(input, seq_lengths, seq_axis=None, batch_axis=None, name=None):
    np = _npm()
    x = _wrap(_arg(input))
    lens = _np(_arg(seq_lengths)).astype(np.int64)
    seq_axis, batch_axis = int(seq_axis), int(batch_axis or 0)
    shape = [int(d) for d in x.shape]
    if lens.shape != (shape[batch_axis],):
        raise _invalid("ReverseSequence", "Length of seq_lengths != input.dims(%d), (%d vs. %d)"
                       % (batch_axis, lens.size, shape[batch_axis]), name=False)
    for i, v in enumerate(lens.tolist()):
        if v < 0:
            raise _invalid("ReverseSequence", "seq_lens(%d) < 0" % i, name=False)
        if v > shape[seq_axis]:
            raise _invalid("ReverseSequence", "seq_lens(%d) > input.dims(%d)" % (i, seq_axis), name=False)
    idx = np.indices(shape)
    seq = idx[seq_axis]
    b = idx[batch_axis]
    L = lens[b]
    new = np.where(seq < L, L - 1 - seq, seq)
    flat = np.ravel_multi_index(tuple(new if i == seq_axis else idx[i] for i in range(len(shape))), shape)
    return _ops.reshape(_ops.gather(_ops.reshape(x, [-1]), _from_array(flat.reshape(-1).astype(np.int64))), shape)


UniqueWithCounts = _collections.namedtuple("UniqueWithCounts", ["y", "idx", "count"])


def unique_with_counts(x, out_idx=_dt.int32, name=None):
    np = _npm()
    a = _np(_arg(x))
    _, first, inv, cnt = np.unique(a, return_index=True, return_inverse=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    d = _dt.as_dtype(out_idx).name
    return UniqueWithCounts(_from_array(a[np.sort(first)]), _from_array(rank[inv.reshape(-1)].astype(d)),
                            _from_array(cnt[order].astype(d)))


def unravel_index(indices, dims, name=None):
    np = _npm()
    i, d = _np(_arg(indices)), _np(_arg(dims))
    if i.ndim > 1:
        raise _invalid("UnravelIndex", 'The indices can only be scalar or vector, got "[%s]"'
                       % ",".join(str(v) for v in i.shape), name=False)
    if i.size and (int(i.max()) >= int(np.prod(d))):
        raise _invalid("UnravelIndex", "index is out of bound as with dims", name=False)
    dims = [int(v) for v in d.reshape(-1)]
    strides = [int(np.prod(dims[k + 1:])) for k in range(len(dims))]
    # TF's kernel: (index / stride) % dim with C++ truncating division (so negatives give negatives)
    r = np.array([np.fmod(np.sign(i) * (np.abs(i) // st), dm) for st, dm in zip(strides, dims)], dtype=i.dtype)
    return _from_array(r)


def shape_n(input, out_type=_dt.int32, name=None):
    return [_ops.shape(t, out_type=out_type) for t in input]


def identity_n(input, name=None):
    return [_ops.identity(t) for t in input]


def _scatter_np(tensor, indices, updates, fn):
    np = _npm()
    t = _np(_arg(tensor)).copy()
    idx = _np(_arg(indices)).astype(np.int64)
    u = _np(_arg(updates)).astype(t.dtype)
    k = idx.shape[-1]
    idx2 = idx.reshape(-1, k)
    u2 = u.reshape((idx2.shape[0],) + t.shape[k:])
    for j in range(idx2.shape[0]):
        key = tuple(idx2[j])
        t[key] = fn(t[key], u2[j])
    return _from_array(t)


def tensor_scatter_nd_sub(tensor, indices, updates, name=None):
    return tensor_scatter_nd_add(tensor, indices, -_wrap(_arg(updates)))


def tensor_scatter_nd_max(tensor, indices, updates, name=None):
    return _scatter_np(tensor, indices, updates, _npm().maximum)


def tensor_scatter_nd_min(tensor, indices, updates, name=None):
    return _scatter_np(tensor, indices, updates, _npm().minimum)

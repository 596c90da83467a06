"""More of TF's array functions: split, sort/argsort/top_k, cumsum/cumprod, boolean_mask,
reverse, gather_nd, unique. Built from differentiable core ops (gather / index_select /
narrow) or, for scans, a custom node whose backward is itself a scan, so nested tapes work."""
import builtins as _b
import collections

from .. import _core
from . import dtypes as _dt
from ._ops import _axes, _scalar, _shape_list, cast, identity, reshape
from ._tensor import TAG, _T, _arg, _from_array, _np, _wrap
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
    """argsort indices (int64 numpy) along `axis`, stable, descending when asked."""
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


TopKV2 = collections.namedtuple("TopKV2", ["values", "indices"])


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
    """TF's Cumsum/Cumprod: a sequential scan in the tensor's dtype (Eigen's ScanOp)."""
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


def gather_nd(params, indices, batch_dims=0, name=None):
    import numpy as np

    if batch_dims:
        raise NotImplementedError("tf.gather_nd with batch_dims")
    x = _arg(params)
    idx = _np(_arg(indices)).astype(np.int64)
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


UniqueResult = collections.namedtuple("Unique", ["y", "idx"])


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
    return _wrap(_einsum(equation, *ts))


# ---------------------------------------------------------------- math

def l2_normalize(x, axis=None, epsilon=1e-12, name=None, dim=None):
    from ._ops import maximum, reduce_sum, rsqrt

    t = _arg(x)
    sq = reduce_sum(t * t, axis if dim is None else dim, keepdims=True)
    return _wrap(_T.__mul__(t, _arg(rsqrt(maximum(sq, epsilon)))))


def is_finite(x, name=None):
    import numpy as np

    return _from_array(np.isfinite(_np(_arg(x))))


def is_inf(x, name=None):
    import numpy as np

    return _from_array(np.isinf(_np(_arg(x))))


def reduce_euclidean_norm(input_tensor, axis=None, keepdims=False, name=None):
    from ._ops import reduce_sum, sqrt

    t = _arg(input_tensor)
    return sqrt(reduce_sum(t * t, axis, keepdims))


def divide_no_nan(x, y, name=None):
    from ._ops import _two, where, zeros_like

    a, b = _two(x, y)
    zero = _wrap(b) == 0
    safe = where(zero, _wrap(_ones_like(b)), b)
    quotient = _wrap(_T.__truediv__(a, _arg(safe)))
    return where(zero, zeros_like(quotient), quotient)


def _ones_like(t):
    return _core.full(list(t._size()), 1, t._dtype_name, False, TAG)


def _torch_op(name):
    """A float op with torch's differentiable composite, run on a torch-tagged view."""
    def f(*args, name=None):
        from ..torch import _composite

        return _wrap(getattr(_composite, fn)(*[_arg(a)._retag(0) for a in args]))

    fn = name
    return f


erf = _torch_op("erf")
atan2 = _torch_op("atan2")


def _segment(data, segment_ids, num_segments):
    import numpy as np

    x = _arg(data)
    ids = _np(_arg(segment_ids)).astype(np.int64) if isinstance(segment_ids, _T) else np.asarray(segment_ids,
                                                                                                  np.int64)
    shape = list(x._size())
    if ids.ndim != 1:  # segment_ids of rank k index the first k dimensions of data
        x = _T.reshape(x, [int(np.prod(ids.shape))] + shape[ids.ndim:])
        shape = list(x._size())
        ids = ids.reshape(-1)
    if ids.size and ids.min() < 0:  # TF drops the rows with a negative id
        keep = np.nonzero(ids >= 0)[0]
        x = _T.index_select(x, 0, _index(keep))
        ids = ids[keep]
    out = [int(num_segments)] + shape[1:]
    return _wrap(_T._index_add_into(x, 0, _index(ids), out))


def segment_sum(data, segment_ids, name=None):
    import numpy as np

    from ._s4ops import _sorted_ids_check

    ids = _np(_arg(segment_ids)) if isinstance(segment_ids, _T) else np.asarray(segment_ids)
    _sorted_ids_check("SegmentSum", _np(_arg(data)), ids.astype(np.int64))
    return _segment(data, ids, int(ids.max()) + 1 if ids.size else 0)


def unsorted_segment_sum(data, segment_ids, num_segments, name=None):
    import numpy as np

    from ._s4ops import _ids, _ids_prefix_check, _invalid

    ids, num = _ids(segment_ids), int(_scalar(num_segments))
    _ids_prefix_check("UnsortedSegmentSum", _np(_arg(data)), ids, name=True)
    bad = np.argwhere(ids >= num)
    if bad.size:
        at = tuple(int(v) for v in bad[0])
        raise _invalid("UnsortedSegmentSum", "segment_ids[%s] = %d is out of range [0, %d)"
                       % (",".join(str(v) for v in at), ids[at], num))
    return _segment(data, segment_ids, _scalar(num_segments))


def confusion_matrix(labels, predictions, num_classes=None, weights=None, dtype=_dt.int32, name=None):
    import numpy as np

    lab = np.asarray(_np(_arg(labels)) if isinstance(labels, _T) else labels, np.int64)
    pre = np.asarray(_np(_arg(predictions)) if isinstance(predictions, _T) else predictions, np.int64)
    n = int(_scalar(num_classes)) if num_classes is not None else int(max(lab.max(), pre.max())) + 1
    w = np.ones(lab.shape) if weights is None else np.asarray(_np(_arg(weights)) if isinstance(weights, _T)
                                                              else weights)
    out = np.zeros((n, n), _dt.as_dtype(dtype).name)
    np.add.at(out, (lab, pre), w.astype(out.dtype))
    return _from_array(out)


def bincount(arr, weights=None, minlength=None, maxlength=None, dtype=_dt.int32, name=None, axis=None,
             binary_output=False):
    import numpy as np

    a = np.asarray(_np(_arg(arr)) if isinstance(arr, _T) else arr, np.int64).reshape(-1)
    n = int(a.max()) + 1 if a.size else 0
    if minlength is not None:
        n = max(n, int(minlength))
    if maxlength is not None:
        n = min(n, int(maxlength))
        a = a[a < n]
    if weights is not None:
        w = _np(_arg(weights)).reshape(-1)
        return _from_array(np.bincount(a, w, n).astype(w.dtype))
    out = np.bincount(a, minlength=n)[:n]
    if binary_output:
        out = (out > 0).astype(out.dtype)
    return _from_array(out.astype(_dt.as_dtype(dtype).name))


# ---------------------------------------------------------------- nn

def moments(x, axes, shift=None, keepdims=False, name=None):
    from ._ops import reduce_mean, square, stop_gradient

    t = _arg(x)
    mean = reduce_mean(t, axes, keepdims=True)
    var = reduce_mean(square(_wrap(_T.__sub__(t, _arg(stop_gradient(mean))))), axes, keepdims=True)
    if not keepdims:
        from ._ops import squeeze

        mean, var = squeeze(mean, axes), squeeze(var, axes)
    return mean, var


def dropout(x, rate, noise_shape=None, seed=None, name=None):
    from . import random as _rnd

    t = _arg(x)
    r = float(_scalar(rate))
    if not 0 <= r < 1:
        raise ValueError("`rate` must be a scalar tensor or a float in the range [0, 1). Received: rate=%s" % rate)
    if r == 0:
        return identity(t)
    shape = _shape_list(noise_shape) if noise_shape is not None else list(t._size())
    keep = _arg(_rnd.uniform(shape, seed=seed)) >= r
    scale = 1.0 / (1.0 - r)
    return _wrap(_T.__mul__(_T.__mul__(t, scale), _T._cast(keep, t._dtype_name)))

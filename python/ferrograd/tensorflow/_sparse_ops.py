# tf.sparse ops on SparseTensor (eager, numpy on indices/values; results in TF's canonical row-major order).
from ._strings import SparseTensor, sparse_to_dense
from ._tensor import _np


def _parts(sp):
    return _np(sp.indices), _np(sp.values), [int(v) for v in _np(sp.dense_shape)]


def _canonical(idx, vals, shape):
    import numpy as np

    order = np.lexsort(idx.T[::-1]) if len(idx) else np.arange(0)
    return SparseTensor(idx[order].astype(np.int64), vals[order], shape)


def add(a, b, threshold=0):
    import numpy as np

    from . import _ops

    if not isinstance(a, SparseTensor) or not isinstance(b, SparseTensor):
        sp, d = (a, b) if isinstance(a, SparseTensor) else (b, a)
        return _ops.add(sparse_to_dense(sp), d)
    ia, va, shape = _parts(a)
    ib, vb, _ = _parts(b)
    sums = {}
    for i, v in list(zip(map(tuple, ia), va)) + list(zip(map(tuple, ib), vb)):
        sums[i] = sums.get(i, 0) + v
    keys = sorted(k for k, v in sums.items() if abs(v) >= threshold)
    idx = np.array(keys, np.int64).reshape(-1, len(shape))
    return SparseTensor(idx, np.array([sums[k] for k in keys], va.dtype), shape)


def sparse_dense_matmul(sp_a, b, adjoint_a=False, adjoint_b=False, name=None):
    """SparseTensorDenseMatMul: out[row] += value * b[col], the nonzeros in their order."""
    import numpy as np

    from ._tensor import _from_array, convert_to_tensor

    idx, vals, shape = _parts(sp_a)
    bm = _np(convert_to_tensor(b))
    bm = bm.T if adjoint_b else bm
    r, c = (idx[:, 1], idx[:, 0]) if adjoint_a else (idx[:, 0], idx[:, 1])
    out = np.zeros((shape[1] if adjoint_a else shape[0], bm.shape[1]), bm.dtype)
    np.add.at(out, r, vals.astype(bm.dtype)[:, None] * bm[c])
    return _from_array(out)


def concat(axis, sp_inputs, expand_nonconcat_dims=False, name=None, concat_dim=None):
    import numpy as np

    parts = [_parts(s) for s in sp_inputs]
    ax = int(axis) % len(parts[0][2])
    off, idxs = 0, []
    for idx, _, shape in parts:
        idx = idx.copy()
        idx[:, ax] += off
        idxs.append(idx)
        off += shape[ax]
    shape = list(parts[0][2])
    shape[ax] = off
    return _canonical(np.concatenate(idxs), np.concatenate([p[1] for p in parts]), shape)


def slice(sp_input, start, size, name=None):
    import numpy as np

    idx, vals, shape = _parts(sp_input)
    start = np.asarray(_np(start) if hasattr(start, "numpy") else start, np.int64)
    size = np.asarray(_np(size) if hasattr(size, "numpy") else size, np.int64)
    keep = np.all((idx >= start) & (idx < start + size), axis=1)
    out_shape = [int(max(0, min(z, d - s))) for s, z, d in zip(start, size, shape)]
    return SparseTensor(idx[keep] - start, vals[keep], out_shape)


def transpose(sp_input, perm=None, name=None):
    idx, vals, shape = _parts(sp_input)
    perm = list(range(len(shape)))[::-1] if perm is None else [int(p) for p in perm]
    return _canonical(idx[:, perm], vals, [shape[p] for p in perm])


def map_values(op, *args, **kwargs):
    sp = next(a for a in list(args) + list(kwargs.values()) if isinstance(a, SparseTensor))
    args = [a.values if isinstance(a, SparseTensor) else a for a in args]
    kwargs = {k: v.values if isinstance(v, SparseTensor) else v for k, v in kwargs.items()}
    return SparseTensor(sp.indices, op(*args, **kwargs), sp.dense_shape)


def reduce_max(sp_input, axis=None, keepdims=None, output_is_sparse=False, name=None):
    """The maximum over the stored values (implicit zeros are not values)."""
    from . import _ops

    if axis is not None:
        raise NotImplementedError("ferrograd: tf.sparse.reduce_max supports axis=None only")
    return _ops.reduce_max(sp_input.values)


def reduce_sum(sp_input, axis=None, keepdims=None, output_is_sparse=False, name=None):
    """SparseReduceSum: the sum of the densified input (differentiable w.r.t. the values)."""
    from . import _ops

    if output_is_sparse:
        raise NotImplementedError("ferrograd: tf.sparse.reduce_sum(output_is_sparse=True)")
    return _ops.reduce_sum(sparse_to_dense(sp_input), axis, keepdims=bool(keepdims))


def _install(sparse):
    for f in (add, sparse_dense_matmul, concat, slice, transpose, map_values, reduce_max, reduce_sum):
        setattr(sparse, f.__name__, f)
    SparseTensor.__mul__ = lambda self, y: SparseTensor(self.indices, self.values * y, self.dense_shape)

# mindspore.ops array functions (MindSpore's ops/function/array_func.py): gather/scatter/select,
# indexing, stacking/splitting, triangular and diagonal helpers, segment and scatter-nd ops.
import builtins as _b

from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor
from . import functional as F
from .functional import _t
from ._utils import _CT, _ax, _idx, _np_of

__all__ = [
    "gather_elements", "scatter", "unique", "flip", "tril", "triu", "nonzero", "repeat_interleave", "unbind",
    "narrow", "index_select", "masked_select", "diag", "meshgrid", "argsort", "hstack", "vstack", "count_nonzero",
    "tensor_split", "moveaxis", "movedim", "is_tensor", "rot90", "scalar_to_tensor", "tuple_to_array",
    "index_add", "scatter_add", "scatter_mul", "scatter_div", "scatter_max", "scatter_min",
    "scatter_update", "matrix_band_part", "swapdims", "roll", "unstack", "diagonal",
    "diag_embed", "diagflat", "atleast_1d", "atleast_2d", "atleast_3d", "column_stack", "row_stack", "dstack",
    "hsplit", "vsplit", "dsplit", "fliplr", "flipud", "expand", "expand_as", "view_as", "ravel", "reverse",
    "tril_indices", "triu_indices", "cartesian_prod", "range", "argwhere", "msort", "unique_consecutive",
    "sequence_mask", "repeat_elements", "fills", "matrix_diag", "matrix_diag_part", "matrix_set_diag", "top_k",
    "is_nonzero", "unsorted_segment_sum", "unsorted_segment_max", "unsorted_segment_min", "unsorted_segment_prod",
    "tensor_scatter_sub", "tensor_scatter_mul", "tensor_scatter_div", "tensor_scatter_max", "tensor_scatter_min",
    "tensor_scatter_elements", "scatter_nd_add", "scatter_nd_sub", "scatter_nd_update", "scatter_nd_mul",
    "scatter_nd_div", "scatter_nd_max", "scatter_nd_min", "gather_d", "index_fill", "select_scatter", "slice_scatter",
    "diagonal_scatter", "reverse_sequence", "inplace_update",
]


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
    out = Tensor(np.asarray(a))
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


def _scatter_elements_add(input, dim, index, src):
    # Tensor.scatter_add / tensor_scatter_elements(reduction='add'): torch-style element scatter.
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
        sizes = [_b.max(bounds[i + 1] - bounds[i], 0) for i in _b.range(len(bounds) - 1)]
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
    return Tensor(np.asarray(np.rot90(_np_of(input), k, dims)))


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


def scalar_to_tensor(input_x, dtype=_dtype.float32):
    return Tensor(input_x, dtype)


def tuple_to_array(input_x):
    return Tensor(list(input_x))


def moveaxis(x, source, destination):
    x = _t(x)
    nd = x.ndim
    src = [source] if isinstance(source, int) else list(source)
    dst = [destination] if isinstance(destination, int) else list(destination)
    src = [s % nd for s in src]
    dst = [d % nd for d in dst]
    order = [i for i in _b.range(nd) if i not in src]
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


def swapdims(input, dim0, dim1):
    return F.swapaxes(input, dim0, dim1)


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
    res = Tensor(np.asarray(out))
    if not x.requires_grad:
        return res
    return _core.custom_node("DiagEmbedBackward", [x], res,
                             lambda g: [diagonal(g, offset, dim1, dim2)])


def diagflat(input, offset=0):
    x = _t(input)
    return diag_embed(x.reshape(-1), offset)


def atleast_1d(inputs):
    if isinstance(inputs, (list, tuple)):
        return tuple(atleast_1d(t) for t in inputs)
    x = _t(inputs)
    return x.reshape(1) if x.ndim == 0 else x


def atleast_2d(inputs):
    if isinstance(inputs, (list, tuple)):
        return tuple(atleast_2d(t) for t in inputs)
    x = _t(inputs)
    return x.reshape(1, -1) if x.ndim < 2 else x


def atleast_3d(inputs):
    if isinstance(inputs, (list, tuple)):
        return tuple(atleast_3d(t) for t in inputs)
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
    return vstack(tensors)


def dstack(tensors):
    return F.concat(atleast_3d(list(tensors)), 2)


def _split_along(name, x, indices_or_sections, axis, min_nd):
    x = _t(x)
    if x.ndim < min_nd:
        raise ValueError(f"For '{name}', the dimension of 'input' must be at least {min_nd}, but got {x.ndim}.")
    return tensor_split(x, indices_or_sections, axis)


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
    return flip(x, (1,))


def flipud(input):
    x = _t(input)
    if x.ndim < 1:
        raise ValueError(f"For 'flipud', the dimension of 'input' must be at least 1, but got {x.ndim}.")
    return flip(x, (0,))


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
    return flip(x, tuple(axis))


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
    return Tensor(np.asarray(out))


def range(start, end, step, maxlen=1000000):  # noqa: A001
    s, e, st = (_np_of(v).item() if isinstance(v, _CT) else v for v in (start, end, step))
    if st == 0:
        raise ValueError("For Range, delta cannot be equal to zero.")
    dt = None
    if isinstance(start, _CT):
        dt = start.dtype
    return Tensor(np.arange(s, e, st), dt)


def argwhere(input):
    a = _np_of(input)
    return Tensor(np.asarray(np.argwhere(a).astype(np.int64)))


def msort(input):
    return F.sort(_t(input), 0)[0]


def _py_type_sig(v):
    # MindSpore's pynative type-cast name of a Python argument (List<int, int>, Tuple<float>, int, None, ...).
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
    res = [Tensor(np.asarray(out))]
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
    return repeat_interleave(x, rep, axis)


def fills(x, value):
    x = _t(x)
    return F.full(tuple(x.shape), value, dtype=x.dtype)


def _diag_args(k, padding_value, align):
    ks = [int(v) for v in np.asarray(_np_of(k) if isinstance(k, _CT) else k).reshape(-1)]
    pad = _np_of(padding_value).reshape(()) if isinstance(padding_value, _CT) else padding_value
    sup_left, sub_left = (s == "LEFT" for s in align.split("_"))
    # where diagonal d's `length` values start in a row of `width` (MatrixDiagV3 / MatrixDiagPartV3 `align`)
    return ks[0], ks[-1], pad, lambda d, width, length: \
        0 if (d >= 0 and sup_left) or (d <= 0 and sub_left) else width - length


def matrix_diag(x, k=0, num_rows=-1, num_cols=-1, padding_value=0, align="RIGHT_LEFT"):
    """MatrixDiagV3: a batch of diagonals (k[1] down to k[0]) -> matrices filled with padding_value."""
    lo, hi, pad, off = _diag_args(k, padding_value, align)
    rows, cols = (int(_np_of(v)) if isinstance(v, _CT) else v for v in (num_rows, num_cols))
    if lo == hi and rows == cols == -1 and not pad:
        return diag_embed(x, lo)
    a = _np_of(x)
    if lo == hi:
        a = a[..., None, :]
    L = a.shape[-1]
    rows_min, cols_min = L - _b.min(hi, 0), L + _b.max(lo, 0)
    if rows == -1 and cols == -1:
        rows = cols = _b.max(rows_min, cols_min)
    rows, cols = (rows_min if rows == -1 else rows), (cols_min if cols == -1 else cols)
    if rows != rows_min and cols != cols_min or rows < rows_min or cols < cols_min:
        raise ValueError("For MatrixDiagV3, the number of rows or columns is not consistent with the specified k "
                         "and x.")
    out = np.full(a.shape[:-2] + (rows, cols), pad, a.dtype)
    for j, d in enumerate(_b.range(hi, lo - 1, -1)):
        n = _b.min(rows + _b.min(0, d), cols - _b.max(0, d))
        i = np.arange(n)
        o = off(d, L, n)
        out[..., i - _b.min(d, 0), i + _b.max(d, 0)] = a[..., j, o:o + n]
    return Tensor(out)


def matrix_diag_part(x, k, padding_value, align="RIGHT_LEFT"):
    """MatrixDiagPartV3: diagonals k[1] down to k[0] (one k: that diagonal), each padded to the longest one."""
    a = _np_of(x)
    lo, hi, pad, off = _diag_args(k, padding_value, align)
    M, N = a.shape[-2:]
    width = _b.min(M + _b.min(hi, 0), N - _b.max(lo, 0))
    out = np.full(a.shape[:-2] + (hi - lo + 1, width), pad, a.dtype)
    for row, d in enumerate(_b.range(hi, lo - 1, -1)):
        v = np.diagonal(a, d, -2, -1)
        o = off(d, width, v.shape[-1])
        out[..., row, o:o + v.shape[-1]] = v
    return Tensor(np.asarray(out[..., 0, :] if lo == hi else out))


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


def is_nonzero(input):
    x = _t(input)
    if x.numel() != 1:
        raise ValueError(f"For is_nonzero, the numel of input must be 1, but got {x.numel()}.")
    return bool(x.asnumpy().reshape(-1)[0] != 0)


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
        if hasattr(input_x, "set_data"):  # a Parameter: updated in place, the result shares its memory
            return input_x.set_data(r).detach()
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


def _param_scatter(name, ufunc):
    # ScatterAdd / ScatterUpdate / ...: input_x[indices] (rows of the first axis) combined with updates; a
    # Parameter is updated in place, the result returned.
    nd = _param_nd(_nd_scatter(name, ufunc))

    def op(input_x, indices, updates, use_locking=False):
        return nd(input_x, Tensor(_np_of(indices)[..., None]), updates)
    op.__name__ = name
    return op


scatter_add = _param_scatter("ScatterAdd", "add")
scatter_sub = _param_scatter("ScatterSub", "subtract")
scatter_mul = _param_scatter("ScatterMul", "multiply")
scatter_div = _param_scatter("ScatterDiv", "divide")
scatter_max = _param_scatter("ScatterMax", "maximum")
scatter_min = _param_scatter("ScatterMin", "minimum")
scatter_update = _param_scatter("ScatterUpdate", None)


def tensor_scatter_elements(input_x, indices, updates, axis=0, reduction="none"):
    if reduction == "add":
        return _scatter_elements_add(input_x, axis, indices, updates)
    return scatter(input_x, axis, indices, updates)


def gather_d(x, dim, index):
    return gather_elements(x, dim, index)


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
    return Tensor(np.asarray(np.moveaxis(a, (-2, -1), (dim1, dim2))))


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
    return Tensor(np.asarray(out))


def inplace_update(x, v, indices):
    a = _np_of(x).copy()
    idx = np.atleast_1d(_np_of(indices) if isinstance(indices, _CT) else np.asarray(indices)).astype(np.int64)
    vv = _np_of(v)
    a[idx] = vv.reshape((len(idx),) + a.shape[1:])
    return Tensor(a)


def _inplace_rows(name, sign):
    def op(x, v, indices):
        a = _np_of(x).copy()
        idx = np.asarray(indices if not isinstance(indices, int) else [indices]).reshape(-1)
        vv = _np_of(v).reshape((len(idx),) + a.shape[1:])
        for k, i in enumerate(idx):
            a[i] = a[i] + sign * vv[k]
        return Tensor(a)
    op.__name__ = name
    return op


inplace_add, inplace_sub = _inplace_rows("inplace_add", 1), _inplace_rows("inplace_sub", -1)


def deepcopy(input_x):
    return _t(input_x).clone()


def depth_to_space(x, block_size):
    N, C, H, W = x.shape
    b = block_size
    return x.reshape(N, b, b, C // (b * b), H, W).permute(0, 3, 4, 1, 5, 2).reshape(N, C // (b * b), H * b, W * b)


def space_to_depth(x, block_size):
    N, C, H, W = x.shape
    b = block_size
    return x.reshape(N, C, H // b, b, W // b, b).permute(0, 3, 5, 1, 2, 4).reshape(N, C * b * b, H // b, W // b)

__all__ += ["inplace_add", "inplace_sub", "deepcopy"]

# Reductions with indices and nan-aware reductions: cummax/cummin, kthvalue, mode, (nan)quantile, nansum,
# nanmean.
import builtins as _b
from ._common import _T, _t, _tt


# ---- reductions with indices ----
def _cum_ext(input, dim, largest, name):
    from .. import _core

    it = _core.cum_ext_indices(input, dim, largest)
    vals = input.gather(dim, it)._named(name.capitalize() + "Backward0") if input.dim() else input.clone()
    return _tt().return_types.__dict__[name](vals, it)


def cummax(input, dim):
    return _cum_ext(input, dim, True, "cummax")


def cummin(input, dim):
    return _cum_ext(input, dim, False, "cummin")


def kthvalue(input, k, dim=-1, keepdim=False):
    from .. import _core

    nd = input.dim()
    d = dim % _b.max(nd, 1)
    n = input.shape[d] if nd else 1
    if not 1 <= k <= n:
        raise RuntimeError(f"kthvalue(): selected number k out of range for dimension {d}")
    if not nd:
        return _tt().return_types.kthvalue(input.clone(), _core.argsort(input, 0, False))
    it = _core.argsort(input, d, False).narrow(d, k - 1, 1)
    vals = input.gather(d, it)
    if not keepdim:
        vals, it = vals.squeeze(d), it.squeeze(d)
    return _tt().return_types.kthvalue(vals._named("KthvalueBackward0"), it)


def mode(input, dim=-1, keepdim=False):
    import numpy as np

    a = input.numpy(True)
    d = dim % _b.max(a.ndim, 1)
    moved = np.moveaxis(a, d, -1) if a.ndim else a.reshape(1)
    flat = moved.reshape(-1, moved.shape[-1])
    vals = np.empty(flat.shape[0], dtype=a.dtype)
    idx = np.empty(flat.shape[0], dtype=np.int64)
    for i, row in enumerate(flat):
        u, c = np.unique(row, return_counts=True)
        v = u[np.argmax(c)]  # smallest of the most frequent values
        vals[i] = v
        idx[i] = np.nonzero(row == v)[0][-1]
    shape = moved.shape[:-1]
    vt, it = _t(vals.reshape(shape), input.dtype), _t(idx.reshape(shape))
    if keepdim and a.ndim:
        vt, it = vt.unsqueeze(d), it.unsqueeze(d)
    return _tt().return_types.mode(vt, it)


def quantile(input, q, dim=None, keepdim=False, *, interpolation="linear"):
    import numpy as np

    if not input.dtype.is_floating_point:
        raise RuntimeError(f"quantile() input tensor must be either float or double dtype")
    qa = q.numpy(True) if isinstance(q, _T) else np.asarray(q, dtype=np.float64)
    if (qa < 0).any() or (qa > 1).any():
        if isinstance(q, _T):
            raise RuntimeError("quantile() q values must be in the range [0, 1]")
        raise RuntimeError(f"quantile() q must be in the range [0, 1] but got {q}")
    a = input.numpy(True).astype(np.float64)
    r = np.quantile(a, qa, axis=dim, keepdims=keepdim, method=interpolation)
    return _t(np.asarray(r).astype(input.numpy(True).dtype), input.dtype)


def nanquantile(input, q, dim=None, keepdim=False, *, interpolation="linear"):
    import numpy as np

    qa = q.numpy(True) if isinstance(q, _T) else np.asarray(q, dtype=np.float64)
    a = input.numpy(True).astype(np.float64)
    r = np.nanquantile(a, qa, axis=dim, keepdims=keepdim, method=interpolation)
    return _t(np.asarray(r).astype(input.numpy(True).dtype), input.dtype)


def nansum(input, dim=None, keepdim=False, *, dtype=None):
    t = _tt()
    x = t.where(input.isnan(), t.zeros_like(input), input)
    return x.sum(dim, keepdim) if dim is not None else x.sum()


def nanmean(input, dim=None, keepdim=False, *, dtype=None):
    t = _tt()
    mask = ~input.isnan()
    cnt = mask.to(input.dtype)
    s = nansum(input, dim, keepdim)
    c = cnt.sum(dim, keepdim) if dim is not None else cnt.sum()
    return s / c

# Numerical helpers: combinations, chain_matmul, gradient, trapezoid, cumulative_trapezoid, histogram(dd).
import builtins as _b

from ._common import _T, _la, _long, _np, _t, _tt, _warn_once
from ._math_ops import cumsum


def combinations(input, r=2, with_replacement=False):
    import itertools

    tt = _tt()
    if input.dim() != 1:
        raise RuntimeError(f"Expect a 1D vector, but got shape {list(input.shape)}")
    if r < 0:
        raise RuntimeError(f"Expect a non-negative number, but got {r}")
    if r == 0:
        return tt.zeros(0, dtype=input.dtype)
    n = input.shape[0]
    gen = itertools.combinations_with_replacement if with_replacement else itertools.combinations
    combos = list(gen(range(n), r))
    if not combos:
        return tt.zeros(0, r, dtype=input.dtype) if r > 1 else tt.zeros(0, dtype=input.dtype)
    idx = _t([list(c) for c in combos], tt.int64)
    return input[idx.reshape(-1)].reshape(len(combos), r)


def chain_matmul(*matrices, out=None):
    _warn_once("torch.chain_matmul is deprecated and will be removed in a future PyTorch release. Use "
               "torch.linalg.multi_dot instead, which accepts a list of two or more tensors rather than multiple "
               "parameters.")
    if len(matrices) == 1 and isinstance(matrices[0], (list, tuple)):
        matrices = tuple(matrices[0])
    if len(matrices) == 1:
        return matrices[0].clone()
    return _la().multi_dot(list(matrices))


def gradient(input, *, spacing=1, dim=None, edge_order=1):
    np = _np()
    a = input.numpy(True)
    dims = list(range(a.ndim)) if dim is None else ([dim] if isinstance(dim, _b.int) else list(dim))
    for dd in dims:
        if a.shape[dd] < edge_order + 1:
            raise RuntimeError("torch.gradient expected each dimension size to be at least edge_order+1")
    if isinstance(spacing, (list, tuple)):
        sp = [s.numpy(True) if isinstance(s, _T) else s for s in spacing]
    else:
        sp = [spacing] * len(dims)
    dt = a.dtype if a.dtype.kind == "f" else np.float32
    r = np.gradient(a.astype(np.float64), *sp, axis=dims, edge_order=edge_order)
    if len(dims) == 1:
        r = [r]
    return tuple(_t(np.ascontiguousarray(x).astype(dt)) for x in r)


def trapezoid(y, x=None, *, dx=None, dim=-1):
    d = dim % y.dim()
    n = y.shape[d]
    if n == 0:
        return y.sum(d) * 0
    left, right = y.narrow(d, 0, n - 1), y.narrow(d, 1, n - 1)
    if x is None:
        h = 1 if dx is None else dx
        return ((left + right).sum(d) * (h / 2.0))
    dxs = x.diff(dim=-1 if x.dim() == 1 else d)
    if x.dim() == 1 and y.dim() > 1:
        view = [1] * y.dim()
        view[d] = n - 1
        dxs = dxs.reshape(*view)
    return ((left + right) * dxs).sum(d) / 2.0


trapz = trapezoid


def cumulative_trapezoid(y, x=None, *, dx=None, dim=-1):
    d = dim % y.dim()
    n = y.shape[d]
    left, right = y.narrow(d, 0, n - 1), y.narrow(d, 1, n - 1)
    if x is None:
        h = 1 if dx is None else dx
        seg = (left + right) * (h / 2.0)
    else:
        dxs = x.diff(dim=-1 if x.dim() == 1 else d)
        if x.dim() == 1 and y.dim() > 1:
            view = [1] * y.dim()
            view[d] = n - 1
            dxs = dxs.reshape(*view)
        seg = (left + right) * dxs / 2.0
    return cumsum(seg, d)


def histogram(input, bins=100, *, range=None, weight=None, density=False, out=None):
    np = _np()
    tt = _tt()
    a = input.numpy(True)
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"torch.histogram: input tensor and bins tensors should have the same dtype, but got "
                           f"input {_long(input.dtype).lower()} and bins {_long(input.dtype).lower()}")
    w = None if weight is None else weight.numpy(True)
    if isinstance(bins, _T):
        edges = bins.numpy(True)
    else:
        lo, hi = (float(a.min()), float(a.max())) if range is None and a.size else (range or (0.0, 0.0))
        if lo == hi:
            lo, hi = lo - 0.5, hi + 0.5  # numpy's convention; torch: -1/+1? see below
        edges = np.linspace(lo, hi, bins + 1, dtype=np.float64).astype(a.dtype)
    h, e = np.histogram(a, bins=edges.astype(np.float64), weights=w, density=density)
    return tt.return_types.histogram(_t(h.astype(a.dtype)), _t(np.asarray(edges, dtype=a.dtype)))


def _histogram_method(self, bins=100, *, range=None, weight=None, density=False):
    return histogram(self, bins, range=range, weight=weight, density=density)


def histogramdd(input, bins=10, *, range=None, weight=None, density=False):
    np = _np()
    tt = _tt()
    a = input.numpy(True)
    d = a.shape[-1]
    pts = a.reshape(-1, d)
    w = None if weight is None else weight.numpy(True).reshape(-1)
    if isinstance(bins, (list, tuple)) and bins and isinstance(bins[0], _T):
        edges = [b.numpy(True).astype(np.float64) for b in bins]
    else:
        nb = [bins] * d if isinstance(bins, _b.int) else list(bins)
        if range is not None:
            lims = [(range[2 * i], range[2 * i + 1]) for i in _b.range(d)]
        else:
            lims = [(float(pts[:, i].min()), float(pts[:, i].max())) if pts.size else (0.0, 0.0)
                    for i in _b.range(d)]
        edges = [np.linspace(lo, hi, n + 1) for (lo, hi), n in zip(lims, nb)]
    h, e = np.histogramdd(pts.astype(np.float64), bins=edges, weights=w, density=density)
    return tt.return_types.histogramdd(_t(h.astype(a.dtype)), tuple(_t(x.astype(a.dtype)) for x in e))

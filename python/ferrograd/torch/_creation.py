# Tensor creation: asarray, frombuffer, logspace, vander, scalar_tensor, empty_strided, torch.range.
import builtins as _b
import math as _math

from .. import _core
from ._common import TAG, _T, _np, _t, _tt


def new_empty_strided(self, size, stride, *, dtype=None, **kw):
    return _tt().zeros(*size, dtype=dtype or self.dtype)


def asarray(obj, *, dtype=None, device=None, copy=None, requires_grad=False):
    tt = _tt()
    if isinstance(obj, _T):
        r = obj if dtype is None or obj.dtype is dtype else obj.to(dtype)
        if copy:
            r = r.clone()
        return r.requires_grad_(True) if requires_grad and not r.requires_grad else r
    if type(obj).__name__ == "ndarray" and not copy:
        r = tt.as_tensor(obj, dtype=dtype)
    else:
        r = tt.tensor(obj, dtype=dtype)
    if requires_grad:
        r.requires_grad_(True)
    return r


def frombuffer(buffer, *, dtype, count=-1, offset=0, requires_grad=False):
    np = _np()
    npdt = {"float32": np.float32, "float64": np.float64, "int64": np.int64, "int32": np.int32, "bool": np.bool_,
            "float16": np.float16}[dtype._fg]
    a = np.frombuffer(buffer, dtype=npdt, count=count, offset=offset)
    if a.size == 0:
        raise ValueError("both buffer length (0) and count (-1) must not be 0")
    t = _core.from_numpy_shared(a, TAG) if a.flags.writeable else _t(a.copy(), dtype)
    return t.requires_grad_(True) if requires_grad else t


def logspace(start, end, steps, base=10.0, *, dtype=None, device=None, requires_grad=False, out=None):
    np = _np()
    tt = _tt()
    dt = dtype or tt.get_default_dtype()
    v = np.logspace(float(start), float(end), steps, base=base)
    return _core.tensor(v.astype(np.float64) if dt.is_floating_point else np.trunc(v).astype(np.int64), dt,
                        requires_grad, TAG)


def vander(x, N=None, increasing=False):
    if x.dim() != 1:
        raise RuntimeError("x must be a one-dimensional tensor.")
    n = x.shape[0] if N is None else N
    if n < 0:
        raise RuntimeError("N must be non-negative.")
    tt = _tt()
    if n == 0:
        return tt.zeros(x.shape[0], 0, dtype=x.dtype if x.dtype.is_floating_point else tt.int64)
    xx = x if x.dtype.is_floating_point else x.to(tt.int64)
    cols = [_core.full_like(xx, 1)]
    for _ in range(1, n):
        cols.append(cols[-1] * xx)
    r = _core.stack(cols, 1)
    return r if increasing else r.flip(1)


def scalar_tensor(s, *, dtype=None, device=None, requires_grad=False, **kw):
    tt = _tt()
    return _core.tensor(float(s), dtype or tt.get_default_dtype(), requires_grad, TAG)


def empty_strided(size, stride, *, dtype=None, **kw):
    return _tt().zeros(*size, dtype=dtype)


def _torch_range(start=0, end=None, step=1, *, dtype=None, device=None, requires_grad=False, out=None):
    import warnings

    warnings.warn("torch.range is deprecated and will be removed in a future release because its behavior is "
                  "inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in "
                  "[start, end).", UserWarning, stacklevel=2)
    np = _np()
    tt = _tt()
    if end is None:
        start, end = 0, start
    dt = dtype or tt.get_default_dtype()
    n = _b.int(_math.floor((end - start) / step)) + 1
    v = start + np.arange(_b.max(n, 0), dtype=np.float64) * step
    return _core.tensor(v if dt.is_floating_point else v.astype(np.int64), dt, requires_grad, TAG)

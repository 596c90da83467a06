"""More torch functions and Tensor methods, composed from core ops (differentiable where torch's are)
or computed with numpy for integer/bool results.  numpy is imported lazily inside functions."""
import builtins as _b
import math as _math

from .. import _core

TAG = 0
_T = _core.Tensor


def _tt():
    import sys

    return sys.modules[__package__]


def _np_tensor(a, dtype=None):
    return _core.tensor(a, dtype, False, TAG)


# ---- broadcasting ----
def broadcast_shapes(*shapes):
    import numpy as np

    shapes = [(s,) if isinstance(s, int) else tuple(s) for s in shapes]
    try:
        out = np.broadcast_shapes(*shapes)
    except ValueError:
        raise RuntimeError(f"Shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
                           f"arg 0 and arg 1.") from None
    return _tt().Size(out)


def broadcast_tensors(*tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    shape = tuple(broadcast_shapes(*[tuple(t.shape) for t in tensors]))
    return tuple(t if tuple(t.shape) == shape else t.expand(*shape) for t in tensors)


# ---- repetition / splitting ----
def repeat_interleave(input, repeats=None, dim=None, *, output_size=None):
    import numpy as np

    if repeats is None:
        # torch.repeat_interleave(repeats): repeat 0..n-1 by the counts
        r = input.numpy(True)
        return _np_tensor(np.repeat(np.arange(len(r)), r).astype(np.int64))
    x = input
    if dim is None:
        x = x.reshape(-1)
        dim = 0
    dim = dim % _b.max(x.dim(), 1)
    n = x.shape[dim]
    if isinstance(repeats, _T):
        if repeats.dim() == 0 or repeats.numel() == 1:
            repeats = int(repeats.item())
        else:
            r = repeats.numpy(True)
            if len(r) != n:
                raise RuntimeError("repeats must have the same size as input along dim, but got repeats.size(0) = "
                                   f"{len(r)} and input.size({dim}) = {n}")
            idx = _np_tensor(np.repeat(np.arange(n), r).astype(np.int64))
            return x.index_select(dim, idx)
    if repeats < 0:
        raise RuntimeError("Repeats must be non-negative")
    idx = _np_tensor(np.repeat(np.arange(n), repeats).astype(np.int64))
    return x.index_select(dim, idx)


def tensor_split(input, indices_or_sections, dim=0):
    n = input.shape[dim]
    if isinstance(indices_or_sections, int):
        k = indices_or_sections
        base, extra = divmod(n, k)
        sizes = [base + 1 if i < extra else base for i in range(k)]
        bounds, s = [], 0
        for z in sizes:
            bounds.append((s, z))
            s += z
    else:
        idx = list(indices_or_sections.tolist() if isinstance(indices_or_sections, _T) else indices_or_sections)
        pts = [0] + [_b.min(_b.max(i, 0), n) for i in idx] + [n]
        bounds = [(pts[i], _b.max(pts[i + 1] - pts[i], 0)) for i in range(len(pts) - 1)]
    return tuple(input.narrow(dim, s, z) for s, z in bounds)


def hsplit(input, sections):
    return tensor_split(input, sections, 1 if input.dim() > 1 else 0)


def vsplit(input, sections):
    return tensor_split(input, sections, 0)


def ravel(input):
    return input.reshape(-1)


def _unfold(self, dimension, size, step):
    import numpy as np

    d = dimension % _b.max(self.dim(), 1)
    n = self.shape[d] if self.dim() else 1
    if size > n:
        raise RuntimeError(f"maximum size for tensor at dimension {d} is {n} but size is {size}")
    if step <= 0:
        raise RuntimeError(f"step is {step} but must be > 0")
    count = (n - size) // step + 1
    idx = (np.arange(count)[:, None] * step + np.arange(size)[None, :]).reshape(-1).astype(np.int64)
    g = self.index_select(d, _np_tensor(idx))
    shape = list(self.shape)
    shape[d:d + 1] = [count, size]
    g = g.reshape(*shape)
    return g.movedim(d + 1, -1) if hasattr(g, "movedim") else _movelast(g, d + 1)


def _movelast(x, d):
    perm = [i for i in range(x.dim()) if i != d] + [d]
    return x.permute(*perm)


# ---- bitwise / logical (numpy, no autograd as in torch) ----
def _binary_np(name, fn, a, b):
    import numpy as np

    ta = a if isinstance(a, _T) else None
    tb = b if isinstance(b, _T) else None
    x = a.numpy(True) if ta is not None else np.asarray(a)
    y = b.numpy(True) if tb is not None else np.asarray(b)
    if x.dtype.kind == "f" or y.dtype.kind == "f":
        dt = (ta if ta is not None and ta.dtype.is_floating_point else tb).dtype
        raise NotImplementedError(f"\"{name}_cpu\" not implemented for '{_long(dt)}'")
    r = fn(x, y)
    return _np_tensor(r)


def _long(dt):
    return {"int64": "Long", "int32": "Int", "bool": "Bool", "float32": "Float", "float64": "Double"}[dt._fg]


def bitwise_and(input, other):
    import numpy as np

    return _binary_np("bitwise_and", np.bitwise_and, input, other)


def bitwise_or(input, other):
    import numpy as np

    return _binary_np("bitwise_or", np.bitwise_or, input, other)


def bitwise_xor(input, other):
    import numpy as np

    return _binary_np("bitwise_xor", np.bitwise_xor, input, other)


def bitwise_not(input):
    import numpy as np

    a = input.numpy(True)
    if a.dtype.kind == "f":
        raise NotImplementedError(f"\"bitwise_not_cpu\" not implemented for '{_long(input.dtype)}'")
    return _np_tensor(np.invert(a))


def bitwise_left_shift(input, other):
    import numpy as np

    return _binary_np("lshift", np.left_shift, input, other)


def bitwise_right_shift(input, other):
    import numpy as np

    return _binary_np("rshift", np.right_shift, input, other)


def logical_xor(input, other):
    import numpy as np

    x = input.numpy(True)
    y = other.numpy(True) if isinstance(other, _T) else np.asarray(other)
    return _np_tensor(np.logical_xor(x != 0, y != 0))


def isin(elements, test_elements, *, assume_unique=False, invert=False):
    import numpy as np

    e = elements.numpy(True) if isinstance(elements, _T) else np.asarray(elements)
    t = test_elements.numpy(True) if isinstance(test_elements, _T) else np.asarray(test_elements)
    return _np_tensor(np.isin(e, t, invert=invert))


def argwhere(input):
    return _tt().nonzero(input)


def is_nonzero(input):
    if input.numel() == 0:
        raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
    if input.numel() > 1:
        raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
    return _b.bool(input.item() != 0)


def is_floating_point(input):
    return input.dtype.is_floating_point


def is_complex(input):
    return False


def sgn(input):
    return input.sign()


def logaddexp(input, other):
    m = input.maximum(other).detach()
    return m + ((input - m).exp() + (other - m).exp()).log()


def float_power(input, exponent):
    t = _tt()
    x = input.to(t.float64) if isinstance(input, _T) else t.tensor(input, dtype=t.float64)
    e = exponent.to(t.float64) if isinstance(exponent, _T) else exponent
    return x.pow(e)


def matrix_power(input, n):
    if input.dim() < 2 or input.shape[-1] != input.shape[-2]:
        raise RuntimeError(f"linalg.matrix_power: A must be batches of square matrices, but they are "
                           f"{input.shape[-2]} by {input.shape[-1]} matrices")
    if n == 0:
        t = _tt()
        eye = t.eye(input.shape[-1], dtype=input.dtype)
        return eye.expand(*input.shape).clone() if input.dim() > 2 else eye
    if n < 0:
        from . import linalg

        return matrix_power(linalg.inv(input), -n)
    r = input
    for _ in range(n - 1):
        r = r.matmul(input)
    return r


# ---- reductions with indices ----
def _cum_ext(input, dim, better, name):
    import numpy as np

    a = input.numpy(True)
    d = dim % _b.max(a.ndim, 1)
    if a.ndim == 0:
        idx = np.zeros((), dtype=np.int64)
    else:
        moved = np.moveaxis(a, d, -1)
        idx = np.zeros(moved.shape, dtype=np.int64)
        best = moved[..., 0].copy()
        cur = np.zeros(moved.shape[:-1], dtype=np.int64)
        for i in range(moved.shape[-1]):
            v = moved[..., i]
            take = better(v, best) | (v == best) | np.isnan(v)
            take = take if i else np.ones_like(take)
            best = np.where(take, v, best)
            cur = np.where(take, i, cur)
            idx[..., i] = cur
        idx = np.moveaxis(idx, -1, d)
    it = _np_tensor(idx)
    vals = input.gather(d, it) if a.ndim else input.clone()
    return _tt().return_types.__dict__[name](vals, it)


def cummax(input, dim):
    import numpy as np

    return _cum_ext(input, dim, np.greater, "cummax")


def cummin(input, dim):
    import numpy as np

    return _cum_ext(input, dim, np.less, "cummin")


def kthvalue(input, k, dim=-1, keepdim=False):
    import numpy as np

    a = input.numpy(True)
    d = dim % _b.max(a.ndim, 1)
    n = a.shape[d] if a.ndim else 1
    if not 1 <= k <= n:
        raise RuntimeError(f"kthvalue(): selected number k out of range for dimension {d}")
    order = np.argsort(a, axis=d, kind="stable") if a.ndim else np.zeros((), np.int64)
    idx = np.take(order, [k - 1], axis=d).astype(np.int64) if a.ndim else order
    it = _np_tensor(idx)
    vals = input.gather(d, it) if a.ndim else input.clone()
    if not keepdim and a.ndim:
        vals, it = vals.squeeze(d), it.squeeze(d)
    return _tt().return_types.kthvalue(vals, it)


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
    vt, it = _np_tensor(vals.reshape(shape), input.dtype), _np_tensor(idx.reshape(shape))
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
    return _np_tensor(np.asarray(r).astype(input.numpy(True).dtype), input.dtype)


def nanquantile(input, q, dim=None, keepdim=False, *, interpolation="linear"):
    import numpy as np

    qa = q.numpy(True) if isinstance(q, _T) else np.asarray(q, dtype=np.float64)
    a = input.numpy(True).astype(np.float64)
    r = np.nanquantile(a, qa, axis=dim, keepdims=keepdim, method=interpolation)
    return _np_tensor(np.asarray(r).astype(input.numpy(True).dtype), input.dtype)


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


# ---- dtype info ----
class finfo:
    _DATA = {
        "float32": dict(bits=32, eps=1.1920928955078125e-07, max=3.4028234663852886e38,
                        min=-3.4028234663852886e38, tiny=1.1754943508222875e-38, resolution=1e-06),
        "float64": dict(bits=64, eps=2.220446049250313e-16, max=1.7976931348623157e308,
                        min=-1.7976931348623157e308, tiny=2.2250738585072014e-308, resolution=1e-15),
        "float16": dict(bits=16, eps=0.0009765625, max=65504.0, min=-65504.0, tiny=6.103515625e-05,
                        resolution=0.001),
        "bfloat16": dict(bits=16, eps=0.0078125, max=3.3895313892515355e38, min=-3.3895313892515355e38,
                         tiny=1.1754943508222875e-38, resolution=0.01),
    }

    def __init__(self, type=None):
        t = _tt()
        type = type or t.get_default_dtype()
        if type._fg not in self._DATA:
            raise TypeError(f"torch.finfo() requires a floating point input type. Use torch.iinfo to handle "
                            f"'torch.finfo'")
        self.dtype = type._fg
        for k, v in self._DATA[type._fg].items():
            setattr(self, k, v)
        self.smallest_normal = self.tiny

    def __repr__(self):
        return (f"finfo(resolution={self.resolution:g}, min={self.min:g}, max={self.max:g}, eps={self.eps:g}, "
                f"smallest_normal={self.smallest_normal:g}, tiny={self.tiny:g}, dtype={self.dtype})")


class iinfo:
    _DATA = {"int64": (64, -(1 << 63), (1 << 63) - 1), "int32": (32, -(1 << 31), (1 << 31) - 1),
             "bool": (8, 0, 1)}

    def __init__(self, type):
        if type._fg not in self._DATA:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo to handle "
                            "'torch.iinfo'")
        self.dtype = type._fg
        self.bits, self.min, self.max = self._DATA[type._fg]

    def __repr__(self):
        return f"iinfo(min={self.min:g}, max={self.max:g}, dtype={self.dtype})"


def promote_types(type1, type2):
    t = _tt()
    return (t.zeros(1, dtype=type1) + t.zeros(1, dtype=type2)).dtype


def can_cast(from_, to):
    order = {"bool": 0, "int32": 1, "int64": 1, "float32": 2, "float64": 2}
    return order[from_._fg] <= order[to._fg]


_deterministic = [False, False]


def use_deterministic_algorithms(mode, *, warn_only=False):
    _deterministic[0] = _b.bool(mode)
    _deterministic[1] = _b.bool(warn_only)


def are_deterministic_algorithms_enabled():
    return _deterministic[0]


def is_deterministic_algorithms_warn_only_enabled():
    return _deterministic[1]


def inverse(input):
    from . import linalg

    return linalg.inv(input)


def det(input):
    from . import linalg

    return linalg.det(input)


def _t_where(self, condition, y):
    return _tt().where(condition, self, y)


def _t_allclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return _tt().allclose(self, other, rtol, atol, equal_nan)


def _t_addmm(self, mat1, mat2, *, beta=1, alpha=1):
    return _tt().addmm(self, mat1, mat2, beta=beta, alpha=alpha)


FUNCTIONS = {
    "broadcast_shapes": broadcast_shapes, "broadcast_tensors": broadcast_tensors,
    "repeat_interleave": repeat_interleave, "tensor_split": tensor_split, "hsplit": hsplit, "vsplit": vsplit,
    "ravel": ravel, "bitwise_and": bitwise_and, "bitwise_or": bitwise_or, "bitwise_xor": bitwise_xor,
    "bitwise_not": bitwise_not, "bitwise_left_shift": bitwise_left_shift,
    "bitwise_right_shift": bitwise_right_shift, "logical_xor": logical_xor, "isin": isin,
    "argwhere": argwhere, "is_nonzero": is_nonzero, "is_floating_point": is_floating_point,
    "is_complex": is_complex, "sgn": sgn, "logaddexp": logaddexp, "float_power": float_power,
    "matrix_power": matrix_power, "cummax": cummax, "cummin": cummin, "kthvalue": kthvalue, "mode": mode,
    "quantile": quantile, "nanquantile": nanquantile, "nansum": nansum, "nanmean": nanmean, "finfo": finfo,
    "iinfo": iinfo, "promote_types": promote_types, "can_cast": can_cast,
    "use_deterministic_algorithms": use_deterministic_algorithms,
    "are_deterministic_algorithms_enabled": are_deterministic_algorithms_enabled,
    "is_deterministic_algorithms_warn_only_enabled": is_deterministic_algorithms_warn_only_enabled,
    "inverse": inverse, "det": det,
}

TENSOR_METHODS = {
    "repeat_interleave": repeat_interleave, "tensor_split": tensor_split, "hsplit": hsplit, "vsplit": vsplit,
    "ravel": ravel, "unfold": _unfold, "bitwise_and": bitwise_and, "bitwise_or": bitwise_or,
    "bitwise_xor": bitwise_xor, "bitwise_not": bitwise_not, "logical_xor": logical_xor, "isin": isin,
    "argwhere": argwhere, "is_nonzero": is_nonzero, "is_complex": is_complex, "sgn": sgn,
    "logaddexp": logaddexp, "float_power": float_power, "matrix_power": matrix_power, "cummax": cummax,
    "cummin": cummin, "kthvalue": kthvalue, "mode": mode, "quantile": quantile, "nanquantile": nanquantile,
    "nansum": nansum, "nanmean": nanmean, "inverse": inverse, "det": det, "where": _t_where,
    "allclose": _t_allclose, "addmm": _t_addmm,
}


def _late_methods(ns):
    """Methods that are the module's own functions (defined in torch/__init__)."""
    out = {}
    for name in ("nonzero", "equal", "outer", "broadcast_to", "absolute", "std_mean", "var_mean", "isclose"):
        fn = ns.get(name)
        if fn is not None and not hasattr(_T, name):
            out[name] = fn
    if "outer" in out:
        out["ger"] = out["outer"]
    return out

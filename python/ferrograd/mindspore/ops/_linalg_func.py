# mindspore.ops linear algebra (MindSpore's ops/function/linalg_func.py and the matrix functions of
# math_func.py): kron, inner, mv, addmv, matrix_power, slogdet, cholesky, pinv, norms, clipping by norm.
import builtins as _b

from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor, _sum, astype
from . import functional as F
from .functional import _t
from ._utils import _CT, _np_of

__all__ = [
    "inverse", "det", "baddbmm", "kron", "inner", "mv", "addmv", "addr", "addbmm", "batch_dot", "matrix_power",
    "slogdet", "logdet", "matrix_determinant", "log_matrix_determinant", "cholesky", "cholesky_solve", "pinv",
    "vecdot", "vector_norm", "matrix_norm", "dist", "pdist", "renorm", "clip_by_norm", "clip_by_global_norm",
    "cholesky_inverse",
]


def baddbmm(input, batch1, batch2, beta=1, alpha=1):
    return _t(input) * beta + F.bmm(batch1, batch2) * alpha


def inverse(input):
    a = _np_of(input)
    return Tensor(np.linalg.inv(a).astype(a.dtype))


def det(input):
    a = _np_of(input)
    return Tensor(np.asarray(np.linalg.det(a)).astype(a.dtype))


# ------------------------------------------------------------------ linear algebra

def kron(input, other):
    if not isinstance(input, _CT):
        raise TypeError("the input must be Tensor!")
    if not isinstance(other, _CT):
        raise TypeError("the other must be Tensor!")
    x, y = input, other
    nd = _b.max(x.ndim, y.ndim)
    xs = (1,) * (nd - x.ndim) + tuple(x.shape)
    ys = (1,) * (nd - y.ndim) + tuple(y.shape)
    xe = x.reshape(*[v for s in xs for v in (s, 1)])
    ye = y.reshape(*[v for s in ys for v in (1, s)])
    return (xe * ye).reshape(*[a * b for a, b in zip(xs, ys)])


def inner(input, other):
    x, y = _t(input), _t(other)
    if x.ndim == 0 or y.ndim == 0:
        return x * y
    if x.shape[-1] != y.shape[-1]:
        raise ValueError(f"For 'inner', the last dimension of 'input' and 'other' must be the same, "
                         f"                         but got input.shape: {tuple(x.shape)} and other.shape: "
                         f"{tuple(y.shape)}.")
    yt = y.reshape(-1, y.shape[-1]).transpose(1, 0)
    r = x.reshape(-1, x.shape[-1]).matmul(yt)
    return r.reshape(*(tuple(x.shape[:-1]) + tuple(y.shape[:-1])))


def mv(mat, vec):
    x, v = _t(mat), _t(vec)
    if x.ndim != 2:
        raise ValueError("MatMul inputs should have the same dimension size and equal to 2.")
    if v.ndim == 2 and v.shape[1] == 1:  # MindSpore 2.10 accepts a column vector
        v = v.reshape(-1)
    if v.ndim != 1:
        raise ValueError(f"For 'mv', the input must be 2-D and vec 1-D, but got input.shape: {tuple(x.shape)}, "
                         f"vec.shape: {tuple(v.shape)}.")
    if x.shape[1] != v.shape[0]:
        raise ValueError(f"For 'MatMul' the input dimensions must be equal, but got 'x1_col': {x.shape[1]} and "
                         f"'x2_row': {v.shape[0]}.")
    return F.matmul(x, v.reshape(-1, 1)).reshape(-1)


def addmv(input, mat, vec, *, beta=1, alpha=1):
    return _t(input) * beta + mv(mat, vec) * alpha


def addr(x, vec1, vec2, *, beta=1, alpha=1):
    return _t(x) * beta + F.outer(vec1, vec2) * alpha


def addbmm(input, batch1, batch2, *, beta=1, alpha=1):
    return _t(input) * beta + _sum(F.bmm(batch1, batch2), 0) * alpha


def batch_dot(x1, x2, axes=None):
    a, b = _t(x1), _t(x2)
    if axes is None:
        axes = (a.ndim - 1, b.ndim - 2) if b.ndim > 2 else (a.ndim - 1, b.ndim - 1)
    if isinstance(axes, int):
        axes = (axes, axes) if axes >= 1 else (a.ndim - 1, b.ndim - 1)
    ax_a, ax_b = axes[0] % a.ndim, axes[1] % b.ndim
    # move the contracted axes last/first per batch, then batched matmul
    ra = [i for i in _b.range(1, a.ndim) if i != ax_a]
    rb = [i for i in _b.range(1, b.ndim) if i != ax_b]
    ap = a.permute(0, *ra, ax_a).reshape(a.shape[0], -1, a.shape[ax_a])
    bp = b.permute(0, ax_b, *rb).reshape(b.shape[0], b.shape[ax_b], -1)
    r = F.bmm(ap, bp)
    out_shape = (a.shape[0],) + tuple(a.shape[i] for i in ra) + tuple(b.shape[i] for i in rb)
    if len(out_shape) == 1:
        out_shape = (a.shape[0], 1)
    return r.reshape(*out_shape)


def matrix_power(input, n):
    x = _t(input)
    if not isinstance(n, int):
        raise TypeError(f"For 'MatrixPower', the type of 'n' should be 'int', but got type '{type(n).__name__}'.")
    if x.ndim < 2 or x.shape[-1] != x.shape[-2]:
        raise ValueError(f"For 'MatrixPower', the input must be square matrices, but got {tuple(x.shape)}.")
    if n < 0:
        x, n = inverse(x), -n
    if not x.requires_grad:
        # MindSpore's kernel: B = I; while n: (n odd: B = B * A); A = A * A, with Eigen's products (each dot
        # product summed from its first term, so -0 survives)
        def mul(p, q):
            t = p[..., :, :, None] * q[..., None, :, :]
            acc = t[..., 0, :]
            for k in range(1, t.shape[-2]):
                acc = acc + t[..., k, :]
            return acc
        a = x.asnumpy()
        r = np.broadcast_to(np.eye(a.shape[-1], dtype=a.dtype), a.shape)
        while n:
            if n & 1:
                r = mul(r, a)
            n >>= 1
            a = mul(a, a)
        return Tensor(np.asarray(r))
    r = None
    base = x
    while n:
        if n & 1:
            r = base if r is None else F.matmul(r, base)
        n >>= 1
        if n:
            base = F.matmul(base, base)
    if r is None:
        eye = np.broadcast_to(np.eye(x.shape[-1], dtype=x.asnumpy().dtype), tuple(x.shape)).copy()
        return Tensor(eye)
    return r


def slogdet(input):
    a = _np_of(input)
    if a.ndim < 2:
        raise ValueError(f"For primitive[LogMatrixDeterminant], the x rank must be greater than or equal to 2, "
                         f"but got {a.ndim}.")
    if a.shape[-1] != a.shape[-2]:
        raise ValueError(f"For primitive[LogMatrixDeterminant], the row size must be equal to {a.shape[-2]}, "
                         f"but got {a.shape[-1]}.")
    s, ld = np.linalg.slogdet(a)
    return Tensor(np.asarray(s, a.dtype)), Tensor(np.asarray(ld, a.dtype))


def logdet(input):
    s, ld = slogdet(input)
    sa, la = s.asnumpy(), ld.asnumpy()
    return Tensor(np.where(sa < 0, np.nan, la).astype(la.dtype))


def matrix_determinant(input):
    return det(input)


def log_matrix_determinant(input):
    return slogdet(input)


def cholesky(input_x, upper=False):
    x = _t(input_x)
    a = x.asnumpy()
    try:
        L = np.linalg.cholesky(a.astype(np.float64))
    except np.linalg.LinAlgError:
        raise ValueError("For 'Cholesky', the input matrix must be positive definite.") from None
    if upper:
        L = np.swapaxes(L, -1, -2)
    return Tensor(np.asarray(L.astype(a.dtype)))


def cholesky_solve(input, input2, upper=False):
    b, c = _np_of(input).astype(np.float64), _np_of(input2).astype(np.float64)
    L = np.swapaxes(c, -1, -2) if upper else c
    A = L @ np.swapaxes(L, -1, -2)
    return Tensor(np.linalg.solve(A, b).astype(_np_of(input).dtype))


def pinv(x, *, atol=None, rtol=None, hermitian=False):
    a = _np_of(x)
    if a.ndim == 0:
        raise TypeError("For pinv, the 0-D input is not supported")
    if a.ndim < 2:
        raise ValueError(f"input x should have 2 or more dimensions, but got {a.ndim}.")
    return Tensor(np.linalg.pinv(a.astype(np.float64), hermitian=hermitian).astype(a.dtype))


def vecdot(x, y, *, axis=-1):
    return _sum(_t(x) * _t(y), axis)


def _check_norm_dims(t, axis):
    if axis is None:
        return
    nd = _b.max(t.ndim, 1)
    for d in (axis if isinstance(axis, (list, tuple)) else (axis,)):
        if not -nd <= d < nd or (t.ndim == 0 and d not in (0, -1)):
            raise ValueError("For norm, the dim is out of range.")


def vector_norm(x, ord=2, axis=None, keepdims=False, *, dtype=None):
    t = _t(x)
    _check_norm_dims(t, axis)
    if dtype is not None:
        t = astype(t, dtype)
    if ord == 2:
        return _sum(t * t, axis, None, keepdims).sqrt()
    if ord == 1:
        return _sum(t.abs(), axis, None, keepdims)
    if ord == float("inf"):
        return F.amax(t.abs(), axis, keepdims) if axis is not None else t.abs().amax()
    if ord == float("-inf"):
        return F.amin(t.abs(), axis, keepdims) if axis is not None else t.abs().amin()
    if ord == 0:
        return _sum((t != 0)._cast(t._dtype_name), axis, None, keepdims)
    return F.pow(_sum(F.pow(t.abs(), ord), axis, None, keepdims), 1.0 / ord)


def matrix_norm(A, ord="fro", axis=(-2, -1), keepdims=False, *, dtype=None):
    t = _t(A)
    _check_norm_dims(t, axis)
    if dtype is not None:
        t = astype(t, dtype)
    if ord == "fro":
        return _sum(t * t, tuple(axis), None, keepdims).sqrt()
    a = t.asnumpy()
    return Tensor(np.asarray(np.linalg.norm(a.astype(np.float64), ord, tuple(axis), keepdims)).astype(a.dtype))


def dist(input, other, p=2):
    if not isinstance(p, int):
        raise TypeError(f"For 'LpNorm', the type of 'p' should be 'int', but got type '{type(p).__name__}'.")
    d = (_t(input) - _t(other)).reshape(-1)
    r = vector_norm(d, p)
    # MindSpore's LpNorm clamps the norm at its epsilon (1e-12): dist(x, x) prints 1e-12 for p != 0
    return r if p == 0 else F.maximum(r, Tensor(1e-12, r.dtype))


def pdist(input, p=2.0):
    x = _t(input)
    if x.ndim != 2:
        raise ValueError(f"For primitive[Pdist], the x dim must be equal to 2, but got {x.ndim}.")
    n = x.shape[0]
    r, c = np.triu_indices(n, 1)
    a = x.index_select(0, Tensor(r.astype(np.int64)))
    b = x.index_select(0, Tensor(c.astype(np.int64)))
    return vector_norm(a - b, p, -1)


def renorm(input, p, axis, maxnorm):
    x = _t(input)
    ax = axis % x.ndim
    others = tuple(i for i in _b.range(x.ndim) if i != ax)
    if p == 2:
        nrm = _sum(x * x, others, None, True).sqrt()
    else:
        nrm = F.pow(_sum(F.pow(x.abs(), p), others, None, True), 1.0 / p)
    over = nrm > maxnorm
    # as MindSpore's Renorm kernel: x / norm * maxnorm where the norm exceeds maxnorm
    return _core.where_(over, x / _core.where_(over, nrm, _core.full_like(nrm.detach(), 1)) * maxnorm, x)


def clip_by_norm(x, max_norm, norm_type=2.0, error_if_nonfinite=False):
    if isinstance(x, (list, tuple)):
        total = F.sqrt(_sum(F.stack([_sum(t * t) for t in x])))
        coef = _t(max_norm) / (total + 1e-6) if isinstance(max_norm, _CT) else max_norm / (total + 1e-6)
        coef = F.clamp(coef, None, 1.0)
        return tuple(t * coef for t in x)
    t = _t(x)
    total = F.sqrt(_sum(t * t))
    coef = F.clamp(max_norm / (total + 1e-6), None, 1.0)
    return t * coef


def clip_by_global_norm(x, clip_norm=1.0, use_norm=None):
    if use_norm is not None:
        raise ValueError(f"For '_ClipByGlobalNorm', input 'use_norm' only supports None currently, but got "
                         f"'use_norm': {use_norm}")
    if not isinstance(clip_norm, (int, float)) or isinstance(clip_norm, bool) or clip_norm <= 0:
        raise ValueError(f"For 'clip_by_global_norm', the argument 'clip_norm' must > 0.0, but got {clip_norm}.")
    ts = [_t(t) for t in x]
    sq = _sum(F.stack([astype(_sum(t * t), _dtype.float32) for t in ts]))
    gn = F.sqrt(sq).reshape(1)
    cn = Tensor([float(clip_norm)], _dtype.float32)
    gn = _core.where_(gn >= cn, gn, cn)
    return tuple(astype(t * cn / gn, t.dtype) for t in ts)


def cholesky_inverse(input_x, upper=False):
    a = _np_of(input_x).astype(np.float64)
    L = a.T if upper else a
    return Tensor(np.linalg.inv(L @ L.T).astype(_np_of(input_x).dtype))


def addmm(input, mat1, mat2, *, beta=1, alpha=1):
    return _t(input) * beta + F.matmul(mat1, mat2) * alpha


def ger(input, vec2):
    return F.outer(input, vec2)


def block_diag(*inputs):
    mats = [np.atleast_2d(_np_of(x)) for x in inputs]
    out = np.zeros((_b.sum(m.shape[0] for m in mats), _b.sum(m.shape[1] for m in mats)), np.result_type(*mats))
    r = c = 0
    for m in mats:
        out[r:r + m.shape[0], c:c + m.shape[1]] = m
        r, c = r + m.shape[0], c + m.shape[1]
    return Tensor(out)

__all__ += ["addmm", "ger", "block_diag"]


def dense(input, weight, bias=None):
    r = F.matmul(input, weight.swapaxes(-1, -2) if weight.ndim > 1 else weight)
    return r if bias is None else r + bias


def cond(A, p=None):
    """Condition number: ||A|| * ||A^-1|| (the ratio of the extreme singular values when p is None)."""
    a = A.asnumpy()
    return Tensor(np.array(np.linalg.cond(a, p), a.dtype))


def combinations(input, r=2, with_replacement=False):
    import itertools

    a = _t(input).asnumpy()
    c = list((itertools.combinations_with_replacement if with_replacement else itertools.combinations)(a, r))
    return Tensor(np.array(c, a.dtype).reshape(-1, r))


def scalar_cast(input_x, input_y):
    return {"Int": int, "Float": float, "Bool": bool}[str(input_y).rstrip("0123456789")](input_x)


__all__ += ["dense", "cond", "combinations", "scalar_cast"]

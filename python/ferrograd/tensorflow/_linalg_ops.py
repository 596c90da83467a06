# tf.norm and tf.linalg functions beyond linalg.py (gradients as TF's).
import collections as _collections
import math as _math

from . import _ops
from ._tensor import _arg, _from_array, _np, _wrap
from ._math_ops import _node, _npm, _square_check
from .errors import _invalid


def norm(tensor, ord="euclidean", axis=None, keepdims=None, name=None):
    """linalg_ops.norm_v2: euclidean/fro, 1, inf and p vector norms; 1 and inf matrix norms."""
    inf = float("inf")
    mat = isinstance(axis, (list, tuple)) and len(axis) == 2
    if isinstance(axis, (list, tuple)) and len(axis) == 1:
        axis = axis[0]
    if mat and ord not in ("euclidean", "fro", 1, 2, inf):
        raise ValueError("'ord' must be a supported matrix norm in ['euclidean', 'fro', 1, 2, inf], got %s" % ord)
    if not mat and (isinstance(ord, str) and ord != "euclidean" or not isinstance(ord, str) and not ord > 0):
        raise ValueError("'ord' must be a supported vector norm, got %s" % ord)
    t = _wrap(_arg(tensor))
    if ord in ("euclidean", "fro", 2) and not mat or ord in ("euclidean", "fro"):
        return _ops.sqrt(_ops.reduce_sum(t * t, axis, keepdims=bool(keepdims)))
    a = _ops.abs(t)
    if mat and ord == 2:  # the largest singular value (no gradient)
        np = _npm()
        return _from_array(np.linalg.norm(_np(t), 2, axis=tuple(axis), keepdims=bool(keepdims)).astype(_np(t).dtype))
    if mat:
        r = len(t.shape)
        s_ax, m_ax = [int(v) % r for v in (axis if ord == 1 else axis[::-1])]
        out = _ops.reduce_max(_ops.reduce_sum(a, s_ax, keepdims=True), m_ax, keepdims=True)
        return out if keepdims else _ops.squeeze(out, sorted((s_ax, m_ax)))
    if ord == 1:
        return _ops.reduce_sum(a, axis, keepdims=bool(keepdims))
    if ord == inf:
        return _ops.reduce_max(a, axis, keepdims=bool(keepdims))
    return _ops.pow(_ops.reduce_sum(_ops.pow(a, ord), axis, keepdims=bool(keepdims)), 1.0 / ord)


def cholesky(input, name=None):
    np = _npm()
    x = _arg(input)
    a = _np(x)
    _square_check("Cholesky", a)
    try:
        l = np.linalg.cholesky(a).astype(a.dtype)
    except np.linalg.LinAlgError:
        raise _invalid("Cholesky", "Cholesky decomposition was not successful. The input might not be valid.")
    L = _from_array(l)

    def backward(g):
        # TF's _CholeskyGrad
        Linv = _from_array(np.linalg.inv(l).astype(a.dtype))
        middle = _ops.matmul(L, _wrap(g), transpose_a=True)
        from . import linalg

        d = linalg.diag_part(middle)
        middle = linalg.band_part(middle, -1, 0) - linalg.diag(d) * 0.5
        ga = _ops.matmul(_ops.matmul(Linv, middle, transpose_a=True), Linv)
        ga = ga + linalg.matrix_transpose(ga)
        return [_arg(ga * 0.5)]

    return _node("CholeskyGrad", [x], L, backward)


def triangular_solve(matrix, rhs, lower=True, adjoint=False, name=None):
    np = _npm()
    A, B = _arg(matrix), _arg(rhs)
    a, b = _np(A), _np(B)
    if a.shape[-1] != a.shape[-2]:
        raise _invalid("MatrixTriangularSolve", "In[0] matrices in the last dimensions must be square (%d =/= %d)"
                       % (a.shape[-1], a.shape[-2]))
    if a.shape[-1] != b.shape[-2]:
        fmt = lambda sh: "[" + ",".join(str(v) for v in sh) + "]"  # noqa: E731
        raise _invalid("MatrixTriangularSolve", "In[0] mismatch In[1] shape: %d vs. %d: %s %s %d %d"
                       % (a.shape[-1], b.shape[-2], fmt(a.shape), fmt(b.shape), bool(lower), bool(adjoint)))
    m = np.tril(a) if lower else np.triu(a)
    if adjoint:
        m = np.swapaxes(m, -1, -2)
    r = np.linalg.solve(m, b).astype(a.dtype)
    X = _from_array(r)

    def backward(g):
        from . import linalg

        gb = triangular_solve(_wrap(A), _wrap(g), lower=lower, adjoint=not adjoint)
        ga = -_ops.matmul(X, gb, transpose_b=True) if adjoint else -_ops.matmul(gb, X, transpose_b=True)
        ga = linalg.band_part(ga, -1, 0) if lower else linalg.band_part(ga, 0, -1)
        return [_arg(ga), _arg(gb)]

    return _node("MatrixTriangularSolveGrad", [A, B], X, backward)


def cholesky_solve(chol, rhs, name=None):
    y = triangular_solve(chol, rhs, lower=True, adjoint=False)
    return triangular_solve(chol, y, lower=True, adjoint=True)


def slogdet(input, name=None):
    np = _npm()
    x = _arg(input)
    a = _np(x)
    _square_check("LogMatrixDeterminant", a)
    s, ld = np.linalg.slogdet(a)
    S = _from_array(s.astype(a.dtype))
    LD = _from_array(np.asarray(ld).astype(a.dtype))

    def backward(g):
        from . import linalg

        inv = linalg.inv(_wrap(x))
        gg = _wrap(g)
        return [_arg(_ops.reshape(gg, list(gg.shape) + [1, 1]) * linalg.matrix_transpose(inv))]

    return S, _node("LogMatrixDeterminantGrad", [x], LD, backward)


def logdet(matrix, name=None):
    from . import linalg

    L = cholesky(matrix)
    return 2.0 * _ops.reduce_sum(_ops.log(linalg.diag_part(L)), axis=-1)


def cross(a, b, name=None):
    from .errors import FailedPreconditionError
    from ._tensor import _shape_str

    a, b = _wrap(_arg(a)), _wrap(_arg(b))
    if list(a.shape) != list(b.shape):
        raise _invalid("Cross", "Both inputs must be of same shape: %s vs. %s" % (_shape_str(a), _shape_str(b)))
    if a.shape.rank < 1 or a.shape[-1] != 3:
        raise FailedPreconditionError(None, None, "{{function_node __wrapped__Cross_device_/job:localhost/replica:0/"
                                      "task:0/device:CPU:0}} Cross-products are only defined for 3-element vectors. "
                                      "[Op:Cross] name: ")
    a0, a1, a2 = a[..., 0], a[..., 1], a[..., 2]
    b0, b1, b2 = b[..., 0], b[..., 1], b[..., 2]
    return _ops.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], axis=-1)


def normalize(tensor, ord="euclidean", axis=None, name=None):
    n = norm(tensor, ord=ord, axis=axis, keepdims=True)
    return _wrap(_arg(tensor)) / n, n


def set_diag(input, diagonal, name="set_diag", k=0, align="RIGHT_LEFT"):
    np = _npm()
    x = _wrap(_arg(input))
    d = _wrap(_arg(diagonal))
    r, c = int(x.shape[-2]), int(x.shape[-1])
    m = min(r, c)
    mask = np.zeros((r, c), bool)
    mask[np.arange(m), np.arange(m)] = True
    from . import linalg

    full = linalg.diag(d) if r == c else _ops.pad(linalg.diag(d), [[0, 0]] * (x.shape.rank - 2) +
                                                    [[0, r - m], [0, c - m]])
    return _ops.where(_from_array(mask), full, x)


def tensor_diag(diagonal, name=None):
    x = _wrap(_arg(diagonal))
    shape = [int(d) for d in x.shape]
    n = 1
    for d in shape:
        n *= d
    flat = _ops.reshape(x, [n])
    from . import linalg

    return _ops.reshape(linalg.diag(flat), shape + shape)


def tensor_diag_part(input, name=None):
    x = _ops.convert_to_tensor(input)
    shape = [int(d) for d in x.shape]
    half = shape[:len(shape) // 2]
    n = 1
    for d in half:
        n *= d
    from . import linalg

    return _ops.reshape(linalg.diag_part(_ops.reshape(x, [n, n])), half)


def qr(input, full_matrices=False, name=None):
    np = _npm()
    a = _np(_arg(input))
    q, r = np.linalg.qr(a, mode="complete" if full_matrices else "reduced")
    return _collections.namedtuple("Qr", ["q", "r"])(_from_array(q.astype(a.dtype)), _from_array(r.astype(a.dtype)))


def svd(tensor, full_matrices=False, compute_uv=True, name=None):
    np = _npm()
    a = _np(_arg(tensor))
    if not compute_uv:
        return _from_array(np.linalg.svd(a, compute_uv=False).astype(a.dtype))
    u, s, vh = np.linalg.svd(a, full_matrices=full_matrices)
    return (_from_array(s.astype(a.dtype)), _from_array(u.astype(a.dtype)),
            _from_array(np.swapaxes(vh, -1, -2).astype(a.dtype)))


def eigh(tensor, name=None):
    np = _npm()
    a = _np(_arg(tensor))
    w, v = np.linalg.eigh(a)
    return _from_array(w.astype(a.dtype)), _from_array(v.astype(a.dtype))


def eigvalsh(tensor, name=None):
    np = _npm()
    a = _np(_arg(tensor))
    return _from_array(np.linalg.eigvalsh(a).astype(a.dtype))


def pinv(a, rcond=None, validate_args=False, name=None):
    np = _npm()
    x = _np(_arg(a))
    if rcond is None:
        rcond = 10.0 * max(x.shape[-2:]) * np.finfo(x.dtype).eps
    return _from_array(np.linalg.pinv(x, rcond=rcond).astype(x.dtype))


def matrix_rank(a, tol=None, validate_args=False, name=None):
    np = _npm()
    x = _np(_arg(a))
    return _from_array(np.asarray(np.linalg.matrix_rank(x, tol=tol)).astype(np.int32))


def lstsq(matrix, rhs, l2_regularizer=0.0, fast=True, name=None):
    from . import linalg

    A, B = _wrap(_arg(matrix)), _wrap(_arg(rhs))
    At = linalg.matrix_transpose(A)
    n = int(A.shape[-1])
    gram = _ops.matmul(At, A) + l2_regularizer * _ops.eye(n, dtype=A.dtype)
    return cholesky_solve(cholesky(gram), _ops.matmul(At, B))


def expm(input, name=None):
    """tf.linalg.expm with TF's gradient (_MatrixExponentialGrad: the upper-right block of the exponential
    of [[A^H, g], [0, A^H]]); the float64 scaling-and-squaring kernel is the torch dialect's matrix_exp one."""
    np = _npm()
    from ..torch._linalg_legacy import _expm64

    x = _arg(input)
    if not (_wrap(x).dtype.is_floating or _wrap(x).dtype.is_complex):
        raise ValueError(f"tf.linalg.expm does not support matrices of type {_wrap(x).dtype}")
    a = _np(x)
    if a.ndim < 2:
        d = "[%s]" % ",".join(["1"] + [str(v) for v in a.shape])
        raise _invalid("MatMul", f"Matrix size-incompatible: In[0]: {d}, In[1]: {d}")
    if a.shape[-1] != a.shape[-2]:
        d = "[%d,%d,%d]" % (_math.prod(a.shape[:-2]), a.shape[-2], a.shape[-1])
        raise _invalid("BatchMatMulV2", f"Matrix size-incompatible: In[0]: {d}, In[1]: {d}")
    e = _from_array(_expm64(a.astype(np.float64)).astype(a.dtype))
    n = a.shape[-1]

    def backward(g):
        At = _np(x).astype(np.float64).swapaxes(-1, -2)
        big = np.concatenate([np.concatenate([At, _np(g).astype(np.float64)], -1),
                              np.concatenate([np.zeros_like(At), At], -1)], -2)
        return [_arg(_from_array(_expm64(big)[..., :n, n:].astype(a.dtype)))]

    return _node("MatrixExponentialGrad", [x], e, backward)

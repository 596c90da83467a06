# tf.linalg: matrix functions. det / inv / solve run LAPACK through numpy in the tensor's dtype
# and carry a gradient node whose rule is written with the dialect's differentiable ops (TF's
# _MatrixInverseGrad, _MatrixDeterminantGrad, _MatrixSolveGrad), so nested tapes work.
from .. import _core
from . import _ops
from ._array_ops import einsum  # noqa: F401
from ._linalg_ops import norm  # noqa: F401
from ._nn_ops import l2_normalize  # noqa: F401
from ._tensor import _T, _arg, _from_array, _np, _wrap
from .errors import _invalid

matmul = _ops.matmul
eye = _ops.eye


def matvec(a, b, transpose_a=False, adjoint_a=False, name=None):
    return _ops.squeeze(_ops.matmul(a, _ops.expand_dims(b, -1), transpose_a=transpose_a or adjoint_a), -1)


def matrix_transpose(a, name="matrix_transpose", conjugate=False):
    x = _arg(a)
    if _T.dim(x) < 2:
        raise ValueError("Argument `a` should be a (batch) matrix with rank >= 2.  Received `a` = %s with shape: %s"
                         % (a, list(x._size())))
    return _wrap(_T.transpose(x, -1, -2))


adjoint = matrix_transpose


def _square(op, x):
    s = x._size()
    if len(s) < 2 or s[-1] != s[-2]:
        raise _invalid(op, "Input matrix must be square.", name=True)


def _node(name, ins, out_arr, backward):
    out = _from_array(out_arr)
    if not any(t.requires_grad for t in ins) or not _core.is_grad_enabled():
        return out
    return _wrap(_core.custom_node(name, ins, out, backward))


def _mT(t):
    return _wrap(_T.transpose(_arg(t), -1, -2))


def inv(input, adjoint=False, name=None):
    import numpy as np

    x = _arg(input)
    _square("MatrixInverse", x)
    a = _np(x)
    try:
        y = np.linalg.inv(a).astype(a.dtype)
    except np.linalg.LinAlgError:
        raise _invalid("MatrixInverse", "Input is not invertible.", name=True) from None

    def backward(g):
        # TF's _MatrixInverseGrad: -ainv^T @ (grad @ ainv^T)
        yy = inv(_wrap(x))
        return [_arg(-_ops.matmul(_mT(yy), _ops.matmul(_wrap(g), _mT(yy))))]

    return _node("MatrixInverse", [x], y, backward)


def det(input, name=None):
    import numpy as np

    x = _arg(input)
    _square("MatrixDeterminant", x)
    a = _np(x)
    d = np.asarray(np.linalg.det(a), a.dtype)

    def backward(g):
        dd = det(_wrap(x))
        scale = _ops.expand_dims(_ops.expand_dims(_wrap(g) * dd, -1), -1)
        return [_arg(scale * _mT(inv(_wrap(x))))]

    return _node("MatrixDeterminant", [x], d, backward)


def solve(matrix, rhs, adjoint=False, name=None):
    import numpy as np

    a_t, b_t = _arg(matrix), _arg(rhs)
    _square("MatrixSolve", a_t)
    a = _np(a_t)
    if adjoint:
        a = np.swapaxes(a, -1, -2)
    try:
        x = np.linalg.solve(a, _np(b_t)).astype(a.dtype)
    except np.linalg.LinAlgError:
        raise _invalid("MatrixSolve", "Input matrix is not invertible.", name=True) from None

    def backward(g):
        xx = solve(_wrap(a_t), _wrap(b_t), adjoint)
        gb = solve(_wrap(a_t), _wrap(g), not adjoint)
        ga = -_ops.matmul(gb, _mT(xx)) if not adjoint else -_ops.matmul(xx, _mT(gb))
        return [_arg(ga), _arg(gb)]

    return _node("MatrixSolve", [a_t, b_t], x, backward)


def diag(diagonal, name="diag", k=0, num_rows=-1, num_cols=-1, padding_value=0, align="RIGHT_LEFT"):
    x = _arg(diagonal)
    n = x._size()[-1]
    e = _core.eye(n, n, x._dtype_name, False, x._tag)
    return _wrap(_T.__mul__(_T.unsqueeze(x, -1), e))


def diag_part(input, name="diag_part", k=0, padding_value=0, align="RIGHT_LEFT"):
    x = _arg(_ops.convert_to_tensor(input))
    s = x._size()
    n = min(s[-1], s[-2])
    e = _core.eye(s[-2], s[-1], x._dtype_name, False, x._tag)
    r = _T.narrow(_T.sum(_T.__mul__(x, e), [-1 if s[-2] >= s[-1] else -2]), -1, 0, n)
    return _wrap(r if r._dtype_name == x._dtype_name else _T._cast(r, x._dtype_name))


def trace(x, name=None):
    return _ops.reduce_sum(diag_part(x), -1)


def band_part(input, num_lower, num_upper, name=None):
    import numpy as np

    x = _arg(input)
    m, n = x._size()[-2], x._size()[-1]
    lo, up = int(_ops._scalar(num_lower)), int(_ops._scalar(num_upper))
    i = np.arange(m)[:, None]
    j = np.arange(n)[None, :]
    keep = ((lo < 0) | (i - j <= lo)) & ((up < 0) | (j - i <= up))
    return _wrap(_T.__mul__(x, _core.tensor(keep.astype(_np(x).dtype), None, False, x._tag)))


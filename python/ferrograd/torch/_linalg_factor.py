# torch.linalg factorizations and solvers beyond linalg.py: matrix_exp, matrix_power, solve_triangular,
# lu_factor(_ex), lu, lu_solve, cholesky_ex, inv_ex, solve_ex, vander, diagonal, tensorinv, tensorsolve, cond.  Imported into
# torch.linalg by linalg.py; numpy is imported lazily.
import builtins as _b

from .. import _core
from ._common import _needs_grad, _warned_once


class _LinAlgError(RuntimeError):
    """torch.linalg.LinAlgError (torch._C._LinAlgError): a RuntimeError from a failed factorization."""


_LinAlgError.__module__ = "torch._C"
LinAlgError = _LinAlgError


def singular_inv_error(a):
    """torch's message for inverting a singular matrix: the first zero pivot of its LU factorization."""
    import numpy as np

    flat = np.asarray(a).reshape((-1,) + np.asarray(a).shape[-2:])
    k = 1
    for m in flat:
        info = _tm()._getrf(m.astype(np.float64))[2]
        if info:
            k = info
            break
    return _LinAlgError(f"linalg.inv: The diagonal element {k} is zero, the inversion could not be completed "
                        "because the input matrix is singular.")


__all__ = ["LinAlgError", "matrix_exp", "matrix_power", "solve_triangular", "lu_factor", "lu_factor_ex", "lu", "lu_solve",
           "cholesky_ex", "inv_ex", "solve_ex", "vander", "diagonal", "tensorinv", "tensorsolve", "cond"]


def _tm():
    from . import _linalg_legacy

    return _linalg_legacy


def _tt():
    import sys

    return sys.modules[__package__]


def _ret(name, fields):
    rt = _tt().return_types
    r = getattr(rt, name, None)
    if r is None:
        r = _tt()._named_ret(name, fields)
        setattr(rt, name, r)
    return r


def _i32(v):
    import numpy as np

    return _core.tensor(np.asarray(v, dtype=np.int32), None, False, 0)


def matrix_exp(A):
    return _tm().matrix_exp(A)


def matrix_power(A, n):
    return A.matrix_power(n)


def solve_triangular(A, B, *, upper, left=True, unitriangular=False, out=None):
    from . import _linalg_grad
    from ._composite import tril, triu

    if A.dim() < 2:
        raise RuntimeError("linalg.solve_triangular: The input tensor A must have at least 2 dimensions.")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError("linalg.solve_triangular: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")
    if B.dim() < 2 or (B.shape[-2] if left else B.shape[-1]) != A.shape[-1]:
        eq = "AX = B" if left else "XA = B"
        bs = "x".join(str(v) for v in tuple(B.shape)[-2:])
        raise RuntimeError(f"linalg.solve_triangular: Incompatible shapes of A and B for the equation {eq} "
                           f"({A.shape[-2]}x{A.shape[-1]} and {bs})")
    M = triu(A) if upper else tril(A)
    if unitriangular:
        n = A.shape[-1]
        eye = _core.eye(n, n, A.dtype, False, 0)
        M = M * (1 - eye) + eye
    r = _linalg_grad.solve(M, B, left=left)
    return r._named("LinalgSolveTriangularBackward0") if r.grad_fn is not None else r


def _min2d(A, name):
    if A.dim() < 2:
        raise RuntimeError(f"{name}: Expected tensor with 2 or more dimensions. Got size: {list(A.shape)} instead")


def lu_factor_ex(A, *, pivot=True, check_errors=False, out=None):
    import numpy as np

    tm = _tm()
    _min2d(A, "torch.lu_factor")
    a = A.detach().numpy(True)
    flat = a.reshape((-1,) + a.shape[-2:])
    res = [tm._getrf(m) for m in flat]
    k = _b.min(a.shape[-2:])
    LU = np.stack([r[0] for r in res]).reshape(a.shape) if res else a.copy()
    piv = np.stack([r[1] for r in res]).reshape(a.shape[:-2] + (k,)) if res else np.zeros(a.shape[:-2] + (k,))
    info = np.array([r[2] for r in res], dtype=np.int32).reshape(a.shape[:-2])
    return _ret("linalg_lu_factor_ex", ("LU", "pivots", "info"))(
        _core.tensor(np.ascontiguousarray(LU), A.dtype, False, 0), _i32(piv), _i32(info))


def lu_factor(A, *, pivot=True, out=None):
    LU, piv, info = lu_factor_ex(A, pivot=pivot)
    bad = info.numpy(True)
    if bad.size and (bad != 0).any():
        i = _b.int(bad.reshape(-1)[bad.reshape(-1) != 0][0])
        raise RuntimeError(f"torch.linalg.lu_factor: U[{i},{i}] is zero and using it on lu_solve would result in a "
                           "division by zero. If you still want to perform the factorization, consider calling "
                           "linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)")
    return _ret("linalg_lu_factor", ("LU", "pivots"))(LU, piv)


def lu(A, *, pivot=True, out=None):
    _min2d(A, "linalg.lu")
    LU, piv, _ = lu_factor_ex(A, pivot=pivot)
    P, L, U = _tm().lu_unpack(LU, piv)
    return _ret("linalg_lu", ("P", "L", "U"))(P, L, U)


def lu_solve(LU, pivots, B, *, left=True, adjoint=False, out=None):
    tm = _tm()
    if left and not adjoint and not _needs_grad(LU, B):
        return _lu_solve_quiet(tm, B, LU, pivots)
    P, L, U = _tm().lu_unpack(LU, pivots)
    A = P.matmul(L).matmul(U)
    if adjoint:
        A = A.transpose(-2, -1)
    from . import _linalg_grad

    return _linalg_grad.solve(A, B, left=left)


def _lu_solve_quiet(tm, B, LU, pivots):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        key = next((m for m in _warned_once if m.startswith("torch.lu_solve is deprecated in favor")), None)
        r = tm.lu_solve(B, LU, pivots)
        if key is None:  # torch.linalg.lu_solve must not use up torch.lu_solve's one-time warning
            for m in [m for m in _warned_once if m.startswith("torch.lu_solve is deprecated in favor")]:
                _warned_once.discard(m)
    return r


def cholesky_ex(A, *, upper=False, check_errors=False, out=None):
    import numpy as np

    from . import linalg

    try:
        L = linalg.cholesky(A, upper=upper)
        info = 0
    except RuntimeError:
        if check_errors:
            raise
        a = A.detach().numpy(True)
        k = 1
        while k < a.shape[-1]:
            try:
                np.linalg.cholesky(a[..., :k, :k])
            except np.linalg.LinAlgError:
                break
            k += 1
        t = np.tril(a)
        L = _core.tensor(np.ascontiguousarray(np.swapaxes(t, -1, -2) if upper else t), A.dtype, False, 0)
        info = k
    return _ret("linalg_cholesky_ex", ("L", "info"))(L, _i32(info))


def inv_ex(A, *, check_errors=False, out=None):
    from . import linalg

    return _ret("linalg_inv_ex", ("inverse", "info"))(linalg.inv(A), _i32(0))


def solve_ex(A, B, *, left=True, check_errors=False, out=None):
    from . import linalg

    return _ret("linalg_solve_ex", ("result", "info"))(linalg.solve(A, B, left=left), _i32(0))


def vander(x, *, N=None):
    n = (x.shape[-1] if x.dim() else 0) if N is None else N
    if n <= 1:
        raise RuntimeError("N must be greater than 1.")
    xx = x if x.dtype.is_floating_point else x.to(_tt().int64)
    cols = [_core.full_like(xx, 1)]
    for _ in range(1, n):
        cols.append(cols[-1] * xx)
    return _core.stack(cols, -1)


def diagonal(A, *, offset=0, dim1=-2, dim2=-1):
    from ._composite import diagonal as _diag

    return _diag(A, offset, dim1, dim2)


def tensorinv(A, ind=2, *, out=None):
    from . import linalg

    shape = tuple(A.shape)
    if ind <= 0:
        raise RuntimeError(f"Expected a strictly positive integer for 'ind', but got {ind}")
    rows = cols = 1
    for s in shape[:ind]:
        rows *= s
    for s in shape[ind:]:
        cols *= s
    if rows != cols:
        raise RuntimeError("Expected self to satisfy the requirement prod(self.shape[ind:]) == "
                           f"prod(self.shape[:ind]), but got {cols} != {rows}")
    return linalg.inv(A.reshape(rows, -1)).reshape(*(shape[ind:] + shape[:ind]))


def tensorsolve(A, B, dims=None, *, out=None):
    from . import linalg

    if dims is not None:
        nd = A.dim()
        src = [d % nd for d in dims]
        A = A.permute(*([d for d in range(nd) if d not in src] + src))
    rest = tuple(A.shape)[B.dim():]
    n = 1
    for s in rest:
        n *= s
    return linalg.solve(A.reshape(-1, n), B.reshape(-1)).reshape(*rest)


def cond(A, p=None, *, out=None):
    from . import linalg

    if p is None or p in (2, -2):
        if A.dim() < 2:
            raise RuntimeError("linalg.cond: The input tensor must have at least 2 dimensions.")
    else:
        if A.dim() < 2:
            raise RuntimeError(f"linalg.cond(ord={p}): The input tensor A must have at least 2 dimensions.")
        if A.shape[-1] != A.shape[-2]:
            raise RuntimeError(f"linalg.cond(ord={p}): A must be batches of square matrices, but they are "
                               f"{A.shape[-2]} by {A.shape[-1]} matrices")

    if p is None or p == 2 or p == -2:
        s = linalg.svdvals(A)
        mx, mn = s.amax(-1), s.amin(-1)
        return mx / mn if p != -2 else mn / mx
    return linalg.matrix_norm(A, p) * linalg.matrix_norm(linalg.inv(A), p)

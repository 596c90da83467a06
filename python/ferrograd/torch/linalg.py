# torch.linalg: vector, matrix and combined norms (others as far as the core supports them).
import math

from .. import _core

_T = _core.Tensor


def vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None, out=None):
    if dtype is not None:
        x = x.to(dtype)
    if isinstance(dim, int):
        dim = (dim,)
    if ord == math.inf:
        return x.abs().amax(dim, keepdim) if dim is not None else x.abs().amax()
    if ord == -math.inf:
        return x.abs().amin(dim, keepdim) if dim is not None else x.abs().amin()
    if ord == 0:
        nz = (x != 0).to(x.dtype)
        return nz.sum(dim, keepdim) if dim is not None else nz.sum()
    return x.norm(ord, dim, keepdim)


def matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, *, dtype=None, out=None):
    if dtype is not None:
        A = A.to(dtype)
    if A.dim() < 2:
        raise RuntimeError(f"linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
    d0, d1 = dim
    if ord == "fro":
        return A.norm(2, tuple(dim), keepdim)
    if ord in (1, -1, math.inf, -math.inf):
        # 1: max column sum over rows; inf: max row sum over columns
        sum_dim, red_dim = (d0, d1) if ord in (1, -1) else (d1, d0)
        s = A.abs().sum(sum_dim, True)
        r = s.amax(red_dim, True) if ord > 0 else s.amin(red_dim, True)
        if not keepdim:
            nd = A.dim()
            for d in sorted((d0 % nd, d1 % nd), reverse=True):
                r = r.squeeze(d)
        return r
    if ord == "nuc":
        return _nuclear(A, d0, d1, keepdim)
    raise NotImplementedError(f"ferrograd: linalg.matrix_norm with ord={ord!r} is not supported")


def _nuclear(A, d0, d1, keepdim):
    # Sum of the singular values over dims (d0, d1); gradient U @ Vh (torch: SumBackward1 over svdvals).
    import numpy as np

    from ._nodes import _node

    nd = A.dim()
    d0, d1 = d0 % nd, d1 % nd
    X = A.movedim((d0, d1), (-2, -1))
    a = X.detach().numpy(True)
    u, s, vh = np.linalg.svd(a, full_matrices=False)
    r = _core.tensor(np.ascontiguousarray(s), A.dtype, False, A._tag).sum(-1)
    if _core.is_grad_enabled() and A.requires_grad:
        uv = _core.tensor(np.ascontiguousarray(u @ vh), A.dtype, False, A._tag)
        r = _node("SumBackward1", [A], r,
                  lambda g: [(g.unsqueeze(-1).unsqueeze(-1) * uv).movedim((-2, -1), (d0, d1))])
    if keepdim:  # torch: unsqueeze twice, then undo the permutation that moved (d0, d1) last
        perm = [d for d in range(nd) if d not in (d0, d1)] + [d0, d1]
        r = r.unsqueeze(-1).unsqueeze(-1).permute(*sorted(range(nd), key=perm.__getitem__))
    return r


def norm(A, ord=None, dim=None, keepdim=False, *, out=None, dtype=None):
    if isinstance(dim, int):
        dim = (dim,)
    if ord is None:
        if dtype is not None:
            A = A.to(dtype)
        return A.norm(2, dim, keepdim) if dim is not None else A.norm(2, None, keepdim)
    if isinstance(ord, str) or (dim is not None and len(dim) == 2) or (dim is None and A.dim() == 2):
        if dim is None:
            dim = (-2, -1)
        return matrix_norm(A, ord, dim, keepdim, dtype=dtype)
    return vector_norm(A, ord, dim, keepdim, dtype=dtype)


def vecdot(x, y, *, dim=-1):
    return (x * y).sum(dim)


def matmul(input, other):
    return input.matmul(other)


def det(A):
    import numpy as np

    if A.requires_grad:
        from . import _linalg_grad

        return _linalg_grad.det(A)
    return _core.tensor(np.linalg.det(A.numpy(True)), A.dtype, False, A._tag)


def inv(A):
    import numpy as np

    if A.requires_grad:
        from . import _linalg_grad

        return _linalg_grad.inv(A)
    try:
        return _core.tensor(np.linalg.inv(A.numpy(True)), A.dtype, False, A._tag)
    except np.linalg.LinAlgError:
        from ._linalg_factor import singular_inv_error

        raise singular_inv_error(A.numpy(True)) from None


def solve(A, B, *, left=True, out=None):
    """Solves A X = B (left=True) or X A = B (numpy; no autograd yet, like inv/det here)."""
    import numpy as np

    if A.requires_grad or B.requires_grad:
        from . import _linalg_grad

        return _linalg_grad.solve(A, B, left=left)
    if A.dim() < 2 or A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.solve: A must be batches of square matrices, but they are {A.shape[-2]} by "
                           f"{A.shape[-1]} matrices")
    if not left:
        return solve(A.transpose(-2, -1), B.transpose(-2, -1)).transpose(-2, -1)
    vec = B.dim() == 1 or (B.dim() == A.dim() - 1 and tuple(B.shape) == tuple(A.shape[:-1]))
    a, b = A.numpy(True), B.numpy(True)
    try:
        r = np.linalg.solve(a, b[..., None] if vec else b)
    except np.linalg.LinAlgError:
        from ._linalg_factor import LinAlgError

        raise LinAlgError("torch.linalg.solve: The solver failed because the input matrix is singular.") from None
    if vec:
        r = r[..., 0]
    return _core.tensor(r.astype(a.dtype), A.dtype, False, A._tag)


def cross(input, other, *, dim=-1, out=None):
    """torch.linalg.cross: like torch.cross but dim defaults to -1 (and shapes broadcast)."""
    from ._composite import cross as _cross

    if input.shape[dim] != 3 or other.shape[dim] != 3:
        raise RuntimeError(f"linalg.cross: inputs dimension {dim} must have length 3. Got {input.shape[dim]} and "
                           f"{other.shape[dim]}")
    if tuple(input.shape) != tuple(other.shape):
        shape = _core.broadcast_shapes(tuple(input.shape), tuple(other.shape)) if hasattr(_core, "broadcast_shapes") \
            else (input + other).shape
        input, other = input.expand(*shape), other.expand(*shape)
    return _cross(input, other, dim % input.dim())


def _ret(name, fields):
    from . import _named_ret

    return _named_ret(name, fields)


_svd_ret = _ret("linalg_svd", ("U", "S", "Vh"))


def _np_in(A, op):
    if A.requires_grad and _core.is_grad_enabled():
        raise RuntimeError(f"ferrograd: linalg.{op} does not support autograd yet")
    return A.detach().numpy(True)


def svd(A, full_matrices=True, *, driver=None, out=None):
    """torch.linalg.svd (LAPACK gesdd through numpy; no autograd yet, like inv/det here)."""
    import numpy as np

    u, s, vh = np.linalg.svd(_np_in(A, "svd"), full_matrices=full_matrices)
    t = lambda a: _core.tensor(np.ascontiguousarray(a), A.dtype, False, A._tag)  # noqa: E731
    return _svd_ret(t(u), t(s), t(vh))


def svdvals(A, *, driver=None, out=None):
    import numpy as np

    s = np.linalg.svd(_np_in(A, "svdvals"), compute_uv=False)
    return _core.tensor(np.ascontiguousarray(s), A.dtype, False, A._tag)


_qr_ret = _ret("linalg_qr", ("Q", "R"))
_eigh_ret = _ret("linalg_eigh", ("eigenvalues", "eigenvectors"))
_slogdet_ret = _ret("linalg_slogdet", ("sign", "logabsdet"))
_lstsq_ret = _ret("linalg_lstsq", ("solution", "residuals", "rank", "singular_values"))


def _out(a, like, dtype=None):
    import numpy as np

    a = np.asarray(a)
    a = np.ascontiguousarray(a) if a.ndim else a.copy()
    return _core.tensor(a, like.dtype if dtype is None else dtype, False, like._tag)


def qr(A, mode="reduced", *, out=None):
    """torch.linalg.qr (LAPACK geqrf/orgqr through numpy; no autograd yet)."""
    import numpy as np

    if mode not in ("reduced", "complete", "r"):
        raise RuntimeError(f"qr received unrecognized mode '{mode}' but expected one of 'reduced' (default), "
                           "'r', or 'complete'")
    a = _np_in(A, "qr")
    q, r = np.linalg.qr(a, mode="complete" if mode == "complete" else "reduced")
    if mode == "r":
        return _qr_ret(_core.tensor([], A.dtype, False, A._tag), _out(r, A))
    return _qr_ret(_out(q, A), _out(r, A))


def eigh(A, UPLO="L", *, out=None):
    import numpy as np

    w, v = np.linalg.eigh(_np_in(A, "eigh"), UPLO=UPLO)
    return _eigh_ret(_out(w, A), _out(v, A))


def eigvalsh(A, UPLO="L", *, out=None):
    import numpy as np

    return _out(np.linalg.eigvalsh(_np_in(A, "eigvalsh"), UPLO=UPLO), A)


def cholesky(A, *, upper=False, out=None):
    import numpy as np

    if A.requires_grad and _core.is_grad_enabled():
        from . import _linalg_grad

        return _linalg_grad.cholesky(A, upper)
    a = _np_in(A, "cholesky")
    try:
        L = np.linalg.cholesky(a)
    except np.linalg.LinAlgError:
        k = 1
        if a.ndim == 2:
            while k < a.shape[-1]:
                try:
                    np.linalg.cholesky(a[:k, :k])
                except np.linalg.LinAlgError:
                    break
                k += 1
        from ._linalg_factor import LinAlgError

        raise LinAlgError("linalg.cholesky: The factorization could not be completed because the input is not "
                          f"positive-definite (the leading minor of order {k} is not positive-definite).") from None
    return _out(np.swapaxes(L, -1, -2).conj() if upper else L, A)


def pinv(A, *, atol=None, rtol=None, hermitian=False, out=None):
    import numpy as np

    if A.requires_grad and _core.is_grad_enabled() and atol is None and rtol is None and not hermitian:
        from . import _linalg_grad

        return _linalg_grad.pinv(A)
    a = _np_in(A, "pinv")
    if rtol is None and atol is None:
        rtol = max(a.shape[-2:]) * np.finfo(a.dtype).eps
    return _out(np.linalg.pinv(a, rcond=rtol or 0.0, hermitian=hermitian), A)


def slogdet(A, *, out=None):
    import numpy as np

    if A.requires_grad and _core.is_grad_enabled():
        from . import _linalg_grad

        return _slogdet_ret(*_linalg_grad.slogdet(A))
    s, l = np.linalg.slogdet(_np_in(A, "slogdet"))
    return _slogdet_ret(_out(s, A), _out(l, A))


def matrix_rank(A, *, atol=None, rtol=None, hermitian=False, out=None):
    import numpy as np

    from ._dtypes import int64

    a = _np_in(A, "matrix_rank")
    s = np.linalg.svd(a, compute_uv=False)
    tol = (max(a.shape[-2:]) * np.finfo(a.dtype).eps * s.max(axis=-1, initial=0.0)) if rtol is None and atol is None \
        else np.maximum(atol or 0.0, (rtol or 0.0) * s.max(axis=-1, initial=0.0))
    return _out((s > np.expand_dims(tol, -1)).sum(axis=-1).astype(np.int64), A, int64)


def multi_dot(tensors, *, out=None):
    if len(tensors) < 2:
        raise RuntimeError(f"multi_dot(): expected at least 2 tensors but got {len(tensors)}")
    r = tensors[0]
    for t in tensors[1:]:
        r = r.matmul(t)
    return r


def lstsq(A, B, rcond=None, *, driver=None):
    import numpy as np

    from ._dtypes import int64

    a, b = _np_in(A, "lstsq"), _np_in(B, "lstsq")
    x, res, rank, sv = np.linalg.lstsq(a, b, rcond=rcond)
    # torch's default CPU driver ('gelsy') returns empty residuals and singular values
    return _lstsq_ret(_out(x, A), _core.tensor([], A.dtype, False, A._tag), _out(np.asarray(rank), A, int64),
                      _core.tensor([], A.dtype, False, A._tag))


# session 4: matrix_exp, matrix_power, solve_triangular, lu_factor(_ex), lu, lu_solve, cholesky_ex, inv_ex,
# solve_ex, vander, diagonal, tensorinv, tensorsolve, cond
from ._linalg_factor import (  # noqa: E402,F401
    LinAlgError, cholesky_ex, cond, diagonal, inv_ex, lu, lu_factor, lu_factor_ex, lu_solve, matrix_exp, matrix_power,
    solve_ex, solve_triangular, tensorinv, tensorsolve, vander,
)

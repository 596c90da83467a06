"""torch.linalg: vector, matrix and combined norms (others as far as the core supports them)."""
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
    raise NotImplementedError(f"ferrograd: linalg.matrix_norm with ord={ord!r} is not supported")


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
        raise RuntimeError("ferrograd: linalg.det does not support autograd yet")
    return _core.tensor(np.linalg.det(A.numpy(True)), A.dtype, False, A._tag)


def inv(A):
    import numpy as np

    if A.requires_grad:
        raise RuntimeError("ferrograd: linalg.inv does not support autograd yet")
    return _core.tensor(np.linalg.inv(A.numpy(True)), A.dtype, False, A._tag)


def solve(A, B, *, left=True, out=None):
    """Solves A X = B (left=True) or X A = B (numpy; no autograd yet, like inv/det here)."""
    import numpy as np

    if A.requires_grad or B.requires_grad:
        raise RuntimeError("ferrograd: linalg.solve does not support autograd yet")
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
        raise RuntimeError("torch.linalg.solve: The solver failed because the input matrix is singular.") from None
    if vec:
        r = r[..., 0]
    return _core.tensor(r.astype(a.dtype), A.dtype, False, A._tag)

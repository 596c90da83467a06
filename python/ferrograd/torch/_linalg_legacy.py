# torch.* and Tensor linear algebra outside torch.linalg: logdet, slogdet, pinverse, matrix_exp,
# cholesky_inverse/solve, triangular_solve, lu/lu_unpack/lu_solve (LAPACK getrf order), frobenius/nuclear norm,
# and the errors of functions torch removed (torch.qr, torch.solve, ...).
import builtins as _b

from .. import _core
from ._nodes import _node
from ._common import TAG, _la, _needs_grad, _np, _out, _t, _tt, _warn_once


def logdet(input):
    if _needs_grad(input):
        from . import _linalg_grad

        return _linalg_grad.logdet(input)
    s, l = _la().slogdet(input)
    np = _np()
    a = l.numpy(True)
    sg = s.numpy(True)
    out = np.where(sg < 0, np.nan, np.where(sg == 0, -np.inf, a)).astype(a.dtype)
    return _t(out, input.dtype)


def slogdet(input):
    s, l = _la().slogdet(input)
    return _tt().return_types.slogdet(s, l)


def pinverse(input, rcond=1e-15):
    if _needs_grad(input):
        from . import _linalg_grad

        return _linalg_grad.pinv(input)
    return _la().pinv(input, rtol=rcond)


def matrix_exp(input):
    np = _np()
    if input.dim() < 2 or input.shape[-1] != input.shape[-2]:
        raise RuntimeError(f"linalg.matrix_exp: A must be batches of square matrices, but they are "
                           f"{input.shape[-2] if input.dim() >= 2 else 1} by {input.shape[-1]} matrices")
    a = input.detach().numpy(True).astype(np.float64)
    r = _expm64(a).astype(input.numpy(True).dtype)
    out = _t(r, input.dtype)
    if _needs_grad(input):
        def back(g):
            # d/dA <G, exp(A)> = exp of the block matrix [[A^T, G], [0, A^T]] (upper-right block)
            n = input.shape[-1]
            At = input.transpose(-2, -1).detach()
            z = _core.full_like(At, 0.0)
            big = _core.cat([_core.cat([At, g], -1), _core.cat([z, At], -1)], -2)
            e = _expm64(big.detach().numpy(True).astype(np.float64))
            return [_t(e[..., :n, n:].astype(r.dtype), input.dtype)]

        out = _node("LinalgMatrixExpBackward0", [input], out, back)
    return out


def _expm64(a):
    np = _np()
    norm = np.abs(a).sum(-2).max() if a.size else 0.0
    s = _b.max(0, _b.int(np.ceil(np.log2(norm))) + 1) if norm > 0.5 else 0
    x = a / (2.0 ** s)
    n = a.shape[-1]
    eye = np.broadcast_to(np.eye(n), a.shape)
    term = eye.copy()
    acc = eye.copy()
    for k in range(1, 30):
        term = term @ x / k
        acc = acc + term
    for _ in range(s):
        acc = acc @ acc
    return acc


def _svd_method(input, some=True, compute_uv=True):
    u, s, vh = _la().svd(input, full_matrices=not some)
    v = vh.transpose(-2, -1).contiguous()
    if not compute_uv:
        u, v = _core.full_like(u, 0.0), _core.full_like(v, 0.0)
    return _tt().return_types.svd(u, s, v)


def cholesky_inverse(input, upper=False):
    if _needs_grad(input):
        from . import _linalg_grad

        return _linalg_grad.cholesky_inverse(input, upper)
    L = input
    A = L.transpose(-2, -1).matmul(L) if upper else L.matmul(L.transpose(-2, -1))
    return _la().inv(A)


def cholesky_solve(input, input2, upper=False):
    if _needs_grad(input, input2):
        from . import _linalg_grad

        return _linalg_grad.cholesky_solve(input, input2, upper)
    L = input2
    A = L.transpose(-2, -1).matmul(L) if upper else L.matmul(L.transpose(-2, -1))
    return _la().solve(A, input)


_REMOVED = {
    "lstsq": "This function was deprecated since version 1.9 and is now removed. `torch.lstsq` is deprecated in "
             "favor of `torch.linalg.lstsq`.\n`torch.linalg.lstsq` has reversed arguments and does not return the QR "
             "decomposition in the returned tuple (although it returns other information about the problem).\n\nTo "
             "get the QR decomposition consider using `torch.linalg.qr`.\n\nThe returned solution in `torch.lstsq` "
             "stored the residuals of the solution in the last m - n columns of the returned value whenever m > n. "
             "In torch.linalg.lstsq, the residuals are in the field 'residuals' of the returned named tuple.\n\nThe "
             "unpacking of the solution, as in\nX, _ = torch.lstsq(B, A).solution[:A.size(1)]\nshould be replaced "
             "with:\nX = torch.linalg.lstsq(A, B).solution",
    "solve": "This function was deprecated since version 1.9 and is now removed. `torch.solve` is deprecated in "
             "favor of `torch.linalg.solve`. `torch.linalg.solve` has its arguments reversed and does not return "
             "the LU factorization.\n\nTo get the LU factorization see `torch.lu`, which can be used with "
             "`torch.lu_solve` or `torch.lu_unpack`.\nX = torch.solve(B, A).solution should be replaced with:\nX = "
             "torch.linalg.solve(A, B)",
    "qr": "This function was deprecated since version 1.9 and is now removed. `torch.qr` is deprecated in favor of "
          "`torch.linalg.qr` and the boolean parameter `some` has been replaced with a string parameter `mode`.\n\n"
          "Q, R = torch.qr(A) should be replaced with:\nQ, R = torch.linalg.qr(A, mode='reduced')\n\nand\n\nQ, R = "
          "torch.qr(A, some=False) should be replaced with:\nQ, R = torch.linalg.qr(A, mode='complete')\n\n",
    "cholesky": "This function was deprecated since version 1.9 and is now removed. `torch.cholesky` is deprecated "
                "in favor of `torch.linalg.cholesky`.\nL = torch.cholesky(A) should be replaced with:\nL = "
                "torch.linalg.cholesky(A)\nU = torch.cholesky(A, upper=True) should be replaced with:\nU = "
                "torch.linalg.cholesky(A).mH",
    "matrix_rank": "This function was deprecated since version 1.9 and is now removed.\nPlease use the "
                   "`torch.linalg.matrix_rank` function instead. The parameter 'symmetric' was renamed in "
                   "`torch.linalg.matrix_rank()` to 'hermitian'.",
    "symeig": "This function was deprecated since version 1.9 and is now removed. The default behavior has "
              "changed from using the upper triangular portion of the matrix by default to using the lower "
              "triangular portion.\n\nL, _ = torch.symeig(A, upper=upper) should be replaced with:\nL = "
              "torch.linalg.eigvalsh(A, UPLO='U' if upper else 'L')\n\nand\n\nL, V = torch.symeig(A, "
              "eigenvectors=True) should be replaced with:\nL, V = torch.linalg.eigh(A, UPLO='U' if upper else 'L')",
    "eig": "This function was deprecated since version 1.9 and is now removed. `torch.linalg.eig` returns complex "
           "tensors of dtype `cfloat` or `cdouble` rather than real tensors mimicking complex tensors.\n\nL, _ = "
           "torch.eig(A) should be replaced with:\nL_complex = torch.linalg.eigvals(A)\n\nand\n\nL, V = "
           "torch.eig(A, eigenvectors=True) should be replaced with:\nL_complex, V_complex = torch.linalg.eig(A)",
}


def _removed(name):
    def f(*a, **k):
        if name == "qr":
            some = k.get("some", a[1] if len(a) > 1 else True)
            raise RuntimeError(_REMOVED[name] + ("Since `some` was set to True, use mode='reduced'." if some else
                                                 "Since `some` was set to False, use mode='complete'."))
        raise RuntimeError(_REMOVED[name])

    f.__name__ = name
    return f


_MISSING = object()


def frobenius_norm(input, dim=_MISSING, keepdim=False):
    if dim is _MISSING:
        raise TypeError('frobenius_norm() missing 1 required positional arguments: "dim"')
    return (input * input).sum(list(dim), keepdim).sqrt()


_NUC_WARNED = [False]


def nuclear_norm(input, dim=None, keepdim=False):
    if not _NUC_WARNED[0]:
        _NUC_WARNED[0] = True
        import warnings

        warnings.warn("at::nuclear_norm is deprecated and it is just left for JIT compatibility. It will be removed "
                      "in a future PyTorch release. Please use `linalg.matrix_norm(A, 'nuc', dim, keepdim)` instead "
                      "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:3296.)",
                      UserWarning, stacklevel=2)
    return _la().matrix_norm(input, "nuc", (-2, -1) if dim is None else dim, keepdim)


def triangular_solve(b, A, upper=True, transpose=False, unitriangular=False):
    _warn_once("torch.triangular_solve is deprecated in favor of torch.linalg.solve_triangularand will be removed "
                  "in a future PyTorch release.\ntorch.linalg.solve_triangular has its arguments reversed and does "
                  "not return a copy of one of the inputs.\nX = torch.triangular_solve(B, A).solution\nshould be "
                  "replaced with\nX = torch.linalg.solve_triangular(A, B).")
    from ._composite import tril, triu

    M = triu(A) if upper else tril(A)
    if unitriangular:
        n = A.shape[-1]
        eye = _core.eye(n, n, A.dtype, False, TAG)
        M = M * (1 - eye) + eye
    if transpose:
        M = M.transpose(-2, -1)
    x = _la().solve(M, b)
    return _tt().return_types.triangular_solve(x, A.clone())


def _getrf(a):
    # LAPACK getf2 (partial pivoting, unit lower L) in a's precision: (LU, 1-based pivots, info).
    np = _np()
    a = a.copy()
    m, n = a.shape
    k = _b.min(m, n)
    piv = np.zeros(k, dtype=np.int32)
    info = 0
    for j in range(k):
        p = j + _b.int(np.argmax(np.abs(a[j:, j])))
        piv[j] = p + 1
        if a[p, j] != 0:
            if p != j:
                a[[j, p], :] = a[[p, j], :]
            a[j + 1:, j] = a[j + 1:, j] * (a.dtype.type(1) / a[j, j])
        elif info == 0:
            info = j + 1
        if j + 1 < k or j + 1 < n:
            a[j + 1:, j + 1:] -= np.outer(a[j + 1:, j], a[j, j + 1:]).astype(a.dtype)
    return a, piv, info


def lu(A, pivot=True, get_infos=False, out=None):
    np = _np()
    tt = _tt()
    _warn_once("torch.lu is deprecated in favor of torch.linalg.lu_factor / torch.linalg.lu_factor_ex and will be "
             "removed in a future PyTorch release.\nLU, pivots = torch.lu(A, compute_pivots)\nshould be replaced "
             "with\nLU, pivots = torch.linalg.lu_factor(A, compute_pivots)\nand\nLU, pivots, info = torch.lu(A, "
             "compute_pivots, get_infos=True)\nshould be replaced with\nLU, pivots, info = "
             "torch.linalg.lu_factor_ex(A, compute_pivots)")
    a = A.detach().numpy(True)
    batch = a.shape[:-2]
    flat = a.reshape((-1,) + a.shape[-2:])
    res = [_getrf(m) for m in flat]
    LU = np.stack([r[0] for r in res]).reshape(a.shape) if res else a.copy()
    piv = np.stack([r[1] for r in res]).reshape(batch + (_b.min(a.shape[-2:]),)) if res else np.zeros(0, np.int32)
    info = np.array([r[2] for r in res], dtype=np.int32).reshape(batch)
    out_lu, out_piv = _t(np.ascontiguousarray(LU), A.dtype), _t(np.ascontiguousarray(piv), tt.int32)
    if get_infos:
        return tt.return_types._lu_with_info(out_lu, out_piv, _t(info, tt.int32))
    return (out_lu, out_piv)


def _perm_of(piv, m):
    perm = list(range(m))
    for i, p in enumerate(piv):
        p = _b.int(p) - 1
        perm[i], perm[p] = perm[p], perm[i]
    return perm


def _lu_solve_method(self, LU_data, LU_pivots):
    return lu_solve(self, LU_data, LU_pivots)


def lu_unpack(LU_data, LU_pivots, unpack_data=True, unpack_pivots=True):
    np = _np()
    tt = _tt()
    a = LU_data.detach().numpy(True)
    m, n = a.shape[-2:]
    k = _b.min(m, n)
    L = np.tril(a[..., :, :k], -1) + np.eye(m, k, dtype=a.dtype)
    U = np.triu(a[..., :k, :])
    piv = LU_pivots.numpy(True).reshape((-1, k))
    Ps = []
    for row in piv:
        perm = _perm_of(row, m)
        P = np.zeros((m, m), dtype=a.dtype)
        P[perm, np.arange(m)] = 1  # A = P L U: row i of L U is row perm[i] of A
        Ps.append(P)
    P = np.stack(Ps).reshape(a.shape[:-2] + (m, m))
    return tt.return_types.lu_unpack(_t(np.ascontiguousarray(P), LU_data.dtype),
                                     _t(np.ascontiguousarray(L), LU_data.dtype),
                                     _t(np.ascontiguousarray(U), LU_data.dtype))


def lu_solve(b, LU_data, LU_pivots, *, out=None):
    np = _np()
    _warn_once("torch.lu_solve is deprecated in favor of torch.linalg.lu_solveand will be removed in a future PyTorch "
             "release.\nNote that torch.linalg.lu_solve has its arguments reversed.\nX = torch.lu_solve(B, LU, "
             "pivots)\nshould be replaced with\nX = torch.linalg.lu_solve(LU, pivots, B)")
    lu_a = LU_data.detach().numpy(True)
    B = np.broadcast_to(b.detach().numpy(True), lu_a.shape[:-2] + b.shape[-2:]).astype(lu_a.dtype)
    n = lu_a.shape[-1]
    piv = LU_pivots.numpy(True).reshape((-1, n))
    outs = []
    for A, bb, pv in zip(lu_a.reshape((-1, n, n)), B.reshape((-1,) + B.shape[-2:]), piv):
        x = bb.copy()
        for i, p in enumerate(pv):  # getrs: row interchanges, then L (unit) and U solves (reference BLAS order)
            p = _b.int(p) - 1
            if p != i:
                x[[i, p], :] = x[[p, i], :]
        for kk in range(n):
            x[kk + 1:, :] -= np.outer(A[kk + 1:, kk], x[kk, :]).astype(x.dtype)
        for kk in range(n - 1, -1, -1):
            x[kk, :] = x[kk, :] / A[kk, kk]
            x[:kk, :] -= np.outer(A[:kk, kk], x[kk, :]).astype(x.dtype)
        outs.append(x)
    r = np.stack(outs).reshape(B.shape)
    return _out(_t(np.ascontiguousarray(r), LU_data.dtype), out)


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


def inverse(input):
    from . import linalg

    return linalg.inv(input)


def det(input):
    from . import linalg

    return linalg.det(input)


def _norm_nuc_dtype(input, p, dim, keepdim, dtype):
    # torch.norm / Tensor.norm with p='nuc' (linalg.matrix_norm over two dims) or a dtype to compute in.
    if dtype is not None:
        input = input.to(dtype)
    if p != "nuc":
        return input.norm(p, dim, keepdim)
    d = tuple(_b.range(input.dim())) if dim is None else (dim,) if isinstance(dim, int) else tuple(dim)
    if len(d) != 2:
        raise RuntimeError(f"linalg.matrix_norm: dim must be a 2-tuple. Got {' '.join(map(str, d))}")
    return _la().matrix_norm(input, "nuc", d, keepdim)

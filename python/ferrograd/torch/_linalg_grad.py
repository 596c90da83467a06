# Differentiable linear algebra for torch.linalg / torch.* when an input requires grad: inv, det, slogdet,
# solve, cholesky and pinv.  Forward values come from numpy (as in linalg.py); each result gets a node with
# torch's name whose backward is built from differentiable tensor ops (these same functions), so double
# backward works.  numpy is imported lazily.
from .. import _core

TAG = 0
_T = _core.Tensor
from ._nodes import _node, _node_classes  # noqa: F401


def needs_grad(*ts):
    return _core.is_grad_enabled() and any(isinstance(t, _T) and t.requires_grad for t in ts)


def _np_of(t):
    return t.detach().numpy(True)


def _out(arr, like):
    import numpy as np

    a = np.asarray(arr)
    a = np.ascontiguousarray(a) if a.ndim else a.copy()
    return _core.tensor(a.astype(_np_of(like).dtype), like.dtype, False, like._tag)


def _mT(x):
    return x.transpose(-2, -1)


def _square(A, op):
    if A.dim() < 2 or A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.{op}: A must be batches of square matrices, but they are "
                           f"{A.shape[-2] if A.dim() >= 2 else 1} by {A.shape[-1]} matrices")


def inv(A):
    import numpy as np

    _square(A, "inv")
    try:
        r = _out(np.linalg.inv(_np_of(A)), A)
    except np.linalg.LinAlgError:
        from ._linalg_factor import singular_inv_error

        raise singular_inv_error(_np_of(A)) from None
    if needs_grad(A):
        def back(g):
            Ai = _mT(inv(A))
            return [-(Ai.matmul(g).matmul(Ai))]

        r = _node("LinalgInvExBackward0", [A], r, back)
    return r


def _bcast(v):
    return v.unsqueeze(-1).unsqueeze(-1)


def det(A):
    import numpy as np

    _square(A, "det")
    r = _out(np.linalg.det(_np_of(A)), A)
    if needs_grad(A):
        def back(g):
            # torch: solve(A^H, (g det A) I)
            n = A.shape[-1]
            eye = _core.eye(n, n, A.dtype, False, A._tag)
            return [solve(_mT(A), _bcast(g * det(A)) * eye)]

        r = _node("LinalgDetBackward0", [A], r, back)
    return r


def slogdet(A):
    """(sign, logabsdet); only logabsdet carries a gradient, as in torch."""
    import numpy as np

    _square(A, "slogdet")
    s, l = np.linalg.slogdet(_np_of(A))
    sign, logabs = _out(s, A), _out(l, A)
    if needs_grad(A):
        logabs = _node("LinalgSlogdetBackward0", [A], logabs, lambda g: [_bcast(g) * _mT(inv(A))])
        sign = _node("LinalgSlogdetBackward0", [A], sign, lambda g: [None])  # the sign has no gradient
    return sign, logabs


def logdet(A):
    sign, logabs = slogdet(A)
    nan = _core.full_like(logabs, float("nan"))
    return _core.where_(sign < 0, nan, logabs)._named("WhereBackward0") if needs_grad(A) else \
        _core.where_(sign < 0, nan, logabs)


def solve(A, B, left=True):
    import numpy as np

    _square(A, "solve")
    if not left:
        return _mT(solve(_mT(A), _mT(B)))
    vec = B.dim() == 1 or (B.dim() == A.dim() - 1 and tuple(B.shape) == tuple(A.shape[:-1]))
    a, b = _np_of(A), _np_of(B)
    try:
        x = np.linalg.solve(a, b[..., None] if vec else b)
    except np.linalg.LinAlgError:
        from ._linalg_factor import LinAlgError

        raise LinAlgError("torch.linalg.solve: The solver failed because the input matrix is singular.") from None
    r = _out(x[..., 0] if vec else x, A)
    if needs_grad(A, B):
        def back(g):
            gB = solve(_mT(A), g)
            X = solve(A, B)
            if vec:
                gA = -(gB.unsqueeze(-1) * X.unsqueeze(-2))
            else:
                gA = -(gB.matmul(_mT(X)))
            return [gA, gB]

        r = _node("LinalgSolveExBackward0", [A, B], r, back)
    return r


def cholesky(A, upper=False):
    import numpy as np

    from ._composite import tril

    _square(A, "cholesky")
    try:
        L = np.linalg.cholesky(_np_of(A))
    except np.linalg.LinAlgError:
        from . import linalg

        linalg.cholesky(A.detach())  # raises torch's message (the leading minor that is not positive-definite)
        raise
    Lt = _out(np.swapaxes(L, -1, -2) if upper else L, A)
    if needs_grad(A):
        def back(g):
            # torch's cholesky_backward: L^{-H} sym(tril(L^H gL)) L^{-1}, sym(X) = (X + tril(X, -1)^H) / 2
            Lc = cholesky(A)
            gL = _mT(g) if upper else g
            gA = tril(_mT(Lc).matmul(gL))
            gA = 0.5 * (gA + _mT(tril(gA, -1)))
            Li = inv(Lc)
            return [_mT(Li).matmul(gA).matmul(Li)]

        Lt = _node("LinalgCholeskyExBackward0", [A], Lt, back)
    return Lt


def pinv(A):
    """numpy's SVD pseudo-inverse; torch's pinv_backward for the gradient."""
    import numpy as np

    a = _np_of(A)
    r = _out(np.linalg.pinv(a, rcond=max(a.shape[-2:]) * np.finfo(a.dtype).eps), A)
    if needs_grad(A):
        def back(grad):
            m, n = A.shape[-2], A.shape[-1]
            P = pinv(A)
            Ph, gh = _mT(P), _mT(grad)
            if m <= n:
                K = gh.matmul(P)
                KPh = K.matmul(Ph)
                return [-_mT(P.matmul(K)) + KPh - A.matmul(P).matmul(KPh) + Ph.matmul(P).matmul(gh - K.matmul(A))]
            K = P.matmul(gh)
            PhK = Ph.matmul(K)
            return [-_mT(K.matmul(P)) + (gh - A.matmul(K)).matmul(P).matmul(Ph) + PhK - PhK.matmul(P).matmul(A)]

        r = _node("LinalgPinvBackward0", [A], r, back)
    return r


def cholesky_inverse(L, upper=False):
    A = _mT(L).matmul(L) if upper else L.matmul(_mT(L))
    return inv(A)._named("CholeskyInverseBackward0")


def cholesky_solve(B, L, upper=False):
    A = _mT(L).matmul(L) if upper else L.matmul(_mT(L))
    return solve(A, B)._named("CholeskySolveBackward0")

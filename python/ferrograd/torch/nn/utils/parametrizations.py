# torch.nn.utils.parametrizations: weight_norm, spectral_norm and orthogonal as parametrizations.
from . import parametrize
from .spectral_norm import _is_conv_transpose
from .weight_norm import _weight_norm, norm_except_dim as _norm_except_dim
from ..modules.module import Module


def _torch():
    from .... import torch

    return torch


class _WeightNorm(Module):
    def __init__(self, dim=0):
        super().__init__()
        if dim is None:
            dim = -1
        self.dim = dim

    def forward(self, weight_g, weight_v):
        return _weight_norm(weight_v, weight_g, self.dim)

    def right_inverse(self, weight):
        weight_g = _norm_except_dim(weight, 2, self.dim)
        weight_v = weight
        return weight_g, weight_v


def weight_norm(module, name="weight", dim=0):
    _wn = _WeightNorm(dim)
    parametrize.register_parametrization(module, name, _wn, unsafe=True)
    return module


def _normalize(x, eps):
    return x / x.norm(2, 0, True).clamp_min(eps)


class _SpectralNorm(Module):
    def __init__(self, weight, n_power_iterations=1, dim=0, eps=1e-12):
        super().__init__()
        torch = _torch()
        ndim = weight.dim()
        if dim >= ndim or dim < -ndim:
            raise IndexError("Dimension out of range (expected to be in range of "
                             f"[-{ndim}, {ndim - 1}] but got {dim})")
        if n_power_iterations <= 0:
            raise ValueError("Expected n_power_iterations to be positive, but "
                             f"got n_power_iterations={n_power_iterations}")
        self.dim = dim if dim >= 0 else dim + ndim
        self.eps = eps
        if ndim > 1:
            self.n_power_iterations = n_power_iterations
            with torch.no_grad():
                weight_mat = self._reshape_weight_to_matrix(weight.detach())
                h, w = tuple(weight_mat.shape)
                u = torch.empty(h, dtype=weight.dtype).normal_(0, 1)
                v = torch.empty(w, dtype=weight.dtype).normal_(0, 1)
            self.register_buffer("_u", _normalize(u, self.eps))
            self.register_buffer("_v", _normalize(v, self.eps))
            self._power_method(weight_mat, 15)

    def _reshape_weight_to_matrix(self, weight):
        if self.dim != 0:
            weight = weight.permute(self.dim, *(d for d in range(weight.dim()) if d != self.dim))
        return weight.flatten(1)

    def _power_method(self, weight_mat, n_power_iterations):
        torch = _torch()
        with torch.no_grad():
            wm = weight_mat.detach()
            for _ in range(n_power_iterations):
                self._u.copy_(_normalize(wm.mv(self._v), self.eps))
                self._v.copy_(_normalize(wm.t().mv(self._u), self.eps))

    def forward(self, weight):
        if weight.dim() == 1:
            return _normalize(weight, self.eps)
        weight_mat = self._reshape_weight_to_matrix(weight)
        if self.training:
            self._power_method(weight_mat, self.n_power_iterations)
        u = self._u.clone()
        v = self._v.clone()
        sigma = u.dot(weight_mat.mv(v))
        return weight / sigma

    def right_inverse(self, value):
        return value


def spectral_norm(module, name="weight", n_power_iterations=1, eps=1e-12, dim=None):
    torch = _torch()
    weight = getattr(module, name, None)
    if not isinstance(weight, torch.Tensor):
        raise ValueError(f"Module '{module}' has no parameter or buffer with name '{name}'")
    if dim is None:
        dim = 1 if _is_conv_transpose(module) else 0
    parametrize.register_parametrization(module, name, _SpectralNorm(weight, n_power_iterations, dim, eps))
    return module


class _Orthogonal(Module):
    # orthogonal_map="matrix_exp"/"cayley" with use_trivialization=True (householder is not supported).

    def __init__(self, weight, orthogonal_map, *, use_trivialization=True):
        super().__init__()
        self.shape = tuple(weight.shape)
        self.orthogonal_map = orthogonal_map
        if use_trivialization:
            self.register_buffer("base", None)

    def forward(self, X):
        torch = _torch()
        n, k = X.size(-2), X.size(-1)
        transposed = n < k
        if transposed:
            X = X.transpose(-2, -1)
            n, k = k, n
        if self.orthogonal_map in ("matrix_exp", "cayley"):
            X = X.tril()
            if n != k:
                X = torch.cat([X, X.new_zeros(n, n - k).expand(*(tuple(X.shape[:-2]) + (-1, -1)))], dim=-1)
            A = X - X.transpose(-2, -1)
            if self.orthogonal_map == "matrix_exp":
                Q = _matrix_exp(A)
            else:
                Id = torch.eye(n, dtype=A.dtype)
                Q = torch.linalg.solve(Id - A * 0.5, Id + A * 0.5)
            if n != k:
                Q = Q[..., :k]
        else:
            raise NotImplementedError("ferrograd: orthogonal_map='householder' is not implemented")
        if hasattr(self, "base") and self.base is not None:
            Q = self.base @ Q
        if transposed:
            Q = Q.transpose(-2, -1)
        return Q

    def right_inverse(self, Q):
        torch = _torch()
        if tuple(Q.shape) != self.shape:
            raise ValueError(f"Expected a matrix or batch of matrices of shape {self.shape}. "
                             f"Got a tensor of shape {tuple(Q.shape)}.")
        Q_init = Q
        n, k = Q.size(-2), Q.size(-1)
        transpose = n < k
        if transpose:
            Q = Q.transpose(-2, -1)
            n, k = k, n
        if not hasattr(self, "base"):
            raise NotImplementedError("It is not possible to assign to the matrix exponential "
                                      "or the Cayley parametrizations when use_trivialization=False.")
        import numpy as np

        if n == k:
            if _is_orthogonal(Q):
                base = Q.detach().clone()
            else:
                base = _make_orthogonal(Q.detach())
        else:
            N = torch.randn(*(tuple(Q.shape[:-2]) + (n, n - k)), dtype=Q.dtype)
            base = _make_orthogonal(torch.cat([Q.detach(), N], dim=-1))
        self.base = base
        eye = np.zeros(tuple(Q_init.shape), dtype=Q_init.detach().numpy(True).dtype)
        m = min(eye.shape[-2:])
        idx = np.arange(m)
        eye[..., idx, idx] = -1.0
        return torch.tensor(eye, dtype=Q_init.dtype)


def _is_orthogonal(Q, eps=None):
    torch = _torch()
    n, k = Q.size(-2), Q.size(-1)
    Id = torch.eye(k, dtype=Q.dtype)
    eps = 10 * n * torch.finfo(Q.dtype).eps
    return torch.allclose(Q.transpose(-2, -1) @ Q, Id, atol=eps)


def _make_orthogonal(A):
    # geqrf + householder_product with the sign of diag(R): Q of the QR factorisation with a positive
    # diagonal of R (computed with numpy's LAPACK QR).
    import numpy as np

    torch = _torch()
    a = A.detach().numpy(True)
    q, r = np.linalg.qr(a)
    d = np.sign(np.diagonal(r, axis1=-2, axis2=-1))
    q = (q * d[..., None, :]).astype(a.dtype)
    return torch.tensor(np.ascontiguousarray(q), dtype=A.dtype)


def _matrix_exp(A):
    torch = _torch()
    fn = getattr(torch.linalg, "matrix_exp", None)
    if fn is not None:
        return fn(A)
    # scaling and squaring with a Taylor series (differentiable composition)
    import math

    nrm = float(A.detach().abs().sum(-1).max()) if A.numel() else 0.0
    s = max(0, int(math.ceil(math.log2(nrm))) + 1) if nrm > 0.5 else 0
    As = A / (2 ** s)
    n = A.size(-1)
    Id = torch.eye(n, dtype=A.dtype).expand_as(A)
    term = Id
    out = Id
    for k in range(1, 18):
        term = (term @ As) / k
        out = out + term
    for _ in range(s):
        out = out @ out
    return out


def orthogonal(module, name="weight", orthogonal_map=None, *, use_trivialization=True):
    torch = _torch()
    weight = getattr(module, name, None)
    if not isinstance(weight, torch.Tensor):
        raise ValueError(f"Module '{module}' has no parameter or buffer with name '{name}'")
    if weight.dim() < 2:
        raise ValueError(f"Expected a matrix or batch of matrices. Got a tensor of {weight.dim()} dimensions.")
    if orthogonal_map is None:
        orthogonal_map = "matrix_exp" if weight.size(-2) == weight.size(-1) else "householder"
    if orthogonal_map not in ("matrix_exp", "cayley", "householder"):
        raise ValueError('orthogonal_map has to be one of "matrix_exp", "cayley", "householder". '
                         f"Got: {orthogonal_map}")
    if orthogonal_map == "householder":
        raise NotImplementedError("ferrograd: orthogonal_map='householder' is not implemented")
    orth_enum = orthogonal_map
    orth = _Orthogonal(weight, orth_enum, use_trivialization=use_trivialization)
    parametrize.register_parametrization(module, name, orth, unsafe=True)
    return module

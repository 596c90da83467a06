# MindSpore's CPU LayerNorm arithmetic: per row, sum and sum of squares in double, mean and
# variance (E[x^2] - mean^2) in double then rounded to float32, y = (x - mean) / sqrtf(var + eps), then
# y * gamma + beta with two roundings (checked bit for bit against MindSpore 2.10: nn.LayerNorm with
# begin_norm_axis -1 and 1, random gamma/beta). The value replaces the core's formula; the gradient stays the
# core's (the difference is added as a constant).
from .._lazy import np


def ms_layer_norm(y_std, x, axes, eps, gamma=None, beta=None):
    """y_std: the differentiable result of the usual formula (with gamma/beta applied); returns a tensor with
    MindSpore's float32 value and y_std's gradient."""
    if x._dtype_name != "float32":
        return y_std
    from ._tensor import Tensor

    a = x.numpy(True)
    nd = a.ndim
    axes = tuple(sorted(ax % nd for ax in axes))
    lead = [i for i in range(nd) if i not in axes]
    perm = lead + list(axes)
    rows = np.transpose(a, perm).reshape(-1, int(np.prod([a.shape[i] for i in axes])))
    r64 = rows.astype(np.float64)
    n = rows.shape[1]
    mean64 = r64.sum(1, keepdims=True) / n
    var64 = (r64 * r64).sum(1, keepdims=True) / n - mean64 * mean64
    mean, var = mean64.astype(np.float32), var64.astype(np.float32)
    z = ((rows - mean).astype(np.float32) / np.sqrt((var + np.float32(eps)).astype(np.float32))).astype(np.float32)
    z = np.transpose(z.reshape([a.shape[i] for i in perm]), np.argsort(perm))
    if gamma is not None:
        z = (z * gamma.numpy(True)).astype(np.float32)
    if beta is not None:
        z = (z + beta.numpy(True)).astype(np.float32)
    exact = np.ascontiguousarray(z.astype(np.float32))
    if tuple(exact.shape) != tuple(y_std.shape):
        return y_std
    if not y_std.requires_grad:
        return Tensor(exact)
    delta = (exact - y_std.numpy(True)).astype(np.float32)
    return y_std + Tensor(delta)

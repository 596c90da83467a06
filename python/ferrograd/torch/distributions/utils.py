# torch.distributions.utils: broadcasting, probs/logits conversion and small tensor helpers.
from . import _clamp_probs as clamp_probs, _lazy as lazy_property, _torch  # noqa: F401
from . import broadcast_all, logits_to_probs, probs_to_logits  # noqa: F401


def _sum_rightmost(value, dim):
    if dim == 0:
        return value
    return value.reshape(*(tuple(value.shape[: value.dim() - dim]) + (-1,))).sum(-1)


def _diag(m):
    # m[..., i, i] (differentiable).
    torch = _torch()
    n = m.shape[-1]
    return (m * torch.eye(n, dtype=m.dtype)).sum(-1)


def _finfo(t):
    return _torch().finfo(t.dtype)

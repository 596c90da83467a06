# tf.clip_by_norm, tf.clip_by_global_norm, tf.linalg.global_norm.

from . import _ops
from ._tensor import _arg, _wrap, convert_to_tensor


def clip_by_norm(t, clip_norm, axes=None, name=None):
    t = _arg(t)
    l2sum = _ops.reduce_sum(t * t, axes, keepdims=True)
    pred = l2sum > 0
    l2sum_safe = _ops.where(pred, l2sum, _ops.ones_like(l2sum))
    l2norm = _ops.where(pred, _ops.sqrt(l2sum_safe), l2sum)
    intermediate = t * clip_norm
    return _ops.identity(intermediate / _ops.maximum(l2norm, clip_norm))


def global_norm(t_list, name=None):
    """tf.linalg.global_norm: sqrt(2 * sum(l2_loss(t)))."""
    ts = [t for t in t_list if t is not None]
    if not ts:
        return _ops.constant(0.0)
    half = _ops.reduce_sum(_ops.stack([_ops.l2_loss(t) for t in ts]))
    return _ops.sqrt(half * 2)


def clip_by_global_norm(t_list, clip_norm, use_norm=None, name=None):
    if not isinstance(t_list, (list, tuple)) or isinstance(t_list, str):
        raise TypeError("`t_list` should be a sequence of tensors. Received %s." % type(t_list))
    norm = global_norm(t_list) if use_norm is None else convert_to_tensor(use_norm)
    clip = _ops.cast(clip_norm, norm.dtype)
    scale = clip * _ops.minimum(1.0 / norm, _ops.ones_like(norm) / clip)
    out = [None if t is None else _ops.identity(_wrap(_arg(t)) * _ops.cast(scale, _wrap(_arg(t)).dtype))
           for t in t_list]
    return out, norm

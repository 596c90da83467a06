"""torch.nn.utils: gradient clipping and parameter/vector conversion."""
import math

from .... import _core


def _params(parameters):
    if isinstance(parameters, _core.Tensor):
        return [parameters]
    return list(parameters)


def _old_clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    grads = [p.grad for p in _params(parameters) if p.grad is not None]
    from ... import stack, tensor

    if not grads:
        return tensor(0.0)
    norm_type = float(norm_type)
    if norm_type == math.inf:
        total = stack([g.detach().abs().max() for g in grads]).max()
    else:
        total = stack([g.detach().norm(norm_type) for g in grads]).norm(norm_type)
    if error_if_nonfinite and not math.isfinite(total.item()):
        raise RuntimeError(
            f"The total norm of order {norm_type} for gradients from `parameters` is non-finite, so it cannot be clipped. "
            "To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`")
    clip_coef = float(max_norm) / (total.item() + 1e-6)
    if clip_coef < 1:
        for g in grads:
            g._assign(g.detach() * clip_coef)
    return total


def clip_grad_value_(parameters, clip_value, foreach=None):
    for p in _params(parameters):
        if p.grad is not None:
            p.grad._assign(p.grad.detach().clamp(-clip_value, clip_value))


def parameters_to_vector(parameters):
    from ... import cat

    return cat([p.reshape(-1) for p in parameters])


def vector_to_parameters(vec, parameters):
    pointer = 0
    for p in parameters:
        n = p.numel()
        p._assign(vec[pointer:pointer + n].reshape(*p.shape).detach())
        pointer += n


_EXTRA = ("clip_grad_norm", "clip_grads_with_norm_", "convert_conv2d_weight_memory_format",
          "convert_conv3d_weight_memory_format", "fuse_conv_bn_eval", "fuse_conv_bn_weights", "fuse_linear_bn_eval",
          "fuse_linear_bn_weights", "get_total_norm", "remove_spectral_norm", "remove_weight_norm", "skip_init",
          "spectral_norm", "weight_norm")


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    from ._extra import clip_grad_norm_ as _impl

    return _impl(parameters, max_norm, norm_type, error_if_nonfinite, foreach)


def __getattr__(name):
    if name in _EXTRA:
        from . import _extra

        value = getattr(_extra, name)
        globals()[name] = value
        return value
    if name in ("rnn", "prune", "parametrize", "parametrizations", "stateless", "clip_grad", "fusion"):
        import importlib

        return importlib.import_module("." + name, __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# torch.nn.utils: gradient clipping and parameter/vector conversion.
from .... import _core


def _params(parameters):
    if isinstance(parameters, _core.Tensor):
        return [parameters]
    return list(parameters)


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


_LAZY = {"clip_grad": "clip_grad_norm clip_grads_with_norm_ get_total_norm",
         "memory_format": "convert_conv2d_weight_memory_format convert_conv3d_weight_memory_format",
         "fusion": "fuse_conv_bn_eval fuse_conv_bn_weights fuse_linear_bn_eval fuse_linear_bn_weights",
         "init": "skip_init"}
_LAZY_NAMES = {n: m for m, names in _LAZY.items() for n in names.split()}


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    from .clip_grad import clip_grad_norm_ as _impl

    return _impl(parameters, max_norm, norm_type, error_if_nonfinite, foreach)


def __getattr__(name):
    import importlib

    if name in _LAZY_NAMES:
        value = getattr(importlib.import_module("." + _LAZY_NAMES[name], __name__), name)
        globals()[name] = value
        return value
    if name in ("rnn", "prune", "parametrize", "parametrizations", "stateless", "clip_grad", "fusion", "init",
                "memory_format"):
        return importlib.import_module("." + name, __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# the functions shadow their submodules' names, as in torch
from .spectral_norm import remove_spectral_norm, spectral_norm  # noqa: E402,F401
from .weight_norm import remove_weight_norm, weight_norm  # noqa: E402,F401

# torch.nn.utils.spectral_norm (the hook version).
from .... import _core
from ..modules.utils import _torch
from .weight_norm import _remove_hook


# ---------------------------------------------------------------- spectral norm (hook version)
def _normalize(x, eps):
    return x / x.norm(2, 0, True).clamp_min(eps)


class SpectralNorm:
    _version = 1

    def __init__(self, name="weight", n_power_iterations=1, dim=0, eps=1e-12):
        self.name = name
        self.dim = dim
        if n_power_iterations <= 0:
            raise ValueError("Expected n_power_iterations to be positive, but "
                             f"got n_power_iterations={n_power_iterations}")
        self.n_power_iterations = n_power_iterations
        self.eps = eps

    def reshape_weight_to_matrix(self, weight):
        weight_mat = weight
        if self.dim != 0:
            weight_mat = weight_mat.permute(self.dim, *[d for d in range(weight_mat.dim()) if d != self.dim])
        height = weight_mat.size(0)
        return weight_mat.reshape(height, -1)

    def compute_weight(self, module, do_power_iteration):
        weight = getattr(module, self.name + "_orig")
        u = getattr(module, self.name + "_u")
        v = getattr(module, self.name + "_v")
        weight_mat = self.reshape_weight_to_matrix(weight)
        if do_power_iteration:
            prev = _core.set_grad_enabled(False)
            try:
                wm = weight_mat.detach()
                for _ in range(self.n_power_iterations):
                    v.copy_(_normalize(wm.t().mv(u), self.eps))
                    u.copy_(_normalize(wm.mv(v), self.eps))
            finally:
                _core.set_grad_enabled(prev)
            u = u.clone()
            v = v.clone()
        sigma = u.dot(weight_mat.mv(v))
        return weight / sigma

    def remove(self, module):
        from ..parameter import Parameter

        prev = _core.set_grad_enabled(False)
        try:
            weight = self.compute_weight(module, do_power_iteration=False)
        finally:
            _core.set_grad_enabled(prev)
        delattr(module, self.name)
        delattr(module, self.name + "_u")
        delattr(module, self.name + "_v")
        delattr(module, self.name + "_orig")
        module.register_parameter(self.name, Parameter(weight.detach()))

    def __call__(self, module, inputs):
        setattr(module, self.name, self.compute_weight(module, do_power_iteration=module.training))

    @staticmethod
    def apply(module, name, n_power_iterations, dim, eps):
        torch = _torch()
        for hook in module._forward_pre_hooks.values():
            if isinstance(hook, SpectralNorm) and hook.name == name:
                raise RuntimeError(f"Cannot register two spectral_norm hooks on the same parameter {name}")
        fn = SpectralNorm(name, n_power_iterations, dim, eps)
        weight = module._parameters[name]
        prev = _core.set_grad_enabled(False)
        try:
            weight_mat = fn.reshape_weight_to_matrix(weight)
            h, w = tuple(weight_mat.shape)
            u = _normalize(torch.empty(h, dtype=weight.dtype).normal_(0, 1), fn.eps)
            v = _normalize(torch.empty(w, dtype=weight.dtype).normal_(0, 1), fn.eps)
        finally:
            _core.set_grad_enabled(prev)
        delattr(module, fn.name)
        module.register_parameter(fn.name + "_orig", weight)
        object.__setattr__(module, fn.name, weight.detach())
        module.register_buffer(fn.name + "_u", u)
        module.register_buffer(fn.name + "_v", v)
        module.register_forward_pre_hook(fn)
        module._register_state_dict_hook(_VersionHook(fn))
        return fn


class _VersionHook:
    # torch's SpectralNormStateDictHook: records the format version in the state_dict metadata.

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, module, state_dict, prefix, local_metadata):
        md = local_metadata.setdefault("spectral_norm", {})
        key = self.fn.name + ".version"
        if key in md:
            raise RuntimeError(f"Unexpected key in metadata['spectral_norm']: {key}")
        md[key] = self.fn._version


def _is_conv_transpose(module):
    return type(module).__name__ in ("ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d")


def spectral_norm(module, name="weight", n_power_iterations=1, eps=1e-12, dim=None):
    if dim is None:
        dim = 1 if _is_conv_transpose(module) else 0
    SpectralNorm.apply(module, name, n_power_iterations, dim, eps)
    return module


def remove_spectral_norm(module, name="weight"):
    _remove_hook(module, SpectralNorm, name, "spectral_norm")
    for k, hook in list(module._state_dict_hooks.items()):
        if isinstance(hook, _VersionHook) and hook.fn.name == name:
            del module._state_dict_hooks[k]
    return module

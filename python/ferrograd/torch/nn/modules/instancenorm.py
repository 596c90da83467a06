# InstanceNorm1d/2d/3d and instance_norm.
__all__ = ["InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d"]
from .... import _core
from ..parameter import Parameter
from .module import Module


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True,
                  momentum=0.1, eps=1e-5):
    N, C = input.shape[0], input.shape[1]
    dims = tuple(range(2, input.dim()))
    # ATen's CPU batch norm (instance norm runs through it): the mean summed in double and rounded,
    # squared deviations summed in double and rounded, divided by n in float, invstd in double and
    # rounded, then input * alpha + beta as one fused multiply-add
    mean = input.double().mean(dims, True).to(input.dtype)
    dev = input - mean
    n = 1
    for d in dims:
        n *= input.shape[d]
    var = ((dev * dev).double().sum(dims, True).to(input.dtype) / n).double()
    if running_mean is not None and use_input_stats:
        n = 1
        for d in dims:
            n *= input.shape[d]
        with_grad = _core.set_grad_enabled(False)
        try:
            m = mean.detach().reshape(N, C).mean(0)
            v = (var.detach() * (n / max(n - 1, 1))).reshape(N, C).mean(0)
            running_mean.copy_(running_mean * (1 - momentum) + m * momentum)
            running_var.copy_(running_var * (1 - momentum) + v * momentum)
        finally:
            _core.set_grad_enabled(with_grad)
    shape = [1, C] + [1] * len(dims)
    if not use_input_stats and running_mean is not None:
        mean, var = running_mean.reshape(*shape), running_var.reshape(*shape).double()
    invstd = (1.0 / (var + eps).sqrt()).to(input.dtype)
    alpha = invstd * weight.reshape(*shape) if weight is not None else invstd
    # bias - mean * alpha and input * alpha + beta are fused multiply-adds in the AVX2 kernel
    if bias is not None:
        beta = (bias.reshape(*shape).double() - mean.double() * alpha.double()).to(input.dtype)
    else:
        beta = -(mean * alpha)
    y = (input.double() * alpha.double() + beta.double()).to(input.dtype)
    return y._renamed("ViewBackward0")


class _InstanceNorm(Module):
    _dims = 2

    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=False, track_running_stats=False, device=None,
                 dtype=None, bias=True):
        super().__init__()
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.affine, self.track_running_stats = affine, track_running_stats
        self._bias = bias and affine
        if affine:
            self.weight = Parameter(_core.full([num_features], 1.0, dtype, False, 0))
            self.bias = Parameter(_core.full([num_features], 0.0, dtype, False, 0)) if bias else None
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)
        if track_running_stats:
            self.register_buffer("running_mean", _core.full([num_features], 0.0, dtype, False, 0))
            self.register_buffer("running_var", _core.full([num_features], 1.0, dtype, False, 0))
        else:
            self.register_buffer("running_mean", None)
            self.register_buffer("running_var", None)

    def forward(self, input):
        fd = input.dim() - self._dims
        if input.dim() > fd >= 0 and input.size(fd) != self.num_features:
            if self.affine:
                raise ValueError(f"expected input's size at dim={fd} to match num_features ({self.num_features}), "
                                 f"but got: {input.size(fd)}.")
            import warnings

            warnings.warn(f"input's size at dim={fd} does not match num_features. You can silence this warning by "
                          "not passing in num_features, which is not used because affine=False", stacklevel=2)
        unbatched = input.dim() == self._dims
        x = input.unsqueeze(0) if unbatched else input
        out = instance_norm(x, self.running_mean, self.running_var, self.weight, self.bias,
                            self.training or not self.track_running_stats, self.momentum, self.eps)
        return out.squeeze(0) if unbatched else out

    def extra_repr(self):
        return (f"{self.num_features}, eps={self.eps}, momentum={self.momentum}, affine={self.affine}, "
                f"bias={self._bias}, track_running_stats={self.track_running_stats}")


class InstanceNorm1d(_InstanceNorm):
    _dims = 2


class InstanceNorm2d(_InstanceNorm):
    _dims = 3


class InstanceNorm3d(_InstanceNorm):
    _dims = 4

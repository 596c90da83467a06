"""Conv1d and the 1-d pooling layers: the 2-d kernels on a height-1 image (as ATen does for pooling)."""
__all__ = ["Conv1d", "MaxPool1d", "AvgPool1d", "AdaptiveAvgPool1d", "AdaptiveMaxPool1d"]

from .... import _core
from .. import functional as F
from .extra import _AdaptiveAvgPoolNd, _AdaptiveMaxPoolNd, _ConvNd, _MaxPoolNd
from .module import Module


def _single(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v,)


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: "
                           f"{list(input.shape)}")
    unbatched = input.dim() == 2
    x = input.unsqueeze(0) if unbatched else input
    (s,), (d,) = _single(stride), _single(dilation)
    pad = padding if isinstance(padding, str) else (0, _single(padding)[0])
    if x.shape[1] != weight.shape[1] * groups:
        raise RuntimeError(
            f"Given groups={groups}, weight of size {list(weight.shape)}, expected input{list(input.shape)} to have "
            f"{weight.shape[1] * groups} channels, but got {x.shape[1]} channels instead")
    out = F.conv2d(x.unsqueeze(2), weight.unsqueeze(2), bias, (1, s), pad, (1, d), groups).squeeze(2)
    if unbatched:
        out = out.squeeze(0)
    return out._named("ConvolutionBackward0")


def _pool_args(kernel_size, stride, padding):
    k = _single(kernel_size)[0]
    s = k if (stride is None or stride == () or stride == []) else _single(stride)[0]
    return k, s, _single(padding)[0]


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"max_pool1d() Expected 2D or 3D input tensor, but got {list(input.shape)}")
    k, s, p = _pool_args(kernel_size, stride, padding)
    if p > k // 2:
        raise RuntimeError(f"max_pool1d() padding should be at most half of kernel size, but got padding={p} "
                           f"and kernel_size={k}")
    d = _single(dilation)[0]
    if (input.shape[-1] + 2 * p - d * (k - 1) - 1) // s + 1 < 1:
        raise RuntimeError(f"max_pool1d() Invalid computed output size: "
                           f"{(input.shape[-1] + 2 * p - d * (k - 1) - 1) // s + 1}")
    out = F.max_pool2d(input.unsqueeze(-2), (1, k), (1, s), (0, p), (1, d), ceil_mode=ceil_mode,
                       return_indices=return_indices)
    if return_indices:
        return out[0].squeeze(-2), out[1].squeeze(-2)
    return out.squeeze(-2)


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    k, s, p = _pool_args(kernel_size, stride, padding)
    out = F.avg_pool2d(input.unsqueeze(-2), (1, k), (1, s), (0, p), ceil_mode, count_include_pad)
    return out.squeeze(-2)


def _adaptive_bounds(L, out):
    return [((i * L) // out, -((-(i + 1) * L) // out)) for i in range(out)]


def adaptive_avg_pool1d(input, output_size):
    L = input.shape[-1]
    o = _single(output_size)[0]
    parts = [input.narrow(-1, a, b - a).mean(-1, True) for a, b in _adaptive_bounds(L, o)]
    return _core.cat(parts, -1).unsqueeze(-2).squeeze(-2)


def adaptive_max_pool1d(input, output_size, return_indices=False):
    L = input.shape[-1]
    o = _single(output_size)[0]
    parts = [input.narrow(-1, a, b - a).amax(-1, True) for a, b in _adaptive_bounds(L, o)]
    out = _core.cat(parts, -1).unsqueeze(-2).squeeze(-2)
    if return_indices:
        raise NotImplementedError("ferrograd: adaptive_max_pool1d(return_indices=True) is not supported")
    return out


class Conv1d(_ConvNd):
    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros", device=None, dtype=None):
        super().__init__()
        self._setup(in_channels, out_channels, _single(kernel_size), _single(stride),
                    padding if isinstance(padding, str) else _single(padding), _single(dilation), False, (0,), groups,
                    bias, padding_mode, dtype)

    def forward(self, input):
        return conv1d(input, self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups)


class MaxPool1d(_MaxPoolNd):
    def forward(self, input):
        return max_pool1d(input, self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode,
                          self.return_indices)


class AvgPool1d(Module):
    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
        super().__init__()
        self.kernel_size = _single(kernel_size)
        self.stride = _single(stride if stride is not None else kernel_size)
        self.padding = _single(padding)
        self.ceil_mode, self.count_include_pad = ceil_mode, count_include_pad

    def forward(self, input):
        return avg_pool1d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode, self.count_include_pad)

    def extra_repr(self):
        return f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}"


class AdaptiveAvgPool1d(_AdaptiveAvgPoolNd):
    def forward(self, input):
        return adaptive_avg_pool1d(input, self.output_size)


class AdaptiveMaxPool1d(_AdaptiveMaxPoolNd):
    def forward(self, input):
        return adaptive_max_pool1d(input, self.output_size, self.return_indices)

"""Session-4 additions to torch.nn / torch.nn.functional: 3-D conv/pool/norm/pad layers (composed from the
2-D kernels), RMSNorm, LocalResponseNorm, LPPool, lazy modules, margin losses, gumbel_softmax, pdist,
affine_grid/grid_sample, in-place activation aliases and *_with_indices pooling."""
import math
import numbers
import warnings

from .... import _core
from .. import functional as F
from .. import init
from ..parameter import Parameter
from .module import Module

__all__ = [
    "RMSNorm", "LocalResponseNorm", "CrossMapLRN2d", "LPPool1d", "LPPool2d", "LPPool3d", "MultiMarginLoss",
    "MultiLabelMarginLoss", "TripletMarginWithDistanceLoss", "FeatureAlphaDropout", "Conv3d", "MaxPool3d",
    "AvgPool3d", "AdaptiveAvgPool3d", "AdaptiveMaxPool3d", "BatchNorm3d", "InstanceNorm3d", "ConstantPad3d",
    "ZeroPad3d", "ReflectionPad3d", "ReplicationPad3d", "CircularPad1d", "CircularPad2d", "CircularPad3d",
    "ChannelShuffle", "LazyLinear", "LazyConv1d", "LazyConv2d", "LazyConv3d", "LazyBatchNorm1d", "LazyBatchNorm2d",
    "LazyBatchNorm3d", "LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d",
    "UninitializedParameter", "UninitializedBuffer",
]
FUNCTIONS = [
    "gumbel_softmax", "pdist", "rms_norm", "local_response_norm", "relu_", "elu_", "leaky_relu_", "hardtanh_",
    "threshold_", "celu_", "selu_", "rrelu_", "max_pool1d_with_indices", "max_pool2d_with_indices",
    "max_pool3d_with_indices", "adaptive_max_pool1d_with_indices", "adaptive_max_pool2d_with_indices",
    "conv3d", "max_pool3d", "avg_pool3d", "adaptive_avg_pool3d", "adaptive_max_pool3d", "lp_pool1d", "lp_pool2d",
    "lp_pool3d", "multi_margin_loss", "multilabel_margin_loss", "triplet_margin_with_distance_loss",
    "channel_shuffle", "native_channel_shuffle", "affine_grid", "grid_sample", "upsample_nearest",
    "upsample_bilinear",
]


def _torch():
    from .... import torch

    return torch


def _ntuple(v, n):
    return tuple(v) if isinstance(v, (tuple, list)) else (v,) * n


def _reduce(loss, reduction):
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    if reduction == "none":
        return loss
    raise ValueError(f"{reduction} is not a valid value for reduction")


# ====================================================================== functional: activations in place
def relu_(input):
    return input.relu_()


def elu_(input, alpha=1.0):
    return _inplace(input, F.elu(input, alpha))


def _inplace(input, result):
    prev = _core.set_grad_enabled(False) if not input.requires_grad else None
    try:
        input.copy_(result)
    finally:
        if prev is not None:
            _core.set_grad_enabled(prev)
    return input


def leaky_relu_(input, negative_slope=0.01):
    return _inplace(input, F.leaky_relu(input, negative_slope))


def hardtanh_(input, min_val=-1.0, max_val=1.0):
    return _inplace(input, F.hardtanh(input, min_val, max_val))


def threshold_(input, threshold, value):
    return _inplace(input, F.threshold(input, threshold, value))


def celu_(input, alpha=1.0):
    return _inplace(input, F.celu(input, alpha))


def selu_(input):
    return _inplace(input, F.selu(input))


def rrelu_(input, lower=1.0 / 8, upper=1.0 / 3, training=False):
    return _inplace(input, F.rrelu(input, lower, upper, training))


# ====================================================================== normalisation
def rms_norm(input, normalized_shape, weight=None, eps=None):
    torch = _torch()
    if isinstance(normalized_shape, numbers.Integral):
        normalized_shape = (normalized_shape,)
    normalized_shape = tuple(normalized_shape)
    nd = len(normalized_shape)
    if tuple(input.shape[input.dim() - nd:]) != normalized_shape:
        raise RuntimeError(
            f"Given normalized_shape={list(normalized_shape)}, expected input with shape "
            f"[*{', '.join(str(s) for s in normalized_shape)}], but got input of size{list(input.shape)}")
    if eps is None:
        eps = torch.finfo(input.dtype).eps
    dims = tuple(range(input.dim() - nd, input.dim()))
    r = (input.pow(2).mean(dims, True) + eps).rsqrt()
    out = input * r
    if weight is not None:
        out = out * weight
    return out


class RMSNorm(Module):
    __constants__ = ["normalized_shape", "eps", "elementwise_affine"]

    def __init__(self, normalized_shape, eps=None, elementwise_affine=True, device=None, dtype=None):
        super().__init__()
        if isinstance(normalized_shape, numbers.Integral):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps = eps
        self.elementwise_affine = elementwise_affine
        if self.elementwise_affine:
            self.weight = Parameter(_core.ones(*self.normalized_shape, dtype=dtype, tag=0))
        else:
            self.register_parameter("weight", None)

    def reset_parameters(self):
        if self.elementwise_affine:
            init.ones_(self.weight)

    def forward(self, x):
        return rms_norm(x, self.normalized_shape, self.weight, self.eps)

    def extra_repr(self):
        return "{normalized_shape}, eps={eps}, elementwise_affine={elementwise_affine}".format(**self.__dict__)


def local_response_norm(input, size, alpha=1e-4, beta=0.75, k=1.0):
    dim = input.dim()
    if dim < 3:
        raise ValueError(f"Expected 3D or higher dimensionality" + " " * 26 + f"input (got {dim} dimensions)")
    if input.numel() == 0:
        return input
    div = input.mul(input)
    C = input.shape[1]
    lo, hi = size // 2, (size - 1) // 2
    pad = [0, 0] * (dim - 2) + [lo, hi]
    padded = F.pad(div, tuple(pad))
    acc = None
    for j in range(size):
        part = padded.narrow(1, j, C)
        acc = part if acc is None else acc + part
    div = acc / size
    div = div.mul(alpha).add(k).pow(beta)
    return input / div


class LocalResponseNorm(Module):
    __constants__ = ["size", "alpha", "beta", "k"]

    def __init__(self, size, alpha=1e-4, beta=0.75, k=1.0):
        super().__init__()
        self.size, self.alpha, self.beta, self.k = size, alpha, beta, k

    def forward(self, input):
        return local_response_norm(input, self.size, self.alpha, self.beta, self.k)

    def extra_repr(self):
        return "{size}, alpha={alpha}, beta={beta}, k={k}".format(**self.__dict__)


class CrossMapLRN2d(LocalResponseNorm):
    def forward(self, input):
        if input.dim() != 4:
            raise ValueError(f"CrossMapLRN2d: Expected input to be 4D, got {input.dim()}D instead.")
        return local_response_norm(input, self.size, self.alpha, self.beta, self.k)


# ====================================================================== 3-D conv / pool
def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    torch = _torch()
    unbatched = input.dim() == 4
    x = input.unsqueeze(0) if unbatched else input
    if x.dim() != 5:
        raise RuntimeError(f"Expected 4D (unbatched) or 5D (batched) input to conv3d, but got input of size: "
                           f"{list(input.shape)}")
    O, Cg, kd, kh, kw = weight.shape
    sd, sh, sw = _ntuple(stride, 3)
    dd, dh, dw = _ntuple(dilation, 3)
    if isinstance(padding, str):
        if padding == "valid":
            p = (0, 0, 0)
            x_pad = x
        elif padding == "same":
            tot = [dd * (kd - 1), dh * (kh - 1), dw * (kw - 1)]
            x_pad = F.pad(x, (tot[2] // 2, tot[2] - tot[2] // 2, tot[1] // 2, tot[1] - tot[1] // 2,
                              tot[0] // 2, tot[0] - tot[0] // 2))
            p = (0, 0, 0)
        else:
            raise ValueError(f"Invalid padding string {padding!r}")
    else:
        p = _ntuple(padding, 3)
        x_pad = F.pad(x, (p[2], p[2], p[1], p[1], p[0], p[0])) if any(p) else x
    N, C, D, H, W = x_pad.shape
    if C != Cg * groups:
        raise RuntimeError(
            f"Given groups={groups}, weight of size {list(weight.shape)}, expected input{list(input.shape)} to have "
            f"{Cg * groups} channels, but got {C} channels instead")
    Do = (D - dd * (kd - 1) - 1) // sd + 1
    if Do <= 0:
        raise RuntimeError("Output size is too small")
    out = None
    i64 = torch.int64
    for a in range(kd):
        idx = torch.tensor([od * sd + a * dd for od in range(Do)], dtype=i64)
        xs = x_pad.index_select(2, idx).permute(0, 2, 1, 3, 4).reshape(N * Do, C, H, W)
        y = F.conv2d(xs, weight.select(2, a), None, (sh, sw), 0, (dh, dw), groups)
        out = y if out is None else out + y
    Ho, Wo = out.shape[-2], out.shape[-1]
    out = out.reshape(N, Do, O, Ho, Wo).permute(0, 2, 1, 3, 4)
    if bias is not None:
        out = out + bias.reshape(1, O, 1, 1, 1)
    out = out.contiguous()
    if unbatched:
        out = out.squeeze(0)
    return out._named("ConvolutionBackward0")


def _pool3d_check(input, kernel_size, stride, padding, dilation, ceil_mode, is_avg):
    """ATen's avg/max_pool3d shape checks (same order and messages)."""
    if input.dim() not in (4, 5) or input.numel() == 0:
        raise RuntimeError("non-empty 4D or 5D (batch mode) tensor expected for input")
    k = _ntuple(kernel_size, 3)
    s = _ntuple(stride if stride is not None and stride != [] else kernel_size, 3)
    p = _ntuple(padding, 3)
    d = _ntuple(dilation, 3)
    sizes = tuple(input.shape[-3:])
    outs = []
    for n, kk, ss, pp, dd in zip(sizes, k, s, p, d):
        if not pp <= ((kk - 1) * dd + 1) // 2:
            raise RuntimeError("pad should be at most half of effective kernel size, but got "
                               f"pad={pp}, kernel_size={kk} and dilation={dd}")
        o = (n + 2 * pp - dd * (kk - 1) - 1 + ((ss - 1) if ceil_mode else 0)) // ss + 1
        if ceil_mode and (o - 1) * ss >= n + pp:
            o -= 1
        outs.append(o)
    if is_avg and not all(n >= kk for n, kk in zip(sizes, k)):
        raise RuntimeError(f"input image (T: {sizes[0]} H: {sizes[1]} W: {sizes[2]}) smaller than kernel size "
                           f"(kT: {k[0]} kH: {k[1]} kW: {k[2]})")
    if min(outs) < 1:
        C = input.shape[-4]
        raise RuntimeError(f"Given input size: ({C}x{sizes[0]}x{sizes[1]}x{sizes[2]}). Calculated output size: "
                           f"({C}x{outs[0]}x{outs[1]}x{outs[2]}). Output size is too small")


def _pool3d_prep(input, kernel_size, stride, padding, pad_value):
    unbatched = input.dim() == 4
    x = input.unsqueeze(0) if unbatched else input
    k = _ntuple(kernel_size, 3)
    s = _ntuple(stride if stride is not None and stride != [] else kernel_size, 3)
    p = _ntuple(padding, 3)
    if any(p):
        x = F.pad(x, (p[2], p[2], p[1], p[1], p[0], p[0]), value=pad_value)
    return x, k, s, unbatched


def _depth_windows(x, kd, sd, dd=1):
    """x (N, C, D, ...) -> list over a in range(kd) of (N, C, Do, ...) slices."""
    torch = _torch()
    D = x.shape[2]
    Do = (D - dd * (kd - 1) - 1) // sd + 1
    return [x.index_select(2, torch.tensor([od * sd + a * dd for od in range(Do)], dtype=torch.int64))
            for a in range(kd)], Do


def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if return_indices:
        return max_pool3d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode, True)
    torch = _torch()
    _pool3d_check(input, kernel_size, stride, padding, dilation, ceil_mode, False)
    _check_ceil(input, kernel_size, stride, padding, dilation, ceil_mode, "max_pool3d")
    x, k, s, unbatched = _pool3d_prep(input, kernel_size, stride, padding, float("-inf"))
    d = _ntuple(dilation, 3)
    N, C, D, H, W = x.shape
    flat = x.reshape(N, C * D, H, W)
    y = F.max_pool2d(flat, k[1:], s[1:], 0, d[1:])
    y = y.reshape(N, C, D, y.shape[-2], y.shape[-1])
    parts, Do = _depth_windows(y, k[0], s[0], d[0])
    out = torch.stack(parts, -1).amax(-1)
    if unbatched:
        out = out.squeeze(0)
    return out._named("MaxPool3DWithIndicesBackward0")


def max_pool3d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=True):
    import numpy as np

    torch = _torch()
    out = max_pool3d(input, kernel_size, stride, padding, dilation, ceil_mode, False)
    # indices: flat position in D*H*W of the first maximum (numpy on values)
    unbatched = input.dim() == 4
    a = input.detach().numpy(True)
    if unbatched:
        a = a[None]
    k = _ntuple(kernel_size, 3)
    s = _ntuple(stride if stride is not None and stride != [] else kernel_size, 3)
    p = _ntuple(padding, 3)
    dl = _ntuple(dilation, 3)
    N, C, D, H, W = a.shape
    o = out.detach().numpy(True)
    if unbatched:
        o = o[None]
    Do, Ho, Wo = o.shape[2:]
    ind = np.zeros(o.shape, dtype=np.int64)
    for od in range(Do):
        for oh in range(Ho):
            for ow in range(Wo):
                best = None
                bidx = np.zeros((N, C), dtype=np.int64)
                bval = np.full((N, C), -np.inf, dtype=np.float64)
                for i in range(k[0]):
                    z = od * s[0] - p[0] + i * dl[0]
                    if z < 0 or z >= D:
                        continue
                    for j in range(k[1]):
                        y = oh * s[1] - p[1] + j * dl[1]
                        if y < 0 or y >= H:
                            continue
                        for l in range(k[2]):
                            xx = ow * s[2] - p[2] + l * dl[2]
                            if xx < 0 or xx >= W:
                                continue
                            v = a[:, :, z, y, xx]
                            upd = (v > bval) | np.isnan(v)
                            bval = np.where(upd, v, bval)
                            bidx = np.where(upd, (z * H + y) * W + xx, bidx)
                ind[:, :, od, oh, ow] = bidx
    if unbatched:
        ind = ind[0]
    return out, torch.tensor(ind, dtype=torch.int64)


def _check_ceil(input, kernel_size, stride, padding, dilation, ceil_mode, name):
    if not ceil_mode:
        return
    k = _ntuple(kernel_size, 3)
    s = _ntuple(stride if stride is not None and stride != [] else kernel_size, 3)
    p = _ntuple(padding, 3)
    d = _ntuple(dilation, 3)
    for n, kk, ss, pp, dd in zip(tuple(input.shape[-3:]), k, s, p, d):
        span = n + 2 * pp - dd * (kk - 1) - 1
        if span % ss != 0:
            raise NotImplementedError(f"ferrograd: {name}(ceil_mode=True) with a partial last window is not "
                                      "supported")


def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    torch = _torch()
    _pool3d_check(input, kernel_size, stride, padding, 1, ceil_mode, True)
    _check_ceil(input, kernel_size, stride, padding, 1, ceil_mode, "avg_pool3d")
    x, k, s, unbatched = _pool3d_prep(input, kernel_size, stride, padding, 0.0)
    N, C, D, H, W = x.shape
    flat = x.reshape(N, C * D, H, W)
    exclude = not count_include_pad and any(_ntuple(padding, 3)) and not divisor_override
    # window sums (divisor_override=1), then one division like ATen (by the in-image count if exclude)
    y, _ = F._pool_prep(flat, k[1:], s[1:], 0, 1, 0.0)
    y = y.sum(-1)
    y = y.reshape(N, C, D, y.shape[-2], y.shape[-1])
    parts, Do = _depth_windows(y, k[0], s[0])
    out = torch.stack(parts, -1).sum(-1)
    if exclude:
        import numpy as np

        p = _ntuple(padding, 3)
        counts = [np.array([min(o * ss + kk, n + pp) - max(o * ss, pp)
                            for o in range(m)], dtype=np.float64)
                  for n, m, kk, ss, pp in zip(tuple(input.shape[-3:]), tuple(out.shape[-3:]), k, s, p)]
        cnt = counts[0][:, None, None] * counts[1][None, :, None] * counts[2][None, None, :]
        out = out / torch.tensor(cnt.astype(np.float32), dtype=out.dtype)
    else:
        out = out / float(k[0] * k[1] * k[2])
    if divisor_override:
        out = out * (k[0] * k[1] * k[2] / divisor_override)
    if unbatched:
        out = out.squeeze(0)
    return out._named("AvgPool3DBackward0")


def _adaptive_bounds(n_in, n_out):
    return [((i * n_in) // n_out, -(-((i + 1) * n_in) // n_out)) for i in range(n_out)]


def adaptive_avg_pool3d(input, output_size):
    torch = _torch()
    if input.dim() not in (4, 5):
        raise RuntimeError(f"adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got {list(input.shape)}")
    unbatched = input.dim() == 4
    x = input.unsqueeze(0) if unbatched else input
    D, H, W = x.shape[-3:]
    od, oh, ow = _ntuple(output_size, 3)
    od, oh, ow = od or D, oh or H, ow or W
    if D % od == 0 and H % oh == 0 and W % ow == 0:
        out = avg_pool3d(x, (D // od, H // oh, W // ow))
    else:
        planes = []
        for (d0, d1) in _adaptive_bounds(D, od):
            rows = []
            for (h0, h1) in _adaptive_bounds(H, oh):
                cols = [x[:, :, d0:d1, h0:h1, w0:w1].mean((2, 3, 4)) for (w0, w1) in _adaptive_bounds(W, ow)]
                rows.append(torch.stack(cols, -1))
            planes.append(torch.stack(rows, -2))
        out = torch.stack(planes, -3)
    if unbatched:
        out = out.squeeze(0)
    return out._named("AdaptiveAvgPool3DBackward0")


def adaptive_max_pool3d(input, output_size, return_indices=False):
    torch = _torch()
    unbatched = input.dim() == 4
    x = input.unsqueeze(0) if unbatched else input
    D, H, W = x.shape[-3:]
    od, oh, ow = _ntuple(output_size, 3)
    od, oh, ow = od or D, oh or H, ow or W
    planes = []
    for (d0, d1) in _adaptive_bounds(D, od):
        rows = []
        for (h0, h1) in _adaptive_bounds(H, oh):
            cols = [x[:, :, d0:d1, h0:h1, w0:w1].amax((2, 3, 4)) for (w0, w1) in _adaptive_bounds(W, ow)]
            rows.append(torch.stack(cols, -1))
        planes.append(torch.stack(rows, -2))
    out = torch.stack(planes, -3)
    if unbatched:
        out = out.squeeze(0)
    out = out._named("AdaptiveMaxPool3DBackward0")
    if return_indices:
        raise NotImplementedError("ferrograd: adaptive_max_pool3d(return_indices=True) is not implemented")
    return out


def max_pool1d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=True):
    return F.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode, True)


def max_pool2d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=True):
    return F.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode, True)


def adaptive_max_pool1d_with_indices(input, output_size, return_indices=True):
    import numpy as np

    torch = _torch()
    out = F.adaptive_max_pool1d(input, output_size)
    a = input.detach().numpy(True)
    L = a.shape[-1]
    o = output_size[0] if isinstance(output_size, (tuple, list)) else output_size
    ind = np.stack([lo + np.argmax(a[..., lo:hi], -1) for lo, hi in _adaptive_bounds(L, o)], -1)
    return out, torch.tensor(ind.astype(np.int64), dtype=torch.int64)


def adaptive_max_pool2d_with_indices(input, output_size, return_indices=True):
    return F.adaptive_max_pool2d(input, output_size, True)


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    torch = _torch()
    if stride is not None:
        out = F.avg_pool1d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = F.avg_pool1d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * F.relu(torch.abs(out))).mul(kernel_size).pow(1.0 / norm_type)


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    torch = _torch()
    kw, kh = _ntuple(kernel_size, 2)
    if stride is not None:
        out = F.avg_pool2d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = F.avg_pool2d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * F.relu(torch.abs(out))).mul(kw * kh).pow(1.0 / norm_type)


def lp_pool3d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    torch = _torch()
    kd, kw, kh = _ntuple(kernel_size, 3)
    if stride is not None:
        out = avg_pool3d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = avg_pool3d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * F.relu(torch.abs(out))).mul(kd * kw * kh).pow(1.0 / norm_type)


class _LPPoolNd(Module):
    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        super().__init__()
        self.norm_type, self.kernel_size, self.stride, self.ceil_mode = norm_type, kernel_size, stride, ceil_mode

    def extra_repr(self):
        return "norm_type={norm_type}, kernel_size={kernel_size}, stride={stride}, ceil_mode={ceil_mode}".format(
            **self.__dict__)


class LPPool1d(_LPPoolNd):
    def forward(self, input):
        return lp_pool1d(input, float(self.norm_type), self.kernel_size, self.stride, self.ceil_mode)


class LPPool2d(_LPPoolNd):
    def forward(self, input):
        return lp_pool2d(input, float(self.norm_type), self.kernel_size, self.stride, self.ceil_mode)


class LPPool3d(_LPPoolNd):
    def forward(self, input):
        return lp_pool3d(input, float(self.norm_type), self.kernel_size, self.stride, self.ceil_mode)


def _triple(v):
    return _ntuple(v, 3)


def _conv_nd_class():
    from .extra import _ConvNd

    return _ConvNd


from .extra import _AdaptiveAvgPoolNd, _AdaptiveMaxPoolNd, _AvgPoolNd, _BatchNorm, _ConvNd, _MaxPoolNd  # noqa: E402
from .more import _InstanceNorm, _Pad  # noqa: E402


class Conv3d(_ConvNd):
    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1,
                 bias=True, padding_mode="zeros", device=None, dtype=None):
        super().__init__()
        self._setup(in_channels, out_channels, _triple(kernel_size), _triple(stride),
                    padding if isinstance(padding, str) else _triple(padding), _triple(dilation), False, (0, 0, 0),
                    groups, bias, padding_mode, dtype)

    def forward(self, input):
        if self.padding_mode != "zeros":
            p = self.padding
            x = F.pad(input, (p[2], p[2], p[1], p[1], p[0], p[0]), mode=self.padding_mode)
            return conv3d(x, self.weight, self.bias, self.stride, 0, self.dilation, self.groups)
        return conv3d(input, self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups)


class MaxPool3d(_MaxPoolNd):
    def forward(self, input):
        return max_pool3d(input, self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode,
                          self.return_indices)


class AvgPool3d(_AvgPoolNd):
    def forward(self, input):
        return avg_pool3d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                          self.count_include_pad, self.divisor_override)


class AdaptiveAvgPool3d(_AdaptiveAvgPoolNd):
    def forward(self, input):
        return adaptive_avg_pool3d(input, self.output_size)


class AdaptiveMaxPool3d(_AdaptiveMaxPoolNd):
    def forward(self, input):
        return adaptive_max_pool3d(input, self.output_size, self.return_indices)


class BatchNorm3d(_BatchNorm):
    _expected_dims = (5,)


class InstanceNorm3d(_InstanceNorm):
    _dims = 4


class ConstantPad3d(_Pad):
    _n = 3


class ZeroPad3d(_Pad):
    _n = 3

    def __init__(self, padding):
        super().__init__(padding, 0.0)


class ReflectionPad3d(_Pad):
    _n = 3
    _mode = "reflect"


class ReplicationPad3d(_Pad):
    _n = 3
    _mode = "replicate"


class _CircularPad(_Pad):
    def forward(self, input):
        return F.pad(input, self.padding, "circular")


class CircularPad1d(_CircularPad):
    _n = 1


class CircularPad2d(_CircularPad):
    _n = 2


class CircularPad3d(_CircularPad):
    _n = 3


def channel_shuffle(input, groups):
    N, C = input.shape[0], input.shape[1]
    if C % groups != 0:
        raise RuntimeError(f"Number of channels must be divisible by groups. Got {C} channels and {groups} groups.")
    rest = tuple(input.shape[2:])
    return input.reshape(N, groups, C // groups, *rest).transpose(1, 2).reshape(N, C, *rest)


native_channel_shuffle = channel_shuffle


class ChannelShuffle(Module):
    def __init__(self, groups):
        super().__init__()
        self.groups = groups

    def forward(self, input):
        return channel_shuffle(input, self.groups)

    def extra_repr(self):
        return f"groups={self.groups}"


# ====================================================================== losses
def multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None, reduce=None,
                      reduction="mean"):
    torch = _torch()
    if size_average is not None or reduce is not None:
        reduction = F._legacy_reduction(size_average, reduce, reduction) if hasattr(F, "_legacy_reduction") \
            else reduction
    if p != 1 and p != 2:
        raise ValueError("only p == 1 and p == 2 supported")
    x = input if input.dim() == 2 else input.reshape(1, -1)
    t = target.reshape(-1)
    C = x.shape[1]
    if t.numel() and (int(t.min()) < 0 or int(t.max()) >= C):
        raise RuntimeError("target out of range")
    xy = x.gather(1, t.unsqueeze(1))
    z = (margin - xy + x).clamp(min=0)
    if p == 2:
        z = z * z
    if weight is not None:
        z = z * weight.index_select(0, t).unsqueeze(1)
    mask = torch.ones_like(x)
    mask = mask.scatter(1, t.unsqueeze(1), 0.0)
    loss = (z * mask).sum(1) / C
    if input.dim() < 2:
        loss = loss.reshape(())
    out = _reduce(loss, reduction)
    return out._named("MultiMarginLossBackward0") if out.requires_grad else out


def multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    import numpy as np

    torch = _torch()
    x = input if input.dim() == 2 else input.reshape(1, -1)
    t = target.reshape(x.shape).detach().numpy(True)
    N, C = x.shape
    is_target = np.zeros((N, C), dtype=bool)
    pair = np.zeros((N, C, C), dtype=np.float64)  # [n, j(target), i(non-target)]
    for n in range(N):
        tg = []
        for v in t[n]:
            if v < 0:
                break
            tg.append(int(v))
        is_target[n, tg] = True
        for j in tg:
            pair[n, j, ~is_target[n]] += 0
        for j in tg:
            for i in range(C):
                if not is_target[n, i]:
                    pair[n, j, i] += 1.0
    pm = torch.tensor(pair, dtype=x.dtype)
    diff = (1 - (x.unsqueeze(2) - x.unsqueeze(1))).clamp(min=0)  # [n, j, i] = 1 - (x_j - x_i)
    loss = (diff * pm).sum((1, 2)) / C
    if input.dim() < 2:
        loss = loss.reshape(())
    out = _reduce(loss, reduction)
    return out._named("MultilabelMarginLossBackward0") if out.requires_grad else out


def triplet_margin_with_distance_loss(anchor, positive, negative, *, distance_function=None, margin=1.0,
                                      swap=False, reduction="mean"):
    torch = _torch()
    if margin <= 0:
        raise ValueError(f"TripletMarginWithDistanceLoss: expected margin to be greater than 0, got {margin} instead")
    a_dim, p_dim, n_dim = anchor.ndim, positive.ndim, negative.ndim
    if not (a_dim == p_dim and p_dim == n_dim):
        raise RuntimeError(
            f"The anchor, positive, and negative tensors are expected to have the same number of dimensions, but "
            f"got: anchor {a_dim}D, positive {p_dim}D, and negative {n_dim}D inputs")
    distance_function = distance_function if distance_function is not None else F.pairwise_distance
    dist_pos = distance_function(anchor, positive)
    dist_neg = distance_function(anchor, negative)
    if swap:
        dist_swap = distance_function(positive, negative)
        dist_neg = torch.minimum(dist_neg, dist_swap)
    loss = torch.clamp_min(margin + dist_pos - dist_neg, 0)
    return _reduce(loss, reduction)


class _LossMod(Module):
    def __init__(self, size_average=None, reduce=None, reduction="mean"):
        super().__init__()
        if size_average is not None or reduce is not None:
            reduction = F._legacy_reduction(size_average, reduce, reduction)
        self.reduction = reduction


class MultiMarginLoss(_LossMod):
    def __init__(self, p=1, margin=1.0, weight=None, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        if p != 1 and p != 2:
            raise ValueError("only p == 1 and p == 2 supported")
        if weight is not None and weight.dim() != 1:
            raise ValueError(f"MultiMarginLoss: expected weight to be None or 1D tensor, got {weight.dim()}D instead")
        self.p, self.margin = p, margin
        self.register_buffer("weight", weight)

    def forward(self, input, target):
        return multi_margin_loss(input, target, p=self.p, margin=self.margin, weight=self.weight,
                                 reduction=self.reduction)


class MultiLabelMarginLoss(_LossMod):
    def forward(self, input, target):
        return multilabel_margin_loss(input, target, reduction=self.reduction)


class TripletMarginWithDistanceLoss(_LossMod):
    def __init__(self, *, distance_function=None, margin=1.0, swap=False, reduction="mean"):
        super().__init__(reduction=reduction)
        if margin <= 0:
            raise ValueError(f"TripletMarginWithDistanceLoss: expected margin to be greater than 0, got {margin} "
                             "instead")
        self.distance_function = distance_function if distance_function is not None else F.pairwise_distance
        self.margin, self.swap = margin, swap

    def forward(self, anchor, positive, negative):
        return triplet_margin_with_distance_loss(anchor, positive, negative, distance_function=self.distance_function,
                                                 margin=self.margin, swap=self.swap, reduction=self.reduction)


class FeatureAlphaDropout(Module):
    def __init__(self, p=0.5, inplace=False):
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p, self.inplace = p, inplace

    def forward(self, input):
        return F.feature_alpha_dropout(input, self.p, self.training)

    def extra_repr(self):
        return f"p={self.p}, inplace={self.inplace}"


# ====================================================================== gumbel / pdist / grids
def gumbel_softmax(logits, tau=1.0, hard=False, eps=1e-10, dim=-1):
    torch = _torch()
    if eps != 1e-10:
        warnings.warn("`eps` parameter is deprecated and has no effect.", stacklevel=2)
    gumbels = -torch.empty_like(logits).exponential_().log()
    gumbels = (logits + gumbels) / tau
    y_soft = gumbels.softmax(dim)
    if hard:
        index = y_soft.max(dim, keepdim=True)[1]
        y_hard = torch.zeros_like(logits).scatter_(dim, index, 1.0)
        return y_hard - y_soft.detach() + y_soft
    return y_soft


def pdist(input, p=2):
    torch = _torch()
    if input.dim() != 2:
        raise RuntimeError(f"pdist only supports 2D tensors, got: {input.dim()}D")
    n = input.shape[0]
    ii = [i for i in range(n) for j in range(i + 1, n)]
    jj = [j for i in range(n) for j in range(i + 1, n)]
    if not ii:
        return torch.zeros(0, dtype=input.dtype)
    a = input.index_select(0, torch.tensor(ii, dtype=torch.int64))
    b = input.index_select(0, torch.tensor(jj, dtype=torch.int64))
    d = a - b
    if p == 2:
        r = (d * d).sum(-1).sqrt()
    elif p == 1:
        r = d.abs().sum(-1)
    elif p == math.inf:
        r = d.abs().amax(-1)
    elif p == 0:
        r = (d != 0).to(input.dtype).sum(-1)
    else:
        r = d.abs().pow(p).sum(-1).pow(1.0 / p)
    return r._named("PdistBackward0") if r.requires_grad else r


def affine_grid(theta, size, align_corners=None):
    torch = _torch()
    if align_corners is None:
        align_corners = False
    if not theta.is_floating_point():
        raise ValueError(f"Expected theta to have floating point type, but got {theta.dtype}")
    size_arg = size
    size = list(size)
    if len(size) == 4:
        if theta.dim() != 3 or theta.shape[-2] != 2 or theta.shape[-1] != 3:
            raise ValueError(f"Expected a batch of 2D affine matrices of shape Nx2x3 for size {size}. "
                             f"Got {list(theta.shape)}.")
        spatial = size[-2:]
    elif len(size) == 5:
        if theta.dim() != 3 or theta.shape[-2] != 3 or theta.shape[-1] != 4:
            raise ValueError(f"Expected a batch of 3D affine matrices of shape Nx3x4 for size {size}. "
                             f"Got {list(theta.shape)}.")
        spatial = size[-3:]
    else:
        raise NotImplementedError(f"affine_grid only supports 4D and 5D sizes, for 2D and 3D affine transforms, "
                                  f"respectively. Got size {size_arg}.")
    if min(size) <= 0:
        raise ValueError(f"Expected non-zero, positive output size. Got {size}")

    def lin(n):
        if n <= 1:
            return torch.zeros(max(n, 1), dtype=theta.dtype)
        r = torch.linspace(-1, 1, n, dtype=theta.dtype)
        if not align_corners:
            r = r * (n - 1) / n
        return r

    N = size[0]
    if len(size) == 4:
        H, W = spatial
        xs = lin(W).reshape(1, W, 1).expand(H, W, 1)
        ys = lin(H).reshape(H, 1, 1).expand(H, W, 1)
        base = torch.cat([xs, ys, torch.ones(H, W, 1, dtype=theta.dtype)], -1)  # H, W, 3
        grid = base.reshape(1, H * W, 3) @ theta.transpose(1, 2)  # N, HW, 2
        grid = grid.reshape(N, H, W, 2)
        return grid._named("AffineGridGeneratorBackward0") if grid.requires_grad else grid
    D, H, W = spatial
    xs = lin(W).reshape(1, 1, W, 1).expand(D, H, W, 1)
    ys = lin(H).reshape(1, H, 1, 1).expand(D, H, W, 1)
    zs = lin(D).reshape(D, 1, 1, 1).expand(D, H, W, 1)
    base = torch.cat([xs, ys, zs, torch.ones(D, H, W, 1, dtype=theta.dtype)], -1)
    grid = base.reshape(1, D * H * W, 4) @ theta.transpose(1, 2)
    grid = grid.reshape(N, D, H, W, 3)
    return grid._named("AffineGridGeneratorBackward0") if grid.requires_grad else grid


def _unnormalize(coord, size, align_corners):
    if align_corners:
        return (coord + 1) / 2 * (size - 1)
    return ((coord + 1) * size - 1) / 2


def _reflect(coord, lo2, hi2):
    torch = _torch()
    if lo2 == hi2:
        return torch.zeros_like(coord)
    mn = lo2 / 2
    span = (hi2 - lo2) / 2
    c = (coord - mn).abs()
    extra = torch.fmod(c, span) if hasattr(torch, "fmod") else c - (c / span).floor() * span
    flips = (c / span).floor()
    even = (flips % 2) == 0
    return torch.where(even, extra + mn, span - extra + mn)


def grid_sample(input, grid, mode="bilinear", padding_mode="zeros", align_corners=None):
    """2-D grid_sample (bilinear / nearest; zeros / border / reflection), differentiable wrt input and grid."""
    torch = _torch()
    if mode not in ("bilinear", "nearest", "bicubic"):
        raise ValueError(f"nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' or 'bicubic', "
                         f"but got: '{mode}'")
    if padding_mode not in ("zeros", "border", "reflection"):
        raise ValueError("nn.functional.grid_sample(): expected padding_mode to be 'zeros', 'border', or "
                         f"'reflection', but got: '{padding_mode}'")
    if align_corners is None:
        align_corners = False
    if input.dim() == 4 and grid.dim() == 4 and grid.shape[-1] != 2:
        raise RuntimeError("grid_sampler(): expected grid to have size 2 in last dimension, but got grid with "
                           f"sizes {list(grid.shape)}")
    if input.dim() != 4:
        raise NotImplementedError("ferrograd: grid_sample supports 4-D input only")
    if mode == "bicubic":
        raise NotImplementedError("ferrograd: grid_sample mode='bicubic' is not implemented")
    N, C, H, W = input.shape
    Ho, Wo = grid.shape[1], grid.shape[2]
    gx = _unnormalize(grid[..., 0], W, align_corners)
    gy = _unnormalize(grid[..., 1], H, align_corners)
    if padding_mode == "border":
        gx = gx.clamp(0, W - 1)
        gy = gy.clamp(0, H - 1)
    elif padding_mode == "reflection":
        if align_corners:
            gx = _reflect(gx, 0, 2 * (W - 1))
            gy = _reflect(gy, 0, 2 * (H - 1))
        else:
            gx = _reflect(gx, -1, 2 * W - 1)
            gy = _reflect(gy, -1, 2 * H - 1)
        gx = gx.clamp(0, W - 1)
        gy = gy.clamp(0, H - 1)
    flat = input.reshape(N, C, H * W)

    def gather(ix, iy):
        # ix, iy: (N, Ho, Wo) integer-valued float tensors; zero outside
        valid = (ix >= 0) & (ix <= W - 1) & (iy >= 0) & (iy <= H - 1)
        ixc = ix.clamp(0, W - 1).long()
        iyc = iy.clamp(0, H - 1).long()
        idx = (iyc * W + ixc).reshape(N, 1, Ho * Wo).expand(N, C, Ho * Wo)
        vals = flat.gather(2, idx).reshape(N, C, Ho, Wo)
        return vals * valid.unsqueeze(1).to(input.dtype)

    if mode == "nearest":
        ix = torch.round(gx) if hasattr(torch, "round") else (gx + 0.5).floor()
        iy = torch.round(gy) if hasattr(torch, "round") else (gy + 0.5).floor()
        out = gather(ix.detach(), iy.detach())
        return out._named("GridSampler2DBackward0") if out.requires_grad else out
    x0 = gx.floor().detach()
    y0 = gy.floor().detach()
    x1 = x0 + 1
    y1 = y0 + 1
    wx1 = gx - x0
    wx0 = x1 - gx
    wy1 = gy - y0
    wy0 = y1 - gy
    out = (gather(x0, y0) * (wx0 * wy0).unsqueeze(1) + gather(x1, y0) * (wx1 * wy0).unsqueeze(1)
           + gather(x0, y1) * (wx0 * wy1).unsqueeze(1) + gather(x1, y1) * (wx1 * wy1).unsqueeze(1))
    return out._named("GridSampler2DBackward0") if out.requires_grad else out


def upsample_nearest(input, size=None, scale_factor=None):
    warnings.warn("`nn.functional.upsample_nearest` is deprecated. Use `nn.functional.interpolate` instead.",
                  stacklevel=2)
    return F.interpolate(input, size, scale_factor, mode="nearest")


def upsample_bilinear(input, size=None, scale_factor=None):
    warnings.warn("`nn.functional.upsample_bilinear` is deprecated. Use `nn.functional.interpolate` instead.",
                  stacklevel=2)
    return F.interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)


# ====================================================================== lazy modules
class UninitializedParameter(Parameter):
    def __new__(cls, requires_grad=True, device=None, dtype=None):
        return Parameter.__new__(cls, _core.zeros(0, dtype=dtype, tag=0), requires_grad)

    def __init__(self, requires_grad=True, device=None, dtype=None):
        pass

    def __repr__(self):
        return "<UninitializedParameter>"

    __str__ = __repr__

    def materialize(self, shape, device=None, dtype=None):
        raise RuntimeError("ferrograd: materialize is done by the lazy module")


class UninitializedBuffer(_core.Tensor):
    def __new__(cls, requires_grad=False, device=None, dtype=None, persistent=True):
        return _core.Tensor.__new__(cls, [], tag=0)

    def __repr__(self):
        return "<UninitializedBuffer>"

    __str__ = __repr__


class _LazyMixin:
    cls_to_become = None

    def has_uninitialized_params(self):
        return any(isinstance(p, UninitializedParameter) for p in self._parameters.values() if p is not None)

    def _lazy_init(self, input):
        raise NotImplementedError

    def __call__(self, *args, **kwargs):
        if self.has_uninitialized_params():
            self._lazy_init(*args)
            self.__class__ = self.cls_to_become
        return Module.__call__(self, *args, **kwargs)


def _lazy_linear_cls():
    from .layers import Linear

    return Linear


from .layers import Linear as _Linear  # noqa: E402


class LazyLinear(_LazyMixin, _Linear):
    cls_to_become = _Linear

    def __init__(self, out_features, bias=True, device=None, dtype=None):
        Module.__init__(self)
        self.in_features = 0
        self.out_features = out_features
        self._dtype = dtype
        self.weight = UninitializedParameter(dtype=dtype)
        if bias:
            self.bias = UninitializedParameter(dtype=dtype)
        else:
            self.register_parameter("bias", None)

    def reset_parameters(self):
        if not self.has_uninitialized_params() and self.in_features != 0:
            super().reset_parameters()

    def _lazy_init(self, input):
        self.in_features = input.shape[-1]
        self.weight = Parameter(_core.zeros(self.out_features, self.in_features, dtype=self._dtype, tag=0))
        if self.bias is not None:
            self.bias = Parameter(_core.zeros(self.out_features, dtype=self._dtype, tag=0))
        del self.__dict__["_dtype"]
        _Linear.reset_parameters(self)


def _make_lazy_conv(base_name, nd):
    def _cls():
        if nd == 1:
            from .conv1d import Conv1d as B
        elif nd == 2:
            from .extra import Conv2d as B
        else:
            B = Conv3d
        return B

    B = _cls()

    class LazyConv(_LazyMixin, B):
        cls_to_become = B

        def __init__(self, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                     padding_mode="zeros", device=None, dtype=None):
            self._lazy_args = (out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode,
                               dtype)
            Module.__init__(self)
            self._lazy_args = (out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode,
                               dtype)
            tup = _ntuple(kernel_size, nd)
            self.in_channels = 0
            self.out_channels = out_channels
            self.kernel_size = tup
            self.stride = _ntuple(stride, nd)
            self.padding = padding if isinstance(padding, str) else _ntuple(padding, nd)
            self.dilation = _ntuple(dilation, nd)
            self.transposed, self.output_padding = False, (0,) * nd
            self.groups, self.padding_mode = groups, padding_mode
            self.weight = UninitializedParameter(dtype=dtype)
            if bias:
                self.bias = UninitializedParameter(dtype=dtype)
            else:
                self.register_parameter("bias", None)

        def _lazy_init(self, input):
            out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, dtype = self._lazy_args
            unbatched = input.dim() == nd + 1
            in_channels = input.shape[0 if unbatched else 1]
            del self.__dict__["_lazy_args"]
            del self._parameters["weight"]
            del self._parameters["bias"]
            B._setup(self, in_channels, out_channels, self.kernel_size, self.stride, self.padding, self.dilation,
                     False, (0,) * nd, groups, bias, padding_mode, dtype)

    LazyConv.__name__ = LazyConv.__qualname__ = base_name
    return LazyConv


LazyConv1d = _make_lazy_conv("LazyConv1d", 1)
LazyConv2d = _make_lazy_conv("LazyConv2d", 2)
LazyConv3d = _make_lazy_conv("LazyConv3d", 3)


def _make_lazy_norm(name, B, instance):
    class LazyNorm(_LazyMixin, B):
        cls_to_become = B

        def __init__(self, eps=1e-5, momentum=0.1, affine=(False if instance else True),
                     track_running_stats=(False if instance else True), device=None, dtype=None):
            B.__init__(self, 0, eps, momentum, affine, track_running_stats, dtype=dtype)
            self._lazy_dtype = dtype
            if affine:
                self.weight = UninitializedParameter(dtype=dtype)
                self.bias = UninitializedParameter(dtype=dtype)

        def has_uninitialized_params(self):
            return "_lazy_dtype" in self.__dict__

        def _lazy_init(self, input):
            unbatched = instance and input.dim() == B._dims
            num_features = input.shape[0 if unbatched else 1]
            dtype = self.__dict__.pop("_lazy_dtype")
            B.__init__(self, num_features, self.eps, self.momentum, self.affine, self.track_running_stats,
                       dtype=dtype)

    LazyNorm.__name__ = LazyNorm.__qualname__ = name
    return LazyNorm


def _norm_classes():
    from .extra import BatchNorm1d, BatchNorm2d
    from .more import InstanceNorm1d, InstanceNorm2d

    return BatchNorm1d, BatchNorm2d, InstanceNorm1d, InstanceNorm2d


_B1, _B2, _I1, _I2 = _norm_classes()
LazyBatchNorm1d = _make_lazy_norm("LazyBatchNorm1d", _B1, False)
LazyBatchNorm2d = _make_lazy_norm("LazyBatchNorm2d", _B2, False)
LazyBatchNorm3d = _make_lazy_norm("LazyBatchNorm3d", BatchNorm3d, False)
LazyInstanceNorm1d = _make_lazy_norm("LazyInstanceNorm1d", _I1, True)
LazyInstanceNorm2d = _make_lazy_norm("LazyInstanceNorm2d", _I2, True)
LazyInstanceNorm3d = _make_lazy_norm("LazyInstanceNorm3d", InstanceNorm3d, True)


# ====================================================================== ConvTranspose3d
def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    """Depth loop over conv_transpose2d: each kernel depth slice kd writes input depth i to output depth
    i * sd + kd * dd (a 0/1 placement matrix keeps it differentiable), then the depth padding is cropped."""
    from .convtranspose import conv_transpose2d

    torch = _torch()
    if input.dim() not in (4, 5):
        raise RuntimeError(f"Expected 4D (unbatched) or 5D (batched) input to conv_transpose3d, but got input of "
                           f"size: {list(input.shape)}")
    unbatched = input.dim() == 4
    x = input.unsqueeze(0) if unbatched else input
    sd, sh, sw = _ntuple(stride, 3)
    pd, ph, pw = _ntuple(padding, 3)
    od_, oh_, ow_ = _ntuple(output_padding, 3)
    dd, dh, dw = _ntuple(dilation, 3)
    N, Cin, D, H, W = x.shape
    Cout_g, kd = weight.shape[1], weight.shape[2]
    Dfull = (D - 1) * sd + dd * (kd - 1) + 1 + od_
    x2 = x.permute(0, 2, 1, 3, 4).reshape(N * D, Cin, H, W)
    out = None
    for a in range(kd):
        y = conv_transpose2d(x2, weight.select(2, a), None, (sh, sw), (ph, pw), (oh_, ow_), groups, (dh, dw))
        Ho, Wo = y.shape[-2], y.shape[-1]
        y = y.reshape(N, D, -1, Ho, Wo).permute(0, 2, 3, 4, 1)  # N, Cout, Ho, Wo, D
        import numpy as np

        P = np.zeros((D, Dfull), dtype=np.float64)
        for i in range(D):
            P[i, i * sd + a * dd] = 1.0
        y = y @ torch.tensor(P, dtype=y.dtype)
        out = y if out is None else out + y
    out = out.permute(0, 1, 4, 2, 3)  # N, Cout, Dfull, Ho, Wo
    Dout = Dfull - 2 * pd
    if pd or od_:
        out = out.narrow(2, pd, Dout)
    if bias is not None:
        out = out + bias.reshape(1, -1, 1, 1, 1)
    out = out.contiguous()
    if unbatched:
        out = out.squeeze(0)
    return out._named("ConvolutionBackward0") if out.requires_grad else out


from .convtranspose import _ConvTransposeNd  # noqa: E402


class ConvTranspose3d(_ConvTransposeNd):
    _nsp = 3

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1,
                 bias=True, dilation=1, padding_mode="zeros", device=None, dtype=None):
        if padding_mode != "zeros":
            raise ValueError(f'Only "zeros" padding mode is supported for {type(self).__name__}')
        Module.__init__(self)
        t = _triple
        self._setup(in_channels, out_channels, t(kernel_size), t(stride), t(padding), t(dilation), True,
                    t(output_padding), groups, bias, padding_mode, dtype)

    def forward(self, input, output_size=None):
        output_padding = self._output_padding(input, output_size, self.stride, self.padding, self.kernel_size, 3,
                                              self.dilation)
        return conv_transpose3d(input, self.weight, self.bias, self.stride, self.padding, tuple(output_padding),
                                self.groups, self.dilation)


# ====================================================================== AdaptiveLogSoftmaxWithLoss
import collections as _collections  # noqa: E402

_ASMoutput = _collections.namedtuple("_ASMoutput", ["output", "loss"])


class AdaptiveLogSoftmaxWithLoss(Module):
    def __init__(self, in_features, n_classes, cutoffs, div_value=4.0, head_bias=False, device=None, dtype=None):
        from .container import ModuleList, Sequential
        from .layers import Linear

        super().__init__()
        cutoffs = list(cutoffs)
        if len(cutoffs) == 0:
            raise ValueError("cutoffs should be a sequence of length larger than 0")
        if ((cutoffs != sorted(cutoffs)) or (min(cutoffs) <= 0) or (max(cutoffs) > (n_classes - 1))
                or (len(set(cutoffs)) != len(cutoffs)) or any(int(c) != c for c in cutoffs)):
            raise ValueError("cutoffs should be a sequence of unique, positive integers sorted in an increasing order, "
                             "where each value is between 1 and n_classes-1")
        self.in_features = in_features
        self.n_classes = n_classes
        self.cutoffs = cutoffs + [n_classes]
        self.div_value = div_value
        self.head_bias = head_bias
        self.shortlist_size = self.cutoffs[0]
        self.n_clusters = len(self.cutoffs) - 1
        self.head_size = self.shortlist_size + self.n_clusters
        self.head = Linear(self.in_features, self.head_size, bias=self.head_bias, dtype=dtype)
        self.tail = ModuleList()
        for i in range(self.n_clusters):
            hsz = int(self.in_features // (self.div_value ** (i + 1)))
            osz = self.cutoffs[i + 1] - self.cutoffs[i]
            projection = Sequential(Linear(self.in_features, hsz, bias=False, dtype=dtype),
                                    Linear(hsz, osz, bias=False, dtype=dtype))
            self.tail.append(projection)

    def reset_parameters(self):
        self.head.reset_parameters()
        for i2h, h2o in self.tail:
            i2h.reset_parameters()
            h2o.reset_parameters()

    def forward(self, input_, target_):
        torch = _torch()
        targ_dim = target_.dim()
        if targ_dim == 1:
            if input_.size(0) != target_.size(0):
                raise RuntimeError("Input and target should have the same size in the batch dimension.")
            if input_.dim() != 2:
                raise RuntimeError("1D target tensor expects 2D input tensors, but found inputs with size",
                                   input_.size())
        elif targ_dim == 0:
            if input_.dim() != 1:
                raise RuntimeError("0D target tensor expects 1D input tensors, but found inputs with size",
                                   input_.size())
        else:
            raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
        is_batched = targ_dim > 0
        input = input_ if is_batched else input_.unsqueeze(0)
        target = target_ if is_batched else target_.unsqueeze(0)
        tl = [int(t) for t in target.tolist()]
        batch_size = len(tl)
        output = torch.zeros(batch_size, dtype=input.dtype)
        gather_inds = [0] * batch_size
        used_rows = 0
        cutoff_values = [0] + self.cutoffs
        import numpy as np

        for i in range(len(cutoff_values) - 1):
            low_idx, high_idx = cutoff_values[i], cutoff_values[i + 1]
            rows = [r for r, t in enumerate(tl) if low_idx <= t < high_idx]
            if not rows:
                continue
            if i == 0:
                for r in rows:
                    gather_inds[r] = tl[r]
            else:
                rel = torch.tensor([tl[r] - low_idx for r in rows], dtype=torch.int64)
                input_subset = input.index_select(0, torch.tensor(rows, dtype=torch.int64))
                cluster_output = self.tail[i - 1](input_subset)
                cluster_index = self.shortlist_size + i - 1
                for r in rows:
                    gather_inds[r] = cluster_index
                cluster_logprob = F.log_softmax(cluster_output, dim=1)
                local_logprob = cluster_logprob.gather(1, rel.unsqueeze(1)).squeeze(1)
                P = np.zeros((batch_size, len(rows)))
                for j, r in enumerate(rows):
                    P[r, j] = 1.0
                output = output + torch.tensor(P, dtype=input.dtype) @ local_logprob
            used_rows += len(rows)
        if used_rows != batch_size:
            raise RuntimeError(f"Target values should be in [0, {self.n_classes - 1}], but values in range "
                               f"[{target.min().item()}, {target.max().item()}] were found. ")
        head_output = self.head(input)
        head_logprob = F.log_softmax(head_output, dim=1)
        gi = torch.tensor(gather_inds, dtype=torch.int64)
        output = output + head_logprob.gather(1, gi.unsqueeze(1)).squeeze()
        loss = (-output).mean()
        if not is_batched:
            output = output.squeeze(0)
        return _ASMoutput(output, loss)

    def _get_full_log_prob(self, input, head_output):
        torch = _torch()
        head_logprob = F.log_softmax(head_output, dim=1)
        parts = [head_logprob[:, : self.shortlist_size]]
        for i, (start_idx, stop_idx) in enumerate(zip(self.cutoffs, self.cutoffs[1:])):
            cluster_output = self.tail[i](input)
            cluster_logprob = F.log_softmax(cluster_output, dim=1)
            parts.append(cluster_logprob + head_logprob[:, self.shortlist_size + i].unsqueeze(1))
        return torch.cat(parts, 1)

    def log_prob(self, input):
        is_batched = input.dim() > 1
        input = input if is_batched else input.unsqueeze(0)
        head_output = self.head(input)
        out = self._get_full_log_prob(input, head_output)
        return out if is_batched else out.squeeze(0)

    def predict(self, input):
        torch = _torch()
        is_batched = input.dim() > 1
        input = input if is_batched else input.unsqueeze(0)
        head_output = self.head(input)
        output = torch.argmax(head_output, dim=1)
        not_in_shortlist = output >= self.shortlist_size
        if not bool(not_in_shortlist.any()):
            return output if is_batched else output.squeeze(0)
        log_prob = self._get_full_log_prob(input, head_output)
        full = torch.argmax(log_prob, dim=1)
        output = torch.where(not_in_shortlist, full, output)
        return output if is_batched else output.squeeze(0)


# ====================================================================== FractionalMaxPool2d
def _frac_intervals(sample, input_size, output_size, pool_size):
    import numpy as np

    f = np.float32 if isinstance(sample, np.float32) else np.float64
    seq = [0] * output_size
    if output_size > 1:
        alpha = f(input_size - pool_size) / f(output_size - 1)
        for i in range(output_size - 1):
            seq[i] = int(f((f(i) + sample) * alpha)) - int(f(sample * alpha))
    if output_size > 0:
        seq[output_size - 1] = input_size - pool_size
    return seq


def fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None, return_indices=False,
                          _random_samples=None):
    import numpy as np

    torch = _torch()
    if output_size is None and output_ratio is None:
        raise ValueError("fractional_max_pool2d requires specifying either an output_size or an output_ratio")
    if output_size is None:
        ratio = _ntuple(output_ratio, 2)
        output_size = [int(input.size(-2) * ratio[0]), int(input.size(-1) * ratio[1])]
    oh, ow = _ntuple(output_size, 2)
    kh, kw = _ntuple(kernel_size, 2)
    if _random_samples is None:
        n_batch = 1 if input.dim() == 3 else input.size(0)
        _random_samples = torch.rand(n_batch, input.size(-3), 2, dtype=input.dtype)
    unbatched = input.dim() == 3
    x = input.unsqueeze(0) if unbatched else input
    N, C, H, W = x.shape
    if oh + kh - 1 > H:
        raise RuntimeError(f"fractional_max_pool2d(): pool height {kh} too large relative to input height {H}")
    if ow + kw - 1 > W:
        raise RuntimeError(f"fractional_max_pool2d(): pool width {kw} too large relative to input width {W}")
    samples = _random_samples.detach().numpy(True)
    a = x.detach().numpy(True)
    ind = np.zeros((N, C, oh, ow), dtype=np.int64)
    for b in range(N):
        for c in range(C):
            sw_ = _frac_intervals(samples[b, c, 0], W, ow, kw)
            sh_ = _frac_intervals(samples[b, c, 1], H, oh, kh)
            plane = a[b, c]
            for i, hs in enumerate(sh_):
                for j, ws in enumerate(sw_):
                    best, bidx = -np.inf, hs * W + ws
                    for h2 in range(hs, hs + kh):
                        for w2 in range(ws, ws + kw):
                            v = plane[h2, w2]
                            if v > best or np.isnan(v):
                                best, bidx = v, h2 * W + w2
                    ind[b, c, i, j] = bidx
    idx = torch.tensor(ind, dtype=torch.int64)
    out = x.reshape(N, C, H * W).gather(2, idx.reshape(N, C, oh * ow)).reshape(N, C, oh, ow)
    if unbatched:
        out, idx = out.squeeze(0), idx.squeeze(0)
    if out.requires_grad:
        out = out._named("FractionalMaxPool2DBackward0")
    if return_indices:
        return out, idx
    return out


def fractional_max_pool2d_with_indices(input, kernel_size, output_size=None, output_ratio=None,
                                       return_indices=False, _random_samples=None):
    return fractional_max_pool2d(input, kernel_size, output_size, output_ratio, True, _random_samples)


class FractionalMaxPool2d(Module):
    def __init__(self, kernel_size, output_size=None, output_ratio=None, return_indices=False,
                 _random_samples=None):
        super().__init__()
        self.kernel_size = _ntuple(kernel_size, 2)
        self.return_indices = return_indices
        self.register_buffer("_random_samples", _random_samples)
        self.output_size = _ntuple(output_size, 2) if output_size is not None else None
        self.output_ratio = _ntuple(output_ratio, 2) if output_ratio is not None else None
        if output_size is None and output_ratio is None:
            raise ValueError("FractionalMaxPool2d requires specifying either an output size, or a pooling ratio")
        if output_size is not None and output_ratio is not None:
            raise ValueError("only one of output_size and output_ratio may be specified")
        if self.output_ratio is not None:
            if not (0 < self.output_ratio[0] < 1 and 0 < self.output_ratio[1] < 1):
                raise ValueError(f"output_ratio must be between 0 and 1 (got {output_ratio})")

    def forward(self, input):
        return fractional_max_pool2d(input, self.kernel_size, self.output_size, self.output_ratio,
                                     self.return_indices, _random_samples=self._random_samples)

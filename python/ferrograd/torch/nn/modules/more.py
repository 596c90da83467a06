"""More activations, normalisations, padding, resampling, dropout variants, EmbeddingBag and losses, as
composites of differentiable ops (torch's formulas, reprs, RNG draws and top grad_fn names)."""
import math

from .... import _core
from .. import functional as F
from .. import init
from ..parameter import Parameter
from .extra import _AdaptiveMaxPoolNd
from .module import Module

__all__ = [
    "Hardtanh", "SELU", "CELU", "GLU", "LogSigmoid", "Softsign", "Tanhshrink", "Threshold", "Hardshrink", "Softshrink", "PReLU",
    "RReLU", "Softmax2d", "GroupNorm", "InstanceNorm1d", "InstanceNorm2d", "ZeroPad1d", "ZeroPad2d", "ConstantPad1d",
    "ConstantPad2d", "ReflectionPad1d", "ReflectionPad2d", "ReplicationPad1d", "ReplicationPad2d", "PixelShuffle",
    "PixelUnshuffle", "AdaptiveMaxPool2d", "Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d", "EmbeddingBag",
    "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "MarginRankingLoss", "HingeEmbeddingLoss",
    "SoftMarginLoss", "CosineEmbeddingLoss", "TripletMarginLoss", "MultiLabelSoftMarginLoss", "PoissonNLLLoss",
    "GaussianNLLLoss",
]
FUNCTIONS = [
    "selu", "celu", "glu", "logsigmoid", "softsign", "tanhshrink", "threshold", "hardshrink", "softshrink", "prelu",
    "rrelu", "group_norm", "instance_norm", "pixel_shuffle", "pixel_unshuffle", "adaptive_max_pool2d", "interpolate",
    "upsample", "embedding_bag", "dropout1d", "dropout2d", "dropout3d", "alpha_dropout", "feature_alpha_dropout",
    "margin_ranking_loss", "hinge_embedding_loss", "soft_margin_loss", "cosine_embedding_loss",
    "triplet_margin_loss", "multilabel_soft_margin_loss", "poisson_nll_loss", "gaussian_nll_loss",
]


def _full(like, v):
    return _core.full_like(like, float(v))


def _where(c, a, b):
    return _core.where_(c, a, b)


# ---- activations ----
_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def _nonpos(x):
    """min(x, 0) whose gradient at 0 is 1 (as the negative branches of ATen's kernels)."""
    return _where(x > 0, _full(x, 0.0), x)


def _nonneg(x):
    return _where(x < 0, _full(x, 0.0), x)


def selu(input, inplace=False):
    neg = (_nonpos(input).exp() - 1.0) * (_SELU_ALPHA * _SELU_SCALE)
    return _where(input > 0, input * _SELU_SCALE, neg)._renamed("EluBackward0")


def celu(input, alpha=1.0, inplace=False):
    neg = ((_nonpos(input) / alpha).exp() - 1.0) * alpha
    return _where(input > 0, input, neg)._renamed("CeluBackward0")


def glu(input, dim=-1):
    n = input.shape[dim]
    if n % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension {dim % input.dim()} is size {n}")
    a, b = input.chunk(2, dim)
    return (a * b.sigmoid())._renamed("GluBackward0")


def logsigmoid(input):
    # -softplus(-x), stable on both sides
    neg = input - _nonpos(input).exp().log1p()
    pos = -((-_nonneg(input)).exp().log1p())
    return _where(input < 0, neg, pos)._renamed("LogSigmoidBackward0")


def softsign(input):
    return input / (input.abs() + 1)


def tanhshrink(input):
    return input - input.tanh()


def threshold(input, threshold, value, inplace=False):
    return _where(input > threshold, input, _full(input, value))._renamed("ThresholdBackward0")


def hardshrink(input, lambd=0.5):
    keep = (input > lambd) | (input < -lambd)
    return _where(keep, input, _full(input, 0.0))._renamed("HardshrinkBackward0")


def softshrink(input, lambd=0.5):
    out = _where(input > lambd, input - lambd, _where(input < -lambd, input + lambd, input * 0))
    return out._renamed("SoftshrinkBackward0")


def prelu(input, weight):
    w = weight
    if input.dim() >= 2 and weight.numel() > 1:
        w = weight.reshape(*([1, weight.numel()] + [1] * (input.dim() - 2)))
    return _where(input > 0, input, input * w)._renamed("PreluKernelBackward0")


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False):
    if not training:
        return F.leaky_relu(input, (lower + upper) / 2)._renamed("RreluWithNoiseBackward0")
    import numpy as np

    from ... import _random

    a = input.detach().numpy(True)
    noise = np.ones(a.size, dtype=np.float64)
    neg = a.reshape(-1) <= 0
    noise[neg] = _random._mt.uniform(_random._gen(None), int(neg.sum()), lower, upper, True)
    nt = _core.tensor(noise.reshape(a.shape).astype(a.dtype), input.dtype, False, 0)
    return (input * nt)._renamed("RreluWithNoiseBackward0")


# ---- normalisation ----
def group_norm(input, num_groups, weight=None, bias=None, eps=1e-5):
    N, C = input.shape[0], input.shape[1]
    if C % num_groups:
        raise RuntimeError(f"Expected number of channels in input to be divisible by num_groups, but got input of "
                           f"shape {list(input.shape)} and num_groups={num_groups}")
    x = input.reshape(N, num_groups, -1)
    xd = x.double()  # statistics accumulated in double, as ATen's CPU kernels do
    mean = xd.mean(-1, True)
    var = ((xd - mean) ** 2).mean(-1, True)
    y = ((xd - mean) / (var + eps).sqrt()).to(input.dtype).reshape(*input.shape)
    shape = [1, C] + [1] * (input.dim() - 2)
    if weight is not None:
        y = y * weight.reshape(*shape)
    if bias is not None:
        y = y + bias.reshape(*shape)
    return y._renamed("NativeGroupNormBackward0")


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


# ---- resampling / rearranging ----
def pixel_shuffle(input, upscale_factor):
    r = upscale_factor
    *lead, C, H, W = input.shape
    if C % (r * r):
        raise RuntimeError(f"pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of "
                           f"upscale_factor, but input.size(-3)={C} is not divisible by {r * r}")
    oc = C // (r * r)
    x = input.reshape(*lead, oc, r, r, H, W)
    n = len(lead)
    x = x.permute(*range(n), n, n + 3, n + 1, n + 4, n + 2)
    return x.reshape(*lead, oc, H * r, W * r)


def pixel_unshuffle(input, downscale_factor):
    r = downscale_factor
    *lead, C, H, W = input.shape
    x = input.reshape(*lead, C, H // r, r, W // r, r)
    n = len(lead)
    x = x.permute(*range(n), n, n + 2, n + 4, n + 1, n + 3)
    return x.reshape(*lead, C * r * r, H // r, W // r)


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def _bounds(L, out):
    return [((i * L) // out, -((-(i + 1) * L) // out)) for i in range(out)]


def adaptive_max_pool2d(input, output_size, return_indices=False):
    if return_indices:
        raise NotImplementedError("ferrograd: adaptive_max_pool2d(return_indices=True) is not supported")
    H, W = input.shape[-2], input.shape[-1]
    oh, ow = _pair(output_size)
    oh = H if oh is None else oh
    ow = W if ow is None else ow
    rows = []
    for a, b in _bounds(H, oh):
        cols = [input.narrow(-2, a, b - a).narrow(-1, c, d - c).amax((-2, -1), True) for c, d in _bounds(W, ow)]
        rows.append(_core.cat(cols, -1))
    return _core.cat(rows, -2)


def _src_index(out_size, in_size, align_corners, scale):
    import numpy as np

    i = np.arange(out_size, dtype=np.float64)
    if align_corners:
        return i * ((in_size - 1) / (out_size - 1)) if out_size > 1 else np.zeros(out_size)
    s = (1.0 / scale) if scale is not None else in_size / out_size
    return np.maximum((i + 0.5) * s - 0.5, 0.0)


def _linear_axis(x, dim, out_size, align_corners, scale):
    import numpy as np

    n = x.shape[dim]
    src = _src_index(out_size, n, align_corners, scale).astype(np.float32 if x.dtype._fg == "float32" else np.float64)
    i0 = np.minimum(np.floor(src).astype(np.int64), n - 1)
    i1 = np.minimum(i0 + 1, n - 1)
    lam = (src - i0).astype(src.dtype)
    a = x.index_select(dim, _core.tensor(i0, None, False, 0))
    b = x.index_select(dim, _core.tensor(i1, None, False, 0))
    shape = [1] * x.dim()
    shape[dim] = out_size
    l1 = _core.tensor(lam.reshape(shape), x.dtype, False, 0)
    l0 = _core.tensor((1 - lam).astype(src.dtype).reshape(shape), x.dtype, False, 0)
    return a * l0 + b * l1


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None, recompute_scale_factor=None,
                antialias=False):
    import numpy as np

    sp = input.dim() - 2
    if size is None and scale_factor is None:
        raise ValueError("either size or scale_factor should be defined")
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if mode in ("nearest", "area", "nearest-exact") and align_corners is not None:
        raise ValueError("align_corners option can only be set with the interpolating modes: linear | bilinear | "
                         "bicubic | trilinear")
    in_sizes = list(input.shape[2:])
    if size is not None:
        out = list(size) if isinstance(size, (tuple, list)) else [size] * sp
        scales = [None] * sp
    else:
        sf = list(scale_factor) if isinstance(scale_factor, (tuple, list)) else [scale_factor] * sp
        out = [int(math.floor(n * s)) for n, s in zip(in_sizes, sf)]
        scales = [None] * sp if recompute_scale_factor else sf
    x = input
    if mode in ("nearest", "nearest-exact"):
        for k in range(sp):
            d, n, o = 2 + k, in_sizes[k], out[k]
            s = (1.0 / scales[k]) if scales[k] is not None else n / o
            i = np.arange(o, dtype=np.float64)
            idx = np.floor(i * s) if mode == "nearest" else np.floor((i + 0.5) * s)
            idx = np.minimum(idx.astype(np.int64), n - 1)
            x = x.index_select(d, _core.tensor(idx, None, False, 0))
        kind = "NearestExact" if mode == "nearest-exact" else "Nearest"
        return x._named(f"Upsample{kind}{sp}DBackward0") if x is not input else x
    if mode in ("linear", "bilinear", "trilinear"):
        want = {"linear": 1, "bilinear": 2, "trilinear": 3}[mode]
        if sp != want:
            raise NotImplementedError(f"Got {input.dim()}D input, but {mode} mode needs {want + 2}D input")
        ac = bool(align_corners)
        for k in range(sp):
            x = _linear_axis(x, 2 + k, out[k], ac, scales[k])
        return x._named(f"Upsample{mode.capitalize()}{sp}DBackward0")
    raise NotImplementedError(f"ferrograd: interpolate mode {mode!r} is not supported")


def upsample(input, size=None, scale_factor=None, mode="nearest", align_corners=None):
    return interpolate(input, size, scale_factor, mode, align_corners)


# ---- embedding bag ----
def embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode="mean",
                  sparse=False, per_sample_weights=None, include_last_offset=False, padding_idx=None):
    if input.dim() == 2:
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of "
                             "fixed length sequences. However, found offsets of type "
                             + ("<class 'torch.Tensor'>" if isinstance(offsets, _core.Tensor) else str(type(offsets))))
        B, L = input.shape
        bags = [(b * L, (b + 1) * L) for b in range(B)]
        flat = input.reshape(-1)
    else:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        flat = input
        offs = [int(o) for o in offsets.tolist()]
        n = flat.shape[0]
        ends = offs[1:] + ([] if include_last_offset else [n])
        if include_last_offset:
            offs = offs[:-1]
        bags = list(zip(offs, ends))
    emb = weight.index_select(0, flat)
    if per_sample_weights is not None:
        emb = emb * per_sample_weights.reshape(-1, 1)
    rows = []
    for a, b in bags:
        if b <= a:
            rows.append(_core.zeros(weight.shape[1], dtype=weight.dtype, tag=0))
            continue
        seg = emb.narrow(0, a, b - a)
        if mode == "sum":
            rows.append(seg.sum(0))
        elif mode == "mean":
            rows.append(seg.mean(0))
        elif mode == "max":
            rows.append(seg.amax(0))
        else:
            raise ValueError("mode has to be one of sum, mean or max")
    return _core.stack(rows, 0)._renamed("EmbeddingBagBackward0")


# ---- dropout variants ----
def _feature_dropout(input, p, training, batched_dims):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0.0:
        return input
    from ... import _random

    unbatched = input.dim() == batched_dims - 1
    x = input.unsqueeze(0) if unbatched else input
    shape = list(x.shape[:2]) + [1] * (x.dim() - 2)
    noise = _random.bernoulli_(_core.zeros(*shape, dtype=x.dtype, tag=0), 1.0 - p)
    noise = noise / (1.0 - p) if p < 1.0 else noise
    out = x * noise
    return out.squeeze(0) if unbatched else out


def dropout1d(input, p=0.5, training=True, inplace=False):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"dropout1d: Expected 2D or 3D input, but received a {input.dim()}D input. Note that "
                           "dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a "
                           "channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).")
    return _feature_dropout(input, p, training, 3)


def dropout2d(input, p=0.5, training=True, inplace=False):
    return _feature_dropout(input, p, training, 4)


def dropout3d(input, p=0.5, training=True, inplace=False):
    return _feature_dropout(input, p, training, 5)


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0.0:
        return input
    from ... import _random

    alpha = 1.7580993408473766
    a = 1.0 / math.sqrt((alpha * alpha * p + 1) * (1 - p))
    noise = _random.bernoulli_(_core.full_like(input.detach(), 0.0, None, False), 1.0 - p)
    b = (noise - 1) * (alpha * a) + alpha * a * p
    noise = noise * a
    return input * noise + b


def feature_alpha_dropout(input, p=0.5, training=False, inplace=False):
    if not training or p == 0.0:
        return input
    from ... import _random

    alpha = 1.7580993408473766
    a = 1.0 / math.sqrt((alpha * alpha * p + 1) * (1 - p))
    shape = list(input.shape[:2]) + [1] * (input.dim() - 2)
    noise = _random.bernoulli_(_core.zeros(*shape, dtype=input.dtype, tag=0), 1.0 - p)
    b = (noise - 1) * (alpha * a) + alpha * a * p
    return input * (noise * a) + b


# ---- losses ----
def _red(loss, reduction):
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    if reduction == "none":
        return loss
    raise ValueError(f"{reduction} is not a valid value for reduction")


def margin_ranking_loss(input1, input2, target, margin=0.0, size_average=None, reduce=None, reduction="mean"):
    return _red((-target * (input1 - input2) + margin).clamp(min=0.0), reduction)


def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction="mean"):
    zeros = _full(input, 0.0)
    margin_clamp = (margin - input).clamp(min=0.0)
    out_margin = _where(target != 1, margin_clamp, zeros)
    out_self = _where(target != -1, input, zeros)
    return _red(out_margin + out_self, reduction)


def soft_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    return _red((-input * target).exp().log1p(), reduction)


def cosine_embedding_loss(input1, input2, target, margin=0.0, size_average=None, reduce=None, reduction="mean"):
    eps = 1e-12
    prod = (input1 * input2).sum(-1)
    mag1 = (input1 * input1).sum(-1) + eps
    mag2 = (input2 * input2).sum(-1) + eps
    cos = prod / (mag1 * mag2).sqrt()
    zeros = _full(cos, 0.0)
    pos = _where(target == 1, 1 - cos, zeros)
    neg = _where(target == -1, (cos - margin).clamp(min=0.0), zeros)
    return _red(pos + neg, reduction)


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False, size_average=None,
                        reduce=None, reduction="mean"):
    d_pos = F.pairwise_distance(anchor, positive, p, eps)
    d_neg = F.pairwise_distance(anchor, negative, p, eps)
    if swap:
        d_neg = d_neg.minimum(F.pairwise_distance(positive, negative, p, eps))
    return _red((margin + d_pos - d_neg).clamp(min=0.0), reduction)


def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    loss = -(target * F.logsigmoid(input) + (1 - target) * F.logsigmoid(-input))
    if weight is not None:
        loss = loss * weight
    loss = loss.sum(-1) / input.shape[-1]
    return _red(loss, reduction)


def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-8, reduce=None,
                     reduction="mean"):
    if log_input:
        loss = input.exp() - target * input
    else:
        loss = input - target * (input + eps).log()
    if full:
        t = target
        stirling = t * t.log() - t + (2 * math.pi * t).log() * 0.5
        loss = loss + _where(t > 1, stirling, _full(t, 0.0))
    return _red(loss, reduction)


def gaussian_nll_loss(input, target, var, full=False, eps=1e-6, reduction="mean"):
    if var.dim() == input.dim() - 1 and tuple(var.shape) == tuple(input.shape[:-1]):
        var = var.unsqueeze(-1)
    if bool((var < 0).any()):
        raise ValueError("var has negative entry/entries")
    var = var.clone()
    with_grad = _core.set_grad_enabled(False)
    try:
        var = var.clamp(min=eps) if not var.requires_grad else var
    finally:
        _core.set_grad_enabled(with_grad)
    var = var.clamp(min=eps)
    loss = 0.5 * (var.log() + (input - target) ** 2 / var)
    if full:
        loss = loss + 0.5 * math.log(2 * math.pi)
    return _red(loss, reduction)


# ---- modules ----
class _Act(Module):
    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def extra_repr(self):
        return "inplace=True" if self.inplace else ""


class Hardtanh(Module):
    def __init__(self, min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None):
        super().__init__()
        self.min_val = min_val if min_value is None else min_value
        self.max_val = max_val if max_value is None else max_value
        self.inplace = inplace
        if self.max_val <= self.min_val:
            raise AssertionError(f"max_val ({self.max_val}) must be greater than min_val ({self.min_val})")

    def forward(self, input):
        return F.hardtanh(input, self.min_val, self.max_val)

    def extra_repr(self):
        return f"min_val={self.min_val}, max_val={self.max_val}" + (", inplace=True" if self.inplace else "")


class SELU(_Act):
    def forward(self, input):
        return selu(input)


class CELU(_Act):
    def __init__(self, alpha=1.0, inplace=False):
        super().__init__(inplace)
        self.alpha = alpha

    def forward(self, input):
        return celu(input, self.alpha)

    def extra_repr(self):
        return f"alpha={self.alpha}" + (", inplace=True" if self.inplace else "")


class GLU(Module):
    def __init__(self, dim=-1):
        super().__init__()
        self.dim = dim

    def forward(self, input):
        return glu(input, self.dim)

    def extra_repr(self):
        return f"dim={self.dim}"


class LogSigmoid(Module):
    def forward(self, input):
        return logsigmoid(input)


class Softsign(Module):
    def forward(self, input):
        return softsign(input)


class Tanhshrink(Module):
    def forward(self, input):
        return tanhshrink(input)


class Threshold(Module):
    def __init__(self, threshold, value, inplace=False):
        super().__init__()
        self.threshold, self.value, self.inplace = threshold, value, inplace

    def forward(self, input):
        return threshold(input, self.threshold, self.value)

    def extra_repr(self):
        return f"threshold={self.threshold}, value={self.value}" + (", inplace=True" if self.inplace else "")


class Hardshrink(Module):
    def __init__(self, lambd=0.5):
        super().__init__()
        self.lambd = lambd

    def forward(self, input):
        return hardshrink(input, self.lambd)

    def extra_repr(self):
        return f"{self.lambd}"


class Softshrink(Hardshrink):
    def forward(self, input):
        return softshrink(input, self.lambd)


class PReLU(Module):
    def __init__(self, num_parameters=1, init=0.25, device=None, dtype=None):
        super().__init__()
        self.num_parameters = num_parameters
        self.init = init
        self.weight = Parameter(_core.full([num_parameters], float(init), dtype, False, 0))

    def reset_parameters(self):
        init.constant_(self.weight, self.init)

    def forward(self, input):
        return prelu(input, self.weight)

    def extra_repr(self):
        return f"num_parameters={self.num_parameters}"


class RReLU(Module):
    def __init__(self, lower=1.0 / 8, upper=1.0 / 3, inplace=False):
        super().__init__()
        self.lower, self.upper, self.inplace = lower, upper, inplace

    def forward(self, input):
        return rrelu(input, self.lower, self.upper, self.training)

    def extra_repr(self):
        return f"lower={self.lower}, upper={self.upper}" + (", inplace=True" if self.inplace else "")


class Softmax2d(Module):
    def forward(self, input):
        if input.dim() not in (3, 4):
            raise ValueError(f"Softmax2d: expected input to be 3D or 4D, got {input.dim()}D instead")
        return input.softmax(-3)


class GroupNorm(Module):
    def __init__(self, num_groups, num_channels, eps=1e-5, affine=True, bias=True, device=None, dtype=None):
        super().__init__()
        if num_channels % num_groups != 0:
            raise ValueError(f"num_channels ({num_channels}) must be divisible by num_groups ({num_groups})")
        self.num_groups, self.num_channels, self.eps, self.affine = num_groups, num_channels, eps, affine
        self._has_bias = bias
        if affine:
            self.weight = Parameter(_core.full([num_channels], 1.0, dtype, False, 0))
            if bias:
                self.bias = Parameter(_core.full([num_channels], 0.0, dtype, False, 0))
            else:
                self.register_parameter("bias", None)
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)

    def forward(self, input):
        return group_norm(input, self.num_groups, self.weight, self.bias, self.eps)

    def extra_repr(self):
        return (f"{self.num_groups}, {self.num_channels}, eps={self.eps}, affine={self.affine}, "
                f"bias={self._has_bias if self.affine else False}")


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


def _ntuple(v, n):
    return tuple(v) if isinstance(v, (tuple, list)) else (v,) * n


class _Pad(Module):
    _n = 2
    _mode = "constant"

    def __init__(self, padding, value=0.0):
        super().__init__()
        self.padding = _ntuple(padding, 2 * self._n)
        self.value = value

    def forward(self, input):
        if self._mode == "constant":
            return F.pad(input, self.padding, "constant", self.value)
        return _pad_index(input, self.padding, self._mode)

    def extra_repr(self):
        if self._mode == "constant" and type(self).__name__.startswith("Constant"):
            return f"padding={self.padding}, value={self.value}"
        return f"{self.padding}"


def _pad_index(x, pad, mode):
    import numpy as np

    for i in range(len(pad) // 2):
        d = x.dim() - 1 - i
        lo, hi = pad[2 * i], pad[2 * i + 1]
        n = x.shape[d]
        idx = np.arange(-lo, n + hi)
        if mode == "reflect":
            if lo >= n or hi >= n:
                raise RuntimeError(f"Argument #4: Padding size should be less than the corresponding input dimension, "
                                   f"but got: padding ({lo}, {hi}) at dimension {d} of input {list(x.shape)}")
            idx = np.abs(idx)
            idx = np.where(idx > n - 1, 2 * (n - 1) - idx, idx)
        else:
            idx = np.clip(idx, 0, n - 1)
        x = x.index_select(d, _core.tensor(idx.astype(np.int64), None, False, 0))
    return x


class ZeroPad1d(_Pad):
    _n = 1

    def __init__(self, padding):
        super().__init__(padding, 0.0)


class ZeroPad2d(_Pad):
    _n = 2

    def __init__(self, padding):
        super().__init__(padding, 0.0)


class ConstantPad1d(_Pad):
    _n = 1


class ConstantPad2d(_Pad):
    _n = 2


class ReflectionPad1d(_Pad):
    _n = 1
    _mode = "reflect"


class ReflectionPad2d(_Pad):
    _n = 2
    _mode = "reflect"


class ReplicationPad1d(_Pad):
    _n = 1
    _mode = "replicate"


class ReplicationPad2d(_Pad):
    _n = 2
    _mode = "replicate"


class PixelShuffle(Module):
    def __init__(self, upscale_factor):
        super().__init__()
        self.upscale_factor = upscale_factor

    def forward(self, input):
        return pixel_shuffle(input, self.upscale_factor)

    def extra_repr(self):
        return f"upscale_factor={self.upscale_factor}"


class PixelUnshuffle(Module):
    def __init__(self, downscale_factor):
        super().__init__()
        self.downscale_factor = downscale_factor

    def forward(self, input):
        return pixel_unshuffle(input, self.downscale_factor)

    def extra_repr(self):
        return f"downscale_factor={self.downscale_factor}"


class AdaptiveMaxPool2d(_AdaptiveMaxPoolNd):
    def forward(self, input):
        return adaptive_max_pool2d(input, self.output_size, self.return_indices)


class Upsample(Module):
    def __init__(self, size=None, scale_factor=None, mode="nearest", align_corners=None, recompute_scale_factor=None):
        super().__init__()
        self.name = type(self).__name__
        self.size = size
        self.scale_factor = float(scale_factor) if isinstance(scale_factor, (int, float)) else (
            tuple(float(f) for f in scale_factor) if scale_factor else None)
        self.mode = mode
        self.align_corners = align_corners
        self.recompute_scale_factor = recompute_scale_factor

    def forward(self, input):
        return interpolate(input, self.size, self.scale_factor, self.mode, self.align_corners,
                           recompute_scale_factor=self.recompute_scale_factor)

    def extra_repr(self):
        if self.scale_factor is not None:
            info = "scale_factor=" + repr(self.scale_factor)
        else:
            info = "size=" + repr(self.size)
        return info + ", mode=" + repr(self.mode)


class UpsamplingNearest2d(Upsample):
    def __init__(self, size=None, scale_factor=None):
        super().__init__(size, scale_factor, mode="nearest")


class UpsamplingBilinear2d(Upsample):
    def __init__(self, size=None, scale_factor=None):
        super().__init__(size, scale_factor, mode="bilinear", align_corners=True)


class EmbeddingBag(Module):
    def __init__(self, num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
                 mode="mean", sparse=False, _weight=None, include_last_offset=False, padding_idx=None, device=None,
                 dtype=None):
        super().__init__()
        self.num_embeddings, self.embedding_dim = num_embeddings, embedding_dim
        self.max_norm, self.norm_type, self.scale_grad_by_freq = max_norm, norm_type, scale_grad_by_freq
        self.mode, self.sparse, self.include_last_offset, self.padding_idx = mode, sparse, include_last_offset, \
            padding_idx
        if _weight is None:
            self.weight = Parameter(_core.zeros(num_embeddings, embedding_dim, dtype=dtype, tag=0))
            self.reset_parameters()
        else:
            self.weight = Parameter(_weight)

    def reset_parameters(self):
        init.normal_(self.weight)

    def forward(self, input, offsets=None, per_sample_weights=None):
        return embedding_bag(input, self.weight, offsets, mode=self.mode, per_sample_weights=per_sample_weights,
                             include_last_offset=self.include_last_offset)

    def extra_repr(self):
        s = "{num_embeddings}, {embedding_dim}"
        if self.max_norm is not None:
            s += ", max_norm={max_norm}"
        if self.norm_type != 2:
            s += ", norm_type={norm_type}"
        if self.scale_grad_by_freq is not False:
            s += ", scale_grad_by_freq={scale_grad_by_freq}"
        s += ", mode={mode}"
        if self.padding_idx is not None:
            s += ", padding_idx={padding_idx}"
        return s.format(**{k: (repr(v) if k == "mode" else v) for k, v in self.__dict__.items()})


class _DropoutNd(Module):
    def __init__(self, p=0.5, inplace=False):
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p, self.inplace = p, inplace

    def extra_repr(self):
        return f"p={self.p}, inplace={self.inplace}"


class Dropout1d(_DropoutNd):
    def forward(self, input):
        return dropout1d(input, self.p, self.training)


class Dropout2d(_DropoutNd):
    def forward(self, input):
        return dropout2d(input, self.p, self.training)


class Dropout3d(_DropoutNd):
    def forward(self, input):
        return dropout3d(input, self.p, self.training)


class AlphaDropout(_DropoutNd):
    def forward(self, input):
        return alpha_dropout(input, self.p, self.training)


class _LossBase(Module):
    def __init__(self, size_average=None, reduce=None, reduction="mean"):
        super().__init__()
        self.reduction = reduction


class MarginRankingLoss(_LossBase):
    def __init__(self, margin=0.0, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin = margin

    def forward(self, input1, input2, target):
        return margin_ranking_loss(input1, input2, target, self.margin, reduction=self.reduction)


class HingeEmbeddingLoss(_LossBase):
    def __init__(self, margin=1.0, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin = margin

    def forward(self, input, target):
        return hinge_embedding_loss(input, target, self.margin, reduction=self.reduction)


class SoftMarginLoss(_LossBase):
    def forward(self, input, target):
        return soft_margin_loss(input, target, reduction=self.reduction)


class CosineEmbeddingLoss(_LossBase):
    def __init__(self, margin=0.0, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin = margin

    def forward(self, input1, input2, target):
        return cosine_embedding_loss(input1, input2, target, self.margin, reduction=self.reduction)


class TripletMarginLoss(_LossBase):
    def __init__(self, margin=1.0, p=2.0, eps=1e-6, swap=False, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.margin, self.p, self.eps, self.swap = margin, p, eps, swap

    def forward(self, anchor, positive, negative):
        return triplet_margin_loss(anchor, positive, negative, self.margin, self.p, self.eps, self.swap,
                                   reduction=self.reduction)


class MultiLabelSoftMarginLoss(_LossBase):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.register_buffer("weight", weight)

    def forward(self, input, target):
        return multilabel_soft_margin_loss(input, target, self.weight, reduction=self.reduction)


class PoissonNLLLoss(_LossBase):
    def __init__(self, log_input=True, full=False, size_average=None, eps=1e-8, reduce=None, reduction="mean"):
        super().__init__(size_average, reduce, reduction)
        self.log_input, self.full, self.eps = log_input, full, eps

    def forward(self, log_input, target):
        return poisson_nll_loss(log_input, target, self.log_input, self.full, eps=self.eps, reduction=self.reduction)


class GaussianNLLLoss(_LossBase):
    def __init__(self, *, full=False, eps=1e-6, reduction="mean"):
        super().__init__(None, None, reduction)
        self.full, self.eps = full, eps

    def forward(self, input, target, var):
        return gaussian_nll_loss(input, target, var, self.full, self.eps, self.reduction)

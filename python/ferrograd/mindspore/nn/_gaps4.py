"""mindspore.nn layers and losses added in session 4 (gap list /work/notes/s4/ms_gaps.txt): simple activation
and shape cells (Softmin, Tanhshrink, Threshold, HShrink, SoftShrink, GLU, Tril, Triu, OneHot, Range, Norm, MatMul,
Roll, PixelShuffle, ChannelShuffle, Reflection/Replication/Constant pads, Pad, Upsample, adaptive max pools,
channel dropouts, ReduceLogSumExp, Moments, MatInverse, MatDet, Softmax2d, ClipByNorm, L1Regularizer) and
losses (MarginRankingLoss, MultiLabelSoftMarginLoss, TripletMarginLoss, HingeEmbeddingLoss, PoissonNLLLoss,
GaussianNLLLoss, FocalLoss, DiceLoss, MultiClassDiceLoss, MultiMarginLoss)."""
from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor, _mean, _sum, astype
from ..ops import _extra as X
from ..ops import _gaps4 as G
from ..ops import functional as F
from .cell import Cell
from .loss import LossBase

__all__ = [
    "Softmin", "Tanhshrink", "Threshold", "HShrink", "SoftShrink", "GLU", "Tril", "Triu", "OneHot", "Range", "Norm",
    "MatMul", "Roll", "PixelShuffle", "PixelUnshuffle", "ChannelShuffle", "ReflectionPad1d", "ReflectionPad2d",
    "ReflectionPad3d", "ReplicationPad1d", "ReplicationPad2d", "ReplicationPad3d", "ConstantPad1d", "ConstantPad3d",
    "Pad", "Upsample", "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "Dropout1d", "Dropout2d", "Dropout3d",
    "ReduceLogSumExp", "Moments", "MatInverse", "MatDet", "Softmax2d", "ClipByNorm", "L1Regularizer",
    "MarginRankingLoss", "MultiLabelSoftMarginLoss", "TripletMarginLoss", "HingeEmbeddingLoss", "PoissonNLLLoss",
    "GaussianNLLLoss", "FocalLoss", "DiceLoss", "MultiClassDiceLoss", "MultiMarginLoss",
]


def _check_int(cls, name, v):
    if not isinstance(v, int) or isinstance(v, bool):
        raise TypeError(f"For '{cls}', the type of '{name}' should be 'int', but got type '{type(v).__name__}'.")


def _check_float(cls, name, v):
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise TypeError(f"For '{cls}', the type of '{name}' should be 'float', but got type '{type(v).__name__}'.")


# ------------------------------------------------------------------ activations / simple cells

class Softmin(Cell):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return G.softmin(x, self.axis)


class Tanhshrink(Cell):
    def construct(self, x):
        return G.tanhshrink(x)


class Threshold(Cell):
    def __init__(self, threshold, value):
        super().__init__()
        self.threshold = threshold
        self.value = value

    def construct(self, input_x):
        return G.threshold(input_x, self.threshold, self.value)


class HShrink(Cell):
    def __init__(self, lambd=0.5):
        super().__init__()
        self.lambd = lambd

    def construct(self, input_x):
        return G.hardshrink(input_x, self.lambd)


class SoftShrink(Cell):
    def __init__(self, lambd=0.5):
        super().__init__()
        if lambd < 0:
            raise RuntimeError(f"For 'SoftShrink', the values for lambd should be greater or equal to 0, , but found "
                               f"to be [{lambd:g}].")
        self.lambd = lambd

    def construct(self, input_x):
        return G.softshrink(input_x, self.lambd)


class GLU(Cell):
    def __init__(self, axis=-1):
        super().__init__()
        self.dim = axis

    def construct(self, x):
        return G.glu(x, self.dim)


class Softmax2d(Cell):
    def construct(self, x):
        if x.ndim not in (3, 4):
            raise ValueError(f"For 'Softmax2d', the input must be 3D or 4D, but got {x.ndim}D.")
        return F.softmax(x, -3)


def _tri_mask(x, k, upper):
    r, c = x.shape[-2], x.shape[-1]
    m = np.triu(np.ones((r, c)), k) if upper else np.tril(np.ones((r, c)), k)
    return x * Tensor(m.astype(X._np_of(x).dtype))


class Tril(Cell):
    def construct(self, x, k=0):
        return _tri_mask(x, k, False)


class Triu(Cell):
    def construct(self, x, k=0):
        return _tri_mask(x, k, True)


class OneHot(Cell):
    def __init__(self, axis=-1, depth=1, on_value=1.0, off_value=0.0, dtype=_dtype.float32):
        super().__init__()
        self.axis = axis
        self.depth = depth
        self.on_value = on_value
        self.off_value = off_value
        self.dtype = dtype

    def construct(self, indices):
        a = X._np_of(indices).astype(np.int64)
        oh = (a[..., None] == np.arange(self.depth)).astype(np.float64)
        out = np.where(oh > 0, self.on_value, self.off_value)
        if self.axis != -1:
            out = np.moveaxis(out, -1, self.axis)
        return Tensor(np.ascontiguousarray(out).astype(np.float32), self.dtype)


class Range(Cell):
    def __init__(self, start, limit=None, delta=1):
        super().__init__()
        if delta == 0:
            raise ValueError("For 'Range', the 'delta' cannot be equal to zero.")
        if limit is None:
            start, limit = 0, start
        self.start, self.limit, self.delta = start, limit, delta
        is_f = any(isinstance(v, float) for v in (start, limit, delta))
        self._out = np.arange(start, limit, delta).astype(np.float32 if is_f else np.int64)

    def construct(self):
        return Tensor(self._out)


class Norm(Cell):
    def __init__(self, axis=(), keep_dims=False):
        super().__init__()
        self.axis = axis
        self.keep_dims = keep_dims

    def construct(self, x):
        axis = self.axis if self.axis != () else None
        return F.sqrt(_sum(x * x, axis, None, self.keep_dims))

    def extend_repr(self):
        return f"axis={self.axis}, keep_dims={self.keep_dims}"


class MatMul(Cell):
    def __init__(self, transpose_x1=False, transpose_x2=False):
        super().__init__()
        self.transpose_x1 = transpose_x1
        self.transpose_x2 = transpose_x2

    def construct(self, x1, x2):
        if self.transpose_x1:
            x1 = x1.swapaxes(-1, -2)
        if self.transpose_x2:
            x2 = x2.swapaxes(-1, -2)
        return F.matmul(x1, x2)


class Roll(Cell):
    def __init__(self, shift, axis):
        super().__init__()
        self.shift = shift
        self.axis = axis

    def construct(self, input_x):
        return X.roll(input_x, self.shift, self.axis)


class PixelShuffle(Cell):
    def __init__(self, upscale_factor):
        super().__init__()
        self.upscale_factor = upscale_factor

    def construct(self, input):
        return G.pixel_shuffle(input, self.upscale_factor)


class PixelUnshuffle(Cell):
    def __init__(self, downscale_factor):
        super().__init__()
        self.downscale_factor = downscale_factor

    def construct(self, input):
        return G.pixel_unshuffle(input, self.downscale_factor)


class ChannelShuffle(Cell):
    def __init__(self, groups):
        super().__init__()
        if not isinstance(groups, int) or isinstance(groups, bool):
            raise TypeError(f"For ChannelShuffle, the param `groups` must be int, but got {type(groups)}.")
        if groups < 1:
            raise ValueError(f"For 'ChannelShuffle', the 'groups' must be positive, but got {groups}.")
        self.groups = groups

    def construct(self, x):
        return G.channel_shuffle(x, self.groups)


class _PadNd(Cell):
    _n = 1
    _mode = "constant"

    def __init__(self, padding, value=None):
        super().__init__()
        name = type(self).__name__
        if isinstance(padding, int):
            padding = (padding,) * (2 * self._n)
        elif isinstance(padding, (tuple, list)):
            padding = tuple(padding)
            if len(padding) != 2 * self._n:
                raise ValueError(f"For '{name}', the length of 'padding' with tuple type must equal to "
                                 f"{2 * self._n}, but got {len(padding)}.")
        else:
            raise TypeError(f"For '{name}', the type of parameter 'padding' must be in [int, tuple], but got "
                            f"{type(padding)}")
        self.padding = padding
        self.value = value

    def construct(self, x):
        if self._mode == "constant":
            return X.pad(x, self.padding, "constant", float(self.value))
        return X.pad(x, self.padding, self._mode)

    def extend_repr(self):
        return f"padding={self.padding}"


def _pad_cls(name, n, mode, const=False):
    if const:
        def __init__(self, padding, value):
            _check_float(name, "value", value)
            _PadNd.__init__(self, padding, value)
    else:
        def __init__(self, padding):
            _PadNd.__init__(self, padding)
    return type(name, (_PadNd,), {"_n": n, "_mode": mode, "__init__": __init__})


ReflectionPad1d = _pad_cls("ReflectionPad1d", 1, "reflect")
ReflectionPad2d = _pad_cls("ReflectionPad2d", 2, "reflect")
ReflectionPad3d = _pad_cls("ReflectionPad3d", 3, "reflect")
ReplicationPad1d = _pad_cls("ReplicationPad1d", 1, "replicate")
ReplicationPad2d = _pad_cls("ReplicationPad2d", 2, "replicate")
ReplicationPad3d = _pad_cls("ReplicationPad3d", 3, "replicate")
ConstantPad1d = _pad_cls("ConstantPad1d", 1, "constant", True)
ConstantPad3d = _pad_cls("ConstantPad3d", 3, "constant", True)


class Pad(Cell):
    """nn.Pad(paddings, mode='CONSTANT'): paddings is ((before, after), ...) per dimension."""

    def __init__(self, paddings, mode="CONSTANT"):
        super().__init__()
        if mode not in ("CONSTANT", "REFLECT", "SYMMETRIC"):
            raise ValueError(f"For 'Pad', the 'mode' must be in ['CONSTANT', 'REFLECT', 'SYMMETRIC'], but got "
                             f"{mode}.")
        self.paddings = paddings
        self.mode = mode

    def construct(self, x):
        a = x.asnumpy()
        pads = tuple(tuple(p) for p in self.paddings)
        m = {"CONSTANT": "constant", "REFLECT": "reflect", "SYMMETRIC": "symmetric"}[self.mode]
        out = Tensor(np.ascontiguousarray(np.pad(a, pads, m)))
        if not x.requires_grad:
            return out
        sl = tuple(slice(b, b + n) for (b, _), n in zip(pads, a.shape))
        if m == "constant":
            return _core.custom_node("PadBackward", [x], out, lambda g: [Tensor(g.asnumpy()[sl])])
        return out


class Upsample(Cell):
    def __init__(self, size=None, scale_factor=None, mode="nearest", align_corners=None,
                 recompute_scale_factor=None):
        super().__init__()
        self.size = size
        self.scale_factor = scale_factor
        self.mode = mode
        self.align_corners = align_corners
        self.recompute_scale_factor = recompute_scale_factor

    def construct(self, x):
        from ..ops import _prims2

        return _prims2.interpolate(x, self.size, self.scale_factor, self.mode, self.align_corners,
                                   self.recompute_scale_factor)


class AdaptiveMaxPool1d(Cell):
    def __init__(self, output_size):
        super().__init__()
        _check_int("AdaptiveMaxPool1d", "output_size", output_size)
        if output_size < 1:
            raise ValueError(f"For 'AdaptiveMaxPool1d', the 'output_size' must be positive, but got "
                             f"{output_size}.")
        self.output_size = output_size

    def construct(self, input):
        return G.adaptive_max_pool1d(input, self.output_size)


class AdaptiveMaxPool2d(Cell):
    def __init__(self, output_size, return_indices=False):
        super().__init__()
        self.output_size = output_size
        self.return_indices = return_indices

    def construct(self, input):
        return G.adaptive_max_pool2d(input, self.output_size, self.return_indices)


class _DropoutNd(Cell):
    _fn = None

    def __init__(self, p=0.5):
        super().__init__()
        _check_float(type(self).__name__, "p", p)
        if p < 0 or p > 1:
            raise ValueError(f"For '{type(self).__name__}', the 'p' must be a number in range [0, 1], but got "
                             f"{p}.")
        self.keep_prob = 1.0 - p
        self.p = p

    def construct(self, x):
        if not self.training or self.p == 0:
            return x
        return type(self)._fn(x, self.p, True)

    def extend_repr(self):
        return f"p={self.p}"


class Dropout1d(_DropoutNd):
    _fn = staticmethod(G.dropout1d)


class Dropout2d(_DropoutNd):
    _fn = staticmethod(G.dropout2d)


class Dropout3d(_DropoutNd):
    _fn = staticmethod(G.dropout3d)


class ReduceLogSumExp(Cell):
    def __init__(self, axis, keep_dims=False):
        super().__init__()
        self.axis = axis
        self.keep_dims = keep_dims

    def construct(self, x):
        # as MindSpore: the max over all elements, then exp, sum over axis, log, plus that max
        m = x.amax().detach()
        r = F.log(_sum(F.exp(x - m), self.axis if self.axis != () else None, None, self.keep_dims))
        return r + m


class Moments(Cell):
    def __init__(self, axis=None, keep_dims=None):
        super().__init__()
        self.axis = axis
        self.keep_dims = bool(keep_dims)

    def construct(self, x):
        mean = _mean(x, self.axis, self.keep_dims)
        d = x - _mean(x, self.axis, True)
        var = _mean(d * d, self.axis, self.keep_dims)
        return mean, var


class MatInverse(Cell):
    def construct(self, a):
        return X.inverse(a)


class MatDet(Cell):
    def construct(self, a):
        return X.det(a)


class ClipByNorm(Cell):
    def __init__(self, axis=None):
        super().__init__()
        self.axis = () if axis is None else axis

    def construct(self, x, clip_norm):
        ax = None if self.axis == () else self.axis
        l2 = F.sqrt(_sum(x * x, ax, None, True))
        cn = clip_norm if isinstance(clip_norm, _core.Tensor) else Tensor(float(clip_norm), x.dtype)
        return x * cn / F.maximum(l2, astype(cn, x.dtype))


class L1Regularizer(Cell):
    def __init__(self, scale):
        super().__init__()
        _check_float("L1Regularizer", "scale", scale)
        if scale <= 0:
            raise ValueError(f"For 'L1Regularizer', the 'scale' must be greater than 0, but got {scale}.")
        self.scale = Tensor(float(scale), _dtype.float32)

    def construct(self, weights):
        return self.scale * _sum(weights.abs())


# ------------------------------------------------------------------ losses

class MarginRankingLoss(LossBase):
    def __init__(self, margin=0.0, reduction="mean"):
        super().__init__(reduction)
        self.margin = margin

    def construct(self, input1, input2, target):
        return G.margin_ranking_loss(input1, input2, target, self.margin, self.reduction)


class MultiLabelSoftMarginLoss(LossBase):
    def __init__(self, weight=None, reduction="mean"):
        super().__init__(reduction)
        self.weight = weight

    def construct(self, x, target):
        return G.multilabel_soft_margin_loss(x, target, self.weight, self.reduction)


class TripletMarginLoss(LossBase):
    def __init__(self, p=2, swap=False, eps=1e-06, reduction="mean", margin=1.0):
        super().__init__(reduction)
        self.p, self.swap, self.eps, self.margin = p, swap, eps, margin

    def construct(self, x, positive, negative, margin=1.0):
        return G.triplet_margin_loss(x, positive, negative, self.margin, self.p, self.eps, self.swap,
                                     self.reduction)


class HingeEmbeddingLoss(LossBase):
    def __init__(self, margin=1.0, reduction="mean"):
        super().__init__(reduction)
        self.margin = margin

    def construct(self, logits, labels):
        return G.hinge_embedding_loss(logits, labels, self.margin, self.reduction)


class PoissonNLLLoss(LossBase):
    def __init__(self, log_input=True, full=False, eps=1e-08, reduction="mean"):
        super().__init__(reduction)
        self.log_input, self.full, self.eps = log_input, full, eps

    def construct(self, input, target):
        if self.log_input:
            loss = F.exp(input) - target * input
        else:
            loss = input - target * F.log(input + self.eps)
        if self.full:
            t = target
            st = t * F.log(t) - t + 0.5 * F.log(t * (2 * np.pi))
            loss = loss + _core.where_(t > 1, st, _core.full_like(st.detach(), 0))
        return self.get_loss(loss)


class GaussianNLLLoss(LossBase):
    def __init__(self, *, full=False, eps=1e-06, reduction="mean"):
        super().__init__(reduction)
        self.full, self.eps = full, eps

    def construct(self, logits, labels, var):
        return G.gaussian_nll_loss(logits, labels, var, self.full, self.eps, self.reduction)


class FocalLoss(LossBase):
    def __init__(self, weight=None, gamma=2.0, reduction="mean"):
        super().__init__(reduction)
        _check_float("FocalLoss", "gamma", gamma)
        self.gamma = float(gamma)
        self.weight = weight

    def construct(self, logits, labels):
        if logits.ndim != labels.ndim:
            raise ValueError(f"For 'FocalLoss', the dimension of 'logits' and 'labels' must be equal, but got "
                             f"{logits.ndim} and {labels.ndim}.")
        n, c = logits.shape[0], logits.shape[1]
        one = labels.shape[1] == 1
        if logits.ndim > 2:
            x = logits.reshape(n, c, -1)
            lab = labels.reshape(labels.shape[0], labels.shape[1], -1)
        else:
            x, lab = logits.unsqueeze(2), labels.unsqueeze(2)
        logp = F.log_softmax(x, 1)
        if one:
            idx = lab._cast("int64")
            logp = logp.gather(1, idx).squeeze(1)
        p = F.exp(logp)
        if self.weight is not None:
            w = self.weight.reshape(1, -1, 1).broadcast_to((lab.shape[0], c, lab.shape[2]))
            if one:
                w = w.gather(1, lab._cast("int64")).squeeze(1)
            logp = logp * w
        wt = F.pow(-1 * p + 1.0, self.gamma)
        if one:
            loss = _mean(-1 * wt * logp, 1)
        else:
            loss = _mean(-1 * wt * lab * logp, -1)
        return self.get_loss(loss)


class DiceLoss(LossBase):
    def __init__(self, smooth=1e-05):
        super().__init__()
        _check_float("DiceLoss", "smooth", smooth)
        self.smooth = smooth

    def construct(self, logits, label):
        if tuple(logits.shape) != tuple(label.shape):
            raise ValueError(f"For 'DiceLoss', the 'logits_shape' should be = label_shape: {tuple(label.shape)}, but "
                             f"got {tuple(logits.shape)}.")
        lg, lb = logits.reshape(-1), label.reshape(-1)
        inter = _sum(lg * lb)
        union = _sum(lg * lg) + _sum(lb * lb)
        return 1 - (2 * inter) / (union + self.smooth)


class MultiClassDiceLoss(LossBase):
    def __init__(self, weights=None, ignore_indiex=None, activation="softmax"):
        super().__init__()
        self.weights = weights
        self.ignore_indiex = ignore_indiex
        self.activation = activation
        self.binary = DiceLoss()

    def construct(self, logits, label):
        x = logits
        if self.activation == "softmax":
            x = F.softmax(x, 1)
        elif self.activation == "sigmoid":
            x = F.sigmoid(x)
        total = 0
        c = label.shape[1]
        for i in range(c):
            if i == self.ignore_indiex:
                continue
            d = self.binary(x[:, i], label[:, i])
            if self.weights is not None:
                d = d * self.weights[i]
            total = total + d
        return total / c


class MultiMarginLoss(LossBase):
    def __init__(self, p=1, margin=1.0, reduction="mean", weight=None):
        super().__init__(reduction)
        if p not in (1, 2):
            raise ValueError(f"For 'MultiMarginLoss', the 'p' must be 1 or 2, but got {p}.")
        self.p, self.margin, self.weight = p, margin, weight

    def construct(self, x, target, weight=None):
        return G.multi_margin_loss(x, target, self.p, self.margin, weight if weight is not None else self.weight,
                                   self.reduction)


# ------------------------------------------------------------------ more cells (session 4, second batch)

class LPPool1d(Cell):
    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        super().__init__()
        self.norm_type, self.kernel_size, self.stride, self.ceil_mode = norm_type, kernel_size, stride, ceil_mode

    def construct(self, x):
        return G.lp_pool1d(x, self.norm_type, self.kernel_size, self.stride, self.ceil_mode)


class LPPool2d(LPPool1d):
    def construct(self, x):
        return G.lp_pool2d(x, self.norm_type, self.kernel_size, self.stride, self.ceil_mode)


class CentralCrop(Cell):
    def __init__(self, central_fraction):
        super().__init__()
        if not isinstance(central_fraction, float) or not 0.0 < central_fraction <= 1.0:
            raise ValueError(f"For 'CentralCrop', the 'central_fraction' must be in range (0.0, 1.0], but got "
                             f"{central_fraction}.")
        self.central_fraction = central_fraction

    def construct(self, image):
        if self.central_fraction == 1.0:
            return image
        h, w = image.shape[-2], image.shape[-1]
        hs = int((float(h) - float(h * self.central_fraction)) / 2)
        ws = int((float(w) - float(w * self.central_fraction)) / 2)
        return image.narrow(image.ndim - 2, hs, h - 2 * hs).narrow(image.ndim - 1, ws, w - 2 * ws)


class ImageGradients(Cell):
    def construct(self, images):
        b, d, h, w = images.shape
        zeros_h = F.zeros((b, d, 1, w), images.dtype)
        zeros_w = F.zeros((b, d, h, 1), images.dtype)
        if h == 1:
            dy = zeros_h
        else:
            dy = F.concat((images.narrow(2, 1, h - 1) - images.narrow(2, 0, h - 1), zeros_h), 2)
        if w == 1:
            dx = zeros_w
        else:
            dx = F.concat((images.narrow(3, 1, w - 1) - images.narrow(3, 0, w - 1), zeros_w), 3)
        return dy, dx


class TimeDistributed(Cell):
    def __init__(self, layer, time_axis, reshape_with_axis=None):
        if not isinstance(layer, Cell) and not callable(layer):
            raise TypeError(f"For 'TimeDistributed', the 'layer' must be Cell or Primitive instance, but got type: "
                            f"{type(layer).__name__}.")
        super().__init__()
        self.layer = layer
        self.time_axis = time_axis
        self.reshape_with_axis = reshape_with_axis

    def construct(self, inputs):
        ta = self.time_axis % inputs.ndim
        if self.reshape_with_axis is not None:
            # MindSpore's algorithm: move the time axis next to reshape_with_axis, merge the two, run the layer
            n = inputs.ndim
            ra = self.reshape_with_axis % n
            tn = n - 2 if ra == n - 1 else (ra + 1 if ta > ra else ra - 1)
            pos = tn if tn < ra else ra
            lo, hi = (tn, ta) if tn < ta else (ta, tn)
            idx = tuple(range(n))
            perm = idx[:lo] + (idx[hi],) + idx[lo:hi] + idx[hi + 1:]
            x = inputs.permute(*perm)
            shp = tuple(x.shape)
            out = self.layer(x.reshape(*(shp[:pos] + (-1,) + shp[pos + 2:])))
            oshape = tuple(out.shape)
            new = oshape[:pos] + shp[pos:pos + 2]
            if pos + 1 < len(oshape):
                new += oshape[pos + 1:]
            return out.reshape(*((-1,) + new[1:]))
        return F.stack([self.layer(item) for item in inputs.unbind(ta)], ta)


class FastGelu(Cell):
    def construct(self, x):
        return G.fast_gelu(x)


class WithGradCell(Cell):
    def __init__(self, network, loss_fn=None, sens=None):
        super().__init__(auto_prefix=False)
        from .._tensor import ParameterTuple
        from .wrap import WithLossCell

        self.network = network
        self.loss_fn = loss_fn
        self.weights = ParameterTuple(network.trainable_params())
        self.sens = sens
        self.network_with_loss = network if loss_fn is None else WithLossCell(network, loss_fn)
        self.network_with_loss.set_train()

    def construct(self, *inputs):
        from .._grad import GradOperation

        op = GradOperation(get_by_list=True, sens_param=self.sens is not None)
        if self.sens is None:
            return op(self.network_with_loss, self.weights)(*inputs)
        return op(self.network_with_loss, self.weights)(*inputs, self.sens)


class ForwardValueAndGrad(Cell):
    def __init__(self, network, weights=None, get_all=False, get_by_list=False, sens_param=False):
        super().__init__(auto_prefix=False)
        if not isinstance(get_all, bool):
            raise TypeError(f"For 'ForwardValueAndGrad', the type of 'get_all' must be bool, but got "
                            f"'{type(get_all)}'")
        if not isinstance(get_by_list, bool):
            raise TypeError(f"For 'ForwardValueAndGrad', the type of 'get_by_list' must be bool, but got "
                            f"'{type(get_by_list)}'")
        if get_by_list and not isinstance(weights, (tuple, list)):
            raise TypeError(f"For 'ForwardValueAndGrad', when 'get_by_list' is set to True, the argument 'weights' "
                            f"must be Parameters array, but got '{type(weights)}'")
        self.network = network
        self.weights = weights
        self.get_all = get_all
        self.get_by_list = get_by_list
        self.sens_param = sens_param

    def construct(self, *inputs):
        from .._grad import GradOperation

        grad_inputs = inputs
        if self.sens_param:
            inputs = inputs[:-1]
        loss = self.network(*inputs)
        op = GradOperation(get_all=self.get_all, get_by_list=self.get_by_list, sens_param=self.sens_param)
        grads = op(self.network, self.weights)(*grad_inputs) if self.get_by_list else op(self.network)(*grad_inputs)
        return loss, grads


__all__ += ["LPPool1d", "LPPool2d", "CentralCrop", "ImageGradients", "TimeDistributed", "FastGelu", "WithGradCell",
            "ForwardValueAndGrad"]


class BatchNorm3d(Cell):
    """nn.BatchNorm3d: MindSpore's reshape to (N, C, D*H, W) through a BatchNorm2d named bn2d."""

    def __init__(self, num_features, eps=1e-05, momentum=0.9, affine=True, gamma_init="ones", beta_init="zeros",
                 moving_mean_init="zeros", moving_var_init="ones", use_batch_statistics=None,
                 dtype=_dtype.float32):
        super().__init__()
        from ._norm import BatchNorm2d

        self.bn2d = BatchNorm2d(num_features=num_features, eps=eps, momentum=momentum, affine=affine,
                                gamma_init=gamma_init, beta_init=beta_init, moving_mean_init=moving_mean_init,
                                moving_var_init=moving_var_init, use_batch_statistics=use_batch_statistics,
                                data_format="NCHW", dtype=dtype)

    def construct(self, x):
        if x.ndim != 5:
            raise ValueError(f"For 'BatchNorm3d', the in_shape must have 5 dims, but got {x.ndim}.")
        s = tuple(x.shape)
        return self.bn2d(x.reshape(s[0], s[1], s[2] * s[3], s[4])).reshape(*s)


__all__ += ["BatchNorm3d"]


class EmbeddingLookup(Cell):
    """nn.EmbeddingLookup (PyNative, target 'CPU' or 'DEVICE'): rows of `embedding_table` (MindSpore's
    parameter name and initializer); max_norm clipping is not supported here."""

    def __init__(self, vocab_size, embedding_size, param_init="normal", target="CPU", slice_mode="batch_slice",
                 manual_shapes=None, max_norm=None, sparse=True, dtype=_dtype.float32):
        super().__init__()
        from ..common.initializer import initializer
        from .._tensor import Parameter

        if target not in ("CPU", "DEVICE"):
            raise ValueError(f"For 'EmbeddingLookup', the 'target' must be one of ['DEVICE', 'CPU'], but got "
                             f"{target}.")
        if max_norm is not None:
            raise NotImplementedError("EmbeddingLookup(max_norm=...) is not supported by ferrograd.")
        self.vocab_size, self.embedding_size = vocab_size, embedding_size
        self.target = target
        self.sparse = sparse
        self.max_norm = max_norm
        self.embedding_table = Parameter(initializer(param_init, [vocab_size, embedding_size], dtype=dtype),
                                         name="embedding_table")

    def construct(self, indices):
        shape = tuple(indices.shape) + (self.embedding_size,)
        flat = indices.reshape(-1)
        flat = flat if flat._dtype_name == "int64" else flat._cast("int64")
        return self.embedding_table.index_select(0, flat).reshape(*shape)


__all__ += ["EmbeddingLookup"]

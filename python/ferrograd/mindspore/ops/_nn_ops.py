# mindspore.ops neural-network primitives (MindSpore's ops/operations/nn_ops.py): Conv2D, pooling,
# BatchNorm, LayerNorm, Dropout, Pad, activations, and ops.interpolate (nearest).
from ..._lazy import np
from .._tensor import Tensor, _sum
from . import _nn_func as NF
from . import functional as F
from .primitives import Primitive
from ._func_prims import _p as _simple

__all__ = [
    "interpolate", "Dropout", "Conv2D", "MaxPool", "AvgPool", "BatchNorm", "LayerNorm", "Pad", "L2Normalize", "ReLU6",
    "Softplus", "GeLU", "FastGeLU",
]


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None, recompute_scale_factor=None):
    x = F._t(input)
    if mode != "nearest":
        raise NotImplementedError(f"ferrograd: ops.interpolate mode {mode!r} is not implemented")
    spatial = tuple(x.shape[2:])
    if size is None:
        sf = scale_factor if isinstance(scale_factor, (tuple, list)) else (scale_factor,) * len(spatial)
        size = tuple(int(s * f) for s, f in zip(spatial, sf))
    size = (size,) * len(spatial) if isinstance(size, int) else tuple(size)
    for k, (n_in, n_out) in enumerate(zip(spatial, size)):
        idx = np.floor(np.arange(n_out) * (n_in / n_out)).astype(np.int64)
        x = x.index_select(2 + k, Tensor(np.minimum(idx, n_in - 1)))
    return x


class Dropout(Primitive):
    def __init__(self, keep_prob=0.5, Seed0=0, Seed1=0):
        super().__init__()
        self.keep_prob = keep_prob

    def construct(self, x):
        if self.keep_prob >= 1.0:
            return x, Tensor(np.ones(tuple(x.shape), x._dtype_name))
        keep = np.random.random_sample(tuple(x.shape)) < self.keep_prob
        return x * Tensor((keep / self.keep_prob).astype(x._dtype_name)), Tensor(keep.astype(x._dtype_name))


class Conv2D(Primitive):
    def __init__(self, out_channel, kernel_size, mode=1, pad_mode="valid", pad=0, stride=1, dilation=1, group=1,
                 data_format="NCHW"):
        super().__init__()
        self.out_channel, self.kernel_size = out_channel, kernel_size
        self.pad_mode, self.pad, self.stride, self.dilation, self.group = pad_mode, pad, stride, dilation, group

    def construct(self, x, w):
        return NF._conv2d_core(x, w, NF._pair(self.stride[-2:] if isinstance(self.stride, tuple) else self.stride),
                              self.pad_mode.lower(), self.pad,
                              NF._pair(self.dilation[-2:] if isinstance(self.dilation, tuple) else self.dilation),
                              self.group)


class _PoolPrim(Primitive):
    _mode = "max"

    def __init__(self, kernel_size=1, strides=1, pad_mode="valid", data_format="NCHW"):
        super().__init__()
        self.kernel_size, self.strides, self.pad_mode = kernel_size, strides, pad_mode

    def construct(self, x):
        k = self.kernel_size[-2:] if isinstance(self.kernel_size, tuple) and len(self.kernel_size) == 4 \
            else self.kernel_size
        s = self.strides[-2:] if isinstance(self.strides, tuple) and len(self.strides) == 4 else self.strides
        return NF._pool(x, k, s, self.pad_mode.lower(), 0, self._mode)


class MaxPool(_PoolPrim):
    pass


class AvgPool(_PoolPrim):
    _mode = "avg"


class BatchNorm(Primitive):
    def __init__(self, is_training=False, epsilon=1e-5, momentum=0.1, data_format="NCHW"):
        super().__init__()
        self.is_training, self.epsilon, self.momentum = is_training, epsilon, momentum

    def construct(self, input_x, scale, bias, mean, variance):
        from ..nn._norm import _bn

        x = input_x
        axes = tuple(d for d in range(x.ndim) if d != 1)
        y = _bn(x, mean if self.is_training and hasattr(mean, "set_data") else None, variance, scale, bias,
                self.is_training, self.momentum, self.epsilon) if self.is_training else \
            _bn(x, mean, variance, scale, bias, False, self.momentum, self.epsilon)
        bm = x.mean(axes) if self.is_training else mean
        bv = ((x - x.mean(axes, True)) ** 2).mean(axes) if self.is_training else variance
        return y, bm, bv, bm, bv


class LayerNorm(Primitive):
    def __init__(self, begin_norm_axis=1, begin_params_axis=1, epsilon=1e-7):
        super().__init__()
        self.begin_norm_axis, self.begin_params_axis, self.epsilon = begin_norm_axis, begin_params_axis, epsilon

    def construct(self, input_x, gamma, beta):
        x = input_x
        axes = tuple(range(self.begin_norm_axis % x.ndim, x.ndim))
        m = x.mean(axes, True)
        d = x - m
        v = (d * d).mean(axes, True)
        rstd = (v + self.epsilon).rsqrt()
        return d * rstd * gamma + beta, m, rstd


class Pad(Primitive):
    def __init__(self, paddings):
        super().__init__()
        self.paddings = paddings

    def construct(self, x):
        flat = []
        for lo, hi in reversed(self.paddings):
            flat += [lo, hi]
        return NF.pad(x, flat)


class L2Normalize(Primitive):
    def __init__(self, axis=0, epsilon=1e-4):
        super().__init__()
        self.axis = axis if isinstance(axis, int) else axis[0]
        self.epsilon = epsilon

    def construct(self, x):
        n = _sum(x * x, self.axis, None, True).sqrt()
        return x / n.clamp(self.epsilon, None)


ReLU6 = _simple("ReLU6", F.relu6)
Softplus = _simple("Softplus", F.softplus)
GeLU = _simple("GeLU", lambda x: F.gelu(x, "tanh"))
FastGeLU = _simple("FastGeLU", lambda x: F.gelu(x, "tanh"))

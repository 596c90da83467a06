"""More mindspore.ops functions and primitive classes: assign ops, scatter/gather_nd, cross,
interpolate (nearest), and the Conv2D/MaxPool/AvgPool/BatchNorm/LayerNorm/TopK/Sort/... primitives."""
from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor, _sum
from . import _extra as X
from . import functional as F
from .primitives import Primitive

_CT = _core.Tensor

__all__ = [
    "assign", "assign_add", "assign_sub", "tensor_scatter_update", "tensor_scatter_add", "scatter_nd",
    "gather_nd", "cross", "interpolate", "AssignAdd", "AssignSub", "Dropout", "Conv2D", "MaxPool", "AvgPool",
    "BatchNorm", "LayerNorm", "TopK", "Sort", "ScatterNdUpdate", "UniformReal", "StandardNormal", "Eye", "Range",
    "Pad", "L2Normalize", "Unique", "GatherD", "GatherNd", "CumSum", "ReLU6", "Softplus", "GeLU", "FastGeLU",
    "TensorScatterUpdate", "ScatterNd", "Cross", "Zeros", "Ones",
]


def _set(variable, value):
    if hasattr(variable, "set_data"):
        variable.set_data(value)
    else:
        variable._assign(value)
    return variable


def assign(variable, value):
    _set(variable, value if isinstance(value, _CT) else Tensor(value, variable.dtype))
    return variable.value() if hasattr(variable, "value") else variable


def assign_add(variable, value):
    _set(variable, (variable + value).detach())
    return variable.value() if hasattr(variable, "value") else variable


def assign_sub(variable, value):
    _set(variable, (variable - value).detach())
    return variable.value() if hasattr(variable, "value") else variable


def _nd_index(indices):
    idx = X._np_of(indices).astype(np.int64)
    return tuple(idx[..., k] for k in range(idx.shape[-1]))


def tensor_scatter_update(input_x, indices, updates):
    a = X._np_of(input_x).copy()
    a[_nd_index(indices)] = X._np_of(updates)
    return Tensor(a)


def tensor_scatter_add(input_x, indices, updates):
    a = X._np_of(input_x).copy()
    np.add.at(a, _nd_index(indices), X._np_of(updates))
    return Tensor(a)


def scatter_nd(indices, updates, shape):
    u = X._np_of(updates)
    a = np.zeros(tuple(shape), u.dtype)
    np.add.at(a, _nd_index(indices), u)
    return Tensor(a)


def gather_nd(input_x, indices):
    x = F._t(input_x)
    idx = X._np_of(indices).astype(np.int64)
    k = idx.shape[-1]
    inner = tuple(x.shape[k:])
    strides = np.cumprod((tuple(x.shape[:k]) + (1,))[::-1])[::-1][1:]
    flat = (idx * strides).sum(-1).reshape(-1)
    r = x.reshape(-1, *inner) if inner else x.reshape(-1)
    out = r.index_select(0, Tensor(flat.astype(np.int64)))
    return out.reshape(*(tuple(idx.shape[:-1]) + inner))


def cross(input, other, dim=None):
    a, b = F._t(input), F._t(other)
    if dim is None:
        dim = next(i for i, s in enumerate(a.shape) if s == 3)
    d = dim % a.ndim

    def c(i):
        return a.narrow(d, i, 1), b.narrow(d, i, 1)

    (a0, b0), (a1, b1), (a2, b2) = c(0), c(1), c(2)
    return _core.cat([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], d)


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


class AssignAdd(Primitive):
    def construct(self, variable, value):
        return assign_add(variable, value)


class AssignSub(Primitive):
    def construct(self, variable, value):
        return assign_sub(variable, value)


class Dropout(Primitive):
    def __init__(self, keep_prob=0.5, Seed0=0, Seed1=0):
        super().__init__()
        self.keep_prob = keep_prob

    def construct(self, x):
        if self.keep_prob >= 1.0:
            return x, Tensor(np.ones(tuple(x.shape), bool))
        keep = np.random.random_sample(tuple(x.shape)) < self.keep_prob
        return x * Tensor((keep / self.keep_prob).astype(x._dtype_name)), Tensor(keep)


class Conv2D(Primitive):
    def __init__(self, out_channel, kernel_size, mode=1, pad_mode="valid", pad=0, stride=1, dilation=1, group=1,
                 data_format="NCHW"):
        super().__init__()
        self.out_channel, self.kernel_size = out_channel, kernel_size
        self.pad_mode, self.pad, self.stride, self.dilation, self.group = pad_mode, pad, stride, dilation, group

    def construct(self, x, w):
        return X._conv2d_core(x, w, X._pair(self.stride[-2:] if isinstance(self.stride, tuple) else self.stride),
                              self.pad_mode.lower(), self.pad,
                              X._pair(self.dilation[-2:] if isinstance(self.dilation, tuple) else self.dilation),
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
        return X._pool(x, k, s, self.pad_mode.lower(), 0, self._mode)


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


class TopK(Primitive):
    def __init__(self, sorted=True):
        super().__init__()
        self.sorted = sorted

    def construct(self, input_x, k):
        return F.topk(input_x, k)


class Sort(Primitive):
    def __init__(self, axis=-1, descending=False):
        super().__init__()
        self.axis, self.descending = axis, descending

    def construct(self, x):
        return F.sort(x, self.axis, self.descending)


class ScatterNdUpdate(Primitive):
    def __init__(self, use_locking=True):
        super().__init__()

    def construct(self, input_x, indices, updates):
        new = tensor_scatter_update(input_x, indices, updates)
        _set(input_x, new)
        return new


class TensorScatterUpdate(Primitive):
    def construct(self, input_x, indices, updates):
        return tensor_scatter_update(input_x, indices, updates)


class ScatterNd(Primitive):
    def construct(self, indices, updates, shape):
        return scatter_nd(indices, updates, shape)


class _SeededRandom(Primitive):
    # MindSpore builds one kernel per (primitive, input shape), seeded once: repeated calls with the
    # same shape continue its stream, a new shape starts a fresh one
    def __init__(self, seed=0, seed2=0):
        super().__init__()
        for name, v in (("seed", seed), ("seed2", seed2)):
            if not isinstance(v, int) or isinstance(v, bool):
                raise TypeError(f"For '{type(self).__name__}', the type of '{name}' must be int, "
                                f"but got {type(v).__name__}.")
        self.seed, self.seed2 = seed, seed2
        self._rngs = {}

    def _kernel(self, shape):
        if shape not in self._rngs:
            from .._random import KernelRng

            self._rngs[shape] = KernelRng(self.seed, self.seed2)
        return self._rngs[shape]


class UniformReal(_SeededRandom):
    def construct(self, shape):
        from .._dtype import float32

        shape = tuple(int(d) for d in shape)
        return Tensor(self._kernel(shape).uniform_real(shape), float32)


class StandardNormal(_SeededRandom):
    def construct(self, shape):
        from .._dtype import float32

        shape = tuple(int(d) for d in shape)
        return Tensor(self._kernel(shape).standard_normal(shape), float32)


class Eye(Primitive):
    def construct(self, n, m, t):
        return F.eye(n, m, t)


class Range(Primitive):
    def __init__(self, maxlen=1000000):
        super().__init__()

    def construct(self, start, limit, delta):
        s, l_, d = (v.asnumpy().item() if isinstance(v, _CT) else v for v in (start, limit, delta))
        dt = start.dtype if isinstance(start, _CT) else None
        return Tensor(np.arange(s, l_, d).astype(dt._name if dt is not None else "int64"), dt)


class Pad(Primitive):
    def __init__(self, paddings):
        super().__init__()
        self.paddings = paddings

    def construct(self, x):
        flat = []
        for lo, hi in reversed(self.paddings):
            flat += [lo, hi]
        return X.pad(x, flat)


class L2Normalize(Primitive):
    def __init__(self, axis=0, epsilon=1e-4):
        super().__init__()
        self.axis = axis if isinstance(axis, int) else axis[0]
        self.epsilon = epsilon

    def construct(self, x):
        n = _sum(x * x, self.axis, None, True).sqrt()
        return x / n.clamp(self.epsilon, None)


class Unique(Primitive):
    def construct(self, x):
        return X.unique(x)


class GatherD(Primitive):
    def construct(self, x, dim, index):
        return X.gather_elements(x, dim, index)


class GatherNd(Primitive):
    def construct(self, input_x, indices):
        return gather_nd(input_x, indices)


class Cross(Primitive):
    def __init__(self, dim=-65530):
        super().__init__()
        self.dim = None if dim == -65530 else dim

    def construct(self, x1, x2):
        return cross(x1, x2, self.dim)


class CumSum(Primitive):
    def __init__(self, exclusive=False, reverse=False):
        super().__init__()
        self.exclusive, self.reverse = exclusive, reverse

    def construct(self, x, axis):
        from ._prims3 import _scan

        return _scan(x, axis, self.exclusive, self.reverse)


def _simple(name, fn):
    return type(name, (Primitive,), {"construct": lambda self, *a: fn(*a)})


ReLU6 = _simple("ReLU6", F.relu6)
Softplus = _simple("Softplus", F.softplus)
GeLU = _simple("GeLU", lambda x: F.gelu(x, "tanh"))
FastGeLU = _simple("FastGeLU", lambda x: F.gelu(x, "tanh"))
Zeros = _simple("Zeros", lambda shape, dtype=None: F.zeros(shape, dtype))
Ones = _simple("Ones", lambda shape, dtype=None: F.ones(shape, dtype))
del _dtype

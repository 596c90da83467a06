# mindspore.nn basic cells (MindSpore's nn/layer/basic.py and timedistributed.py): Tril, Triu, OneHot, Norm,
# Roll, Upsample, channel dropouts, ClipByNorm, L1Regularizer, TimeDistributed.
from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Tensor, _sum, astype
from ..ops import _array_func as AF
from ..ops import _nn_func as NF
from ..ops import _utils as U
from ..ops import functional as F
from .cell import Cell

__all__ = [
    "Tril", "Triu", "OneHot", "Norm", "Roll", "Upsample", "Dropout1d", "Dropout2d", "Dropout3d", "ClipByNorm",
    "L1Regularizer", "TimeDistributed",
]


def _check_int(cls, name, v):
    if not isinstance(v, int) or isinstance(v, bool):
        raise TypeError(f"For '{cls}', the type of '{name}' should be 'int', but got type '{type(v).__name__}'.")


def _check_float(cls, name, v):
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise TypeError(f"For '{cls}', the type of '{name}' should be 'float', but got type '{type(v).__name__}'.")


def _tri_mask(x, k, upper):
    r, c = x.shape[-2], x.shape[-1]
    m = np.triu(np.ones((r, c)), k) if upper else np.tril(np.ones((r, c)), k)
    return x * Tensor(m.astype(U._np_of(x).dtype))


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
        a = U._np_of(indices).astype(np.int64)
        oh = (a[..., None] == np.arange(self.depth)).astype(np.float64)
        out = np.where(oh > 0, self.on_value, self.off_value)
        if self.axis != -1:
            out = np.moveaxis(out, -1, self.axis)
        return Tensor(np.asarray(out).astype(np.float32), self.dtype)


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


class Roll(Cell):
    def __init__(self, shift, axis):
        super().__init__()
        self.shift = shift
        self.axis = axis

    def construct(self, input_x):
        return AF.roll(input_x, self.shift, self.axis)


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
        from ..ops import _nn_ops

        return _nn_ops.interpolate(x, self.size, self.scale_factor, self.mode, self.align_corners,
                                   self.recompute_scale_factor)


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
    _fn = staticmethod(NF.dropout1d)


class Dropout2d(_DropoutNd):
    _fn = staticmethod(NF.dropout2d)


class Dropout3d(_DropoutNd):
    _fn = staticmethod(NF.dropout3d)


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

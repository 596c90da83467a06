# Keras 2 normalization layers (tf-keras' non-fused BatchNormalization, LayerNormalization's fused path)
# and the Rescaling / Normalization preprocessing layers.
import math

from .. import _ops, nn as _nn
from .._array_ops import cumsum as _cumsum
from .._nn_ops import moments
from .layers import Layer


def batch_normalization(x, mean, variance, offset, scale, variance_epsilon):
    inv = _ops.rsqrt(variance + variance_epsilon)
    if scale is not None:
        inv = inv * scale
    return x * inv + (offset - mean * inv if offset is not None else -mean * inv)


class BatchNormalization(Layer):
    supports_masking = True

    def __init__(self, axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True, beta_initializer="zeros",
                 gamma_initializer="ones", moving_mean_initializer="zeros", moving_variance_initializer="ones",
                 **kwargs):
        super().__init__(**{k: v for k, v in kwargs.items() if k not in ("fused", "renorm", "synchronized")})
        self.axis, self.momentum, self.epsilon = axis, momentum, epsilon
        self.center, self.scale = center, scale
        self._inits = (beta_initializer, gamma_initializer, moving_mean_initializer, moving_variance_initializer)

    def build(self, input_shape):
        c = int(input_shape[self.axis])
        b, g, mm, mv = self._inits
        self.gamma = self.add_weight("gamma", shape=[c], initializer=g) if self.scale else None
        self.beta = self.add_weight("beta", shape=[c], initializer=b) if self.center else None
        self.moving_mean = self.add_weight("moving_mean", shape=[c], initializer=mm, trainable=False)
        self.moving_variance = self.add_weight("moving_variance", shape=[c], initializer=mv, trainable=False)
        self.built = True

    def call(self, inputs, training=None):
        nd = inputs.shape.rank
        ax = self.axis % nd
        red = [i for i in range(nd) if i != ax]
        if training:
            mean, var = moments(inputs, red)
            decay = 1.0 - self.momentum
            for v, val in ((self.moving_mean, mean), (self.moving_variance, var)):
                v.assign_sub((_ops.identity(v) - _ops.stop_gradient(val)) * decay)
        else:
            mean, var = _ops.identity(self.moving_mean), _ops.identity(self.moving_variance)
        if ax != nd - 1:
            shape = [1] * nd
            shape[ax] = -1
            mean, var = _ops.reshape(mean, shape), _ops.reshape(var, shape)
            g = _ops.reshape(self.gamma, shape) if self.gamma is not None else None
            b = _ops.reshape(self.beta, shape) if self.beta is not None else None
        else:
            g, b = self.gamma, self.beta
        return batch_normalization(inputs, mean, var, b, g, self.epsilon)


class LayerNormalization(Layer):
    supports_masking = True

    def __init__(self, axis=-1, epsilon=0.001, center=True, scale=True, beta_initializer="zeros",
                 gamma_initializer="ones", **kwargs):
        super().__init__(**kwargs)
        self.axis = axis if isinstance(axis, (list, tuple)) else [axis]
        self.epsilon, self.center, self.scale = epsilon, center, scale
        self._inits = (beta_initializer, gamma_initializer)

    def build(self, input_shape):
        nd = len(input_shape)
        self.axis = [a % nd for a in self.axis]
        shape = [int(input_shape[a]) for a in self.axis]
        self.gamma = self.add_weight("gamma", shape=shape, initializer=self._inits[1]) if self.scale else None
        self.beta = self.add_weight("beta", shape=shape, initializer=self._inits[0]) if self.center else None
        self.built = True

    def call(self, inputs):
        shape, ax = inputs.shape.as_list(), sorted(self.axis)
        if ax[-1] - ax[0] < len(ax) - 1 or ax[-1] < len(shape) - 1 or self.epsilon < 1.001e-5 \
                or inputs.dtype != "float32":
            mean, var = moments(inputs, self.axis, keepdims=True)
            bs = [d if i in ax else 1 for i, d in enumerate(shape)]
            g, b = ((_ops.reshape(w, bs) if w is not None else None) for w in (self.gamma, self.beta))
            return batch_normalization(inputs, mean, var, b, g, self.epsilon)
        # tf-keras' fused path: FusedBatchNorm over [pre, in] rows (sums in order, times 1/n)
        n = math.prod(shape[ax[0]:])
        x = _ops.reshape(inputs, [-1, n])
        inv_n = _ops.constant(1.0 / n, "float32")
        x = x - _cumsum(x, axis=1)[:, -1:] * inv_n
        var = _cumsum(_ops.square(x), axis=1)[:, -1:] * inv_n
        x = _ops.reshape(x * _ops.rsqrt(var + _ops.constant(self.epsilon, "float32")), _ops.shape(inputs))
        x = x * self.gamma if self.scale else x
        return x + self.beta if self.center else x


class UnitNormalization(Layer):
    supports_masking = True

    def __init__(self, axis=-1, **kwargs):
        super().__init__(**kwargs)
        self.axis = axis

    def call(self, inputs):
        return _nn.l2_normalize(inputs, axis=self.axis)


class Rescaling(Layer):
    def __init__(self, scale, offset=0.0, **kwargs):
        super().__init__(**kwargs)
        self.scale, self.offset = scale, offset

    def call(self, inputs):
        dt = self._dtype
        x = _ops.cast(inputs, dt)
        return x * _ops.cast(self.scale, dt) + _ops.cast(self.offset, dt)


class Normalization(Layer):
    """Keras 2 Normalization: adapt() computes the per-feature mean and variance of the data;
    call gives (x - mean) / maximum(sqrt(variance), epsilon)."""

    def __init__(self, axis=-1, mean=None, variance=None, invert=False, **kwargs):
        super().__init__(**kwargs)
        self.axis = axis
        self.invert = invert
        self._given = (mean, variance)
        self.mean = self.variance = None
        if mean is not None:
            self.mean, self.variance = _ops.constant(mean, dtype="float32"), _ops.constant(variance, dtype="float32")

    def adapt(self, data, batch_size=None, steps=None):
        """Keras 2 update_state per batch of 32 rows, in float32: running mean and variance
        combined by the lack-of-fit sum of squares formula."""
        import numpy as np

        from .. import _nn_ops

        a = np.asarray(data.numpy() if hasattr(data, "numpy") else data, dtype=np.float32)
        if a.ndim == 1:
            a = a[:, None]
        ax = self.axis % a.ndim
        red = [i for i in range(a.ndim) if i != ax]
        mean = var = None
        count = 0
        bs = batch_size or 32
        for lo in range(0, a.shape[0], bs):
            batch = _ops.constant(a[lo:lo + bs])
            bm, bv = _nn_ops.moments(batch, red)
            bc = int(np.prod([batch.shape[i] for i in red]))
            total = bc + count
            w = _ops.cast(bc, "float32") / _ops.cast(total, "float32")
            ew = 1.0 - w
            if mean is None:
                mean, var = _ops.zeros_like(bm), _ops.zeros_like(bv)
            tm = mean * ew + bm * w
            var = (var + (mean - tm) ** 2) * ew + (bv + (bm - tm) ** 2) * w
            mean, count = tm, total
        shape = [1] * a.ndim
        shape[ax] = a.shape[ax]
        self.mean, self.variance = _ops.reshape(mean, shape), _ops.reshape(var, shape)
        self.built = True

    def call(self, inputs):
        x = _ops.cast(inputs, "float32")
        if self.mean is None:
            raise ValueError("You must call `.adapt()` on the Normalization layer before using it.")
        from .backend import epsilon

        std = _ops.maximum(_ops.sqrt(self.variance), epsilon())
        if self.invert:
            return self.mean + x * std
        return (x - self.mean) / std

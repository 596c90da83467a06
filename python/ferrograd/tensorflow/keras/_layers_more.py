"""More Keras 2 layers: Conv2D, pooling, BatchNormalization, LayerNormalization, Embedding.
Convolutions and pooling run tf.nn.conv2d / max_pool2d / avg_pool2d (NHWC); the normalizations
use tf.nn.moments + tf.nn.batch_normalization as tf-keras' non-fused paths do."""
from .. import _conv, _ops, nn as _nn
from .._tensor import _T, _arg, _wrap
from .layers import Layer, _activation


def _tuple2(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def moments(x, axes, keepdims=False):
    from .. import _more

    return _more.moments(x, axes, keepdims=keepdims)


def batch_normalization(x, mean, variance, offset, scale, variance_epsilon):
    inv = _ops.rsqrt(variance + variance_epsilon)
    if scale is not None:
        inv = inv * scale
    return x * inv + (offset - mean * inv if offset is not None else -mean * inv)


class Conv2D(Layer):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", data_format=None,
                 dilation_rate=(1, 1), groups=1, activation=None, use_bias=True,
                 kernel_initializer="glorot_uniform", bias_initializer="zeros", kernel_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None, kernel_constraint=None, bias_constraint=None,
                 **kwargs):
        super().__init__(**kwargs)
        from . import initializers

        if data_format not in (None, "channels_last"):
            raise NotImplementedError("Conv2D: only channels_last is supported on CPU")
        self.filters = int(filters)
        self.kernel_size = _tuple2(kernel_size)
        self.strides = _tuple2(strides)
        self.padding = padding.lower()
        if self.padding not in ("valid", "same"):
            raise ValueError(f"The `padding` argument must be a list/tuple or one of \"valid\", \"same\" (or "
                             f"\"causal\", only for `Conv1D). Received: {padding}")
        self.dilation_rate = _tuple2(dilation_rate)
        self.activation = _activation(activation)
        self.use_bias = use_bias
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        from .layers import _set_regularizers

        _set_regularizers(self, kernel_regularizer, bias_regularizer, activity_regularizer)

    def build(self, input_shape):
        cin = int(input_shape[-1])
        self.kernel = self.add_weight("kernel", shape=list(self.kernel_size) + [cin, self.filters],
                                      initializer=self.kernel_initializer, regularizer=self.kernel_regularizer,
                                      trainable=True)
        self.bias = self.add_weight("bias", shape=[self.filters], initializer=self.bias_initializer,
                                    regularizer=self.bias_regularizer, trainable=True) if self.use_bias else None
        self.built = True

    def call(self, inputs):
        out = _conv.conv2d(inputs, self.kernel, list(self.strides), self.padding.upper(),
                           dilations=list(self.dilation_rate))
        if self.use_bias:
            out = _nn.bias_add(out, self.bias)
        return self.activation(out)


class _Pool2D(Layer):
    _fn = None

    def __init__(self, pool_size=(2, 2), strides=None, padding="valid", data_format=None, **kwargs):
        super().__init__(**kwargs)
        self.pool_size = _tuple2(pool_size)
        self.strides = _tuple2(strides) if strides is not None else self.pool_size
        self.padding = padding.lower()

    def call(self, inputs):
        return type(self)._fn(inputs, list(self.pool_size), list(self.strides), self.padding.upper())


class MaxPooling2D(_Pool2D):
    _fn = staticmethod(_conv.max_pool2d)


class AveragePooling2D(_Pool2D):
    _fn = staticmethod(_conv.avg_pool2d)


MaxPool2D, AvgPool2D = MaxPooling2D, AveragePooling2D


class GlobalAveragePooling2D(Layer):
    def __init__(self, data_format=None, keepdims=False, **kwargs):
        super().__init__(**kwargs)
        self.keepdims = keepdims

    def call(self, inputs):
        return _ops.reduce_mean(inputs, [1, 2], keepdims=self.keepdims)


class GlobalMaxPooling2D(GlobalAveragePooling2D):
    def call(self, inputs):
        return _ops.reduce_max(inputs, [1, 2], keepdims=self.keepdims)


GlobalAvgPool2D, GlobalMaxPool2D = GlobalAveragePooling2D, GlobalMaxPooling2D


def _int1(v):
    return int(v[0]) if isinstance(v, (list, tuple)) else int(v)


class Conv1D(Conv2D):
    """tf-keras Conv1D (channels_last): tf.nn.conv1d, i.e. conv2d over (N, 1, W, C)."""

    def __init__(self, filters, kernel_size, strides=1, padding="valid", data_format="channels_last",
                 dilation_rate=1, groups=1, activation=None, use_bias=True, **kwargs):
        if str(padding).lower() == "causal":
            raise NotImplementedError("Conv1D: padding='causal' is not supported")
        super().__init__(filters, (1, _int1(kernel_size)), strides=(1, _int1(strides)), padding=padding,
                         data_format=None if data_format == "channels_last" else data_format,
                         dilation_rate=(1, _int1(dilation_rate)), groups=groups, activation=activation,
                         use_bias=use_bias, **kwargs)
        self.kernel_size = (_int1(kernel_size),)

    def build(self, input_shape):
        cin = int(input_shape[-1])
        self.kernel = self.add_weight("kernel", shape=[self.kernel_size[0], cin, self.filters],
                                      initializer=self.kernel_initializer, regularizer=self.kernel_regularizer,
                                      trainable=True)
        self.bias = self.add_weight("bias", shape=[self.filters], initializer=self.bias_initializer,
                                    regularizer=self.bias_regularizer, trainable=True) if self.use_bias else None
        self.built = True

    def call(self, inputs):
        from .. import nn

        out = nn.conv1d(inputs, self.kernel, self.strides[1], self.padding.upper(),
                        dilations=self.dilation_rate[1])
        if self.use_bias:
            out = _nn.bias_add(out, self.bias)
        return self.activation(out)


class _Pool1D(Layer):
    _fn = None

    def __init__(self, pool_size=2, strides=None, padding="valid", data_format="channels_last", **kwargs):
        super().__init__(**kwargs)
        self.pool_size = (_int1(pool_size),)
        self.strides = (_int1(strides),) if strides is not None else self.pool_size
        self.padding = padding.lower()

    def call(self, inputs):
        # tf-keras Pooling1D: the 2-D pool over an inserted axis
        x = _ops.expand_dims(inputs, 2)
        out = type(self)._fn(x, [self.pool_size[0], 1], [self.strides[0], 1], self.padding.upper())
        return _ops.squeeze(out, [2])


class MaxPooling1D(_Pool1D):
    _fn = staticmethod(_conv.max_pool2d)


class AveragePooling1D(_Pool1D):
    _fn = staticmethod(_conv.avg_pool2d)


MaxPool1D, AvgPool1D = MaxPooling1D, AveragePooling1D


class GlobalAveragePooling1D(Layer):
    supports_masking = True

    def __init__(self, data_format="channels_last", keepdims=False, **kwargs):
        super().__init__(**kwargs)
        self.keepdims = keepdims

    def call(self, inputs, mask=None):
        if mask is not None:  # the mean over the unmasked steps
            m = _ops.expand_dims(_ops.cast(mask, inputs.dtype), 2)
            inputs = inputs * m
            return _ops.reduce_sum(inputs, 1, keepdims=self.keepdims) / \
                _ops.reduce_sum(m, 1, keepdims=self.keepdims)
        return _ops.reduce_mean(inputs, 1, keepdims=self.keepdims)

    def compute_mask(self, inputs, mask=None):
        return None


class GlobalMaxPooling1D(GlobalAveragePooling1D):
    def call(self, inputs):
        return _ops.reduce_max(inputs, 1, keepdims=self.keepdims)


GlobalAvgPool1D, GlobalMaxPool1D = GlobalAveragePooling1D, GlobalMaxPooling1D


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
        mean, var = moments(inputs, self.axis, keepdims=True)
        return batch_normalization(inputs, mean, var, self.beta, self.gamma, self.epsilon)


class Embedding(Layer):
    def __init__(self, input_dim, output_dim, embeddings_initializer="uniform", embeddings_regularizer=None,
                 activity_regularizer=None, embeddings_constraint=None, mask_zero=False, input_length=None,
                 **kwargs):
        if "input_shape" not in kwargs and isinstance(input_length, int) and input_length:
            kwargs["input_shape"] = (input_length,)  # tf-keras: built by a Sequential at once
        super().__init__(**kwargs)
        if input_dim <= 0 or output_dim <= 0:
            raise ValueError(f"Both `input_dim` and `output_dim` should be positive, Received input_dim = "
                             f"{input_dim} and output_dim = {output_dim}")
        self.input_dim, self.output_dim = int(input_dim), int(output_dim)
        self.embeddings_initializer = embeddings_initializer
        self.mask_zero = mask_zero
        from . import regularizers
        from .layers import _set_regularizers

        _set_regularizers(self, None, None, activity_regularizer)
        self.embeddings_regularizer = regularizers.get(embeddings_regularizer)

    def build(self, input_shape):
        self.embeddings = self.add_weight("embeddings", shape=[self.input_dim, self.output_dim],
                                          initializer=self.embeddings_initializer,
                                          regularizer=self.embeddings_regularizer)
        self.built = True

    def compute_mask(self, inputs, mask=None):
        if not self.mask_zero:
            return None
        return _ops.not_equal(inputs, 0)

    def call(self, inputs):
        idx = _ops.cast(inputs, "int32") if inputs.dtype.name not in ("int32", "int64") else inputs
        out = _ops.gather(self.embeddings, idx)
        if self.mask_zero:  # compute_mask: inputs != 0, read by the recurrent layers (keras/_recurrent.py)
            from ._recurrent import set_keras_mask

            set_keras_mask(out, _ops.not_equal(inputs, 0))
        return out


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

        from .. import _more

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
            bm, bv = _more.moments(batch, red)
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

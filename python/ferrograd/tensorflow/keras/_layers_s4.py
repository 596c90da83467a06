"""Session-4 Keras 2 layers: transposed convolutions, up-sampling, padding/cropping, RepeatVector, Permute,
more merge layers, ELU/PReLU/ThresholdedReLU, noise and spatial dropout, Identity, ActivityRegularization,
UnitNormalization, TimeDistributed."""
from .. import _ops, nn as _nn
from .._more import pad as _pad, repeat as _repeat
from .._tensor import _T
from ._layers_more import Conv2D, _tuple2
from .layers import Layer, _TF_KERAS_MODULES, _activation


def _deconv_length(n, k, padding, s, d=1, output_padding=None):
    """tf-keras conv_utils.deconv_output_length."""
    if n is None:
        return None
    k = k + (k - 1) * (d - 1)
    if output_padding is None:
        if padding == "valid":
            return n * s + max(k - s, 0)
        if padding == "full":
            return n * s - (s + k - 2)
        return n * s
    pad = {"same": k // 2, "valid": 0, "full": k - 1}[padding]
    return (n - 1) * s + k - 2 * pad + output_padding


class Conv2DTranspose(Conv2D):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", output_padding=None, data_format=None,
                 dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                 kernel_constraint=None, bias_constraint=None, **kwargs):
        super().__init__(filters, kernel_size, strides=strides, padding=padding, data_format=data_format,
                         dilation_rate=dilation_rate, activation=activation, use_bias=use_bias,
                         kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                         kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                         activity_regularizer=activity_regularizer, **kwargs)
        self.output_padding = None if output_padding is None else _tuple2(output_padding)
        if self.output_padding is not None:
            for p, s in zip(self.output_padding, self.strides):
                if p >= s:
                    raise ValueError(f"Strides must be greater than output padding. Received strides={self.strides}, "
                                     f"output_padding={self.output_padding}.")

    def build(self, input_shape):
        if len(input_shape) != 4:
            raise ValueError(f"Inputs should have rank 4. Received input_shape={input_shape}.")
        cin = int(input_shape[-1])
        self.kernel = self.add_weight("kernel", shape=list(self.kernel_size) + [self.filters, cin],
                                      initializer=self.kernel_initializer, regularizer=self.kernel_regularizer,
                                      trainable=True)
        self.bias = self.add_weight("bias", shape=[self.filters], initializer=self.bias_initializer,
                                    regularizer=self.bias_regularizer, trainable=True) if self.use_bias else None
        self.built = True

    def call(self, inputs):
        n, h, w = int(inputs.shape[0]), int(inputs.shape[1]), int(inputs.shape[2])
        op = self.output_padding or (None, None)
        oh = _deconv_length(h, self.kernel_size[0], self.padding, self.strides[0], self.dilation_rate[0], op[0])
        ow = _deconv_length(w, self.kernel_size[1], self.padding, self.strides[1], self.dilation_rate[1], op[1])
        out = _nn.conv2d_transpose(inputs, self.kernel, [n, oh, ow, self.filters], list(self.strides),
                                   padding=self.padding.upper(), dilations=list(self.dilation_rate))
        if self.use_bias:
            out = _nn.bias_add(out, self.bias)
        return self.activation(out)


class Conv1DTranspose(Conv2DTranspose):
    def __init__(self, filters, kernel_size, strides=1, padding="valid", output_padding=None, data_format=None,
                 dilation_rate=1, activation=None, use_bias=True, **kwargs):
        def one(v):
            return int(v[0]) if isinstance(v, (list, tuple)) else int(v)

        super().__init__(filters, (1, one(kernel_size)), strides=(1, one(strides)), padding=padding,
                         output_padding=None if output_padding is None else (0, one(output_padding)),
                         dilation_rate=(1, one(dilation_rate)), activation=activation, use_bias=use_bias, **kwargs)

    def build(self, input_shape):
        cin = int(input_shape[-1])
        self.kernel = self.add_weight("kernel", shape=[self.kernel_size[1], self.filters, cin],
                                      initializer=self.kernel_initializer, regularizer=self.kernel_regularizer,
                                      trainable=True)
        self.bias = self.add_weight("bias", shape=[self.filters], initializer=self.bias_initializer,
                                    regularizer=self.bias_regularizer, trainable=True) if self.use_bias else None
        self.built = True

    def call(self, inputs):
        n, w = int(inputs.shape[0]), int(inputs.shape[1])
        op = None if self.output_padding is None else self.output_padding[1]
        ow = _deconv_length(w, self.kernel_size[1], self.padding, self.strides[1], self.dilation_rate[1], op)
        out = _nn.conv1d_transpose(inputs, self.kernel, [n, ow, self.filters], self.strides[1],
                                   padding=self.padding.upper(), dilations=self.dilation_rate[1])
        if self.use_bias:
            out = _nn.bias_add(out, self.bias)
        return self.activation(out)


Convolution2DTranspose, Convolution1DTranspose = Conv2DTranspose, Conv1DTranspose


def _resize_axis(x, axis, factor, bilinear):
    """Up-sample one spatial axis by an integer factor: nearest = repeat; bilinear with TF's
    half-pixel centres (src = (dst + 0.5) / factor - 0.5, clamped)."""
    import numpy as np

    n = int(x.shape[axis])
    if not bilinear:
        return _repeat(x, factor, axis=axis)
    dst = np.arange(n * factor)
    src = (dst + 0.5) / factor - 0.5
    src = np.maximum(src, 0.0)
    lo = np.minimum(np.floor(src).astype(np.int64), n - 1)
    hi = np.minimum(lo + 1, n - 1)
    frac = (src - np.floor(src)).astype(np.float32)
    a = _ops.gather(x, _ops.constant(lo.astype(np.int32)), axis=axis)
    b = _ops.gather(x, _ops.constant(hi.astype(np.int32)), axis=axis)
    shape = [1] * x.shape.rank
    shape[axis] = n * factor
    f = _ops.cast(_ops.reshape(_ops.constant(frac), shape), x.dtype)
    return a + (b - a) * f


def _shape_text(x):
    shape = [None if d is None else int(d) for d in x.shape]
    return "(" + ", ".join("None" if d is None else str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def _ndim_check(layer, x, n):
    """tf-keras InputSpec(ndim=n) check."""
    if x.shape.rank != n:
        raise ValueError(f'Input 0 of layer "{layer.name}" is incompatible with the layer: expected ndim={n}, found '
                         f'ndim={x.shape.rank}. Full shape received: {_shape_text(x)}')


def _call_error(layer, msg, x):
    """tf-keras's wrapping of an exception raised in call()."""
    kind = type(layer).__name__
    return ValueError(f"Exception encountered when calling layer '{layer.name}' (type {kind}).\n\n{msg}\n\n"
                      f"Call arguments received by layer '{layer.name}' (type {kind}):\n"
                      f"  \u2022 inputs=tf.Tensor(shape={_shape_text(x)}, dtype={x.dtype.name})")


class UpSampling2D(Layer):
    def __init__(self, size=(2, 2), data_format=None, interpolation="nearest", **kwargs):
        super().__init__(**kwargs)
        self.size = _tuple2(size)
        if interpolation not in ("nearest", "bilinear"):
            raise NotImplementedError(f"UpSampling2D: interpolation {interpolation!r} is not supported")
        self.interpolation = interpolation

    def call(self, inputs):
        _ndim_check(self, inputs, 4)
        bil = self.interpolation == "bilinear"
        return _resize_axis(_resize_axis(inputs, 1, self.size[0], bil), 2, self.size[1], bil)


class UpSampling1D(Layer):
    def __init__(self, size=2, **kwargs):
        super().__init__(**kwargs)
        self.size = int(size)

    def call(self, inputs):
        _ndim_check(self, inputs, 3)
        return _repeat(inputs, self.size, axis=1)


def _pairs(p, n):
    if isinstance(p, int):
        return [(p, p)] * n
    p = list(p)
    if n == 1 and len(p) == 2 and all(isinstance(v, int) for v in p):
        return [tuple(p)]
    return [(v, v) if isinstance(v, int) else tuple(v) for v in p]


class ZeroPadding2D(Layer):
    def __init__(self, padding=(1, 1), data_format=None, **kwargs):
        super().__init__(**kwargs)
        self.padding = tuple(_pairs(padding, 2))

    def call(self, inputs):
        return _pad(inputs, [[0, 0]] + [list(p) for p in self.padding] + [[0, 0]])


class ZeroPadding1D(Layer):
    def __init__(self, padding=1, **kwargs):
        super().__init__(**kwargs)
        self.padding = _pairs(padding, 1)[0]

    def call(self, inputs):
        return _pad(inputs, [[0, 0], list(self.padding), [0, 0]])


class Cropping2D(Layer):
    def __init__(self, cropping=((0, 0), (0, 0)), data_format=None, **kwargs):
        super().__init__(**kwargs)
        self.cropping = tuple(_pairs(cropping, 2))

    def call(self, inputs):
        _ndim_check(self, inputs, 4)
        (t, b), (l, r) = self.cropping
        h, w = inputs.shape[1], inputs.shape[2]
        if (h is not None and t + b >= int(h)) or (w is not None and l + r >= int(w)):
            raise _call_error(self, "Argument `cropping` must be greater than the input shape. Received: "
                              f"inputs.shape={_shape_text(inputs)}, and cropping={self.cropping}", inputs)
        h, w = int(h), int(w)
        return inputs[:, t:h - b, l:w - r, :]


class Cropping1D(Layer):
    def __init__(self, cropping=(1, 1), **kwargs):
        super().__init__(**kwargs)
        self.cropping = _pairs(cropping, 1)[0]

    def call(self, inputs):
        _ndim_check(self, inputs, 3)
        a, b = self.cropping
        if inputs.shape[1] is not None and a + b >= int(inputs.shape[1]):
            raise _call_error(self, "cropping parameter of Cropping layer must be greater than the input shape. "
                              f"Received: inputs.shape={_shape_text(inputs)}, and cropping={self.cropping}", inputs)
        n = int(inputs.shape[1])
        return inputs[:, a:n - b, :]


class RepeatVector(Layer):
    def __init__(self, n, **kwargs):
        super().__init__(**kwargs)
        self.n = int(n)

    def call(self, inputs):
        return _ops.tile(_ops.expand_dims(inputs, 1), [1, self.n, 1])


class Permute(Layer):
    def __init__(self, dims, **kwargs):
        super().__init__(**kwargs)
        self.dims = tuple(dims)
        if sorted(self.dims) != list(range(1, len(self.dims) + 1)):
            raise ValueError(f"Invalid permutation argument `dims` for Permute Layer. The set of indices in `dims` "
                             f"must be consecutive and start from 1. Received dims={dims}")

    def call(self, inputs):
        return _ops.transpose(inputs, [0] + list(self.dims))


class _Merge(Layer):
    supports_masking = True

    def _merge(self, inputs):
        raise NotImplementedError

    def call(self, inputs):
        if not isinstance(inputs, (list, tuple)):
            raise ValueError(f"A merge layer should be called on a list of inputs. Received: inputs={inputs} (not a "
                             f"list of tensors)")
        return self._merge(list(inputs))


class Subtract(_Merge):
    def _merge(self, inputs):
        if len(inputs) != 2:
            raise ValueError("A `Subtract` layer should be called on exactly 2 inputs. Received: input_shape=[%s]"
                             % ", ".join(_shape_text(t) for t in inputs))
        return inputs[0] - inputs[1]


class _Fold(_Merge):
    """A merge that folds `_op` over the inputs left to right (tf-keras Maximum / Minimum / Average)."""
    _op = None

    def _merge(self, inputs):
        out = inputs[0]
        for t in inputs[1:]:
            out = type(self)._op(out, t)
        return out


class Maximum(_Fold):
    _op = staticmethod(_ops.maximum)


class Minimum(_Fold):
    _op = staticmethod(_ops.minimum)


class Average(_Fold):
    _op = staticmethod(lambda a, b: a + b)

    def _merge(self, inputs):
        return super()._merge(inputs) / len(inputs)


class Dot(_Merge):
    def __init__(self, axes, normalize=False, **kwargs):
        super().__init__(**kwargs)
        self.axes = axes
        self.normalize = normalize

    def _merge(self, inputs):
        if len(inputs) != 2:
            raise ValueError("A `Dot` layer should be called on a list of 2 inputs. Received: input_shape=[%s]"
                             % ", ".join(_shape_text(t) for t in inputs))
        x, y = inputs
        axes = self.axes if isinstance(self.axes, (list, tuple)) else [self.axes, self.axes]
        axes = [a % x.shape.rank if a < 0 else a for a in axes[:1]] + [axes[1] % y.shape.rank if axes[1] < 0
                                                                      else axes[1]]
        dx, dy = x.shape[axes[0]], y.shape[axes[1]]
        if dx is not None and dy is not None and int(dx) != int(dy):
            raise ValueError(f"Incompatible input shapes: axis values {dx} (at axis {axes[0]}) != {dy} (at axis "
                             f"{axes[1]}). Full input shapes: {_shape_text(x)}, {_shape_text(y)}")
        if self.normalize:
            x = _nn.l2_normalize(x, axis=axes[0])
            y = _nn.l2_normalize(y, axis=axes[1])
        # backend.batch_dot
        xr, yr = x.shape.rank, y.shape.rank
        if xr == 2 and yr == 2:
            return _ops.reduce_sum(x * y, axis=1, keepdims=True) if axes == [1, 1] else \
                _ops.reduce_sum(x * y, axis=0, keepdims=True)
        from .. import linalg

        xp = _ops.transpose(x, [0] + [i for i in range(1, xr) if i != axes[0]] + [axes[0]])
        yp = _ops.transpose(y, [0, axes[1]] + [i for i in range(1, yr) if i != axes[1]])
        xs, ys = [int(d) for d in xp.shape], [int(d) for d in yp.shape]
        x3 = _ops.reshape(xp, [xs[0], -1, xs[-1]])
        y3 = _ops.reshape(yp, [ys[0], ys[1], -1])
        out = _ops.matmul(x3, y3)
        return _ops.reshape(out, [xs[0]] + xs[1:-1] + ys[2:]) if len(xs) + len(ys) > 4 else \
            _ops.reshape(out, [xs[0], 1])


def subtract(inputs, **kwargs):
    return Subtract(**kwargs)(inputs)


def maximum(inputs, **kwargs):
    return Maximum(**kwargs)(inputs)


def minimum(inputs, **kwargs):
    return Minimum(**kwargs)(inputs)


def average(inputs, **kwargs):
    return Average(**kwargs)(inputs)


def dot(inputs, axes, normalize=False, **kwargs):
    return Dot(axes=axes, normalize=normalize, **kwargs)(inputs)


class ELU(Layer):
    supports_masking = True

    def __init__(self, alpha=1.0, **kwargs):
        super().__init__(**kwargs)
        if alpha is None:
            raise ValueError(f"Alpha of an ELU layer cannot be None, expecting a float. Received: {alpha}")
        self.alpha = alpha

    def call(self, inputs):
        from . import activations

        return activations.elu(inputs, self.alpha)


class ThresholdedReLU(Layer):
    supports_masking = True

    def __init__(self, theta=1.0, **kwargs):
        super().__init__(**kwargs)
        if theta is None:
            raise ValueError(f"Theta of a Thresholded ReLU layer cannot be None, expecting a float. Received: {theta}")
        if theta < 0:
            raise ValueError(f"The theta value of a Thresholded ReLU layer should be >=0. Received: {theta}")
        self.theta = theta

    def call(self, inputs):
        return inputs * _ops.cast(_ops.greater(inputs, self.theta), inputs.dtype)


class PReLU(Layer):
    supports_masking = True

    def __init__(self, alpha_initializer="zeros", alpha_regularizer=None, alpha_constraint=None, shared_axes=None,
                 **kwargs):
        super().__init__(**kwargs)
        from . import initializers

        self.alpha_initializer = initializers.get(alpha_initializer)
        self.alpha_regularizer = alpha_regularizer
        self.shared_axes = None if shared_axes is None else (list(shared_axes) if isinstance(shared_axes, (list, tuple))
                                                             else [shared_axes])

    def build(self, input_shape):
        shape = list(input_shape[1:])
        if self.shared_axes is not None:
            for i in self.shared_axes:
                shape[i - 1] = 1
        self.alpha = self.add_weight("alpha", shape=[int(d) for d in shape], initializer=self.alpha_initializer,
                                     regularizer=self.alpha_regularizer)
        self.built = True

    def call(self, inputs):
        pos = _nn.relu(inputs)
        neg = -self.alpha * _nn.relu(-inputs)
        return pos + neg


class GaussianNoise(Layer):
    supports_masking = True

    def __init__(self, stddev, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.stddev = stddev
        self.seed = seed

    def call(self, inputs, training=None):
        if not training:
            return inputs
        from .. import random

        return inputs + random.normal(_ops.shape(inputs), 0.0, self.stddev, inputs.dtype, seed=self.seed)


class GaussianDropout(Layer):
    supports_masking = True

    def __init__(self, rate, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate
        self.seed = seed

    def call(self, inputs, training=None):
        if not training or not 0 < self.rate < 1:
            return inputs
        import math

        from .. import random

        stddev = math.sqrt(self.rate / (1.0 - self.rate))
        return inputs * random.normal(_ops.shape(inputs), 1.0, stddev, inputs.dtype, seed=self.seed)


class _SpatialDropout(Layer):
    def __init__(self, rate, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate
        self.seed = seed

    def call(self, inputs, training=None):
        if not training or self.rate == 0:
            return _ops.identity(inputs)
        s = [int(d) for d in inputs.shape]
        ns = [s[0]] + [1] * (len(s) - 2) + [s[-1]]
        return _nn.dropout(inputs, self.rate, ns, seed=self.seed)


class SpatialDropout1D(_SpatialDropout):
    pass


class SpatialDropout2D(_SpatialDropout):
    pass


class SpatialDropout3D(_SpatialDropout):
    pass


class Identity(Layer):
    supports_masking = True

    def call(self, inputs):
        return inputs


class ActivityRegularization(Layer):
    supports_masking = True

    def __init__(self, l1=0.0, l2=0.0, **kwargs):
        from . import regularizers

        super().__init__(activity_regularizer=None, **{k: v for k, v in kwargs.items()
                                                       if k != "activity_regularizer"})
        self.l1, self.l2 = l1, l2
        self._activity_regularizer = regularizers.L1L2(l1=l1, l2=l2)

    def call(self, inputs):
        return inputs


class UnitNormalization(Layer):
    supports_masking = True

    def __init__(self, axis=-1, **kwargs):
        super().__init__(**kwargs)
        self.axis = axis

    def call(self, inputs):
        return _nn.l2_normalize(inputs, axis=self.axis)


class TimeDistributed(Layer):
    def __init__(self, layer, **kwargs):
        if not isinstance(layer, Layer):
            raise ValueError(f"Please initialize `TimeDistributed` layer with a `tf.keras.layers.Layer` instance. "
                             f"Received: {layer}")
        super().__init__(**kwargs)
        self.layer = layer

    def call(self, inputs, training=None):
        s = [int(d) for d in inputs.shape]
        flat = _ops.reshape(inputs, [s[0] * s[1]] + s[2:])
        out = self.layer(flat)
        os_ = [int(d) for d in out.shape]
        return _ops.reshape(out, [s[0], s[1]] + os_[1:])


Convolution1D = None  # set below from the existing Conv1D
Convolution2D = Conv2D


def _register():
    from . import layers as L

    global Convolution1D
    Convolution1D = L.Conv1D
    names = ("Conv2DTranspose Conv1DTranspose Convolution2DTranspose Convolution1DTranspose UpSampling1D UpSampling2D "
             "ZeroPadding1D ZeroPadding2D Cropping1D Cropping2D RepeatVector Permute Subtract Maximum Minimum Average "
             "Dot subtract maximum minimum average dot ELU ThresholdedReLU PReLU GaussianNoise GaussianDropout "
             "SpatialDropout1D SpatialDropout2D SpatialDropout3D Identity ActivityRegularization UnitNormalization "
             "TimeDistributed Convolution1D Convolution2D").split()
    g = globals()
    for n in names:
        if not hasattr(L, n):
            setattr(L, n, g[n])
    mods = {"Conv2DTranspose": "convolutional.conv2d_transpose", "Conv1DTranspose": "convolutional.conv1d_transpose",
            "UpSampling1D": "reshaping.up_sampling1d", "UpSampling2D": "reshaping.up_sampling2d",
            "ZeroPadding1D": "reshaping.zero_padding1d", "ZeroPadding2D": "reshaping.zero_padding2d",
            "Cropping1D": "reshaping.cropping1d", "Cropping2D": "reshaping.cropping2d",
            "RepeatVector": "reshaping.repeat_vector", "Permute": "reshaping.permute",
            "Subtract": "merging.subtract", "Maximum": "merging.maximum", "Minimum": "merging.minimum",
            "Average": "merging.average", "Dot": "merging.dot", "ELU": "activation.elu", "PReLU": "activation.prelu",
            "ThresholdedReLU": "activation.thresholded_relu", "GaussianNoise": "regularization.gaussian_noise",
            "GaussianDropout": "regularization.gaussian_dropout",
            "SpatialDropout1D": "regularization.spatial_dropout1d",
            "SpatialDropout2D": "regularization.spatial_dropout2d", "Identity": "core.identity",
            "ActivityRegularization": "regularization.activity_regularization",
            "UnitNormalization": "normalization.unit_normalization", "TimeDistributed": "rnn.time_distributed"}
    for k, v in mods.items():
        _TF_KERAS_MODULES.setdefault(k, "tf_keras.src.layers." + v)
    from ._saving_s4 import _install_layers

    _install_layers()


_ = (_T, _activation)

# Keras 2 layers: Embedding, Identity, TimeDistributed; the ELU / ThresholdedReLU / PReLU activation
# layers; the regularization layers (Gaussian noise and dropout, spatial dropout, ActivityRegularization).
from .. import _ops, nn as _nn
from .layers import Layer


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


class Identity(Layer):
    supports_masking = True

    def call(self, inputs):
        return inputs


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

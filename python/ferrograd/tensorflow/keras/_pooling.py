# Keras 2 pooling layers (tf.nn.max_pool2d / avg_pool2d; 1-D ones as height-1 2-D).
from .. import _conv, _ops
from .layers import Layer
from ._convolutional import _int1, _tuple2


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

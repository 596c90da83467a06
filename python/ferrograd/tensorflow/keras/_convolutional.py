# Keras 2 convolution layers (tf.nn.conv2d on NHWC; 1-D ones as height-1 2-D) and their transposes.
from .. import _conv, nn as _nn
from .layers import Layer, _activation


def _tuple2(v):
    return (v, v) if isinstance(v, int) else tuple(v)


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

    def _convolve(self, inputs):
        return _conv.conv2d(inputs, self.kernel, list(self.strides), self.padding.upper(),
                            dilations=list(self.dilation_rate))

    def call(self, inputs):
        inner = len(self.kernel.shape) - 1  # spatial rank + 1: more leading dimensions are batch dimensions
        batch = inputs.shape[:-inner]
        if len(batch) > 1:  # tf.nn.convolution's squeeze_batch_dims
            from .. import _ops

            out = self._convolve(_ops.reshape(inputs, [-1] + inputs.shape[-inner:].as_list()))
            out = _ops.reshape(out, batch.as_list() + out.shape[1:].as_list())
        else:
            out = self._convolve(inputs)
        if self.use_bias:
            out = _nn.bias_add(out, self.bias)
        return self.activation(out)


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

    def _convolve(self, inputs):  # (build: Conv2D's, with kernel_size (k,) the kernel is [k, cin, filters])
        return _nn.conv1d(inputs, self.kernel, self.strides[1], self.padding.upper(), dilations=self.dilation_rate[1])


def _deconv_length(n, k, padding, s, d=1, output_padding=None):
    # tf-keras conv_utils.deconv_output_length.
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


Convolution1D, Convolution2D = Conv1D, Conv2D

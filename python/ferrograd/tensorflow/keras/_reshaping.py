# Keras 2 reshaping layers: up-sampling, zero-padding, cropping, RepeatVector, Permute.
from .. import _ops
from .._array_ops import pad as _pad, repeat as _repeat
from ._convolutional import _tuple2
from .layers import Layer


def _resize_axis(x, axis, factor, bilinear):
    # Up-sample one spatial axis by an integer factor: nearest = repeat; bilinear with TF's
    # half-pixel centres (src = (dst + 0.5) / factor - 0.5, clamped).
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
    # tf-keras InputSpec(ndim=n) check.
    if x.shape.rank != n:
        raise ValueError(f'Input 0 of layer "{layer.name}" is incompatible with the layer: expected ndim={n}, found '
                         f'ndim={x.shape.rank}. Full shape received: {_shape_text(x)}')


def _call_error(layer, msg, x):
    # tf-keras's wrapping of an exception raised in call().
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

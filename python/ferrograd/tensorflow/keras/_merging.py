# Keras 2 merge layers beyond Add/Multiply/Concatenate, and their functional forms.
from .. import _ops, nn as _nn
from .layers import Layer
from ._reshaping import _shape_text


def _build_error(msg):
    # A shape error tf-keras raises in build(), outside call(): not wrapped with the call arguments.
    e = ValueError(msg)
    e._keras_call_info_injected = True
    return e


class _Merge(Layer):
    supports_masking = True

    def _merge(self, inputs):
        raise NotImplementedError

    def call(self, inputs):
        if not isinstance(inputs, (list, tuple)):
            raise _build_error(f"A merge layer should be called on a list of inputs. Received: inputs={inputs} (not a "
                             f"list of tensors)")
        return self._merge(list(inputs))


class Subtract(_Merge):
    def _merge(self, inputs):
        if len(inputs) != 2:
            raise _build_error("A `Subtract` layer should be called on exactly 2 inputs. Received: input_shape=[%s]"
                             % ", ".join(_shape_text(t) for t in inputs))
        return inputs[0] - inputs[1]


class _Fold(_Merge):
    # A merge that folds `_op` over the inputs left to right (tf-keras Maximum / Minimum / Average).
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
            raise _build_error("A `Dot` layer should be called on a list of 2 inputs. Received: input_shape=[%s]"
                             % ", ".join(_shape_text(t) for t in inputs))
        x, y = inputs
        axes = self.axes if isinstance(self.axes, (list, tuple)) else [self.axes, self.axes]
        axes = [a % x.shape.rank if a < 0 else a for a in axes[:1]] + [axes[1] % y.shape.rank if axes[1] < 0
                                                                      else axes[1]]
        dx, dy = x.shape[axes[0]], y.shape[axes[1]]
        if dx is not None and dy is not None and int(dx) != int(dy):
            raise _build_error(f"Incompatible input shapes: axis values {dx} (at axis {axes[0]}) != {dy} (at axis "
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

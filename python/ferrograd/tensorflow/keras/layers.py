"""tf.keras.layers (Keras 2 / tf-keras semantics): Layer base class, Dense, Flatten, activations."""
import math as _math
import re as _re

from .. import _ops, nn as _nn, random as _random
from .. import Module as _Module
from .. import name_scope as _name_scope
from .._tensor import _T, Variable as _Variable, _arg, convert_to_tensor as _convert
from .. import dtypes as _dt

_NAME_COUNTS = {}
_INTERNAL = frozenset(("_trainable_weights", "_non_trainable_weights", "_layers", "_name", "_trainable",
                       "_dtype", "_seq", "built"))


def _to_snake(name):
    s = _re.sub(r"(.)([A-Z][a-z0-9]+)", r"\1_\2", name)
    s = _re.sub(r"([a-z])([A-Z])", r"\1_\2", s).lower()
    return s if s[0] != "_" else "private" + s


def _unique_name(base):
    n = _NAME_COUNTS.get(base, 0)
    _NAME_COUNTS[base] = n + 1
    return base if n == 0 else f"{base}_{n}"


_ACTIVATIONS = {
    "relu": _nn.relu, "sigmoid": _nn.sigmoid, "tanh": _nn.tanh, "softmax": _nn.softmax, "elu": _nn.elu,
    "softplus": _nn.softplus, "linear": lambda x: x, None: lambda x: x,
}


def _activation(a):
    if callable(a):
        return a
    if a in _ACTIVATIONS:
        return _ACTIVATIONS[a]
    raise ValueError(f"Unknown activation function: '{a}'. Please ensure you are using a `keras.utils.custom_object_scope` "
                     f"and that this object is included in the scope. See "
                     f"https://www.tensorflow.org/guide/keras/save_and_serialize#registering_the_custom_object "
                     f"for details.")


def _init_value(init, shape, dtype):
    if callable(init) and not isinstance(init, str):
        return init(shape, dtype=dtype)
    name = (init or "zeros").lower()
    if name == "zeros":
        return _ops.zeros(shape, dtype=dtype)
    if name == "ones":
        return _ops.ones(shape, dtype=dtype)
    if name in ("glorot_uniform", "glorotuniform"):
        fan_in = shape[-2] if len(shape) >= 2 else shape[0]
        fan_out = shape[-1]
        limit = _math.sqrt(6.0 / max(1.0, (fan_in + fan_out)))
        return _random.uniform(shape, -limit, limit, dtype=dtype)
    if name in ("random_normal", "randomnormal"):
        return _random.normal(shape, 0.0, 0.05, dtype=dtype)
    raise ValueError(f"Unknown initializer: '{init}'.")


class Layer(_Module):
    """Keras 2 Layer: lazily built on first call; weights from add_weight or assigned attributes
    (tracked in assignment order), then those of nested layers."""

    def __init__(self, trainable=True, name=None, dtype=None, dynamic=False, **kwargs):
        object.__setattr__(self, "_trainable_weights", [])
        object.__setattr__(self, "_non_trainable_weights", [])
        object.__setattr__(self, "_layers", [])
        self._name = name or _unique_name(_to_snake(type(self).__name__))
        self._trainable = trainable
        self._dtype = _dt.as_dtype(dtype) if dtype is not None else _dt.float32
        self.built = False

    def __setattr__(self, name, value):
        if name not in _INTERNAL:
            self._track(value)
        object.__setattr__(self, name, value)

    def _track(self, value):
        if "_trainable_weights" not in self.__dict__:
            object.__setattr__(self, "_trainable_weights", [])
            object.__setattr__(self, "_non_trainable_weights", [])
            object.__setattr__(self, "_layers", [])
        for v in _Module._leaves(value, []):
            if isinstance(v, _Variable):
                lst = self._trainable_weights if v.trainable else self._non_trainable_weights
                if not any(v is w for w in lst):
                    lst.append(v)
            elif isinstance(v, Layer) and not any(v is l for l in self._layers):
                self._layers.append(v)

    _scoped = True  # variables built inside __call__ get 'layer_name/' (not for Sequential)

    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype.name

    @property
    def trainable(self):
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        self._trainable = bool(value)

    def build(self, input_shape):
        self.built = True

    def call(self, inputs, *args, **kwargs):
        return inputs

    def __call__(self, inputs, *args, **kwargs):
        if not isinstance(inputs, (_T, list, tuple, dict)) or isinstance(inputs, (list, tuple)) and \
                inputs and not isinstance(inputs[0], _T):
            inputs = _convert(inputs, dtype=self._dtype)
        elif isinstance(inputs, _T) and inputs.dtype.is_floating and inputs.dtype != self._dtype:
            inputs = _ops.cast(inputs, self._dtype)
        import contextlib

        with _name_scope(self._name) if self._scoped else contextlib.nullcontext():
            if not self.built:
                shape = inputs.shape if isinstance(inputs, _T) else None
                self.build(shape)
                self.built = True
            return self.call(inputs, *args, **kwargs)

    def add_weight(self, name=None, shape=None, dtype=None, initializer=None, regularizer=None,
                   trainable=None, constraint=None, **kwargs):
        dtype = _dt.as_dtype(dtype) if dtype is not None else self._dtype
        shape = tuple(shape or ())
        if initializer is None:
            initializer = "glorot_uniform" if dtype.is_floating else "zeros"
        trainable = True if trainable is None else trainable
        from .. import _tensor

        if _tensor._name_scopes and _tensor._name_scopes[-1] == self._name:
            v = _Variable(_init_value(initializer, list(shape), dtype), trainable=trainable, name=name)
        else:
            with _name_scope(self._name):
                v = _Variable(_init_value(initializer, list(shape), dtype), trainable=trainable, name=name)
        (self._trainable_weights if trainable else self._non_trainable_weights).append(v)
        return v

    def _gather(self, attr):
        out = []
        for w in getattr(self, attr):
            if not any(w is o for o in out):
                out.append(w)
        for l in self._layers:
            for w in l._gather(attr):
                if not any(w is o for o in out):
                    out.append(w)
        return out

    @property
    def trainable_weights(self):
        return self._gather("_trainable_weights") if self._trainable else []

    @property
    def non_trainable_weights(self):
        if self._trainable:
            return self._gather("_non_trainable_weights")
        return self._gather("_trainable_weights") + self._gather("_non_trainable_weights")

    @property
    def weights(self):
        return self.trainable_weights + self.non_trainable_weights

    trainable_variables = trainable_weights
    non_trainable_variables = non_trainable_weights
    variables = weights

    def get_weights(self):
        return [w.numpy() for w in self.weights]

    def set_weights(self, weights):
        for v, w in zip(self.weights, weights):
            v.assign(w)


class Dense(Layer):
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, **kwargs):
        super().__init__(**kwargs)
        self.units = int(units)
        self.activation = _activation(activation)
        self.use_bias = use_bias
        self.kernel_initializer = kernel_initializer
        self.bias_initializer = bias_initializer

    def build(self, input_shape):
        last = input_shape[-1]
        self.kernel = self.add_weight("kernel", shape=[last, self.units], initializer=self.kernel_initializer,
                                      trainable=True)
        self.bias = self.add_weight("bias", shape=[self.units], initializer=self.bias_initializer,
                                    trainable=True) if self.use_bias else None
        self.built = True

    def call(self, inputs):
        if inputs.shape.rank == 2:
            out = _ops.matmul(inputs, self.kernel)
        else:
            out = _ops.tensordot(inputs, self.kernel, [[inputs.shape.rank - 1], [0]])
        if self.use_bias:
            out = _nn.bias_add(out, self.bias)
        return self.activation(out)


class Flatten(Layer):
    def call(self, inputs):
        return _ops.reshape(inputs, [inputs.shape[0], -1])


class Activation(Layer):
    def __init__(self, activation, **kwargs):
        super().__init__(**kwargs)
        self.activation = _activation(activation)

    def call(self, inputs):
        return self.activation(inputs)


class ReLU(Layer):
    def call(self, inputs):
        return _nn.relu(inputs)

# tf.keras.layers (Keras 2 / tf-keras semantics): Layer base class, Dense, Flatten, activations.
import math as _math
import re as _re

from .. import _ops, nn as _nn, random as _random
from .. import _RESTORE_PENDING, Module as _Module
from .. import name_scope as _name_scope
from .._tensor import _T, Variable as _Variable, _arg, convert_to_tensor as _convert
from .. import dtypes as _dt

_NAME_COUNTS = {}
_INTERNAL = frozenset(("_trainable_weights", "_non_trainable_weights", "_layers", "_name", "_trainable",
                       "_dtype", "_seq", "built", "_eager_losses", "_callable_losses", "_activity_regularizer"))
_IN_CALL = [0]  # depth of Layer.__call__: the outermost call clears its layers' eager losses


def _to_snake(name):
    s = _re.sub(r"(.)([A-Z][a-z0-9]+)", r"\1_\2", name)
    s = _re.sub(r"([a-z])([A-Z])", r"\1_\2", s).lower()
    return s if s[0] != "_" else "private" + s


def _unique_name(base, zero_based=True):
    n = _NAME_COUNTS.get(base, 0)
    _NAME_COUNTS[base] = n + 1
    if not zero_based:
        return f"{base}_{n + 1}"
    return base if n == 0 else f"{base}_{n}"


def _activation(a):
    from . import activations

    return activations.get(a)


def _accepts(fn, arg):
    import inspect

    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return arg in params or any(p.kind == p.VAR_KEYWORD for p in params.values())


def _init_value(init, shape, dtype):
    from . import initializers

    return initializers.get(init or "zeros")(shape, dtype=dtype)


class Layer(_Module):
    """Keras 2 Layer: lazily built on first call; weights from add_weight or assigned attributes
    (tracked in assignment order), then those of nested layers."""

    def __init__(self, trainable=True, name=None, dtype=None, dynamic=False, **kwargs):
        object.__setattr__(self, "_trainable_weights", [])
        object.__setattr__(self, "_non_trainable_weights", [])
        object.__setattr__(self, "_layers", [])
        self._name = name if name is not None else _unique_name(type(self).__dict__.get("_default_name") or _to_snake(type(self).__name__))
        self._trainable = trainable
        self._dtype = _dt.as_dtype(dtype) if dtype is not None else _dt.float32
        self.built = False
        if "input_shape" in kwargs or "batch_input_shape" in kwargs or "input_dim" in kwargs:
            if "batch_input_shape" in kwargs:
                shape = tuple(kwargs["batch_input_shape"])
            elif "input_dim" in kwargs:
                shape = (None, kwargs["input_dim"])
            else:
                shape = (None,) + tuple(kwargs["input_shape"])
            object.__setattr__(self, "_batch_input_shape", shape)

    def __setattr__(self, name, value):
        if name not in _INTERNAL:
            self._track(value)
        object.__setattr__(self, name, value)
        if _RESTORE_PENDING and name[:1] != "_":
            from ..train import _apply_pending

            _apply_pending()

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
        from . import _functional

        if _functional.is_symbolic(inputs):
            return _functional.symbolic_call(self, inputs, *args, **kwargs)
        if isinstance(inputs, (list, tuple)) and inputs and any(type(v).__module__ == "numpy" for v in inputs):
            inputs = [v if isinstance(v, _T) else _ops.convert_to_tensor(v) for v in inputs]  # merge layers: tf-keras
            inputs = [_ops.cast(v, self._dtype) if v.dtype.is_floating and v.dtype != self._dtype else v for v in inputs]
        elif not isinstance(inputs, (_T, list, tuple, dict)) or isinstance(inputs, (list, tuple)) and \
                inputs and not isinstance(inputs[0], _T):
            kind = getattr(getattr(inputs, "dtype", None), "kind", "f")  # tf-keras keeps int NumPy dtypes
            inputs = _convert(inputs, dtype=None if kind in "iub" else self._dtype)
        elif isinstance(inputs, _T) and inputs.dtype.is_floating and inputs.dtype != self._dtype:
            inputs = _ops.cast(inputs, self._dtype)
        import contextlib

        if not _IN_CALL[0]:  # tf-keras: losses are cleared for all sublayers on the outermost call
            for l in self._flatten_layers():
                if l.__dict__.get("_eager_losses"):
                    l._eager_losses = []
        _IN_CALL[0] += 1
        try:
            with _name_scope(self._name) if self._scoped else contextlib.nullcontext():
                if not self.built:
                    shape = inputs.shape if isinstance(inputs, _T) else None
                    self.build(shape)
                    self.built = True
                if "training" in kwargs and not _accepts(self.call, "training"):
                    kwargs.pop("training")
                prev = _input_masks(inputs)  # tf-keras mask propagation (tensor._keras_mask)
                if prev is not None and "mask" not in kwargs and _accepts(self.call, "mask"):
                    kwargs["mask"] = prev
                try:
                    out = self.call(inputs, *args, **kwargs)
                except Exception as e:
                    raise _with_call_info(self, e, inputs, args, kwargs) from None
                if prev is not None or "compute_mask" in type(self).__dict__ or kwargs.get("mask") is not None:
                    _set_output_masks(self, inputs, out, kwargs.get("mask", prev))
            reg = self.__dict__.get("_activity_regularizer")
            if reg is not None:  # _handle_activity_regularization: the penalty over the batch size
                for o in (out if isinstance(out, (list, tuple)) else [out]):
                    loss = reg(o)
                    self.add_loss(loss / _ops.cast(_ops.shape(o)[0], loss.dtype))
            return out
        finally:
            _IN_CALL[0] -= 1

    supports_masking = False

    def compute_mask(self, inputs, mask=None):
        # tf-keras: a layer that supports masking carries the input mask over
        return mask if self.supports_masking else None

    def _flatten_layers(self):
        # This layer then its nested layers, depth first, each once (tf-keras _flatten_layers).
        out, seen = [], set()

        def visit(l):
            if id(l) in seen:
                return
            seen.add(id(l))
            out.append(l)
            for sub in l.__dict__.get("_layers", ()):
                visit(sub)

        visit(self)
        return out

    def add_loss(self, losses, **kwargs):
        """A loss tensor computed in call() (kept until the next outermost call) or a zero-argument
        callable (evaluated each time `losses` is read)."""
        items = list(losses) if isinstance(losses, (list, tuple)) else [losses]
        if "_eager_losses" not in self.__dict__:
            self._eager_losses = []
        if "_callable_losses" not in self.__dict__:
            self._callable_losses = []
        for loss in items:
            if loss is None:
                continue
            if callable(loss) and not isinstance(loss, _T):
                self._callable_losses.append(loss)
                continue
            if not isinstance(loss, _T):
                loss = _convert(loss, dtype=_dt.float32)
            if not _IN_CALL[0]:
                raise ValueError("Expected a symbolic Tensors or a callable for the loss value. Please wrap your "
                                 "loss computation in a zero argument `lambda`.")
            self._eager_losses.append(loss)

    def count_params(self):
        if not self.built:
            raise ValueError(f"You tried to call `count_params` on layer {self.name}, but the layer isn't built. "
                             f"You can build it manually via: `{self.name}.build(batch_input_shape)`.")
        n = 0
        for w in self.weights:
            k = 1
            for d in w.shape:
                k *= int(d)
            n += k
        return n

    @property
    def output_shape(self):
        if getattr(self, "_output_shape", None) is None:
            raise AttributeError(f"The layer {self.name} has never been called and thus has no defined output "
                                 f"shape.")
        return self._output_shape

    def __repr__(self):
        # tf-keras's default object repr names the class's module inside tf_keras
        cls = type(self)
        mod = cls.__module__
        if mod.startswith("ferrograd.tensorflow.keras"):
            mod = _TF_KERAS_MODULES.get(cls.__name__, mod)
        return "<%s.%s object at %#x>" % (mod, cls.__qualname__, id(self))

    @property
    def output(self):
        kt = getattr(self, "_kt_output", None)
        if kt is None:
            raise AttributeError(f"Layer {self.name} has no inbound nodes.")
        return kt

    @property
    def input(self):
        kt = getattr(self, "_kt_output", None)
        if kt is None:
            raise AttributeError(f"Layer {self.name} is not connected, no input to return.")
        return kt if kt.inputs is None else kt.inputs

    @property
    def losses(self):
        """tf-keras Layer.losses: per layer (this one, then nested ones) its eager losses, then its
        callable ones (weight regularizers) evaluated now."""
        out = []
        for l in self._flatten_layers():
            out.extend(l.__dict__.get("_eager_losses", ()))
            for fn in l.__dict__.get("_callable_losses", ()):
                v = fn()
                if v is not None:
                    out.append(v if isinstance(v, _T) else _convert(v, dtype=_dt.float32))
        return out

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
        if regularizer is not None:
            from . import regularizers

            self._add_regularizer(name, v, regularizers.get(regularizer))
        return v

    def _add_regularizer(self, name, variable, regularizer):
        # _handle_weight_regularization: a callable loss under '<name>/Regularizer'
        def loss_for_variable():
            with _name_scope(f"{name}/Regularizer"):
                return regularizer(variable)

        self.add_loss(loss_for_variable)

    def _gather(self, attr):
        out = []
        for w in getattr(self, attr):
            if not any(w is o for o in out):
                out.append(w)
        for l in self._layers:
            for w in _sub_weights(l, attr):
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


def _input_masks(inputs):
    from ._recurrent import get_keras_mask

    if isinstance(inputs, (list, tuple)):
        ms = [get_keras_mask(t) if isinstance(t, _T) else None for t in inputs]
        return ms if any(m is not None for m in ms) else None
    return get_keras_mask(inputs) if isinstance(inputs, _T) else None


def _set_output_masks(layer, inputs, outputs, previous_mask):
    # Layer._set_mask_metadata: outputs without a mask get compute_mask(inputs, previous_mask).
    from ._recurrent import get_keras_mask, set_keras_mask

    flat = list(outputs) if isinstance(outputs, (list, tuple)) else [outputs]
    if all(isinstance(o, _T) and get_keras_mask(o) is not None for o in flat):
        return
    masks = layer.compute_mask(inputs, previous_mask)
    if masks is None:
        return
    flat_masks = list(masks) if isinstance(masks, (list, tuple)) else [masks] * len(flat)
    for o, m in zip(flat, flat_masks):
        if isinstance(o, _T) and m is not None:
            set_keras_mask(o, m)


class Masking(Layer):
    """Masks timesteps whose features all equal mask_value (tf-keras Masking)."""

    supports_masking = True

    def __init__(self, mask_value=0.0, **kwargs):
        super().__init__(**kwargs)
        self.mask_value = mask_value

    def compute_mask(self, inputs, mask=None):
        return _ops.reduce_any(_ops.not_equal(inputs, self.mask_value), axis=-1)

    def call(self, inputs):
        from ._recurrent import set_keras_mask

        boolean_mask = _ops.reduce_any(_ops.not_equal(inputs, self.mask_value), axis=-1, keepdims=True)
        outputs = inputs * _ops.cast(boolean_mask, inputs.dtype)
        set_keras_mask(outputs, _ops.squeeze(boolean_mask, axis=-1))
        return outputs


def _set_regularizers(layer, kernel=None, bias=None, activity=None):
    from . import regularizers

    object.__setattr__(layer, "kernel_regularizer", regularizers.get(kernel))
    object.__setattr__(layer, "bias_regularizer", regularizers.get(bias))
    object.__setattr__(layer, "_activity_regularizer", regularizers.get(activity))


def _sub_weights(layer, attr):
    # A nested layer's weights of one kind, its `trainable` flag applied (a frozen layer's
    # trainable variables count as non-trainable).
    if layer.trainable:
        return layer._gather(attr)
    return [] if attr == "_trainable_weights" else \
        layer._gather("_trainable_weights") + layer._gather("_non_trainable_weights")


_TF_KERAS_MODULES = {
    "Activation": "core.activation", "Add": "merging.add", "AveragePooling2D": "pooling.average_pooling2d",
    "AvgPool2D": "pooling.average_pooling2d", "BatchNormalization": "normalization.batch_normalization",
    "Bidirectional": "rnn.bidirectional", "Concatenate": "merging.concatenate", "Conv2D": "convolutional.conv2d",
    "Dense": "core.dense", "Dropout": "regularization.dropout", "Embedding": "core.embedding",
    "Flatten": "reshaping.flatten", "GRU": "rnn.gru", "GRUCell": "rnn.gru",
    "GlobalAveragePooling2D": "pooling.global_average_pooling2d",
    "GlobalMaxPooling2D": "pooling.global_max_pooling2d", "LSTM": "rnn.lstm", "LSTMCell": "rnn.lstm",
    "Lambda": "core.lambda_layer", "Masking": "core.masking", "Conv1D": "convolutional.conv1d",
    "GlobalAveragePooling1D": "pooling.global_average_pooling1d", "GlobalMaxPooling1D": "pooling.global_max_pooling1d",
    "MaxPooling1D": "pooling.max_pooling1d", "AveragePooling1D": "pooling.average_pooling1d",
    "LeakyReLU": "activation.leaky_relu", "LayerNormalization": "normalization.layer_normalization",
    "MaxPooling2D": "pooling.max_pooling2d", "Multiply": "merging.multiply",
    "Normalization": "preprocessing.normalization", "RNN": "rnn.base_rnn", "ReLU": "activation.relu",
    "Rescaling": "preprocessing.image_preprocessing", "Reshape": "reshaping.reshape",
    "SimpleRNN": "rnn.simple_rnn", "SimpleRNNCell": "rnn.simple_rnn", "Softmax": "activation.softmax",
    "Conv2DTranspose": "convolutional.conv2d_transpose", "Conv1DTranspose": "convolutional.conv1d_transpose",
    "UpSampling1D": "reshaping.up_sampling1d", "UpSampling2D": "reshaping.up_sampling2d",
    "ZeroPadding1D": "reshaping.zero_padding1d", "ZeroPadding2D": "reshaping.zero_padding2d",
    "Cropping1D": "reshaping.cropping1d", "Cropping2D": "reshaping.cropping2d", "RepeatVector": "reshaping.repeat_vector",
    "Permute": "reshaping.permute", "Subtract": "merging.subtract", "Maximum": "merging.maximum",
    "Minimum": "merging.minimum", "Average": "merging.average", "Dot": "merging.dot", "ELU": "activation.elu",
    "PReLU": "activation.prelu", "ThresholdedReLU": "activation.thresholded_relu",
    "GaussianNoise": "regularization.gaussian_noise", "GaussianDropout": "regularization.gaussian_dropout",
    "SpatialDropout1D": "regularization.spatial_dropout1d", "SpatialDropout2D": "regularization.spatial_dropout2d",
    "Identity": "core.identity", "ActivityRegularization": "regularization.activity_regularization",
    "UnitNormalization": "normalization.unit_normalization", "TimeDistributed": "rnn.time_distributed",
}


_TF_KERAS_MODULES = {k: "tf_keras.src.layers." + v for k, v in _TF_KERAS_MODULES.items()}
_TF_KERAS_MODULES.update(InputLayer="tf_keras.src.engine.input_layer", Layer="tf_keras.src.engine.base_layer",
                         Sequential="tf_keras.src.engine.sequential", Model="tf_keras.src.engine.training",
                         Functional="tf_keras.src.engine.functional")


def _with_call_info(layer, e, inputs, args, kwargs):
    # tf-keras's traceback_utils.inject_argument_info_in_traceback: an exception raised in call() is raised
    # again (same type) with the layer and its call arguments in the message; only the innermost layer does.
    import inspect

    if getattr(e, "_keras_call_info_injected", False) or str(e).startswith(("Exception encountered when calling",
                                                                             "Input 0 of layer ")):
        return e  # already wrapped, or an InputSpec check (TF runs those before call)
    obj = "layer '%s' (type %s)" % (layer.name, type(layer).__name__)

    def fmt(v):
        return "tf.Tensor(shape=%s, dtype=%s)" % (v.shape, v.dtype.name) if isinstance(v, _T) else repr(v)

    try:
        sig = inspect.signature(layer.call)
        bound = sig.bind(inputs, *args, **kwargs).arguments
        lines = ["  \u2022 %s=%s" % (p.name, _nest_map(fmt, bound[p.name]) if p.name in bound else p.default)
                 for p in sig.parameters.values()]
    except (TypeError, ValueError):
        return e
    msg = "Exception encountered when calling %s.\n\n%s\n\nCall arguments received by %s:\n%s" % (
        obj, e.message if hasattr(e, "message") and hasattr(e, "error_code") else e, obj, "\n".join(lines))
    try:
        new = type(e)(e.node_def, e.op, msg) if hasattr(e, "error_code") else type(e)(msg)
    except Exception:
        return e
    new._keras_call_info_injected = True
    return new


def _nest_map(fn, v):
    if isinstance(v, (list, tuple)):
        return type(v)(_nest_map(fn, x) for x in v)
    if isinstance(v, dict):
        return {k: _nest_map(fn, x) for k, x in v.items()}
    return fn(v)


class Dense(Layer):
    supports_masking = True

    def __init__(self, units, activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, **kwargs):
        super().__init__(**kwargs)
        self.units = int(units)
        self.activation = _activation(activation)
        self.use_bias = use_bias
        from . import initializers

        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        _set_regularizers(self, kernel_regularizer, bias_regularizer, activity_regularizer)

    def build(self, input_shape):
        last = input_shape[-1]
        self.kernel = self.add_weight("kernel", shape=[last, self.units], initializer=self.kernel_initializer,
                                      regularizer=self.kernel_regularizer, trainable=True)
        self.bias = self.add_weight("bias", shape=[self.units], initializer=self.bias_initializer,
                                    regularizer=self.bias_regularizer, trainable=True) if self.use_bias else None
        self.built = True

    def call(self, inputs):
        last = self.kernel.shape[0]
        if inputs.shape[-1] != last:  # Keras' InputSpec(axes={-1: last}) check
            raise ValueError(f'Input 0 of layer "{self.name}" is incompatible with the layer: expected axis -1 of '
                             f'input shape to have value {last}, but received input with shape {inputs.shape}')
        if inputs.dtype != self.kernel.dtype:  # tf-keras Dense casts its inputs to the compute dtype
            inputs = _ops.cast(inputs, self.kernel.dtype)
        if inputs.shape.rank == 2:
            out = _ops._fused_matmul(inputs, self.kernel, getattr(self.activation, "__name__", "") == "linear") \
                if self.use_bias else _ops.matmul(inputs, self.kernel)
        else:
            out = _ops.tensordot(inputs, self.kernel, [[inputs.shape.rank - 1], [0]])
        if self.use_bias:
            out = _nn.bias_add(out, self.bias)
        return self.activation(out)


class Flatten(Layer):
    def call(self, inputs):
        return _ops.reshape(inputs, [inputs.shape[0], -1])


class Activation(Layer):
    supports_masking = True

    def __init__(self, activation, **kwargs):
        super().__init__(**kwargs)
        self.activation = _activation(activation)

    def call(self, inputs):
        return self.activation(inputs)


class ReLU(Layer):
    supports_masking = True

    def __init__(self, max_value=None, negative_slope=0.0, threshold=0.0, **kwargs):
        super().__init__(**kwargs)
        self.max_value, self.negative_slope, self.threshold = max_value, negative_slope, threshold

    def call(self, inputs):
        from .activations import relu

        return relu(inputs, self.negative_slope, self.max_value, self.threshold)


class LeakyReLU(Layer):
    supports_masking = True

    def __init__(self, alpha=0.3, **kwargs):
        super().__init__(**kwargs)
        if alpha is None:
            raise ValueError(f"The alpha value of a Leaky ReLU layer cannot be None, Expecting a float. Received: "
                             f"{alpha}")
        self.alpha = alpha

    def call(self, inputs):
        return _nn.leaky_relu(inputs, alpha=self.alpha)


class Dropout(Layer):
    supports_masking = True

    """Keras 2 Dropout: in training, tf.nn.dropout with the layer's legacy seed (seed, seed+1, ...
    when given; otherwise the global-seed rules of tf.random)."""

    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super().__init__(**kwargs)
        if isinstance(rate, (int, float)) and not 0 <= rate <= 1:
            raise ValueError(f"Invalid value {rate} received for `rate`, expected a value between 0 and 1.")
        self.rate = rate
        self.noise_shape = noise_shape
        self.seed = seed
        self._next_seed = seed

    def call(self, inputs, training=None):
        if not training or self.rate == 0:
            return _ops.identity(inputs)
        seed = self._next_seed
        if seed is not None:
            self._next_seed += 1
        return _nn.dropout(inputs, self.rate, self.noise_shape, seed=seed)


class InputLayer(Layer):
    def __init__(self, input_shape=None, batch_size=None, dtype=None, name=None, **kwargs):
        super().__init__(name=name or _unique_name("input", zero_based=False), dtype=dtype)
        self.built = True


def Input(shape=None, batch_size=None, name=None, dtype=None, sparse=None, tensor=None, ragged=None,
          type_spec=None, batch_shape=None, **kwargs):
    from . import _functional

    full = tuple(batch_shape) if batch_shape is not None else (batch_size,) + tuple(shape or ())
    layer = InputLayer(name=name, dtype=dtype)
    layer._output_shape = [full]
    kt = _functional.KerasTensor(full, _dt.as_dtype(dtype or "float32"), layer=layer)
    object.__setattr__(layer, "_kt_output", kt)
    object.__setattr__(layer, "_kt_nodes", [kt])
    return kt


class Add(Layer):
    def call(self, inputs):
        out = inputs[0]
        for t in inputs[1:]:
            out = out + t
        return out


class Multiply(Layer):
    def call(self, inputs):
        out = inputs[0]
        for t in inputs[1:]:
            out = out * t
        return out


def add(inputs, **kwargs):
    """Functional interface to the Add layer."""
    return Add(**kwargs)(inputs)


def multiply(inputs, **kwargs):
    """Functional interface to the Multiply layer."""
    return Multiply(**kwargs)(inputs)


def concatenate(inputs, axis=-1, **kwargs):
    """Functional interface to the Concatenate layer."""
    return Concatenate(axis=axis, **kwargs)(inputs)


class Concatenate(Layer):
    def __init__(self, axis=-1, **kwargs):
        super().__init__(**kwargs)
        self.axis = axis

    def call(self, inputs):
        return _ops.concat(list(inputs), self.axis)


class Softmax(Layer):
    def __init__(self, axis=-1, **kwargs):
        super().__init__(**kwargs)
        self.axis = axis

    def call(self, inputs, mask=None):
        if mask is not None:  # tf-keras: masked positions get -1e9 added
            inputs = inputs + (1.0 - _ops.cast(mask, inputs.dtype)) * _ops.cast(-1e9, inputs.dtype)
        if isinstance(self.axis, (tuple, list)):
            if len(self.axis) > 1:
                return _ops.exp(inputs - _ops.reduce_logsumexp(inputs, axis=self.axis, keepdims=True))
            return _nn.softmax(inputs, self.axis[0])
        return _nn.softmax(inputs, self.axis)


class Reshape(Layer):
    def __init__(self, target_shape, **kwargs):
        super().__init__(**kwargs)
        self.target_shape = tuple(target_shape)

    def call(self, inputs):
        return _ops.reshape(inputs, [inputs.shape[0]] + list(self.target_shape))


class Lambda(Layer):
    def __init__(self, function, output_shape=None, mask=None, arguments=None, **kwargs):
        super().__init__(**kwargs)
        self.function = function
        self.arguments = arguments or {}

    def call(self, inputs):
        return self.function(inputs, **self.arguments)


from ._convolutional import (Conv1D, Conv1DTranspose, Conv2D, Conv2DTranspose, Convolution1D,  # noqa: E402,F401
                             Convolution1DTranspose, Convolution2D, Convolution2DTranspose)
from ._core_layers import (ELU, ActivityRegularization, Embedding, GaussianDropout, GaussianNoise,  # noqa: E402,F401
                           Identity, PReLU, SpatialDropout1D, SpatialDropout2D, SpatialDropout3D, ThresholdedReLU,
                           TimeDistributed)
from ._merging import Average, Dot, Maximum, Minimum, Subtract, average, dot, maximum, minimum, subtract  # noqa: E402,F401,E501
from ._normalization import (BatchNormalization, LayerNormalization, Normalization, Rescaling,  # noqa: E402,F401
                             UnitNormalization)
from ._pooling import (AveragePooling1D, AveragePooling2D, AvgPool1D, AvgPool2D, GlobalAveragePooling1D,  # noqa: E402,F401,E501
                       GlobalAveragePooling2D, GlobalAvgPool1D, GlobalAvgPool2D, GlobalMaxPool1D, GlobalMaxPool2D,
                       GlobalMaxPooling1D, GlobalMaxPooling2D, MaxPool1D, MaxPool2D, MaxPooling1D, MaxPooling2D)
from ._recurrent import (GRU, LSTM, RNN, Bidirectional, GRUCell, LSTMCell, SimpleRNN,  # noqa: E402,F401
                         SimpleRNNCell)
from ._reshaping import (Cropping1D, Cropping2D, Permute, RepeatVector, UpSampling1D, UpSampling2D,  # noqa: E402,F401
                         ZeroPadding1D, ZeroPadding2D)
from ._saving import _install_layers  # noqa: E402

_install_layers()

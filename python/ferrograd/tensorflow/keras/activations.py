# tf.keras.activations. sigmoid and softmax remember their input on the output (tf-keras sets
# `output._keras_logits`), so Keras crossentropies given probabilities use the logits instead.
import weakref

from .. import _ops, nn as _nn

_LOGITS = {}  # id(output) -> (weakref to output, logits)


def _remember(out, logits):
    key = id(out)
    _LOGITS[key] = (weakref.ref(out, lambda _r, k=key: _LOGITS.pop(k, None)), logits)
    return out


def keras_logits(t):
    e = _LOGITS.get(id(t))
    return e[1] if e is not None and e[0]() is t else None


def sigmoid(x):
    return _remember(_nn.sigmoid(x), x)


def softmax(x, axis=-1):
    return _remember(_nn.softmax(x, axis), x)


def relu(x, alpha=0.0, max_value=None, threshold=0.0):
    """tf-keras backend.relu."""
    if alpha == 0.0 and max_value is None and threshold == 0.0:
        return _nn.relu(x)
    x = _ops.convert_to_tensor(x)
    if alpha and max_value is None and threshold == 0:
        return _nn.leaky_relu(x, alpha=alpha)
    neg = _nn.relu(-x + threshold if threshold else -x) if alpha else None
    clip = max_value is not None
    if threshold:
        y = x * _ops.cast(_ops.greater(x, threshold), x.dtype)
    elif max_value == 6:
        y, clip = _nn.relu6(x), False
    else:
        y = _nn.relu(x)
    if clip:
        y = _ops.clip_by_value(y, _ops.cast(0, y.dtype), _ops.cast(max_value, y.dtype))
    return y - _ops.cast(alpha, y.dtype) * neg if alpha else y


def tanh(x):
    return _nn.tanh(x)


def elu(x, alpha=1.0):
    return _nn.elu(x) if alpha == 1.0 else _ops.where(x > 0, x, alpha * (_ops.exp(x) - 1.0))


def selu(x):
    alpha, scale = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
    return scale * elu(x, alpha)


def softplus(x):
    return _nn.softplus(x)


def softsign(x):
    return x / (_ops.abs(x) + 1.0)


def swish(x):
    return _nn.silu(x)


silu = swish


def exponential(x):
    return _ops.exp(x)


def linear(x):
    return x


def hard_sigmoid(x):
    return _ops.clip_by_value(x * 0.2 + 0.5, 0.0, 1.0)


def get(identifier):
    if identifier is None:
        return linear
    if callable(identifier):
        return identifier
    fn = globals().get(str(identifier))
    if fn is None or not callable(fn) or str(identifier).startswith("_"):
        raise ValueError(f"Unknown activation function: '{identifier}'. Please ensure you are using a "
                         f"`keras.utils.custom_object_scope` and that this object is included in the scope. See "
                         f"https://www.tensorflow.org/guide/keras/save_and_serialize#registering_the_custom_object "
                         f"for details.")
    return fn


def serialize(activation):
    return getattr(activation, "__name__", str(activation))

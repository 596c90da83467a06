"""tf.keras.backend: the float type and fuzz factor Keras uses."""
_EPSILON = 1e-07
_FLOATX = "float32"


def epsilon():
    return _EPSILON


def set_epsilon(value):
    global _EPSILON
    _EPSILON = float(value)


def floatx():
    return _FLOATX


def set_floatx(value):
    global _FLOATX
    _FLOATX = str(value)


def clear_session(free_memory=True):
    """tf-keras clear_session: layer / model / metric name counters start again ('dense', 'input_1'),
    and the eager context's kernel cache is cleared (stateful random kernels restart their streams)."""
    from .. import random as _random
    from . import layers

    layers._NAME_COUNTS.clear()
    _random._streams.clear()


def get_value(x):
    """The value of a tensor / variable as numpy (other objects unchanged)."""
    if hasattr(x, "numpy"):
        return x.numpy()
    return x


def set_value(x, value):
    import numpy as np

    x.assign(np.asarray(value, dtype=getattr(getattr(x, "dtype", None), "name", None) or None))


def batch_get_value(tensors):
    return [get_value(x) for x in tensors]


def batch_set_value(tuples):
    for x, value in tuples:
        set_value(x, value)

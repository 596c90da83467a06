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
    pass

# tf.keras.backend: the float type and fuzz factor Keras uses.
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



def _tf():
    from ... import tensorflow

    return tensorflow


def _red(name):
    def f(x, axis=None, keepdims=False):
        tf = _tf()
        x = tf.convert_to_tensor(x)
        if name in ("reduce_mean", "reduce_std", "reduce_variance") and x.dtype == tf.bool:
            x = tf.cast(x, _FLOATX)
        return getattr(tf.math, name)(x, axis, keepdims)

    return f


def clip(x, min_value, max_value):
    if max_value is not None and max_value < min_value:
        max_value = min_value
    inf = float("inf")
    return _tf().clip_by_value(x, -inf if min_value is None else min_value, inf if max_value is None else max_value)


def variable(value, dtype=None, name=None, constraint=None):
    return _tf().Variable(value, dtype=dtype or _FLOATX, name=name, constraint=constraint)


def _fill(f):
    return lambda shape, dtype=None, name=None: variable(f(shape, dtype=dtype or _FLOATX), dtype or _FLOATX, name)


def arange(start, stop=None, step=1, dtype="int32"):
    r = _tf().range(0 if stop is None and start < 0 else start, stop, step)
    return r if dtype == "int32" else _tf().cast(r, dtype)


def dot(x, y):
    if len(x.shape) > 2 or len(y.shape) > 2:
        return _tf().tensordot(x, y, [[len(x.shape) - 1], [len(y.shape) - 2]])
    return _tf().matmul(x, y)


def batch_dot(x, y, axes=None):
    """tf-keras batch_dot: x's axis axes[0] against y's axes[1], batch dimension 0 shared."""
    tf = _tf()
    nx, ny = len(x.shape), len(y.shape)
    if axes is None:
        axes = [nx - 1, ny - 1 if ny == 2 else ny - 2]
    a, b = (axes, axes) if isinstance(axes, int) else axes
    a, b = a % nx, b % ny
    xs, ys = list(x.shape), list(y.shape)
    x = tf.transpose(x, [i for i in range(nx) if i != a] + [a])
    y = tf.transpose(y, [0, b] + [i for i in range(1, ny) if i != b])
    out = tf.matmul(tf.reshape(x, [xs[0], -1, xs[a]]), tf.reshape(y, [ys[0], ys[b], -1]))
    shape = [xs[0]] + [d for i, d in enumerate(xs) if i not in (0, a)] + [d for i, d in enumerate(ys) if i not in (0, b)]
    return tf.reshape(out, shape + [1] if len(shape) == 1 else shape)


def _seed(seed, high):  # tf-keras draws an op seed from NumPy's global generator
    import numpy as np

    return np.random.randint(high) if seed is None else seed


def is_keras_tensor(x):
    from ._functional import KerasTensor

    tf = _tf()
    if not isinstance(x, (tf.Tensor, tf.Variable, tf.SparseTensor, tf.RaggedTensor, KerasTensor)):
        raise ValueError("Unexpectedly found an instance of type `" + str(type(x)) + "`. Expected a symbolic tensor "
                         "instance.")
    return isinstance(x, KerasTensor)


def binary_crossentropy(target, output, from_logits=False):
    tf = _tf()
    if from_logits:
        return tf.nn.sigmoid_cross_entropy_with_logits(labels=target, logits=output)
    output = tf.clip_by_value(output, _EPSILON, 1.0 - _EPSILON)
    return -(target * tf.math.log(output + _EPSILON) + (1 - target) * tf.math.log(1 - output + _EPSILON))


def set_image_data_format(data_format):
    if data_format != "channels_last":
        raise NotImplementedError("ferrograd: only channels_last images")


_SAME = ("abs exp log sqrt square sign round sin cos tanh sigmoid softplus softsign maximum minimum equal not_equal "
         "greater greater_equal less less_equal cast reshape transpose gather zeros_like ones_like stop_gradient "
         "expand_dims map_fn foldl foldr pow shape l2_normalize").split()


def __getattr__(name):  # the legacy K.* functions (tf_keras backend.py) on tf's ops
    tf = _tf()
    if name in _SAME:
        return getattr(tf.math, name, None) or getattr(tf, name)
    from . import activations as a, losses

    f = {"mean": "reduce_mean", "sum": "reduce_sum", "max": "reduce_max", "min": "reduce_min", "prod": "reduce_prod",
         "std": "reduce_std", "var": "reduce_variance", "any": "reduce_any", "all": "reduce_all"}.get(name)
    if f:
        return _red(f)
    t = {"argmax": lambda x, axis=-1: tf.argmax(x, axis), "argmin": lambda x, axis=-1: tf.argmin(x, axis),
         "int_shape": lambda x: tuple(x.shape) if x.shape.rank is not None else None,
         "ndim": lambda x: x.shape.rank, "dtype": lambda x: x.dtype.base_dtype.name,
         "eval": lambda x: get_value(x if hasattr(x, "numpy") else tf.convert_to_tensor(x)),
         "constant": lambda value, dtype=None, shape=None, name=None: tf.constant(value, dtype or _FLOATX, shape),
         "zeros": _fill(tf.zeros), "ones": _fill(tf.ones), "eye": _fill(tf.eye),
         "concatenate": lambda tensors, axis=-1: tf.concat(tensors, axis), "stack": tf.stack,
         "flatten": lambda x: tf.reshape(x, [-1]), "batch_flatten": lambda x: tf.reshape(x, [x.shape[0], -1]),
         "permute_dimensions": lambda x, pattern: tf.transpose(x, pattern),
         "repeat": lambda x, n: tf.tile(tf.expand_dims(x, 1), [1, n, 1]),
         "is_sparse": lambda t: isinstance(t, tf.SparseTensor),
         "to_dense": lambda t: tf.sparse.to_dense(t) if isinstance(t, tf.SparseTensor) else t, "repeat_elements": lambda x, rep, axis: tf.repeat(x, rep, axis),
         "softmax": a.softmax, "relu": a.relu,  # tf-keras: softmax caches the logits for the crossentropies
         "categorical_crossentropy": losses.categorical_crossentropy,
         "sparse_categorical_crossentropy": losses.sparse_categorical_crossentropy,
         "random_normal": lambda shape, mean=0.0, stddev=1.0, dtype=None, seed=None: tf.random.normal(
             shape, mean, stddev, dtype or _FLOATX, seed=_seed(seed, 10e6)),
         "random_uniform": lambda shape, minval=0.0, maxval=1.0, dtype=None, seed=None: tf.random.uniform(
             shape, minval, maxval, dtype or _FLOATX, seed=_seed(seed, 10e6)),
         "image_data_format": lambda: "channels_last", "learning_phase": lambda: 0}.get(name)
    if t is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return t

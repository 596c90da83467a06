"""tf.keras.metrics (Keras 2 / tf-keras): streaming metrics whose state lives in float32
tf.Variables (`total`, `count`) updated with assign_add, result = divide_no_nan(total, count)."""
from .. import _ops, dtypes as _dt
from .._more import divide_no_nan
from .._tensor import Variable, convert_to_tensor
from . import losses as _losses


class Metric:
    def __init__(self, name=None, dtype=None, **kwargs):
        self._name = name or type(self).__name__.lower()
        self._dtype = _dt.as_dtype(dtype or "float32")
        self._vars = []

    def add_weight(self, name, shape=(), dtype=None, initializer="zeros", **kwargs):
        v = Variable(_ops.zeros(list(shape), dtype=_dt.as_dtype(dtype or self._dtype)), name=name, trainable=False)
        self._vars.append(v)
        return v

    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype.name

    @property
    def variables(self):
        return list(self._vars)

    def reset_state(self):
        for v in self._vars:
            v.assign(_ops.zeros_like(v))

    reset_states = reset_state

    def __call__(self, *args, **kwargs):
        self.update_state(*args, **kwargs)
        return self.result()


class Reduce(Metric):
    _mean = True

    def __init__(self, name=None, dtype=None):
        super().__init__(name, dtype)
        self.total = self.add_weight("total")
        if self._mean:
            self.count = self.add_weight("count")

    def update_state(self, values, sample_weight=None):
        values = _ops.cast(convert_to_tensor(values), self._dtype)
        if sample_weight is not None:
            sw = _losses.align_sample_weight(values, _ops.cast(convert_to_tensor(sample_weight), self._dtype))
            if sw.shape.rank < values.shape.rank:
                values = _ops.reduce_mean(values, list(range(sw.shape.rank, values.shape.rank)))
            values = values * sw
            num = _ops.reduce_sum(sw * _ops.ones_like(values))
        else:
            num = _ops.cast(_ops.size(values), self._dtype)
        self.total.assign_add(_ops.reduce_sum(values))
        if self._mean:
            self.count.assign_add(num)

    def result(self):
        if not self._mean:
            return _ops.identity(self.total)
        return divide_no_nan(self.total, self.count)


class Sum(Reduce):
    _mean = False

    def __init__(self, name="sum", dtype=None):
        super().__init__(name, dtype)


class Mean(Reduce):
    def __init__(self, name="mean", dtype=None):
        super().__init__(name, dtype)


_squeeze_or_expand = _losses.squeeze_or_expand_dimensions


class MeanMetricWrapper(Mean):
    def __init__(self, fn, name=None, dtype=None, **kwargs):
        super().__init__(name=name, dtype=dtype)
        self._fn = fn
        self._fn_kwargs = kwargs

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = _ops.cast(convert_to_tensor(y_true), self._dtype)
        y_pred = _ops.cast(convert_to_tensor(y_pred), self._dtype)
        y_pred, y_true = _squeeze_or_expand(y_pred, y_true)
        super().update_state(self._fn(y_true, y_pred, **self._fn_kwargs), sample_weight)


def accuracy(y_true, y_pred):
    y_true, y_pred = convert_to_tensor(y_true), convert_to_tensor(y_pred)
    if y_true.dtype != y_pred.dtype:
        y_pred = _ops.cast(y_pred, y_true.dtype)
    return _ops.cast(_ops.equal(y_true, y_pred), "float32")


def _binary_matches(y_true, y_pred, threshold=0.5):
    y_pred = convert_to_tensor(y_pred)
    y_pred = _ops.cast(y_pred > _ops.cast(threshold, y_pred.dtype), y_pred.dtype)
    return _ops.cast(_ops.equal(_ops.cast(y_true, y_pred.dtype), y_pred), "float32")


def binary_accuracy(y_true, y_pred, threshold=0.5):
    return _ops.reduce_mean(_binary_matches(y_true, y_pred, threshold), axis=-1)


def _sparse_categorical_matches(y_true, y_pred):
    y_pred, y_true = convert_to_tensor(y_pred), convert_to_tensor(y_true)
    shape = y_true.shape
    reshape = False
    if y_true.shape.rank == y_pred.shape.rank:
        y_true = _ops.squeeze(y_true, [-1])
        reshape = True
    y_pred = _ops.argmax(y_pred, axis=-1)
    if y_pred.dtype != y_true.dtype:
        y_pred = _ops.cast(y_pred, y_true.dtype)
    m = _ops.cast(_ops.equal(y_true, y_pred), "float32")
    return _ops.reshape(m, list(shape)) if reshape else m


def sparse_categorical_accuracy(y_true, y_pred):
    m = _sparse_categorical_matches(y_true, y_pred)
    if m.shape.rank > 1 and m.shape[-1] == 1:
        m = _ops.squeeze(m, [-1])
    return m


def categorical_accuracy(y_true, y_pred):
    return _sparse_categorical_matches(_ops.argmax(y_true, axis=-1), y_pred)


class Accuracy(MeanMetricWrapper):
    def __init__(self, name="accuracy", dtype=None):
        super().__init__(accuracy, name, dtype=dtype)


class BinaryAccuracy(MeanMetricWrapper):
    def __init__(self, name="binary_accuracy", dtype=None, threshold=0.5):
        super().__init__(binary_accuracy, name, dtype=dtype, threshold=threshold)


class CategoricalAccuracy(MeanMetricWrapper):
    def __init__(self, name="categorical_accuracy", dtype=None):
        super().__init__(categorical_accuracy, name, dtype=dtype)


class SparseCategoricalAccuracy(MeanMetricWrapper):
    def __init__(self, name="sparse_categorical_accuracy", dtype=None):
        super().__init__(sparse_categorical_accuracy, name, dtype=dtype)


class MeanSquaredError(MeanMetricWrapper):
    def __init__(self, name="mean_squared_error", dtype=None):
        super().__init__(_losses.mean_squared_error, name, dtype=dtype)


class MeanAbsoluteError(MeanMetricWrapper):
    def __init__(self, name="mean_absolute_error", dtype=None):
        super().__init__(_losses.mean_absolute_error, name, dtype=dtype)


class MeanAbsolutePercentageError(MeanMetricWrapper):
    def __init__(self, name="mean_absolute_percentage_error", dtype=None):
        super().__init__(_losses.mean_absolute_percentage_error, name, dtype=dtype)


class RootMeanSquaredError(Mean):
    def __init__(self, name="root_mean_squared_error", dtype=None):
        super().__init__(name, dtype)

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = _ops.cast(convert_to_tensor(y_true), self._dtype)
        y_pred = _ops.cast(convert_to_tensor(y_pred), self._dtype)
        y_pred, y_true = _squeeze_or_expand(y_pred, y_true)
        super().update_state(_ops.square(y_pred - y_true), sample_weight)

    def result(self):
        return _ops.sqrt(divide_no_nan(self.total, self.count))


class BinaryCrossentropy(MeanMetricWrapper):
    def __init__(self, name="binary_crossentropy", dtype=None, from_logits=False, label_smoothing=0):
        super().__init__(_losses.binary_crossentropy, name, dtype=dtype, from_logits=from_logits)


class CategoricalCrossentropy(MeanMetricWrapper):
    def __init__(self, name="categorical_crossentropy", dtype=None, from_logits=False, label_smoothing=0,
                 axis=-1):
        super().__init__(_losses.categorical_crossentropy, name, dtype=dtype, from_logits=from_logits)


class SparseCategoricalCrossentropy(MeanMetricWrapper):
    def __init__(self, name="sparse_categorical_crossentropy", dtype=None, from_logits=False, axis=-1):
        super().__init__(_losses.sparse_categorical_crossentropy, name, dtype=dtype, from_logits=from_logits)


mse = MSE = _losses.mean_squared_error
mae = MAE = _losses.mean_absolute_error
_BY_NAME = {
    "accuracy": Accuracy, "acc": Accuracy, "binary_accuracy": BinaryAccuracy,
    "categorical_accuracy": CategoricalAccuracy, "sparse_categorical_accuracy": SparseCategoricalAccuracy,
    "mean_squared_error": MeanSquaredError, "mse": MeanSquaredError, "mean_absolute_error": MeanAbsoluteError,
    "mae": MeanAbsoluteError, "root_mean_squared_error": RootMeanSquaredError,
    "mean_absolute_percentage_error": MeanAbsolutePercentageError, "mape": MeanAbsolutePercentageError,
    "binary_crossentropy": BinaryCrossentropy, "categorical_crossentropy": CategoricalCrossentropy,
    "sparse_categorical_crossentropy": SparseCategoricalCrossentropy, "mean": Mean, "sum": Sum,
}


def get(identifier):
    if isinstance(identifier, Metric) or callable(identifier) and not isinstance(identifier, str):
        return identifier
    if isinstance(identifier, str) and identifier in _BY_NAME:
        return _BY_NAME[identifier]()
    raise ValueError(f"Unknown metric function: {identifier!r}. Please ensure you are using a "
                     f"`keras.utils.custom_object_scope` and that this object is included in the scope.")


from ._losses_s4 import _install as _install_s4  # noqa: E402

_install_s4()

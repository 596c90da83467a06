# tf.keras.metrics (Keras 2 / tf-keras): streaming metrics whose state lives in float32
# tf.Variables (`total`, `count`) updated with assign_add, result = divide_no_nan(total, count).
from .. import _ops, dtypes as _dt
from .._math_ops import divide_no_nan
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


acc = ACC = accuracy
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
    """tf.keras.metrics.get: a function name gives the function, a class name or config an instance."""
    if isinstance(identifier, dict):
        return globals()[identifier["class_name"]](**identifier.get("config", {}))
    if isinstance(identifier, str) and not identifier.startswith("_") and identifier in globals():
        obj = globals()[identifier]
        return obj() if isinstance(obj, type) else obj
    if callable(identifier):
        return identifier
    if isinstance(identifier, str):
        # tf-keras 2 hands an unknown name back unchanged (compile() rejects it later)
        return _BY_NAME[identifier]() if identifier in _BY_NAME else identifier
    raise ValueError(f"Could not interpret metric identifier: {identifier}")


def _get_object(identifier):
    if isinstance(identifier, Metric) or callable(identifier) and not isinstance(identifier, str):
        return identifier
    if isinstance(identifier, str) and identifier in _BY_NAME:
        return _BY_NAME[identifier]()
    raise ValueError(f"Unknown metric function: {identifier!r}. Please ensure you are using a "
                     f"`keras.utils.custom_object_scope` and that this object is included in the scope.")


def top_k_categorical_accuracy(y_true, y_pred, k=5):
    from .. import math

    y_true = _ops.argmax(convert_to_tensor(y_true), axis=-1)
    return _ops.cast(math.in_top_k(y_true, convert_to_tensor(y_pred), k), "float32")


def sparse_top_k_categorical_accuracy(y_true, y_pred, k=5):
    from .. import math

    y_pred = convert_to_tensor(y_pred)
    y_true = convert_to_tensor(y_true)
    if y_true.shape.rank == y_pred.shape.rank:
        y_true = _ops.reshape(y_true, [-1])
    return _ops.cast(math.in_top_k(_ops.cast(y_true, "int32"), y_pred, k), "float32")


def _metric_class(cname, fn, default_name, params=()):
    def __init__(self, *args, name=default_name, dtype=None, **kwargs):
        kw = dict(zip(params, args))
        kw.update(kwargs)
        MeanMetricWrapper.__init__(self, fn, name, dtype=dtype, **kw)

    return type(cname, (MeanMetricWrapper,), {"__init__": __init__, "__module__": __name__})


class _SparseTopK(MeanMetricWrapper):
    def update_state(self, y_true, y_pred, sample_weight=None):
        # no dtype cast of the labels (they are indices)
        v = self._fn(y_true, y_pred, **self._fn_kwargs)
        Reduce.update_state(self, v, sample_weight)


def _mk_sparse_topk():
    class SparseTopKCategoricalAccuracy(_SparseTopK):
        def __init__(self, k=5, name="sparse_top_k_categorical_accuracy", dtype=None):
            MeanMetricWrapper.__init__(self, sparse_top_k_categorical_accuracy, name, dtype=dtype, k=k)

    SparseTopKCategoricalAccuracy.__module__ = __name__
    return SparseTopKCategoricalAccuracy


TopKCategoricalAccuracy = _metric_class("TopKCategoricalAccuracy", top_k_categorical_accuracy,
                                        "top_k_categorical_accuracy", ("k",))
SparseTopKCategoricalAccuracy = _mk_sparse_topk()
_mHinge = _metric_class("Hinge", _losses.hinge, "hinge")
_mSquaredHinge = _metric_class("SquaredHinge", _losses.squared_hinge, "squared_hinge")
_mCategoricalHinge = _metric_class("CategoricalHinge", _losses.categorical_hinge, "categorical_hinge")
_mKLDivergence = _metric_class("KLDivergence", _losses.kl_divergence, "kullback_leibler_divergence")
_mLogCoshError = _metric_class("LogCoshError", _losses.log_cosh, "logcosh")
_mPoisson = _metric_class("Poisson", _losses.poisson, "poisson")
_mMeanSquaredLogarithmicError = _metric_class("MeanSquaredLogarithmicError", _losses.mean_squared_logarithmic_error,
                                             "mean_squared_logarithmic_error")


def _cos_metric(y_true, y_pred, axis=-1):
    return -_losses.cosine_similarity(y_true, y_pred, axis)


_mCosineSimilarity = _metric_class("CosineSimilarity", _cos_metric, "cosine_similarity", ("axis",))


class _ConfusionMatrixMetric(Metric):
    # tf-keras _ConfusionMatrixConditionCount / Precision / Recall with thresholds (one float32 variable per
    # threshold); y_pred > threshold is a positive prediction.
    _kinds = ()
    _var_names = {}

    def __init__(self, thresholds=None, name=None, dtype=None, top_k=None, class_id=None):
        from .layers import _to_snake, _unique_name

        # name=None: a unique snake-case name shared with layers' counters (tf-keras Layer naming)
        super().__init__(name=name or _unique_name(_to_snake(type(self).__name__)), dtype=dtype)
        self._single = thresholds is None or isinstance(thresholds, (int, float))
        default = 0.5
        self.thresholds = [default if thresholds is None else float(thresholds)] if self._single else \
            [float(t) for t in thresholds]
        self.top_k, self.class_id = top_k, class_id
        self._acc = {k: self.add_weight(self._var_names.get(k, k), shape=(len(self.thresholds),)) for k in self._kinds}

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_pred = _ops.cast(convert_to_tensor(y_pred), "float32")
        y_true = _ops.cast(convert_to_tensor(y_true), "bool")
        if self.class_id is not None:
            y_true = y_true[..., self.class_id]
            y_pred = y_pred[..., self.class_id]
        if self.top_k is not None:
            from .. import math

            k = self.top_k
            kth = math.top_k(y_pred, k).values[..., -1:]
            y_pred = _ops.where(y_pred >= kth, y_pred, _ops.zeros_like(y_pred) - 1e30)
        y_pred, y_true = _losses.squeeze_or_expand_dimensions(y_pred, y_true)
        flat_p = _ops.reshape(y_pred, [-1])
        flat_t = _ops.reshape(_ops.cast(y_true, "float32"), [-1])
        if sample_weight is None:
            w = _ops.ones_like(flat_p)
        else:
            sw = _ops.cast(convert_to_tensor(sample_weight), "float32")
            while sw.shape.rank and sw.shape.rank < y_pred.shape.rank:
                sw = _ops.expand_dims(sw, -1)
            w = _ops.reshape(sw * _ops.ones_like(y_pred), [-1])
        th = _ops.reshape(_ops.constant(self.thresholds, dtype="float32"), [-1, 1])
        pred_pos = _ops.cast(_ops.expand_dims(flat_p, 0) > th, "float32")
        pred_neg = 1.0 - pred_pos
        pos = _ops.expand_dims(flat_t, 0)
        neg = 1.0 - pos
        parts = {"true_positives": pred_pos * pos, "false_positives": pred_pos * neg,
                 "true_negatives": pred_neg * neg, "false_negatives": pred_neg * pos}
        for k in self._kinds:
            self._acc[k].assign_add(_ops.reduce_sum(parts[k] * _ops.expand_dims(w, 0), axis=1))

    def _out(self, t):
        return t[0] if self._single else t

    def reset_state(self):
        for v in self._vars:
            v.assign(_ops.zeros_like(v))

    reset_states = reset_state


def _count_class(cname, kind, default_name):
    class C(_ConfusionMatrixMetric):
        _kinds = (kind,)
        _var_names = {kind: "accumulator"}

        def __init__(self, thresholds=None, name=None, dtype=None):
            super().__init__(thresholds, name, dtype)

        def result(self):
            return _ops.identity(self._out(self._acc[kind]))

    C.__name__ = C.__qualname__ = cname
    C.__module__ = __name__
    return C


TruePositives = _count_class("TruePositives", "true_positives", "true_positives")
FalsePositives = _count_class("FalsePositives", "false_positives", "false_positives")
TrueNegatives = _count_class("TrueNegatives", "true_negatives", "true_negatives")
FalseNegatives = _count_class("FalseNegatives", "false_negatives", "false_negatives")


class Precision(_ConfusionMatrixMetric):
    _kinds = ("true_positives", "false_positives")

    def __init__(self, thresholds=None, top_k=None, class_id=None, name=None, dtype=None):
        super().__init__(thresholds, name, dtype, top_k, class_id)
        self.true_positives = self._acc["true_positives"]
        self.false_positives = self._acc["false_positives"]

    def result(self):
        return self._out(divide_no_nan(self.true_positives, self.true_positives + self.false_positives))


class Recall(_ConfusionMatrixMetric):
    _kinds = ("true_positives", "false_negatives")

    def __init__(self, thresholds=None, top_k=None, class_id=None, name=None, dtype=None):
        super().__init__(thresholds, name, dtype, top_k, class_id)
        self.true_positives = self._acc["true_positives"]
        self.false_negatives = self._acc["false_negatives"]

    def result(self):
        return self._out(divide_no_nan(self.true_positives, self.true_positives + self.false_negatives))


class FBetaScore(Metric):
    def __init__(self, average=None, beta=1.0, threshold=None, name="fbeta_score", dtype=None):
        super().__init__(name, dtype)
        if average not in (None, "micro", "macro", "weighted"):
            raise ValueError("Invalid `average` argument value. Expected one of: {None, 'micro', 'macro', "
                             f"'weighted'}}. Received: average={average}")
        for arg, v, ok, want in (("beta", beta, beta is not None and beta > 0, "be > 0"),
                                 ("threshold", threshold, threshold is None or 0 < threshold <= 1,
                                  "verify 0 < threshold <= 1")):
            if v is not None and not isinstance(v, float):
                ok, want = False, f"be a Python float. Received: {arg}={v} of type '{type(v)}'"
            if not ok:
                raise ValueError(f"Invalid `{arg}` argument value. It should {want}" +
                                 ("" if "type" in want else f". Received: {arg}={v}"))
        self.average, self.beta, self.threshold = average, beta, threshold
        self.axis = None if average == "micro" else 0
        self.built = False

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = convert_to_tensor(y_true, dtype=self._dtype)
        y_pred = convert_to_tensor(y_pred, dtype=self._dtype)
        if not self.built:
            shape = [] if self.average == "micro" else [y_pred.shape[-1]]
            for n in ("true_positives", "false_positives", "false_negatives", "intermediate_weights"):
                setattr(self, n, self.add_weight(n, shape))
            self.built = True
        if self.threshold is None:
            th = _ops.reduce_max(y_pred, axis=-1, keepdims=True)
            y_pred = _ops.logical_and(y_pred >= th, _ops.abs(y_pred) > 1e-9)
        else:
            y_pred = y_pred > self.threshold
        y_pred = _ops.cast(y_pred, self._dtype)
        sw = None if sample_weight is None else _ops.expand_dims(convert_to_tensor(sample_weight, self._dtype), 1)
        for v, val in ((self.true_positives, y_pred * y_true), (self.false_positives, y_pred * (1 - y_true)),
                       (self.false_negatives, (1 - y_pred) * y_true), (self.intermediate_weights, y_true)):
            v.assign_add(_ops.reduce_sum(val if sw is None else val * sw, axis=self.axis))

    def result(self):
        tp = self.true_positives
        precision = divide_no_nan(tp, tp + self.false_positives)
        recall = divide_no_nan(tp, tp + self.false_negatives)
        b2 = _ops.square(self.beta)
        f = divide_no_nan(precision * recall, b2 * precision + recall) * (1 + b2)
        if self.average == "weighted":
            w = self.intermediate_weights
            return _ops.reduce_sum(f * divide_no_nan(w, _ops.reduce_sum(w)))
        return f if self.average is None else _ops.reduce_mean(f)


class F1Score(FBetaScore):
    def __init__(self, average=None, threshold=None, name="f1_score", dtype=None):
        super().__init__(average, 1.0, threshold, name, dtype)


Precision.__module__ = Recall.__module__ = __name__


def _register():
    _g = globals()
    metric_fns = {"top_k_categorical_accuracy": top_k_categorical_accuracy,
                  "sparse_top_k_categorical_accuracy": sparse_top_k_categorical_accuracy,
                  "hinge": _losses.hinge, "squared_hinge": _losses.squared_hinge,
                  "kl_divergence": _losses.kl_divergence, "kld": _losses.kl_divergence, "KLD": _losses.kl_divergence,
                  "kullback_leibler_divergence": _losses.kl_divergence, "log_cosh": _losses.log_cosh, "logcosh": _losses.log_cosh,
                  "poisson": _losses.poisson, "mean_squared_logarithmic_error": _losses.mean_squared_logarithmic_error,
                  "msle": _losses.mean_squared_logarithmic_error, "MSLE": _losses.mean_squared_logarithmic_error,
                  "mape": _losses.mean_absolute_percentage_error, "MAPE": _losses.mean_absolute_percentage_error,
                  "mean_squared_error": _losses.mean_squared_error, "mean_absolute_error": _losses.mean_absolute_error,
                  "mean_absolute_percentage_error": _losses.mean_absolute_percentage_error,
                  "binary_crossentropy": _losses.binary_crossentropy,
                  "categorical_crossentropy": _losses.categorical_crossentropy,
                  "sparse_categorical_crossentropy": _losses.sparse_categorical_crossentropy,
                  "binary_focal_crossentropy": _losses.binary_focal_crossentropy}
    for n, f in metric_fns.items():
        _g.setdefault(n, f)
    classes = {"TopKCategoricalAccuracy": TopKCategoricalAccuracy,
               "SparseTopKCategoricalAccuracy": SparseTopKCategoricalAccuracy, "Hinge": _mHinge,
               "SquaredHinge": _mSquaredHinge, "CategoricalHinge": _mCategoricalHinge, "KLDivergence": _mKLDivergence,
               "LogCoshError": _mLogCoshError, "Poisson": _mPoisson,
               "MeanSquaredLogarithmicError": _mMeanSquaredLogarithmicError, "CosineSimilarity": _mCosineSimilarity,
               "TruePositives": TruePositives, "FalsePositives": FalsePositives, "TrueNegatives": TrueNegatives,
               "FalseNegatives": FalseNegatives, "Precision": Precision, "Recall": Recall}
    for n, c in classes.items():
        if _g.setdefault(n, c) is c:
            c.__name__ = c.__qualname__ = n
    by_name = {"top_k_categorical_accuracy": TopKCategoricalAccuracy,
               "sparse_top_k_categorical_accuracy": SparseTopKCategoricalAccuracy, "hinge": _mHinge,
               "squared_hinge": _mSquaredHinge, "categorical_hinge": _mCategoricalHinge, "kld": _mKLDivergence,
               "kl_divergence": _mKLDivergence, "logcosh": _mLogCoshError, "poisson": _mPoisson,
               "msle": _mMeanSquaredLogarithmicError, "mean_squared_logarithmic_error": _mMeanSquaredLogarithmicError,
               "cosine_similarity": _mCosineSimilarity, "precision": Precision, "recall": Recall}
    for n, c in by_name.items():
        _BY_NAME.setdefault(n, c)


_register()

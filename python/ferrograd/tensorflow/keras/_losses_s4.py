"""Session-4 Keras 2 losses and metrics (tf-keras formulas): Huber, KLDivergence, CosineSimilarity, hinge
family, LogCosh, Poisson, MSLE, binary focal crossentropy; confusion-matrix metrics (TruePositives..,
Precision, Recall), top-k accuracies and mean-metric wrappers of the new losses."""
import math as _math

from .. import _ops
from .._more import divide_no_nan
from .._tensor import convert_to_tensor
from . import losses as _L
from . import metrics as _M

_EPS = 1e-7


def _pair(y_true, y_pred):
    y_pred = convert_to_tensor(y_pred)
    y_true = _ops.cast(convert_to_tensor(y_true), y_pred.dtype)
    return y_true, y_pred


def huber(y_true, y_pred, delta=1.0):
    y_true, y_pred = _pair(y_true, y_pred)
    delta = _ops.cast(delta, y_pred.dtype)
    error = y_pred - y_true
    abs_error = _ops.abs(error)
    half = _ops.constant(0.5, dtype=abs_error.dtype)
    return _ops.reduce_mean(_ops.where(abs_error <= delta, half * _ops.square(error),
                                       delta * abs_error - half * _ops.square(delta)), axis=-1)


def kl_divergence(y_true, y_pred):
    y_true, y_pred = _pair(y_true, y_pred)
    y_true = _ops.clip_by_value(y_true, _EPS, 1)
    y_pred = _ops.clip_by_value(y_pred, _EPS, 1)
    return _ops.reduce_sum(y_true * _ops.log(y_true / y_pred), axis=-1)


def cosine_similarity(y_true, y_pred, axis=-1):
    from .. import nn

    y_true, y_pred = _pair(y_true, y_pred)
    y_true = nn.l2_normalize(y_true, axis=axis)
    y_pred = nn.l2_normalize(y_pred, axis=axis)
    return -_ops.reduce_sum(y_true * y_pred, axis=axis)


def _maybe_convert_labels(y_true):
    import numpy as np

    a = y_true.numpy()
    if np.all((a == 0) | (a == 1)):
        return 2.0 * y_true - 1.0
    return y_true


def hinge(y_true, y_pred):
    y_true, y_pred = _pair(y_true, y_pred)
    y_true = _maybe_convert_labels(y_true)
    return _ops.reduce_mean(_ops.maximum(1.0 - y_true * y_pred, 0.0), axis=-1)


def squared_hinge(y_true, y_pred):
    y_true, y_pred = _pair(y_true, y_pred)
    y_true = _maybe_convert_labels(y_true)
    return _ops.reduce_mean(_ops.square(_ops.maximum(1.0 - y_true * y_pred, 0.0)), axis=-1)


def categorical_hinge(y_true, y_pred):
    y_true, y_pred = _pair(y_true, y_pred)
    pos = _ops.reduce_sum(y_true * y_pred, axis=-1)
    neg = _ops.reduce_max((1.0 - y_true) * y_pred, axis=-1)
    zero = _ops.cast(0.0, y_pred.dtype)
    return _ops.maximum(neg - pos + 1.0, zero)


def log_cosh(y_true, y_pred):
    from .. import nn

    y_true, y_pred = _pair(y_true, y_pred)

    def _logcosh(x):
        return x + nn.softplus(-2.0 * x) - _ops.cast(_math.log(2.0), x.dtype)

    return _ops.reduce_mean(_logcosh(y_pred - y_true), axis=-1)


def poisson(y_true, y_pred):
    y_true, y_pred = _pair(y_true, y_pred)
    return _ops.reduce_mean(y_pred - y_true * _ops.log(y_pred + _EPS), axis=-1)


def mean_squared_logarithmic_error(y_true, y_pred):
    y_true, y_pred = _pair(y_true, y_pred)
    first_log = _ops.log(_ops.maximum(y_pred, _EPS) + 1.0)
    second_log = _ops.log(_ops.maximum(y_true, _EPS) + 1.0)
    return _ops.reduce_mean(_ops.square(first_log - second_log), axis=-1)


def binary_focal_crossentropy(y_true, y_pred, apply_class_balancing=False, alpha=0.25, gamma=2.0,
                              from_logits=False, label_smoothing=0.0, axis=-1):
    """tf-keras binary_focal_crossentropy (backend.binary_focal_crossentropy)."""
    y_pred, from_logits = _L._get_logits(y_pred, from_logits)  # backend: the Sigmoid's input inside graphs
    y_true, y_pred = _pair(y_true, y_pred)
    if label_smoothing:
        y_true = y_true * (1.0 - label_smoothing) + 0.5 * label_smoothing
    if from_logits:
        y_pred_p = _ops.sigmoid(y_pred)
        bce = _ops.sigmoid_cross_entropy_with_logits(labels=y_true, logits=y_pred)
    else:
        y_pred_p = y_pred
        p = _ops.clip_by_value(y_pred, _EPS, 1.0 - _EPS)
        bce = -(y_true * _ops.log(p + _EPS) + (1.0 - y_true) * _ops.log(1.0 - p + _EPS))
    p_t = y_true * y_pred_p + (1 - y_true) * (1 - y_pred_p)
    focal_factor = _ops.pow(1.0 - p_t, gamma)
    focal_bce = focal_factor * bce
    if apply_class_balancing:
        weight = y_true * alpha + (1 - y_true) * (1 - alpha)
        focal_bce = weight * focal_bce
    return _ops.reduce_mean(focal_bce, axis=axis)


kld = KLD = kullback_leibler_divergence = kl_divergence
logcosh = log_cosh
msle = MSLE = mean_squared_logarithmic_error
mape = MAPE = _L.mean_absolute_percentage_error


def _loss_class(cname, fn, default_name, params=()):
    def __init__(self, *args, reduction=_L.Reduction.AUTO, name=default_name, **kwargs):
        kw = dict(zip(params, args))
        kw.update(kwargs)
        _L.LossFunctionWrapper.__init__(self, fn, reduction=reduction, name=name, **kw)

    return type(cname, (_L.LossFunctionWrapper,), {"__init__": __init__, "__module__": _L.__name__})


Huber = _loss_class("Huber", huber, "huber_loss", ("delta",))
KLDivergence = _loss_class("KLDivergence", kl_divergence, "kl_divergence")
CosineSimilarity = _loss_class("CosineSimilarity", cosine_similarity, "cosine_similarity", ("axis",))
Hinge = _loss_class("Hinge", hinge, "hinge")
SquaredHinge = _loss_class("SquaredHinge", squared_hinge, "squared_hinge")
CategoricalHinge = _loss_class("CategoricalHinge", categorical_hinge, "categorical_hinge")
LogCosh = _loss_class("LogCosh", log_cosh, "log_cosh")
Poisson = _loss_class("Poisson", poisson, "poisson")
MeanSquaredLogarithmicError = _loss_class("MeanSquaredLogarithmicError", mean_squared_logarithmic_error,
                                          "mean_squared_logarithmic_error")
BinaryFocalCrossentropy = _loss_class("BinaryFocalCrossentropy", binary_focal_crossentropy,
                                      "binary_focal_crossentropy",
                                      ("apply_class_balancing", "alpha", "gamma", "from_logits", "label_smoothing",
                                       "axis"))


# ---------------------------------------------------------------- metrics

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
        _M.MeanMetricWrapper.__init__(self, fn, name, dtype=dtype, **kw)

    return type(cname, (_M.MeanMetricWrapper,), {"__init__": __init__, "__module__": _M.__name__})


class _SparseTopK(_M.MeanMetricWrapper):
    def update_state(self, y_true, y_pred, sample_weight=None):
        # no dtype cast of the labels (they are indices)
        v = self._fn(y_true, y_pred, **self._fn_kwargs)
        _M.Reduce.update_state(self, v, sample_weight)


def _mk_sparse_topk():
    class SparseTopKCategoricalAccuracy(_SparseTopK):
        def __init__(self, k=5, name="sparse_top_k_categorical_accuracy", dtype=None):
            _M.MeanMetricWrapper.__init__(self, sparse_top_k_categorical_accuracy, name, dtype=dtype, k=k)

    SparseTopKCategoricalAccuracy.__module__ = _M.__name__
    return SparseTopKCategoricalAccuracy


TopKCategoricalAccuracy = _metric_class("TopKCategoricalAccuracy", top_k_categorical_accuracy,
                                        "top_k_categorical_accuracy", ("k",))
SparseTopKCategoricalAccuracy = _mk_sparse_topk()
MHinge = _metric_class("Hinge", hinge, "hinge")
MSquaredHinge = _metric_class("SquaredHinge", squared_hinge, "squared_hinge")
MCategoricalHinge = _metric_class("CategoricalHinge", categorical_hinge, "categorical_hinge")
MKLDivergence = _metric_class("KLDivergence", kl_divergence, "kullback_leibler_divergence")
MLogCoshError = _metric_class("LogCoshError", log_cosh, "logcosh")
MPoisson = _metric_class("Poisson", poisson, "poisson")
MMeanSquaredLogarithmicError = _metric_class("MeanSquaredLogarithmicError", mean_squared_logarithmic_error,
                                             "mean_squared_logarithmic_error")


def _cos_metric(y_true, y_pred, axis=-1):
    return -cosine_similarity(y_true, y_pred, axis)


MCosineSimilarity = _metric_class("CosineSimilarity", _cos_metric, "cosine_similarity", ("axis",))


class _ConfusionMatrixMetric(_M.Metric):
    """tf-keras _ConfusionMatrixConditionCount / Precision / Recall with thresholds (one float32 variable per
    threshold); y_pred > threshold is a positive prediction."""
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
        y_pred, y_true = _L.squeeze_or_expand_dimensions(y_pred, y_true)
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
    C.__module__ = _M.__name__
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


Precision.__module__ = Recall.__module__ = _M.__name__


def get(identifier):
    """tf.keras.losses.get: None, a callable, a function name or a class name (an instance)."""
    if identifier is None:
        return None
    if callable(identifier) and not isinstance(identifier, str):
        return identifier
    if isinstance(identifier, dict):
        return getattr(_L, identifier["class_name"]).from_config(identifier.get("config", {})) \
            if hasattr(getattr(_L, identifier["class_name"]), "from_config") else \
            getattr(_L, identifier["class_name"])(**identifier.get("config", {}))
    obj = getattr(_L, str(identifier), None)
    if obj is None or str(identifier).startswith("_"):
        raise ValueError(f"Unknown loss function: '{identifier}'. Please ensure you are using a "
                         f"`keras.utils.custom_object_scope` and that this object is included in the scope. See "
                         f"https://www.tensorflow.org/guide/keras/save_and_serialize#registering_the_custom_object "
                         f"for details.")
    return obj() if isinstance(obj, type) else obj


def _install():
    g = globals()
    if not hasattr(_L, "get"):
        _L.get = get
        _L.deserialize = lambda name, custom_objects=None, use_legacy_format=False: \
            (custom_objects or {}).get(name) if custom_objects and name in custom_objects else get(name)
    for n in ("huber kl_divergence kld KLD kullback_leibler_divergence cosine_similarity hinge squared_hinge "
              "categorical_hinge log_cosh logcosh poisson mean_squared_logarithmic_error msle MSLE mape MAPE "
              "binary_focal_crossentropy Huber KLDivergence CosineSimilarity Hinge SquaredHinge CategoricalHinge "
              "LogCosh Poisson MeanSquaredLogarithmicError BinaryFocalCrossentropy").split():
        if not hasattr(_L, n):
            setattr(_L, n, g[n])
    metric_fns = {"top_k_categorical_accuracy": top_k_categorical_accuracy,
                  "sparse_top_k_categorical_accuracy": sparse_top_k_categorical_accuracy,
                  "hinge": hinge, "squared_hinge": squared_hinge,
                  "kl_divergence": kl_divergence, "kld": kl_divergence, "KLD": kl_divergence,
                  "kullback_leibler_divergence": kl_divergence, "log_cosh": log_cosh, "logcosh": log_cosh,
                  "poisson": poisson, "mean_squared_logarithmic_error": mean_squared_logarithmic_error,
                  "msle": mean_squared_logarithmic_error, "MSLE": mean_squared_logarithmic_error,
                  "mape": _L.mean_absolute_percentage_error, "MAPE": _L.mean_absolute_percentage_error,
                  "mean_squared_error": _L.mean_squared_error, "mean_absolute_error": _L.mean_absolute_error,
                  "mean_absolute_percentage_error": _L.mean_absolute_percentage_error,
                  "binary_crossentropy": _L.binary_crossentropy,
                  "categorical_crossentropy": _L.categorical_crossentropy,
                  "sparse_categorical_crossentropy": _L.sparse_categorical_crossentropy,
                  "binary_focal_crossentropy": binary_focal_crossentropy}
    for n, f in metric_fns.items():
        if not hasattr(_M, n):
            setattr(_M, n, f)
    classes = {"TopKCategoricalAccuracy": TopKCategoricalAccuracy,
               "SparseTopKCategoricalAccuracy": SparseTopKCategoricalAccuracy, "Hinge": MHinge,
               "SquaredHinge": MSquaredHinge, "CategoricalHinge": MCategoricalHinge, "KLDivergence": MKLDivergence,
               "LogCoshError": MLogCoshError, "Poisson": MPoisson,
               "MeanSquaredLogarithmicError": MMeanSquaredLogarithmicError, "CosineSimilarity": MCosineSimilarity,
               "TruePositives": TruePositives, "FalsePositives": FalsePositives, "TrueNegatives": TrueNegatives,
               "FalseNegatives": FalseNegatives, "Precision": Precision, "Recall": Recall}
    for n, c in classes.items():
        if not hasattr(_M, n):
            c.__name__ = c.__qualname__ = n
            setattr(_M, n, c)
    by_name = {"top_k_categorical_accuracy": TopKCategoricalAccuracy,
               "sparse_top_k_categorical_accuracy": SparseTopKCategoricalAccuracy, "hinge": MHinge,
               "squared_hinge": MSquaredHinge, "categorical_hinge": MCategoricalHinge, "kld": MKLDivergence,
               "kl_divergence": MKLDivergence, "logcosh": MLogCoshError, "poisson": MPoisson,
               "msle": MMeanSquaredLogarithmicError, "mean_squared_logarithmic_error": MMeanSquaredLogarithmicError,
               "cosine_similarity": MCosineSimilarity, "precision": Precision, "recall": Recall}
    for n, c in by_name.items():
        _M._BY_NAME.setdefault(n, c)

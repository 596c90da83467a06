# tf.keras.losses: MeanSquaredError (and a few simple companions) with Keras 2 reductions.
import math as _math
import sys as _sys

from .. import _ops
from .._tensor import _T, _arg, _arg_like, _wrap, convert_to_tensor as _convert_to_tensor


class Reduction:
    AUTO = "auto"
    NONE = "none"
    SUM = "sum"
    SUM_OVER_BATCH_SIZE = "sum_over_batch_size"

    @classmethod
    def all(cls):
        return (cls.AUTO, cls.NONE, cls.SUM, cls.SUM_OVER_BATCH_SIZE)

    @classmethod
    def validate(cls, key):
        if key not in cls.all():
            raise ValueError('Invalid Reduction Key: %s. Expected keys are "%s"' % (key, cls.all()))


def squeeze_or_expand_dimensions(y_pred, y_true):
    """losses_utils.squeeze_or_expand_dimensions: drop a trailing 1 so ranks line up."""
    rp, rt = _T.dim(_arg(y_pred)), _T.dim(_arg(y_true))
    sp, st = _arg(y_pred)._size(), _arg(y_true)._size()
    if rp - rt != 1 or (sp and sp[-1] == 1):
        if rp - rt == 1 and sp[-1] == 1:
            y_pred = _ops.squeeze(y_pred, [-1])
        elif rp - rt == -1 and st[-1] == 1:
            y_true = _ops.squeeze(y_true, [-1])
    return y_pred, y_true


def align_sample_weight(values, sample_weight):
    """losses_utils.squeeze_or_expand_dimensions for weights: a weight of one more rank loses its
    trailing axis, one of one less rank gains one; cast to the values' dtype."""
    sw = _convert_to_tensor(sample_weight)
    values = _convert_to_tensor(values)
    if sw.dtype != values.dtype:
        sw = _ops.cast(sw, values.dtype)
    rw, rv = sw.shape.rank, values.shape.rank
    if rw == 0:
        return sw
    if rw - rv == 1:
        sw = _ops.squeeze(sw, [-1])
    elif rv - rw == 1:
        sw = _ops.expand_dims(sw, -1)
    return sw


def _get_logits(y_pred, from_logits):
    from .activations import keras_logits

    logits = keras_logits(y_pred)
    return (logits, True) if logits is not None else (y_pred, from_logits)


def mean_squared_error(y_true, y_pred):
    yp = _arg(y_pred)
    yt = _arg_like(y_true, yp)
    if yt._dtype_name != yp._dtype_name:
        yt = _ops.cast(yt, yp.dtype)
    return _ops.reduce_mean(_ops.square(_wrap(_T.__sub__(yp, yt))), axis=-1)


def mean_absolute_error(y_true, y_pred):
    yp = _arg(y_pred)
    yt = _arg_like(y_true, yp)
    return _ops.reduce_mean(_ops.abs(_wrap(_T.__sub__(yp, yt))), axis=-1)


def mean_absolute_percentage_error(y_true, y_pred):
    yp = _arg(y_pred)
    yt = _ops.cast(_arg_like(y_true, yp), yp.dtype)
    diff = _ops.abs((yt - yp) / _ops.maximum(_ops.abs(yt), 1e-7))
    return 100.0 * _ops.reduce_mean(diff, axis=-1)


def binary_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1):
    y_pred, from_logits = _get_logits(y_pred, from_logits)
    yp = _arg(y_pred)
    yt = _arg_like(y_true, yp)
    if yt._dtype_name != yp._dtype_name:  # tf-keras: y_true = tf.cast(y_true, y_pred.dtype)
        yt = _ops.cast(yt, yp.dtype)
    if label_smoothing:
        yt = yt * (1.0 - label_smoothing) + 0.5 * label_smoothing
    if from_logits:
        return _ops.reduce_mean(_ops.sigmoid_cross_entropy_with_logits(labels=yt, logits=yp), axis=axis)
    eps = 1e-7
    p = _ops.clip_by_value(yp, eps, 1.0 - eps)
    bce = yt * _ops.log(p + eps) + (1.0 - yt) * _ops.log(1.0 - p + eps)
    return _ops.reduce_mean(-bce, axis=axis)


def sparse_categorical_crossentropy(y_true, y_pred, from_logits=False, axis=-1, ignore_class=None):
    y_pred, from_logits = _get_logits(y_pred, from_logits)
    yp = _arg(y_pred)
    if not from_logits:
        yp = _ops.log(_ops.clip_by_value(yp, 1e-7, 1.0 - 1e-7))
    target = _ops.cast(y_true, "int64")
    out_shape = list(_arg(yp)._size())
    if _T.dim(_arg(target)) != len(out_shape) - 1:  # backend.sparse_categorical_crossentropy
        target = _ops.reshape(target, [-1])
        res = _ops.sparse_softmax_cross_entropy_with_logits(labels=target,
                                                             logits=_ops.reshape(yp, [-1, out_shape[-1]]))
        return _ops.reshape(res, out_shape[:-1]) if len(out_shape) >= 3 else res
    return _ops.sparse_softmax_cross_entropy_with_logits(labels=target, logits=yp)


def categorical_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1):
    y_pred, from_logits = _get_logits(y_pred, from_logits)
    yp = _arg(y_pred)
    yt = _arg_like(y_true, yp)
    if yt._dtype_name != yp._dtype_name:  # tf-keras: y_true = tf.cast(y_true, y_pred.dtype)
        yt = _ops.cast(yt, yp.dtype)
    if label_smoothing:
        num_classes = _ops.cast(_ops.shape(yt)[-1], yp.dtype)
        yt = yt * (1.0 - label_smoothing) + (label_smoothing / num_classes)
    if from_logits:
        return _ops.softmax_cross_entropy_with_logits(labels=yt, logits=yp, axis=axis)
    p = _ops.clip_by_value(yp / _ops.reduce_sum(yp, axis, keepdims=True), 1e-7, 1.0 - 1e-7)
    return -_ops.reduce_sum(yt * _ops.log(p), axis)


class Loss:
    def __init__(self, reduction=Reduction.AUTO, name=None):
        Reduction.validate(reduction)
        self.reduction = reduction
        self.name = name

    def call(self, y_true, y_pred):
        raise NotImplementedError

    def __call__(self, y_true, y_pred, sample_weight=None):
        losses = self.call(y_true, y_pred)
        if sample_weight is not None:
            losses = losses * align_sample_weight(losses, sample_weight)
        if self.reduction == Reduction.NONE:
            return losses
        total = _ops.reduce_sum(losses)
        if self.reduction == Reduction.SUM:
            return total
        n = _T.numel(losses)
        return total / float(max(n, 1)) if n else total * 0.0

    def get_config(self):
        return {"reduction": self.reduction, "name": self.name}


class LossFunctionWrapper(Loss):
    def __init__(self, fn, reduction=Reduction.AUTO, name=None, **kwargs):
        super().__init__(reduction=reduction, name=name)
        self.fn = fn
        self._fn_kwargs = kwargs

    def call(self, y_true, y_pred):
        if isinstance(y_pred, _T) and isinstance(y_true, _T):
            y_pred, y_true = squeeze_or_expand_dimensions(y_pred, y_true)
        elif isinstance(y_pred, _T):
            y_true = _convert_to_tensor(y_true)
            y_pred, y_true = squeeze_or_expand_dimensions(y_pred, y_true)
        return self.fn(y_true, y_pred, **self._fn_kwargs)


class MeanSquaredError(LossFunctionWrapper):
    def __init__(self, reduction=Reduction.AUTO, name="mean_squared_error"):
        super().__init__(mean_squared_error, reduction=reduction, name=name)


class MeanAbsoluteError(LossFunctionWrapper):
    def __init__(self, reduction=Reduction.AUTO, name="mean_absolute_error"):
        super().__init__(mean_absolute_error, reduction=reduction, name=name)


class MeanAbsolutePercentageError(LossFunctionWrapper):
    def __init__(self, reduction=Reduction.AUTO, name="mean_absolute_percentage_error"):
        super().__init__(mean_absolute_percentage_error, reduction=reduction, name=name)


class BinaryCrossentropy(LossFunctionWrapper):
    def __init__(self, from_logits=False, label_smoothing=0.0, axis=-1, reduction=Reduction.AUTO,
                 name="binary_crossentropy"):
        super().__init__(binary_crossentropy, reduction=reduction, name=name, from_logits=from_logits, axis=axis,
                         **({"label_smoothing": label_smoothing} if label_smoothing else {}))


class SparseCategoricalCrossentropy(LossFunctionWrapper):
    def __init__(self, from_logits=False, ignore_class=None, reduction=Reduction.AUTO,
                 name="sparse_categorical_crossentropy"):
        super().__init__(sparse_categorical_crossentropy, reduction=reduction, name=name, from_logits=from_logits)


class CategoricalCrossentropy(LossFunctionWrapper):
    def __init__(self, from_logits=False, label_smoothing=0.0, axis=-1, reduction=Reduction.AUTO,
                 name="categorical_crossentropy"):
        super().__init__(categorical_crossentropy, reduction=reduction, name=name, from_logits=from_logits, axis=axis,
                         **({"label_smoothing": label_smoothing} if label_smoothing else {}))


MSE = mse = mean_squared_error
MAE = mae = mean_absolute_error


_EPS = 1e-7


def _pair(y_true, y_pred):
    y_pred = _convert_to_tensor(y_pred)
    y_true = _ops.cast(_convert_to_tensor(y_true), y_pred.dtype)
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
    y_pred, from_logits = _get_logits(y_pred, from_logits)  # backend: the Sigmoid's input inside graphs
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


def categorical_focal_crossentropy(y_true, y_pred, alpha=0.25, gamma=2.0, from_logits=False, label_smoothing=0.0,
                                   axis=-1):
    """tf-keras categorical_focal_crossentropy (backend.categorical_focal_crossentropy)."""
    y_true, y_pred = _pair(y_true, y_pred)
    if label_smoothing:
        y_true = y_true * (1.0 - label_smoothing) + label_smoothing / _ops.cast(_ops.shape(y_true)[-1], y_pred.dtype)
    if from_logits:
        y_pred = _ops.softmax(y_pred, axis=axis)
    p = _ops.clip_by_value(y_pred / _ops.reduce_sum(y_pred, axis, keepdims=True), _EPS, 1.0 - _EPS)
    cce = -y_true * _ops.log(p)
    return _ops.reduce_sum(_ops.pow(1.0 - p, gamma) * alpha * cce, axis=axis)


kld = KLD = kullback_leibler_divergence = kl_divergence
logcosh = log_cosh
msle = MSLE = mean_squared_logarithmic_error
mape = MAPE = mean_absolute_percentage_error


def _loss_class(cname, fn, default_name, params=()):
    def __init__(self, *args, reduction=Reduction.AUTO, name=default_name, **kwargs):
        kw = dict(zip(params, args))
        kw.update(kwargs)
        LossFunctionWrapper.__init__(self, fn, reduction=reduction, name=name, **kw)

    return type(cname, (LossFunctionWrapper,), {"__init__": __init__, "__module__": __name__})


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
CategoricalFocalCrossentropy = _loss_class("CategoricalFocalCrossentropy", categorical_focal_crossentropy,
                                           "categorical_focal_crossentropy",
                                           ("alpha", "gamma", "from_logits", "label_smoothing", "axis"))


def get(identifier):
    """tf.keras.losses.get: None, a callable, a function name or a class name (an instance)."""
    if identifier is None:
        return None
    if callable(identifier) and not isinstance(identifier, str):
        return identifier
    if isinstance(identifier, dict):
        return getattr(_sys.modules[__name__], identifier["class_name"]).from_config(identifier.get("config", {})) \
            if hasattr(getattr(_sys.modules[__name__], identifier["class_name"]), "from_config") else \
            getattr(_sys.modules[__name__], identifier["class_name"])(**identifier.get("config", {}))
    obj = getattr(_sys.modules[__name__], str(identifier), None)
    if obj is None or str(identifier).startswith("_"):
        raise ValueError(f"Unknown loss function: '{identifier}'. Please ensure you are using a "
                         f"`keras.utils.custom_object_scope` and that this object is included in the scope. See "
                         f"https://www.tensorflow.org/guide/keras/save_and_serialize#registering_the_custom_object "
                         f"for details.")
    return obj() if isinstance(obj, type) else obj


def deserialize(name, custom_objects=None, use_legacy_format=False):
    return custom_objects[name] if custom_objects and name in custom_objects else get(name)

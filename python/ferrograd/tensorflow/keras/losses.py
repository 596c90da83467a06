"""tf.keras.losses: MeanSquaredError (and a few simple companions) with Keras 2 reductions."""
from .. import _ops
from .._tensor import _T, _arg, _arg_like, _wrap


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


def binary_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1):
    yp = _arg(y_pred)
    yt = _arg_like(y_true, yp)
    if from_logits:
        return _ops.reduce_mean(_ops.sigmoid_cross_entropy_with_logits(labels=yt, logits=yp), axis=axis)
    eps = 1e-7
    p = _ops.clip_by_value(yp, eps, 1.0 - eps)
    bce = yt * _ops.log(p + eps) + (1.0 - yt) * _ops.log(1.0 - p + eps)
    return _ops.reduce_mean(-bce, axis=axis)


def sparse_categorical_crossentropy(y_true, y_pred, from_logits=False, axis=-1, ignore_class=None):
    yp = _arg(y_pred)
    if not from_logits:
        p = _ops.clip_by_value(yp / _ops.reduce_sum(yp, axis, keepdims=True), 1e-7, 1.0 - 1e-7)
        yp = _ops.log(p)
    return _ops.sparse_softmax_cross_entropy_with_logits(labels=_ops.cast(y_true, "int64"), logits=yp)


def categorical_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1):
    yp = _arg(y_pred)
    yt = _arg_like(y_true, yp)
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
            losses = losses * sample_weight
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
        return self.fn(y_true, y_pred, **self._fn_kwargs)


class MeanSquaredError(LossFunctionWrapper):
    def __init__(self, reduction=Reduction.AUTO, name="mean_squared_error"):
        super().__init__(mean_squared_error, reduction=reduction, name=name)


class MeanAbsoluteError(LossFunctionWrapper):
    def __init__(self, reduction=Reduction.AUTO, name="mean_absolute_error"):
        super().__init__(mean_absolute_error, reduction=reduction, name=name)


class BinaryCrossentropy(LossFunctionWrapper):
    def __init__(self, from_logits=False, label_smoothing=0.0, axis=-1, reduction=Reduction.AUTO,
                 name="binary_crossentropy"):
        super().__init__(binary_crossentropy, reduction=reduction, name=name, from_logits=from_logits, axis=axis)


class SparseCategoricalCrossentropy(LossFunctionWrapper):
    def __init__(self, from_logits=False, ignore_class=None, reduction=Reduction.AUTO,
                 name="sparse_categorical_crossentropy"):
        super().__init__(sparse_categorical_crossentropy, reduction=reduction, name=name, from_logits=from_logits)


class CategoricalCrossentropy(LossFunctionWrapper):
    def __init__(self, from_logits=False, label_smoothing=0.0, axis=-1, reduction=Reduction.AUTO,
                 name="categorical_crossentropy"):
        super().__init__(categorical_crossentropy, reduction=reduction, name=name, from_logits=from_logits, axis=axis)


MSE = mse = mean_squared_error
MAE = mae = mean_absolute_error

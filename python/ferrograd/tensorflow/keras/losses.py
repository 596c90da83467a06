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
    from .._tensor import convert_to_tensor

    sw = convert_to_tensor(sample_weight)
    values = convert_to_tensor(values)
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
        from .._tensor import convert_to_tensor

        if isinstance(y_pred, _T) and isinstance(y_true, _T):
            y_pred, y_true = squeeze_or_expand_dimensions(y_pred, y_true)
        elif isinstance(y_pred, _T):
            y_true = convert_to_tensor(y_true)
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

# mindspore.train metrics: Metric, Accuracy, MAE, MSE, Loss, Top1/Top5CategoricalAccuracy, Precision,
# Recall (MindSpore's numpy formulas).
import math
import sys

from ..._lazy import np


class Metric:
    def __init__(self):
        self._indexes = None

    def _convert_data(self, data):
        if hasattr(data, "asnumpy"):
            return data.asnumpy()
        if isinstance(data, list):
            return np.array(data)
        if isinstance(data, np.ndarray):
            return data
        raise TypeError(f"For 'Metric' and its derived classes, the input data type must be tensor, list or "
                        f"numpy.ndarray, but got {type(data)}.")

    @property
    def indexes(self):
        return getattr(self, "_indexes", None)

    def set_indexes(self, indexes):
        if not isinstance(indexes, list) or not all(isinstance(i, int) for i in indexes):
            raise ValueError("For 'set_indexes', the argument 'indexes' must be a list and all its elements must be "
                             "int, please check whether it is correct.")
        self._indexes = indexes
        return self

    def _pick(self, inputs):
        return [inputs[i] for i in self._indexes] if self._indexes else list(inputs)

    def __call__(self, *inputs):
        self.clear()
        self.update(*inputs)
        return self.eval()

    def clear(self):
        raise NotImplementedError("Must define clear function to use this base class")

    def eval(self):
        raise NotImplementedError("Must define eval function to use this base class")

    def update(self, *inputs):
        raise NotImplementedError("Must define update function to use this base class")


class EvaluationBase(Metric):
    def __init__(self, eval_type):
        super().__init__()
        if eval_type not in ("classification", "multilabel"):
            raise TypeError("The argument 'eval_type' must be 'classification' or 'multilabel', "
                            f"but got {eval_type}.")
        self._type = eval_type


def _onehot(y):
    return y.ndim > 1 and np.all(np.isin(y, [0, 1])) and np.all(y.sum(axis=-1) == 1)


class Accuracy(EvaluationBase):
    def __init__(self, eval_type="classification"):
        super().__init__(eval_type)
        self.clear()

    def clear(self):
        self._correct_num = 0
        self._total_num = 0
        self._class_num = 0

    def update(self, *inputs):
        inputs = self._pick(inputs)
        if len(inputs) != 2:
            raise ValueError("For 'Accuracy.update', it needs 2 inputs (predicted value, true value), "
                             f"but got {len(inputs)}")
        y_pred = self._convert_data(inputs[0])
        y = self._convert_data(inputs[1])
        if self._type == "classification" and y_pred.ndim == y.ndim and _onehot(y):
            y = y.argmax(axis=1)
        if self._class_num == 0:
            self._class_num = y_pred.shape[1]
        elif y_pred.shape[1] != self._class_num:
            raise ValueError(f"For 'Accuracy.update', class number not match, last input predicted data contain "
                             f"{self._class_num} classes, but current predicted data contain {y_pred.shape[1]} "
                             f"classes, please check your predicted value(inputs[0]).")
        if self._type == "classification":
            result = (np.equal(y_pred.argmax(axis=1), y) * 1).reshape(-1)
        else:
            d = y_pred.ndim - 1
            yp = y_pred.swapaxes(1, d).reshape(-1, self._class_num)
            yy = y.swapaxes(1, d).reshape(-1, self._class_num)
            result = np.equal(yp, yy).all(axis=1) * 1
        self._correct_num += result.sum()
        self._total_num += result.shape[0]

    def eval(self):
        if self._total_num == 0:
            raise RuntimeError("The 'Accuracy' can not be calculated, because the number of samples is 0, please "
                               "check whether your inputs(predicted value, true value) are empty, or has called "
                               "update method before calling eval method.")
        return float(self._correct_num / self._total_num)


class Loss(Metric):
    def __init__(self):
        super().__init__()
        self.clear()

    def clear(self):
        self._sum_loss = 0
        self._total_num = 0

    def update(self, *inputs):
        inputs = self._pick(inputs)
        if len(inputs) != 1:
            raise ValueError(f"For 'Loss.update', it needs 1 input (loss), but got {len(inputs)}")
        loss = self._convert_data(inputs[0])
        if loss.ndim == 0:
            loss = loss.reshape(1)
        if loss.ndim != 1:
            raise ValueError(f"For 'Loss.update', the dimension of your input (loss) must be 1, but got {loss.ndim}.")
        self._sum_loss += float(loss.mean(-1))  # float64 accumulation, as numpy 1.x promotes it
        self._total_num += 1

    def eval(self):
        if self._total_num == 0:
            raise RuntimeError("The 'Loss' can not be calculated, because the number of samples is 0, please check "
                               "whether has called update method before calling eval method.")
        return float(self._sum_loss / self._total_num)


class MAE(Metric):
    def __init__(self):
        super().__init__()
        self.clear()

    def clear(self):
        self._abs_error_sum = 0
        self._samples_num = 0

    def update(self, *inputs):
        inputs = self._pick(inputs)
        if len(inputs) != 2:
            raise ValueError("For 'MAE.update', it needs 2 inputs (predicted value, true value), "
                             f"but got {len(inputs)}.")
        y_pred = self._convert_data(inputs[0])
        y = self._convert_data(inputs[1])
        self._abs_error_sum += float(np.abs(y.reshape(y_pred.shape) - y_pred).sum())
        self._samples_num += y.shape[0]

    def eval(self):
        if self._samples_num == 0:
            raise RuntimeError("The 'MAE' can not be calculated, because the number of samples is 0, please check "
                               "whether your inputs(predicted value, true value) are empty, or has called update "
                               "method before calling eval method.")
        return float(self._abs_error_sum / self._samples_num)


class MSE(MAE):
    def update(self, *inputs):
        inputs = self._pick(inputs)
        if len(inputs) != 2:
            raise ValueError("For 'MSE.update', it needs 2 inputs (predicted value, true value), "
                             f"but got {len(inputs)}.")
        y_pred = self._convert_data(inputs[0])
        y = self._convert_data(inputs[1])
        self._abs_error_sum += float(np.power(y.reshape(y_pred.shape) - y_pred, 2).sum())
        self._samples_num += y.shape[0]

    def eval(self):
        if self._samples_num == 0:
            raise RuntimeError("The 'MSE' can not be calculated, because the number of samples is 0, please check "
                               "whether your inputs(predicted value, true value) are empty, or has called update "
                               "method before calling eval method.")
        return float(self._abs_error_sum / self._samples_num)


class TopKCategoricalAccuracy(Metric):
    def __init__(self, k):
        super().__init__()
        if not isinstance(k, int) or k < 1:
            raise ValueError(f"For 'TopKCategoricalAccuracy', the argument 'k' must be int and >= 1, but got {k}.")
        self.k = k
        self.clear()

    def clear(self):
        self._correct_num = 0
        self._samples_num = 0

    def update(self, *inputs):
        inputs = self._pick(inputs)
        y_pred = self._convert_data(inputs[0])
        y = self._convert_data(inputs[1])
        if y_pred.ndim == y.ndim and _onehot(y):
            y = y.argmax(axis=1)
        indices = np.argsort(-y_pred, axis=1, kind="stable")[:, :self.k]
        self._correct_num += (indices == y.reshape(-1, 1)).any(axis=1).sum()
        self._samples_num += y.shape[0]

    def eval(self):
        return float(self._correct_num / self._samples_num)


class Top1CategoricalAccuracy(TopKCategoricalAccuracy):
    def __init__(self):
        super().__init__(1)


class Top5CategoricalAccuracy(TopKCategoricalAccuracy):
    def __init__(self):
        super().__init__(5)


_NAMES = {"accuracy": Accuracy, "acc": Accuracy, "mae": MAE, "mse": MSE, "loss": Loss,
          "top_1_accuracy": Top1CategoricalAccuracy, "top_5_accuracy": Top5CategoricalAccuracy}


def get_metric_fn(name, *args, **kwargs):
    if name not in _NAMES:
        raise KeyError(f"For 'get_metric_fn', unsupported metric {name}, please refer to the supported metrics.")
    return _NAMES[name](*args, **kwargs)


def get_metrics(metrics):
    if metrics is None:
        return None
    if isinstance(metrics, dict):
        return {k: v for k, v in metrics.items()}
    if isinstance(metrics, (set, list, tuple)):
        return {name: get_metric_fn(name) for name in metrics}
    raise TypeError(f"For 'get_metrics', the argument 'metrics' must be None, dict or set, but got {metrics}")


for _c in (Metric, Accuracy, Loss, MAE, MSE, Top1CategoricalAccuracy, Top5CategoricalAccuracy, TopKCategoricalAccuracy):
    _c.__module__ = {"Accuracy": "mindspore.train.metrics.accuracy", "Loss": "mindspore.train.metrics.loss",
                     "MAE": "mindspore.train.metrics.error", "MSE": "mindspore.train.metrics.error",
                     "Metric": "mindspore.train.metrics.metric"}.get(_c.__name__, "mindspore.train.metrics.topk")



def _is_onehot(data):
    if data.ndim > 1 and np.equal(data ** 2, data).all():
        shp = (data.shape[0],) + data.shape[2:]
        if np.equal(np.ones(shp), data.sum(axis=1)).all():
            return True
    return False


def _check_shape(metric, y_pred, y):
    if metric._type == "classification":
        if y_pred.ndim != y.ndim + 1:
            raise ValueError("In classification case, the dimension of y_pred (predicted value) should equal to "
                             "the dimension of y (true value) add 1, but got y_pred dimension: {} and y "
                             "dimension: {}.".format(y_pred.ndim, y.ndim))
        if y.shape != (y_pred.shape[0],) + y_pred.shape[2:]:
            raise ValueError("In classification case, y_pred (predicted value) shape and y (true value) shape "
                             "can not match, y shape should be equal to y_pred shape that the value at index 1 "
                             "is deleted. Such as y_pred shape (1, 2, 3), then y shape should be (1, 3). "
                             "But got y_pred shape {} and y shape {}".format(y_pred.shape, y.shape))
    else:
        if y_pred.ndim != y.ndim:
            raise ValueError("In {} case, the dimension of y_pred (predicted value) should equal to the dimension"
                             " of y (true value), but got y_pred dimension: {} and y dimension: {}."
                             .format(metric._type, y_pred.ndim, y.ndim))
        if y_pred.shape != y.shape:
            raise ValueError("In {} case, the shape of y_pred (predicted value) should equal to the shape of y "
                             "(true value), but got y_pred shape: {} and y shape: {}."
                             .format(metric._type, y_pred.shape, y.shape))
    if metric._type != "classification" and not (np.equal(y_pred ** 2, y_pred).all() and np.equal(y ** 2, y).all()):
        raise ValueError("In multilabel case, all elements in y_pred (predicted value) and y (true value) should "
                         "be 0 or 1.Please check whether your inputs y_pred and y are correct.")


def _check_bool(name, value, cls):
    if not isinstance(value, bool):
        raise TypeError(f"For '{cls}', the type of '{name}' should be 'bool', but got type "
                        f"'{type(value).__name__}'.")


class _PR(EvaluationBase):
    # Precision and Recall share everything but the denominator (predicted or actual positives).

    _name = ""
    _actual = False

    def __init__(self, eval_type="classification"):
        super().__init__(eval_type)
        self.eps = sys.float_info.min
        self.clear()

    def clear(self):
        self._class_num = 0
        if self._type == "multilabel":
            self._tp, self._den = np.empty(0), np.empty(0)
            self._tp_avg, self._den_avg = 0, 0
        else:
            self._tp, self._den = 0, 0

    def update(self, *inputs):
        inputs = self._pick(inputs)
        name = self._name
        if len(inputs) != 2:
            raise ValueError(f"For '{name}.update', it needs 2 inputs (predicted value, true value), "
                             f"but got {len(inputs)}.")
        y_pred = self._convert_data(inputs[0])
        y = self._convert_data(inputs[1])
        if self._type == "classification" and y_pred.ndim == y.ndim and _is_onehot(y):
            y = y.argmax(axis=1)
        _check_shape(self, y_pred, y)
        if self._class_num == 0:
            self._class_num = y_pred.shape[1]
        elif y_pred.shape[1] != self._class_num:
            raise ValueError(f"For '{name}.update', class number not match, last input predicted data contain "
                             f"{self._class_num} classes, but current predicted data contain {y_pred.shape[1]} "
                             f"classes, please check your predicted value(inputs[0])"
                             + ("." if self._actual else ""))
        class_num = self._class_num
        if self._type == "classification":
            if y.max() + 1 > class_num:
                raise ValueError(f"For '{name}.update', predicted value (input[0]) should have the same classes "
                                 f"number as true value (input[1]), but got predicted value classes {class_num}, "
                                 f"true value classes {y.max() + 1}.")
            y = np.eye(class_num)[y.reshape(-1)]
            y_pred = np.eye(class_num)[y_pred.argmax(axis=1).reshape(-1)]
        else:
            y_pred = y_pred.swapaxes(1, 0).reshape(class_num, -1)
            y = y.swapaxes(1, 0).reshape(class_num, -1)
        den = y.sum(axis=0) if self._actual else y_pred.sum(axis=0)
        tp = (y * y_pred).sum(axis=0)
        if self._type == "multilabel":
            self._tp_avg += np.sum(tp / (den + self.eps))
            self._den_avg += len(den)
            self._tp = np.concatenate((self._tp, tp), axis=0)
            self._den = np.concatenate((self._den, den), axis=0)
        else:
            self._tp += tp
            self._den += den

    def eval(self, average=False):
        if self._class_num == 0:
            raise RuntimeError(f"The '{self._name}' can not be calculated, because the number of samples is 0, "
                               "please check whether your inputs (predicted value, true value) are empty, or "
                               "has called update method before calling eval method.")
        _check_bool("average", average, self._name)
        result = self._tp / (self._den + self.eps)
        if average:
            if self._type == "multilabel":
                result = self._tp_avg / (self._den_avg + self.eps)
            return result.mean()
        return result


class Precision(_PR):
    _name = "Precision"


class Recall(_PR):
    _name = "Recall"
    _actual = True


class Fbeta(Metric):
    def __init__(self, beta):
        super().__init__()
        self.eps = sys.float_info.min
        if not isinstance(beta, (float, int)) or isinstance(beta, bool) or not beta > 0:
            raise ValueError(f"For 'Fbeta', the argument 'beta' must be a positive number, but got {beta}.")
        self.beta = beta
        self.clear()

    def clear(self):
        self._true_positives = 0
        self._actual_positives = 0
        self._positives = 0
        self._class_num = 0

    def update(self, *inputs):
        inputs = self._pick(inputs)
        if len(inputs) != 2:
            raise ValueError("For 'Fbeta.update', it needs 2 inputs (predicted value, true value), "
                             "but got {}.".format(len(inputs)))
        y_pred = self._convert_data(inputs[0])
        y = self._convert_data(inputs[1])
        if y_pred.ndim == y.ndim and _is_onehot(y):
            y = y.argmax(axis=1)
        if self._class_num == 0:
            self._class_num = y_pred.shape[1]
        elif y_pred.shape[1] != self._class_num:
            raise ValueError("For 'Fbeta.update', class number not match, last input predicted data contain {} "
                             "classes, but current predicted data contain {} classes, please check your "
                             "predicted value(inputs[0]).".format(self._class_num, y_pred.shape[1]))
        class_num = self._class_num
        if y.max() + 1 > class_num:
            raise ValueError("For 'Fbeta.update', predicted value(inputs[0]) and true value(inputs[1]) "
                             "should contain same classes, but got predicted value contains {} classes"
                             " and true value contains {} classes.".format(class_num, y.max() + 1))
        y = np.eye(class_num)[y.reshape(-1)]
        y_pred = np.eye(class_num)[y_pred.argmax(axis=1).reshape(-1)]
        self._true_positives += (y * y_pred).sum(axis=0)
        self._positives += y_pred.sum(axis=0)
        self._actual_positives += y.sum(axis=0)

    def eval(self, average=False):
        _check_bool("average", average, type(self).__name__)
        if self._class_num == 0:
            raise RuntimeError("The 'Fbeta' can not be calculated, because the number of samples is 0, "
                               "please check whether your inputs(predicted value, true value) are empty, "
                               "or has called update method before calling eval method.")
        fbeta = (1.0 + self.beta ** 2) * self._true_positives / \
            (self.beta ** 2 * self._actual_positives + self._positives + self.eps)
        if average:
            return fbeta.mean()
        return fbeta


class F1(Fbeta):
    def __init__(self):
        super().__init__(1.0)


class Dice(Metric):
    def __init__(self, smooth=1e-05):
        super().__init__()
        if not isinstance(smooth, float) or not smooth > 0:
            raise ValueError(f"The input value must be float and greater than 0, but got '{smooth}' with type "
                             f"'{type(smooth).__name__}'.")
        self.smooth = smooth
        self.clear()

    def clear(self):
        self._dice_coeff_sum = 0
        self._samples_num = 0

    def update(self, *inputs):
        inputs = self._pick(inputs)
        if len(inputs) != 2:
            raise ValueError("For 'Dice.update', it needs 2 inputs (predicted value, true value), "
                             "but got {}.".format(len(inputs)))
        y_pred = self._convert_data(inputs[0])
        y = self._convert_data(inputs[1])
        self._samples_num += y.shape[0]
        if y_pred.shape != y.shape:
            raise ValueError(f"For 'Dice.update', predicted value (input[0]) and true value (input[1]) should have "
                             f"same shape, but got predicted value shape: {y_pred.shape}, true value shape: "
                             f"{y.shape}.")
        intersection = np.dot(y_pred.flatten(), y.flatten())
        unionset = np.dot(y_pred.flatten(), y_pred.flatten()) + np.dot(y.flatten(), y.flatten())
        self._dice_coeff_sum += 2 * float(intersection) / float(unionset + self.smooth)

    def eval(self):
        if self._samples_num == 0:
            raise RuntimeError("The 'Dice coefficient' can not be calculated, because the number of samples is 0, "
                               "please check whether your inputs(predicted value, true value) are empty, or has "
                               "called update method before calling eval method.")
        return self._dice_coeff_sum / float(self._samples_num)


class Perplexity(Metric):
    def __init__(self, ignore_label=None):
        super().__init__()
        if ignore_label is not None and not isinstance(ignore_label, int):
            raise ValueError(f"The 'ignore_label' must be int or None, but got {ignore_label}.")
        self.ignore_label = ignore_label
        self.clear()

    def clear(self):
        self._sum_metric = 0.0
        self._num_inst = 0

    def update(self, *inputs):
        inputs = self._pick(inputs)
        if len(inputs) != 2:
            raise ValueError("For 'Perplexity.update', it needs 2 inputs (predicted value, label), but got {}."
                             .format(len(inputs)))
        pred = self._convert_data(inputs[0])
        label = self._convert_data(inputs[1])
        if label.size != pred.size / pred.shape[-1]:
            raise RuntimeError("For 'Perplexity.update', predicted value (input[0]) and label (input[1]) should "
                               "have the same shape, but got predicted value shape {}, label shape {}."
                               .format(pred.shape, label.shape))
        label = label.reshape((label.size,))
        idx = np.expand_dims(label.astype(int), axis=1)
        rows = np.arange(idx.shape[0])[:, None]
        p = np.squeeze(pred[rows, idx])
        num = 0
        if self.ignore_label is not None:
            ignore = (label == self.ignore_label).astype(p.dtype)
            num -= np.sum(ignore)
            p = p * (1 - ignore) + ignore
        loss = 0. - np.sum(np.log(np.maximum(1e-10, p)))
        num += p.size
        self._sum_metric += loss
        self._num_inst += num

    def eval(self):
        if self._num_inst == 0:
            raise RuntimeError("The 'Perplexity' can not be calculated, because the number of samples is 0, please "
                               "check whether the update method has been called before calling eval method.")
        return math.exp(self._sum_metric / self._num_inst)


class CosineSimilarity(Metric):
    def __init__(self, similarity="cosine", reduction="none", zero_diagonal=True):
        super().__init__()
        if similarity not in ("dot", "cosine"):
            raise ValueError(f"For 'CosineSimilarity', the argument 'similarity' must be in ['dot', 'cosine'], "
                             f"but got {similarity}.")
        if reduction not in ("none", "sum", "mean"):
            raise ValueError(f"For 'CosineSimilarity', the argument 'reduction' must be in ['none', 'sum', "
                             f"'mean'], but got {reduction}.")
        _check_bool("zero_diagonal", zero_diagonal, "CosineSimilarity")
        self.similarity = similarity
        self.reduction = reduction
        self.zero_diagonal = zero_diagonal
        self.clear()

    def clear(self):
        self.sqr_mtx_res = 0
        self._is_update = False

    def update(self, *inputs):
        data = self._convert_data(self._pick(inputs)[0])
        if self.similarity == "cosine":
            data = data / np.expand_dims(np.linalg.norm(data, ord=2, axis=1), 1)
        self.sqr_mtx_res = np.dot(data, data.transpose(1, 0))
        self._is_update = True

    def eval(self):
        if not self._is_update:
            raise RuntimeError("Please call the 'update' method before calling 'eval' method.")
        if self.zero_diagonal:
            np.fill_diagonal(self.sqr_mtx_res, 0)
        if self.reduction == "mean":
            self.sqr_mtx_res = np.mean(self.sqr_mtx_res, axis=-1)
        if self.reduction == "sum":
            self.sqr_mtx_res = np.sum(self.sqr_mtx_res, axis=-1)
        return self.sqr_mtx_res


for _c, _m in ((Precision, "precision"), (Recall, "recall"), (Fbeta, "fbeta"), (F1, "fbeta"), (Dice, "dice"),
               (Perplexity, "perplexity"), (CosineSimilarity, "cosine_similarity")):
    _c.__module__ = "mindspore.train.metrics." + _m
del _c, _m
_NAMES.update({"precision": Precision, "recall": Recall, "F1": F1, "dice": Dice, "perplexity": Perplexity,
               "cosine_similarity": CosineSimilarity})

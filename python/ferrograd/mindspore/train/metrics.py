"""mindspore.train metrics: Metric, Accuracy, MAE, MSE, Loss, Top1/Top5CategoricalAccuracy, Precision,
Recall (MindSpore's numpy formulas)."""
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


from ._metrics4 import CosineSimilarity, Dice, F1, Fbeta, Perplexity, Precision, Recall  # noqa: E402,F401

_NAMES.update({"precision": Precision, "recall": Recall, "F1": F1, "dice": Dice, "perplexity": Perplexity,
               "cosine_similarity": CosineSimilarity})

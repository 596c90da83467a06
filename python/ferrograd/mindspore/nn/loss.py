"""mindspore.nn losses."""
from ... import _core
from .. import _losses
from .._tensor import Parameter, Tensor, _mean, _sum
from ..ops import functional as F
from .cell import Cell

_CT = _core.Tensor


class LossBase(Cell):
    def __init__(self, reduction="mean"):
        super().__init__()
        if reduction not in ("mean", "sum", "none"):
            raise ValueError(f"For '{type(self).__name__}', the 'reduction' must be in ['mean', 'sum', 'none'], "
                             f"but got {reduction}.")
        self.reduction = reduction
        self.average = reduction == "mean"
        self.reduce = reduction != "none"

    def get_axis(self, x):
        return tuple(range(x.ndim))

    def get_loss(self, x, weights=1.0):
        if isinstance(weights, _CT) or weights != 1.0:
            x = x * weights
        if self.reduce and self.average:
            return _mean(x)
        if self.reduce:
            return _sum(x)
        return x

    def construct(self, logits, labels):
        raise NotImplementedError


Loss = LossBase


class MSELoss(LossBase):
    def construct(self, logits, labels):
        d = logits - labels
        return self.get_loss(d * d)


class L1Loss(LossBase):
    def construct(self, logits, labels):
        return self.get_loss((logits - labels).abs())


class SmoothL1Loss(LossBase):
    def __init__(self, beta=1.0, reduction="none"):
        super().__init__(reduction)
        self.beta = beta

    def construct(self, logits, labels):
        d = (logits - labels).abs()
        loss = _core.where_(d < self.beta, d * d * (0.5 / self.beta), d - 0.5 * self.beta)
        return self.get_loss(loss)


class BCEWithLogitsLoss(LossBase):
    def __init__(self, reduction="mean", weight=None, pos_weight=None):
        super().__init__(reduction)
        if isinstance(weight, Parameter):
            raise TypeError("For 'BCEWithLogitsLoss', the 'weight' can not be a Parameter.")
        if isinstance(pos_weight, Parameter):
            raise TypeError("For 'BCEWithLogitsLoss', the 'pos_weight' can not be a Parameter.")
        self.weight = weight
        self.pos_weight = pos_weight

    def construct(self, logits, labels):
        return F.binary_cross_entropy_with_logits(logits, labels, self.weight, self.pos_weight, self.reduction)


class BCELoss(LossBase):
    def __init__(self, weight=None, reduction="mean"):
        super().__init__(reduction)
        self.weight = weight

    def construct(self, logits, labels):
        return F.binary_cross_entropy(logits, labels, self.weight, self.reduction)


class CrossEntropyLoss(LossBase):
    def __init__(self, weight=None, ignore_index=-100, reduction="mean", label_smoothing=0.0):
        super().__init__(reduction)
        self.weight = weight
        self.ignore_index = ignore_index
        self.label_smoothing = label_smoothing

    def construct(self, logits, labels):
        if labels.ndim != logits.ndim and labels._dtype_name != "int32":
            raise TypeError(f"For 'CrossEntropyLoss', the 'labels' should be Int32, but got '{labels.dtype!r}'.")
        return F.cross_entropy(logits, labels, self.weight, self.ignore_index, self.reduction,
                               self.label_smoothing)


class NLLLoss(LossBase):
    def __init__(self, weight=None, ignore_index=-100, reduction="mean"):
        super().__init__(reduction)
        self.weight = weight
        self.ignore_index = ignore_index

    def construct(self, logits, labels):
        return F.nll_loss(logits, labels, self.weight, self.ignore_index, self.reduction)


class SoftmaxCrossEntropyWithLogits(LossBase):
    def __init__(self, sparse=False, reduction="none"):
        super().__init__(reduction)
        self.sparse = sparse

    def construct(self, logits, labels):
        if self.sparse:
            if self.reduction == "mean":
                # MindSpore routes this case to the fused SparseSoftmaxCrossEntropyWithLogits
                return _losses.sparse_softmax_ce(logits, labels)
            labels = F.one_hot(labels, logits.shape[-1], 1.0, 0.0)
            if labels._dtype_name != logits._dtype_name:
                labels = labels._cast(logits._dtype_name)
        x = _losses.softmax_ce_dense(logits, labels)
        return self.get_loss(x)

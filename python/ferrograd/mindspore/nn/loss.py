# mindspore.nn losses (MindSpore's nn/loss/loss.py).
from ... import _core
from ..._lazy import np
from .. import _losses
from .._tensor import Parameter, Tensor, _mean, _sum  # noqa: F401
from ..ops import _nn_func as NF
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


class HuberLoss(LossBase):
    def __init__(self, reduction="mean", delta=1.0):
        super().__init__(reduction)
        self.reduction = reduction
        self.delta = delta

    def construct(self, logits, labels):
        return NF.huber_loss(logits, labels, self.reduction, self.delta)


class KLDivLoss(LossBase):
    def __init__(self, reduction="mean"):
        super().__init__()
        self.reduction = reduction

    def construct(self, logits, labels):
        return NF.kl_div(logits, labels, self.reduction)


class MAELoss(LossBase):
    def construct(self, logits, label):
        return self.get_loss((logits - label).abs())


class RMSELoss(LossBase):
    def __init__(self):
        super().__init__()
        self.MSELoss = MSELoss()

    def construct(self, logits, label):
        return F.sqrt(self.MSELoss(logits, label))


class CosineEmbeddingLoss(LossBase):
    def __init__(self, margin=0.0, reduction="mean"):
        super().__init__(reduction)
        if not isinstance(margin, float):
            raise TypeError(f"For '{type(self).__name__}', the type of 'margin' must be 'float', "
                            f"but got '{type(margin).__name__}'.")
        if not -1.0 <= margin <= 1.0:
            raise ValueError(f"For '{type(self).__name__}', the 'margin' must be in range of [-1.0, 1.0], "
                             f"but got {margin} with type 'float'.")
        self.margin = margin

    def construct(self, logits_x1, logits_x2, labels):
        prod_sum = F.reduce_sum(logits_x1 * logits_x2, (1,))
        square1 = F.reduce_sum(logits_x1 * logits_x1, (1,))
        square2 = F.reduce_sum(logits_x2 * logits_x2, (1,))
        cosine = prod_sum / (F.sqrt(square1) * F.sqrt(square2))
        pos_value = 1.0 - cosine
        neg_value = (cosine - self.margin).clamp(0.0, None)
        zeros = _core.full_like(cosine, 0)
        pos_part = _core.where_(labels == 1, pos_value, zeros)
        neg_part = _core.where_(labels == -1, neg_value, zeros)
        return self.get_loss(pos_part + neg_part)





class MarginRankingLoss(LossBase):
    def __init__(self, margin=0.0, reduction="mean"):
        super().__init__(reduction)
        self.margin = margin

    def construct(self, input1, input2, target):
        return NF.margin_ranking_loss(input1, input2, target, self.margin, self.reduction)


class MultiLabelSoftMarginLoss(LossBase):
    def __init__(self, weight=None, reduction="mean"):
        super().__init__(reduction)
        self.weight = weight

    def construct(self, x, target):
        return NF.multilabel_soft_margin_loss(x, target, self.weight, self.reduction)


class TripletMarginLoss(LossBase):
    def __init__(self, p=2, swap=False, eps=1e-06, reduction="mean", margin=1.0):
        super().__init__(reduction)
        self.p, self.swap, self.eps, self.margin = p, swap, eps, margin

    def construct(self, x, positive, negative, margin=1.0):
        return NF.triplet_margin_loss(x, positive, negative, self.margin, self.p, self.eps, self.swap,
                                     self.reduction)


class HingeEmbeddingLoss(LossBase):
    def __init__(self, margin=1.0, reduction="mean"):
        super().__init__(reduction)
        self.margin = margin

    def construct(self, logits, labels):
        return NF.hinge_embedding_loss(logits, labels, self.margin, self.reduction)


class PoissonNLLLoss(LossBase):
    def __init__(self, log_input=True, full=False, eps=1e-08, reduction="mean"):
        super().__init__(reduction)
        self.log_input, self.full, self.eps = log_input, full, eps

    def construct(self, input, target):
        if self.log_input:
            loss = F.exp(input) - target * input
        else:
            loss = input - target * F.log(input + self.eps)
        if self.full:
            t = target
            st = t * F.log(t) - t + 0.5 * F.log(t * (2 * np.pi))
            loss = loss + _core.where_(t > 1, st, _core.full_like(st.detach(), 0))
        return self.get_loss(loss)


class GaussianNLLLoss(LossBase):
    def __init__(self, *, full=False, eps=1e-06, reduction="mean"):
        super().__init__(reduction)
        self.full, self.eps = full, eps

    def construct(self, logits, labels, var):
        return NF.gaussian_nll_loss(logits, labels, var, self.full, self.eps, self.reduction)


class FocalLoss(LossBase):
    def __init__(self, weight=None, gamma=2.0, reduction="mean"):
        super().__init__(reduction)
        _check_float("FocalLoss", "gamma", gamma)
        self.gamma = float(gamma)
        self.weight = weight

    def construct(self, logits, labels):
        if logits.ndim != labels.ndim:
            raise ValueError(f"For 'FocalLoss', the dimension of 'logits' and 'labels' must be equal, but got "
                             f"{logits.ndim} and {labels.ndim}.")
        n, c = logits.shape[0], logits.shape[1]
        one = labels.shape[1] == 1
        if logits.ndim > 2:
            x = logits.reshape(n, c, -1)
            lab = labels.reshape(labels.shape[0], labels.shape[1], -1)
        else:
            x, lab = logits.unsqueeze(2), labels.unsqueeze(2)
        logp = F.log_softmax(x, 1)
        if one:
            idx = lab._cast("int64")
            logp = logp.gather(1, idx).squeeze(1)
        p = F.exp(logp)
        if self.weight is not None:
            w = self.weight.reshape(1, -1, 1).broadcast_to((lab.shape[0], c, lab.shape[2]))
            if one:
                w = w.gather(1, lab._cast("int64")).squeeze(1)
            logp = logp * w
        wt = F.pow(-1 * p + 1.0, self.gamma)
        if one:
            loss = _mean(-1 * wt * logp, 1)
        else:
            loss = _mean(-1 * wt * lab * logp, -1)
        return self.get_loss(loss)


class DiceLoss(LossBase):
    def __init__(self, smooth=1e-05):
        super().__init__()
        _check_float("DiceLoss", "smooth", smooth)
        self.smooth = smooth

    def construct(self, logits, label):
        if tuple(logits.shape) != tuple(label.shape):
            raise ValueError(f"For 'DiceLoss', the 'logits_shape' should be = label_shape: {tuple(label.shape)}, but "
                             f"got {tuple(logits.shape)}.")
        lg, lb = logits.reshape(-1), label.reshape(-1)
        inter = _sum(lg * lb)
        union = _sum(lg * lg) + _sum(lb * lb)
        return 1 - (2 * inter) / (union + self.smooth)


class MultiClassDiceLoss(LossBase):
    def __init__(self, weights=None, ignore_indiex=None, activation="softmax"):
        super().__init__()
        self.weights = weights
        self.ignore_indiex = ignore_indiex
        self.activation = activation
        self.binary = DiceLoss()

    def construct(self, logits, label):
        x = logits
        if self.activation == "softmax":
            x = F.softmax(x, 1)
        elif self.activation == "sigmoid":
            x = F.sigmoid(x)
        total = 0
        c = label.shape[1]
        for i in range(c):
            if i == self.ignore_indiex:
                continue
            d = self.binary(x[:, i], label[:, i])
            if self.weights is not None:
                d = d * self.weights[i]
            total = total + d
        return total / c


class MultiMarginLoss(LossBase):
    def __init__(self, p=1, margin=1.0, reduction="mean", weight=None):
        super().__init__(reduction)
        if p not in (1, 2):
            raise ValueError(f"For 'MultiMarginLoss', the 'p' must be 1 or 2, but got {p}.")
        self.p, self.margin, self.weight = p, margin, weight

    def construct(self, x, target, weight=None):
        return NF.multi_margin_loss(x, target, self.p, self.margin, weight if weight is not None else self.weight,
                                   self.reduction)


# names from the sibling modules (imported last: they import each other)


from ._basic import _check_float  # noqa: E402

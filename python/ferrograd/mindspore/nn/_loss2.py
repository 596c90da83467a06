"""More mindspore.nn losses: HuberLoss, KLDivLoss, MAELoss, RMSELoss, CosineEmbeddingLoss."""
from ... import _core
from ..ops import _extra as X
from ..ops import functional as F
from .loss import LossBase, MSELoss


class HuberLoss(LossBase):
    def __init__(self, reduction="mean", delta=1.0):
        super().__init__(reduction)
        self.reduction = reduction
        self.delta = delta

    def construct(self, logits, labels):
        return X.huber_loss(logits, labels, self.reduction, self.delta)


class KLDivLoss(LossBase):
    def __init__(self, reduction="mean"):
        super().__init__()
        self.reduction = reduction

    def construct(self, logits, labels):
        return X.kl_div(logits, labels, self.reduction)


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

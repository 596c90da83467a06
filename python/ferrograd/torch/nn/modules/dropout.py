# Dropout modules and the feature/alpha dropout functions (torch's RNG draws).
__all__ = ["Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "FeatureAlphaDropout"]
import math

from .... import _core
from .. import functional as F
from .module import Module


class _DropoutNd(Module):
    __constants__ = ["p", "inplace"]

    def __init__(self, p=0.5, inplace=False):
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p = p
        self.inplace = inplace

    def extra_repr(self):
        return f"p={self.p}, inplace={self.inplace}"


class Dropout(_DropoutNd):
    def forward(self, input):
        return F.dropout(input, self.p, self.training, self.inplace)


# ---- dropout variants ----
def _feature_dropout(input, p, training, batched_dims):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0.0:
        return input
    from ... import _random

    unbatched = input.dim() == batched_dims - 1
    x = input.unsqueeze(0) if unbatched else input
    shape = list(x.shape[:2]) + [1] * (x.dim() - 2)
    noise = _random.bernoulli_(_core.zeros(*shape, dtype=x.dtype, tag=0), 1.0 - p)
    noise = noise / (1.0 - p) if p < 1.0 else noise
    out = x * noise
    return out.squeeze(0) if unbatched else out


def dropout1d(input, p=0.5, training=True, inplace=False):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"dropout1d: Expected 2D or 3D input, but received a {input.dim()}D input. Note that "
                           "dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a "
                           "channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).")
    return _feature_dropout(input, p, training, 3)


def dropout2d(input, p=0.5, training=True, inplace=False):
    if input.dim() not in (3, 4):
        import warnings

        warnings.warn(f"dropout2d: Received a {input.dim()}-D input to dropout2d, which is deprecated and will result "
                      "in an error in a future release. To retain the behavior and silence this warning, please use "
                      "dropout instead. Note that dropout2d exists to provide channel-wise dropout on inputs with 2 "
                      "spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D "
                      "inputs).", stacklevel=2)
    return _feature_dropout(input, p, training, 4)


def dropout3d(input, p=0.5, training=True, inplace=False):
    return _feature_dropout(input, p, training, 5)


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0.0:
        return input
    from ... import _random

    alpha = 1.7580993408473766
    a = 1.0 / math.sqrt((alpha * alpha * p + 1) * (1 - p))
    noise = _random.bernoulli_(_core.full_like(input.detach(), 0.0, None, False), 1.0 - p)
    b = (noise - 1) * (alpha * a) + alpha * a * p
    noise = noise * a
    return input * noise + b


def feature_alpha_dropout(input, p=0.5, training=False, inplace=False):
    if not training or p == 0.0:
        return input
    from ... import _random

    alpha = 1.7580993408473766
    a = 1.0 / math.sqrt((alpha * alpha * p + 1) * (1 - p))
    shape = list(input.shape[:2]) + [1] * (input.dim() - 2)
    noise = _random.bernoulli_(_core.zeros(*shape, dtype=input.dtype, tag=0), 1.0 - p)
    b = (noise - 1) * (alpha * a) + alpha * a * p
    return input * (noise * a) + b


class Dropout1d(_DropoutNd):
    def forward(self, input):
        return dropout1d(input, self.p, self.training)


class Dropout2d(_DropoutNd):
    def forward(self, input):
        return dropout2d(input, self.p, self.training)


class Dropout3d(_DropoutNd):
    def forward(self, input):
        return dropout3d(input, self.p, self.training)


class AlphaDropout(_DropoutNd):
    def forward(self, input):
        return alpha_dropout(input, self.p, self.training)


class FeatureAlphaDropout(_DropoutNd):
    def forward(self, input):
        return F.feature_alpha_dropout(input, self.p, self.training)

# mindspore.nn.learning_rate_schedule: the LearningRateSchedule cells.
from ._lr import (  # noqa: F401
    CosineDecayLR, ExponentialDecayLR, InverseDecayLR, LearningRateSchedule, NaturalExpDecayLR, PolynomialDecayLR,
    WarmUpLR,
)

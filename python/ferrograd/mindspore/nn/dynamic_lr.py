# mindspore.nn.dynamic_lr: learning-rate lists computed ahead of training.
from ._lr import (  # noqa: F401
    cosine_decay_lr, exponential_decay_lr, inverse_decay_lr, natural_exp_decay_lr, piecewise_constant_lr,
    polynomial_decay_lr, warmup_lr,
)

"""mindspore.nn: Cell, layers, losses and optimizers."""
from .cell import Cell, GraphCell  # noqa: F401
from .layers import (  # noqa: F401
    CellDict, CellList, Dense, Dropout, ELU, GELU, Flatten, Identity, LeakyReLU, Linear, LogSoftmax, ReLU, ReLU6,
    SequentialCell, SiLU, Sigmoid, Softmax, Softplus, Tanh, get_activation,
)
from .loss import (  # noqa: F401
    BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, L1Loss, Loss, LossBase, MSELoss, NLLLoss, SmoothL1Loss,
    SoftmaxCrossEntropyWithLogits,
)
from .optim import SGD, Adam, AdamWeightDecay, Momentum, Optimizer  # noqa: F401
from .wrap import TrainOneStepCell, WithLossCell  # noqa: F401
from .._tensor import Parameter  # noqa: F401

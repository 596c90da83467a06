"""mindspore.nn: Cell, layers, losses and optimizers."""
from .cell import Cell, GraphCell  # noqa: F401
from .layers import (  # noqa: F401
    CellDict, CellList, Dense, Dropout, ELU, GELU, Flatten, Identity, LeakyReLU, Linear, LogSoftmax, ReLU, ReLU6,
    SequentialCell, SiLU, Sigmoid, Softmax, Softplus, Tanh, get_activation,
)
from .loss import (  # noqa: F401
    BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, L1Loss, LossBase, MSELoss, NLLLoss, SmoothL1Loss,
    SoftmaxCrossEntropyWithLogits,
)
from .optim import SGD, Adam, AdamWeightDecay, Momentum, Optimizer  # noqa: F401
from .wrap import TrainOneStepCell, WithEvalCell, WithLossCell  # noqa: F401
from ._conv import (  # noqa: F401
    AdaptiveAvgPool1d, AdaptiveAvgPool2d, AvgPool1d, AvgPool2d, Conv1d, Conv2d, Conv2dTranspose, MaxPool1d,
    MaxPool2d,
)
from ._norm import BatchNorm1d, BatchNorm2d, GroupNorm, LayerNorm  # noqa: F401
from ._misc import (  # noqa: F401
    CELU, ConstantPad2d, Embedding, HSigmoid, HSwish, Hardtanh, LogSigmoid, Mish, PReLU, SeLU, Softsign, Unflatten,
    ZeroPad2d,
)
from .._tensor import Parameter  # noqa: F401
from ._lr import (  # noqa: F401,E402
    CosineDecayLR, ExponentialDecayLR, InverseDecayLR, LearningRateSchedule, NaturalExpDecayLR, PolynomialDecayLR,
    WarmUpLR, cosine_decay_lr, exponential_decay_lr, inverse_decay_lr, natural_exp_decay_lr, piecewise_constant_lr,
    polynomial_decay_lr, warmup_lr,
)
from ._loss2 import CosineEmbeddingLoss, HuberLoss, KLDivLoss, MAELoss, RMSELoss  # noqa: F401,E402
from ._optim2 import Adagrad, RMSProp  # noqa: F401,E402
from ._gaps4 import *  # noqa: F401,F403,E402
from ._optim4 import ASGD, FTRL, AdaMax, Adadelta, LazyAdam, ProximalAdagrad, Rprop  # noqa: F401,E402


_LAZY = {n: "._rnn" for n in ("GRU", "GRUCell", "LSTM", "LSTMCell", "RNN", "RNNCell", "RNNCellBase")}
# nn.Accuracy, nn.Loss, ... are mindspore.train's metrics (nn.Loss is the metric; losses derive from LossBase)
_LAZY.update({n: "..train.metrics" for n in ("MAE", "MSE", "Accuracy", "Loss", "Metric", "Top1CategoricalAccuracy",
                                               "Top5CategoricalAccuracy", "TopKCategoricalAccuracy", "get_metric_fn",
                                               "get_metrics", "Precision", "Recall", "F1", "Fbeta", "Dice",
                                               "Perplexity", "CosineSimilarity")})


def __getattr__(name):
    # the recurrent layers load on first use (keeps `import mindspore` fast)
    if name in ("learning_rate_schedule", "dynamic_lr", "probability"):
        import importlib

        return importlib.import_module("." + name, __name__)
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'mindspore.nn' has no attribute '{name}'")



# loss scaling cells (mindspore/_lossscale4.py), loaded on first use
_LAZY.update({n: ".._lossscale4" for n in ("DynamicLossScaleUpdateCell", "FixedLossScaleUpdateCell",
                                            "TrainOneStepWithLossScaleCell")})
_LAZY.update({n: "._transformer" for n in ("MultiheadAttention", "TransformerEncoderLayer", "TransformerDecoderLayer",
                                           "TransformerEncoder", "TransformerDecoder", "Transformer")})

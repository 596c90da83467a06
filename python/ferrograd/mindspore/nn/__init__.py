# mindspore.nn: Cell, layers, losses and optimizers.
from .cell import Cell, GraphCell  # noqa: F401
from .layers import (  # noqa: F401
    CellDict, CellList, Dense, Dropout, ELU, GELU, Flatten, Identity, LeakyReLU, Linear, LogSoftmax, ReLU, ReLU6,
    SequentialCell, SiLU, Sigmoid, Softmax, Tanh, get_activation, BiDense,
)
from .loss import (  # noqa: F401
    BCELoss, BCEWithLogitsLoss, CosineEmbeddingLoss, CrossEntropyLoss, HuberLoss, KLDivLoss, L1Loss, LossBase,
    MAELoss, MSELoss, NLLLoss, RMSELoss, SmoothL1Loss, SoftmaxCrossEntropyWithLogits,
)
from .optim import (  # noqa: F401
    ASGD, FTRL, SGD, AdaMax, Adadelta, Adagrad, Adam, AdamWeightDecay, LazyAdam, Momentum, Optimizer,
    ProximalAdagrad, RMSProp, Rprop,
)
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
    CosineDecayLR, ExponentialDecayLR, InverseDecayLR, NaturalExpDecayLR, PolynomialDecayLR,
    WarmUpLR, cosine_decay_lr, exponential_decay_lr, inverse_decay_lr, natural_exp_decay_lr, piecewise_constant_lr,
    polynomial_decay_lr, warmup_lr,
)
from ._basic import *  # noqa: F401,F403,E402
from ._activation import *  # noqa: F401,F403,E402
from ._padding import *  # noqa: F401,F403,E402
from ._pooling import *  # noqa: F401,F403,E402
from ._math import *  # noqa: F401,F403,E402
from ._image import *  # noqa: F401,F403,E402
from .loss import (  # noqa: F401,E402
    DiceLoss, FocalLoss, GaussianNLLLoss, HingeEmbeddingLoss, MarginRankingLoss, MultiClassDiceLoss,
    MultiLabelSoftMarginLoss, MultiMarginLoss, PoissonNLLLoss, TripletMarginLoss,
)
from .wrap import ForwardValueAndGrad, WithGradCell  # noqa: F401,E402
from ._norm import LRN, BatchNorm3d  # noqa: F401,E402
from ._misc import EmbeddingLookup  # noqa: F401,E402


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



# loss scaling cells (mindspore/_loss_scale.py), loaded on first use
_LAZY.update({n: ".._loss_scale" for n in ("DynamicLossScaleUpdateCell", "FixedLossScaleUpdateCell",
                                            "TrainOneStepWithLossScaleCell")})
_LAZY.update({n: "._transformer" for n in ("MultiheadAttention", "TransformerEncoderLayer", "TransformerDecoderLayer",
                                           "TransformerEncoder", "TransformerDecoder", "Transformer")})

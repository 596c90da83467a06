from .container import ModuleDict, ModuleList, Sequential  # noqa: F401
from .layers import *  # noqa: F401,F403
from .layers import _Loss, _WeightedLoss  # noqa: F401
from .module import Module  # noqa: F401
from .extra import *  # noqa: F401,F403

# loaded on first use (import-time budget)
_LAZY = {
    "rnn": ("RNNBase", "RNN", "LSTM", "GRU", "RNNCellBase", "RNNCell", "LSTMCell", "GRUCell"),
    "conv1d": ("Conv1d", "MaxPool1d", "AvgPool1d", "AdaptiveAvgPool1d", "AdaptiveMaxPool1d"),
    "convtranspose": ("ConvTranspose1d", "ConvTranspose2d", "Fold", "Unfold", "MaxUnpool1d", "MaxUnpool2d"),
    "transformer": ("MultiheadAttention", "TransformerEncoderLayer", "TransformerEncoder", "TransformerDecoderLayer",
                    "TransformerDecoder", "Transformer"),
    "more": ("Hardtanh", 'SELU', 'CELU', 'GLU', 'LogSigmoid', 'Softsign', 'Tanhshrink', 'Threshold', 'Hardshrink', 'Softshrink', 'PReLU', 'RReLU', 'Softmax2d', 'GroupNorm', 'InstanceNorm1d', 'InstanceNorm2d', 'ZeroPad1d', 'ZeroPad2d', 'ConstantPad1d', 'ConstantPad2d', 'ReflectionPad1d', 'ReflectionPad2d', 'ReplicationPad1d', 'ReplicationPad2d', 'PixelShuffle', 'PixelUnshuffle', 'AdaptiveMaxPool2d', 'Upsample', 'UpsamplingNearest2d', 'UpsamplingBilinear2d', 'EmbeddingBag', 'Dropout1d', 'Dropout2d', 'Dropout3d', 'AlphaDropout', 'MarginRankingLoss', 'HingeEmbeddingLoss', 'SoftMarginLoss', 'CosineEmbeddingLoss', 'TripletMarginLoss', 'MultiLabelSoftMarginLoss', 'PoissonNLLLoss', 'GaussianNLLLoss'),
    "more2": ("RMSNorm", "LocalResponseNorm", "CrossMapLRN2d", "LPPool1d", "LPPool2d", "LPPool3d", "MultiMarginLoss",
              "MultiLabelMarginLoss", "TripletMarginWithDistanceLoss", "FeatureAlphaDropout", "Conv3d", "MaxPool3d",
              "AvgPool3d", "AdaptiveAvgPool3d", "AdaptiveMaxPool3d", "BatchNorm3d", "InstanceNorm3d", "ConstantPad3d",
              "ZeroPad3d", "ReflectionPad3d", "ReplicationPad3d", "CircularPad1d", "CircularPad2d", "CircularPad3d",
              "ChannelShuffle", "LazyLinear", "LazyConv1d", "LazyConv2d", "LazyConv3d", "LazyBatchNorm1d",
              "LazyBatchNorm2d", "LazyBatchNorm3d", "LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d",
              "UninitializedParameter", "UninitializedBuffer", "ConvTranspose3d",
              "AdaptiveLogSoftmaxWithLoss", "FractionalMaxPool2d"),
    "ctc": ("CTCLoss", "NLLLoss2d"),
}
_LAZY_NAMES = {n: m for m, names in _LAZY.items() for n in names}


def __getattr__(name):
    mod = _LAZY_NAMES.get(name)
    if mod is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module("." + mod, __name__), name)
    globals()[name] = value
    return value

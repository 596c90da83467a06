from .activation import *  # noqa: F401,F403
from .batchnorm import *  # noqa: F401,F403
from .container import *  # noqa: F401,F403
from .conv import *  # noqa: F401,F403
from .distance import *  # noqa: F401,F403
from .dropout import *  # noqa: F401,F403
from .flatten import *  # noqa: F401,F403
from .linear import *  # noqa: F401,F403
from .loss import *  # noqa: F401,F403
from .loss import _Loss, _WeightedLoss  # noqa: F401
from .module import Module  # noqa: F401
from .normalization import *  # noqa: F401,F403
from .pooling import *  # noqa: F401,F403
from .sparse import *  # noqa: F401,F403

# the classes (not the submodules: nn.utils must stay torch.nn.utils)
__all__ = [n for n, v in globals().items() if n[0] != "_" and isinstance(v, type)]

# loaded on first use (import-time budget)
_LAZY = {
    "rnn": "RNNBase RNN LSTM GRU RNNCellBase RNNCell LSTMCell GRUCell",
    "convtranspose": "ConvTranspose1d ConvTranspose2d ConvTranspose3d Fold Unfold MaxUnpool1d MaxUnpool2d",
    "transformer": "MultiheadAttention TransformerEncoderLayer TransformerEncoder TransformerDecoderLayer "
                   "TransformerDecoder Transformer",
    "instancenorm": "InstanceNorm1d InstanceNorm2d InstanceNorm3d",
    "padding": "ZeroPad1d ZeroPad2d ZeroPad3d ConstantPad1d ConstantPad2d ConstantPad3d ReflectionPad1d "
               "ReflectionPad2d ReflectionPad3d ReplicationPad1d ReplicationPad2d ReplicationPad3d CircularPad1d "
               "CircularPad2d CircularPad3d",
    "pixelshuffle": "PixelShuffle PixelUnshuffle",
    "upsampling": "Upsample UpsamplingNearest2d UpsamplingBilinear2d",
    "channelshuffle": "ChannelShuffle",
    "lazy": "LazyLinear LazyConv1d LazyConv2d LazyConv3d LazyBatchNorm1d LazyBatchNorm2d LazyBatchNorm3d "
            "LazyInstanceNorm1d LazyInstanceNorm2d LazyInstanceNorm3d UninitializedParameter UninitializedBuffer",
    "adaptive": "AdaptiveLogSoftmaxWithLoss",
    "ctc": "CTCLoss NLLLoss2d",
}
_LAZY_NAMES = {n: m for m, names in _LAZY.items() for n in names.split()}


def __getattr__(name):
    import importlib

    mod = _LAZY_NAMES.get(name)
    if mod is None:
        try:  # a submodule (torch.nn.modules.padding ...)
            return importlib.import_module("." + name, __name__)
        except ModuleNotFoundError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module("." + mod, __name__), name)
    globals()[name] = value
    return value

# torch.optim: Optimizer, SGD, Adam, AdamW, RMSprop (others load on first use).
from . import lr_scheduler  # noqa: F401
from .adam import Adam  # noqa: F401
from .adamw import AdamW  # noqa: F401
from .optimizer import Optimizer  # noqa: F401
from .rmsprop import RMSprop  # noqa: F401
from .sgd import SGD  # noqa: F401

_LAZY = {"Adadelta": "adadelta", "Adagrad": "adagrad", "Adamax": "adamax", "NAdam": "nadam", "Rprop": "rprop",
         "RAdam": "radam", "ASGD": "asgd", "LBFGS": "lbfgs", "Adafactor": "adafactor", "SparseAdam": "sparse_adam"}


def __getattr__(name):
    import importlib

    if name in _LAZY:
        value = getattr(importlib.import_module("." + _LAZY[name], __name__), name)
        globals()[name] = value
        return value
    if name == "swa_utils":
        return importlib.import_module(".swa_utils", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""torch.optim: Optimizer, SGD, Adam, AdamW, RMSprop."""
from . import lr_scheduler  # noqa: F401
from .adam import Adam, AdamW  # noqa: F401
from .optimizer import Optimizer  # noqa: F401
from .rmsprop import RMSprop  # noqa: F401
from .sgd import SGD  # noqa: F401


def __getattr__(name):
    if name in ("Adadelta", "Adagrad", "Adamax", "NAdam"):
        from . import extra

        value = getattr(extra, name)
        globals()[name] = value
        return value
    if name in ("Rprop", "RAdam", "ASGD", "LBFGS"):
        from . import extra2

        value = getattr(extra2, name)
        globals()[name] = value
        return value
    if name in ("Adafactor", "SparseAdam"):
        from . import adafactor

        value = getattr(adafactor, name)
        globals()[name] = value
        return value
    if name == "swa_utils":
        import importlib

        return importlib.import_module(".swa_utils", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

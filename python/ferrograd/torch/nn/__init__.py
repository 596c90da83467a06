# torch.nn: Module, Parameter, layers, losses, functional and init.
from . import functional, init  # noqa: F401
from .modules import *  # noqa: F401,F403
from .modules import Module, ModuleDict, ModuleList, Sequential  # noqa: F401
from .parameter import Buffer, Parameter  # noqa: F401
from . import utils  # noqa: E402,F401


def __getattr__(name):
    if name in ("attention", "grad"):
        import importlib

        return importlib.import_module("." + name, __name__)
    from . import modules

    if name in modules._LAZY_NAMES:
        value = getattr(modules, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

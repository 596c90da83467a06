# torch.utils (data loading).
from . import data  # noqa: F401


def __getattr__(name):
    if name in ("checkpoint", "hooks"):
        import importlib

        return importlib.import_module("." + name, __name__)
    raise AttributeError(f"module 'torch.utils' has no attribute '{name}'")

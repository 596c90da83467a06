"""tf.keras (Keras 2 / tf-keras semantics): optimizers and losses used by training scripts."""
from . import activations, backend, initializers, losses, metrics, optimizers, regularizers, utils  # noqa: F401


def __getattr__(name):
    # layers/models need tf.Module, defined after tf.keras is imported: loaded on first use
    if name in ("layers", "models", "Model", "Sequential", "Input", "metrics", "callbacks"):
        import importlib

        modname = {"Model": "models", "Sequential": "models", "Input": "layers"}.get(name, name)
        mod = importlib.import_module(f"{__name__}.{modname}")
        return mod if name == modname else getattr(mod, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__version__ = "2.21.0"

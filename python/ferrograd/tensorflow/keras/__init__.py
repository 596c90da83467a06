# tf.keras (Keras 2 / tf-keras semantics): optimizers and losses used by training scripts.
from . import activations, backend, initializers, losses, metrics, optimizers, regularizers, utils  # noqa: F401


def __getattr__(name):
    # layers/models need tf.Module, defined after tf.keras is imported: loaded on first use
    if name in ("layers", "models", "Model", "Sequential", "Input", "metrics", "callbacks"):
        import importlib

        modname = {"Model": "models", "Sequential": "models", "Input": "layers"}.get(name, name)
        mod = importlib.import_module(f"{__name__}.{modname}")
        return mod if name == modname else getattr(mod, name)
    if name == "saving":  # tf.keras.saving: the serialization names of utils and models
        import sys
        import types

        from . import models

        m = sys.modules[__name__ + ".saving"] = globals()["saving"] = types.ModuleType(__name__ + ".saving")
        for n in ("custom_object_scope deserialize_keras_object get_custom_objects get_registered_name "
                  "get_registered_object register_keras_serializable serialize_keras_object").split():
            setattr(m, n, getattr(utils, n))
        m.load_model, m.save_model = models.load_model, models.save_model
        return m
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__version__ = "2.21.0"

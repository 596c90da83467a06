# tf.saved_model save / load for tf.Module objects: ferrograd's own format (the pickled object, as
# keras' Model.save writes it), read back by ferrograd only. load returns TF's restored-object type, a
# _UserObject whose tf.functions (and variables, submodules) are those of the saved object.


class SaveOptions:
    def __init__(self, namespace_whitelist=None, save_debug_info=False, function_aliases=None,
                 experimental_io_device=None, experimental_variable_policy=None, experimental_custom_gradients=True,
                 experimental_image_format=False, experimental_skip_saver=False, experimental_sharding_callback=None,
                 extra_tags=None):
        self.experimental_custom_gradients = experimental_custom_gradients


class LoadOptions:
    def __init__(self, allow_partial_checkpoint=False, experimental_io_device=None,
                 experimental_skip_checkpoint=False, experimental_variable_policy=None,
                 experimental_load_function_aliases=False):
        pass


def save(obj, export_dir, signatures=None, options=None):
    from .keras import models, _saving  # noqa: F401 (models first: it loads layers, then _saving)

    _saving.model_save(obj, export_dir)


class _UserObject:
    pass


_UserObject.__module__ = "tensorflow.python.saved_model.load"
_UserObject.__qualname__ = "Loader._recreate_base_user_object.<locals>._UserObject"


def load(export_dir, tags=None, options=None):
    from ._misc import Function
    from .keras import models, _saving

    obj = _saving.load_model(export_dir)
    if isinstance(obj, models.Model):
        return obj
    fns = {k: v for c in reversed(type(obj).__mro__) for k, v in vars(c).items() if isinstance(v, Function)}
    cls = type("_UserObject", (_UserObject,), fns)
    cls.__module__, cls.__qualname__ = _UserObject.__module__, _UserObject.__qualname__
    r = object.__new__(cls)
    r.__dict__.update(obj.__dict__)
    return r

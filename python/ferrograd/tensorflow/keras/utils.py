# tf.keras.utils: to_categorical, set_random_seed, pad_sequences, timeseries_dataset_from_array, normalize,
# custom-object registration / (de)serialization, pack / unpack_x_y_sample_weight, Sequence.


def to_categorical(x, num_classes=None, dtype="float32"):
    import numpy as np

    y = np.asarray(x.numpy() if hasattr(x, "numpy") else x, dtype="int64")
    shape = y.shape
    if shape and shape[-1] == 1 and len(shape) > 1:
        shape = shape[:-1]
    y = y.reshape(-1)
    n = int(num_classes) if num_classes is not None else int(y.max()) + 1
    out = np.zeros((y.shape[0], n), dtype=dtype)
    out[np.arange(y.shape[0]), y] = 1
    return out.reshape(shape + (n,))


def set_random_seed(seed):
    import random

    import numpy as np

    from .. import random as tf_random
    from . import initializers

    initializers._SEED_GENERATOR["generator"] = random.Random(seed)
    random.seed(seed)
    np.random.seed(seed)
    tf_random.set_seed(seed)


def pad_sequences(sequences, maxlen=None, dtype="int32", padding="pre", truncating="pre", value=0.0):
    """keras.utils.pad_sequences: a numpy array (len(sequences), maxlen)."""
    import numpy as np

    if not hasattr(sequences, "__len__"):
        raise ValueError("`sequences` must be iterable.")
    lengths, sample_shape, flag = [], (), True
    for x in sequences:
        try:
            lengths.append(len(x))
            if flag and len(x):
                sample_shape = np.asarray(x).shape[1:]
                flag = False
        except TypeError as e:
            raise ValueError(f"`sequences` must be a list of iterables. Found non-iterable: {x}") from e
    if maxlen is None:
        maxlen = np.max(lengths) if lengths else 0
    x = np.full((len(sequences), maxlen) + sample_shape, value, dtype=dtype)
    for idx, s in enumerate(sequences):
        if not len(s):
            continue
        if truncating == "pre":
            trunc = s[-maxlen:]
        elif truncating == "post":
            trunc = s[:maxlen]
        else:
            raise ValueError(f'Truncating type "{truncating}" not understood')
        trunc = np.asarray(trunc, dtype=dtype)
        if padding == "post":
            x[idx, :len(trunc)] = trunc
        elif padding == "pre":
            x[idx, -len(trunc):] = trunc
        else:
            raise ValueError(f'Padding type "{padding}" not understood')
    return x


_GLOBAL_CUSTOM_OBJECTS = {}
_SCOPED = {}


def timeseries_dataset_from_array(data, targets, sequence_length, sequence_stride=1, sampling_rate=1,
                                  batch_size=128, shuffle=False, seed=None, start_index=None, end_index=None):
    """Windows data[start + i*stride : ... : sampling_rate] of `sequence_length` steps (targets[start] for
    each window), batched; shuffle draws the window order with numpy's default_rng(seed) as tf-keras does
    (tf.data's shuffle of the batches is not reproduced)."""
    import numpy as np

    from .. import data as tfdata
    from .._tensor import convert_to_tensor

    if start_index is None:
        start_index = 0
    if end_index is None:
        end_index = len(data)
    if sequence_length < 1 or sampling_rate < 1 or sequence_stride < 1:
        raise ValueError("`sequence_length`, `sampling_rate` and `sequence_stride` must be positive integers.")
    num_seqs = end_index - start_index - (sequence_length - 1) * sampling_rate
    if targets is not None:
        num_seqs = min(num_seqs, len(targets))
    start_positions = np.arange(0, max(num_seqs, 0), sequence_stride, dtype="int32")
    if shuffle:
        if seed is None:
            seed = np.random.randint(1e6)
        rng = np.random.default_rng(seed)
        rng.shuffle(start_positions)
    arr = data[start_index:end_index]
    arr_t = convert_to_tensor(np.asarray(arr) if not hasattr(arr, "numpy") else arr)
    tgt_t = None
    if targets is not None:
        tgt = targets[start_index:end_index]
        tgt_t = convert_to_tensor(np.asarray(tgt) if not hasattr(tgt, "numpy") else tgt)

    def gen():
        from .. import _ops

        for p in start_positions:
            idx = _ops.range(int(p), int(p) + sequence_length * sampling_rate, sampling_rate)
            x = _ops.gather(arr_t, idx)
            yield (x, tgt_t[int(p)]) if tgt_t is not None else x

    ds = tfdata.Dataset(gen, len(start_positions), "_MapDataset")
    if batch_size is not None:
        ds = ds.batch(batch_size)
    return ds


def normalize(x, axis=-1, order=2):
    import numpy as np

    from .._tensor import _T

    if isinstance(x, _T):
        from .. import _ops
        from .._linalg_ops import norm

        n = norm(x, ord=order, axis=axis, keepdims=True)
        return x / _ops.where(n == 0, _ops.ones_like(n), n)
    x = np.asarray(x)
    l2 = np.atleast_1d(np.linalg.norm(x, order, axis))
    l2[l2 == 0] = 1
    return x / np.expand_dims(l2, axis)


def get_custom_objects():
    return _GLOBAL_CUSTOM_OBJECTS


class CustomObjectScope:
    def __init__(self, *args):
        self.custom_objects = args
        self.backup = None

    def __enter__(self):
        # tf-keras keeps scoped objects apart from get_custom_objects() (a thread-local scope)
        self.backup = dict(_SCOPED)
        for objects in self.custom_objects:
            _SCOPED.update(objects)
        return self

    def __exit__(self, *args, **kwargs):
        _SCOPED.clear()
        _SCOPED.update(self.backup)


custom_object_scope = CustomObjectScope


def register_keras_serializable(package="Custom", name=None):
    def decorator(arg):
        class_name = name if name is not None else arg.__name__
        registered_name = package + ">" + class_name
        if isinstance(arg, type) and not hasattr(arg, "get_config"):
            raise ValueError("Cannot register a class that does not have a get_config() method.")
        _GLOBAL_CUSTOM_OBJECTS[registered_name] = arg
        arg._keras_registered_name = registered_name
        return arg

    return decorator


def get_registered_name(obj):
    return getattr(obj, "_keras_registered_name", getattr(obj, "__name__", type(obj).__name__))


def get_registered_object(name, custom_objects=None, module_objects=None):
    if name in _SCOPED:
        return _SCOPED[name]
    if name in _GLOBAL_CUSTOM_OBJECTS:
        return _GLOBAL_CUSTOM_OBJECTS[name]
    if custom_objects and name in custom_objects:
        return custom_objects[name]
    if module_objects and name in module_objects:
        return module_objects[name]
    return None


def serialize_keras_object(instance):
    if instance is None:
        return None
    if hasattr(instance, "get_config"):
        from . import layers

        mod = type(instance).__module__
        kind = mod.split(".")[-1].lstrip("_") if mod.startswith("ferrograd.tensorflow.keras") else mod
        if getattr(layers, type(instance).__name__, None) is type(instance):
            kind = "layers"
        return {"module": "keras." + kind if mod.startswith("ferrograd.") else mod,
                "class_name": type(instance).__name__,
                "config": {k: v.item() if hasattr(v, "item") and not hasattr(v, "numpy") else v
                           for k, v in instance.get_config().items()},
                "registered_name": getattr(instance, "_keras_registered_name", None)}
    if hasattr(instance, "__name__"):
        return instance.__name__
    raise TypeError(f"Cannot serialize object {instance} of type {type(instance)}. To be serializable, a class must "
                    f"implement the `get_config()` method.")


def deserialize_keras_object(config, custom_objects=None, safe_mode=True, **kwargs):
    if config is None or not isinstance(config, dict):
        if isinstance(config, str):
            obj = get_registered_object(config, custom_objects)
            if obj is not None:
                return obj
            from . import activations

            return activations.get(config)
        return config
    cls_name = config.get("registered_name") or config["class_name"]
    cls = get_registered_object(cls_name, custom_objects) or get_registered_object(config["class_name"],
                                                                                    custom_objects)
    if cls is None:
        from . import initializers, layers, losses, metrics, optimizers, regularizers

        for mod in (layers, initializers, regularizers, losses, metrics, optimizers):
            cls = getattr(mod, config["class_name"], None)
            if isinstance(cls, type):
                break
            cls = None
    if cls is None:
        raise TypeError(f"Could not locate class '{config['class_name']}'. Make sure custom classes are decorated "
                        f"with `@keras.saving.register_keras_serializable()`.")
    return cls.from_config(config.get("config", {})) if hasattr(cls, "from_config") else cls(**config["config"])


def pack_x_y_sample_weight(x, y=None, sample_weight=None):
    if y is None:
        if not isinstance(x, (tuple, list)):
            return x
        return (x,)
    if sample_weight is None:
        return (x, y)
    return (x, y, sample_weight)


def unpack_x_y_sample_weight(data):
    if isinstance(data, list):
        data = tuple(data)
    if not isinstance(data, tuple):
        return (data, None, None)
    if len(data) == 1:
        return (data[0], None, None)
    if len(data) == 2:
        return (data[0], data[1], None)
    if len(data) == 3:
        return (data[0], data[1], data[2])
    raise ValueError(f"Data is expected to be in format `x`, `(x,)`, `(x, y)`, or `(x, y, sample_weight)`, found: "
                     f"{data}")


class Sequence:
    """keras.utils.Sequence: __getitem__ / __len__ batches (model.fit iterates it when given one)."""

    def __init__(self, workers=1, use_multiprocessing=False, max_queue_size=10):
        pass

    def __getitem__(self, index):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError

    def on_epoch_end(self):
        pass

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

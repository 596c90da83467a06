"""tf.keras.utils: to_categorical, set_random_seed."""


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

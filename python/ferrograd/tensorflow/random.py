"""tf.random: normal/uniform from the core generator (seeded by tf.random.set_seed; the numbers
differ from TensorFlow's Philox streams)."""
from .. import _core
from . import dtypes as _dt
from ._tensor import TAG, _from_array, _wrap

_global_seed = None


def set_seed(seed):
    global _global_seed
    _global_seed = seed
    _core.manual_seed(int(seed))


def get_global_generator():
    return None


def _shape(shape):
    from ._ops import _shape_list

    return _shape_list(shape)


def normal(shape, mean=0.0, stddev=1.0, dtype=_dt.float32, seed=None, name=None):
    d = _dt.as_dtype(dtype)
    return _wrap(_core.randn(_shape(shape), float(mean), float(stddev), d._fg, False, TAG))


def truncated_normal(shape, mean=0.0, stddev=1.0, dtype=_dt.float32, seed=None, name=None):
    import numpy as np

    d = _dt.as_dtype(dtype)
    t = _core.randn(_shape(shape), 0.0, 1.0, "float64", False, TAG)
    a = t.numpy(True).copy()
    bad = np.abs(a) > 2
    while bad.any():
        r = _core.randn([int(bad.sum())], 0.0, 1.0, "float64", False, TAG).numpy(True)
        a[bad] = r
        bad = np.abs(a) > 2
    return _from_array((a * stddev + mean).astype(d.name))


def uniform(shape, minval=0, maxval=None, dtype=_dt.float32, seed=None, name=None):
    d = _dt.as_dtype(dtype)
    if d.is_integer:
        if maxval is None:
            raise ValueError("Must specify maxval for integer dtype %r" % d)
        return _wrap(_core.randint(int(minval), int(maxval), _shape(shape), d._fg, TAG))
    if maxval is None:
        maxval = 1.0
    return _wrap(_core.rand(_shape(shape), float(minval), float(maxval), d._fg, False, TAG))


def shuffle(value, seed=None, name=None):
    from ._ops import _arg, gather

    x = _arg(value)
    n = x._size()[0]
    idx = _core.rand([n], 0.0, 1.0, "float64", False, TAG).numpy(True).argsort()
    import numpy as np

    return gather(x, _from_array(idx.astype(np.int64)))

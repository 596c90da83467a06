# mindspore.dataset.transforms: TypeCast, OneHot, Compose, Fill, Duplicate, Concatenate, Mask, PadEnd, Slice
# (eager on numpy arrays and usable in Dataset.map).
from enum import IntEnum


class PyTensorOperation:
    def __call__(self, *args):
        return self._apply(*args)


TensorOperation = PyTensorOperation


def _np_dtype(t):
    import numpy as np

    if hasattr(t, "_name"):
        return np.dtype(t._name.replace("bfloat16", "float32"))
    return np.dtype(t)


class TypeCast(PyTensorOperation):
    def __init__(self, data_type):
        self.data_type = data_type

    def _apply(self, x):
        import numpy as np

        return np.asarray(x).astype(_np_dtype(self.data_type))


class OneHot(PyTensorOperation):
    def __init__(self, num_classes, smoothing_rate=0.0):
        self.num_classes = num_classes
        self.smoothing_rate = smoothing_rate

    def _apply(self, x):
        import numpy as np

        a = np.asarray(x)
        out = (np.arange(self.num_classes) == a[..., None]).astype(a.dtype if a.dtype.kind in "iu" else np.int64)
        if out.dtype == np.int64:
            out = out.astype(np.longlong)  # as MindSpore's C++ op returns it (repr shows dtype=int64)
        if self.smoothing_rate:
            out = out * (1 - self.smoothing_rate) + self.smoothing_rate / self.num_classes
        return out


class Fill(PyTensorOperation):
    def __init__(self, fill_value):
        self.fill_value = fill_value

    def _apply(self, x):
        import numpy as np

        a = np.asarray(x)
        return np.full(a.shape, self.fill_value, a.dtype)


class Duplicate(PyTensorOperation):
    def _apply(self, x):
        import numpy as np

        a = np.asarray(x)
        return a, a.copy()


class Compose(PyTensorOperation):
    def __init__(self, transforms):
        self.transforms = list(transforms)

    def _apply(self, *args):
        vals = args
        for t in self.transforms:
            out = t(*vals)
            vals = out if isinstance(out, tuple) else (out,)
        return vals[0] if len(vals) == 1 else vals


for _c in (PyTensorOperation, TypeCast, OneHot, Fill, Duplicate, Compose):
    _c.__module__ = "mindspore.dataset.transforms.transforms"


def _np():
    import numpy

    return numpy


class Relational(IntEnum):
    EQ = 0
    NE = 1
    GT = 2
    GE = 3
    LT = 4
    LE = 5


class Concatenate(PyTensorOperation):
    def __init__(self, axis=0, prepend=None, append=None):
        self.axis, self.prepend, self.append = axis, prepend, append

    def _apply(self, x):
        np = _np()
        parts = [np.asarray(p) for p in (self.prepend, x, self.append) if p is not None]
        return np.concatenate(parts, self.axis)


class Mask(PyTensorOperation):
    def __init__(self, operator, constant, dtype=None):
        self.operator, self.constant, self.dtype = operator, constant, dtype

    def _apply(self, x):
        np = _np()
        a = np.asarray(x)
        fn = [np.equal, np.not_equal, np.greater, np.greater_equal, np.less, np.less_equal][int(self.operator)]
        out = fn(a, self.constant)
        return out.astype(_np_dtype(self.dtype)) if self.dtype is not None else out


class PadEnd(PyTensorOperation):
    def __init__(self, pad_shape, pad_value=None):
        self.pad_shape, self.pad_value = list(pad_shape), pad_value

    def _apply(self, x):
        np = _np()
        a = np.asarray(x)
        out = np.full(self.pad_shape, 0 if self.pad_value is None else self.pad_value,
                      dtype=a.dtype if a.dtype.kind != "U" else a.dtype)
        sl = tuple(slice(0, min(s, t)) for s, t in zip(a.shape, self.pad_shape))
        out[sl] = a[sl]
        return out


class Slice(PyTensorOperation):
    def __init__(self, *slices):
        self.slices = slices

    def _apply(self, x):
        np = _np()
        a = np.asarray(x)
        key = []
        for s in self.slices:
            key.append(list(s) if isinstance(s, (list, tuple)) else s)
        if len(key) == 1 and isinstance(key[0], int):
            return np.ascontiguousarray(a[[key[0]]])
        return np.ascontiguousarray(a[tuple(key)])


for _c in (Concatenate, Mask, PadEnd, Slice):
    _c.__module__ = "mindspore.dataset.transforms.transforms"
del _c

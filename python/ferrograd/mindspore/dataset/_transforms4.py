"""mindspore.dataset.transforms added in session 4: Concatenate, Mask + Relational, PadEnd, Slice."""
from enum import IntEnum

from .transforms import PyTensorOperation, _np_dtype


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

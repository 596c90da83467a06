# tf.TensorArray as TF runs it eagerly (_EagerTensorArray): a Python list of tensors; stack / gather /
# concat are the differentiable tf ops, so gradients flow through writes.
from . import _ops
from . import dtypes as _dt
from .errors import InvalidArgumentError, OutOfRangeError


def _int(v):
    return int(v.numpy()) if hasattr(v, "numpy") else int(v)


def _shape_ok(want, got):
    return want is None or len(want) == len(got) and all(w is None or w == g for w, g in zip(want, got))


class TensorArray:
    def __init__(self, dtype, size=None, dynamic_size=None, clear_after_read=None, tensor_array_name=None,
                 handle=None, flow=None, infer_shape=True, element_shape=None, colocate_with_first_write_call=True,
                 name=None):
        self._dtype = _dt.as_dtype(dtype)
        self._dynamic_size = dynamic_size or False
        self._clear_after_read = True if clear_after_read is None else clear_after_read
        self._infer_shape = infer_shape
        self._shape = None if element_shape is None else [None if d is None else int(d) for d in element_shape]
        self._read = []
        self._ta = [None] * _int(size or 0)

    dtype = property(lambda self: self._dtype)
    element_shape = property(lambda self: _dt.TensorShape(self._shape))
    flow = property(lambda self: _ops.constant(0))

    def identity(self):
        return self

    def size(self, name=None):
        return _ops.constant(len(self._ta))

    def close(self, name=None):
        del self._ta[:]

    def _zero(self, i):
        if self._ta[i] is None:
            self._ta[i] = _ops.zeros(self._shape or [], dtype=self._dtype)
        return self._ta[i]

    def read(self, index, name=None):
        i = _int(index)
        if i < 0:
            raise OutOfRangeError(None, None, "Reading from negative indices (index %d) is not allowed." % i)
        if i >= len(self._ta):
            raise OutOfRangeError(None, None, "Tried to read from index %d but array size is: %d " % (i, len(self._ta)))
        t = self._ta[i]
        if t is None:
            if i in self._read:
                raise InvalidArgumentError(None, None, "Could not read index %d twice because it was cleared after a "
                                           "previous read (perhaps try setting clear_after_read = false?)" % i)
            t = self._zero(i)
        if self._clear_after_read:
            self._ta[i] = None
            self._read.append(i)
        return t

    def _write(self, index, value):
        i = _int(index)
        if i < 0:
            raise OutOfRangeError(None, None, "Writing to negative indices (index %d) is not allowed." % i)
        if i >= len(self._ta):
            if not self._dynamic_size:
                raise OutOfRangeError(None, None, "Tried to write to index %d but array is not resizeable and size "
                                      "is: %d " % (i, len(self._ta)))
            self._ta.extend([None] * (i - len(self._ta) + 1))
        from ._tensor import convert_to_tensor

        v = value if hasattr(value, "dtype") and hasattr(value, "shape") else convert_to_tensor(
            value, dtype_hint=self._dtype)
        if v.dtype != self._dtype:
            raise InvalidArgumentError(None, None, "TensorArray dtype is %s but Op is trying to write dtype %s "
                                       % (self._dtype.name, v.dtype.name))
        got = list(v.shape)
        if not _shape_ok(self._shape, got):
            raise ValueError("Incompatible shape for value (%s), expected (%s)" % (
                v.shape, "<unknown>" if self._shape is None else _dt.TensorShape(self._shape)))
        if self._infer_shape:
            self._shape = got if self._shape is None else [g if w is None else w for w, g in zip(self._shape, got)]
        self._ta[i] = v

    def write(self, index, value, name=None):
        self._write(index, value)
        return self

    def stack(self, name=None):
        for i in range(len(self._ta)):
            self._zero(i)
        if not self._ta:
            return _ops.zeros([0] + (self._shape or []), dtype=self._dtype)
        return _ops.stack(self._ta)

    def gather(self, indices, name=None):
        return _ops.stack([self._zero(_int(i)) for i in (indices.numpy() if hasattr(indices, "numpy") else indices)])

    def concat(self, name=None):
        return _ops.concat([self._zero(i) for i in range(len(self._ta))], 0)

    def unstack(self, value, name=None):
        ts = _ops.unstack(value)
        if len(ts) > len(self._ta) and not self._dynamic_size:
            raise ValueError("Cannot unstack %d tensors into a TensorArray of static size %d " % (len(ts), len(self._ta)))
        self._ta = list(ts)
        return self

    def scatter(self, indices, value, name=None):
        for i, v in zip(indices.numpy() if hasattr(indices, "numpy") else indices, _ops.unstack(value)):
            self._write(i, v)
        return self

    def split(self, value, lengths, name=None):
        from ._array_ops import split

        self._ta = list(split(value, lengths))
        return self


TensorArray.__module__ = "tensorflow.python.ops.tensor_array_ops"

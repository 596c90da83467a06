"""A small part of mindspore.numpy: array creation and common math on MindSpore tensors."""
from . import ops as _ops
from ._tensor import Tensor


def array(obj, dtype=None, copy=True, ndmin=0):
    return Tensor(obj, dtype)


asarray = array


def zeros(shape, dtype=None):
    from . import _dtype

    return _ops.zeros(shape, dtype or _dtype.float32)


def ones(shape, dtype=None):
    from . import _dtype

    return _ops.ones(shape, dtype or _dtype.float32)


def arange(start, stop=None, step=1, dtype=None):
    return _ops.arange(start, stop, step, dtype=dtype)


exp, log, sqrt, sin, cos, tanh, abs, square = (_ops.exp, _ops.log, _ops.sqrt, _ops.sin, _ops.cos, _ops.tanh,
                                               _ops.abs, _ops.square)
matmul, dot = _ops.matmul, _ops.matmul
sum, mean = _ops.sum, _ops.mean

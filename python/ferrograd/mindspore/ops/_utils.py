# Helpers shared by the mindspore.ops function modules.

from ... import _core
from ..._lazy import np
from .functional import _t

_CT = _core.Tensor


def _np_of(x):
    return x.asnumpy() if isinstance(x, _CT) else np.asarray(x)


def _idx(index):
    # An index tensor as the core's int64 tensor.
    t = _t(index)
    return t if t._dtype_name == "int64" else t._cast("int64")


def _ax(axis, nd):
    return axis % nd if nd else 0

_PI = 3.141592653589793


def _like(res, a):
    # numpy result cast back to the float dtype of input array a (float32 default for ints).
    res = np.asarray(res)
    if a.dtype.kind == "f":
        return res.astype(a.dtype)
    return res.astype(np.float32)


def _check_tensor(name, arg, x):
    if not isinstance(x, _CT):
        raise TypeError(f"For '{name}', the '{arg}' must be a Tensor, but got {type(x).__name__}.")

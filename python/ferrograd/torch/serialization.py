# torch.save / torch.load: pickle with tensors stored as numpy arrays (ferrograd's own file format).
import os

from .. import _core

_T = _core.Tensor


def _rebuild_tensor(arr, requires_grad):
    from . import TAG

    t = _core.tensor(arr, None, False, TAG)
    return t.requires_grad_(True) if requires_grad else t


def _rebuild_parameter(arr, requires_grad):
    from .nn.parameter import Parameter

    return Parameter(_rebuild_tensor(arr, False), requires_grad)


def _reduce_tensor(obj):
    if isinstance(obj, _T):
        from .nn.parameter import Parameter

        arr = obj.detach().numpy(True).copy()
        if isinstance(obj, Parameter):
            return _rebuild_parameter, (arr, obj.requires_grad)
        if type(obj) is _T:
            return _rebuild_tensor, (arr, obj.requires_grad)
    return NotImplemented


def _open(f, mode):
    if isinstance(f, (str, bytes, os.PathLike)):
        return open(f, mode), True
    return f, False


def save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True):
    import pickle

    class _Pickler(pickle.Pickler):
        def reducer_override(self, obj):
            return _reduce_tensor(obj)

    fh, close = _open(f, "wb")
    try:
        _Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    finally:
        if close:
            fh.close()


def load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **pickle_load_args):
    import pickle

    fh, close = _open(f, "rb")
    try:
        return pickle.load(fh)
    finally:
        if close:
            fh.close()

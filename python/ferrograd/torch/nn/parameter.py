# torch.nn.Parameter: a leaf tensor that requires grad by default; torch.nn.Buffer.
from ... import _core


class Parameter(_core.Tensor):
    def __new__(cls, data=None, requires_grad=True):
        if data is None:
            return _core.Tensor.__new__(cls, [], requires_grad=requires_grad, tag=0)
        return _core.Tensor.__new__(cls, data, requires_grad=requires_grad, tag=0)

    def __init__(self, data=None, requires_grad=True):
        pass

    def __reduce_ex__(self, proto):
        # rebuilt through ferrograd's function: the class's __module__ is torch's name
        from ..serialization import _reduce_tensor

        return _reduce_tensor(self)

    def __deepcopy__(self, memo):
        if id(self) in memo:
            return memo[id(self)]
        result = Parameter(self.detach().clone(), self.requires_grad)
        memo[id(self)] = result
        return result


# type(p) prints <class 'torch.nn.parameter.Parameter'> as in torch
Parameter.__module__ = "torch.nn.parameter"


class Buffer(_core.Tensor):
    """A tensor that a Module registers as a buffer when assigned as an attribute."""

    def __new__(cls, data=None, *, persistent=True):
        if data is None:
            return _core.Tensor.__new__(cls, [], tag=0)
        return _core.Tensor.__new__(cls, data, tag=0)

    def __init__(self, data=None, *, persistent=True):
        self.persistent = persistent


def __getattr__(name):
    if name in ("UninitializedParameter", "UninitializedBuffer"):
        from .modules import lazy

        return getattr(lazy, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

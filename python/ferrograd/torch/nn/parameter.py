"""torch.nn.Parameter: a leaf tensor that requires grad by default."""
from ... import _core


class Parameter(_core.Tensor):
    def __new__(cls, data=None, requires_grad=True):
        if data is None:
            return _core.Tensor.__new__(cls, [], requires_grad=requires_grad, tag=0)
        return _core.Tensor.__new__(cls, data, requires_grad=requires_grad, tag=0)

    def __init__(self, data=None, requires_grad=True):
        pass

    def __reduce_ex__(self, proto):
        return (Parameter, (self.detach(), self.requires_grad))

# mindspore.nn padding cells (MindSpore's nn/layer/padding.py): Reflection/Replication/Constant pads, Pad.
from ... import _core
from ..._lazy import np
from .._tensor import Tensor
from ..ops import _nn_func as NF
from .cell import Cell

__all__ = [
    "ReflectionPad1d", "ReflectionPad2d", "ReflectionPad3d", "ReplicationPad1d", "ReplicationPad2d",
    "ReplicationPad3d", "ConstantPad1d", "ConstantPad3d", "Pad",
]


class _PadNd(Cell):
    _n = 1
    _mode = "constant"

    def __init__(self, padding, value=None):
        super().__init__()
        name = type(self).__name__
        if isinstance(padding, int):
            padding = (padding,) * (2 * self._n)
        elif isinstance(padding, (tuple, list)):
            padding = tuple(padding)
            if len(padding) != 2 * self._n:
                raise ValueError(f"For '{name}', the length of 'padding' with tuple type must equal to "
                                 f"{2 * self._n}, but got {len(padding)}.")
        else:
            raise TypeError(f"For '{name}', the type of parameter 'padding' must be in [int, tuple], but got "
                            f"{type(padding)}")
        self.padding = padding
        self.value = value

    def construct(self, x):
        if self._mode == "constant":
            return NF.pad(x, self.padding, "constant", float(self.value))
        return NF.pad(x, self.padding, self._mode)

    def extend_repr(self):
        return f"padding={self.padding}"


def _pad_cls(name, n, mode, const=False):
    if const:
        def __init__(self, padding, value):
            _check_float(name, "value", value)
            _PadNd.__init__(self, padding, value)
    else:
        def __init__(self, padding):
            _PadNd.__init__(self, padding)
    return type(name, (_PadNd,), {"_n": n, "_mode": mode, "__init__": __init__})


ReflectionPad1d = _pad_cls("ReflectionPad1d", 1, "reflect")
ReflectionPad2d = _pad_cls("ReflectionPad2d", 2, "reflect")
ReflectionPad3d = _pad_cls("ReflectionPad3d", 3, "reflect")
ReplicationPad1d = _pad_cls("ReplicationPad1d", 1, "replicate")
ReplicationPad2d = _pad_cls("ReplicationPad2d", 2, "replicate")
ReplicationPad3d = _pad_cls("ReplicationPad3d", 3, "replicate")
ConstantPad1d = _pad_cls("ConstantPad1d", 1, "constant", True)
ConstantPad3d = _pad_cls("ConstantPad3d", 3, "constant", True)


class Pad(Cell):
    """nn.Pad(paddings, mode='CONSTANT'): paddings is ((before, after), ...) per dimension."""

    def __init__(self, paddings, mode="CONSTANT"):
        super().__init__()
        if mode not in ("CONSTANT", "REFLECT", "SYMMETRIC"):
            raise ValueError(f"For 'Pad', the 'mode' must be in ['CONSTANT', 'REFLECT', 'SYMMETRIC'], but got "
                             f"{mode}.")
        self.paddings = paddings
        self.mode = mode

    def construct(self, x):
        a = x.asnumpy()
        pads = tuple(tuple(p) for p in self.paddings)
        m = {"CONSTANT": "constant", "REFLECT": "reflect", "SYMMETRIC": "symmetric"}[self.mode]
        out = Tensor(np.asarray(np.pad(a, pads, m)))
        if not x.requires_grad:
            return out
        sl = tuple(slice(b, b + n) for (b, _), n in zip(pads, a.shape))
        if m == "constant":
            return _core.custom_node("PadBackward", [x], out, lambda g: [Tensor(g.asnumpy()[sl])])
        return out


# names from the sibling modules (imported last: they import each other)
from ._basic import _check_float  # noqa: E402

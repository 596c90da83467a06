# Constant/zero/reflection/replication/circular padding modules.
__all__ = ["ZeroPad1d", "ZeroPad2d", "ConstantPad1d", "ConstantPad2d", "ReflectionPad1d", "ReflectionPad2d",
           "ReplicationPad1d", "ReplicationPad2d", "ConstantPad3d", "ZeroPad3d", "ReflectionPad3d", "ReplicationPad3d",
           "CircularPad1d", "CircularPad2d", "CircularPad3d"]
from .... import _core
from .. import functional as F
from .module import Module
from .utils import _ntuple


class _Pad(Module):
    _n = 2
    _mode = "constant"

    def __init__(self, padding, value=0.0):
        super().__init__()
        self.padding = _ntuple(padding, 2 * self._n)
        self.value = value

    def forward(self, input):
        if self._mode == "constant":
            return F.pad(input, self.padding, "constant", self.value)
        return _pad_index(input, self.padding, self._mode)

    def extra_repr(self):
        if self._mode == "constant" and type(self).__name__.startswith("Constant"):
            return f"padding={self.padding}, value={self.value}"
        return f"{self.padding}"


def _pad_index(x, pad, mode):
    import numpy as np

    for i in range(len(pad) // 2):
        d = x.dim() - 1 - i
        lo, hi = pad[2 * i], pad[2 * i + 1]
        n = x.shape[d]
        idx = np.arange(-lo, n + hi)
        if mode == "reflect":
            if lo >= n or hi >= n:
                raise RuntimeError(f"Argument #4: Padding size should be less than the corresponding input dimension, "
                                   f"but got: padding ({lo}, {hi}) at dimension {d} of input {list(x.shape)}")
            idx = np.abs(idx)
            idx = np.where(idx > n - 1, 2 * (n - 1) - idx, idx)
        else:
            idx = np.clip(idx, 0, n - 1)
        x = x.index_select(d, _core.tensor(idx.astype(np.int64), None, False, 0))
    return x


class ZeroPad1d(_Pad):
    _n = 1

    def __init__(self, padding):
        super().__init__(padding, 0.0)


class ZeroPad2d(_Pad):
    _n = 2

    def __init__(self, padding):
        super().__init__(padding, 0.0)


class ConstantPad1d(_Pad):
    _n = 1


class ConstantPad2d(_Pad):
    _n = 2


class ReflectionPad1d(_Pad):
    _n = 1
    _mode = "reflect"


class ReflectionPad2d(_Pad):
    _n = 2
    _mode = "reflect"


class ReplicationPad1d(_Pad):
    _n = 1
    _mode = "replicate"


class ReplicationPad2d(_Pad):
    _n = 2
    _mode = "replicate"


class ConstantPad3d(_Pad):
    _n = 3


class ZeroPad3d(_Pad):
    _n = 3

    def __init__(self, padding):
        super().__init__(padding, 0.0)


class ReflectionPad3d(_Pad):
    _n = 3
    _mode = "reflect"


class ReplicationPad3d(_Pad):
    _n = 3
    _mode = "replicate"


class _CircularPad(_Pad):
    def forward(self, input):
        return F.pad(input, self.padding, "circular")


class CircularPad1d(_CircularPad):
    _n = 1


class CircularPad2d(_CircularPad):
    _n = 2


class CircularPad3d(_CircularPad):
    _n = 3

# More mindspore.nn activation cells (MindSpore's nn/layer/activation.py): Softmin, Tanhshrink, Threshold,
# HShrink, SoftShrink, GLU, Softmax2d, FastGelu.
from ..ops import _nn_func as NF
from ..ops import functional as F
from .cell import Cell
from .layers import _act1

__all__ = [
    "Softmin", "Tanhshrink", "Threshold", "HShrink", "SoftShrink", "GLU", "Softmax2d", "FastGelu",
]



Softmin = _act1("Softmin", NF.softmin, "axis", -1)


class Tanhshrink(Cell):
    def construct(self, x):
        return NF.tanhshrink(x)


class Threshold(Cell):
    def __init__(self, threshold, value):
        super().__init__()
        self.threshold = threshold
        self.value = value

    def construct(self, input_x):
        return NF.threshold(input_x, self.threshold, self.value)


HShrink = _act1("HShrink", NF.hardshrink, "lambd", 0.5)


class SoftShrink(Cell):
    def __init__(self, lambd=0.5):
        super().__init__()
        if lambd < 0:
            raise RuntimeError(f"For 'SoftShrink', the values for lambd should be greater or equal to 0, , but found "
                               f"to be [{lambd:g}].")
        self.lambd = lambd

    def construct(self, input_x):
        return NF.softshrink(input_x, self.lambd)


GLU = _act1("GLU", NF.glu, "axis", -1, "dim")


class Softmax2d(Cell):
    def construct(self, x):
        if x.ndim not in (3, 4):
            raise ValueError(f"For 'Softmax2d', the input must be 3D or 4D, but got {x.ndim}D.")
        return F.softmax(x, -3)


class FastGelu(Cell):
    def construct(self, x):
        return NF.fast_gelu(x)

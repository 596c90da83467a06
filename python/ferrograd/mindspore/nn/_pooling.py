# More mindspore.nn pooling cells (MindSpore's nn/layer/pooling.py): adaptive max pools, LP pools.
from ..ops import _nn_func as NF
from .cell import Cell

__all__ = [
    "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "LPPool1d", "LPPool2d",
]


class AdaptiveMaxPool1d(Cell):
    def __init__(self, output_size):
        super().__init__()
        _check_int("AdaptiveMaxPool1d", "output_size", output_size)
        if output_size < 1:
            raise ValueError(f"For 'AdaptiveMaxPool1d', the 'output_size' must be positive, but got "
                             f"{output_size}.")
        self.output_size = output_size

    def construct(self, input):
        return NF.adaptive_max_pool1d(input, self.output_size)


class AdaptiveMaxPool2d(Cell):
    def __init__(self, output_size, return_indices=False):
        super().__init__()
        self.output_size = output_size
        self.return_indices = return_indices

    def construct(self, input):
        return NF.adaptive_max_pool2d(input, self.output_size, self.return_indices)



class LPPool1d(Cell):
    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        super().__init__()
        self.norm_type, self.kernel_size, self.stride, self.ceil_mode = norm_type, kernel_size, stride, ceil_mode

    def construct(self, x):
        return NF.lp_pool1d(x, self.norm_type, self.kernel_size, self.stride, self.ceil_mode)


class LPPool2d(LPPool1d):
    def construct(self, x):
        return NF.lp_pool2d(x, self.norm_type, self.kernel_size, self.stride, self.ceil_mode)


# names from the sibling modules (imported last: they import each other)
from ._basic import _check_int  # noqa: E402

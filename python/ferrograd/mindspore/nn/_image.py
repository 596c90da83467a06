# mindspore.nn image cells (MindSpore's nn/layer/image.py, channel_shuffle.py): CentralCrop, ImageGradients,
# PixelShuffle, PixelUnshuffle, ChannelShuffle.
from .. import _dtype
from .._tensor import Tensor
from ..ops import _nn_func as NF
from ..ops import functional as F
from .cell import Cell

__all__ = [
    "PixelShuffle", "PixelUnshuffle", "ChannelShuffle", "CentralCrop", "ImageGradients",
]


class PixelShuffle(Cell):
    def __init__(self, upscale_factor):
        super().__init__()
        self.upscale_factor = upscale_factor

    def construct(self, input):
        return NF.pixel_shuffle(input, self.upscale_factor)


class PixelUnshuffle(Cell):
    def __init__(self, downscale_factor):
        super().__init__()
        self.downscale_factor = downscale_factor

    def construct(self, input):
        return NF.pixel_unshuffle(input, self.downscale_factor)


class ChannelShuffle(Cell):
    def __init__(self, groups):
        super().__init__()
        if not isinstance(groups, int) or isinstance(groups, bool):
            raise TypeError(f"For ChannelShuffle, the param `groups` must be int, but got {type(groups)}.")
        if groups < 1:
            raise ValueError(f"For 'ChannelShuffle', the 'groups' must be positive, but got {groups}.")
        self.groups = groups

    def construct(self, x):
        return NF.channel_shuffle(x, self.groups)


class CentralCrop(Cell):
    def __init__(self, central_fraction):
        super().__init__()
        if not isinstance(central_fraction, float) or not 0.0 < central_fraction <= 1.0:
            raise ValueError(f"For 'CentralCrop', the 'central_fraction' must be in range (0.0, 1.0], but got "
                             f"{central_fraction}.")
        self.central_fraction = central_fraction

    def construct(self, image):
        if self.central_fraction == 1.0:
            return image
        h, w = image.shape[-2], image.shape[-1]
        hs = int((float(h) - float(h * self.central_fraction)) / 2)
        ws = int((float(w) - float(w * self.central_fraction)) / 2)
        return image.narrow(image.ndim - 2, hs, h - 2 * hs).narrow(image.ndim - 1, ws, w - 2 * ws)


class ImageGradients(Cell):
    def construct(self, images):
        b, d, h, w = images.shape
        zeros_h = F.zeros((b, d, 1, w), images.dtype)
        zeros_w = F.zeros((b, d, h, 1), images.dtype)
        if h == 1:
            dy = zeros_h
        else:
            dy = F.concat((images.narrow(2, 1, h - 1) - images.narrow(2, 0, h - 1), zeros_h), 2)
        if w == 1:
            dx = zeros_w
        else:
            dx = F.concat((images.narrow(3, 1, w - 1) - images.narrow(3, 0, w - 1), zeros_w), 3)
        return dy, dx


class PSNR(Cell):
    """nn.PSNR(max_val=1.0): 10 * log10(max_val^2 / MSE) per image of an NCHW batch."""

    def __init__(self, max_val=1.0):
        super().__init__()
        self.max_val = max_val

    def construct(self, img1, img2):
        a, b = img1.astype(_dtype.float32), img2.astype(_dtype.float32)
        mse = ((a - b) * (a - b)).mean((-3, -2, -1))
        return 10 * F.log(self.max_val ** 2 / mse) / F.log(Tensor(10.0))

__all__ += ["PSNR"]

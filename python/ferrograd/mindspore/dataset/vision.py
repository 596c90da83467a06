"""mindspore.dataset.vision: the array transforms of the tutorials (Rescale, Normalize, HWC2CHW,
ToTensor), eager on numpy arrays and usable in Dataset.map."""
from .transforms import PyTensorOperation


class Rescale(PyTensorOperation):
    def __init__(self, rescale, shift):
        self.rescale = rescale
        self.shift = shift

    def _apply(self, img):
        import numpy as np

        a = np.asarray(img).astype(np.float32)
        return (a * np.float32(self.rescale) + np.float32(self.shift)).astype(np.float32)


class Normalize(PyTensorOperation):
    def __init__(self, mean, std, is_hwc=True):
        self.mean = mean
        self.std = std
        self.is_hwc = is_hwc

    def _apply(self, img):
        import numpy as np

        a = np.asarray(img).astype(np.float32)
        m = np.asarray(self.mean, np.float32)
        s = np.asarray(self.std, np.float32)
        if not self.is_hwc:
            m, s = m.reshape(-1, 1, 1), s.reshape(-1, 1, 1)
        return ((a - m) / s).astype(np.float32)


class HWC2CHW(PyTensorOperation):
    def _apply(self, img):
        import numpy as np

        a = np.asarray(img)
        if a.ndim == 2:
            a = a[:, :, None]
        return np.ascontiguousarray(a.transpose(2, 0, 1))


class ToTensor(PyTensorOperation):
    def __init__(self, output_type=None):
        import numpy as np

        self.output_type = output_type or np.float32

    def _apply(self, img):
        import numpy as np

        from .transforms import _np_dtype

        a = np.asarray(img)
        if a.ndim == 2:
            a = a[:, :, None]
        return np.ascontiguousarray((a / 255.0).astype(_np_dtype(self.output_type)).transpose(2, 0, 1))


class Inter:
    NEAREST = 0
    BILINEAR = LINEAR = 1
    BICUBIC = CUBIC = 2
    AREA = 3
    PILCUBIC = 4


for _c in (Rescale, Normalize, HWC2CHW, ToTensor):
    _c.__module__ = "mindspore.dataset.vision.transforms"


from ._vision4 import (  # noqa: E402,F401
    Border, CenterCrop, Crop, Erase, HorizontalFlip, Invert, Pad, Posterize, Solarize, ToNumpy, ToType, VerticalFlip,
    get_image_num_channels, get_image_size,
)

# mindspore.dataset.vision: the deterministic array transforms (Rescale, Normalize, HWC2CHW, ToTensor, flips,
# crops, Pad, Invert, Posterize, Solarize, Erase, ToType, ...), eager on numpy HWC arrays and usable in Dataset.map.
from enum import Enum

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


class Border(str, Enum):
    CONSTANT = "constant"
    EDGE = "edge"
    REFLECT = "reflect"
    SYMMETRIC = "symmetric"


def _np():
    import numpy

    return numpy


def _img(img):
    a = _np().asarray(img)
    if a.ndim not in (2, 3):
        raise RuntimeError(f"input tensor is not in shape of <H,W> or <H,W,C>, but got rank: {a.ndim}")
    return a


def _pair(size, name):
    if isinstance(size, int):
        if size <= 0:
            raise ValueError(f"Input {name} is not within the required interval of [1, 2147483647].")
        return size, size
    if isinstance(size, (tuple, list)) and len(size) == 2:
        return int(size[0]), int(size[1])
    raise TypeError(f"Argument {name} with value {size} is not of type [<class 'int'>, <class 'list'>, "
                    f"<class 'tuple'>], but got {type(size)}.")


class HorizontalFlip(PyTensorOperation):
    def _apply(self, img):
        return _np().ascontiguousarray(_img(img)[:, ::-1])


class VerticalFlip(PyTensorOperation):
    def _apply(self, img):
        return _np().ascontiguousarray(_img(img)[::-1])


class Crop(PyTensorOperation):
    def __init__(self, coordinates, size):
        self.coordinates = coordinates
        self.size = size

    def _apply(self, img):
        a = _img(img)
        top, left = self.coordinates
        h, w = _pair(self.size, "size")
        if top + h > a.shape[0] or left + w > a.shape[1]:
            raise RuntimeError(f"Crop: Crop height dimension: {top + h} exceeds image height: {a.shape[0]}."
                               if top + h > a.shape[0] else
                               f"Crop: Crop width dimension: {left + w} exceeds image width: {a.shape[1]}.")
        return _np().ascontiguousarray(a[top:top + h, left:left + w])


class CenterCrop(PyTensorOperation):
    def __init__(self, size):
        self.size = size

    def _apply(self, img):
        np = _np()
        a = _img(img)
        ch, cw = _pair(self.size, "size")
        H, W = a.shape[0], a.shape[1]
        if ch > H or cw > W:
            # pad symmetrically with zeros first, as MindSpore's CenterCrop
            pt, pl = max(0, (ch - H) // 2), max(0, (cw - W) // 2)
            pb, pr = max(0, ch - H - pt), max(0, cw - W - pl)
            pads = ((pt, pb), (pl, pr)) + (((0, 0),) if a.ndim == 3 else ())
            a = np.pad(a, pads)
            H, W = a.shape[0], a.shape[1]
        top, left = (H - ch) // 2, (W - cw) // 2
        return np.ascontiguousarray(a[top:top + ch, left:left + cw])


class Pad(PyTensorOperation):
    def __init__(self, padding, fill_value=0, padding_mode=Border.CONSTANT):
        if isinstance(padding, int):
            padding = (padding,) * 4
        elif len(padding) == 2:
            padding = (padding[0], padding[1], padding[0], padding[1])
        self.padding = tuple(padding)
        self.fill_value = fill_value
        self.padding_mode = padding_mode

    def _apply(self, img):
        np = _np()
        a = _img(img)
        left, top, right, bottom = self.padding
        pads = ((top, bottom), (left, right)) + (((0, 0),) if a.ndim == 3 else ())
        mode = Border(self.padding_mode).value
        if mode == "constant":
            fv = self.fill_value
            if isinstance(fv, tuple) and a.ndim == 3:
                out = np.empty((a.shape[0] + top + bottom, a.shape[1] + left + right, a.shape[2]), a.dtype)
                for c in range(a.shape[2]):
                    out[..., c] = np.pad(a[..., c], pads[:2], constant_values=fv[c])
                return out
            return np.pad(a, pads, constant_values=fv)
        return np.pad(a, pads, mode=mode)


class Invert(PyTensorOperation):
    def _apply(self, img):
        a = _img(img)
        return (255 - a.astype(_np().int32)).astype(a.dtype)


class Posterize(PyTensorOperation):
    def __init__(self, bits):
        if not isinstance(bits, int) or not 0 <= bits <= 8:
            raise ValueError(f"Input bits is not within the required interval of [0, 8].")
        self.bits = bits

    def _apply(self, img):
        np = _np()
        a = _img(img)
        if a.dtype != np.uint8:
            raise RuntimeError(f"Posterize: data type of input image should be UINT8, but got {a.dtype}.")
        mask = np.uint8((0xFF << (8 - self.bits)) & 0xFF) if self.bits else np.uint8(0)
        return a & mask


class Solarize(PyTensorOperation):
    def __init__(self, threshold):
        if isinstance(threshold, (int, float)):
            threshold = (threshold, 255)
        self.threshold = tuple(threshold)

    def _apply(self, img):
        np = _np()
        a = _img(img)
        lo, hi = self.threshold
        inv = (255 - a.astype(np.int32)).astype(a.dtype) if a.dtype == np.uint8 else 255 - a
        return np.where((a >= lo) & (a <= hi), inv, a).astype(a.dtype)


class Erase(PyTensorOperation):
    def __init__(self, top, left, height, width, value=0, inplace=False):
        self.top, self.left, self.height, self.width = top, left, height, width
        self.value = value
        self.inplace = inplace

    def _apply(self, img):
        np = _np()
        a = _img(img).copy()
        v = self.value
        if isinstance(v, (tuple, list)) and a.ndim == 3:
            v = np.asarray(v, a.dtype)
        a[self.top:self.top + self.height, self.left:self.left + self.width] = v
        return a


class ToType(PyTensorOperation):
    def __init__(self, data_type):
        self.data_type = data_type

    def _apply(self, img):
        from .transforms import _np_dtype

        return _np().asarray(img).astype(_np_dtype(self.data_type))


class ToNumpy(PyTensorOperation):
    def _apply(self, img):
        return _np().asarray(img)


def get_image_num_channels(image):
    a = _np().asarray(image)
    if a.ndim == 2:
        return 1
    if a.ndim == 3:
        return a.shape[-1]
    raise RuntimeError(f"GetImageNumChannels: invalid parameter, image should have at least two dimensions, but "
                       f"got: {a.ndim}")


def get_image_size(image):
    a = _np().asarray(image)
    if a.ndim < 2:
        raise RuntimeError(f"GetImageSize: invalid parameter, image should have at least two dimensions, but "
                           f"got: {a.ndim}")
    return [a.shape[0], a.shape[1]]


for _c in (HorizontalFlip, VerticalFlip, Crop, CenterCrop, Pad, Invert, Posterize, Solarize, Erase, ToType, ToNumpy):
    _c.__module__ = "mindspore.dataset.vision.transforms"
Border.__module__ = "mindspore.dataset.vision.utils"
del _c

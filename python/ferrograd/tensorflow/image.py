"""tf.image: the elementwise / flip / contrast ops (eager, float images)."""
from . import _ops
from ._array_ops import reverse
from ._tensor import _arg, _from_array, _np, convert_to_tensor


def _float(images):
    t = convert_to_tensor(images)
    return t if t.dtype.is_floating else _ops.cast(t, "float32")


def adjust_brightness(image, delta):
    t = _float(image)
    return t + _ops.cast(delta, t.dtype)


def adjust_contrast(images, contrast_factor):
    """AdjustContrastv2: (x - mean) * factor + mean, the mean over height and width per channel; TF registers
    no gradient for it."""
    from ._math_ops import _node

    t = _float(images)
    a = _np(_arg(t))
    mean = a.mean(axis=(-3, -2), keepdims=True, dtype=a.dtype)
    f = _np(_arg(_ops.cast(contrast_factor, t.dtype)))
    out = _from_array(((a - mean) * f + mean).astype(a.dtype))

    def backward(g):
        raise LookupError("gradient registry has no entry for: AdjustContrastv2")

    ins = [_arg(t)] + ([_arg(contrast_factor)] if hasattr(contrast_factor, "dtype") else [])
    return _node("AdjustContrastv2", ins, out, backward)


def flip_left_right(image):
    return reverse(convert_to_tensor(image), [-2])


def flip_up_down(image):
    return reverse(convert_to_tensor(image), [-3])


def rgb_to_grayscale(images, name=None):
    t = _float(images)
    return _ops.expand_dims(_ops.tensordot(t, _ops.constant([0.2989, 0.5870, 0.1140], t.dtype), [-1, -1]), -1)

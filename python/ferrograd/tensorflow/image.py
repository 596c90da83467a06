# tf.image: the elementwise / flip / contrast ops (eager, float images).
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
    import numpy as np

    from ._math_ops import _node

    t = _float(images)
    a = _np(_arg(t))
    # AdjustContrastv2's mean: the image plane folded in halves until one row of channels is left
    sh = a.shape
    s = a.reshape(-1, sh[-3] * sh[-2], sh[-1])
    n = s.shape[1]
    while True:
        r, l_ = n // 2, n - n // 2
        s, n = np.concatenate([s[:, :r] + s[:, l_:l_ + r], s[:, r:l_]], 1), l_
        if n <= 1:
            break
    mean = (s[:, :1] * np.float32(1.0 / (sh[-3] * sh[-2]))).astype(a.dtype).reshape(sh[:-3] + (1, 1, sh[-1]))
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


class ResizeMethod:
    BILINEAR, NEAREST_NEIGHBOR, BICUBIC, AREA = "bilinear", "nearest", "bicubic", "area"
    LANCZOS3, LANCZOS5, GAUSSIAN, MITCHELLCUBIC = "lanczos3", "lanczos5", "gaussian", "mitchellcubic"


def _axis_taps(n_in, n_out, nearest):
    # TF's half-pixel source rows for one axis: (lower, upper, lerp) or nearest indices.
    import numpy as np

    scale = np.float32(n_in) / np.float32(n_out)
    i = np.arange(n_out, dtype=np.float32) + np.float32(0.5)
    if nearest:
        return np.minimum(np.floor(i * scale).astype(np.int64), n_in - 1)
    src = i * scale - np.float32(0.5)
    f = np.floor(src)
    return (np.maximum(f, 0).astype(np.int64), np.minimum(np.ceil(src), n_in - 1).astype(np.int64),
            (src - f).astype(np.float32))


def _bilinear(x, ty, tx):
    # ResizeBilinear's float32 lerps; its gradient is ResizeBilinearGrad's accumulation order.
    import numpy as np

    from ._math_ops import _node

    (yl, yu, ly), (xl, xu, lx) = ty, tx
    a = _np(_arg(x))
    lx4, ly4 = lx.reshape(1, 1, -1, 1), ly.reshape(1, -1, 1, 1)
    top, bot = a[:, yl], a[:, yu]
    top = top[:, :, xl] + (top[:, :, xu] - top[:, :, xl]) * lx4
    bot = bot[:, :, xl] + (bot[:, :, xu] - bot[:, :, xl]) * lx4
    out = _from_array(top + (bot - top) * ly4)

    def backward(g):
        gy = _np(g)
        b, nh, nw, c = gy.shape
        one = np.float32(1)
        dt, db = gy * (one - ly4), gy * ly4
        vals = np.stack([dt * (one - lx4), dt * lx4, db * (one - lx4), db * lx4], -1)  # b, y, x, c, 4
        rows = np.stack([yl, yl, yu, yu], -1)[None, :, None, None, :]
        cols = np.stack([xl, xu, xl, xu], -1)[None, None, :, None, :]
        idx = np.broadcast_to(np.arange(b)[:, None, None, None, None], vals.shape), \
            np.broadcast_to(rows, vals.shape), np.broadcast_to(cols, vals.shape), \
            np.broadcast_to(np.arange(c)[None, None, None, :, None], vals.shape)
        gx = np.zeros(a.shape, np.float32)
        np.add.at(gx, tuple(i.ravel() for i in idx), vals.ravel())
        return [_from_array(gx)]

    return _node("ResizeBilinear", [_arg(x)], out, backward)


def resize(images, size, method=ResizeMethod.BILINEAR, preserve_aspect_ratio=False, antialias=False, name=None):
    """ResizeBilinear / ResizeNearestNeighbor with half_pixel_centers (TF2), TF's float32 lerp order."""
    from ._ops import gather, reshape

    t = convert_to_tensor(images)
    rank = len(t.shape)
    if rank not in (3, 4):
        raise ValueError("'images' must have either 3 or 4 dimensions.")
    x = reshape(t, [1] + list(t.shape)) if rank == 3 else t
    h, w = int(x.shape[1]), int(x.shape[2])
    nh, nw = [int(v) for v in _np(convert_to_tensor(size)).reshape(-1)]
    if preserve_aspect_ratio:
        s = min(nh / h, nw / w)
        nh, nw = int(round(h * s)), int(round(w * s))
    m = str(getattr(method, "value", method)).lower()
    if m == "nearest":
        out = gather(gather(x, _axis_taps(h, nh, True), axis=1), _axis_taps(w, nw, True), axis=2)
    elif m == "bilinear":
        out = _bilinear(_ops.cast(x, "float32"), _axis_taps(h, nh, False), _axis_taps(w, nw, False))
    else:
        raise NotImplementedError("ferrograd: tf.image.resize method %r" % (method,))
    return reshape(out, list(out.shape)[1:]) if rank == 3 else out


def _tf():
    from .. import tensorflow

    return tensorflow


def _batched(image):
    t = convert_to_tensor(image)
    if len(t.shape) not in (3, 4):
        raise ValueError("'image' (shape %s) must have either 3 or 4 dimensions." % t.shape)
    return (t, False) if len(t.shape) == 4 else (_ops.expand_dims(t, 0), True)


def _check(*conds):
    for ok, m in conds:
        if not ok:
            raise ValueError(m)


def crop_to_bounding_box(image, offset_height, offset_width, target_height, target_width):
    t, one = _batched(image)
    _check((offset_width >= 0, "offset_width must be >= 0."), (offset_height >= 0, "offset_height must be >= 0."),
           (target_width > 0, "target_width must be > 0."), (target_height > 0, "target_height must be > 0."),
           (t.shape[2] >= target_width + offset_width, "width must be >= target + offset."),
           (t.shape[1] >= target_height + offset_height, "height must be >= target + offset."))
    r = t[:, offset_height:offset_height + target_height, offset_width:offset_width + target_width]
    return r[0] if one else r


def pad_to_bounding_box(image, offset_height, offset_width, target_height, target_width):
    t, one = _batched(image)
    ah, aw = target_height - offset_height - t.shape[1], target_width - offset_width - t.shape[2]
    _check((offset_height >= 0, "offset_height must be >= 0"), (offset_width >= 0, "offset_width must be >= 0"),
           (aw >= 0, "width must be <= target - offset"), (ah >= 0, "height must be <= target - offset"))
    r = _tf().pad(t, [[0, 0], [offset_height, ah], [offset_width, aw], [0, 0]])
    return r[0] if one else r


def resize_with_crop_or_pad(image, target_height, target_width):
    t, one = _batched(image)
    h, w = t.shape[1], t.shape[2]
    dh, dw = target_height - h, target_width - w
    t = crop_to_bounding_box(t, max(-dh // 2, 0), max(-dw // 2, 0), min(target_height, h), min(target_width, w))
    t = pad_to_bounding_box(t, max(dh // 2, 0), max(dw // 2, 0), target_height, target_width)
    return t[0] if one else t


def central_crop(image, central_fraction):
    if central_fraction <= 0.0 or central_fraction > 1.0:
        raise ValueError("central_fraction must be within (0, 1]")
    t, one = _batched(image)
    if central_fraction == 1.0:
        return convert_to_tensor(image)
    h, w = t.shape[1], t.shape[2]
    y, x = int((h - h * central_fraction) / 2), int((w - w * central_fraction) / 2)
    r = t[:, y:h - y, x:w - x]
    return r[0] if one else r


def per_image_standardization(image):
    t = _ops.cast(convert_to_tensor(image), "float32")
    n = 1
    for d in t.shape[-3:]:
        n *= d
    mean = _ops.reduce_mean(t, axis=[-1, -2, -3], keepdims=True)
    std = _ops.maximum(_tf().math.reduce_std(t, axis=[-1, -2, -3], keepdims=True), _ops.rsqrt(_ops.cast(n, "float32")))
    return (t - mean) / std


def grayscale_to_rgb(images, name=None):
    t = convert_to_tensor(images)
    return _ops.tile(t, [1] * (len(t.shape) - 1) + [3])


def transpose(image, name=None):
    t = convert_to_tensor(image)
    return _ops.transpose(t, [1, 0, 2] if len(t.shape) == 3 else [0, 2, 1, 3])


def rot90(image, k=1, name=None):
    t = convert_to_tensor(image)
    o = len(t.shape) - 3
    for _ in range(int(k) % 4):
        t = _ops.transpose(reverse(t, [o + 1]), list(range(o)) + [o + 1, o, o + 2])
    return t


def convert_image_dtype(image, dtype, saturate=False, name=None):
    from . import dtypes as _dt

    t, d = convert_to_tensor(image), _dt.as_dtype(dtype)
    if d == t.dtype:
        return _ops.identity(t)
    if t.dtype.is_floating and d.is_floating:
        return _ops.cast(t, d)
    if t.dtype.is_integer and d.is_floating:
        return _ops.cast(t, d) * (1.0 / t.dtype.max)
    if t.dtype.is_floating:
        s = t * (d.max + 0.5)
        return _ops.cast(_ops.clip_by_value(s, d.min, d.max) if saturate else s, d)
    si, so = t.dtype.max, d.max
    return _ops.cast(t // ((si + 1) // (so + 1)), d) if si > so else _ops.cast(t, d) * ((so + 1) // (si + 1))


def _flip(image, axis, rnd):
    t = convert_to_tensor(image)
    if len(t.shape) == 3:
        return reverse(t, [axis]) if float(rnd([])) < 0.5 else t
    f = _ops.cast(_ops.round(_ops.reshape(rnd([t.shape[0]]), [-1, 1, 1, 1])), t.dtype)
    return f * reverse(t, [axis + 1]) + (1 - f) * t


def _rnd(seed, stateless):
    from . import random

    if stateless:
        return lambda shape, lo=0, hi=1.0, dtype="float32": random.stateless_uniform(shape, seed, lo, hi, dtype)
    return lambda shape, lo=0, hi=1.0, dtype="float32": random.uniform(shape, lo, hi, dtype, seed=seed)


def _crop(value, size, rnd):
    import numpy as np

    t = convert_to_tensor(value)
    size = [int(s) for s in _np(convert_to_tensor(size)).reshape(-1)]
    shape = np.array(t.shape.as_list())
    if not (shape >= size).all():
        raise _ops.InvalidArgumentError(None, None, "Need value.shape >= size, got  %s %s" % (shape, size))
    off = _np(rnd([len(size)], 0, 2 ** 31 - 1, "int32")) % (shape - size + 1)
    return t[tuple(slice(o, o + s) for o, s in zip(off, size))]


def _install_random():
    def mk(f, names, stateless):
        def g(*a, **k):
            a = list(a) + [k.pop(n) for n in names[len(a):] if n in k]
            return f(*a[:len(names)], _rnd(k.get("seed", a[len(names)] if len(a) > len(names) else None), stateless))

        return g

    for name, names, f in (
            ("flip_left_right", ("image",), lambda i, r: _flip(i, 1, r)),
            ("flip_up_down", ("image",), lambda i, r: _flip(i, 0, r)), ("crop", ("value", "size"), _crop),
            ("brightness", ("image", "max_delta"), lambda i, d, r: _check((d >= 0, "max_delta must be non-negative."))
             or adjust_brightness(i, r([], -d, d))),
            ("contrast", ("image", "lower", "upper"), lambda i, lo, hi, r: _check(
                (hi > lo, "upper must be > lower."), (lo >= 0, "lower must be non-negative.")) or
             adjust_contrast(i, r([], lo, hi)))):
        globals()["random_" + name], globals()["stateless_random_" + name] = mk(f, names, 0), mk(f, names, 1)


_install_random()

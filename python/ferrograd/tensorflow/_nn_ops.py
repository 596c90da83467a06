# tf.nn functions beyond _ops: normalisation, activations, losses, pooling, transposed convolutions.
import math as _math

from . import _ops
from ._ops import _scalar, _shape_list, identity
from ._tensor import _T, _arg, _from_array, _np, _wrap
from ._math_ops import _node, _npm, erfc
from .errors import _invalid


def l2_normalize(x, axis=None, epsilon=1e-12, name=None, dim=None):
    from ._ops import maximum, reduce_sum, rsqrt

    t = _arg(x)
    sq = reduce_sum(t * t, axis if dim is None else dim, keepdims=True)
    return _wrap(_T.__mul__(t, _arg(rsqrt(maximum(sq, epsilon)))))


def moments(x, axes, shift=None, keepdims=False, name=None):
    from ._ops import reduce_mean, square, stop_gradient

    t = _arg(x)
    mean = reduce_mean(t, axes, keepdims=True)
    var = reduce_mean(square(_wrap(_T.__sub__(t, _arg(stop_gradient(mean))))), axes, keepdims=True)
    if not keepdims:
        from ._ops import squeeze

        mean, var = squeeze(mean, axes), squeeze(var, axes)
    return mean, var


def dropout(x, rate, noise_shape=None, seed=None, name=None):
    from . import random as _rnd

    t = _arg(x)
    r = float(_scalar(rate))
    if not 0 <= r < 1:
        raise ValueError("`rate` must be a scalar tensor or a float in the range [0, 1). Received: rate=%s" % rate)
    if r == 0:
        return identity(t)
    shape = _shape_list(noise_shape) if noise_shape is not None else list(t._size())
    keep = _arg(_rnd.uniform(shape, seed=seed)) >= r
    scale = 1.0 / (1.0 - r)
    return _wrap(_T.__mul__(_T.__mul__(t, scale), _T._cast(keep, t._dtype_name)))


def gelu(features, approximate=False, name=None):
    x = _wrap(_arg(features))
    if approximate:
        c = _ops.cast(0.7978845608028654, x.dtype)
        return 0.5 * x * (1.0 + _ops.tanh(c * (x + _ops.cast(0.044715, x.dtype) * _ops.pow(x, 3))))
    return 0.5 * x * erfc(-x * _ops.cast(0.7071067811865476, x.dtype))  # TF 2.21 nn_ops.gelu


def selu(features, name=None):
    """TF's Selu kernel: x < 0 ? scale_alpha * (exp(x) - 1) : scale * x; SeluGrad:
    g * (y < 0 ? y + scale_alpha : scale)."""
    x = _arg(features)
    xd = _wrap(_T.detach(x))
    scale = _ops.cast(1.0507009873554804934193349852946, xd.dtype)
    scale_alpha = _ops.cast(1.7580993408473768599402175208123, xd.dtype)
    neg = xd < 0
    y = _ops.where(neg, scale_alpha * (_ops.exp(_ops.minimum(xd, _ops.zeros_like(xd))) - 1), scale * xd)

    def backward(g):
        yy = _wrap(_T.detach(y))
        return [_arg(_wrap(g) * _ops.where(yy < 0, yy + scale_alpha, _ops.zeros_like(yy) + scale))]

    return _node("SeluGrad", [x], y, backward)


def crelu(features, axis=-1, name=None):
    x = _wrap(_arg(features))
    return _ops.relu(_ops.concat([x, -x], axis))


def batch_normalization(x, mean, variance, offset, scale, variance_epsilon, name=None):
    inv = _ops.rsqrt(variance + variance_epsilon)
    if scale is not None:
        inv = inv * scale
    x = _wrap(_arg(x))
    return x * _ops.cast(inv, x.dtype) + _ops.cast(offset - mean * inv if offset is not None else -mean * inv,
                                                     x.dtype)


def normalize_moments(counts, mean_ss, variance_ss, shift, name=None):
    divisor = _ops.reciprocal(counts)
    if shift is not None:
        shifted_mean = mean_ss * divisor
        mean = shifted_mean + shift
    else:
        shifted_mean = mean_ss * divisor
        mean = shifted_mean
    variance = variance_ss * divisor - _ops.square(shifted_mean)
    return mean, variance


def weighted_cross_entropy_with_logits(labels, logits, pos_weight, name=None):
    labels, logits = _wrap(_arg(labels)), _wrap(_arg(logits))
    log_weight = 1 + (pos_weight - 1) * labels
    return (1 - labels) * logits + log_weight * (_ops.log1p(_ops.exp(-_ops.abs(logits))) + _ops.relu(-logits))


def log_poisson_loss(targets, log_input, compute_full_loss=False, name=None):
    targets, log_input = _wrap(_arg(targets)), _wrap(_arg(log_input))
    result = _ops.exp(log_input) - log_input * targets
    if compute_full_loss:
        point_five = _ops.constant(0.5, dtype=targets.dtype)
        two_pi = _ops.constant(2 * _math.pi, dtype=targets.dtype)
        stirling = targets * _ops.log(targets) - targets + point_five * _ops.log(two_pi * targets)
        zeros = _ops.zeros_like(targets)
        ones = _ops.ones_like(targets)
        cond = _ops.logical_and(targets >= zeros, targets <= ones)
        result += _ops.where(cond, zeros, stirling)
    return result


def compute_average_loss(per_example_loss, sample_weight=None, global_batch_size=None):
    loss = _wrap(_arg(per_example_loss))
    if sample_weight is not None:
        loss = loss * _ops.cast(sample_weight, loss.dtype)
    if global_batch_size is None:
        global_batch_size = _ops.cast(_ops.size(loss) if loss.shape.rank == 0 else _ops.shape(loss)[0], loss.dtype)
    return _ops.reduce_sum(loss) / _ops.cast(global_batch_size, loss.dtype)


def scale_regularization_loss(regularization_loss):
    return _ops.reduce_sum(regularization_loss)


def depth_to_space(input, block_size, data_format="NHWC", name=None):
    x = _wrap(_arg(input))
    n, h, w, c = [int(d) for d in x.shape]
    b = int(block_size)
    if c % (b * b):
        raise _invalid("DepthToSpace", "Input depth dimension %d should be divisible by: %d" % (c, b * b))
    y = _ops.reshape(x, [n, h, w, b, b, c // (b * b)])
    y = _ops.transpose(y, [0, 1, 3, 2, 4, 5])
    return _ops.reshape(y, [n, h * b, w * b, c // (b * b)])


def space_to_depth(input, block_size, data_format="NHWC", name=None):
    x = _wrap(_arg(input))
    n, h, w, c = [int(d) for d in x.shape]
    b = int(block_size)
    if h % b or w % b:
        raise _invalid("SpaceToDepth", "Image width %d and height %d should be divisible by block_size: %d"
                       % (w, h, b))
    y = _ops.reshape(x, [n, h // b, b, w // b, b, c])
    y = _ops.transpose(y, [0, 1, 3, 2, 4, 5])
    return _ops.reshape(y, [n, h // b, w // b, b * b * c])


def max_pool1d(input, ksize, strides, padding, data_format="NWC", name=None):
    from ._conv import max_pool2d

    if _T.dim(_arg(input)) != 3:
        raise _invalid("MaxPool", "tensor_in_shape must have 2 spatial dimensions. %d 0" % (_T.dim(_arg(input)) + 1))

    k = ksize[0] if isinstance(ksize, (list, tuple)) else ksize
    s = strides[0] if isinstance(strides, (list, tuple)) else strides
    return _ops.squeeze(max_pool2d(_ops.expand_dims(input, 1), [1, int(k)], [1, int(s)], padding), [1])


def avg_pool1d(input, ksize, strides, padding, data_format="NWC", name=None):
    from ._conv import avg_pool2d

    if _T.dim(_arg(input)) != 3:
        raise _invalid("AvgPool", "tensor_in_shape must have 2 spatial dimensions. %d 0" % (_T.dim(_arg(input)) + 1))

    k = ksize[0] if isinstance(ksize, (list, tuple)) else ksize
    s = strides[0] if isinstance(strides, (list, tuple)) else strides
    return _ops.squeeze(avg_pool2d(_ops.expand_dims(input, 1), [1, int(k)], [1, int(s)], padding), [1])


def conv2d_transpose(input, filters, output_shape, strides, padding="SAME", data_format="NHWC", dilations=None,
                     name=None):
    """tf.nn.conv2d_transpose (the input gradient of conv2d): the input dilated by the strides, padded, and
    convolved with the spatially flipped filter (filters: [kh, kw, out_channels, in_channels])."""
    from ._conv import _pair, conv2d
    from ._array_ops import pad, reverse

    if data_format not in ("NHWC", None):
        raise NotImplementedError("tf.nn.conv2d_transpose: only NHWC is supported on CPU")
    x, k = _wrap(_arg(input)), _wrap(_arg(filters))
    osh = [int(d) for d in (_np(_arg(output_shape)).reshape(-1) if isinstance(output_shape, _T) else output_shape)]
    n, h, w, cin = [int(d) for d in x.shape]
    kh, kw, cout, kin = [int(d) for d in k.shape]
    if kin != cin:
        raise _invalid("Conv2DBackpropInput", "Conv2DCustomBackpropInput: filter and out_backprop must have the "
                       "same out_depth", name=False)
    ss, ds = _pair(strides), _pair(dilations or 1)
    if osh[3] != cout:
        raise _invalid("Conv2DBackpropInput", "Conv2DCustomBackpropInput: Size of out_backprop doesn't match "
                       "computed: actual = %d, computed = %d" % (cout, osh[3]), name=False)
    pads = []
    for dim, (i, o, kk, s, d) in enumerate(zip((h, w), osh[1:3], (kh, kw), ss, ds)):
        keff = (kk - 1) * d + 1
        if isinstance(padding, str) and padding.upper() == "SAME":
            total = max((-(-o // s) - 1) * s + keff - o, 0)
            before = total // 2
            expect = -(-o // s)
        elif isinstance(padding, str):
            before = 0
            expect = (o - keff) // s + 1
        else:
            p = [list(q) for q in padding]
            p = p[1:3] if len(p) == 4 else p
            before = p[dim][0]
            expect = (o + p[dim][0] + p[dim][1] - keff) // s + 1
        if expect != i:
            raise _invalid("Conv2DBackpropInput", "Conv2DCustomBackpropInput: Size of out_backprop doesn't match "
                           "computed: actual = %d, computed = %d spatial_dim: %d input: %d filter: %d output: %d "
                           "stride: %d dilation: %d" % (i, expect, dim + 1, o, kk, i, s, d), name=False)
        ld = (i - 1) * s + 1
        pb = keff - 1 - before
        pa = o + keff - 1 - ld - pb
        pads.append((pb, pa))
    np = _npm()
    if ss[0] > 1 or ss[1] > 1:
        # dilate: scatter the input into a zero tensor at stride positions (differentiable gather)
        ldh, ldw = (h - 1) * ss[0] + 1, (w - 1) * ss[1] + 1
        zero = _ops.zeros([n, 1, w, cin], dtype=x.dtype)
        xz = _ops.concat([x, zero], 1)
        hi = np.full(ldh, h, np.int32)
        hi[::ss[0]] = np.arange(h)
        x = _ops.gather(xz, _from_array(hi), axis=1)
        zero = _ops.zeros([n, ldh, 1, cin], dtype=x.dtype)
        xz = _ops.concat([x, zero], 2)
        wi = np.full(ldw, w, np.int32)
        wi[::ss[1]] = np.arange(w)
        x = _ops.gather(xz, _from_array(wi), axis=2)
    (pt, pb_), (pl, pr) = pads
    crop_t, crop_b, crop_l, crop_r = max(-pt, 0), max(-pb_, 0), max(-pl, 0), max(-pr, 0)
    x = pad(x, [[0, 0], [max(pt, 0), max(pb_, 0)], [max(pl, 0), max(pr, 0)], [0, 0]])
    if crop_t or crop_b or crop_l or crop_r:
        hh, ww = int(x.shape[1]), int(x.shape[2])
        x = x[:, crop_t:hh - crop_b, crop_l:ww - crop_r, :]
    kf = _ops.transpose(reverse(k, [0, 1]), [0, 1, 3, 2])
    return conv2d(x, kf, 1, "VALID", dilations=ds)


def conv1d_transpose(input, filters, output_shape, strides, padding="SAME", data_format="NWC", dilations=None,
                     name=None):
    s = strides[0] if isinstance(strides, (list, tuple)) else strides
    d = 1 if dilations is None else (dilations[0] if isinstance(dilations, (list, tuple)) else dilations)
    osh = [int(v) for v in (_np(_arg(output_shape)).reshape(-1) if isinstance(output_shape, _T) else output_shape)]
    out = conv2d_transpose(_ops.expand_dims(input, 1), _ops.expand_dims(filters, 0), [osh[0], 1, osh[1], osh[2]],
                           [1, int(s)], padding, dilations=[1, int(d)])
    return _ops.squeeze(out, [1])

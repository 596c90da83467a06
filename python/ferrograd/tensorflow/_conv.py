# tf.nn.conv2d / max_pool2d / avg_pool2d in NHWC, built from differentiable core ops: TF's
# padding rule ('SAME': total = max((ceil(in/stride)-1)*stride + k_eff - in, 0), the smaller half
# before), patches gathered in (kh, kw, C) order as TF's im2col contraction reads them, and one
# matmul with the kernel reshaped to (kh*kw*C, out).
from . import _ops
from ._tensor import _T, _arg, _wrap
from .errors import _invalid


def _pair(v, n=2):
    if isinstance(v, int):
        return [v] * n
    v = list(v)
    if len(v) == n + 2:  # [1, sh, sw, 1] NHWC form
        return v[1:-1]
    return v


def _same_pads(size, k, s, d):
    keff = (k - 1) * d + 1
    out = -(-size // s)
    total = max((out - 1) * s + keff - size, 0)
    return total // 2, total - total // 2


def _pad_hw(x, padding, ks, ss, ds, value=0.0):
    n, h, w, c = x._size()
    if isinstance(padding, str):
        padding = padding.upper()
        if padding == "VALID":
            return x
        if padding != "SAME":
            raise ValueError("`padding` must be one of 'SAME', 'VALID' or explicit pads, got %r" % padding)
        (t, b), (l, r) = _same_pads(h, ks[0], ss[0], ds[0]), _same_pads(w, ks[1], ss[1], ds[1])
    else:
        p = [list(q) for q in padding]
        if len(p) == 4:
            p = p[1:3]
        (t, b), (l, r) = p
    if not (t or b or l or r):
        return x
    from ._array_ops import pad

    return _arg(pad(_wrap(x), [[0, 0], [t, b], [l, r], [0, 0]], constant_values=value))


def _windows(x, ks, ss, ds):
    # (N, Ho, Wo, kh*kw, C) patches of an NHWC tensor.
    n, h, w, c = x._size()
    kh, kw = ks
    ho = (h - (kh - 1) * ds[0] - 1) // ss[0] + 1
    wo = (w - (kw - 1) * ds[1] - 1) // ss[1] + 1
    if ho <= 0 or wo <= 0:
        raise _invalid("Conv2D", "Computed output size would be negative: %d [input_size: %d, effective_filter_size: "
                       "%d, stride: %d]" % (min(ho, wo), h, (kh - 1) * ds[0] + 1, ss[0]), name=True)
    parts = []
    for i in range(kh):
        for j in range(kw):
            hi, wj = i * ds[0], j * ds[1]
            parts.append(_T.__getitem__(x, (slice(None), slice(hi, hi + (ho - 1) * ss[0] + 1, ss[0]),
                                            slice(wj, wj + (wo - 1) * ss[1] + 1, ss[1]), slice(None))))
    return _T.reshape(_core_stack(parts, 3), [n, ho, wo, kh * kw, c]), ho, wo


def _core_stack(ts, dim):
    from .. import _core

    return _core.stack(ts, dim)


def conv2d(input, filters, strides=1, padding="VALID", data_format="NHWC", dilations=None, name=None):
    if data_format not in ("NHWC", None):
        raise NotImplementedError("tf.nn.conv2d: only NHWC is supported on CPU")
    x, k = _arg(input), _arg(filters)
    if _T.dim(x) != 4 or _T.dim(k) != 4:
        raise ValueError("input must be 4-dimensional%s" % list(x._size()))
    kh, kw, cin, cout = k._size()
    if x._size()[3] != cin:
        raise _invalid("Conv2D", "input depth must be evenly divisible by filter depth: %d vs %d"
                       % (x._size()[3], cin), name=True)
    ss, ds = _pair(strides), _pair(dilations or 1)
    x = _pad_hw(x, padding, (kh, kw), ss, ds)
    win, ho, wo = _windows(x, (kh, kw), ss, ds)
    n = x._size()[0]
    cols = _T.reshape(win, [n * ho * wo, kh * kw * cin])
    out = _ops.matmul(_wrap(cols), _wrap(_T.reshape(k, [kh * kw * cin, cout])))
    return _ops.reshape(out, [n, ho, wo, cout])


def _pool(input, ksize, strides, padding, reduce_fn, pad_value):
    x = _arg(input)
    ks, ss = _pair(ksize), _pair(strides)
    x = _pad_hw(x, padding, ks, ss, (1, 1), pad_value)
    win, _, _ = _windows(x, ks, ss, (1, 1))
    return reduce_fn(_wrap(win), 3)


def max_pool2d(input, ksize, strides, padding, data_format="NHWC", name=None):
    return _pool(input, ksize, strides, padding, _ops.reduce_max, float("-inf"))


def avg_pool2d(input, ksize, strides, padding, data_format="NHWC", name=None):
    if isinstance(padding, str) and padding.upper() == "SAME":
        # TF averages over the valid (unpadded) cells only
        x = _arg(input)
        ones = _ops.ones_like(_wrap(x))
        s = _pool(input, ksize, strides, padding, _ops.reduce_sum, 0.0)
        c = _pool(ones, ksize, strides, padding, _ops.reduce_sum, 0.0)
        return s / c
    return _pool(input, ksize, strides, padding, _ops.reduce_mean, 0.0)


max_pool = max_pool2d
avg_pool = avg_pool2d


def conv1d(input, filters, stride=1, padding="VALID", data_format="NWC", dilations=None, name=None):
    """tf.nn.conv1d: conv2d on (N, 1, W, C) with a (1, K, Cin, Cout) filter, as TF computes it."""
    from . import _ops

    if data_format not in ("NWC", None):
        raise NotImplementedError("tf.nn.conv1d: only NWC is supported on CPU")
    s = stride[0] if isinstance(stride, (list, tuple)) and len(stride) == 1 else \
        stride[1] if isinstance(stride, (list, tuple)) else stride
    d = 1 if dilations is None else (dilations[0] if isinstance(dilations, (list, tuple)) and len(dilations) == 1
                                     else dilations[1] if isinstance(dilations, (list, tuple)) else dilations)
    x = _ops.expand_dims(input, -3)
    k = _ops.expand_dims(filters, 0)
    out = conv2d(x, k, [1, int(s)], padding, dilations=[1, int(d)])
    return _ops.squeeze(out, [-3])

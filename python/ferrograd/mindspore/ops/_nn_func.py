# mindspore.ops neural-network functions (MindSpore's ops/function/nn_func.py): padding, activations,
# losses, convolution and pooling, normalisation, embedding, dropout.
import builtins as _b

from ... import _core
from ..._lazy import np
from .._tensor import Tensor, _sum, astype
from . import functional as F
from .functional import _t
from ._utils import _CT, _PI, _idx, _np_of

__all__ = [
    "bias_add", "dropout", "pad", "cosine_similarity", "smooth_l1_loss", "kl_div", "conv2d", "conv1d", "max_pool2d",
    "avg_pool2d", "adaptive_avg_pool2d", "layer_norm", "batch_norm", "embedding", "hardsigmoid", "hardswish", "mish",
    "selu", "celu", "softsign", "logsigmoid", "prelu", "huber_loss", "glu", "softmin", "softshrink",
    "soft_shrink", "hardshrink", "tanhshrink", "threshold", "fast_gelu", "pixel_shuffle", "pixel_unshuffle",
    "channel_shuffle", "dropout1d", "dropout2d", "dropout3d", "avg_pool1d", "adaptive_avg_pool1d",
    "adaptive_max_pool1d", "adaptive_max_pool2d", "unfold", "fold", "margin_ranking_loss", "soft_margin_loss",
    "hinge_embedding_loss", "triplet_margin_loss", "multilabel_soft_margin_loss", "multi_margin_loss",
    "gaussian_nll_loss", "cosine_embedding_loss", "lp_pool1d", "lp_pool2d",
]


def bias_add(input_x, bias, data_format=None):
    x = _t(input_x)
    shape = [1] * x.ndim
    shape[1 if x.ndim > 1 else 0] = -1
    return x + _t(bias).reshape(*shape)


def dropout(input, p=0.5, training=True, seed=None):
    x = _t(input)
    if not training:
        return x
    from .. import _random

    # MindSpore: a fresh Dropout primitive seeded by _get_seed(seed, "dropout") per call
    rng = _random.KernelRng(*_random.get_graph_seed(seed, "dropout"))
    factor = rng.dropout_factor(tuple(x.shape), 1 - p)
    return x * Tensor(factor.astype(x._dtype_name))


# ------------------------------------------------------------------ padding

def _const_pad(x, pads, value):
    nd = x.ndim
    for i in range(len(pads) // 2):
        d = nd - 1 - i
        lo, hi = pads[2 * i], pads[2 * i + 1]
        if lo < 0:
            x = x.narrow(d, -lo, x.shape[d] + lo)
            lo = 0
        if hi < 0:
            x = x.narrow(d, 0, x.shape[d] + hi)
            hi = 0
        parts = []
        for n in (lo, None, hi):
            if n is None:
                parts.append(x)
            elif n > 0:
                s = list(x.shape)
                s[d] = n
                parts.append(Tensor(np.full(s, value, x._dtype_name)))
        x = _core.cat(parts, d) if len(parts) > 1 else x
    return x


def _index_pad(x, pads, mode):
    nd = x.ndim
    for i in range(len(pads) // 2):
        d = nd - 1 - i
        lo, hi = pads[2 * i], pads[2 * i + 1]
        n = x.shape[d]
        ar = np.arange(-lo, n + hi)
        if mode == "reflect":
            period = 2 * (n - 1)
            ar = np.abs(((ar % period) + period) % period)
            ar = np.where(ar >= n, period - ar, ar)
        elif mode == "replicate":
            ar = np.clip(ar, 0, n - 1)
        elif mode == "circular":
            ar = ar % n
        x = x.index_select(d, Tensor(ar.astype(np.int64)))
    return x


def pad(input_x, padding, mode="constant", value=None):
    x = _t(input_x)
    pads = tuple(int(p) for p in (padding.asnumpy().tolist() if isinstance(padding, _CT) else padding))
    if mode == "constant":
        return _const_pad(x, pads, 0 if value is None else value)
    if mode in ("reflect", "replicate", "edge", "circular"):
        return _index_pad(x, pads, "replicate" if mode == "edge" else mode)
    raise ValueError(f"For 'PadV3', the 'mode' must be str and must be in '['constant', 'reflect', 'edge', "
                     f"'circular']', but got '{mode}'.")


# ------------------------------------------------------------------ distances, losses, activations

def cosine_similarity(x1, x2, dim=1, eps=1e-08):
    a, b = _t(x1), _t(x2)
    w = (a * b).sum(dim)
    n = ((a * a).sum(dim).sqrt() * (b * b).sum(dim).sqrt()).clamp(eps, None)
    return w / n


def _reduce(x, reduction):
    from .._tensor import _mean

    if reduction == "mean":
        return _mean(x)
    if reduction == "sum":
        return _sum(x)
    if reduction == "none":
        return x
    raise ValueError(f"For 'reduction', the value should be 'none', 'mean' or 'sum', but got {reduction}.")


def smooth_l1_loss(input, target, beta=1.0, reduction="none"):
    d = (_t(input) - _t(target)).abs()
    loss = _core.where_(d < beta, d * d * (0.5 / beta), d - 0.5 * beta)
    return _reduce(loss, reduction)


def huber_loss(input, target, reduction="mean", delta=1.0):
    if delta <= 0:
        raise ValueError(f"For 'huber_loss', the argument 'delta' must > 0.0, but got {delta}.")
    d = (_t(input) - _t(target)).abs()
    loss = _core.where_(d < delta, d * d * 0.5, (d - 0.5 * delta) * delta)
    return _reduce(loss, reduction)


def kl_div(logits, labels, reduction="mean"):
    from .functional import log

    if reduction not in ("none", "mean", "batchmean", "sum"):
        raise ValueError("For 'KLDivLoss', the 'reduction' must be str and must be in "
                         f"'['none', 'mean', 'batchmean', 'sum']', but got '{reduction}'.")
    x, y = _t(logits), _t(labels)
    loss = _core.where_(y > 0, y * (log(y.clamp(1e-38, None)) - x), _core.full_like(y, 0))
    if reduction == "batchmean":
        return _sum(loss) / x.shape[0]
    if reduction == "mean":
        return _sum(loss) / x.numel()
    return _sum(loss) if reduction == "sum" else loss


def hardsigmoid(input):
    return ((_t(input) + 3) / 6).clamp(0.0, 1.0)


def hardswish(x):
    x = _t(x)
    r = x * (x + 3).clamp(0.0, 6.0) / 6
    return _core.where_(x <= -3, _core.full_like(x, 0), r)


def mish(x):
    x = _t(x)
    return x * F.log(F.exp(x) + 1).tanh()


def selu(input_x):
    x = _t(input_x)
    alpha, scale = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
    return _core.where_(x > 0, x * scale, (x.exp() - 1) * (alpha * scale))


def celu(x, alpha=1.0):
    x = _t(x)
    return _core.where_(x > 0, x, ((x / alpha).exp() - 1) * alpha)


def softsign(x):
    x = _t(x)
    return x / (x.abs() + 1)


def logsigmoid(x):
    from .functional import sigmoid

    return F.log(sigmoid(_t(x)))


def prelu(x, weight):
    x, w = _t(x), _t(weight)
    if x.ndim > 1 and w.numel() > 1:
        shape = [1] * x.ndim
        shape[1] = -1
        w = w.reshape(*shape)
    return _core.where_(x > 0, x, x * w)


# ------------------------------------------------------------------ convolution and pooling

def _pair(v, n=2):
    if isinstance(v, int):
        return (v,) * n
    v = tuple(v)
    return v * n if len(v) == 1 else v


def _windows(x, kh, kw, sh, sw, dh, dw):
    # x: (N, C, H, W) -> (N, C, kh, kw, Ho, Wo) windows, built from differentiable gathers.
    N, C, H, W = x.shape
    Ho = (H - dh * (kh - 1) - 1) // sh + 1
    Wo = (W - dw * (kw - 1) - 1) // sw + 1
    if Ho <= 0 or Wo <= 0:
        raise ValueError(f"The output shape of the window is ({Ho}, {Wo}), which must be positive; the input "
                         f"shape is {tuple(x.shape)} and the kernel size is ({kh}, {kw}).")
    hidx = np.array([oh * sh + i * dh for i in range(kh) for oh in range(Ho)], np.int64)
    widx = np.array([ow * sw + j * dw for j in range(kw) for ow in range(Wo)], np.int64)
    x1 = x.index_select(2, Tensor(hidx)).reshape(N, C, kh, Ho, W)
    x2 = x1.index_select(4, Tensor(widx)).reshape(N, C, kh, Ho, kw, Wo)
    return x2.permute(0, 1, 2, 4, 3, 5), Ho, Wo


def _same_pads(size, k, s, d):
    out = -(-size // s)
    need = _b.max(0, (out - 1) * s + d * (k - 1) + 1 - size)
    return need // 2, need - need // 2


def _pad_4(padding):
    # MindSpore's pad argument -> (top, bottom, left, right).
    if isinstance(padding, int):
        return (padding,) * 4
    p = tuple(padding)
    if len(p) == 2:
        return (p[0], p[0], p[1], p[1])
    return p


def _conv2d_core(x, weight, stride, pad_mode, padding, dilation, groups):
    O, Cg, kh, kw = weight.shape
    sh, sw = _pair(stride)
    dh, dw = _pair(dilation)
    N, C, H, W = x.shape
    if C != Cg * groups:
        raise ValueError(f"For 'Conv2D', 'C_in' of input 'x' shape divide by parameter 'group' must be equal to "
                         f"'C_in' of input 'weight' shape: {Cg}, but got 'C_in' of input 'x' shape: {C}, and "
                         f"'group': {groups}.")
    if pad_mode == "same":
        t, b = _same_pads(H, kh, sh, dh)
        left, r = _same_pads(W, kw, sw, dw)
    elif pad_mode == "pad":
        t, b, left, r = _pad_4(padding)
    else:
        t = b = left = r = 0
    if t or b or left or r:
        x = _const_pad(x, (left, r, t, b), 0.0)
    win, Ho, Wo = _windows(x, kh, kw, sh, sw, dh, dw)  # (N, C, kh, kw, Ho, Wo)
    outs = []
    og = O // groups
    for g in range(groups):
        wg = win if groups == 1 else win.narrow(1, g * Cg, Cg)
        cols = wg.permute(0, 4, 5, 1, 2, 3).reshape(N * Ho * Wo, Cg * kh * kw)
        wt = weight if groups == 1 else weight.narrow(0, g * og, og)
        outs.append(cols.mm(wt.reshape(og, Cg * kh * kw).t()))
    out = outs[0] if groups == 1 else _core.cat(outs, 1)
    return out.reshape(N, Ho, Wo, O).permute(0, 3, 1, 2).contiguous()


def conv2d(input, weight, bias=None, stride=1, pad_mode="valid", padding=0, dilation=1, groups=1):
    x = _t(input)
    if isinstance(padding, str):
        pad_mode, padding = padding, 0
    elif padding != 0 and pad_mode == "valid":
        pad_mode = "pad"
    unbatched = x.ndim == 3
    if unbatched:
        x = x.unsqueeze(0)
    out = _conv2d_core(x, weight, stride, pad_mode, padding, dilation, groups)
    if bias is not None:
        out = out + bias.reshape(1, -1, 1, 1)
    return out.squeeze(0) if unbatched else out


def conv1d(input, weight, bias=None, stride=1, pad_mode="valid", padding=0, dilation=1, groups=1):
    x = _t(input).unsqueeze(2)
    w = weight.unsqueeze(2) if weight.ndim == 3 else weight
    pm = pad_mode
    if isinstance(padding, str):
        pm, padding = padding, 0
    elif padding != 0 and pad_mode == "valid":
        pm = "pad"
    p = padding if isinstance(padding, int) else padding[0]
    out = _conv2d_core(x, w, (1, stride if isinstance(stride, int) else stride[0]), pm, (0, 0, p, p),
                       (1, dilation if isinstance(dilation, int) else dilation[0]), groups)
    if bias is not None:
        out = out + bias.reshape(1, -1, 1, 1)
    return out.squeeze(2)


def _pool(x, kernel_size, stride, pad_mode, padding, mode, ceil_mode=False, count_include_pad=True,
          divisor_override=None, dilation=1, return_indices=False):
    # max/avg pooling over the last two axes of a 4-D tensor. pad_mode 'valid' | 'same' | 'pad'. Max pooling
    # with return_indices also gives each maximum's flat (h * W + w) position in the input, as int64.
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(stride if stride is not None else kernel_size)
    dh, dw = _pair(dilation)
    N, C, H, W = x.shape
    fill = float("-inf") if mode == "max" else 0.0
    if pad_mode == "same":
        t, b = _same_pads(H, kh, sh, dh)
        left, r = _same_pads(W, kw, sw, dw)
    elif pad_mode == "pad":
        ph, pw = _pair(padding)
        t, b, left, r = ph, ph, pw, pw
    else:
        t = b = left = r = 0
    if ceil_mode:
        for size, k, s, lo, attr in ((H, dh * (kh - 1) + 1, sh, t, "b"), (W, dw * (kw - 1) + 1, sw, left, "r")):
            o = -(-(size + 2 * lo - k) // s) + 1
            if (o - 1) * s >= size + lo:
                o -= 1
            extra = _b.max(0, (o - 1) * s + k - (size + 2 * lo))
            if attr == "b":
                b += extra
            else:
                r += extra
    pads = (left, r, t, b)
    xp = _const_pad(x, pads, fill) if _b.any(pads) else x
    win, Ho, Wo = _windows(xp, kh, kw, sh, sw, dh, dw)
    flat = win.permute(0, 1, 4, 5, 2, 3).reshape(N, C, Ho, Wo, kh * kw)
    if mode == "max":
        idx = flat.argmax(-1, True)
        out = flat.gather(-1, idx).squeeze(-1)
        if not return_indices:
            return out
        pos = Tensor(np.arange(H * W, dtype=np.float64).reshape(1, 1, H, W))
        pw, _, _ = _windows(_const_pad(pos, pads, -1.0) if _b.any(pads) else pos, kh, kw, sh, sw, dh, dw)
        pw = pw.permute(0, 1, 4, 5, 2, 3).reshape(1, 1, Ho, Wo, kh * kw).expand(N, C, Ho, Wo, kh * kw)
        return out, pw.gather(-1, idx).squeeze(-1)._cast("int64")
    if divisor_override:
        return flat.sum(-1) / float(divisor_override)
    if pad_mode == "same" or (pad_mode == "pad" and not count_include_pad) or ceil_mode:
        ones = Tensor(np.ones((1, 1, H, W), x._dtype_name))
        if pad_mode == "pad" and count_include_pad:
            ones = _const_pad(ones, (left, left, t, t), 1.0)
            lo = (0, r - left, 0, b - t)
            cnt_src = _const_pad(ones, lo, 0.0)
        else:
            cnt_src = _const_pad(ones, (left, r, t, b), 0.0)
        cw, _, _ = _windows(cnt_src, kh, kw, sh, sw, 1, 1)
        cnt = cw.permute(0, 1, 4, 5, 2, 3).reshape(1, 1, Ho, Wo, kh * kw).sum(-1)
        return flat.sum(-1) / cnt
    return flat.mean(-1)


def max_pool2d(x, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False):
    x = _t(x)
    unb = x.ndim == 3
    if unb:
        x = x.unsqueeze(0)
    out = _pool(x, kernel_size, stride, "pad" if padding else "valid", padding, "max", ceil_mode, True, None, dilation,
                return_indices)
    if return_indices:
        return (out[0].squeeze(0), out[1].squeeze(0)) if unb else out
    return out.squeeze(0) if unb else out


def avg_pool2d(input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=0):
    x = _t(input_x)
    unb = x.ndim == 3
    if unb:
        x = x.unsqueeze(0)
    out = _pool(x, kernel_size, stride, "pad" if padding else "valid", padding, "avg", ceil_mode,
                count_include_pad, divisor_override or None)
    return out.squeeze(0) if unb else out


def adaptive_avg_pool2d(input, output_size):
    x = _t(input)
    H, W = x.shape[-2], x.shape[-1]
    oh, ow = _pair(output_size)
    oh = H if oh is None else oh
    ow = W if ow is None else ow
    rows = []
    for i in range(oh):
        h0, h1 = (i * H) // oh, -(-((i + 1) * H) // oh)
        cols = []
        for j in range(ow):
            w0, w1 = (j * W) // ow, -(-((j + 1) * W) // ow)
            cols.append(x.narrow(-2, h0, h1 - h0).narrow(-1, w0, w1 - w0).mean((-2, -1)))
        rows.append(_core.stack(cols, -1))
    return _core.stack(rows, -2)


# ------------------------------------------------------------------ normalisation, embedding

def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    x = _t(input)
    n = len(normalized_shape) if isinstance(normalized_shape, (tuple, list)) else 1
    axes = tuple(range(x.ndim - n, x.ndim))
    m = x.mean(axes, True)
    d = x - m
    v = (d * d).mean(axes, True)
    y = d * (v + eps).rsqrt()
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    from .._ln_ms import ms_layer_norm

    return ms_layer_norm(y, x, axes, eps, weight, bias)


def batch_norm(input_x, running_mean, running_var, weight, bias, training=False, momentum=0.1, eps=1e-05):
    from ..nn._norm import _bn

    return _bn(_t(input_x), running_mean, running_var, weight, bias, training, momentum, eps)


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False):
    idx = _idx(input)
    w = _t(weight)
    return w.index_select(0, idx.reshape(-1)).reshape(*(tuple(idx.shape) + (w.shape[1],)))


# ------------------------------------------------------------------ activations / nn functional

def glu(x, axis=-1):
    t = _t(x)
    if t.shape[axis] % 2:
        raise ValueError(f"For 'Split', x_shape[{axis % t.ndim}] must be divisible by output_num = 2, but got "
                         f"{t.shape[axis]}")
    a, b = t.chunk(2, axis % t.ndim)
    return a * F.sigmoid(b)


def softmin(x, axis=-1, *, dtype=None):
    t = _t(x)
    if dtype is not None:
        t = astype(t, dtype)
    return F.softmax(-t, axis)


def softshrink(input, lambd=0.5):
    x = _t(input)
    if lambd < 0:
        raise RuntimeError(f"For 'SoftShrink', the values for lambd should be greater or equal to 0, , but found to "
                           f"be [{lambd:g}].")
    zero = _core.full_like(x.detach(), 0)
    return _core.where_(x > lambd, x - lambd, _core.where_(x < -lambd, x + lambd, zero))


soft_shrink = softshrink


def hardshrink(input, lambd=0.5):
    x = _t(input)
    return _core.where_(x.abs() > lambd, x, _core.full_like(x.detach(), 0))


def tanhshrink(input):
    x = _t(input)
    return x - F.tanh(x)


def threshold(input, thr, value):
    x = _t(input)
    return _core.where_(x > thr, x, _core.full_like(x.detach(), value))


def _expf_t(t):
    # exp with the C library's expf (MindSpore's FastGeLU kernel), differentiable.
    if t._dtype_name != "float32":
        return t.exp()
    out = Tensor(np.exp(t.numpy(True).astype(np.float64)).astype(np.float32))
    if not t.requires_grad:
        return out
    return _core.custom_node("ExpBackward", [t], out, lambda g: [g * out])


def fast_gelu(x):
    t = _t(x)
    # x / (1 + exp(-1.702 |x|)) * exp(0.851 (x - |x|))
    a = t.abs()
    return t / (1 + _expf_t(a * -1.702)) * _expf_t((t - a) * 0.851)


def pixel_shuffle(input, upscale_factor):
    x = _t(input)
    r = upscale_factor
    if x.ndim < 3:
        raise ValueError(f"For 'pixel_shuffle', the dimension of 'input' must be at least 3, but got {x.ndim}.")
    *lead, c, h, w = x.shape
    if c % (r * r):
        raise ValueError("For 'pixel_shuffle', the length of third to last dimension is not divisible"
                         "by `upscale_factor` squared.")
    oc = c // (r * r)
    nl = len(lead)
    y = x.reshape(*lead, oc, r, r, h, w)
    y = y.permute(*_b.range(nl), nl, nl + 3, nl + 1, nl + 4, nl + 2)
    return y.reshape(*lead, oc, h * r, w * r)


def pixel_unshuffle(input, downscale_factor):
    x = _t(input)
    r = downscale_factor
    *lead, c, h, w = x.shape
    if h % r or w % r:
        raise ValueError(f"For 'pixel_unshuffle', the height and width of 'input' must be divisible by "
                         f"'downscale_factor', but got {h}, {w} and {r}.")
    nl = len(lead)
    y = x.reshape(*lead, c, h // r, r, w // r, r)
    y = y.permute(*_b.range(nl), nl, nl + 2, nl + 4, nl + 1, nl + 3)
    return y.reshape(*lead, c * r * r, h // r, w // r)


def channel_shuffle(x, groups):
    t = _t(x)
    n, c = t.shape[0], t.shape[1]
    if c % groups:
        raise ValueError(f"For 'channel_shuffle', number of channels must be divisible by groups, but got {c} "
                         f"channels and {groups} groups.")
    rest = tuple(t.shape[2:])
    return t.reshape(n, groups, c // groups, *rest).swapaxes(1, 2).reshape(n, c, *rest)


def _channel_dropout(name, nd):
    def op(input, p=0.5, training=True):
        x = _t(input)
        if not 0 <= p <= 1:
            raise ValueError(f"For '{name}', the 'p' must be in range [0, 1], but got {p}.")
        if not training or p == 0:
            return x
        shape = tuple(x.shape[:-nd]) + (1,) * nd
        keep = (F.uniform(shape, Tensor(0.0), Tensor(1.0)) >= p)._cast(x._dtype_name) if p < 1 else None
        if keep is None:
            return x * 0
        return x * keep / (1 - p)
    op.__name__ = name
    return op


dropout1d = _channel_dropout("dropout1d", 1)
dropout2d = _channel_dropout("dropout2d", 2)
dropout3d = _channel_dropout("dropout3d", 3)


def avg_pool1d(input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False, count_include_pad=True):
    x = _t(input_x)
    y = avg_pool2d(x.unsqueeze(2), (1, kernel_size), (1, stride), (0, 0, padding, padding) if padding else 0,
                     ceil_mode, count_include_pad)
    return y.squeeze(2)


def adaptive_avg_pool1d(input, output_size):
    x = _t(input)
    n = x.shape[-1]
    if n < output_size:
        raise ValueError(f"For adaptive_avg_pool1d input's last dimension must be greater or equal to output size "
                         f"{output_size}, but got {n}.")
    if n % output_size:
        raise ValueError(f"For adaptive_avg_pool1d input's last dimension must be divisible by output size "
                         f"{output_size}, but got {n}.")
    return adaptive_avg_pool2d(x.unsqueeze(2), (1, output_size)).squeeze(2)


def _adaptive_max(x, out_sizes, return_indices):
    nsp = len(out_sizes)
    sp = tuple(x.shape[-nsp:])
    lead = tuple(x.shape[:-nsp])
    outs, idxs = [], []
    import itertools

    ranges = []
    for i, o in enumerate(out_sizes):
        n = sp[i]
        o = n if o is None else o
        ranges.append([(k * n // o, -(-(k + 1) * n // o)) for k in _b.range(o)])
    a = x.asnumpy()
    flat_index = np.arange(int(np.prod(sp))).reshape(sp)
    cells = list(itertools.product(*ranges))
    for cell in cells:
        sl = tuple(slice(s, e) for s, e in cell)
        win = a[(Ellipsis,) + sl].reshape(lead + (-1,))
        fi = flat_index[sl].reshape(-1)
        am = win.argmax(-1)
        idxs.append(fi[am])
    oshape = tuple(len(r) for r in ranges)
    idx = np.stack(idxs, -1).reshape(lead + oshape).astype(np.int64)
    flat = x.reshape(*lead, -1)
    out = flat.gather(len(lead), Tensor(idx.reshape(lead + (-1,)))).reshape(*(lead + oshape))
    return (out, Tensor(idx)) if return_indices else out


def adaptive_max_pool1d(input, output_size):
    return _adaptive_max(_t(input), (output_size,), False)


def adaptive_max_pool2d(input, output_size, return_indices=False):
    os_ = (output_size, output_size) if isinstance(output_size, int) or output_size is None else tuple(output_size)
    return _adaptive_max(_t(input), os_, return_indices)


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    x = _t(input)
    kh, kw = _pair(kernel_size)
    dh, dw = _pair(dilation)
    ph, pw = _pair(padding)
    sh, sw = _pair(stride)
    if ph or pw:
        x = pad(x, (pw, pw, ph, ph))
    n, c, h, w = x.shape
    oh = (h - dh * (kh - 1) - 1) // sh + 1
    ow = (w - dw * (kw - 1) - 1) // sw + 1
    rows = np.arange(kh)[:, None, None, None] * dh + np.arange(oh)[None, None, :, None] * sh
    cols = np.arange(kw)[None, :, None, None] * dw + np.arange(ow)[None, None, None, :] * sw
    idx = (rows * w + cols).reshape(-1).astype(np.int64)
    g = x.reshape(n, c, h * w).index_select(2, Tensor(idx))
    return g.reshape(n, c * kh * kw, oh * ow)


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    x = _t(input)
    oh_, ow_ = (_np_of(output_size).tolist() if isinstance(output_size, _CT) else _pair(output_size))
    kh, kw = _pair(kernel_size)
    dh, dw = _pair(dilation)
    ph, pw = _pair(padding)
    sh, sw = _pair(stride)
    n, ckk, L = x.shape
    c = ckk // (kh * kw)
    H, W = oh_ + 2 * ph, ow_ + 2 * pw
    oh = (H - dh * (kh - 1) - 1) // sh + 1
    ow = (W - dw * (kw - 1) - 1) // sw + 1
    rows = np.arange(kh)[:, None, None, None] * dh + np.arange(oh)[None, None, :, None] * sh
    cols = np.arange(kw)[None, :, None, None] * dw + np.arange(ow)[None, None, None, :] * sw
    idx = (rows * W + cols).reshape(-1)
    a = x.asnumpy().reshape(n, c, kh * kw * oh * ow)
    out = np.zeros((n, c, H * W), a.dtype)
    np.add.at(out, (slice(None), slice(None), idx), a)
    out = out.reshape(n, c, H, W)[:, :, ph:ph + oh_, pw:pw + ow_]
    res = Tensor(np.asarray(out))
    if not x.requires_grad:
        return res
    return _core.custom_node("FoldBackward", [x], res,
                             lambda g: [unfold(g, kernel_size, dilation, padding, stride)])


# ------------------------------------------------------------------ losses

def _red(x, reduction, name="loss"):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"For '{name}', the 'reduction' must be in ['mean', 'sum', 'none'], but got "
                         f"{reduction}.")
    if reduction == "mean":
        return F.mean(x)
    if reduction == "sum":
        return _sum(x)
    return x


def margin_ranking_loss(input1, input2, target, margin=0.0, reduction="mean"):
    x1, x2, y = _t(input1), _t(input2), _t(target)
    return _red(F.relu(-y * (x1 - x2) + margin), reduction, "margin_ranking_loss")


def soft_margin_loss(input, target, reduction="mean"):
    x, y = _t(input), _t(target)
    return _red(F.log(1 + F.exp(-y * x)), reduction, "soft_margin_loss")


def hinge_embedding_loss(inputs, targets, margin=1.0, reduction="mean"):
    x, y = _t(inputs), _t(targets)
    pos = _core.where_(y == 1, x, x * 0)
    neg = _core.where_(y == -1, F.relu(margin - x), x * 0)
    return _red(pos + neg, reduction, "hinge_embedding_loss")


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, reduction="mean"):
    a, pos, neg = _t(anchor), _t(positive), _t(negative)

    def d(u, v):
        return F.pow(_sum(F.pow((u - v).abs() + eps, p), -1), 1.0 / p)
    dp, dn = d(a, pos), d(a, neg)
    if swap:
        dn = F.minimum(dn, d(pos, neg))
    return _red(F.relu(dp - dn + margin), reduction, "triplet_margin_loss")


def multilabel_soft_margin_loss(input, target, weight=None, reduction="mean"):
    x, y = _t(input), _t(target)
    pos = F.log(F.exp(-x) + 1)
    neg = F.log(F.exp(x) + 1)
    loss = y * pos + (1 - y) * neg
    if weight is not None:
        loss = loss * _t(weight)
    loss = _sum(loss, x.ndim - 1) / x.shape[-1]
    return _red(loss, reduction, "multilabel_soft_margin_loss")


def multi_margin_loss(input, target, p=1, margin=1, weight=None, reduction="mean"):
    x = _t(input)
    y = _t(target)
    n, c = x.shape
    idx = y.reshape(-1, 1)._cast("int64")
    xy = x.gather(1, idx)
    m = F.relu(margin - xy + x)
    if p == 2:
        m = m * m
    if weight is not None:
        m = m * _t(weight).index_select(0, idx.reshape(-1)).reshape(-1, 1)
    onehot = np.zeros((n, c), x.asnumpy().dtype)
    onehot[np.arange(n), y.asnumpy().astype(np.int64)] = 1
    m = m * Tensor(1 - onehot)
    return _red(_sum(m, 1) / c, reduction, "multi_margin_loss")


def gaussian_nll_loss(x, target, var, full=False, eps=1e-06, reduction="mean"):
    xt, yt, v = _t(x), _t(target), _t(var)
    v = v.clamp(eps)
    loss = (F.log(v) + (xt - yt) * (xt - yt) / v) * 0.5
    if full:
        loss = loss + 0.5 * float(np.log(2 * _PI))
    return _red(loss, reduction, "gaussian_nll_loss")


def cosine_embedding_loss(input1, input2, target, margin=0.0, reduction="mean"):
    x1, x2, y = _t(input1), _t(input2), _t(target)
    cos = _sum(x1 * x2, -1) / F.sqrt(_sum(x1 * x1, -1) * _sum(x2 * x2, -1) + 1e-12)
    loss = _core.where_(y == 1, 1 - cos, F.relu(cos - margin))
    return _red(loss, reduction, "cosine_embedding_loss")


# ------------------------------------------------------------------ LP pooling (MindSpore's composition)

def lp_pool1d(x, norm_type, kernel_size, stride=None, ceil_mode=False):
    if not isinstance(norm_type, (float, int)):
        raise TypeError(f"For lp_pool1d, the type of 'norm_type' must be float or int, but got {type(norm_type)}")
    norm_type = float(norm_type)
    if norm_type == 0:
        raise ValueError("For lp_pool1d, the value of 'norm_type' can not be 0.")
    t = _t(x)
    squeeze = t.ndim == 2
    if squeeze:
        t = t.unsqueeze(0)
    stride = kernel_size if stride is None else stride
    out = avg_pool1d(_powf(t, norm_type), kernel_size, stride, 0, ceil_mode)
    if squeeze:
        out = out.squeeze(0)
    return _powf((out.sign() * F.relu(out.abs())) * kernel_size, 1.0 / norm_type)


def lp_pool2d(x, norm_type, kernel_size, stride=None, ceil_mode=False):
    if not isinstance(norm_type, (float, int)):
        raise TypeError(f"For lp_pool2d, the type of 'norm_type' must be float or int, but got {type(norm_type)}")
    norm_type = float(norm_type)
    if norm_type == 0:
        raise ValueError("For lp_pool2d, the value of 'norm_type' can not be 0.")
    t = _t(x)
    ks = (kernel_size, kernel_size) if isinstance(kernel_size, int) else tuple(kernel_size)
    stride = ks if stride is None else ((stride, stride) if isinstance(stride, int) else tuple(stride))
    out = avg_pool2d(_powf(t, norm_type), ks, stride, 0, ceil_mode)
    return _powf((out.sign() * F.relu(out.abs())) * (ks[0] * ks[1]), 1.0 / norm_type)


def _powf(t, e):
    # pow with the C library's powf (MindSpore's Pow kernel for float32), differentiable.
    if t._dtype_name != "float32":
        return F.pow(t, e)
    a = t.numpy(True).astype(np.float64)
    with np.errstate(all="ignore"):
        out = Tensor(np.power(a, float(np.float32(e))).astype(np.float32))
    if not t.requires_grad:
        return out
    return _core.custom_node("PowBackward", [t], out, lambda g: [g * F.pow(t.detach(), e - 1) * e])


def lrn(input, depth_radius=5, bias=1.0, alpha=1.0, beta=0.5, norm_region="ACROSS_CHANNELS"):
    """Local response normalisation across channels: x / (bias + alpha * sum of x^2 over 2r+1 channels)^beta."""
    x = _t(input)
    sq = x * x
    C = x.shape[1]
    p = _const_pad(sq.movedim(1, -1), (depth_radius, depth_radius), 0.0).movedim(-1, 1)
    s = p.narrow(1, 0, C)
    for k in range(1, 2 * depth_radius + 1):
        s = s + p.narrow(1, k, C)
    return x / (s * alpha + bias) ** beta

__all__ += ["lrn"]


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    from ..nn._norm import _group_norm

    return _group_norm(_t(input), num_groups, weight, bias, eps)


__all__ += ["group_norm"]

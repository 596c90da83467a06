# Max/avg/adaptive/LP/fractional pooling modules and functions (1-d and 3-d through the 2-d kernels).
__all__ = ["MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d", "MaxPool1d", "AvgPool1d", "AdaptiveAvgPool1d",
           "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "LPPool1d", "LPPool2d", "LPPool3d", "MaxPool3d", "AvgPool3d",
           "AdaptiveAvgPool3d", "AdaptiveMaxPool3d", "FractionalMaxPool2d"]
from .... import _core
from .. import functional as F
from .module import Module
from .utils import _adaptive_bounds, _ntuple, _pair, _single, _torch


# The pooling modules' shared state and printing, as in torch's own _MaxPoolNd / _AvgPoolNd /
# _AdaptiveAvgPoolNd / _AdaptiveMaxPoolNd; each dimension's class only adds its forward.
class _MaxPoolNd(Module):
    def __init__(self, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False):
        super().__init__()
        self.kernel_size = kernel_size
        self.stride = stride if (stride is not None) else kernel_size
        self.padding, self.dilation = padding, dilation
        self.return_indices, self.ceil_mode = return_indices, ceil_mode

    def extra_repr(self):
        return ("kernel_size={kernel_size}, stride={stride}, padding={padding}"
                ", dilation={dilation}, ceil_mode={ceil_mode}".format(**self.__dict__))


class _AvgPoolNd(Module):
    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
                 divisor_override=None):
        super().__init__()
        self.kernel_size = kernel_size
        self.stride = stride if (stride is not None) else kernel_size
        self.padding, self.ceil_mode = padding, ceil_mode
        self.count_include_pad, self.divisor_override = count_include_pad, divisor_override

    def extra_repr(self):
        return f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}"


class _AdaptiveAvgPoolNd(Module):
    def __init__(self, output_size):
        super().__init__()
        self.output_size = output_size

    def extra_repr(self):
        return f"output_size={self.output_size}"


class _AdaptiveMaxPoolNd(_AdaptiveAvgPoolNd):
    def __init__(self, output_size, return_indices=False):
        super().__init__(output_size)
        self.return_indices = return_indices


class MaxPool2d(_MaxPoolNd):
    def forward(self, input):
        return F.max_pool2d(input, self.kernel_size, self.stride, self.padding, self.dilation,
                            ceil_mode=self.ceil_mode, return_indices=self.return_indices)


class AvgPool2d(_AvgPoolNd):
    def forward(self, input):
        return F.avg_pool2d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                            self.count_include_pad, self.divisor_override)


class AdaptiveAvgPool2d(_AdaptiveAvgPoolNd):
    def forward(self, input):
        return F.adaptive_avg_pool2d(input, self.output_size)


def _pool_args(kernel_size, stride, padding):
    k = _single(kernel_size)[0]
    s = k if (stride is None or stride == () or stride == []) else _single(stride)[0]
    return k, s, _single(padding)[0]


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"max_pool1d() Expected 2D or 3D input tensor, but got {list(input.shape)}")
    k, s, p = _pool_args(kernel_size, stride, padding)
    if p > k // 2:
        raise RuntimeError(f"max_pool1d() padding should be at most half of kernel size, but got padding={p} "
                           f"and kernel_size={k}")
    d = _single(dilation)[0]
    if (input.shape[-1] + 2 * p - d * (k - 1) - 1) // s + 1 < 1:
        raise RuntimeError(f"max_pool1d() Invalid computed output size: "
                           f"{(input.shape[-1] + 2 * p - d * (k - 1) - 1) // s + 1}")
    out = F.max_pool2d(input.unsqueeze(-2), (1, k), (1, s), (0, p), (1, d), ceil_mode=ceil_mode,
                       return_indices=return_indices)
    if return_indices:
        return out[0].squeeze(-2), out[1].squeeze(-2)
    return out.squeeze(-2)


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    k, s, p = _pool_args(kernel_size, stride, padding)
    out = F.avg_pool2d(input.unsqueeze(-2), (1, k), (1, s), (0, p), ceil_mode, count_include_pad)
    return out.squeeze(-2)


def adaptive_avg_pool1d(input, output_size):
    L = input.shape[-1]
    o = _single(output_size)[0]
    parts = [input.narrow(-1, a, b - a).mean(-1, True) for a, b in _adaptive_bounds(L, o)]
    return _core.cat(parts, -1).unsqueeze(-2).squeeze(-2)


def adaptive_max_pool1d(input, output_size, return_indices=False):
    L = input.shape[-1]
    o = _single(output_size)[0]
    parts = [input.narrow(-1, a, b - a).amax(-1, True) for a, b in _adaptive_bounds(L, o)]
    out = _core.cat(parts, -1).unsqueeze(-2).squeeze(-2)
    if return_indices:
        raise NotImplementedError("ferrograd: adaptive_max_pool1d(return_indices=True) is not supported")
    return out


class MaxPool1d(_MaxPoolNd):
    def forward(self, input):
        return max_pool1d(input, self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode,
                          self.return_indices)


class AvgPool1d(Module):
    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
        super().__init__()
        self.kernel_size = _single(kernel_size)
        self.stride = _single(stride if stride is not None else kernel_size)
        self.padding = _single(padding)
        self.ceil_mode, self.count_include_pad = ceil_mode, count_include_pad

    def forward(self, input):
        return avg_pool1d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode, self.count_include_pad)

    def extra_repr(self):
        return f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}"


class AdaptiveAvgPool1d(_AdaptiveAvgPoolNd):
    def forward(self, input):
        return adaptive_avg_pool1d(input, self.output_size)


class AdaptiveMaxPool1d(_AdaptiveMaxPoolNd):
    def forward(self, input):
        return adaptive_max_pool1d(input, self.output_size, self.return_indices)


def adaptive_max_pool2d(input, output_size, return_indices=False):
    if return_indices:
        raise NotImplementedError("ferrograd: adaptive_max_pool2d(return_indices=True) is not supported")
    H, W = input.shape[-2], input.shape[-1]
    oh, ow = _pair(output_size)
    oh = H if oh is None else oh
    ow = W if ow is None else ow
    rows = []
    for a, b in _adaptive_bounds(H, oh):
        cols = [input.narrow(-2, a, b - a).narrow(-1, c, d - c).amax((-2, -1), True) for c, d in _adaptive_bounds(W, ow)]
        rows.append(_core.cat(cols, -1))
    return _core.cat(rows, -2)


class AdaptiveMaxPool2d(_AdaptiveMaxPoolNd):
    def forward(self, input):
        return adaptive_max_pool2d(input, self.output_size, self.return_indices)


def _pool3d_check(input, kernel_size, stride, padding, dilation, ceil_mode, is_avg):
    # ATen's avg/max_pool3d shape checks (same order and messages).
    if input.dim() not in (4, 5) or input.numel() == 0:
        raise RuntimeError("non-empty 4D or 5D (batch mode) tensor expected for input")
    k = _ntuple(kernel_size, 3)
    s = _ntuple(stride if stride is not None and stride != [] else kernel_size, 3)
    p = _ntuple(padding, 3)
    d = _ntuple(dilation, 3)
    sizes = tuple(input.shape[-3:])
    outs = []
    for n, kk, ss, pp, dd in zip(sizes, k, s, p, d):
        if not pp <= ((kk - 1) * dd + 1) // 2:
            raise RuntimeError("pad should be at most half of effective kernel size, but got "
                               f"pad={pp}, kernel_size={kk} and dilation={dd}")
        o = (n + 2 * pp - dd * (kk - 1) - 1 + ((ss - 1) if ceil_mode else 0)) // ss + 1
        if ceil_mode and (o - 1) * ss >= n + pp:
            o -= 1
        outs.append(o)
    if is_avg and not all(n >= kk for n, kk in zip(sizes, k)):
        raise RuntimeError(f"input image (T: {sizes[0]} H: {sizes[1]} W: {sizes[2]}) smaller than kernel size "
                           f"(kT: {k[0]} kH: {k[1]} kW: {k[2]})")
    if min(outs) < 1:
        C = input.shape[-4]
        raise RuntimeError(f"Given input size: ({C}x{sizes[0]}x{sizes[1]}x{sizes[2]}). Calculated output size: "
                           f"({C}x{outs[0]}x{outs[1]}x{outs[2]}). Output size is too small")


def _pool3d_prep(input, kernel_size, stride, padding, pad_value):
    unbatched = input.dim() == 4
    x = input.unsqueeze(0) if unbatched else input
    k = _ntuple(kernel_size, 3)
    s = _ntuple(stride if stride is not None and stride != [] else kernel_size, 3)
    p = _ntuple(padding, 3)
    if any(p):
        x = F.pad(x, (p[2], p[2], p[1], p[1], p[0], p[0]), value=pad_value)
    return x, k, s, unbatched


def _depth_windows(x, kd, sd, dd=1):
    # x (N, C, D, ...) -> list over a in range(kd) of (N, C, Do, ...) slices.
    torch = _torch()
    D = x.shape[2]
    Do = (D - dd * (kd - 1) - 1) // sd + 1
    return [x.index_select(2, torch.tensor([od * sd + a * dd for od in range(Do)], dtype=torch.int64))
            for a in range(kd)], Do


def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if return_indices:
        return max_pool3d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode, True)
    torch = _torch()
    _pool3d_check(input, kernel_size, stride, padding, dilation, ceil_mode, False)
    _check_ceil(input, kernel_size, stride, padding, dilation, ceil_mode, "max_pool3d")
    x, k, s, unbatched = _pool3d_prep(input, kernel_size, stride, padding, float("-inf"))
    d = _ntuple(dilation, 3)
    N, C, D, H, W = x.shape
    flat = x.reshape(N, C * D, H, W)
    y = F.max_pool2d(flat, k[1:], s[1:], 0, d[1:])
    y = y.reshape(N, C, D, y.shape[-2], y.shape[-1])
    parts, Do = _depth_windows(y, k[0], s[0], d[0])
    out = torch.stack(parts, -1).amax(-1)
    if unbatched:
        out = out.squeeze(0)
    return out._named("MaxPool3DWithIndicesBackward0")


def max_pool3d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=True):
    import numpy as np

    torch = _torch()
    out = max_pool3d(input, kernel_size, stride, padding, dilation, ceil_mode, False)
    # indices: flat position in D*H*W of the first maximum (numpy on values)
    unbatched = input.dim() == 4
    a = input.detach().numpy(True)
    if unbatched:
        a = a[None]
    k = _ntuple(kernel_size, 3)
    s = _ntuple(stride if stride is not None and stride != [] else kernel_size, 3)
    p = _ntuple(padding, 3)
    dl = _ntuple(dilation, 3)
    N, C, D, H, W = a.shape
    o = out.detach().numpy(True)
    if unbatched:
        o = o[None]
    Do, Ho, Wo = o.shape[2:]
    ind = np.zeros(o.shape, dtype=np.int64)
    for od in range(Do):
        for oh in range(Ho):
            for ow in range(Wo):
                best = None
                bidx = np.zeros((N, C), dtype=np.int64)
                bval = np.full((N, C), -np.inf, dtype=np.float64)
                for i in range(k[0]):
                    z = od * s[0] - p[0] + i * dl[0]
                    if z < 0 or z >= D:
                        continue
                    for j in range(k[1]):
                        y = oh * s[1] - p[1] + j * dl[1]
                        if y < 0 or y >= H:
                            continue
                        for l in range(k[2]):
                            xx = ow * s[2] - p[2] + l * dl[2]
                            if xx < 0 or xx >= W:
                                continue
                            v = a[:, :, z, y, xx]
                            upd = (v > bval) | np.isnan(v)
                            bval = np.where(upd, v, bval)
                            bidx = np.where(upd, (z * H + y) * W + xx, bidx)
                ind[:, :, od, oh, ow] = bidx
    if unbatched:
        ind = ind[0]
    return out, torch.tensor(ind, dtype=torch.int64)


def _check_ceil(input, kernel_size, stride, padding, dilation, ceil_mode, name):
    if not ceil_mode:
        return
    k = _ntuple(kernel_size, 3)
    s = _ntuple(stride if stride is not None and stride != [] else kernel_size, 3)
    p = _ntuple(padding, 3)
    d = _ntuple(dilation, 3)
    for n, kk, ss, pp, dd in zip(tuple(input.shape[-3:]), k, s, p, d):
        span = n + 2 * pp - dd * (kk - 1) - 1
        if span % ss != 0:
            raise NotImplementedError(f"ferrograd: {name}(ceil_mode=True) with a partial last window is not "
                                      "supported")


def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    torch = _torch()
    _pool3d_check(input, kernel_size, stride, padding, 1, ceil_mode, True)
    _check_ceil(input, kernel_size, stride, padding, 1, ceil_mode, "avg_pool3d")
    x, k, s, unbatched = _pool3d_prep(input, kernel_size, stride, padding, 0.0)
    N, C, D, H, W = x.shape
    flat = x.reshape(N, C * D, H, W)
    exclude = not count_include_pad and any(_ntuple(padding, 3)) and not divisor_override
    # window sums (divisor_override=1), then one division like ATen (by the in-image count if exclude)
    y, _ = F._pool_prep(flat, k[1:], s[1:], 0, 1, 0.0)
    y = y.sum(-1)
    y = y.reshape(N, C, D, y.shape[-2], y.shape[-1])
    parts, Do = _depth_windows(y, k[0], s[0])
    out = torch.stack(parts, -1).sum(-1)
    if exclude:
        import numpy as np

        p = _ntuple(padding, 3)
        counts = [np.array([min(o * ss + kk, n + pp) - max(o * ss, pp)
                            for o in range(m)], dtype=np.float64)
                  for n, m, kk, ss, pp in zip(tuple(input.shape[-3:]), tuple(out.shape[-3:]), k, s, p)]
        cnt = counts[0][:, None, None] * counts[1][None, :, None] * counts[2][None, None, :]
        out = out / torch.tensor(cnt.astype(np.float32), dtype=out.dtype)
    else:
        out = out / float(k[0] * k[1] * k[2])
    if divisor_override:
        out = out * (k[0] * k[1] * k[2] / divisor_override)
    if unbatched:
        out = out.squeeze(0)
    return out._named("AvgPool3DBackward0")


def _adaptive3d(input, output_size, reduce, pool=None):
    # adaptive_{avg,max}_pool3d: `reduce` over each adaptive window (or `pool` with a fixed kernel when the
    # sizes divide evenly), on a 4-D or 5-D input.
    torch = _torch()
    unbatched = input.dim() == 4
    x = input.unsqueeze(0) if unbatched else input
    D, H, W = x.shape[-3:]
    od, oh, ow = _ntuple(output_size, 3)
    od, oh, ow = od or D, oh or H, ow or W
    if pool is not None and D % od == 0 and H % oh == 0 and W % ow == 0:
        out = pool(x, (D // od, H // oh, W // ow))
    else:
        planes = []
        for (d0, d1) in _adaptive_bounds(D, od):
            rows = []
            for (h0, h1) in _adaptive_bounds(H, oh):
                cols = [reduce(x[:, :, d0:d1, h0:h1, w0:w1]) for (w0, w1) in _adaptive_bounds(W, ow)]
                rows.append(torch.stack(cols, -1))
            planes.append(torch.stack(rows, -2))
        out = torch.stack(planes, -3)
    return out.squeeze(0) if unbatched else out


def adaptive_avg_pool3d(input, output_size):
    if input.dim() not in (4, 5):
        raise RuntimeError(f"adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got {list(input.shape)}")
    return _adaptive3d(input, output_size, lambda w: w.mean((2, 3, 4)), avg_pool3d)._named(
        "AdaptiveAvgPool3DBackward0")


def adaptive_max_pool3d(input, output_size, return_indices=False):
    out = _adaptive3d(input, output_size, lambda w: w.amax((2, 3, 4)))._named("AdaptiveMaxPool3DBackward0")
    if return_indices:
        raise NotImplementedError("ferrograd: adaptive_max_pool3d(return_indices=True) is not implemented")
    return out


def max_pool1d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=True):
    return F.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode, True)


def max_pool2d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=True):
    return F.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode, True)


def adaptive_max_pool1d_with_indices(input, output_size, return_indices=True):
    import numpy as np

    torch = _torch()
    out = F.adaptive_max_pool1d(input, output_size)
    a = input.detach().numpy(True)
    L = a.shape[-1]
    o = output_size[0] if isinstance(output_size, (tuple, list)) else output_size
    ind = np.stack([lo + np.argmax(a[..., lo:hi], -1) for lo, hi in _adaptive_bounds(L, o)], -1)
    return out, torch.tensor(ind.astype(np.int64), dtype=torch.int64)


def adaptive_max_pool2d_with_indices(input, output_size, return_indices=True):
    return F.adaptive_max_pool2d(input, output_size, True)


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    torch = _torch()
    if stride is not None:
        out = F.avg_pool1d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = F.avg_pool1d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * F.relu(torch.abs(out))).mul(kernel_size).pow(1.0 / norm_type)


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    torch = _torch()
    kw, kh = _ntuple(kernel_size, 2)
    if stride is not None:
        out = F.avg_pool2d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = F.avg_pool2d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * F.relu(torch.abs(out))).mul(kw * kh).pow(1.0 / norm_type)


def lp_pool3d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    torch = _torch()
    kd, kw, kh = _ntuple(kernel_size, 3)
    if stride is not None:
        out = avg_pool3d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = avg_pool3d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * F.relu(torch.abs(out))).mul(kd * kw * kh).pow(1.0 / norm_type)


class _LPPoolNd(Module):
    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        super().__init__()
        self.norm_type, self.kernel_size, self.stride, self.ceil_mode = norm_type, kernel_size, stride, ceil_mode

    def extra_repr(self):
        return "norm_type={norm_type}, kernel_size={kernel_size}, stride={stride}, ceil_mode={ceil_mode}".format(
            **self.__dict__)


class LPPool1d(_LPPoolNd):
    def forward(self, input):
        return lp_pool1d(input, float(self.norm_type), self.kernel_size, self.stride, self.ceil_mode)


class LPPool2d(_LPPoolNd):
    def forward(self, input):
        return lp_pool2d(input, float(self.norm_type), self.kernel_size, self.stride, self.ceil_mode)


class LPPool3d(_LPPoolNd):
    def forward(self, input):
        return lp_pool3d(input, float(self.norm_type), self.kernel_size, self.stride, self.ceil_mode)


class MaxPool3d(_MaxPoolNd):
    def forward(self, input):
        return max_pool3d(input, self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode,
                          self.return_indices)


class AvgPool3d(_AvgPoolNd):
    def forward(self, input):
        return avg_pool3d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                          self.count_include_pad, self.divisor_override)


class AdaptiveAvgPool3d(_AdaptiveAvgPoolNd):
    def forward(self, input):
        return adaptive_avg_pool3d(input, self.output_size)


class AdaptiveMaxPool3d(_AdaptiveMaxPoolNd):
    def forward(self, input):
        return adaptive_max_pool3d(input, self.output_size, self.return_indices)


# ====================================================================== FractionalMaxPool2d
def _frac_intervals(sample, input_size, output_size, pool_size):
    import numpy as np

    f = np.float32 if isinstance(sample, np.float32) else np.float64
    seq = [0] * output_size
    if output_size > 1:
        alpha = f(input_size - pool_size) / f(output_size - 1)
        for i in range(output_size - 1):
            seq[i] = int(f((f(i) + sample) * alpha)) - int(f(sample * alpha))
    if output_size > 0:
        seq[output_size - 1] = input_size - pool_size
    return seq


def fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None, return_indices=False,
                          _random_samples=None):
    import numpy as np

    torch = _torch()
    if output_size is None and output_ratio is None:
        raise ValueError("fractional_max_pool2d requires specifying either an output_size or an output_ratio")
    if output_size is None:
        ratio = _ntuple(output_ratio, 2)
        output_size = [int(input.size(-2) * ratio[0]), int(input.size(-1) * ratio[1])]
    oh, ow = _ntuple(output_size, 2)
    kh, kw = _ntuple(kernel_size, 2)
    if _random_samples is None:
        n_batch = 1 if input.dim() == 3 else input.size(0)
        _random_samples = torch.rand(n_batch, input.size(-3), 2, dtype=input.dtype)
    unbatched = input.dim() == 3
    x = input.unsqueeze(0) if unbatched else input
    N, C, H, W = x.shape
    if oh + kh - 1 > H:
        raise RuntimeError(f"fractional_max_pool2d(): pool height {kh} too large relative to input height {H}")
    if ow + kw - 1 > W:
        raise RuntimeError(f"fractional_max_pool2d(): pool width {kw} too large relative to input width {W}")
    samples = _random_samples.detach().numpy(True)
    a = x.detach().numpy(True)
    ind = np.zeros((N, C, oh, ow), dtype=np.int64)
    for b in range(N):
        for c in range(C):
            sw_ = _frac_intervals(samples[b, c, 0], W, ow, kw)
            sh_ = _frac_intervals(samples[b, c, 1], H, oh, kh)
            plane = a[b, c]
            for i, hs in enumerate(sh_):
                for j, ws in enumerate(sw_):
                    best, bidx = -np.inf, hs * W + ws
                    for h2 in range(hs, hs + kh):
                        for w2 in range(ws, ws + kw):
                            v = plane[h2, w2]
                            if v > best or np.isnan(v):
                                best, bidx = v, h2 * W + w2
                    ind[b, c, i, j] = bidx
    idx = torch.tensor(ind, dtype=torch.int64)
    out = x.reshape(N, C, H * W).gather(2, idx.reshape(N, C, oh * ow)).reshape(N, C, oh, ow)
    if unbatched:
        out, idx = out.squeeze(0), idx.squeeze(0)
    if out.requires_grad:
        out = out._named("FractionalMaxPool2DBackward0")
    if return_indices:
        return out, idx
    return out


def fractional_max_pool2d_with_indices(input, kernel_size, output_size=None, output_ratio=None,
                                       return_indices=False, _random_samples=None):
    return fractional_max_pool2d(input, kernel_size, output_size, output_ratio, True, _random_samples)


class FractionalMaxPool2d(Module):
    def __init__(self, kernel_size, output_size=None, output_ratio=None, return_indices=False,
                 _random_samples=None):
        super().__init__()
        self.kernel_size = _ntuple(kernel_size, 2)
        self.return_indices = return_indices
        self.register_buffer("_random_samples", _random_samples)
        self.output_size = _ntuple(output_size, 2) if output_size is not None else None
        self.output_ratio = _ntuple(output_ratio, 2) if output_ratio is not None else None
        if output_size is None and output_ratio is None:
            raise ValueError("FractionalMaxPool2d requires specifying either an output size, or a pooling ratio")
        if output_size is not None and output_ratio is not None:
            raise ValueError("only one of output_size and output_ratio may be specified")
        if self.output_ratio is not None:
            if not (0 < self.output_ratio[0] < 1 and 0 < self.output_ratio[1] < 1):
                raise ValueError(f"output_ratio must be between 0 and 1 (got {output_ratio})")

    def forward(self, input):
        return fractional_max_pool2d(input, self.kernel_size, self.output_size, self.output_ratio,
                                     self.return_indices, _random_samples=self._random_samples)

# Transposed convolutions, fold/unfold and max-unpooling over differentiable gathers/scatters.
#
# col2im (the adjoint of conv2d's im2col windows) is one `_index_add_into` over the flattened output plane, so
# conv_transpose2d = matmul with the (in, out/groups * kH * kW) weight, then col2im; fold = col2im; unfold = the
# same windows conv2d gathers. Every piece is a differentiable op, so double backward works too.
__all__ = ["ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d", "Fold", "Unfold", "MaxUnpool1d", "MaxUnpool2d"]

from .... import _core
from .. import functional as F
from .conv import _ConvNd
from .module import Module
from .utils import _torch, _triple

_TAG = 0


def _ntuple(v, n):
    if isinstance(v, (str, tuple, list)) or hasattr(v, "__iter__"):
        return tuple(v)
    return (v,) * n


def _single(v):
    return _ntuple(v, 1)


def _pair(v):
    return _ntuple(v, 2)


_SCALAR_NAMES = {"float32": "Float", "float64": "Double", "float16": "Half", "bfloat16": "BFloat16", "int32": "Int",
                 "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}


def _int64():
    return _core.tensor(0).dtype


def _col2im(cols, buf_hw, stride, dilation):
    # cols (N, C, kh, kw, Lh, Lw) -> (N, C, Hb, Wb): block (lh, lw)'s element (i, j) added at
    # (lh * sh + i * dh, lw * sw + j * dw).
    import numpy as np

    N, C, kh, kw, Lh, Lw = cols.shape
    (Hb, Wb), (sh, sw), (dh, dw) = buf_hw, stride, dilation
    rows = np.arange(kh)[:, None, None, None] * dh + np.arange(Lh)[None, None, :, None] * sh
    cs = np.arange(kw)[None, :, None, None] * dw + np.arange(Lw)[None, None, None, :] * sw
    idx = (rows * Wb + cs).reshape(-1).astype(np.int64)
    flat = cols.reshape(N, C, kh * kw * Lh * Lw)
    out = flat._index_add_into(2, _core.tensor(idx, _int64(), False, _TAG), [N, C, Hb * Wb])
    return out.reshape(N, C, Hb, Wb)


# ---- transposed convolution ----
def _hw(name, v, h1):
    return f"{name}_height: {v[0]} {name}_width: {v[1]}" if len(v) == 2 else f"{name}_height: {h1} {name}_width: {v[0]}"


def _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, nsp):
    name = f"conv_transpose{nsp}d"
    if input.dim() not in (nsp + 1, nsp + 2):
        raise RuntimeError(f"Expected {nsp + 1}D (unbatched) or {nsp + 2}D (batched) input to {name}, but got input "
                           f"of size: {list(input.shape)}")
    unbatched = input.dim() == nsp + 1
    x = input.unsqueeze(0) if unbatched else input
    tup = _single if nsp == 1 else _pair
    stride, padding, output_padding, dilation = tup(stride), tup(padding), tup(output_padding), tup(dilation)
    ws = list(weight.shape)
    for pname, v in (("stride", stride), ("padding", padding), ("dilation", dilation),
                     ("output_padding", output_padding)):
        if len(v) not in (1, weight.dim() - 2):
            raise RuntimeError(f"expected {pname} to be a single integer value or a list of {weight.dim() - 2} values "
                               f"to match the convolution dimensions, but got {pname}={list(v)}")
    if any(p < 0 for p in padding):
        raise RuntimeError("negative padding is not supported")
    if any(s <= 0 for s in stride):
        raise RuntimeError("non-positive stride is not supported")
    if any(d <= 0 for d in dilation):
        raise RuntimeError("dilation should be greater than zero")
    if weight.dim() != nsp + 2:
        raise RuntimeError(f"Expected {weight.dim()}-dimensional input for {weight.dim()}-dimensional weight {ws}, "
                           f"but got {x.dim()}-dimensional input of size {list(x.shape)} instead")
    if ws[0] < groups or ws[0] % groups:
        what, size = ("at least", ws) if ws[0] < groups else ("divisible by", [ws])
        raise RuntimeError(f"Given groups={groups}, expected weight to be {what} {groups} at dimension 0, but got "
                           f"weight of size {size} instead")
    if x.shape[1] != ws[0]:
        raise RuntimeError(f"Given transposed=1, weight of size {ws}, expected input{list(x.shape)} to have {ws[0]} "
                           f"channels, but got {x.shape[1]} channels instead")
    cout = ws[1] * groups
    if bias is not None and (bias.dim() != 1 or bias.shape[0] != cout):
        raise RuntimeError(f"Given transposed=1, weight of size {ws}, expected bias to be 1-dimensional with {cout} "
                           f"elements, but got bias of size {list(bias.shape)} instead")
    if any(op >= s and op >= d for op, s, d in zip(output_padding, stride, dilation)):
        raise RuntimeError("output padding must be smaller than either stride or dilation, but got "
                           f"{_hw('output_padding', output_padding, 0)} {_hw('stride', stride, 1)} "
                           f"{_hw('dilation', dilation, 1)}")
    if nsp == 1:  # the 2-d kernel on a height-1 plane
        x, weight = x.unsqueeze(2), weight.unsqueeze(2)
        stride, padding, output_padding, dilation = ((1,) + stride, (0,) + padding, (0,) + output_padding,
                                                     (1,) + dilation)
    N, Cin, H, W = x.shape
    _, cog, kh, kw = weight.shape
    full = [(n - 1) * s + d * (k - 1) + 1 for n, s, d, k in zip((H, W), stride, dilation, (kh, kw))]
    out_hw = [f - 2 * p + op for f, p, op in zip(full, padding, output_padding)]
    if any(o <= 0 for o in out_hw):
        raise RuntimeError(f"Given input size per channel: ({H} x {W}). Calculated output size per channel: "
                           f"({out_hw[0]} x {out_hw[1]}). Output size is too small")
    cig = Cin // groups
    xr = x.permute(0, 2, 3, 1).reshape(N * H * W, Cin)
    parts = []
    for g in range(groups):
        xg = xr if groups == 1 else xr.narrow(1, g * cig, cig)
        wg = weight if groups == 1 else weight.narrow(0, g * cig, cig)
        parts.append(xg.mm(wg.reshape(cig, cog * kh * kw)))
    cols = parts[0] if groups == 1 else _core.cat(parts, 1)
    cols = cols.reshape(N, H, W, cout, kh, kw).permute(0, 3, 4, 5, 1, 2)
    buf = [max(f, p + o) for f, p, o in zip(full, padding, out_hw)]
    out = _col2im(cols, buf, stride, dilation)
    if buf[0] != out_hw[0] or padding[0]:
        out = out.narrow(2, padding[0], out_hw[0])
    if buf[1] != out_hw[1] or padding[1]:
        out = out.narrow(3, padding[1], out_hw[1])
    if bias is not None:
        out = out + bias.reshape(1, cout, 1, 1)
    if nsp == 1:
        out = out.squeeze(2)
    if unbatched:
        out = out.squeeze(0)
    return out.contiguous()._named("ConvolutionBackward0")


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, 1)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, 2)


# ---- unfold / fold ----
def _check_fold_args(kernel_size, dilation, padding, stride):
    if min(kernel_size) <= 0:
        raise RuntimeError(f"kernel size should be greater than zero, but got kernel_height: {kernel_size[0]} "
                           f"kernel_width: {kernel_size[1]}")
    if min(dilation) <= 0:
        raise RuntimeError(f"dilation should be greater than zero, but got dilation_height: {dilation[0]} "
                           f"dilation_width: {dilation[1]}")
    if min(padding) < 0:
        raise RuntimeError(f"padding should be non-negative, but got pad_height: {padding[0]} "
                           f"pad_width: {padding[1]}")
    if min(stride) <= 0:
        raise RuntimeError(f"stride should be greater than zero, but got stride_height: {stride[0]} "
                           f"stride_width: {stride[1]}")


def _blocks(size, kernel_size, dilation, padding, stride):
    return [(n + 2 * p - d * (k - 1) - 1) // s + 1
            for n, k, d, p, s in zip(size, kernel_size, dilation, padding, stride)]


def _pair_arg(v):
    t = _pair(v)
    if len(t) != 2:
        raise RuntimeError(f"It is expected kernel_size equals to 2, but got size {len(t)}")
    return t


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    """im2col: (N, C, H, W) -> (N, C * kH * kW, L), or (C, H, W) -> (C * kH * kW, L)."""
    k, d, p, s = _pair_arg(kernel_size), _pair_arg(dilation), _pair_arg(padding), _pair_arg(stride)
    if input.dim() < 3:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-input.dim()}, {input.dim() - 1}], "
                         f"but got 2)")
    if input.dim() != 4 and input.dim() != 3:
        raise RuntimeError("Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other non-zero "
                           f"dimensions for input, but got: {list(input.shape)}")
    _check_fold_args(k, d, p, s)
    unbatched = input.dim() == 3
    x = input.unsqueeze(0) if unbatched else input
    H, W = x.shape[2], x.shape[3]
    L = _blocks((H, W), k, d, p, s)
    if min(L) < 1:
        raise RuntimeError(f"Given input with spatial size ({H}, {W}), kernel_size=({k[0]}, {k[1]}), "
                           f"dilation=({d[0]}, {d[1]}), padding=({p[0]}, {p[1]}), calculated shape of the array of "
                           f"sliding blocks as ({L[0]}, {L[1]}), but its components must be at least one.")
    if p[0] or p[1]:
        x = F.pad(x, (p[1], p[1], p[0], p[0]))
    win, Lh, Lw = F._windows(x, k[0], k[1], s[0], s[1], d[0], d[1])  # (N, C, kh, kw, Lh, Lw)
    out = win.reshape(x.shape[0], x.shape[1] * k[0] * k[1], Lh * Lw)
    if unbatched:
        out = out.squeeze(0)
    return out._named("Im2ColBackward0")


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    """col2im: (N, C * kH * kW, L) -> (N, C, H, W), summing overlapping values."""
    o, k, d, p, s = (_pair_arg(output_size), _pair_arg(kernel_size), _pair_arg(dilation), _pair_arg(padding),
                     _pair_arg(stride))
    if input.dim() not in (2, 3):
        raise RuntimeError("Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero "
                           f"dimensions for input, but got: {list(input.shape)}")
    _check_fold_args(k, d, p, s)
    unbatched = input.dim() == 2
    x = input.unsqueeze(0) if unbatched else input
    N, CK, L = x.shape
    if CK % (k[0] * k[1]):
        raise RuntimeError(f"Expected size of input's dimension 1 to be divisible by the product of kernel_size, "
                           f"but got input.size(1)={CK} and kernel_size=({k[0]}, {k[1]}).")
    Lh, Lw = _blocks(o, k, d, p, s)
    if Lh < 1 or Lw < 1 or Lh * Lw != L:
        Lh, Lw = max(Lh, 0), max(Lw, 0)
        raise RuntimeError(f"Given output_size=({o[0]}, {o[1]}), kernel_size=({k[0]}, {k[1]}), dilation=({d[0]}, "
                           f"{d[1]}), padding=({p[0]}, {p[1]}), stride=({s[0]}, {s[1]}), expected size of input's "
                           f"dimension 2 to match the calculated number of sliding blocks {Lh} * {Lw} = {Lh * Lw}, "
                           f"but got input.size(2)={L}.")
    C = CK // (k[0] * k[1])
    out = _col2im(x.reshape(N, C, k[0], k[1], Lh, Lw), (o[0] + 2 * p[0], o[1] + 2 * p[1]), s, d)
    if p[0]:
        out = out.narrow(2, p[0], o[0])
    if p[1]:
        out = out.narrow(3, p[1], o[1])
    if unbatched:
        out = out.squeeze(0)
    return out.contiguous()._named("Col2ImBackward0")


# ---- max unpooling ----
def _unpool_output_size(input, kernel_size, stride, padding, output_size):
    n = len(kernel_size)
    size = list(input.shape)
    default = [(size[-n + d] - 1) * stride[d] + kernel_size[d] - 2 * padding[d] for d in range(n)]
    if output_size is None:
        return default
    if len(output_size) == n + 2:
        output_size = output_size[2:]
    if len(output_size) != n:
        raise ValueError(f"output_size should be a sequence containing {n} or {n + 2} elements, but it has a length "
                         f"of '{len(output_size)}'")
    for d in range(n):
        lo, hi = default[d] - stride[d], default[d] + stride[d]
        if not (lo < output_size[d] < hi):
            raise ValueError(f'invalid output_size "{output_size}" (dim {d} must be between {lo} and {hi})')
    return list(output_size)


def _max_unpool2d(input, indices, out_hw):
    # ATen's max_unpool2d: out.view(..., oH * oW)[indices] = input; the last write wins for repeated indices and
    # the gradient is grad_out gathered at indices (as torch's MaxUnpool2DBackward0).
    import numpy as np

    if indices.dtype != _int64():
        name = str(indices.dtype).replace("torch.", "")
        raise RuntimeError(f"elements in indices should be type int64 but got: {_SCALAR_NAMES.get(name, name)}")
    if input.dim() not in (3, 4):
        raise RuntimeError(f"Input to max_unpooling2d should be a 3d or 4d Tensor, but got a tensor with "
                           f"{input.dim()} dimensions.")
    if list(indices.shape) != list(input.shape):
        raise RuntimeError(f"Expected shape of indices to be same as that of the input tensor ({list(input.shape)}) "
                           f"but got indices tensor with shape: {list(indices.shape)}")
    oh, ow = out_hw
    lead = list(input.shape[:-2])
    L = input.shape[-2] * input.shape[-1]
    ind = indices.numpy().reshape(-1, L)
    bad = (ind < 0) | (ind >= oh * ow)
    if bad.any():
        raise RuntimeError(f"Found an invalid max index: {ind[bad][-1]} (output volumes are of size {oh}x{ow})")
    src = input.reshape(*lead, L)
    rows = np.arange(ind.shape[0])[:, None] * (oh * ow) + ind
    if np.unique(rows).size != rows.size:  # keep only the last write per target; others still get gradient
        flat = rows.reshape(-1)
        last = flat.size - 1 - np.unique(flat[::-1], return_index=True)[1]
        keep = np.zeros(flat.size, dtype=bool)
        keep[last] = True
        m = _core.tensor(keep.reshape(src.shape), None, False, _TAG)
        src = _core.where_(m, src, src - src.detach())
    out = src._scatter_add_into(-1, indices.reshape(*lead, L), lead + [oh * ow])
    return out.reshape(*lead, oh, ow)._named("MaxUnpool2DBackward0")


def max_unpool1d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    kernel_size = _single(kernel_size)
    stride = _single(stride) if stride is not None else kernel_size
    size = _unpool_output_size(input, kernel_size, stride, _single(padding), output_size)
    return _max_unpool2d(input.unsqueeze(-1), indices.unsqueeze(-1), (size[0], 1)).squeeze(-1)


def max_unpool2d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    kernel_size = _pair(kernel_size)
    stride = _pair(stride) if stride is not None else kernel_size
    size = _unpool_output_size(input, kernel_size, stride, _pair(padding), output_size)
    return _max_unpool2d(input, indices, size)


# ---- modules ----
class _ConvTransposeNd(_ConvNd):
    _nsp = 0

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1,
                 bias=True, dilation=1, padding_mode="zeros", device=None, dtype=None):
        if padding_mode != "zeros":
            raise ValueError(f'Only "zeros" padding mode is supported for {type(self).__name__}')
        super().__init__()
        t = _single if self._nsp == 1 else _pair
        self._setup(in_channels, out_channels, t(kernel_size), t(stride), t(padding), t(dilation), True,
                    t(output_padding), groups, bias, padding_mode, dtype)

    def _output_padding(self, input, output_size, stride, padding, kernel_size, num_spatial_dims, dilation=None):
        if output_size is None:
            return _single(self.output_padding)
        has_batch_dim = input.dim() == num_spatial_dims + 2
        num_non_spatial_dims = 2 if has_batch_dim else 1
        if len(output_size) == num_non_spatial_dims + num_spatial_dims:
            output_size = output_size[num_non_spatial_dims:]
        if len(output_size) != num_spatial_dims:
            raise ValueError(f"ConvTranspose{num_spatial_dims}D: for {input.dim()}D input, output_size must have "
                             f"{num_spatial_dims} or {num_non_spatial_dims + num_spatial_dims} elements (got "
                             f"{len(output_size)})")
        min_sizes, max_sizes = [], []
        for d in range(num_spatial_dims):
            dim_size = ((input.size(d + num_non_spatial_dims) - 1) * stride[d] - 2 * padding[d]
                        + (dilation[d] if dilation is not None else 1) * (kernel_size[d] - 1) + 1)
            min_sizes.append(dim_size)
            max_sizes.append(min_sizes[d] + stride[d] - 1)
        for i in range(len(output_size)):
            if output_size[i] < min_sizes[i] or output_size[i] > max_sizes[i]:
                raise ValueError(f"requested an output size of {output_size}, but valid sizes range from {min_sizes} "
                                 f"to {max_sizes} (for an input of {input.size()[2:]})")
        return [output_size[d] - min_sizes[d] for d in range(num_spatial_dims)]

    def forward(self, input, output_size=None):
        if self.padding_mode != "zeros":
            raise ValueError(f"Only `zeros` padding mode is supported for {type(self).__name__}")
        output_padding = self._output_padding(input, output_size, self.stride, self.padding, self.kernel_size,
                                              self._nsp, self.dilation)
        return _conv_transpose(input, self.weight, self.bias, self.stride, self.padding, output_padding, self.groups,
                               self.dilation, self._nsp)


class ConvTranspose1d(_ConvTransposeNd):
    _nsp = 1


class ConvTranspose2d(_ConvTransposeNd):
    _nsp = 2


class Fold(Module):
    def __init__(self, output_size, kernel_size, dilation=1, padding=0, stride=1):
        super().__init__()
        self.output_size, self.kernel_size = output_size, kernel_size
        self.dilation, self.padding, self.stride = dilation, padding, stride

    def forward(self, input):
        return fold(input, self.output_size, self.kernel_size, self.dilation, self.padding, self.stride)

    def extra_repr(self):
        return ("output_size={output_size}, kernel_size={kernel_size}, dilation={dilation}, padding={padding}, "
                "stride={stride}".format(**self.__dict__))


class Unfold(Module):
    def __init__(self, kernel_size, dilation=1, padding=0, stride=1):
        super().__init__()
        self.kernel_size, self.dilation, self.padding, self.stride = kernel_size, dilation, padding, stride

    def forward(self, input):
        return unfold(input, self.kernel_size, self.dilation, self.padding, self.stride)

    def extra_repr(self):
        return "kernel_size={kernel_size}, dilation={dilation}, padding={padding}, stride={stride}".format(
            **self.__dict__)


class _MaxUnpoolNd(Module):
    def __init__(self, kernel_size, stride=None, padding=0):
        super().__init__()
        tup = _single if self._nsp == 1 else _pair
        self.kernel_size = tup(kernel_size)
        self.stride = tup(stride if stride is not None else kernel_size)
        self.padding = tup(padding)

    def extra_repr(self):
        return f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}"


class MaxUnpool1d(_MaxUnpoolNd):
    _nsp = 1

    def forward(self, input, indices, output_size=None):
        return max_unpool1d(input, indices, self.kernel_size, self.stride, self.padding, output_size)


class MaxUnpool2d(_MaxUnpoolNd):
    _nsp = 2

    def forward(self, input, indices, output_size=None):
        return max_unpool2d(input, indices, self.kernel_size, self.stride, self.padding, output_size)


# ====================================================================== ConvTranspose3d
def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    """Depth loop over conv_transpose2d: each kernel depth slice kd writes input depth i to output depth
    i * sd + kd * dd (a 0/1 placement matrix keeps it differentiable), then the depth padding is cropped."""
    torch = _torch()
    if input.dim() not in (4, 5):
        raise RuntimeError(f"Expected 4D (unbatched) or 5D (batched) input to conv_transpose3d, but got input of "
                           f"size: {list(input.shape)}")
    unbatched = input.dim() == 4
    x = input.unsqueeze(0) if unbatched else input
    sd, sh, sw = _ntuple(stride, 3)
    pd, ph, pw = _ntuple(padding, 3)
    od_, oh_, ow_ = _ntuple(output_padding, 3)
    dd, dh, dw = _ntuple(dilation, 3)
    N, Cin, D, H, W = x.shape
    Cout_g, kd = weight.shape[1], weight.shape[2]
    Dfull = (D - 1) * sd + dd * (kd - 1) + 1 + od_
    x2 = x.permute(0, 2, 1, 3, 4).reshape(N * D, Cin, H, W)
    out = None
    for a in range(kd):
        y = conv_transpose2d(x2, weight.select(2, a), None, (sh, sw), (ph, pw), (oh_, ow_), groups, (dh, dw))
        Ho, Wo = y.shape[-2], y.shape[-1]
        y = y.reshape(N, D, -1, Ho, Wo).permute(0, 2, 3, 4, 1)  # N, Cout, Ho, Wo, D
        import numpy as np

        P = np.zeros((D, Dfull), dtype=np.float64)
        for i in range(D):
            P[i, i * sd + a * dd] = 1.0
        y = y @ torch.tensor(P, dtype=y.dtype)
        out = y if out is None else out + y
    out = out.permute(0, 1, 4, 2, 3)  # N, Cout, Dfull, Ho, Wo
    Dout = Dfull - 2 * pd
    if pd or od_:
        out = out.narrow(2, pd, Dout)
    if bias is not None:
        out = out + bias.reshape(1, -1, 1, 1, 1)
    out = out.contiguous()
    if unbatched:
        out = out.squeeze(0)
    return out._named("ConvolutionBackward0") if out.requires_grad else out


class ConvTranspose3d(_ConvTransposeNd):
    _nsp = 3

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1,
                 bias=True, dilation=1, padding_mode="zeros", device=None, dtype=None):
        if padding_mode != "zeros":
            raise ValueError(f'Only "zeros" padding mode is supported for {type(self).__name__}')
        Module.__init__(self)
        t = _triple
        self._setup(in_channels, out_channels, t(kernel_size), t(stride), t(padding), t(dilation), True,
                    t(output_padding), groups, bias, padding_mode, dtype)

    def forward(self, input, output_size=None):
        output_padding = self._output_padding(input, output_size, self.stride, self.padding, self.kernel_size, 3,
                                              self.dilation)
        return conv_transpose3d(input, self.weight, self.bias, self.stride, self.padding, tuple(output_padding),
                                self.groups, self.dilation)

# Conv1d/2d/3d and the conv1d/conv3d functions (composed from the 2-d kernel).
__all__ = ["Conv2d", "Conv1d", "Conv3d"]
from .... import _core
from .. import functional as F
from .. import init
from ..parameter import Parameter
from .linear import Linear
from .module import Module
from .utils import _ntuple, _pair, _single, _torch, _triple


class _ConvNd(Module):
    # What torch's _ConvNd gives every ConvNd (and ConvTransposeNd, transposed=True): the argument checks,
    # the fields, the weight of shape (out, in/groups, *k) or (in, out/groups, *k), the default init and the repr.

    def _setup(self, in_channels, out_channels, kernel_size, stride, padding, dilation, transposed, output_padding,
               groups, bias, padding_mode, dtype=None):
        if groups <= 0:
            raise ValueError("groups must be a positive integer")
        if in_channels % groups != 0:
            raise ValueError("in_channels must be divisible by groups")
        if out_channels % groups != 0:
            raise ValueError("out_channels must be divisible by groups")
        if isinstance(padding, str):
            if padding not in ("same", "valid"):
                raise ValueError(f"Invalid padding string {padding!r}, should be one of {{'same', 'valid'}}")
            if padding == "same" and any(s != 1 for s in stride):
                raise ValueError("padding='same' is not supported for strided convolutions")
        if padding_mode not in ("zeros", "reflect", "replicate", "circular"):
            raise ValueError("padding_mode must be one of {'zeros', 'reflect', 'replicate', 'circular'}, but got "
                             f"padding_mode='{padding_mode}'")
        self.in_channels, self.out_channels = in_channels, out_channels
        self.kernel_size, self.stride, self.padding, self.dilation = kernel_size, stride, padding, dilation
        self.transposed, self.output_padding = transposed, output_padding
        self.groups, self.padding_mode = groups, padding_mode
        shape = (in_channels, out_channels // groups) if transposed else (out_channels, in_channels // groups)
        self.weight = Parameter(_core.zeros(*shape, *kernel_size, dtype=dtype, tag=0))
        if bias:
            self.bias = Parameter(_core.zeros(out_channels, dtype=dtype, tag=0))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    reset_parameters = Linear.reset_parameters  # the same kaiming-uniform weight and fan-in bias bounds

    def extra_repr(self):
        s = "{in_channels}, {out_channels}, kernel_size={kernel_size}, stride={stride}"
        if self.padding != (0,) * len(self.padding):
            s += ", padding={padding}"
        if self.dilation != (1,) * len(self.dilation):
            s += ", dilation={dilation}"
        if self.output_padding != (0,) * len(self.output_padding):
            s += ", output_padding={output_padding}"
        if self.groups != 1:
            s += ", groups={groups}"
        if self.bias is None:
            s += ", bias=False"
        if self.padding_mode != "zeros":
            s += ", padding_mode={padding_mode}"
        return s.format(**self.__dict__)


class Conv2d(_ConvNd):
    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1,
                 bias=True, padding_mode="zeros", device=None, dtype=None):
        super().__init__()
        self._setup(in_channels, out_channels, _pair(kernel_size), _pair(stride),
                    padding if isinstance(padding, str) else _pair(padding), _pair(dilation), False, (0, 0), groups,
                    bias, padding_mode, dtype)

    def forward(self, input):
        return F.conv2d(input, self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups)


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: "
                           f"{list(input.shape)}")
    unbatched = input.dim() == 2
    x = input.unsqueeze(0) if unbatched else input
    (s,), (d,) = _single(stride), _single(dilation)
    pad = padding if isinstance(padding, str) else (0, _single(padding)[0])
    if x.shape[1] != weight.shape[1] * groups:
        raise RuntimeError(
            f"Given groups={groups}, weight of size {list(weight.shape)}, expected input{list(input.shape)} to have "
            f"{weight.shape[1] * groups} channels, but got {x.shape[1]} channels instead")
    out = F.conv2d(x.unsqueeze(2), weight.unsqueeze(2), bias, (1, s), pad, (1, d), groups).squeeze(2)
    if unbatched:
        out = out.squeeze(0)
    return out._named("ConvolutionBackward0")


class Conv1d(_ConvNd):
    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros", device=None, dtype=None):
        super().__init__()
        self._setup(in_channels, out_channels, _single(kernel_size), _single(stride),
                    padding if isinstance(padding, str) else _single(padding), _single(dilation), False, (0,), groups,
                    bias, padding_mode, dtype)

    def forward(self, input):
        return conv1d(input, self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups)


# ====================================================================== 3-D conv / pool
def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    torch = _torch()
    unbatched = input.dim() == 4
    x = input.unsqueeze(0) if unbatched else input
    if x.dim() != 5:
        raise RuntimeError(f"Expected 4D (unbatched) or 5D (batched) input to conv3d, but got input of size: "
                           f"{list(input.shape)}")
    O, Cg, kd, kh, kw = weight.shape
    sd, sh, sw = _ntuple(stride, 3)
    dd, dh, dw = _ntuple(dilation, 3)
    if isinstance(padding, str):
        if padding == "valid":
            p = (0, 0, 0)
            x_pad = x
        elif padding == "same":
            tot = [dd * (kd - 1), dh * (kh - 1), dw * (kw - 1)]
            x_pad = F.pad(x, (tot[2] // 2, tot[2] - tot[2] // 2, tot[1] // 2, tot[1] - tot[1] // 2,
                              tot[0] // 2, tot[0] - tot[0] // 2))
            p = (0, 0, 0)
        else:
            raise ValueError(f"Invalid padding string {padding!r}")
    else:
        p = _ntuple(padding, 3)
        x_pad = F.pad(x, (p[2], p[2], p[1], p[1], p[0], p[0])) if any(p) else x
    N, C, D, H, W = x_pad.shape
    if C != Cg * groups:
        raise RuntimeError(
            f"Given groups={groups}, weight of size {list(weight.shape)}, expected input{list(input.shape)} to have "
            f"{Cg * groups} channels, but got {C} channels instead")
    Do = (D - dd * (kd - 1) - 1) // sd + 1
    if Do <= 0:
        raise RuntimeError("Output size is too small")
    out = None
    i64 = torch.int64
    for a in range(kd):
        idx = torch.tensor([od * sd + a * dd for od in range(Do)], dtype=i64)
        xs = x_pad.index_select(2, idx).permute(0, 2, 1, 3, 4).reshape(N * Do, C, H, W)
        y = F.conv2d(xs, weight.select(2, a), None, (sh, sw), 0, (dh, dw), groups)
        out = y if out is None else out + y
    Ho, Wo = out.shape[-2], out.shape[-1]
    out = out.reshape(N, Do, O, Ho, Wo).permute(0, 2, 1, 3, 4)
    if bias is not None:
        out = out + bias.reshape(1, O, 1, 1, 1)
    out = out.contiguous()
    if unbatched:
        out = out.squeeze(0)
    return out._named("ConvolutionBackward0")


class Conv3d(_ConvNd):
    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1,
                 bias=True, padding_mode="zeros", device=None, dtype=None):
        super().__init__()
        self._setup(in_channels, out_channels, _triple(kernel_size), _triple(stride),
                    padding if isinstance(padding, str) else _triple(padding), _triple(dilation), False, (0, 0, 0),
                    groups, bias, padding_mode, dtype)

    def forward(self, input):
        if self.padding_mode != "zeros":
            p = self.padding
            x = F.pad(input, (p[2], p[2], p[1], p[1], p[0], p[0]), mode=self.padding_mode)
            return conv3d(x, self.weight, self.bias, self.stride, 0, self.dilation, self.groups)
        return conv3d(input, self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups)

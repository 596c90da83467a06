# mindspore.nn convolution and pooling layers (Conv1d/Conv2d with MindSpore's pad_mode='same'
# default, MaxPool/AvgPool 1-D and 2-D, adaptive average pooling).
import math

from ... import _core
from .. import _dtype
from .._tensor import Parameter, Tensor
from ..common.initializer import HeUniform, Uniform, _calculate_fan_in_and_fan_out, initializer
from ..ops import _nn_func as NF
from .cell import Cell


def _twice(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def _check_pos(name, v, cls):
    if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
        raise ValueError(f"For '{cls}', the '{name}' must be int and must > 0, but got '{v}' with type "
                         f"'{type(v).__name__}'.")


class _Conv(Cell):
    def __init__(self, in_channels, out_channels, kernel_size, stride, pad_mode, padding, dilation, group, has_bias,
                 weight_init, bias_init, data_format="NCHW", dtype=_dtype.float32, transposed=False):
        super().__init__()
        cls = type(self).__name__
        _check_pos("in_channels", in_channels, cls)
        _check_pos("out_channels", out_channels, cls)
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.kernel_size = kernel_size
        self.stride = stride
        if pad_mode not in ("valid", "same", "pad"):
            raise ValueError(f"For 'Conv2D', the 'pad_mode' must be str and must be in "
                             f"'['valid', 'same', 'pad']', but got '{pad_mode}'.")
        self.pad_mode = pad_mode
        self.data_format = data_format
        if isinstance(padding, int):
            if padding < 0:
                raise ValueError(f"For '{cls}', the 'padding' must be a non-negative int, but got {padding}.")
        elif not isinstance(padding, tuple):
            raise TypeError(f"For '{cls}', the type of 'padding' must be int or tuple(int), "
                            f"but got {type(padding).__name__}.")
        if pad_mode != "pad" and padding != 0 and padding != (0, 0, 0, 0):
            raise ValueError(f"For 'Conv2D', the 'pad' must be zero when 'pad_mode' is not 'pad', "
                             f"but got 'pad': {padding} and 'pad_mode': {pad_mode}.")
        self.padding = padding
        self.dilation = dilation
        self.group = group
        self.has_bias = has_bias
        if in_channels % group != 0 or out_channels % group != 0:
            raise ValueError(f"The argument 'group' should be divisible by 'in_channels' and 'out_channels', "
                             f"but got group:{group}, in_channels:{in_channels}, out_channels:{out_channels}.")
        shape = [in_channels, out_channels // group, *kernel_size] if transposed else \
            [out_channels, in_channels // group, *kernel_size]
        if weight_init is None:
            weight_init = HeUniform(math.sqrt(5))
        self.weight_init = weight_init
        self.weight = Parameter(initializer(weight_init, shape, dtype=dtype), name="weight")
        self.bias_init = bias_init
        if has_bias:
            if bias_init is None:
                fan_in, _ = _calculate_fan_in_and_fan_out(shape)
                bias_init = Uniform(1 / math.sqrt(fan_in)) if fan_in else "zeros"
                self.bias_init = bias_init
            self.bias = Parameter(initializer(bias_init, [out_channels], dtype=dtype), name="bias")
        else:
            self.bias = None

    def extend_repr(self):
        return ("input_channels={}, output_channels={}, kernel_size={}, stride={}, pad_mode={}, padding={}, "
                "dilation={}, group={}, has_bias={}, weight_init={}, bias_init={}, format={}").format(
            self.in_channels, self.out_channels, self.kernel_size, self.stride, self.pad_mode, self.padding,
            self.dilation, self.group, self.has_bias, self.weight_init, self.bias_init, self.data_format)


class Conv2d(_Conv):
    """nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, pad_mode='same', padding=0, dilation=1,
    group=1, has_bias=False, weight_init=None, bias_init=None, data_format='NCHW')."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same", padding=0, dilation=1,
                 group=1, has_bias=False, weight_init=None, bias_init=None, data_format="NCHW",
                 dtype=_dtype.float32):
        super().__init__(in_channels, out_channels, _twice(kernel_size), _twice(stride), pad_mode, padding,
                         _twice(dilation), group, has_bias, weight_init, bias_init, data_format, dtype)

    def construct(self, x):
        if x.ndim != 4:
            raise ValueError(f"For primitive[Conv2D], the x shape size must be equal to 4, but got {x.ndim}.")
        out = NF._conv2d_core(x, self.weight, self.stride, self.pad_mode, self.padding, self.dilation, self.group)
        if self.has_bias:
            out = out + self.bias.reshape(1, -1, 1, 1)
        return out


class Conv1d(_Conv):
    """nn.Conv1d: a Conv2d over (N, C, 1, W) with kernel (1, k); weight shape (out, in/group, 1, k)."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same", padding=0, dilation=1,
                 group=1, has_bias=False, weight_init=None, bias_init=None, dtype=_dtype.float32):
        if isinstance(weight_init, Tensor) and weight_init.ndim == 3:
            weight_init = weight_init.unsqueeze(2)
        super().__init__(in_channels, out_channels, (1, kernel_size), (1, stride), pad_mode, padding,
                         (1, dilation), group, has_bias, weight_init, bias_init, "NCHW", dtype)
        self.padding = (0, 0, padding, padding)

    def construct(self, x):
        if x.ndim != 3:
            raise ValueError(f"For 'Conv1d', the dimension of input must be 3d, but got {x.ndim}.")
        out = NF._conv2d_core(x.unsqueeze(2), self.weight, self.stride, self.pad_mode, self.padding,
                             self.dilation, self.group)
        if self.has_bias:
            out = out + self.bias.reshape(1, -1, 1, 1)
        return out.squeeze(2)


class _PoolNd(Cell):
    def __init__(self, kernel_size, stride, pad_mode, data_format="NCHW"):
        super().__init__()
        cls = type(self).__name__
        if not isinstance(pad_mode, str):
            raise TypeError(f"For '{cls}', the type of 'pad_mode' must be 'str', but got {type(pad_mode)}.")
        if pad_mode.upper() not in ("VALID", "SAME", "PAD"):
            raise ValueError(f"For '{cls}', the 'pad_mode' must be str and must be in '['VALID', 'SAME', 'PAD']', "
                             f"but got '{pad_mode.upper()}'.")
        self.pad_mode = pad_mode.upper()
        self.format = data_format

        def check(name, v):
            if not isinstance(v, (int, tuple)) or isinstance(v, bool):
                raise TypeError(f"For '{cls}', the '{name}' must be 'int' or 'tuple', but got {type(v).__name__}.")
            err = f"For '{cls}', the '{name}' must be an positive int number or a tuple, but got {v}"
            if isinstance(v, int):
                if v <= 0:
                    raise ValueError(err)
            else:
                for item in v:
                    if not (isinstance(item, int) and item > 0):
                        raise ValueError(err)
                if len(v) == 1:
                    return v[0]
            return v

        self.kernel_size = check("kernel_size", kernel_size)
        self.stride = check("stride", stride)

    def extend_repr(self):
        return f"kernel_size={self.kernel_size}, stride={self.stride}, pad_mode={self.pad_mode}"


def _unbatch(out):
    return tuple(o.squeeze(0) for o in out) if isinstance(out, tuple) else out.squeeze(0)


class _Pool2d(_PoolNd):
    _mode = "max"
    dilation, return_indices = 1, False

    def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, ceil_mode=False, count_include_pad=True,
                 divisor_override=None, data_format="NCHW"):
        super().__init__(kernel_size, stride, pad_mode, data_format)
        self.padding = padding
        self.ceil_mode = ceil_mode
        self.count_include_pad = count_include_pad
        self.divisor_override = divisor_override

    def construct(self, x):
        unb = x.ndim == 3
        if unb:
            x = x.unsqueeze(0)
        out = NF._pool(x, self.kernel_size, self.stride, self.pad_mode.lower(), self.padding, self._mode,
                       self.ceil_mode, self.count_include_pad, self.divisor_override, self.dilation,
                       self.return_indices)
        return _unbatch(out) if unb else out


class MaxPool2d(_Pool2d):
    """nn.MaxPool2d(kernel_size=1, stride=1, pad_mode='valid', padding=0, ...)."""

    def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, dilation=1, return_indices=False,
                 ceil_mode=False, data_format="NCHW"):
        if pad_mode.upper() != "PAD" and (padding != 0 or dilation != 1 or return_indices or ceil_mode):
            raise ValueError(f"For MaxPool2d, the parameter 'padding', 'dilation', 'return_indices', 'ceil_mode' "
                             f"can not be set to non-default value when pad_mode is not 'pad', "
                             f"but got pad_mode:{pad_mode}.")
        super().__init__(kernel_size, stride, pad_mode, padding, ceil_mode, True, None, data_format)
        self.dilation = dilation
        self.return_indices = return_indices


class AvgPool2d(_Pool2d):
    """nn.AvgPool2d(kernel_size=1, stride=1, pad_mode='valid', padding=0, ...)."""
    _mode = "avg"


class _Pool1d(_PoolNd):
    _mode = "max"

    def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, dilation=1, return_indices=False,
                 ceil_mode=False, count_include_pad=True):
        super().__init__(kernel_size, stride, pad_mode)
        self.padding = padding
        self.ceil_mode = ceil_mode
        self.count_include_pad = count_include_pad
        self.dilation = dilation
        self.return_indices = return_indices

    def construct(self, x):
        unb = x.ndim == 2
        if unb:
            x = x.unsqueeze(0)
        k, s, p, d = (v if isinstance(v, int) else v[0] for v in (self.kernel_size, self.stride, self.padding,
                                                                  self.dilation))
        out = NF._pool(x.unsqueeze(2), (1, k), (1, s), self.pad_mode.lower(), (0, p), self._mode, self.ceil_mode,
                       self.count_include_pad, None, (1, d), self.return_indices)
        out = tuple(o.squeeze(2) for o in out) if isinstance(out, tuple) else out.squeeze(2)
        return _unbatch(out) if unb else out


class MaxPool1d(_Pool1d):
    """nn.MaxPool1d(kernel_size=1, stride=1, pad_mode='valid', ...)."""


class AvgPool1d(_Pool1d):
    """nn.AvgPool1d(kernel_size=1, stride=1, pad_mode='valid', ...)."""
    _mode = "avg"

    def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, ceil_mode=False,
                 count_include_pad=True):
        super().__init__(kernel_size, stride, pad_mode, padding, 1, False, ceil_mode, count_include_pad)


class AdaptiveAvgPool2d(Cell):
    def __init__(self, output_size):
        super().__init__()
        self.output_size = output_size

    def construct(self, input):
        return NF.adaptive_avg_pool2d(input, self.output_size)


class AdaptiveAvgPool1d(Cell):
    def __init__(self, output_size):
        super().__init__()
        self.output_size = output_size

    def construct(self, input):
        return NF.adaptive_avg_pool2d(input.unsqueeze(2), (1, self.output_size)).squeeze(2)


def _conv_transpose2d(x, weight, stride, pad_mode, padding, dilation, group):
    # Transposed 2-D convolution (the gradient of Conv2D with respect to its input): the input spread
    # out by the stride, padded by dilation*(k-1), convolved with the flipped, channel-swapped kernel,
    # then cropped for pad_mode ('valid': full size, 'same': H*stride, 'pad': full - 2*padding).
    from ..._lazy import np

    N, C, H, W = x.shape
    Cin, Cog, kh, kw = weight.shape
    sh, sw = stride
    dh, dw = dilation
    if sh > 1 or sw > 1:
        Hd, Wd = (H - 1) * sh + 1, (W - 1) * sw + 1
        z = Tensor(np.zeros((N, C, 1, W), x._dtype_name))
        xe = _core.cat([x, z], 2)
        hidx = np.full(Hd, H, np.int64)
        hidx[::sh] = np.arange(H)
        x = xe.index_select(2, Tensor(hidx))
        z = Tensor(np.zeros((N, C, Hd, 1), x._dtype_name))
        xe = _core.cat([x, z], 3)
        widx = np.full(Wd, W, np.int64)
        widx[::sw] = np.arange(W)
        x = xe.index_select(3, Tensor(widx))
    ph, pw = dh * (kh - 1), dw * (kw - 1)
    x = NF._const_pad(x, (pw, pw, ph, ph), 0.0)
    cig = Cin // group
    ws = []
    for g in range(group):
        wg = weight.narrow(0, g * cig, cig) if group > 1 else weight
        ws.append(wg.permute(1, 0, 2, 3))
    wt = ws[0] if group == 1 else _core.cat(ws, 0)
    wt = wt.index_select(2, Tensor(np.arange(kh - 1, -1, -1, dtype=np.int64)))
    wt = wt.index_select(3, Tensor(np.arange(kw - 1, -1, -1, dtype=np.int64)))
    full = NF._conv2d_core(x, wt, (1, 1), "valid", 0, (dh, dw), group)
    Hf, Wf = full.shape[2], full.shape[3]
    if pad_mode == "same":
        ch, cw = Hf - H * sh, Wf - W * sw
        t, left = max(ch, 0) // 2, max(cw, 0) // 2
        return full.narrow(2, t, H * sh).narrow(3, left, W * sw)
    if pad_mode == "pad":
        pt, pb, pl, pr = NF._pad_4(padding)
        return full.narrow(2, pt, Hf - pt - pb).narrow(3, pl, Wf - pl - pr)
    return full


class Conv2dTranspose(_Conv):
    """nn.Conv2dTranspose(in_channels, out_channels, kernel_size, stride=1, pad_mode='same', padding=0,
    output_padding=0, dilation=1, group=1, has_bias=False, weight_init=None, bias_init=None)."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same", padding=0,
                 output_padding=0, dilation=1, group=1, has_bias=False, weight_init=None, bias_init=None,
                 dtype=_dtype.float32):
        super().__init__(in_channels, out_channels, _twice(kernel_size), _twice(stride), pad_mode, padding,
                         _twice(dilation), group, has_bias, weight_init, bias_init, "NCHW", dtype, transposed=True)
        self.output_padding = output_padding

    def construct(self, x):
        out = _conv_transpose2d(x, self.weight, self.stride, self.pad_mode, self.padding, self.dilation, self.group)
        if self.has_bias:
            out = out + self.bias.reshape(1, -1, 1, 1)
        return out

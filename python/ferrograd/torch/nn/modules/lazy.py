# Lazy modules and uninitialized parameters/buffers.
__all__ = ["UninitializedParameter", "UninitializedBuffer", "LazyLinear", "LazyConv1d", "LazyConv2d", "LazyConv3d",
           "LazyBatchNorm1d", "LazyBatchNorm2d", "LazyBatchNorm3d", "LazyInstanceNorm1d", "LazyInstanceNorm2d",
           "LazyInstanceNorm3d"]
from .... import _core
from ..parameter import Parameter
from .module import _HOMES, Module
from .batchnorm import BatchNorm1d, BatchNorm2d, BatchNorm3d
from .conv import Conv1d, Conv2d, Conv3d
from .instancenorm import InstanceNorm1d, InstanceNorm2d, InstanceNorm3d
from .linear import Linear as _Linear
from .utils import _ntuple


# ====================================================================== lazy modules
class UninitializedParameter(Parameter):
    def __new__(cls, requires_grad=True, device=None, dtype=None):
        return Parameter.__new__(cls, _core.zeros(0, dtype=dtype, tag=0), requires_grad)

    def __init__(self, requires_grad=True, device=None, dtype=None):
        pass

    def __repr__(self):
        return "<UninitializedParameter>"

    __str__ = __repr__

    def materialize(self, shape, device=None, dtype=None):
        raise RuntimeError("ferrograd: materialize is done by the lazy module")


class UninitializedBuffer(_core.Tensor):
    def __new__(cls, requires_grad=False, device=None, dtype=None, persistent=True):
        return _core.Tensor.__new__(cls, [], tag=0)

    def __repr__(self):
        return "<UninitializedBuffer>"

    __str__ = __repr__


class _LazyMixin:
    cls_to_become = None

    def has_uninitialized_params(self):
        return any(isinstance(p, UninitializedParameter) for p in self._parameters.values() if p is not None)

    def _lazy_init(self, input):
        raise NotImplementedError

    def __call__(self, *args, **kwargs):
        if self.__class__ is not self.cls_to_become:  # the first call (torch's _infer_parameters hook)
            if self.has_uninitialized_params():
                self._lazy_init(*args)
            elif getattr(self, "in_features", None) == 0:  # loaded from a state_dict (LazyLinear)
                self.in_features = args[0].shape[-1]
            for k in ("_dtype", "_lazy_args", "_lazy_dtype"):
                self.__dict__.pop(k, None)
            self.__class__ = self.cls_to_become
        return Module.__call__(self, *args, **kwargs)

    def _load_from_state_dict(self, state_dict, prefix, *args):
        # torch's _lazy_load_hook: uninitialized parameters/buffers take the checkpoint's shapes
        if self.has_uninitialized_params():
            for store in (self._parameters, self._buffers):
                for name, p in store.items():
                    if p is not None and prefix + name in state_dict and p.numel() == 0:
                        new = _core.zeros(*state_dict[prefix + name].shape, dtype=p.dtype, tag=0)
                        store[name] = Parameter(new, p.requires_grad) if store is self._parameters else new
            self.__dict__.pop("_lazy_dtype", None)
        return Module._load_from_state_dict(self, state_dict, prefix, *args)


class LazyLinear(_LazyMixin, _Linear):
    cls_to_become = _Linear

    def __init__(self, out_features, bias=True, device=None, dtype=None):
        Module.__init__(self)
        self.in_features = 0
        self.out_features = out_features
        self._dtype = dtype
        self.weight = UninitializedParameter(dtype=dtype)
        if bias:
            self.bias = UninitializedParameter(dtype=dtype)
        else:
            self.register_parameter("bias", None)

    def reset_parameters(self):
        if not self.has_uninitialized_params() and self.in_features != 0:
            super().reset_parameters()

    def _lazy_init(self, input):
        self.in_features = input.shape[-1]
        self.weight = Parameter(_core.zeros(self.out_features, self.in_features, dtype=self._dtype, tag=0))
        if self.bias is not None:
            self.bias = Parameter(_core.zeros(self.out_features, dtype=self._dtype, tag=0))
        del self.__dict__["_dtype"]
        _Linear.reset_parameters(self)


def _make_lazy_conv(base_name, nd):
    B = {1: Conv1d, 2: Conv2d, 3: Conv3d}[nd]

    class LazyConv(_LazyMixin, B):
        cls_to_become = B

        def __init__(self, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                     padding_mode="zeros", device=None, dtype=None):
            self._lazy_args = (out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode,
                               dtype)
            Module.__init__(self)
            self._lazy_args = (out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode,
                               dtype)
            tup = _ntuple(kernel_size, nd)
            self.in_channels = 0
            self.out_channels = out_channels
            self.kernel_size = tup
            self.stride = _ntuple(stride, nd)
            self.padding = padding if isinstance(padding, str) else _ntuple(padding, nd)
            self.dilation = _ntuple(dilation, nd)
            self.transposed, self.output_padding = False, (0,) * nd
            self.groups, self.padding_mode = groups, padding_mode
            self.weight = UninitializedParameter(dtype=dtype)
            if bias:
                self.bias = UninitializedParameter(dtype=dtype)
            else:
                self.register_parameter("bias", None)

        def _lazy_init(self, input):
            out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, dtype = self._lazy_args
            unbatched = input.dim() == nd + 1
            in_channels = input.shape[0 if unbatched else 1]
            del self.__dict__["_lazy_args"]
            del self._parameters["weight"]
            del self._parameters["bias"]
            B._setup(self, in_channels, out_channels, self.kernel_size, self.stride, self.padding, self.dilation,
                     False, (0,) * nd, groups, bias, padding_mode, dtype)

    LazyConv.__name__ = LazyConv.__qualname__ = base_name
    return LazyConv


LazyConv1d = _make_lazy_conv("LazyConv1d", 1)
LazyConv2d = _make_lazy_conv("LazyConv2d", 2)
LazyConv3d = _make_lazy_conv("LazyConv3d", 3)


def _make_lazy_norm(name, B, instance):
    class LazyNorm(_LazyMixin, B):
        cls_to_become = B

        def __init__(self, eps=1e-5, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None):
            B.__init__(self, 0, eps, momentum, affine, track_running_stats, dtype=dtype)
            self._lazy_dtype = dtype
            if affine:
                self.weight = UninitializedParameter(dtype=dtype)
                self.bias = UninitializedParameter(dtype=dtype)

        def has_uninitialized_params(self):
            return "_lazy_dtype" in self.__dict__

        def _lazy_init(self, input):
            unbatched = instance and input.dim() == B._dims
            num_features = input.shape[0 if unbatched else 1]
            dtype = self.__dict__.pop("_lazy_dtype")
            B.__init__(self, num_features, self.eps, self.momentum, self.affine, self.track_running_stats,
                       dtype=dtype)

    LazyNorm.__name__ = LazyNorm.__qualname__ = name
    return LazyNorm


LazyBatchNorm1d = _make_lazy_norm("LazyBatchNorm1d", BatchNorm1d, False)
LazyBatchNorm2d = _make_lazy_norm("LazyBatchNorm2d", BatchNorm2d, False)
LazyBatchNorm3d = _make_lazy_norm("LazyBatchNorm3d", BatchNorm3d, False)
LazyInstanceNorm1d = _make_lazy_norm("LazyInstanceNorm1d", InstanceNorm1d, True)
LazyInstanceNorm2d = _make_lazy_norm("LazyInstanceNorm2d", InstanceNorm2d, True)
LazyInstanceNorm3d = _make_lazy_norm("LazyInstanceNorm3d", InstanceNorm3d, True)


for _c, _home in ((UninitializedParameter, "torch.nn.parameter"), (UninitializedBuffer, "torch.nn.parameter"),
                  (LazyLinear, "linear"), (LazyConv1d, "conv"), (LazyConv2d, "conv"), (LazyConv3d, "conv"),
                  (LazyBatchNorm1d, "batchnorm"), (LazyBatchNorm2d, "batchnorm"), (LazyBatchNorm3d, "batchnorm"),
                  (LazyInstanceNorm1d, "instancenorm"), (LazyInstanceNorm2d, "instancenorm"),
                  (LazyInstanceNorm3d, "instancenorm")):
    _HOMES[_c], _c.__module__ = __name__, _home if _home[0] == "t" else "torch.nn.modules." + _home

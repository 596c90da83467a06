# Tensor printing for the torch dialect, through the port of torch's _tensor_str.
import sys as _sys

from .. import _core

_Tensor = _core.Tensor


def _arr(t):
    if t._dtype_name == "bfloat16":
        # numpy has no bfloat16: print the (exactly representable) float32 values
        return _Tensor.numpy(_Tensor.float(_Tensor.detach(t)), True)
    return _Tensor.numpy(t, True)


def tensor_repr(t):
    from .._fmt import torch_fmt
    from .nn.parameter import Parameter

    if isinstance(t, Parameter):
        return torch_fmt.parameter_repr(_arr(t), t._dtype_name, requires_grad=t.requires_grad)
    fad = _sys.modules.get("ferrograd.torch.autograd.forward_ad")
    if fad is not None and fad._levels and t.requires_grad:
        # a dual tensor (forward AD) prints its primal and `tangent=...`
        info = fad._dual_info(t)
        tangent = info[1] if info is not None else fad._jvp(t)
        if tangent is not None:
            s = torch_fmt.tensor_str(_arr(_Tensor.detach(t)), t._dtype_name)
            return s[:-1] + ", tangent=" + tensor_repr(tangent) + ")"
    fn = t.grad_fn
    return torch_fmt.tensor_str(
        _arr(t),
        t._dtype_name,
        requires_grad=t.requires_grad,
        grad_fn=fn.name() if fn is not None else None,
    )


def tensor_format(t, spec):
    """torch's Tensor.__format__: a plain 0-d tensor formats its item; else object.__format__ (str, no spec)."""
    from .. import _core

    if t.ndim == 0 and type(t) is _core.Tensor:
        return format(t.item(), spec)
    if spec:
        raise TypeError(f"unsupported format string passed to {type(t).__name__}.__format__")
    return str(t)


def set_printoptions(**kw):
    from .._fmt import torch_fmt

    torch_fmt.set_printoptions(**kw)

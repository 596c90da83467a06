# Activation modules and their functional forms (torch's formulas, reprs and grad_fn names).
__all__ = ["ReLU", "ReLU6", "SiLU", "ELU", "LeakyReLU", "Sigmoid", "Tanh", "Softplus", "Softmax", "LogSoftmax",
           "Softmin", "GELU", "Mish", "Hardsigmoid", "Hardswish", "Hardtanh", "SELU", "CELU", "GLU", "LogSigmoid",
           "Softsign", "Tanhshrink", "Threshold", "Hardshrink", "Softshrink", "PReLU", "RReLU", "Softmax2d"]
import warnings

from .... import _core
from .. import functional as F
from .. import init
from ..parameter import Parameter
from .module import Module
from .utils import _full, _torch, _where


# ---- activations ----
class _Inplace(Module):
    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def extra_repr(self):
        return "inplace=True" if self.inplace else ""


class ReLU(_Inplace):
    def forward(self, input):
        return F.relu(input)


class ReLU6(_Inplace):
    def forward(self, input):
        return F.relu6(input)


class SiLU(_Inplace):
    def forward(self, input):
        return F.silu(input)


class ELU(Module):
    def __init__(self, alpha=1.0, inplace=False):
        super().__init__()
        self.alpha, self.inplace = alpha, inplace

    def forward(self, input):
        return F.elu(input, self.alpha)

    def extra_repr(self):
        return f"alpha={self.alpha}" + (", inplace=True" if self.inplace else "")


class LeakyReLU(Module):
    def __init__(self, negative_slope=1e-2, inplace=False):
        super().__init__()
        self.negative_slope = negative_slope
        self.inplace = inplace

    def forward(self, input):
        return F.leaky_relu(input, self.negative_slope)

    def extra_repr(self):
        inplace_str = ", inplace=True" if self.inplace else ""
        return f"negative_slope={self.negative_slope}{inplace_str}"


class Sigmoid(Module):
    def forward(self, input):
        return input.sigmoid()


class Tanh(Module):
    def forward(self, input):
        return input.tanh()


class Softplus(Module):
    def __init__(self, beta=1.0, threshold=20.0):
        super().__init__()
        self.beta, self.threshold = beta, threshold

    def forward(self, input):
        return F.softplus(input, self.beta, self.threshold)

    def extra_repr(self):
        return f"beta={self.beta}, threshold={self.threshold}"


class Softmax(Module):
    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim

    def __setstate__(self, state):
        super().__setstate__(state)
        if not hasattr(self, "dim"):
            self.dim = None

    def forward(self, input):
        return F.softmax(input, self.dim, _stacklevel=5)

    def extra_repr(self):
        return f"dim={self.dim}"


class LogSoftmax(Softmax):
    def forward(self, input):
        return F.log_softmax(input, self.dim, _stacklevel=5)


class Softmin(Softmax):
    def forward(self, input):
        return F.softmin(input, self.dim, _stacklevel=5)


class GELU(Module):
    def __init__(self, approximate="none"):
        super().__init__()
        self.approximate = approximate

    def forward(self, input):
        return F.gelu(input, approximate=self.approximate)

    def extra_repr(self):
        return f"approximate={self.approximate!r}"


class Mish(Module):
    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def forward(self, input):
        return F.mish(input)

    def extra_repr(self):
        return "inplace=True" if self.inplace else ""


class Hardsigmoid(Mish):
    def forward(self, input):
        return F.hardsigmoid(input)


class Hardswish(Mish):
    def forward(self, input):
        return F.hardswish(input)


# ---- activations ----
_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def _nonpos(x):
    # min(x, 0) whose gradient at 0 is 1 (as the negative branches of ATen's kernels).
    return _where(x > 0, _full(x, 0.0), x)


def _nonneg(x):
    return _where(x < 0, _full(x, 0.0), x)


def selu(input, inplace=False):
    neg = (_nonpos(input).exp() - 1.0) * (_SELU_ALPHA * _SELU_SCALE)
    return _where(input > 0, input * _SELU_SCALE, neg)._renamed("EluBackward0")


def celu(input, alpha=1.0, inplace=False):
    neg = ((_nonpos(input) / alpha).exp() - 1.0) * alpha
    return _where(input > 0, input, neg)._renamed("CeluBackward0")


def glu(input, dim=-1):
    n = input.shape[dim]
    if n % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension {dim % input.dim()} is size {n}")
    a, b = input.chunk(2, dim)
    return (a * b.sigmoid())._renamed("GluBackward0")


def logsigmoid(input):
    # -softplus(-x), stable on both sides
    neg = input - _nonpos(input).exp().log1p()
    pos = -((-_nonneg(input)).exp().log1p())
    return _where(input < 0, neg, pos)._renamed("LogSigmoidBackward0")


def softsign(input):
    return input / (input.abs() + 1)


def tanhshrink(input):
    return input - input.tanh()


def threshold(input, threshold, value, inplace=False):
    return _where(input > threshold, input, _full(input, value))._renamed("ThresholdBackward0")


def hardshrink(input, lambd=0.5):
    keep = (input > lambd) | (input < -lambd)
    return _where(keep, input, _full(input, 0.0))._renamed("HardshrinkBackward0")


def softshrink(input, lambd=0.5):
    out = _where(input > lambd, input - lambd, _where(input < -lambd, input + lambd, input * 0))
    return out._renamed("SoftshrinkBackward0")


def prelu(input, weight):
    w = weight
    if input.dim() >= 2 and weight.numel() > 1:
        w = weight.reshape(*([1, weight.numel()] + [1] * (input.dim() - 2)))
    return _where(input > 0, input, input * w)._renamed("PreluKernelBackward0")


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False):
    if not training:
        return F.leaky_relu(input, (lower + upper) / 2)._renamed("RreluWithNoiseBackward0")
    import numpy as np

    from ... import _random

    a = input.detach().numpy(True)
    noise = np.ones(a.size, dtype=np.float64)
    neg = a.reshape(-1) <= 0
    noise[neg] = _random._mt.uniform(_random._gen(None), int(neg.sum()), lower, upper, True)
    nt = _core.tensor(noise.reshape(a.shape).astype(a.dtype), input.dtype, False, 0)
    return (input * nt)._renamed("RreluWithNoiseBackward0")


# ---- modules ----
class _Act(Module):
    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def extra_repr(self):
        return "inplace=True" if self.inplace else ""


class Hardtanh(Module):
    def __init__(self, min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None):
        super().__init__()
        self.min_val = min_val if min_value is None else min_value
        self.max_val = max_val if max_value is None else max_value
        self.inplace = inplace
        if self.max_val <= self.min_val:
            raise AssertionError(f"max_val ({self.max_val}) must be greater than min_val ({self.min_val})")

    def forward(self, input):
        return F.hardtanh(input, self.min_val, self.max_val)

    def extra_repr(self):
        return f"min_val={self.min_val}, max_val={self.max_val}" + (", inplace=True" if self.inplace else "")


class SELU(_Act):
    def forward(self, input):
        return selu(input)


class CELU(_Act):
    def __init__(self, alpha=1.0, inplace=False):
        super().__init__(inplace)
        self.alpha = alpha

    def forward(self, input):
        return celu(input, self.alpha)

    def extra_repr(self):
        return f"alpha={self.alpha}" + (", inplace=True" if self.inplace else "")


class GLU(Module):
    def __init__(self, dim=-1):
        super().__init__()
        self.dim = dim

    def forward(self, input):
        return glu(input, self.dim)

    def extra_repr(self):
        return f"dim={self.dim}"


class LogSigmoid(Module):
    def forward(self, input):
        return logsigmoid(input)


class Softsign(Module):
    def forward(self, input):
        return softsign(input)


class Tanhshrink(Module):
    def forward(self, input):
        return tanhshrink(input)


class Threshold(Module):
    def __init__(self, threshold, value, inplace=False):
        super().__init__()
        self.threshold, self.value, self.inplace = threshold, value, inplace

    def forward(self, input):
        return threshold(input, self.threshold, self.value)

    def extra_repr(self):
        return f"threshold={self.threshold}, value={self.value}" + (", inplace=True" if self.inplace else "")


class Hardshrink(Module):
    def __init__(self, lambd=0.5):
        super().__init__()
        self.lambd = lambd

    def forward(self, input):
        return hardshrink(input, self.lambd)

    def extra_repr(self):
        return f"{self.lambd}"


class Softshrink(Hardshrink):
    def forward(self, input):
        return softshrink(input, self.lambd)


class PReLU(Module):
    def __init__(self, num_parameters=1, init=0.25, device=None, dtype=None):
        super().__init__()
        self.num_parameters = num_parameters
        self.init = init
        self.weight = Parameter(_core.full([num_parameters], float(init), dtype, False, 0))

    def reset_parameters(self):
        init.constant_(self.weight, self.init)

    def forward(self, input):
        return prelu(input, self.weight)

    def extra_repr(self):
        return f"num_parameters={self.num_parameters}"


class RReLU(Module):
    def __init__(self, lower=1.0 / 8, upper=1.0 / 3, inplace=False):
        super().__init__()
        self.lower, self.upper, self.inplace = lower, upper, inplace

    def forward(self, input):
        return rrelu(input, self.lower, self.upper, self.training)

    def extra_repr(self):
        return f"lower={self.lower}, upper={self.upper}" + (", inplace=True" if self.inplace else "")


class Softmax2d(Module):
    def forward(self, input):
        if input.dim() not in (3, 4):
            raise ValueError(f"Softmax2d: expected input to be 3D or 4D, got {input.dim()}D instead")
        return input.softmax(-3)


# ====================================================================== functional: activations in place
def relu_(input):
    return input.relu_()


def elu_(input, alpha=1.0):
    return _inplace(input, F.elu(input, alpha))


def _inplace(input, result):
    prev = _core.set_grad_enabled(False) if not input.requires_grad else None
    try:
        input.copy_(result)
    finally:
        if prev is not None:
            _core.set_grad_enabled(prev)
    return input


def leaky_relu_(input, negative_slope=0.01):
    return _inplace(input, F.leaky_relu(input, negative_slope))


def hardtanh_(input, min_val=-1.0, max_val=1.0):
    return _inplace(input, F.hardtanh(input, min_val, max_val))


def threshold_(input, threshold, value):
    return _inplace(input, F.threshold(input, threshold, value))


def celu_(input, alpha=1.0):
    return _inplace(input, F.celu(input, alpha))


def selu_(input):
    return _inplace(input, F.selu(input))


def rrelu_(input, lower=1.0 / 8, upper=1.0 / 3, training=False):
    return _inplace(input, F.rrelu(input, lower, upper, training))


# ====================================================================== gumbel / pdist / grids
def gumbel_softmax(logits, tau=1.0, hard=False, eps=1e-10, dim=-1):
    torch = _torch()
    if eps != 1e-10:
        warnings.warn("`eps` parameter is deprecated and has no effect.", stacklevel=2)
    gumbels = -torch.empty_like(logits).exponential_().log()
    gumbels = (logits + gumbels) / tau
    y_soft = gumbels.softmax(dim)
    if hard:
        index = y_soft.max(dim, keepdim=True)[1]
        y_hard = torch.zeros_like(logits).scatter_(dim, index, 1.0)
        return y_hard - y_soft.detach() + y_soft
    return y_soft

# torch.nn.grad: gradients of convolutions wrt input and weight (computed with autograd).
from ... import _core

__all__ = ["conv1d_input", "conv1d_weight", "conv2d_input", "conv2d_weight", "conv3d_input", "conv3d_weight"]


def _conv(n):
    from . import functional as F

    return {1: lambda: F.conv1d, 2: lambda: F.conv2d, 3: lambda: F.conv3d}[n]()


def _input_grad(n, input_size, weight, grad_output, stride, padding, dilation, groups):
    from ... import torch

    x = torch.zeros(*tuple(input_size), dtype=weight.dtype, requires_grad=True)
    with torch.enable_grad():
        out = _conv(n)(x, weight.detach(), None, stride, padding, dilation, groups)
        (g,) = torch.autograd.grad(out, x, grad_output)
    return g


def _weight_grad(n, input, weight_size, grad_output, stride, padding, dilation, groups):
    from ... import torch

    w = torch.zeros(*tuple(weight_size), dtype=input.dtype, requires_grad=True)
    with torch.enable_grad():
        out = _conv(n)(input.detach(), w, None, stride, padding, dilation, groups)
        (g,) = torch.autograd.grad(out, w, grad_output)
    return g


def conv1d_input(input_size, weight, grad_output, stride=1, padding=0, dilation=1, groups=1):
    return _input_grad(1, input_size, weight, grad_output, stride, padding, dilation, groups)


def conv1d_weight(input, weight_size, grad_output, stride=1, padding=0, dilation=1, groups=1):
    return _weight_grad(1, input, weight_size, grad_output, stride, padding, dilation, groups)


def conv2d_input(input_size, weight, grad_output, stride=1, padding=0, dilation=1, groups=1):
    return _input_grad(2, input_size, weight, grad_output, stride, padding, dilation, groups)


def conv2d_weight(input, weight_size, grad_output, stride=1, padding=0, dilation=1, groups=1):
    return _weight_grad(2, input, weight_size, grad_output, stride, padding, dilation, groups)


def conv3d_input(input_size, weight, grad_output, stride=1, padding=0, dilation=1, groups=1):
    return _input_grad(3, input_size, weight, grad_output, stride, padding, dilation, groups)


def conv3d_weight(input, weight_size, grad_output, stride=1, padding=0, dilation=1, groups=1):
    return _weight_grad(3, input, weight_size, grad_output, stride, padding, dilation, groups)

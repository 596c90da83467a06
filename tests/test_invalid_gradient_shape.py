"""A custom backward returning a gradient that cannot be summed to its input's shape raises a
RuntimeError (it used to underflow an index in the engine's sum-to-shape and abort)."""
import pytest

import ferrograd.torch as torch


class _SumGrad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g.sum()          # 0-d: wrong for any input with dims


@pytest.mark.parametrize("shape", [(3,), (1,), (2, 3)])
def test_wrong_rank_gradient_raises(shape):
    x = torch.ones(*shape, requires_grad=True)
    with pytest.raises(RuntimeError, match="expected shape compatible with"):
        _SumGrad.apply(x).sum().backward()


def test_broadcastable_gradient_is_summed():
    class Wide(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x.clone()

        @staticmethod
        def backward(ctx, g):
            return g.expand(4, 3)   # broadcast of the input's shape: summed back like torch

    x = torch.ones(3, requires_grad=True)
    Wide.apply(x).sum().backward()
    assert x.grad.tolist() == [4.0, 4.0, 4.0]

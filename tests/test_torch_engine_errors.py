"""Engine and conversion errors as torch raises them: a custom backward returning a gradient that
cannot be summed to its input's shape (it used to underflow an index in sum_to), numpy() under
no_grad, and the broadcast error naming the last mismatching dim."""
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


def test_numpy_of_grad_tensor_allowed_under_no_grad():
    # torch refuses .numpy() on a tensor requiring grad only while grad mode is on
    x = torch.ones(2, requires_grad=True)
    with torch.no_grad():
        assert x.numpy().tolist() == [1.0, 1.0]
    with pytest.raises(RuntimeError, match="Use tensor.detach"):
        x.numpy()


def test_broadcast_error_names_the_last_mismatching_dim():
    with pytest.raises(RuntimeError, match=r"\(4\) must match the size of tensor b \(6\) at non-singleton dimension 2"):
        torch.ones(2, 3, 4) + torch.ones(5, 3, 6)

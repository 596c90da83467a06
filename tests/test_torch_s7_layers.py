"""Layer/functional behaviours from torch's test_nn and tutorials (session 7); values from torch 2.15."""
import pytest

import ferrograd.torch as torch
import ferrograd.torch.nn.functional as F
from ferrograd.torch import nn


def test_pooling_ceil_mode_and_avg_divisors():
    x = torch.arange(25.0).view(1, 1, 5, 5)
    torch.testing.assert_close(nn.MaxPool2d(3, 2, ceil_mode=True)(x), torch.tensor([[[[12.0, 14.0], [22.0, 24.0]]]]))
    out, idx = nn.MaxPool2d(2, return_indices=True, ceil_mode=True)(x)
    assert out.shape == (1, 1, 3, 3) and idx[0, 0].tolist() == [[6, 8, 9], [16, 18, 19], [21, 23, 24]]
    one = torch.ones(1, 1, 4, 4)
    torch.testing.assert_close(nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)(one), torch.ones(1, 1, 2, 2))
    torch.testing.assert_close(nn.AvgPool2d(3, stride=2, padding=1)(one),
                               torch.tensor([[[[4 / 9, 6 / 9], [6 / 9, 1.0]]]]))
    torch.testing.assert_close(F.avg_pool2d(x, 2, ceil_mode=True)[0, 0, -1], torch.tensor([20.5, 22.5, 24.0]))
    torch.testing.assert_close(F.avg_pool2d(one, 2, divisor_override=1), torch.full((1, 1, 2, 2), 4.0))
    g = torch.ones(1, 1, 5, 5, requires_grad=True)
    F.avg_pool2d(g, 2, ceil_mode=True).sum().backward()
    assert g.grad[0, 0, 4].tolist() == [0.5, 0.5, 0.5, 0.5, 1.0]


def test_embedding_errors_and_max_norm():
    emb = nn.Embedding(10, 3)
    with pytest.raises(IndexError, match="index out of range in self"):
        emb(torch.tensor([10]))
    with pytest.raises(RuntimeError, match="scalar types: Long, Int; but got torch.FloatTensor instead"):
        emb(torch.tensor([1.0]))
    e = nn.Embedding(3, 4, max_norm=0.5)
    with torch.no_grad():
        e.weight.copy_(torch.tensor([[3.0, 4.0, 0.0, 0.0], [0.1, 0.0, 0.0, 0.0], [0.0, 0.0, 6.0, 8.0]]))
    out = e(torch.tensor([0, 1]))
    torch.testing.assert_close(out, torch.tensor([[0.3, 0.4, 0.0, 0.0], [0.1, 0.0, 0.0, 0.0]]))
    torch.testing.assert_close(e.weight.detach().norm(dim=1), torch.tensor([0.5, 0.1, 10.0]))


def test_loss_input_checks_and_layer_norm_shape():
    with pytest.raises(RuntimeError, match="expected target dtype to be Long or Byte, but got Float"):
        F.cross_entropy(torch.randn(3, 5), torch.tensor([0.0, 1.0, 2.0]))
    with pytest.raises(RuntimeError, match="0D or 1D target tensor expected, multi-target not supported"):
        F.cross_entropy(torch.randn(3, 5), torch.randn(3, 4))
    with pytest.raises(NotImplementedError, match="\"log_softmax_lastdim_kernel_impl\" not implemented for 'Long'"):
        F.cross_entropy(torch.ones(3, 5, dtype=torch.long), torch.tensor([0, 1, 1]))
    for bad in (1.5, float("nan")):
        with pytest.raises(RuntimeError, match="all elements of input should be between 0 and 1"):
            F.binary_cross_entropy(torch.tensor([bad]), torch.tensor([1.0]))
    with pytest.raises(RuntimeError, match=r"Given normalized_shape=\[5\], expected input with shape \[\*, 5\], "
                                           r"but got input of size\[2, 3, 8, 8\]"):
        nn.LayerNorm(5)(torch.randn(2, 3, 8, 8))


def test_batchnorm_repr_bias_and_tensor_format():
    assert repr(nn.BatchNorm2d(3, momentum=None, affine=False)) == \
        "BatchNorm2d(3, eps=1e-05, momentum=None, affine=False, bias=False, track_running_stats=True)"
    assert "_bias_flag" not in nn.BatchNorm1d(2).__dict__
    assert f"{torch.tensor(3.14159):.2f}" == "3.14" and f"{torch.tensor([1, 2])}" == "tensor([1, 2])"
    with pytest.raises(TypeError, match="unsupported format string passed to Tensor.__format__"):
        f"{torch.tensor([3.1]):.2f}"
    with pytest.raises(TypeError, match="unsupported format string passed to Parameter.__format__"):
        f"{nn.Parameter(torch.tensor(2.5)):.2f}"

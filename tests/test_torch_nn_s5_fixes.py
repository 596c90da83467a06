"""Session-5 torch fixes, checked against values real torch 2.15 gives: nll_loss/cross_entropy sums in
ATen's cascade order (weights, ignore_index), torch.pow(Number, Tensor), lazy modules loading a
state_dict, LazyInstanceNorm defaults and InstanceNorm's num_features check."""
import io
import warnings

import pytest

import ferrograd.torch as torch
import ferrograd.torch.nn.functional as F
from ferrograd.torch import nn


def _ce_inputs():
    torch.manual_seed(0)
    x = torch.randn(64, 10) * 2
    y = torch.randint(0, 10, (64,))
    y2 = y.clone()
    y2[::5] = -100
    return x, y, y2, torch.rand(10)


def test_cross_entropy_values_bitwise_as_torch():
    x, y, y2, w = _ce_inputs()
    # torch 2.15 (same seed): 3.6692216396331787 3.8200929164886475 3.7353298664093018 81.76673889160156
    assert F.cross_entropy(x, y).item() == 3.6692216396331787
    assert F.cross_entropy(x, y2).item() == 3.8200929164886475
    assert F.cross_entropy(x, y, weight=w).item() == 3.7353298664093018
    assert F.nll_loss(F.log_softmax(x, 1), y2, weight=w, reduction="sum").item() == 81.76673889160156


def test_nll_loss_grads_weights_ignore_and_errors():
    x = torch.tensor([[-1.0, -2.0, -3.0], [-0.5, -1.5, -2.5], [-2.0, -1.0, -0.1]], requires_grad=True)
    t = torch.tensor([0, -100, 2])
    w = torch.tensor([1.0, 2.0, 4.0])
    loss = F.nll_loss(x, t, weight=w)
    assert loss.grad_fn.name() == "NllLossBackward0"
    assert loss.item() == 0.2800000011920929  # torch 2.15
    loss.backward()
    assert x.grad.tolist() == [[-0.20000000298023224, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, -0.800000011920929]]
    assert F.nll_loss(x, t, weight=w, reduction="none").tolist() == [1.0, 0.0, 0.4000000059604645]
    assert F.nll_loss(torch.randn(3, 2), torch.tensor([-100, -100, -100])).isnan().item()
    with pytest.raises(IndexError, match="Target 5 is out of bounds."):
        F.nll_loss(x, torch.tensor([0, 5, 1]))
    # double backward through the (linear) rule
    x2 = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
    g, = torch.autograd.grad(F.cross_entropy(x2, torch.tensor([0, 2, 1, 1])), x2, create_graph=True)
    g.sum().backward()
    assert x2.grad is not None


def test_pow_number_base():
    assert torch.pow(2, torch.tensor([1.0, 2.0, 3.0])).tolist() == [2.0, 4.0, 8.0]
    assert torch.pow(2, torch.tensor([1, 2])).dtype == torch.int64
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = torch.pow(10000, x)
    assert y.grad_fn.name() == "PowBackward2"
    y.sum().backward()
    assert x.grad.tolist() == [92103.40625, 921034048.0]  # torch 2.15


@pytest.mark.parametrize("make,shape", [(lambda: nn.LazyLinear(3), (2, 4)), (lambda: nn.LazyConv2d(2, 3), (1, 3, 5, 5)),
                                        (lambda: nn.LazyBatchNorm1d(), (4, 3))])
def test_lazy_modules_load_state_dict(make, shape):
    torch.manual_seed(0)
    x = torch.randn(*shape)
    m = make()
    y = m(x)
    buf = io.BytesIO()
    torch.save(m.state_dict(), buf)
    buf.seek(0)
    c = make()
    assert str(c.load_state_dict(torch.load(buf))) == "<All keys matched successfully>"
    assert type(c).__name__.startswith("Lazy")  # becomes the plain class at its first call, as in torch
    assert torch.allclose(c(x), y) and not type(c).__name__.startswith("Lazy")
    if isinstance(c, nn.Linear):
        assert c.in_features == 4  # torch sets it from the first input


def test_lazy_instance_norm_defaults_and_num_features_check():
    # torch 2.15: LazyInstanceNorm*d default affine=True, track_running_stats=True
    assert "affine=True, bias=True, track_running_stats=True" in repr(nn.LazyInstanceNorm2d())
    with pytest.raises(ValueError, match=r"expected input's size at dim=1 to match num_features \(4\), but got: 3."):
        nn.InstanceNorm1d(4, affine=True)(torch.randn(2, 3, 5))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        nn.InstanceNorm1d(4)(torch.randn(2, 3, 5))
    assert "input's size at dim=1 does not match num_features" in str(w[0].message)


def test_dropout2d_warns_on_non_3d_4d_input():
    # torch 2.15 warns (and still drops whole channels of the unbatched input)
    with pytest.warns(UserWarning, match="dropout2d: Received a 2-D input to dropout2d, which is deprecated"):
        nn.Dropout2d(0.5)(torch.ones(3, 4))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        F.dropout2d(torch.ones(2, 3, 4), 0.5)


def test_float_of_requires_grad_tensor_warns_once_per_process():
    # torch 2.15: TORCH_WARN_ONCE in Tensor.__float__ (int() and .item() do not warn)
    import subprocess
    import sys

    code = ("import warnings, ferrograd.torch as torch\nwarnings.simplefilter('always')\n"
            "x = torch.ones((), requires_grad=True)\nint(x); x.item()\nfloat(torch.ones(()))\n"
            "with torch.no_grad(): float(x)\nfloat(x)\nfloat(x * 2)\n")
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stderr
    assert err.count("UserWarning: Converting a tensor with requires_grad=True to a scalar may lead to unexpected "
                     "behavior.\nConsider using tensor.detach() first.") == 1
    assert "<string>:7:" in err  # not under no_grad (line 6), as torch

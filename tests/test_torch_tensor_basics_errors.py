"""Tensor basics as torch's test_torch checks them: div rounding modes, .to() identity and copy, scalar conversion
and topk/arange argument errors."""
import pytest

import ferrograd.torch as torch


def test_div_rounding_modes():
    a = torch.tensor([-7, 7])
    assert torch.div(a, 2, rounding_mode="floor").tolist() == [-4, 3]
    assert a.div(2, rounding_mode="trunc").tolist() == [-3, 3] and a.div(2, rounding_mode="trunc").dtype == torch.int64
    f = torch.tensor([-7.0, 7.5])
    assert f.div(2, rounding_mode="trunc").tolist() == [-3.0, 3.0]
    assert torch.div(f, 2, rounding_mode="floor").tolist() == [-4.0, 3.0]
    assert a.div(2).tolist() == [-3.5, 3.5]
    with pytest.raises(RuntimeError, match="rounding_mode"):
        a.div(2, rounding_mode="round")
    x = torch.tensor([5.0, -5.0], requires_grad=True)
    y = x.div(2, rounding_mode="floor")
    assert y.tolist() == [2.0, -3.0]


def test_to_returns_self_unless_changed():
    t = torch.ones(2)
    assert t.to(torch.float32) is t and t.to("cpu") is t and t.to(t) is t
    c = t.to(torch.float32, copy=True)
    assert c is not t and c.data_ptr() != t.data_ptr()
    assert t.to(torch.float64).dtype == torch.float64


def test_scalar_conversions_of_many_elements():
    for f in (float, int):
        with pytest.raises(ValueError, match="only one element tensors can be converted to Python scalars"):
            f(torch.ones(2))
    assert int(torch.tensor([3.7])) == 3 and float(torch.tensor(2)) == 2.0
    with pytest.raises(RuntimeError, match="a Tensor with 2 elements cannot be converted to Scalar"):
        torch.ones(2).item()


def test_topk_and_arange_argument_errors():
    with pytest.raises(RuntimeError, match="selected index k out of range"):
        torch.topk(torch.ones(2), 3)
    with pytest.raises(RuntimeError, match="upper bound and lower bound inconsistent with step sign"):
        torch.arange(0, 10, -1)
    with pytest.raises(RuntimeError, match="step must be nonzero"):
        torch.arange(0, 10, 0)
    assert torch.arange(5, 0, -2).tolist() == [5, 3, 1]


def test_sort_descending_puts_nan_first_and_keeps_ties():
    nan = float("nan")
    v, i = torch.tensor([nan, float("inf"), 1.0, nan]).sort(descending=True)
    assert i.tolist() == [0, 3, 1, 2]
    v, i = torch.tensor([3, 1, 3, 2]).sort(descending=True)
    assert v.tolist() == [3, 3, 2, 1] and i.tolist() == [0, 2, 3, 1]
    v, i = torch.tensor([True, False, True]).sort(descending=True)
    assert i.tolist() == [0, 2, 1]
    v, i = torch.tensor(3.0).sort()
    assert v.item() == 3.0 and i.item() == 0 and v.dim() == 0
    x = torch.tensor([2.0, 1.0, 3.0], requires_grad=True)
    v, _ = x.sort(descending=True)
    assert v.grad_fn.name() == "SortBackward0"
    v.sum().backward()
    assert x.grad.tolist() == [1.0, 1.0, 1.0]


def test_shift_operators():
    x = torch.tensor([1, 2, 3])
    assert (x << 2).tolist() == [4, 8, 12] and (x >> 1).tolist() == [0, 1, 1]
    assert (1 << x).tolist() == [2, 4, 8] and (16 >> x).tolist() == [8, 4, 2]
    with pytest.raises(NotImplementedError):
        torch.tensor([1.0]) << 1

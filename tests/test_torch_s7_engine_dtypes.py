"""Bool arithmetic as torch's type promotion does it, and clone() keeping the memory layout
(torch.preserve_format); expected values from torch 2.15."""
import re

import pytest

import ferrograd.torch as torch

TWO_BOOLS = "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead."
ONE_BOOL = "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."
NEG_BOOL = "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."


def _ab():
    return torch.tensor([True, False, True]), torch.tensor([True, True, False])


@pytest.mark.parametrize("expr,dtype,values", [
    ("a + b", torch.bool, [True, True, True]),
    ("a * b", torch.bool, [True, False, False]),
    ("torch.maximum(a, b)", torch.bool, [True, True, True]),
    ("torch.minimum(a, b)", torch.bool, [True, False, False]),
    ("torch.add(a, b, alpha=2)", torch.bool, [True, True, True]),
    ("a.add(b)", torch.bool, [True, True, True]),
    ("torch.mul(a, b)", torch.bool, [True, False, False]),
    ("a + True", torch.bool, [True, True, True]),
    ("a * True", torch.bool, [True, False, True]),
    ("a + torch.tensor(True)", torch.bool, [True, True, True]),
    ("a + a[None]", torch.bool, [[True, False, True]]),
    ("a + 1", torch.int64, [2, 1, 2]),
    ("a * 2", torch.int64, [2, 0, 2]),
    ("a + 1.5", torch.float32, [2.5, 1.5, 2.5]),
    ("a / b", torch.float32, [1.0, 0.0, float("inf")]),
    ("a + torch.tensor([1, 2, 3])", torch.int64, [2, 2, 4]),
    ("(a + b).sum()", torch.int64, 3),
])
def test_bool_arithmetic_result_types(expr, dtype, values):
    a, b = _ab()
    r = eval(expr)
    assert r.dtype == dtype and r.tolist() == values


def test_zero_dim_bools_add_to_bool():
    r = torch.tensor(True) + torch.tensor(True)
    assert r.dtype == torch.bool and r.item() is True


@pytest.mark.parametrize("expr,msg", [
    ("a - b", TWO_BOOLS), ("a.sub(b)", TWO_BOOLS), ("torch.sub(a, b)", TWO_BOOLS), ("a - True", TWO_BOOLS),
    ("True - a", TWO_BOOLS), ("a.clone().sub_(b)", TWO_BOOLS), ("torch.rsub(a, b)", TWO_BOOLS),
    ("a - 1", ONE_BOOL), ("1 - a", ONE_BOOL), ("a - 1.5", ONE_BOOL), ("a - torch.tensor([1.0, 2.0, 3.0])", ONE_BOOL),
    ("-a", NEG_BOOL), ("a.neg()", NEG_BOOL), ("torch.neg(a)", NEG_BOOL),
])
def test_bool_subtraction_and_negation_raise(expr, msg):
    a, b = _ab()
    with pytest.raises(NotImplementedError, match="^" + re.escape(msg) + "$"):
        eval(expr)


def test_bool_inplace_subtraction_raises():
    a, b = _ab()
    c = a.clone()
    with pytest.raises(NotImplementedError, match="with two bool tensors is not supported"):
        c -= b
    assert c.tolist() == [True, False, True]


@pytest.mark.parametrize("expr,kernel", [("a // b", "div_floor_cpu"), ("a % b", "remainder_cpu"), ("a ** b", "pow")])
def test_bool_kernels_torch_does_not_have(expr, kernel):
    a, b = _ab()
    with pytest.raises(RuntimeError, match=f'"{kernel}" not implemented for \'Bool\''):
        eval(expr)


def test_clone_preserves_strides():
    x = torch.arange(12.0).reshape(3, 4)
    cases = [
        (x.t(), (1, 4)),
        (x[:, ::2], (2, 1)),
        (x.t()[::2], (1, 2)),
        (x.expand(2, 3, 4).transpose(0, 2), (2, 8, 1)),
        (x.unsqueeze(1).transpose(0, 2), (1, 4, 4)),
        (x[1:].t(), (1, 4)),
        (torch.arange(24.0).reshape(2, 3, 4).permute(2, 0, 1), (1, 12, 4)),
    ]
    for t, strides in cases:
        c = t.clone()
        assert c.stride() == strides and c.tolist() == t.tolist()
        assert c.data_ptr() != t.data_ptr()
        assert t.clone(memory_format=torch.contiguous_format).is_contiguous()
    assert x.t().clone(memory_format=torch.preserve_format).stride() == (1, 4)
    assert not x.t().clone().is_contiguous()


def test_clone_of_transpose_backward():
    a = torch.randn(3, 4, requires_grad=True)
    c = a.t().clone()
    assert type(c.grad_fn).__name__ == "CloneBackward0" and c.stride() == (1, 4)
    (c * torch.arange(12.0).reshape(4, 3)).sum().backward()
    assert a.grad.tolist() == torch.arange(12.0).reshape(4, 3).t().tolist()

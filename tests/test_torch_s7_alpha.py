"""add/sub with alpha and an integer `other` (values printed by torch 2.15): alpha scales in the
result's type (it was truncated to 0 in the integer type), and a fractional alpha with two
integral operands is torch's RuntimeError."""
import numpy as np
import pytest

import ferrograd.torch as torch


def test_alpha_with_an_integer_other_scales_in_float():
    x, i = torch.ones(3), torch.tensor([1, 1, 1])
    np.testing.assert_array_equal(x.sub(i, alpha=0.5).numpy(), [0.5, 0.5, 0.5])
    np.testing.assert_array_equal(x.add(i, alpha=0.5).numpy(), [1.5, 1.5, 1.5])
    np.testing.assert_array_equal(torch.sub(x, i, alpha=0.5).numpy(), [0.5, 0.5, 0.5])
    r = torch.tensor([1, 2]).add(torch.tensor([1.0, 1.0]), alpha=0.5)
    assert r.dtype == torch.float32
    np.testing.assert_array_equal(r.numpy(), [1.5, 2.5])
    r = torch.tensor([1, 2]).add(torch.tensor([1, 1]), alpha=2)
    assert r.dtype == torch.int64
    np.testing.assert_array_equal(r.numpy(), [3, 4])


def test_fractional_alpha_with_integral_operands_raises():
    with pytest.raises(RuntimeError, match="For integral input tensors, argument alpha must not be a floating point number."):
        torch.tensor([1, 2]).sub(torch.tensor([1, 1]), alpha=0.5)

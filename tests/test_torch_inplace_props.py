"""In-place ops on tensors in a graph (torch's rebased history), and property tests of
elementwise ops and reductions against NumPy."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import importlib


class _Lazy:
    """Imports the module on first use, so collecting these tests does not load ferrograd._core
    (tests/test_fmt_*.py check that the formatters work without it)."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        if attr.startswith("_") or attr.startswith("pytest"):  # pytest probes collected objects
            raise AttributeError(attr)
        return getattr(importlib.import_module(self._name), attr)


torch = _Lazy("ferrograd.torch")


def test_setitem_copyslices_gradient():
    a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    b = a * 1
    b[1] = 0
    assert repr(b) == "tensor([1., 0., 3.], grad_fn=<CopySlices>)"
    b.sum().backward()
    assert a.grad.tolist() == [1.0, 0.0, 1.0]


def test_setitem_value_gets_gradient():
    x = torch.zeros(3)
    w = torch.tensor([2.0, 5.0], requires_grad=True)
    x[1:] = w * w
    assert not x.is_leaf and x.requires_grad
    x.sum().backward()
    assert w.grad.tolist() == [4.0, 10.0]


def test_setitem_names_like_torch():
    a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    m = a * 1
    m[[0, 2]] = 0.0
    assert m.grad_fn.name() == "IndexFillBackward0"
    m = a * 1
    m[m > 1.5] = 0.0
    assert m.grad_fn.name() == "MaskedFillBackward0"
    m = a * 1
    m[m > 1.5] = torch.tensor([5.0, 6.0])
    assert m.grad_fn.name() == "IndexPutBackward0"
    m.sum().backward()
    assert a.grad.tolist() == [1.0, 0.0, 0.0]


def test_inplace_arithmetic_rebases_history():
    a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = a * 2
    y += 1
    assert repr(y) == "tensor([3., 5., 7.], grad_fn=<AddBackward0>)"
    y.mul_(a)
    assert repr(y) == "tensor([ 3., 10., 21.], grad_fn=<MulBackward0>)"
    y.sum().backward()
    assert a.grad.tolist() == [5.0, 9.0, 13.0]  # d/da (2a+1)a = 4a + 1
    z = a * 1
    z.zero_()
    assert repr(z) == "tensor([0., 0., 0.], grad_fn=<ZeroBackward0>)"
    z = a * 1
    z.clamp_(max=2.5)
    assert z.grad_fn.name() == "ClampBackward1"


def test_inplace_errors():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad is being used in an in-place operation."):
        a += 1
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad is being used in an in-place operation."):
        a[0] = 5.0
    with torch.no_grad():
        a += 1
    assert a.tolist() == [2.0, 3.0] and a.requires_grad and a.is_leaf


# ---- properties against NumPy ----
floats = st.floats(-50, 50, allow_nan=False, allow_infinity=False, width=32)
arrays = hnp.arrays(np.float32, hnp.array_shapes(min_dims=1, max_dims=3, max_side=5), elements=floats)


@settings(max_examples=60, deadline=None)
@given(arrays)
def test_unary_ops_match_numpy(a):
    t = torch.from_numpy(a)
    np.testing.assert_allclose(t.abs().numpy(), np.abs(a))
    np.testing.assert_allclose(t.neg().numpy(), -a)
    np.testing.assert_allclose(t.relu().numpy(), np.maximum(a, 0))
    np.testing.assert_allclose(t.tanh().numpy(), np.tanh(a), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(t.sigmoid().numpy(), 1 / (1 + np.exp(-a.astype(np.float64))), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(t.exp().numpy(), np.exp(a), rtol=1e-5)
    np.testing.assert_allclose((t * t).numpy(), a * a, rtol=1e-6)


@settings(max_examples=60, deadline=None)
@given(arrays, floats)
def test_binary_broadcast_matches_numpy(a, s):
    t = torch.from_numpy(a)
    row = torch.from_numpy(a[..., :1].copy())
    np.testing.assert_array_equal((t + row).numpy(), a + a[..., :1])
    np.testing.assert_array_equal((t - s).numpy(), a - np.float32(s))
    np.testing.assert_array_equal((t * row).numpy(), a * a[..., :1])
    np.testing.assert_array_equal(torch.maximum(t, row).numpy(), np.maximum(a, a[..., :1]))
    np.testing.assert_array_equal((t > s).numpy(), a > np.float32(s))


@settings(max_examples=60, deadline=None)
@given(arrays, st.data())
def test_reductions_match_numpy(a, data):
    t = torch.from_numpy(a)
    dim = data.draw(st.integers(0, a.ndim - 1))
    keep = data.draw(st.booleans())
    a64 = a.astype(np.float64)
    np.testing.assert_allclose(t.sum().item(), a64.sum(), rtol=1e-5, atol=1e-3)
    np.testing.assert_allclose(t.sum(dim, keepdim=keep).numpy(), a64.sum(dim, keepdims=keep), rtol=1e-5, atol=1e-3)
    np.testing.assert_allclose(t.mean(dim).numpy(), a64.mean(dim), rtol=1e-5, atol=1e-4)
    np.testing.assert_array_equal(t.amax(dim).numpy(), a.max(dim))
    np.testing.assert_array_equal(t.argmax(dim).numpy(), a.argmax(dim))
    np.testing.assert_allclose(t.norm().item(), np.sqrt((a64 ** 2).sum()), rtol=1e-5, atol=1e-4)


@settings(max_examples=40, deadline=None)
@given(arrays)
def test_sum_mean_gradients(a):
    t = torch.from_numpy(a).requires_grad_(True)
    (t.sum() + t.mean() * 2).backward()
    np.testing.assert_allclose(t.grad.numpy(), np.full(a.shape, 1 + 2 / a.size, dtype=np.float32), rtol=1e-6)

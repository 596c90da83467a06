"""View semantics as torch's test_view_ops checks them: diagonal() is a view of the storage, contiguous() of a
contiguous tensor is the tensor itself, x.T on non-2-D tensors warns."""
import numpy as np
import pytest

import ferrograd.torch as torch


def test_diagonal_is_a_view():
    x = torch.arange(12.0).reshape(3, 4)
    d = x.diagonal()
    d.fill_(-1)
    assert x.tolist() == [[-1.0, 1.0, 2.0, 3.0], [4.0, -1.0, 6.0, 7.0], [8.0, 9.0, -1.0, 11.0]]
    assert x.diagonal(1).data_ptr() != x.data_ptr() and x.diagonal(1).storage_offset() == 1
    y = torch.arange(24.0).reshape(2, 3, 4)
    for off in (-2, -1, 0, 1, 3, 5):
        for d1, d2 in ((0, 1), (1, 2), (2, 0), (-1, -2)):
            assert np.array_equal(torch.diagonal(y, off, d1, d2).numpy(), np.diagonal(y.numpy(), off, d1, d2))


def test_diagonal_with_autograd():
    x = torch.arange(9.0).reshape(3, 3).requires_grad_()
    d = x.diagonal()
    assert d.grad_fn.name() == "DiagonalBackward0"
    d.sum().backward()
    assert x.grad.tolist() == torch.eye(3).tolist()


def test_contiguous_returns_self_when_contiguous():
    x = torch.zeros(2, 3)
    assert x.contiguous() is x
    t = x.t()
    c = t.contiguous()
    assert c is not t and c.is_contiguous() and c.tolist() == t.tolist()


def test_T_warns_outside_2d():
    with pytest.warns(UserWarning, match="The use of `x.T` on tensors of dimension other than 2"):
        assert torch.zeros(2, 3, 4).T.shape == (4, 3, 2)
    with pytest.warns(UserWarning, match="Tensor.T is deprecated on 0-D tensors"):
        torch.tensor(1.0).T


def test_inplace_on_view_of_leaf_message():
    a = torch.ones(3, requires_grad=True)
    with pytest.raises(RuntimeError, match="a view of a leaf Variable that requires grad is being used in an in-place"):
        a[0].mul_(2)
    w = torch.ones(2, 2, requires_grad=True)
    with pytest.raises(RuntimeError, match="a view of a leaf Variable that requires grad"):
        w[0] += 1
    with torch.no_grad():
        w[0] += 1
    assert w.tolist() == [[2.0, 2.0], [1.0, 1.0]]

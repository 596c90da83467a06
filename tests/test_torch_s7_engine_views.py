"""The view -> base link as torch's test_view_ops / test_autograd check it (expected behaviour from
torch 2.15): `_base` (the same object, None for non-views, the root base for views of views),
`_is_view()`, and the in-place checks on views that depend on the base."""
import pytest

import ferrograd.torch as torch

NO_GRAD_VIEW = "A view was created in no_grad mode and is being modified inplace with grad mode enabled"
VIEW_OF_LEAF = "a view of a leaf Variable that requires grad is being used in an in-place operation."


def test_base_of_views_and_non_views():
    x = torch.randn(4, 6)
    assert x._base is None and not x._is_view()
    v = x.view(24)
    assert v._base is x and v._is_view()
    vv = v.view(4, 6)[1:]
    assert vv._base is x and vv._is_view()
    assert x.detach()._base is None and not x.detach()._is_view()
    assert x.t().reshape(24)._base is None  # a copy
    assert x.data._base is None
    assert x[0]._base is x and x[:]._base is x and x[[0]]._base is None
    assert x.narrow(0, 1, 2)._base is x
    assert all(s._base is x for s in x.split(2)) and all(s._base is x for s in x.unbind())
    assert all(s._base is x for s in x.chunk(3, 1))
    assert x.expand(2, 4, 6)._base is x and x.unsqueeze(0)._base is x
    assert x.T._base is x and x.permute(1, 0)._base is x and x.transpose(0, 1)._base is x
    assert x.contiguous()._base is None and x.t().contiguous()._base is None and x.clone()._base is None
    assert x.flatten()._base is x and x.view_as(x)._base is x and x.squeeze()._base is x
    assert x.select(1, 2)._base is x and x.mT._base is x


def test_base_of_views_in_a_graph():
    a = torch.randn(3, requires_grad=True)
    b = a * 2
    c = b[1:]
    assert c._base is b and type(c.grad_fn).__name__ == "SliceBackward0"
    assert type(c._base.grad_fn).__name__ == "MulBackward0"
    d = a[1:]
    assert d._base is a and not d.is_leaf


def test_base_object_outlives_its_name():
    v = torch.arange(6.0).view(2, 3)[1]
    base = v._base
    assert base is v._base and base.shape == (6,) and base.tolist() == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]


def test_detach_base():
    x = torch.randn(10, 10, requires_grad=True)
    view = x.narrow(0, 1, 4)
    x.detach_()
    assert not x.requires_grad
    assert view.requires_grad and view.grad_fn is not None
    assert view._base is x


def test_detach_inplace_on_a_view_raises():
    x = torch.randn(10, 10, requires_grad=True)
    view = x.narrow(0, 1, 4)
    with pytest.raises(RuntimeError, match="Can't detach views in-place. Use detach\\(\\) instead."):
        view.detach_()
    with pytest.raises(RuntimeError, match="Can't detach views in-place"):
        torch.randn(3)[1:].detach_()


def test_no_requires_grad_inplace():
    a = torch.randn(2, 3)
    a.add_(5)
    a.requires_grad = True
    a.sum().backward()
    assert a.grad.tolist() == [[1.0] * 3] * 2
    a = torch.randn(2, 3)
    b = a[:]
    b.add_(5)
    a.requires_grad = True
    a.sum().backward()
    assert a.grad.tolist() == [[1.0] * 3] * 2
    a = torch.randn(2, 3)
    b = a[:]
    a.requires_grad = True
    assert b.requires_grad and b.is_leaf and b.grad_fn is None
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad is being used in an in-place operation."):
        a.add_(5)
    with pytest.raises(RuntimeError, match=VIEW_OF_LEAF):
        b.add_(5)


def test_view_made_in_no_grad_mode():
    a = torch.randn(3, requires_grad=True)
    with torch.no_grad():
        e = a[1:]
    assert e._base is a and e.requires_grad and e.is_leaf
    c = a * 2
    with torch.no_grad():
        f = c[1:]
    assert f.requires_grad and f.is_leaf
    with pytest.raises(RuntimeError, match=NO_GRAD_VIEW):
        f.mul_(2)
    with pytest.raises(RuntimeError, match=NO_GRAD_VIEW):
        e.add_(1)
    # no gradient flows through such a view
    (e * 2).sum().backward()
    assert a.grad is None and e.grad is None
    with torch.no_grad():
        f.mul_(2)
        e.mul_(2)


def test_view_of_plain_tensor_can_require_grad():
    w = torch.randn(3)[1:]
    w.requires_grad_()
    assert w.requires_grad
    (w * 3).sum().backward()
    assert w.grad.tolist() == [3.0, 3.0]

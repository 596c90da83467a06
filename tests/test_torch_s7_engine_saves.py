"""Engine behaviour from torch's test_autograd.py (expected values from torch 2.15): rules keep only
the inputs the gradients they will compute read, index rules keep only the index, autograd.grad
runs only nodes on a path to the requested inputs, and rules that save nothing survive a backward."""
import pytest

import ferrograd.torch as torch
from ferrograd.torch.autograd import Function


def test_no_unnecessary_save():
    # x * ft with ft constant keeps ft only: x may be overwritten in place before backward
    mu = torch.ones(1, requires_grad=True)
    x = torch.empty(1)
    loss = 0
    for i in range(3):
        x.detach_()
        x.copy_(mu + i)
        ft = torch.tensor([float(i)])
        loss += (x * ft).sum()
    loss.backward()
    assert mu.grad.tolist() == [3.0]


def test_div_keeps_divisor_only_when_numerator_alone_needs_grad():
    a = torch.ones(2, requires_grad=True)
    k = a * 1
    m = k / torch.full((2,), 2.0)
    with torch.no_grad():
        k.mul_(5)
    m.sum().backward()
    assert a.grad.tolist() == [0.5, 0.5]
    # the divisor is read by the numerator's gradient: changing it is still an error
    a = torch.ones(2, requires_grad=True)
    c = torch.full((2,), 3.0)
    h = a / c
    c.add_(1)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        h.sum().backward()


def test_mul_still_checks_inputs_it_reads():
    x = torch.ones(3, requires_grad=True)
    w = torch.ones(3, requires_grad=True)
    y = x * 2
    z = y * w
    with torch.no_grad():
        y.add_(1)
    with pytest.raises(RuntimeError, match="is at version 1; expected version 0 instead"):
        z.sum().backward()


def test_index_backward_does_not_save_tensor():
    a = torch.tensor([1.0, 0, 0])
    b = torch.zeros(3, requires_grad=True)
    t = b + 0
    t[a != 0] = t[a != 0]
    t.backward(torch.zeros_like(t))
    assert b.grad.tolist() == [0.0, 0.0, 0.0]
    # index_select does not save its input either; gather does (torch's derivatives.yaml)
    x = torch.arange(4.0, requires_grad=True)
    y = x * 1
    s = y.index_select(0, torch.tensor([0, 2, 2]))
    with torch.no_grad():
        y.mul_(7)
    s.sum().backward()
    assert x.grad.tolist() == [1.0, 0.0, 2.0, 0.0]
    y = x * 1
    g = y.gather(0, torch.tensor([1, 1, 3]))
    with torch.no_grad():
        y.mul_(7)
    with pytest.raises(RuntimeError, match="is at version 1; expected version 0 instead"):
        g.sum().backward()


class _MustNotRun(Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, g):
        raise AssertionError("This node should not be executed!")


def test_grad_unreachable_discovery():
    x = _MustNotRun.apply(torch.randn(1, requires_grad=True) * 2)
    y = torch.randn(1, requires_grad=True)
    (gy,) = torch.autograd.grad(x, (y,), allow_unused=True)
    assert gy is None
    x = _MustNotRun.apply(torch.randn(1, requires_grad=True) * 2)
    y = torch.randn(1, requires_grad=True)
    z = torch.randn(1, requires_grad=True)
    gy, gz = torch.autograd.grad(x + z, (y, z), allow_unused=True)
    assert gy is None and gz.tolist() == [1.0]
    x = _MustNotRun.apply(torch.randn(1, requires_grad=True) * 2)
    y = torch.randn(1, requires_grad=True)
    torch.autograd.backward(x, inputs=(y,))
    assert y.grad is None


def test_grad_does_not_fire_hooks_off_the_path():
    a = torch.ones(2, requires_grad=True)
    b = torch.ones(2, requires_grad=True)
    u = a * 2
    v = b * 3
    fired = []
    u.register_hook(lambda g: fired.append("u"))
    v.register_hook(lambda g: fired.append("v"))
    (gb,) = torch.autograd.grad((u + v).sum(), (b,))
    assert gb.tolist() == [3.0, 3.0] and fired == ["v"]


def test_grad_of_non_leaf_input_does_not_run_its_node():
    a = torch.ones(2, requires_grad=True)
    m = _MustNotRun.apply(a * 2)
    (gm,) = torch.autograd.grad((m * 3).sum(), (m,))
    assert gm.tolist() == [3.0, 3.0]


def test_sharded_grad():
    leaves = [torch.zeros(5, 5, requires_grad=True) for _ in range(10)]
    inter = [l * i + l * l for i, l in enumerate(leaves)]
    loss = sum(v * i for i, v in enumerate(inter)).sum()
    d = [g for b in (inter[i:i + 2] for i in range(0, 10, 2)) for g in torch.autograd.grad(loss, b)]
    torch.autograd.backward(inter, d)
    for i, l in enumerate(leaves):
        assert l.grad.tolist() == (i * i * (1 + l)).tolist()

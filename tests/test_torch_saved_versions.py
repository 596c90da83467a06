"""In-place changes to a tensor a backward rule saved raise torch's RuntimeError instead of
giving a silently wrong gradient."""
import pytest

import ferrograd.torch as torch


def test_modified_saved_input_raises():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    w = torch.tensor([3.0, 4.0])
    y = (a * w).sum()
    w.add_(1)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        y.backward()


def test_modified_saved_output_raises():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    y = a.exp()
    with torch.no_grad():
        y.mul_(2)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        y.sum().backward()


def test_changes_the_rule_does_not_read_are_fine():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([5.0, 6.0])
    y = (a + b).exp().sum()  # add saves nothing, exp saves only its output
    b.zero_()
    y.backward()
    assert a.grad is not None


def test_optimizer_step_after_backward_is_fine():
    lin = torch.nn.Linear(3, 1)
    opt = torch.optim.SGD(lin.parameters(), lr=0.1)
    x = torch.ones(4, 3)
    for _ in range(3):
        opt.zero_grad()
        lin(x).pow(2).mean().backward()
        opt.step()

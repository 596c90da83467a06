"""Error cases of torch.optim Rprop/RAdam/ASGD/LBFGS and lr_scheduler PolynomialLR/SequentialLR/
ChainedScheduler/CyclicLR (types and messages as torch 2.15 raises them)."""
import pytest

import ferrograd.torch as torch
from ferrograd.torch import nn
from ferrograd.torch.optim import lr_scheduler as sch


def _p():
    return nn.Parameter(torch.zeros(2))


def test_rprop_bad_etas():
    with pytest.raises(ValueError, match=r"^Invalid eta values: 1.5, 1.2$"):
        torch.optim.Rprop([_p()], etas=(1.5, 1.2))


def test_radam_bad_beta_and_lr():
    with pytest.raises(ValueError, match=r"^Invalid beta parameter at index 1: 1.0$"):
        torch.optim.RAdam([_p()], betas=(0.9, 1.0))
    with pytest.raises(ValueError, match=r"^Invalid learning rate: -0.1$"):
        torch.optim.ASGD([_p()], lr=-0.1)


def test_lbfgs_groups_and_line_search():
    with pytest.raises(ValueError, match=r"^LBFGS doesn't support per-parameter options \(parameter groups\)$"):
        torch.optim.LBFGS([{"params": [_p()]}, {"params": [_p()]}])
    w = _p()
    opt = torch.optim.LBFGS([w], line_search_fn="armijo")

    def closure():
        opt.zero_grad()
        loss = ((w - 1) ** 2).sum()
        loss.backward()
        return loss

    with pytest.raises(RuntimeError, match=r"^only 'strong_wolfe' is supported$"):
        opt.step(closure)


def test_lbfgs_converges_on_quadratic():
    w = nn.Parameter(torch.tensor([3.0, -1.0]))
    opt = torch.optim.LBFGS([w], line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = ((w - torch.tensor([1.0, 2.0])) ** 2).sum()
        loss.backward()
        return loss

    opt.step(closure)
    assert w.tolist() == pytest.approx([1.0, 2.0], abs=1e-5)


def test_cyclic_errors():
    with pytest.raises(TypeError, match=r"^int is not an Optimizer$"):
        sch.CyclicLR(3, 0.1, 1.0)
    with pytest.raises(ValueError, match=r"^optimizer must support momentum or beta1 with `cycle_momentum` option enabled$"):
        sch.CyclicLR(torch.optim.Adagrad([_p()]), 0.1, 1.0)
    with pytest.raises(ValueError, match=r"^mode is invalid and scale_fn is None$"):
        sch.CyclicLR(torch.optim.SGD([_p()], lr=0.1, momentum=0.9), 0.1, 1.0, mode="sine")
    with pytest.raises(ValueError, match=r"^base_lr must have the same length as optimizer.param_groups"):
        sch.CyclicLR(torch.optim.SGD([_p()], lr=0.1, momentum=0.9), [0.1, 0.2], 1.0)


def test_sequential_chained_errors():
    o = torch.optim.SGD([_p()], lr=0.1)
    with pytest.raises(ValueError, match=r"^Sequential Schedulers expects number of schedulers provided to be one more"):
        sch.SequentialLR(o, [sch.StepLR(o, 2)], milestones=[3])
    with pytest.raises(ValueError, match=r"^SequentialLR expects at least one scheduler, but got no scheduler.$"):
        sch.SequentialLR(o, [], milestones=[])
    with pytest.raises(ValueError, match=r"^ChainedScheduler expects at least one scheduler to be chained"):
        sch.ChainedScheduler([])
    o2 = torch.optim.SGD([_p()], lr=0.1)
    with pytest.raises(ValueError, match=r"^SequentialLR does not support `ReduceLROnPlateau`"):
        sch.SequentialLR(o, [sch.StepLR(o, 2), sch.ReduceLROnPlateau(o)], milestones=[3])
    with pytest.raises(ValueError, match=r"^ChainedScheduler expects all schedulers to belong to the same optimizer"):
        sch.ChainedScheduler([sch.StepLR(o, 2), sch.StepLR(o2, 2)])


def test_polynomial_closed_form_in_sequential():
    o = torch.optim.SGD([_p()], lr=1.0)
    s = sch.SequentialLR(o, [sch.ConstantLR(o, factor=0.5, total_iters=1), sch.PolynomialLR(o, total_iters=2)],
                         milestones=[2])
    lrs = []
    for _ in range(4):
        o.step()
        s.step()
        lrs.append(s.get_last_lr()[0])
    assert lrs == [1.0, 1.0, 0.5, 0.0]

"""Optimizer hooks and lr_scheduler bookkeeping as torch 2.15 has them (session 7)."""
import warnings

import pytest

import ferrograd.torch as torch
from ferrograd.torch import nn
from ferrograd.torch.optim import lr_scheduler as L


def test_optimizer_step_and_state_dict_hooks():
    m = nn.Linear(3, 2)
    o = torch.optim.Adam(m.parameters(), lr=0.01)
    log = []
    h1 = o.register_step_pre_hook(lambda opt, args, kwargs: log.append(("pre", args[0] is opt)))
    o.register_step_post_hook(lambda opt, args, kwargs: log.append("post"))
    m(torch.randn(4, 3)).sum().backward()
    o.step()
    h1.remove()
    o.step()
    assert log == [("pre", True), "post", "post"]
    o.register_step_pre_hook(lambda opt, args, kwargs: 1)
    with pytest.raises(RuntimeError, match="must return None or a tuple of \\(new_args, new_kwargs\\), but got 1."):
        o.step()
    o2 = torch.optim.SGD(m.parameters(), lr=0.1)
    calls = []
    o2.register_state_dict_pre_hook(lambda opt: calls.append("sd_pre"))
    o2.register_state_dict_post_hook(lambda opt, sd: dict(sd, extra=1))
    o2.register_load_state_dict_pre_hook(lambda opt, sd: {k: v for k, v in sd.items() if k != "extra"})
    o2.register_load_state_dict_post_hook(lambda opt: calls.append("load_post"))
    sd = o2.state_dict()
    assert sd["extra"] == 1
    o2.load_state_dict(sd)
    assert calls == ["sd_pre", "load_post"]


def test_scheduler_state_dict_keys_and_order_warning():
    m = nn.Linear(2, 1)
    o = torch.optim.SGD(m.parameters(), lr=0.01)
    s = L.StepLR(o, step_size=2, gamma=0.5)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        s.step()
    assert "Detected call of `lr_scheduler.step()` before `optimizer.step()`" in str(w[0].message)
    o = torch.optim.SGD(m.parameters(), lr=0.01)
    s = L.StepLR(o, step_size=2, gamma=0.5)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        for _ in range(5):
            o.step()
            s.step()
    assert not w
    assert s.state_dict() == {"step_size": 2, "gamma": 0.5, "base_lrs": [0.01], "last_epoch": 5, "_step_count": 6,
                              "_is_initial": False, "_get_lr_called_within_step": False, "_last_lr": [0.0025]}
    for sch in (L.CosineAnnealingWarmRestarts(o, 3), L.LambdaLR(o, lambda e: 1.0)):
        assert {"_is_initial", "_get_lr_called_within_step"} <= set(sch.state_dict())
    with pytest.warns(UserWarning, match="The epoch parameter in `scheduler.step\\(\\)` was not necessary"):
        s.step(3)
    with pytest.raises(TypeError, match="Linear is not an Optimizer"):
        L.StepLR(m, 2)
    with pytest.raises(KeyError, match="param 'initial_lr' is not specified in param_groups\\[0\\]"):
        L.StepLR(torch.optim.SGD(m.parameters(), lr=1.0), 2, last_epoch=3)

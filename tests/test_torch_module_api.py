"""nn.Module API used by torch's test_nn and tutorials: forward hooks with_kwargs, set_submodule, to_empty."""
import ferrograd.torch as torch
from ferrograd.torch import nn


class KwLinear(nn.Linear):
    def forward(self, x, scale=1.0):
        return super().forward(x) * scale


def test_forward_hooks_with_kwargs():
    m = KwLinear(3, 2)
    log = []

    def pre(mod, args, kwargs):
        log.append(("pre", sorted(kwargs)))
        return args, {"scale": 0.0}

    def post(mod, args, kwargs, out):
        log.append(("post", kwargs["scale"]))
        return out + 1

    h1 = m.register_forward_pre_hook(pre, with_kwargs=True)
    h2 = m.register_forward_hook(post, with_kwargs=True)
    out = m(torch.ones(1, 3), scale=5.0)
    assert out.tolist() == [[1.0, 1.0]] and log == [("pre", ["scale"]), ("post", 0.0)]
    h1.remove()
    h2.remove()
    plain = []
    m.register_forward_hook(lambda mod, args, out: plain.append(len(args)))
    m(torch.ones(1, 3))
    assert plain == [1]


def test_set_submodule_and_to_empty():
    m = nn.Sequential(nn.Linear(2, 2), nn.Sequential(nn.ReLU()))
    m.set_submodule("1.0", nn.Tanh())
    assert isinstance(m[1][0], nn.Tanh)
    assert m.to_empty(device="cpu") is m


def test_checkpoint_matches_plain_forward():
    import warnings

    from ferrograd.torch.utils.checkpoint import checkpoint, checkpoint_sequential

    lin = nn.Linear(3, 3)
    x = torch.randn(2, 3, requires_grad=True)
    y = checkpoint(lin, x, use_reentrant=False)
    y.sum().backward()
    assert torch.equal(y, lin(x)) and x.grad is not None and lin.weight.grad is not None
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        out = checkpoint(lin, torch.ones(1, 3))
    msgs = [str(m.message) for m in w]
    assert any("use_reentrant parameter should be passed explicitly" in m for m in msgs)
    assert any("None of the inputs have requires_grad=True" in m for m in msgs)
    assert not out.requires_grad
    seq = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
    assert torch.allclose(checkpoint_sequential(seq, 2, x, use_reentrant=False), seq(x))
    assert torch.utils.hooks.RemovableHandle.__module__ == "torch.utils.hooks"

"""nn.Module / containers / losses behaviours from torch's test_nn (session 7); expected values from torch 2.15."""
import pickle
import warnings
from collections import OrderedDict

import pytest

import ferrograd.torch as torch
import ferrograd.torch.nn.functional as F
from ferrograd.torch import nn


def test_call_super_init_and_mixins():
    class Mixin:
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.mixin_init = True

    class After(nn.Module, Mixin):
        pass

    assert not hasattr(After(), "mixin_init")
    After.call_super_init = True
    assert After().mixin_init


def test_get_buffer_extra_state_and_state_dict_hooks():
    m = nn.Module()
    m.register_buffer("bar", torch.ones(2))
    m.sub = nn.Linear(2, 2)
    assert m.get_buffer("bar") is m.bar
    with pytest.raises(AttributeError, match="`weight` is not a buffer"):
        m.get_buffer("sub.weight")

    class Extra(nn.Module):
        def __init__(self, foo):
            super().__init__()
            self.foo = foo

        def get_extra_state(self):
            return {"foo": self.foo}

        def set_extra_state(self, state):
            self.foo = state["foo"]

    a, b = Extra(3), Extra(5)
    assert list(a.state_dict()) == ["_extra_state"]
    b.load_state_dict(a.state_dict())
    assert b.foo == 3

    class OnlyGet(nn.Module):
        def get_extra_state(self):
            return 1

    with pytest.raises(RuntimeError, match="Unexpected key"):
        OnlyGet().load_state_dict(OnlyGet().state_dict())
    calls = []
    lin = nn.Linear(2, 2)
    lin.register_state_dict_pre_hook(lambda mod, prefix, keep_vars: calls.append(("pre", prefix)))
    lin.register_state_dict_post_hook(lambda mod, sd, prefix, md: calls.append(("post", sorted(sd))))
    lin.register_load_state_dict_pre_hook(lambda mod, sd, prefix, *a: calls.append(("lpre", mod is lin)))
    h = lin.register_load_state_dict_post_hook(lambda mod, keys: keys.missing_keys.clear())
    lin.load_state_dict(lin.state_dict())
    assert calls == [("pre", ""), ("post", ["bias", "weight"]), ("lpre", True)]
    assert lin.load_state_dict({"weight": torch.zeros(2, 2)}, strict=False).missing_keys == []
    h.remove()
    assert lin.load_state_dict({"weight": torch.zeros(2, 2)}, strict=False).missing_keys == ["bias"]
    bad = nn.Linear(2, 2)
    bad.register_state_dict_post_hook(lambda *a: {})
    with pytest.raises(RuntimeError, match="state_dict post-hook must return None"):
        bad.state_dict()


def test_spectral_norm_metadata_and_unexpected_nested_key():
    m = torch.nn.utils.spectral_norm(nn.Linear(3, 5))
    assert m.state_dict()._metadata[""]["spectral_norm"] == {"weight.version": 1}
    m = torch.nn.utils.remove_spectral_norm(m)
    assert "spectral_norm" not in m.state_dict()._metadata[""]
    sd = m.state_dict()
    sd["weight.extra"] = torch.zeros(1)
    with pytest.raises(RuntimeError, match='Unexpected key\\(s\\) in state_dict: "weight.extra"'):
        m.load_state_dict(sd)


def test_non_full_backward_hook():
    m = nn.Linear(5, 5)
    x = torch.randn(5, 5, requires_grad=True)

    def hook(mod, grad_input, grad_output):
        assert mod is m and isinstance(grad_input, tuple) and isinstance(grad_output, tuple)
        return tuple(g * 2 if g is not None else None for g in grad_input)

    with pytest.warns(FutureWarning, match="the forward contains multiple autograd Nodes"):
        m.register_backward_hook(hook)
        y = m(x)
    y.backward(torch.ones(5, 5))
    torch.testing.assert_close(x.grad, torch.ones(5, 5).mm(m.weight.data) * 2)
    with pytest.raises(RuntimeError, match="Cannot use both regular backward hooks and full backward hooks"):
        m.register_full_backward_hook(hook)

    class DictOut(nn.Module):
        def __init__(self):
            super().__init__()
            self.l1 = nn.Linear(3, 2)
            self.fired = False
            self.register_backward_hook(self.hook)

        def hook(self, *a):
            self.fired = True

        def forward(self, x):
            return {"out": self.l1(x).sum()}

    net = DictOut()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        out = net(torch.randn(4, 3))
    assert "does not return a single Tensor or a tuple of Tensors" in str(w[0].message)
    out["out"].backward()
    assert net.fired


def test_forward_hook_always_call_and_handle_removes_flags():
    m = nn.Linear(2, 2)
    seen = []
    h = m.register_forward_hook(lambda mod, args, out: seen.append(out), always_call=True)
    with pytest.raises(RuntimeError):
        m(torch.zeros(3))
    assert seen == [None]
    h.remove()
    assert not m._forward_hooks and not m._forward_hooks_always_called


def test_module_to_parses_like_torch():
    m = nn.Sequential(nn.Linear(3, 3))
    cpu = torch.device("cpu")
    for args, kw in [((cpu, True), {}), ((torch.long,), {}), ((None, True), {}), (([],), {}),
                     (({},), {"non_blocking": True}), ((torch.float32,), {"dtype": torch.float32})]:
        with pytest.raises(TypeError):
            m.to(*args, **kw)
    with pytest.raises(TypeError, match=r"got \(NoneType, bool\), but expected one of"):
        m.to(None, True)
    with pytest.raises(RuntimeError, match=r"\.to\(\) does not accept copy argument"):
        m.to("cpu", copy=False)
    assert m.to(torch.float64, True) is m and m[0].weight.dtype == torch.float64
    assert m.to("cpu", torch.float32, False)[0].weight.dtype == torch.float32


def test_apply_keeps_parameter_objects_and_converts_grads():
    m = nn.Linear(4, 3)
    w = m.weight
    m.weight.grad = torch.randn(3, 4).requires_grad_()
    g = m.weight.grad
    pg = g.mul(g)
    m._apply(lambda t: t.add_(1.0))
    assert m.weight is w and m.weight.grad is g
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        pg.backward(torch.randn(3, 4))
    m._apply(lambda t: torch.zeros(t.shape))
    assert m.weight is w and float(w.abs().sum()) == 0.0
    m.weight.grad = torch.ones(3, 4)
    m.double()
    assert m.weight.grad.dtype == torch.float64


def test_set_submodule_errors():
    net = nn.Module()
    net.t = nn.Module()
    with pytest.raises(ValueError, match="Cannot set the submodule without a target name!"):
        net.set_submodule("", nn.Linear(1, 1))
    with pytest.raises(ValueError, match="is not an nn.Module"):
        net.set_submodule("t.l", "bazz")
    net.foo = "bar"
    with pytest.raises(AttributeError, match="`foo` is not an nn.Module"):
        net.set_submodule("foo", nn.Linear(1, 1))


def test_buffer_on_subclass_register_buffer_without_persistent():
    class Bad(nn.Linear):
        def __init__(self):
            super().__init__(2, 2)
            self.bar = nn.Buffer(torch.rand(2, 2))

        def register_buffer(self, name, value):
            super().register_buffer(name, value, True)

    assert Bad().bar.shape == (2, 2)


def test_sequential_mul_and_containers():
    l1, l2 = nn.Linear(1, 2), nn.Linear(2, 3)
    n = nn.Sequential(l1, l2)
    assert [id(x) for x in n * 2] == [id(x) for x in (l1, l2, l1, l2)]
    assert len(2 * n) == 4
    n *= 2
    assert len(n) == 4 and n[3] is l2
    with pytest.raises(ValueError, match="Non-positive multiplication factor 0 for <class 'torch.nn.modules.container.Sequential'>"):
        n * 0
    with pytest.raises(TypeError, match="unsupported operand type"):
        n * 1.5
    pl = nn.ParameterList([nn.Parameter(torch.zeros(1))])
    with pytest.raises(TypeError, match="ParameterList.extend should be called with an iterable, but got Parameter"):
        pl += nn.Parameter(torch.zeros(1))
    md = nn.ModuleDict()
    with pytest.raises(TypeError):
        md.update([nn.ReLU()])
    with pytest.raises(ValueError, match="has length 1; 2 is required"):
        md.update([[nn.ReLU()]])


def test_parameter_dict_mapping_api():
    p = {k: nn.Parameter(torch.zeros(1)) for k in ("b", "a", "c")}
    pd = nn.ParameterDict(p)
    assert list(pd) == ["a", "b", "c"]  # a plain dict is sorted, as in torch
    pd2 = nn.ParameterDict(OrderedDict([("z", p["a"])]))
    assert list(pd | pd2) == ["a", "b", "c", "z"] and list(pd2 | pd) == ["z", "a", "b", "c"]
    pd |= pd2
    assert list(reversed(pd)) == ["z", "c", "b", "a"]
    k, v = pd.popitem()
    assert k == "z" and v is p["a"]
    assert pd.setdefault("a") is p["a"] and pd.setdefault("n") is None
    del pd["n"]
    assert pd.get("q", 5) == 5 and list(pd.copy()) == ["a", "b", "c"]
    assert list(pd.fromkeys(["x", "y"])) == ["x", "y"]
    pd.clear()
    assert len(pd) == 0
    with pytest.raises(ValueError, match="update sequence element #0 has length 3; 2 is required"):
        pd.update(nn.Parameter(torch.zeros(1, 3)))
    m = nn.ParameterDict({"a": nn.Parameter(torch.rand(2))})
    del m._forward_pre_hooks, m._state_dict_hooks, m._load_state_dict_pre_hooks, m._non_persistent_buffers_set
    m = pickle.loads(pickle.dumps(m))
    assert "a" in m.state_dict()


def test_weighted_losses_and_gaussian_nll_checks():
    x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
    t = torch.tensor([1.5, 2.5, 3.5, 4.5])
    w = torch.tensor([1.0, 2.0, 3.0, 4.0])
    assert float(F.mse_loss(x, t, weight=w)) == pytest.approx(0.25)
    assert float(F.l1_loss(x, t, weight=w)) == pytest.approx(0.5)
    assert float(F.huber_loss(x, t, weight=w)) == pytest.approx(0.3125)
    assert F.mse_loss(x, t, weight=w).grad_fn.name() == "DivBackward0"
    with pytest.raises(ValueError, match="Weights and input must have the same size."):
        F.mse_loss(x, t, weight=torch.ones(2))
    with pytest.warns(UserWarning, match="Please ensure they have the same size."):
        F.huber_loss(torch.zeros(3, 1), torch.zeros(3))
    inp, tgt = torch.tensor([[0.5, 1.5], [2.0, 4.0]]), torch.tensor([[1.0, 2.0], [1.0, 2.0]])
    torch.testing.assert_close(F.gaussian_nll_loss(inp, tgt, 0.5, reduction="none"),
                               torch.tensor([[-0.0966, -0.0966], [0.6534, 3.6534]]), atol=1e-4, rtol=0)
    with pytest.raises(ValueError, match="var is of incorrect size"):
        F.gaussian_nll_loss(torch.randn(3, 5), torch.randn(3, 5), torch.ones(3, 3))
    with pytest.raises(ValueError, match="var has negative entry/entries"):
        F.gaussian_nll_loss(torch.randn(3, 5), torch.randn(3, 5), -1.0)
    v = torch.tensor([1e-8, 0.5], requires_grad=True)
    F.gaussian_nll_loss(torch.tensor([0.1, 0.2]), torch.zeros(2), v).backward()
    torch.testing.assert_close(v.grad, torch.tensor([-2.4998e09, 0.46]), rtol=1e-4, atol=0)


def test_pad_and_ctc_argument_checks():
    with pytest.raises(RuntimeError, match="Padding length must be divisible by 2"):
        F.pad(torch.zeros(2), (1,))
    with pytest.raises(RuntimeError, match="padding length 2 and input of dimension 0"):
        F.pad(torch.tensor(0.0), (1, 1))
    lp = torch.randn(50, 3, 15).log_softmax(2)
    tg = torch.randint(1, 15, (3, 29), dtype=torch.int32)
    with pytest.raises(RuntimeError, match="input_lengths must be integral"):
        F.ctc_loss(lp, tg, torch.tensor([50.0, 50, 50]), torch.tensor([20, 20, 20]))
    with pytest.raises(RuntimeError, match="Expected tensor to have size at least 30 at dimension 1, but got size 29"):
        F.ctc_loss(lp, tg, [50, 50, 50], [30, 25, 20])
    with pytest.raises(RuntimeError, match="Expected target_lengths to have value at least 0, but got value -1"):
        F.ctc_loss(lp, tg, [50, 50, 50], [-1, -1, -1])

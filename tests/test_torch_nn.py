"""torch.nn on ferrograd: Module semantics, layers, losses, init, with torch's errors and values
(expected values recorded from torch 2.x)."""
import math
from collections import OrderedDict

import numpy as np
import pytest

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
nn = _Lazy("ferrograd.torch.nn")
F = _Lazy("ferrograd.torch.nn.functional")


def Net():
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.l1 = nn.Linear(2, 3)
            self.act = nn.ReLU()
            self.blocks = nn.Sequential(nn.Linear(3, 3), nn.Sigmoid())
            self.register_buffer("running", torch.zeros(3))
            self.register_buffer("tmp", torch.ones(1), persistent=False)
            self.scale = nn.Parameter(torch.tensor(2.0))

        def forward(self, x):
            return self.blocks(self.act(self.l1(x))) * self.scale

    return Net()


NET_REPR = """Net(
  (l1): Linear(in_features=2, out_features=3, bias=True)
  (act): ReLU()
  (blocks): Sequential(
    (0): Linear(in_features=3, out_features=3, bias=True)
    (1): Sigmoid()
  )
)"""


def test_module_registration_and_traversal():
    n = Net()
    assert repr(n) == NET_REPR
    assert list(n.state_dict().keys()) == ["scale", "running", "l1.weight", "l1.bias", "blocks.0.weight",
                                           "blocks.0.bias"]
    assert [k for k, _ in n.named_parameters()] == ["scale", "l1.weight", "l1.bias", "blocks.0.weight",
                                                    "blocks.0.bias"]
    assert [k for k, _ in n.named_modules()] == ["", "l1", "act", "blocks", "blocks.0", "blocks.1"]
    assert [k for k, _ in n.named_buffers()] == ["running", "tmp"]
    assert [k for k, _ in n.named_children()] == ["l1", "act", "blocks"]
    assert len(list(n.parameters(recurse=False))) == 1
    assert [k for k, _ in n.named_parameters(prefix="m")][0] == "m.scale"
    assert isinstance(n.state_dict(), OrderedDict)
    assert all(not v.requires_grad for v in n.state_dict().values())


def test_train_eval_and_apply():
    n = Net()
    assert n.training
    assert n.eval() is n and not n.training and not n.blocks[0].training
    assert n.train().blocks[1].training
    seen = []
    n.apply(lambda m: seen.append(type(m).__name__))
    assert seen == ["Linear", "ReLU", "Linear", "Sigmoid", "Sequential", "Net"]
    with pytest.raises(ValueError, match="training mode is expected to be boolean"):
        n.train("yes")


def test_forward_backward_zero_grad():
    n = Net()
    out = n(torch.ones(4, 2))
    assert tuple(out.shape) == (4, 3)
    out.sum().backward()
    assert all(p.grad is not None for p in n.parameters())
    n.zero_grad()
    assert all(p.grad is None for p in n.parameters())
    n(torch.ones(1, 2)).sum().backward()
    n.zero_grad(set_to_none=False)
    assert all(float(p.grad.abs().sum()) == 0.0 for p in n.parameters())


def test_requires_grad_and_dtype_conversion():
    n = Net()
    n.requires_grad_(False)
    assert not any(p.requires_grad for p in n.parameters())
    n.double()
    assert n.l1.weight.dtype == torch.float64 and n.running.dtype == torch.float64
    assert isinstance(n.l1.weight, nn.Parameter)
    n.to(torch.float32)
    assert n.blocks[0].bias.dtype == torch.float32


def test_setattr_errors():
    m = nn.Linear(3, 2)
    with pytest.raises(TypeError, match=r"cannot assign 'torch.FloatTensor' as parameter 'weight' \(torch.nn.Parameter or None expected\)"):
        m.weight = torch.zeros(2, 3)
    with pytest.raises(KeyError, match='parameter name can.+t contain "."'):
        m.register_parameter("a.b", None)
    with pytest.raises(KeyError, match="attribute 'weight' already exists"):
        m.add_module("weight", nn.ReLU())
    with pytest.raises(KeyError, match="attribute 'bias' already exists"):
        m.register_buffer("bias", torch.zeros(1))
    with pytest.raises(AttributeError, match="'Linear' object has no attribute 'nonexistent'"):
        m.nonexistent
    with pytest.raises(NotImplementedError, match=r'Module \[Module\] is missing the required "forward" function'):
        nn.Module()(torch.zeros(1))
    with pytest.raises(TypeError, match=r"cannot assign 'torch.FloatTensor' object to parameter 'w' \(torch.nn.Parameter or None required\)"):
        m.register_parameter("w", torch.ones(2))
    with pytest.raises(AttributeError, match="cannot assign module before Module.__init__\\(\\) call"):
        class Bad(nn.Module):
            def __init__(self):
                self.l = nn.Linear(1, 1)
        Bad()


def test_load_state_dict():
    m = nn.Linear(3, 2)
    with pytest.raises(RuntimeError) as e:
        m.load_state_dict({"weight": torch.zeros(2, 3)})
    assert str(e.value) == 'Error(s) in loading state_dict for Linear:\n\tMissing key(s) in state_dict: "bias". '
    with pytest.raises(RuntimeError) as e:
        m.load_state_dict({"weight": torch.zeros(3, 3), "bias": torch.zeros(2), "extra": torch.zeros(1)})
    assert str(e.value) == (
        'Error(s) in loading state_dict for Linear:\n\tUnexpected key(s) in state_dict: "extra". \n\t'
        "size mismatch for weight: copying a param with shape torch.Size([3, 3]) from checkpoint, "
        "the shape in current model is torch.Size([2, 3]).")
    r = m.load_state_dict({"weight": torch.zeros(2, 3)}, strict=False)
    assert repr(r) == "_IncompatibleKeys(missing_keys=['bias'], unexpected_keys=[])"
    assert float(m.weight.abs().sum()) == 0.0
    assert repr(m.load_state_dict(m.state_dict())) == "<All keys matched successfully>"
    m2 = nn.Linear(3, 2)
    m2.load_state_dict(m.state_dict())
    assert torch.equal(m2.weight, m.weight) and torch.equal(m2.bias, m.bias)


def test_linear_default_init_bounds_and_repr():
    torch.manual_seed(0)
    m = nn.Linear(16, 300)
    bound = 1 / math.sqrt(16)
    w = m.weight.detach().numpy()
    b = m.bias.detach().numpy()
    assert np.abs(w).max() <= bound and np.abs(b).max() <= bound
    assert np.abs(w).max() > 0.9 * bound  # really uniform over the whole interval
    assert repr(m) == "Linear(in_features=16, out_features=300, bias=True)"
    assert repr(nn.Linear(3, 4, bias=False)) == "Linear(in_features=3, out_features=4, bias=False)"
    assert nn.Linear(3, 4, bias=False).bias is None
    assert m.weight.grad_fn is None and isinstance(m.weight, nn.Parameter)


def test_linear_grad_fn_names():
    m = nn.Linear(3, 4)
    assert m(torch.ones(2, 3)).grad_fn.name() == "AddmmBackward0"
    assert nn.Linear(3, 4, bias=False)(torch.ones(2, 3)).grad_fn.name() == "MmBackward0"
    assert m(torch.ones(3)).grad_fn.name() == "UnsafeViewBackward0"
    assert m(torch.ones(5, 2, 3)).grad_fn.name() == "UnsafeViewBackward0"


def test_containers():
    s = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
    assert len(s) == 2 and isinstance(s[1], nn.ReLU) and isinstance(s[-1], nn.ReLU)
    assert repr(s[0:1]) == "Sequential(\n  (0): Linear(in_features=2, out_features=2, bias=True)\n)"
    with pytest.raises(IndexError, match="index 5 is out of range"):
        s[5]
    s.append(nn.Tanh())
    assert [type(x).__name__ for x in s] == ["Linear", "ReLU", "Tanh"]
    assert repr(nn.Sequential()) == "Sequential()"
    ml = nn.ModuleList([nn.ReLU(), nn.ReLU(), nn.Tanh()])
    assert repr(ml) == "ModuleList(\n  (0-1): 2 x ReLU()\n  (2): Tanh()\n)"
    assert len(list(nn.ModuleList([nn.Linear(1, 1)] * 2).parameters())) == 2  # shared module counted once


def test_module_reprs():
    assert repr(nn.Dropout()) == "Dropout(p=0.5, inplace=False)"
    assert repr(nn.Flatten()) == "Flatten(start_dim=1, end_dim=-1)"
    assert repr(nn.LeakyReLU(0.2)) == "LeakyReLU(negative_slope=0.2)"
    assert repr(nn.Softmax()) == "Softmax(dim=None)"
    assert repr(nn.LogSoftmax(dim=1)) == "LogSoftmax(dim=1)"
    assert repr(nn.Identity()) == "Identity()"
    assert repr(nn.CrossEntropyLoss()) == "CrossEntropyLoss()"
    assert repr(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))) == "BCEWithLogitsLoss()"


def test_dropout_train_eval():
    torch.manual_seed(1)
    d = nn.Dropout(0.5)
    x = torch.ones(1000)
    y = d(x).numpy()
    assert set(np.unique(y).tolist()) <= {0.0, 2.0}
    assert 350 < (y == 0).sum() < 650
    d.eval()
    assert d(x) is x
    with pytest.raises(ValueError, match="dropout probability has to be between 0 and 1, but got 1.5"):
        nn.Dropout(1.5)


def _close(t, expected, tol=1e-4):
    np.testing.assert_allclose(t.detach().numpy(), np.array(expected, dtype=np.float64), rtol=0, atol=tol)


def test_loss_values_recorded_from_torch():
    x = torch.tensor([[1.0, 2.0, 0.5], [0.1, 0.2, 0.3]])
    _close(F.cross_entropy(torch.tensor([[1.0, 2.0, 0.5]]), torch.tensor([1]), label_smoothing=0.2), 0.6310)
    _close(F.cross_entropy(x, torch.tensor([1, -100])), 0.4644)
    _close(F.cross_entropy(x, torch.tensor([1, 2]), weight=torch.tensor([1.0, 2.0, 3.0])), 0.7869)
    _close(F.nll_loss(-x, torch.tensor([1, 2]), weight=torch.tensor([1.0, 2.0, 3.0]), reduction="sum"), 4.9)
    _close(F.leaky_relu(torch.tensor([-2.0, 0.0, 3.0]), 0.1), [-0.2, 0.0, 3.0])


def test_loss_grad_fn_names():
    x = torch.randn(3, 4, requires_grad=True)
    t = torch.tensor([0, 1, 2])
    p = torch.rand(3, 4)
    for r in ("mean", "sum", "none"):
        assert F.cross_entropy(x, t, reduction=r).grad_fn.name() == "NllLossBackward0"
        assert F.nll_loss(x, t, reduction=r).grad_fn.name() == "NllLossBackward0"
        assert F.mse_loss(x, p, reduction=r).grad_fn.name() == "MseLossBackward0"
        assert F.binary_cross_entropy(x.sigmoid(), p, reduction=r).grad_fn.name() == "BinaryCrossEntropyBackward0"
        assert F.binary_cross_entropy_with_logits(x, p, reduction=r).grad_fn.name() == \
            "BinaryCrossEntropyWithLogitsBackward0"
    assert F.cross_entropy(x, p).grad_fn.name() == "DivBackward1"
    assert F.cross_entropy(x, p, reduction="sum").grad_fn.name() == "NegBackward0"
    assert F.l1_loss(x, p).grad_fn.name() == "MeanBackward0"
    assert F.cross_entropy(x, t, label_smoothing=0.1).grad_fn.name() == "AddBackward0"


def test_bce_with_logits_gradient_matches_analytic():
    z = torch.tensor([1.5, -0.5, 0.0, 3.0], requires_grad=True)
    y = torch.tensor([1.0, 0.0, 1.0, 0.0])
    pw = torch.tensor([2.0])
    F.binary_cross_entropy_with_logits(z, y, pos_weight=pw).backward()
    s = 1 / (1 + np.exp(-z.detach().numpy()))
    lw = 1 + (2.0 - 1) * y.numpy()
    np.testing.assert_allclose(z.grad.numpy(), (lw * s - 2.0 * y.numpy()) / 4, rtol=1e-6)


def test_loss_errors():
    with pytest.raises(IndexError, match="Target 3 is out of bounds."):
        F.nll_loss(torch.zeros(2, 3), torch.tensor([0, 3]))
    with pytest.raises(RuntimeError, match="expected target dtype to be Long or Byte, but got Float"):
        F.nll_loss(torch.zeros(2, 3), torch.tensor([0.0, 1.0]))
    with pytest.raises(ValueError, match=r"Using a target size \(torch.Size\(\[3\]\)\) that is different to the input size \(torch.Size\(\[2\]\)\) is deprecated"):
        F.binary_cross_entropy(torch.full((2,), 0.5), torch.zeros(3))
    with pytest.raises(ValueError, match="avg is not a valid value for reduction"):
        F.mse_loss(torch.zeros(2), torch.zeros(2), reduction="avg")
    with pytest.raises(RuntimeError, match="one_hot is only applicable to index tensor"):
        F.one_hot(torch.tensor([0.0]))


def test_one_hot_and_softmax():
    assert F.one_hot(torch.tensor([0, 2])).tolist() == [[1, 0, 0], [0, 0, 1]]
    assert F.one_hot(torch.tensor([1]), 4).dtype == torch.int64
    _close(F.softmax(torch.tensor([1.0, 2.0]), dim=0), [0.2689, 0.7311])
    with pytest.warns(UserWarning, match="Implicit dimension choice for softmax"):
        F.softmax(torch.ones(2, 2))


def test_init():
    assert nn.init.calculate_gain("relu") == math.sqrt(2)
    assert nn.init.calculate_gain("leaky_relu", 0.2) == math.sqrt(2.0 / 1.04)
    assert nn.init.calculate_gain("tanh") == 5.0 / 3
    with pytest.raises(ValueError, match="Unsupported nonlinearity foo"):
        nn.init.calculate_gain("foo")
    with pytest.raises(ValueError, match="Fan in and fan out can not be computed for tensor with fewer than 2 dimensions"):
        nn.init.kaiming_uniform_(torch.zeros(3))
    w = nn.Parameter(torch.zeros(50, 20))
    assert nn.init.xavier_uniform_(w) is w and w.is_leaf
    assert np.abs(w.detach().numpy()).max() <= math.sqrt(6 / 70)
    nn.init.constant_(w, 0.5)
    assert float(w.sum()) == 500.0
    nn.init.zeros_(w)
    assert float(w.abs().sum()) == 0.0
    nn.init.normal_(w, 1.0, 0.01)
    assert abs(float(w.mean()) - 1.0) < 0.01

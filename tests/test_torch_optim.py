"""torch.optim on ferrograd: torch's update formulas (SGD bit for bit in float32), state, param
groups and errors (expected values recorded from torch 2.x)."""
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

TARGET = [0.5, 0.5, 0.5]
SCALE = [1.0, 2.0, 3.0]

# float32 results of 5 SGD steps recorded from torch, as float.hex of the float64 value
SGD_EXPECTED = [
    ({}, ["0x1.53e2d60000000p-1", "0x1.38ef360000000p-2", "0x1.0d1b720000000p-1"]),
    ({"momentum": 0.9}, ["0x1.ada6660000000p-3", "0x1.2947ae0000000p+1", "-0x1.33d0620000000p-4"]),
    ({"momentum": 0.9, "nesterov": True}, ["0x1.2b27140000000p-2", "0x1.d35fb20000000p-1", "0x1.4ea58c0000000p-1"]),
    ({"momentum": 0.5, "weight_decay": 0.01, "dampening": 0.1},
     ["0x1.0a66000000000p-1", "0x1.e1e6120000000p-1", "0x1.3fba520000000p-2"]),
    ({"maximize": True}, ["0x1.be81480000000p+0", "-0x1.9e425c0000000p+3", "0x1.ab6e300000000p+4"]),
]


def _run(cls, steps=5, **kw):
    target, scale = torch.tensor(TARGET), torch.tensor(SCALE)
    w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    opt = cls([w], lr=0.1, **kw)
    for _ in range(steps):
        opt.zero_grad()
        loss = ((w - target) ** 2 * scale).sum()
        loss.backward()
        opt.step()
    return w, opt


@pytest.mark.parametrize("kw,expected", SGD_EXPECTED)
def test_sgd_bit_exact(kw, expected):
    w, _ = _run(torch.optim.SGD, **kw)
    assert [float(v).hex() for v in w.detach().double().tolist()] == expected


def test_adam_adamw_values_and_state():
    w, opt = _run(torch.optim.Adam, steps=8)
    np.testing.assert_allclose(w.detach().numpy(), _adam_reference(8), rtol=1e-6)
    state = opt.state[w]
    assert sorted(state) == ["exp_avg", "exp_avg_sq", "step"]
    assert repr(state["step"]) == "tensor(8.)"
    w2, opt2 = _run(torch.optim.AdamW, steps=3, weight_decay=0.5, amsgrad=True)
    assert "max_exp_avg_sq" in opt2.state[w2]
    assert opt2.param_groups[0]["decoupled_weight_decay"] is True


def _adam_reference(steps, lr=0.1, b1=0.9, b2=0.999, eps=1e-8):
    """Adam in float64 numpy (the float32 run must agree to float32 precision)."""
    w = np.array([1.0, -2.0, 3.0])
    m = np.zeros(3)
    v = np.zeros(3)
    for t in range(1, steps + 1):
        g = 2 * (w - np.array(TARGET)) * np.array(SCALE)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w = w - lr / (1 - b1 ** t) * m / (np.sqrt(v) / np.sqrt(1 - b2 ** t) + eps)
    return w


def test_zero_grad_and_param_groups():
    w = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([0.5], requires_grad=True)
    opt = torch.optim.SGD([{"params": [w]}, {"params": b, "lr": 0.01}], lr=0.5, momentum=0.9)
    assert [g["lr"] for g in opt.param_groups] == [0.5, 0.01]
    assert opt.param_groups[1]["momentum"] == 0.9
    (w ** 2).sum().backward()
    opt.step()  # b has no grad: skipped
    assert w.tolist() == [0.0, 0.0] and b.tolist() == [0.5]
    assert opt.state[w]["momentum_buffer"].tolist() == [2.0, 4.0]
    opt.zero_grad(set_to_none=False)
    assert w.grad.tolist() == [0.0, 0.0]
    opt.zero_grad()
    assert w.grad is None
    c = torch.zeros(1, requires_grad=True)
    opt.add_param_group({"params": [c]})
    assert opt.param_groups[2]["lr"] == 0.5
    with pytest.raises(ValueError, match="some parameters appear in more than one parameter group"):
        opt.add_param_group({"params": [w]})
    sd = opt.state_dict()
    assert [g["params"] for g in sd["param_groups"]] == [[0], [1], [2]]
    assert list(sd["state"]) == [0]


def test_step_closure_and_repr():
    w = torch.tensor([3.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.25)

    def closure():
        opt.zero_grad()
        loss = (w ** 2).sum()
        loss.backward()
        return loss

    with torch.no_grad():
        loss = opt.step(closure)
    assert loss.item() == 9.0 and w.tolist() == [1.5]
    assert repr(opt) == ("SGD (\nParameter Group 0\n    dampening: 0\n    differentiable: False\n    foreach: None\n"
                         "    fused: None\n    lr: 0.25\n    maximize: False\n    momentum: 0\n    nesterov: False\n"
                         "    weight_decay: 0\n)")


def test_optimizer_errors():
    p = torch.zeros(2, requires_grad=True)
    with pytest.raises(ValueError, match="optimizer got an empty parameter list"):
        torch.optim.SGD([], lr=0.1)
    with pytest.raises(TypeError, match="params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor"):
        torch.optim.SGD(torch.zeros(2), lr=0.1)
    with pytest.raises(ValueError, match="Invalid learning rate: -1"):
        torch.optim.SGD([p], lr=-1)
    with pytest.raises(ValueError, match="Nesterov momentum requires a momentum and zero dampening"):
        torch.optim.SGD([p], lr=0.1, nesterov=True)
    with pytest.raises(ValueError, match="Invalid beta parameter at index 0: 1.0"):
        torch.optim.Adam([p], betas=(1.0, 0.9))
    with pytest.raises(ValueError, match="can't optimize a non-leaf Tensor"):
        torch.optim.SGD([p * 2], lr=0.1)


def test_linear_regression_converges():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 3)).astype(np.float32)
    true_w = np.array([[1.5], [-2.0], [0.5]], dtype=np.float32)
    Y = X @ true_w + 0.3
    net = nn.Linear(3, 1)
    opt = torch.optim.Adam(net.parameters(), lr=0.05)
    loss_fn = nn.MSELoss()
    xs, ys = torch.from_numpy(X), torch.from_numpy(Y)
    for _ in range(300):
        opt.zero_grad()
        loss = loss_fn(net(xs), ys)
        loss.backward()
        opt.step()
    assert loss.item() < 1e-4
    np.testing.assert_allclose(net.weight.detach().numpy().T, true_w, atol=1e-2)


def test_lr_scheduler_steplr():
    p = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([p], lr=1.0)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    lrs = []
    for _ in range(5):
        opt.step()
        sched.step()
        lrs.append(sched.get_last_lr()[0])
    assert lrs == [1.0, 0.5, 0.5, 0.25, 0.25]


def test_dataloader_tensordataset():
    data = importlib.import_module("ferrograd.torch.utils.data")
    X = torch.arange(20.0).reshape(10, 2)
    y = torch.arange(10)
    ds = data.TensorDataset(X, y)
    assert len(ds) == 10 and ds[3][1].item() == 3
    batches = list(data.DataLoader(ds, batch_size=4))
    assert [b[0].shape[0] for b in batches] == [4, 4, 2]
    assert batches[1][1].tolist() == [4, 5, 6, 7]
    assert len(data.DataLoader(ds, batch_size=4, drop_last=True)) == 2
    seen = sorted(v for _, yb in data.DataLoader(ds, batch_size=3, shuffle=True) for v in yb.tolist())
    assert seen == list(range(10))
    a, b = data.random_split(ds, [7, 3])
    assert len(a) == 7 and len(b) == 3

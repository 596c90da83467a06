"""Fused training paths (issue 6): F.linear as one AddmmBackward0 node, nll_loss /
cross_entropy as one NllLossBackward0 node, ReLU backward from its output, and the optimizers'
fused in-place update. Values against the composite ops, gradients (first and second order)
against finite differences, and torch's graph structure."""
import importlib

import numpy as np
import pytest


class _Lazy:
    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        if attr.startswith("_") or attr.startswith("pytest"):
            raise AttributeError(attr)
        return getattr(importlib.import_module(self._name), attr)


torch = _Lazy("ferrograd.torch")
F = _Lazy("ferrograd.torch.nn.functional")


def _rand(*shape, dtype="float64", seed=0, requires_grad=False):
    rng = np.random.default_rng(seed)
    return torch.tensor(rng.standard_normal(shape).astype(dtype), requires_grad=requires_grad)


def test_linear_is_one_addmm_node_with_torch_edges():
    x = _rand(3, 4, dtype="float32")
    lin = torch.nn.Linear(4, 5)
    out = lin(x)
    fn = out.grad_fn
    assert fn.name() == "AddmmBackward0"
    names = [None if f is None else f.name() for f, _ in fn.next_functions]
    assert names == ["torch::autograd::AccumulateGrad", None, "TBackward0"]
    ref = lin.bias.detach() + x.mm(lin.weight.detach().t())
    assert np.array_equal(out.detach().numpy(), ref.numpy())
    out.sum().backward()
    assert lin.weight.grad.is_contiguous()
    np.testing.assert_allclose(lin.weight.grad.numpy(), np.tile(x.numpy().sum(0), (5, 1)), rtol=1e-6)
    np.testing.assert_allclose(lin.bias.grad.numpy(), np.full(5, 3.0))


def test_linear_without_fast_path_cases():
    w = _rand(5, 4, dtype="float32")
    b = _rand(5, dtype="float32")
    # 3-D input, no bias, dtype mismatch: the general paths
    x3 = _rand(2, 3, 4, dtype="float32")
    assert F.linear(x3, w, b).shape == (2, 3, 5)
    assert F.linear(_rand(3, 4, dtype="float32"), w).grad_fn is None
    with pytest.raises(RuntimeError, match="mat1 and mat2 shapes cannot be multiplied"):
        F.linear(_rand(3, 6, dtype="float32", requires_grad=True), w, b)


def test_linear_gradcheck_first_and_second_order():
    x = _rand(3, 4, requires_grad=True)
    w = _rand(5, 4, seed=1, requires_grad=True)
    b = _rand(5, seed=2, requires_grad=True)
    assert torch.autograd.gradcheck(lambda x, w, b: F.linear(x, w, b), (x, w, b))
    assert torch.autograd.gradgradcheck(lambda x, w, b: F.linear(x, w, b).tanh(), (x, w, b))


def test_relu_mlp_gradgradcheck():
    x = _rand(3, 4, requires_grad=True)
    w = _rand(5, 4, seed=1, requires_grad=True)
    b = _rand(5, seed=2, requires_grad=True)
    f = lambda x, w, b: F.linear(x, w, b).relu() * x.sum()  # noqa: E731
    assert torch.autograd.gradcheck(f, (x, w, b))
    assert torch.autograd.gradgradcheck(f, (x, w, b))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_cross_entropy_fused_matches_general_path(reduction):
    x = _rand(6, 4, dtype="float32", requires_grad=True)
    t = torch.tensor([0, 3, 1, 1, 2, 0])
    loss = F.cross_entropy(x, t, reduction=reduction)
    assert loss.grad_fn.name() == "NllLossBackward0"
    assert loss.grad_fn.next_functions[0][0].name() == "LogSoftmaxBackward0"
    # the general path (with class weights of one) gives the same values and gradients
    ref = F.cross_entropy(x, t, weight=torch.ones(4), reduction=reduction)
    np.testing.assert_allclose(loss.detach().numpy(), ref.detach().numpy(), rtol=1e-6)
    g, = torch.autograd.grad(loss.sum(), x)
    gr, = torch.autograd.grad(ref.sum(), x)
    np.testing.assert_allclose(g.numpy(), gr.numpy(), rtol=1e-6, atol=1e-7)


def test_nll_loss_values_errors_and_ignore_index():
    lp = _rand(4, 3, dtype="float32").log_softmax(1)
    t = torch.tensor([2, 0, 1, 2])
    picked = lp.numpy()[np.arange(4), t.numpy()]
    assert F.nll_loss(lp, t).item() == np.float32(-picked.sum(dtype=np.float64).astype(np.float32) / np.float32(4))
    with pytest.raises(IndexError, match="Target 3 is out of bounds."):
        F.nll_loss(lp, torch.tensor([2, 3, 1, 2]))
    # ignored rows do not count in the mean
    v = F.nll_loss(lp, torch.tensor([2, -100, 1, 2])).item()
    np.testing.assert_allclose(v, -(picked[0] + picked[2] + picked[3]) / 3, rtol=1e-6)
    # int32 targets give the same loss
    assert F.nll_loss(lp, t.int()).item() == F.nll_loss(lp, t).item()


def test_cross_entropy_gradcheck_first_and_second_order():
    x = _rand(5, 4, requires_grad=True)
    t = torch.tensor([0, 3, 1, 1, 2])
    for red in ("mean", "sum", "none"):
        assert torch.autograd.gradcheck(lambda x: F.cross_entropy(x, t, reduction=red), (x,))
        assert torch.autograd.gradgradcheck(lambda x: F.cross_entropy(x, t, reduction=red), (x,))


def test_nll_grad_is_positive_zero_off_target():
    x = _rand(3, 4, dtype="float32", requires_grad=True)
    F.nll_loss(x, torch.tensor([1, 0, 3])).backward()
    g = x.grad.numpy()
    off = np.ones_like(g, dtype=bool)
    off[[0, 1, 2], [1, 0, 3]] = False
    assert not np.signbit(g[off]).any()
    np.testing.assert_array_equal(g[~off], np.full(3, -1 / 3, np.float32))


def test_sgd_step_is_a_fused_multiply_add():
    rng = np.random.default_rng(3)
    p0 = rng.standard_normal(1000).astype(np.float32)
    g0 = rng.standard_normal(1000).astype(np.float32)
    p = torch.nn.Parameter(torch.tensor(p0))
    p.grad = torch.tensor(g0)
    torch.optim.SGD([p], lr=0.1).step()
    # one rounding of p + (-0.1f) * g: exact in float64 before the single rounding to float32
    lr = np.float64(np.float32(-0.1))
    want = (p0.astype(np.float64) + g0.astype(np.float64) * lr).astype(np.float32)
    got = p.detach().numpy()
    assert np.max(np.abs(got.view(np.int32) - want.view(np.int32))) <= 1
    assert p.grad_fn is None and p.requires_grad and p.is_leaf


def test_relu_keeps_only_its_output():
    x = _rand(4, 4, dtype="float32", requires_grad=True)
    h = x * 2
    y = h.relu()
    # modifying relu's input in place afterwards is fine in torch (only the result is saved)
    h.add_(1.0)
    y.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), np.where(x.detach().numpy() * 2 > 0, 2.0, 0.0).astype(np.float32))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("fn", ["softmax", "log_softmax"])
@pytest.mark.parametrize("shape", [(512, 10), (3, 5), (4, 9000), (2, 3, 6), (100, 1)])
def test_softmax_first_order_gradient_equals_the_differentiable_rule_bitwise(dtype, fn, shape):
    # the first-order backward runs one fused pass per row; with create_graph the rule's
    # differentiable ops run instead: both must give the same bits
    x = _rand(*shape, dtype=dtype, requires_grad=True)
    g = _rand(*shape, dtype=dtype, seed=1)
    y = getattr(F, fn)(x, -1)
    a, = torch.autograd.grad(y, x, g, retain_graph=True)
    b, = torch.autograd.grad(y, x, g, create_graph=True)
    assert b.grad_fn is not None
    assert a.dtype == x.dtype and tuple(a.shape) == shape
    assert np.array_equal(a.numpy().view(np.uint8), b.detach().numpy().view(np.uint8))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("ignore_index", [-100, 3])
def test_nll_first_order_gradient_equals_the_differentiable_rule_bitwise(reduction, weighted, ignore_index):
    x = _rand(64, 10, dtype="float32", requires_grad=True)
    t = torch.tensor(np.random.default_rng(2).integers(0, 10, 64))
    w = torch.tensor(np.random.default_rng(3).random(10).astype("float32")) if weighted else None
    loss = F.nll_loss(x, t, weight=w, reduction=reduction, ignore_index=ignore_index)
    g = _rand(64, dtype="float32", seed=4) if reduction == "none" else torch.tensor(1.7)
    a, = torch.autograd.grad(loss, x, g, retain_graph=True)
    b, = torch.autograd.grad(loss, x, g, create_graph=True)
    assert np.array_equal(a.numpy().view(np.uint8), b.detach().numpy().view(np.uint8))


@pytest.mark.parametrize("threads", [1, 2])
def test_bias_gradient_column_sums(threads):
    # sum over leading dims (a bias gradient): float64 accumulation per column, the same
    # result for every thread count
    old = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        x = _rand(700, 300, dtype="float32")
        s = x.sum(0)
        s3 = x.reshape(7, 100, 300).sum((0, 1))
    finally:
        torch.set_num_threads(old)
    ref = x.numpy().astype(np.float64).sum(0).astype(np.float32)
    assert s.dtype == torch.float32
    assert np.array_equal(s.numpy(), ref) and np.array_equal(s3.numpy(), ref)

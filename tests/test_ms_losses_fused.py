"""MindSpore dialect float32 results against goldens recorded from real MindSpore 2.10 (CPU)
by tests/data/gen_ms_losses.py, bit for bit: the CPU Log kernel (nnacl polynomial bodies, glibc
tails, the thread split of MindSpore's launch search), the fused SparseSoftmaxCrossEntropyWithLogits
and SoftmaxCrossEntropyWithLogits kernels with their gradients, and ApplyMomentum.

Recorded on an AVX2+FMA machine with 2 cores (the Log thread split depends on the core count);
skipped elsewhere."""
import os

import numpy as np
import pytest

import ferrograd.mindspore as ms
from ferrograd.mindspore import Parameter, Tensor, nn, ops

DATA = np.load(os.path.join(os.path.dirname(__file__), "data", "ms_losses.npz"))
pytestmark = pytest.mark.skipif(os.cpu_count() != 2, reason="goldens recorded with 2 cores")


def _keys(prefix):
    return sorted({k.rsplit("_", 1)[0] for k in DATA.files if k.startswith(prefix)})


def _same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    assert a.shape == b.shape and a.dtype == b.dtype
    nan = np.isnan(a) & np.isnan(b)
    bad = ~nan & (a.view(np.uint32) != b.view(np.uint32))
    assert not bad.any(), (np.nonzero(bad)[0][:10], a[bad][:5], b[bad][:5])


def test_log_launch_sequence():
    from ferrograd import _core

    _core.ms_log_reset()  # a fresh process: the recorded launches were the first ones
    try:
        for key in _keys("log"):
            _same(ops.log(Tensor(DATA[key + "_x"])).asnumpy(), DATA[key + "_y"])
    finally:
        _core.ms_log_reset()


@pytest.mark.parametrize("key", _keys("sp"))
def test_sparse_softmax_cross_entropy(key):
    x, lab = Tensor(DATA[key + "_x"]), Tensor(DATA[key + "_l"])
    _same(ops.SparseSoftmaxCrossEntropyWithLogits()(x, lab).asnumpy(), DATA[key + "_loss"])
    _same(ops.SparseSoftmaxCrossEntropyWithLogits(is_grad=True)(x, lab).asnumpy(), DATA[key + "_grad"])
    sce = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")
    _same(sce(x, lab).asnumpy(), DATA[key + "_nn"])
    _same(ms.grad(sce)(x, lab).asnumpy(), DATA[key + "_nngrad"])


@pytest.mark.parametrize("key", _keys("de"))
def test_softmax_cross_entropy(key):
    x, y = Tensor(DATA[key + "_x"]), Tensor(DATA[key + "_y"])
    loss, back = ops.SoftmaxCrossEntropyWithLogits()(x, y)
    _same(loss.asnumpy(), DATA[key + "_loss"])
    _same(back.asnumpy(), DATA[key + "_back"])
    sce = nn.SoftmaxCrossEntropyWithLogits(reduction="none")
    _same(ms.grad(lambda a, b: sce(a, b).sum())(x, y).asnumpy(), DATA[key + "_grad"])


def test_sparse_softmax_cross_entropy_second_order():
    x = Tensor(DATA["sp01_x"].astype(np.float64))
    lab = Tensor(DATA["sp01_l"])
    # float64 takes the reference path; float32 the fused kernel: their gradients agree closely
    g32 = ms.grad(nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean"))(
        Tensor(DATA["sp01_x"]), lab).asnumpy()
    g64 = ms.grad(nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean"))(x, lab).asnumpy()
    np.testing.assert_allclose(g32, g64, rtol=1e-5, atol=1e-7)
    # the fused kernel's gradient is itself differentiable (the softmax Jacobian)
    sce = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")
    xx = Tensor(DATA["sp01_x"])
    h = ms.grad(lambda a: (ms.grad(sce)(a, lab) ** 2).sum())(xx).asnumpy()
    h64 = ms.grad(lambda a: (ms.grad(sce)(a, lab) ** 2).sum())(x).asnumpy()
    np.testing.assert_allclose(h, h64, rtol=1e-4, atol=1e-7)


@pytest.mark.parametrize("key", _keys("mo"))
def test_momentum(key):
    p = Parameter(Tensor(DATA[key + "_p0"].copy()), name="p")
    opt = nn.Momentum([p], learning_rate=0.1, momentum=0.9)
    for g in DATA[key + "_g"]:
        opt((Tensor(g),))
    _same(p.asnumpy(), DATA[key + "_p"])

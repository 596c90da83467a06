"""MindSpore dialect float32 tanh gradient and softmax against goldens recorded from real
MindSpore 2.10 (CPU) by tests/data/gen_ms_tanh_softmax.py, bit for bit: TanhGrad's fused
dy * fma(-y, y, 1) and nnacl SoftmaxLastAxis' block-wise exp sum times its reciprocal."""
import os

import numpy as np
import pytest

import ferrograd.mindspore as ms
from ferrograd.mindspore import Tensor, nn, ops

DATA = np.load(os.path.join(os.path.dirname(__file__), "data", "ms_tanh_softmax.npz"))


def _keys(prefix):
    return sorted({k.rsplit("_", 1)[0] for k in DATA.files if k.startswith(prefix)})


def _same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    assert a.shape == b.shape and a.dtype == b.dtype
    nan = np.isnan(a) & np.isnan(b)
    bad = ~nan & (a.view(np.uint32) != b.view(np.uint32))
    assert not bad.any(), (np.nonzero(bad)[0][:10], a[bad][:5], b[bad][:5])


def test_tanh_forward_and_grad():
    x, dy = Tensor(DATA["th_x"]), Tensor(DATA["th_dy"])
    y, vjp = ms.vjp(ops.tanh, x)
    _same(y.asnumpy(), DATA["th_y"])
    _same(vjp(dy)[0].asnumpy(), DATA["th_g"])
    _same(ms.grad(lambda t: nn.Tanh()(t).sum())(x).asnumpy(), DATA["th_nng"])


@pytest.mark.parametrize("key", _keys("sm"))
def test_softmax_last_axis(key):
    x = Tensor(DATA[key + "_x"])
    _same(ops.softmax(x).asnumpy(), DATA[key + "_f"])
    _same(nn.Softmax()(x).asnumpy(), DATA[key + "_nn"])
    _same(ops.Softmax(axis=-1)(x).asnumpy(), DATA[key + "_p"])


@pytest.mark.parametrize("key", _keys("sn"))
def test_softmax_other_axes(key):
    x, axis = Tensor(DATA[key + "_x"]), int(DATA[key + "_a"])
    _same(ops.softmax(x, axis).asnumpy(), DATA[key + "_f"])
    _same(nn.Softmax(axis=axis)(x).asnumpy(), DATA[key + "_nn"])

"""Seeded randomness of the MindSpore dialect: initializers use MindSpore's own Philox sampling
(`_core.ms_init_random`) seeded by one int64 drawn from numpy's global generator, which
`mindspore.set_seed` seeds. Exact MindSpore digits are checked by compat/ms/random_initializers and
compat/ms/random_init_network; here: reproducibility, distribution moments and errors."""
import math

import numpy as np
import pytest

import ferrograd.mindspore as ms
from ferrograd import _core
from ferrograd.mindspore import nn
from ferrograd.mindspore.common.initializer import (HeNormal, HeUniform, Normal, TruncatedNormal, Uniform,
                                                     XavierUniform, initializer)


def _init(obj, shape, dtype=None):
    return initializer(obj, shape, dtype or ms.float32).asnumpy()


def test_set_seed_replays_initializers_and_numpy():
    ms.set_seed(5)
    a = [_init(Normal(), [3, 4]), _init(Uniform(), [7]), np.random.rand(2)]
    ms.set_seed(5)
    b = [_init(Normal(), [3, 4]), _init(Uniform(), [7]), np.random.rand(2)]
    for x, y in zip(a, b):
        assert np.array_equal(x, y)
    assert not np.array_equal(a[0].ravel()[:3], _init(Normal(), [3]))


def test_one_numpy_draw_per_initializer():
    # MindSpore seeds each initializer call with np.random.randint(1, 2**63, dtype=int64)
    np.random.seed(11)
    s = int(np.random.randint(low=1, high=(1 << 63), dtype=np.int64))
    after = np.random.rand()
    np.random.seed(11)
    got = _init(Uniform(0.3), [9])
    assert np.random.rand() == after
    want = _core.ms_init_random("uniform", s, [9], a=-0.3, b=0.3).asnumpy()
    assert np.array_equal(got, want)


def test_dense_and_conv_default_init_reproducible():
    ms.set_seed(3)
    d1, c1 = nn.Dense(6, 4), nn.Conv2d(2, 3, 3, has_bias=True)
    ms.set_seed(3)
    d2, c2 = nn.Dense(6, 4), nn.Conv2d(2, 3, 3, has_bias=True)
    for p, q in [(d1.weight, d2.weight), (d1.bias, d2.bias), (c1.weight, c2.weight), (c1.bias, c2.bias)]:
        assert np.array_equal(p.asnumpy(), q.asnumpy())
    bound = 1 / math.sqrt(6)  # HeUniform(sqrt(5)) and the bias bound are both 1/sqrt(fan_in)
    assert np.abs(d1.weight.asnumpy()).max() <= bound and np.abs(d1.bias.asnumpy()).max() <= bound


@pytest.mark.parametrize("n", [7, 4096])
def test_moments(n):
    ms.set_seed(0)
    u = _init(Uniform(2.0), [n, 8])
    assert u.dtype == np.float32 and u.min() >= -2.0 and u.max() < 2.0
    assert abs(u.mean()) < 0.5 / math.sqrt(n) * 4 + 0.05 and abs(u.var() - 4 / 3) < 0.3
    g = _init(Normal(2.0, 0.5), [n, 8])
    assert abs(g.mean() - 0.5) < 0.6 and abs(g.std() - 2.0) < 0.6
    t = _init(TruncatedNormal(sigma=1.0, mean=0.0, a=-1.0, b=1.5), [n, 8])
    assert t.min() >= -1.0 and t.max() <= 1.5
    if n > 100:
        assert abs(g.mean() - 0.5) < 0.05 and abs(g.std() - 2.0) < 0.05
        # mean of N(0,1) truncated to [-1, 1.5]
        phi = lambda x: math.exp(-x * x / 2) / math.sqrt(2 * math.pi)
        cdf = lambda x: 0.5 * math.erfc(-x / math.sqrt(2))
        m = (phi(-1.0) - phi(1.5)) / (cdf(1.5) - cdf(-1.0))
        assert abs(t.mean() - m) < 0.02


def test_he_xavier_bounds():
    ms.set_seed(1)
    w = _init(HeUniform(), [64, 32])
    assert np.abs(w).max() <= math.sqrt(6 / 32) and np.abs(w).max() > 0.9 * math.sqrt(6 / 32)
    x = _init(XavierUniform(), [64, 32])
    assert np.abs(x).max() <= math.sqrt(6 / 96)
    h = _init(HeNormal(), [200, 50])
    assert abs(h.std() - math.sqrt(2 / 50)) < 0.01


def test_float16_and_parameter():
    ms.set_seed(2)
    h = _init("truncatedNormal", [5], ms.float16)
    assert h.dtype == np.float16
    p = ms.Parameter(initializer(Normal(), [2, 2], ms.float32), name="w")
    assert p.shape == (2, 2)


def test_errors():
    with pytest.raises(TypeError, match="must be type of int"):
        ms.set_seed(1.5)
    with pytest.raises(ValueError, match="must >= 0"):
        ms.set_seed(-1)
    with pytest.raises(RuntimeError, match="TruncatedNormal: invalid sigma 0"):
        initializer(TruncatedNormal(0.0), [3])
    with pytest.raises(ValueError, match="shape"):
        initializer("normal", [2, 0])
    with pytest.raises(ValueError, match="unknown kind"):
        _core.ms_init_random("gamma", 1, [2])


# ---------------------------------------------------------------- seeded random ops (RandomCpuKernelMod)
from ferrograd.mindspore import Tensor, ops  # noqa: E402


def test_ops_replay_after_set_seed_and_counters_advance():
    ms.set_seed(9)
    a = [ops.rand(3, 4).asnumpy(), ops.randn(5).asnumpy(), ops.randint(0, 7, (6,)).asnumpy()]
    a2 = ops.rand(3, 4).asnumpy()
    ms.set_seed(9)
    b = [ops.rand(3, 4).asnumpy(), ops.randn(5).asnumpy(), ops.randint(0, 7, (6,)).asnumpy()]
    for x, y in zip(a, b):
        assert np.array_equal(x, y)
    assert not np.array_equal(a[0], a2)  # the (kernel, op seed) counter advanced


def test_primitive_keeps_stream_per_shape():
    sn = ops.StandardNormal(seed=4, seed2=1)
    first, second = sn((5,)).asnumpy(), sn((5,)).asnumpy()
    assert not np.array_equal(first, second)
    assert np.array_equal(ops.StandardNormal(4, 1)((5,)).asnumpy(), first)
    assert np.array_equal(sn((2,)).asnumpy(), first[:2])  # a new shape gets a freshly seeded kernel


def test_ops_moments_and_ranges():
    ms.set_seed(123)
    u = ops.rand(200, 100).asnumpy()
    assert u.dtype == np.float32 and u.min() >= 0 and u.max() < 1 and abs(u.mean() - 0.5) < 0.01
    g = ops.randn(200, 100).asnumpy()
    assert abs(g.mean()) < 0.02 and abs(g.std() - 1) < 0.02
    r = ops.randint(-3, 4, (5000,)).asnumpy()
    assert r.dtype == np.int64 and r.min() == -3 and r.max() == 3
    v = ops.uniform((1000,), Tensor(2.0, ms.float32), Tensor(5.0, ms.float32)).asnumpy()
    assert v.min() >= 2.0 and v.max() < 5.0
    n = ops.normal((4000,), 3.0, 0.5).asnumpy()
    assert abs(n.mean() - 3.0) < 0.05 and abs(n.std() - 0.5) < 0.05
    assert ops.randn(3, dtype=ms.float16).dtype == ms.float16


def test_ops_errors():
    with pytest.raises(ValueError, match="must be a float type"):
        ops.rand(2, dtype=ms.int32)
    with pytest.raises(ValueError, match="must be a float type"):
        ops.randn(2, dtype=ms.int64)
    with pytest.raises(ValueError, match="must be a tuple"):
        ops.randint(0, 3, [2])
    with pytest.raises(TypeError, match="'low' must be an int"):
        ops.randint(0.5, 3, (2,))
    with pytest.raises(TypeError, match="must be a Tensor"):
        ops.uniform((2,), 0.0, 1.0)
    with pytest.raises(TypeError, match="seed"):
        ops.StandardNormal(seed=1.5)


def test_shuffle_randperm_dropout():
    x = Tensor(np.arange(40, dtype=np.float32).reshape(10, 4))
    ms.set_seed(2)
    s1 = ops.shuffle(x).asnumpy()
    ms.set_seed(2)
    assert np.array_equal(ops.shuffle(x).asnumpy(), s1)
    assert sorted(s1[:, 0].tolist()) == list(range(0, 40, 4)) and (np.diff(s1, axis=1) == 1).all()
    p = ops.randperm(257, seed=9).asnumpy()
    assert p.dtype == np.int64 and sorted(p.tolist()) == list(range(257))
    assert np.array_equal(ops.randperm(257, seed=9).asnumpy(), p)  # fixed seed, no global state
    assert not np.array_equal(ops.randperm(257, seed=9, offset=3).asnumpy(), p)
    with pytest.raises(ValueError, match="seed must be greater than 0"):
        ops.randperm(4, seed=-3)
    ms.set_seed(2)
    d = nn.Dropout(p=0.25)
    d.set_train()
    y = d(Tensor(np.ones((100, 100), np.float32))).asnumpy()
    assert set(np.unique(y).tolist()) <= {0.0, np.float32(1 / 0.75)} and abs((y == 0).mean() - 0.25) < 0.02
    ms.set_seed(2)
    d2 = nn.Dropout(p=0.25)
    d2.set_train()
    assert np.array_equal(d2(Tensor(np.ones((100, 100), np.float32))).asnumpy(), y)
    d2.set_train(False)
    assert np.array_equal(d2(Tensor(np.ones((3,), np.float32))).asnumpy(), np.ones(3, np.float32))

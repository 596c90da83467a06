"""MindSpore's whole-tensor float32 sum/mean: accumulated in double and rounded once (the CPU
ReduceSum kernel), now in one core call (it went through NumPy: 21 us for 16 elements)."""
import numpy as np

import ferrograd.mindspore as ms


def test_sum_and_mean_round_once_from_double():
    rng = np.random.default_rng(3)
    for n in (1, 7, 16, 1000, 100_003):
        a = (rng.standard_normal(n) * 10 ** rng.uniform(-3, 6, n)).astype(np.float32)
        x = ms.Tensor(a)
        s = np.float32(np.sum(a.astype(np.float64)))
        assert x.sum().asnumpy().tobytes() == s.tobytes()
        assert x.mean().asnumpy().tobytes() == np.float32(s / np.float32(n)).tobytes()
    # cancellation that a float32 accumulator would get wrong
    a = np.array([1e8, 1.0, -1e8, 1.0], np.float32)
    assert ms.Tensor(a).sum().asnumpy() == 2.0


def test_keepdims_and_grad():
    x = ms.Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
    assert x.sum(keepdims=True).shape == (1, 1)
    g = ms.grad(lambda t: t.mean())(x)
    np.testing.assert_allclose(g.asnumpy(), np.full((2, 3), 1 / 6, np.float32))
    gg = ms.grad(lambda t: (t * t).sum())(x)
    np.testing.assert_array_equal(gg.asnumpy(), 2 * x.asnumpy())

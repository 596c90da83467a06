"""mindspore.grad / value_and_grad: argument checks when the function is made (MindSpore 2.10's
messages), keyword arguments passed through to fn, and the fast (Rust) and general paths agreeing.
Expected values were printed by MindSpore 2.10 on CPU."""
import numpy as np
import pytest

import ferrograd.mindspore as ms
from ferrograd.mindspore import ops


def f(w, x, scale=1.0):
    return (ops.sigmoid(w * x) * scale).sum()


W = np.array([0.5, -1.0, 2.0], np.float32)
X = np.array([1.0, 2.0, 3.0], np.float32)


@pytest.mark.parametrize("gp, exc, msg", [
    ("a", TypeError, "For 'F.grad', the 'grad_position' must be int or tuple."),
    ([0, 1], TypeError, "For 'F.grad', the 'grad_position' must be int or tuple."),
    ((0, -1), ValueError, "The element in grad_position must be >= 0."),
    ((0, 1.5), TypeError, "For 'F.grad', the element in 'grad_position' must be int."),
    ((0, 0), ValueError, "There are duplicate positions in `grad_position`, please check it"),
    (-1, ValueError, "grad_position must be >= 0."),
    (None, ValueError, "`grad_position` and `weight` can not be None at the same time."),
])
def test_bad_grad_position_raises_when_made(gp, exc, msg):
    with pytest.raises(exc) as e:
        ms.grad(f, grad_position=gp)
    assert str(e.value) == msg
    with pytest.raises(exc):
        ms.value_and_grad(f, grad_position=gp)


def test_empty_position_tuple_raises_when_called():
    g = ms.grad(f, grad_position=())
    with pytest.raises(RuntimeError, match="grad_position should not be empty when grad by position!"):
        g(ms.Tensor(W), ms.Tensor(X))


def test_position_out_of_range_raises_when_called():
    with pytest.raises(RuntimeError, match="Position index 5 is exceed input size."):
        ms.grad(f, grad_position=5)(ms.Tensor(W), ms.Tensor(X))


def test_keyword_arguments_reach_fn():
    w, x = ms.Tensor(W), ms.Tensor(X)
    v, (gw, gx) = ms.value_and_grad(f, grad_position=(0, 1))(w, x, scale=2.0)
    np.testing.assert_allclose(v.asnumpy(), 3.47838, rtol=1e-6)
    np.testing.assert_allclose(gw.asnumpy(), [4.70007390e-01, 4.19974178e-01, 1.47987949e-02], rtol=1e-6)
    np.testing.assert_allclose(gx.asnumpy(), [2.35003695e-01, -2.09987089e-01, 9.86586325e-03], rtol=1e-6)


def test_bool_position_is_an_int():
    w, x = ms.Tensor(np.array([1.0, 2.0], np.float32)), ms.Tensor(np.array([3.0, 4.0], np.float32))
    g = ms.grad(lambda a, b: (a * b).sum(), grad_position=True)(w, x)
    assert g.asnumpy().tolist() == [1.0, 2.0]


def test_fast_and_general_paths_agree():
    w, x = ms.Tensor(W), ms.Tensor(X)
    fast = ms.value_and_grad(f, grad_position=(0, 1))(w, x)
    general = ms.value_and_grad(f, grad_position=(0, 1))(w, x, scale=1.0)  # kwargs: general path
    assert fast[0].asnumpy() == general[0].asnumpy()
    for a, b in zip(fast[1], general[1]):
        assert a.asnumpy().tolist() == b.asnumpy().tolist()
    assert type(ms.grad(f)).__name__ == "function"

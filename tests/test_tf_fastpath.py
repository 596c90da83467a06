"""The TF dialect's Rust fast paths (operators typed as EagerTensor, TF's no-promotion rule in the
core, the tape's access log): the same behaviour as the Python paths they replace."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf
from ferrograd.tensorflow import errors


def test_operators_return_eager_tensors():
    x = tf.constant([1.0, 2.0])
    v = tf.Variable([3.0, 4.0])
    for r in (x + x, x - v, v * x, v + v, x * 2.0, 2.0 * x, 1 - x, v * 2):
        assert type(r) is tf.EagerTensor
        assert isinstance(r, tf.Tensor)
        assert r.dtype == tf.float32
    np.testing.assert_array_equal((v * x).numpy(), [3.0, 8.0])
    np.testing.assert_array_equal((1 - x).numpy(), [0.0, -1.0])


def test_no_type_promotion():
    f = tf.constant([1.0, 2.0])
    i = tf.constant([1, 2])
    with pytest.raises(errors.InvalidArgumentError, match="AddV2"):
        f + i
    with pytest.raises(errors.InvalidArgumentError, match="Mul"):
        i * f
    with pytest.raises(errors.InvalidArgumentError, match="Sub"):
        tf.Variable([1.0]) - tf.constant([1.0], dtype=tf.float64)
    with pytest.raises(TypeError):
        i * 0.5
    assert (i * 2).dtype == tf.int32
    with pytest.raises(errors.InvalidArgumentError, match="Incompatible shapes"):
        tf.constant([1.0, 2.0]) + tf.constant([1.0, 2.0, 3.0])


def test_tape_watches_accessed_variables_in_order():
    a = tf.Variable(1.0)
    b = tf.Variable(2.0)
    c = tf.Variable(3.0, trainable=False)
    with tf.GradientTape() as tape:
        y = b * a + c * a
    assert [v.numpy() for v in tape.watched_variables()] == [2.0, 1.0]
    ga, gb, gc = tape.gradient(y, [a, b, c])
    assert ga.numpy() == 5.0 and gb.numpy() == 1.0 and gc is None


def test_tape_does_not_watch_outside_or_stopped():
    x = tf.Variable(2.0)
    y = tf.Variable(3.0)
    with tf.GradientTape() as t:
        x_sq = x * x
        with t.stop_recording():
            y_sq = y * y
        z = x_sq + y_sq
    g = t.gradient(z, {"x": x, "y": y})
    assert g["x"].numpy() == 4.0 and g["y"] is None


def test_nested_tapes_and_intermediate_sources():
    x = tf.Variable(1.5)
    with tf.GradientTape() as t2:
        with tf.GradientTape() as t1:
            y = x * x * x
        dy = t1.gradient(y, x)
    d2 = t2.gradient(dy, x)
    assert dy.numpy() == pytest.approx(6.75) and d2.numpy() == pytest.approx(9.0)
    with tf.GradientTape() as t:
        u = x * 2.0
        z = u * u
    assert t.gradient(z, u).numpy() == pytest.approx(6.0)
    with tf.GradientTape(watch_accessed_variables=False) as t:
        z = x * x
    assert t.gradient(z, [x]) == [None]


def test_sigmoid_and_sum_fast_paths():
    x = tf.Variable(np.linspace(-2, 2, 7).astype(np.float32))
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(tf.math.sigmoid(x))
    (g,) = tape.gradient(loss, (x,))
    s = 1 / (1 + np.exp(-x.numpy().astype(np.float64)))
    np.testing.assert_allclose(g.numpy(), s * (1 - s), rtol=1e-6)
    assert type(loss) is tf.EagerTensor and type(g) is tf.EagerTensor
    assert tf.reduce_sum(tf.constant([1, 2, 3])).numpy() == 6

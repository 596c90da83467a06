"""tf.math.sigmoid / tf.reduce_sum are Rust entry points with the Python versions behind them:
every argument form still works and the names stay TF's (Keras serialises activations by name)."""
import inspect

import numpy as np
import pytest

import ferrograd.tensorflow as tf


def test_names_and_signature():
    assert tf.math.sigmoid.__name__ == tf.nn.sigmoid.__name__ == "sigmoid"
    assert tf.reduce_sum.__name__ == tf.math.reduce_sum.__name__ == "reduce_sum"
    assert str(inspect.signature(tf.reduce_sum)) == "(input_tensor, axis=None, keepdims=False, name=None)"
    assert str(inspect.signature(tf.math.sigmoid)) == "(x, name=None)"


@pytest.mark.parametrize("x", [tf.constant([[1.0, -2.0], [3.0, 0.5]]), tf.Variable([[1.0, -2.0], [3.0, 0.5]]),
                               [[1.0, -2.0], [3.0, 0.5]], np.array([[1.0, -2.0], [3.0, 0.5]])])
def test_sigmoid_every_input_kind(x):
    r = tf.math.sigmoid(x, name="s")
    want = 1 / (1 + np.exp(-np.array([[1.0, -2.0], [3.0, 0.5]])))
    np.testing.assert_allclose(r.numpy(), want, rtol=1e-6)
    assert r.dtype == (tf.float64 if isinstance(x, np.ndarray) else tf.float32)


def test_reduce_sum_forms():
    x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    assert tf.reduce_sum(x).numpy() == 10.0
    assert tf.reduce_sum(x, keepdims=True).shape == (1, 1)
    assert tf.reduce_sum(x, None, True, "s").shape == (1, 1)
    assert tf.reduce_sum(x, keepdims=None).shape == ()      # TF: None means False
    assert tf.reduce_sum(x, keepdims=1).shape == (1, 1)     # TF: bool(keepdims)
    assert tf.reduce_sum(x, axis=1).numpy().tolist() == [3.0, 7.0]
    assert tf.reduce_sum(x, axis=[0, 1]).numpy() == 10.0
    r = tf.reduce_sum([1, 2, 3])
    assert r.dtype == tf.int32 and r.numpy() == 6
    with pytest.raises(tf.errors.InvalidArgumentError):
        tf.reduce_sum(x, axis=2)


def test_gradient_through_the_fast_entry_points():
    w = tf.Variable([0.5, -1.0])
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(tf.math.sigmoid(w * 2.0))
    g = tape.gradient(loss, w)
    s = 1 / (1 + np.exp(-np.array([1.0, -2.0])))
    np.testing.assert_allclose(g.numpy(), 2 * s * (1 - s), rtol=1e-6)

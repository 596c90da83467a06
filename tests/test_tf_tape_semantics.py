"""GradientTape semantics from TensorFlow's backprop tests (public API; goes with tf_tape.patch)."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf


def test_watch_composites_strings_and_string_targets():
    with tf.GradientTape() as t:
        values = tf.constant([1.0, 2.0])
        s = tf.sparse.SparseTensor(indices=[[0, 0], [1, 2]], values=values, dense_shape=[3, 4])
        t.watch(s)
        z = tf.sparse.reduce_sum(s)
    assert t.gradient(z, values).numpy().tolist() == [1.0, 1.0]
    x, y, st = tf.constant(3.0), tf.constant(5.0), tf.constant("unknown")
    with tf.GradientTape() as t:
        t.watch([x, y, st])
        z = y * y
    g = t.gradient([x, y, z, st], [x, y, st])
    assert [float(v) for v in g[:2]] == [1.0, 11.0] and g[2] is None
    with pytest.raises(ValueError, match="ndarray"):
        tf.GradientTape().watch(np.array(1.0))


def test_target_none_and_unknown_unconnected():
    x = tf.constant(1.0)
    with tf.GradientTape(persistent=True) as g:
        g.watch(x)
        z = x * 2
    with pytest.raises(ValueError, match="Unknown value for unconnected_gradients: 'nonsense'"):
        g.gradient(z, x, unconnected_gradients="nonsense")
    with pytest.raises(TypeError, match="should be a list or nested structure"):
        g.gradient(None, x)


def test_higher_order_on_a_persistent_tape_inside_its_context():
    with tf.GradientTape(persistent=True) as g:
        x = tf.constant(3.0)
        g.watch(x)
        y = x ** 3
        dy = g.gradient(y, x)
        d2y = g.gradient(dy, x)
    d3y = g.gradient(d2y, x)
    assert [float(v) for v in (dy, d2y, d3y)] == [27.0, 18.0, 6.0]


def test_jacobian_errors_and_degenerate_shapes():
    with tf.GradientTape() as g:
        x = tf.constant([1.0, 2.0])
        g.watch(x)
        y = x * x
    with pytest.raises(RuntimeError, match="persistent"):
        g.jacobian(y, x, experimental_use_pfor=False)
    with tf.GradientTape() as g:
        x = tf.constant([[1.0, 2.0]])
        g.watch(x)
        y = x * x
    with pytest.raises(RuntimeError, match="persistent"):
        g.batch_jacobian(y, x, experimental_use_pfor=False)
    x = tf.random.uniform([2, 3])
    with tf.GradientTape() as g:
        y = tf.concat([x, x], axis=0)
    with pytest.raises(ValueError, match="Need first dimension"):
        g.batch_jacobian(y, x)
    x = tf.random.uniform([2])
    with tf.GradientTape() as g:
        y = tf.random.uniform([2, 2])
    with pytest.raises(ValueError, match="must have rank at least 2"):
        g.batch_jacobian(y, x)
    for use_function in (False, True):
        def f(x):
            with tf.GradientTape(persistent=True) as tape:
                tape.watch(x)
                y = x ** 2
            return tape.batch_jacobian(y, x)
        f = tf.function(f) if use_function else f
        assert tf.shape(f(tf.zeros([1, 0]))).numpy().tolist() == [1, 0, 0]
    with tf.GradientTape() as g:
        x = tf.zeros([2, 2])
        g.watch(x)
        y = tf.ones([2, 2])
    assert g.batch_jacobian(y, x).numpy().tolist() == [[[0.0, 0.0], [0.0, 0.0]]] * 2


def test_reentering_a_recording_tape_and_gradient_inside_its_context():
    x = tf.Variable(3.0)
    t = tf.GradientTape()
    with t:
        with pytest.raises(ValueError, match="Tape is still recording"):
            with t:
                pass
    # a persistent tape records its own gradient computation inside its context
    with tf.GradientTape(persistent=True) as t2:
        g = t2.gradient(x * x, x)
        g2 = t2.gradient(g, x)
    assert (float(g), float(g2)) == (6.0, 2.0)
    # a non-persistent one stops recording when asked for its gradient (TF pops it)
    with tf.GradientTape() as t3:
        g = t3.gradient(x ** 3, x)
        z = g * 2
    assert float(g) == 27.0 and not t3._recording

"""tf.custom_gradient (TF's eager semantics), tf.recompute_grad, tf.identity, second-order softmax
cross-entropy, tf.function variable creation and input_signature binding, Variable enums and scatter,
tf.norm orders, tf.image.resize (values from TF 2.21)."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf


def _grad(f, *xs, **kw):
    with tf.GradientTape(**kw) as t:
        for x in xs:
            t.watch(x)
        y = f(*xs)
    return t.gradient(y, list(xs))


def test_custom_gradient_argument_positions_and_counts():
    @tf.custom_gradient
    def my_mul(x, y):
        return x * y, lambda dr: [dr * y, dr * x]

    v = tf.Variable(2.0)
    losses = []
    for _ in range(5):
        with tf.GradientTape() as t:
            loss = my_mul(2.0, v.read_value())
        v.assign_sub(0.25 * t.gradient(loss, v))
        losses.append(float(loss))
    assert losses == [4.0, 3.0, 2.0, 1.0, 0.0]

    @tf.custom_gradient
    def bad(x):
        return x, lambda _: []

    x = tf.Variable(1.0)
    with tf.GradientTape() as t:
        y = bad(x)
    with pytest.raises(ValueError, match="expected to return 1 gradients, but returned 0"):
        t.gradient(y, [x])


def test_custom_gradient_variables_and_multiple_outputs():
    w = tf.Variable(3.0)

    @tf.custom_gradient
    def f(x):
        def grad(dy, variables=None):
            return dy * 10.0, [dy * 100.0 for _ in variables]
        return x * w, grad

    x = tf.constant(2.0)
    with tf.GradientTape() as t:
        t.watch(x)
        y = f(x)
    gx, gw = t.gradient(y, [x, w])
    assert (float(gx), float(gw)) == (10.0, 100.0)

    @tf.custom_gradient
    def nov(x):
        return x * w, lambda dy: dy
    with tf.GradientTape() as t:
        with pytest.raises(TypeError, match="must accept keyword argument 'variables'"):
            nov(x)

    @tf.custom_gradient
    def two(x):
        return (x * 2.0, x * 3.0), lambda d1, d2: d1 * 5.0 + d2 * 7.0
    g, = _grad(lambda a: tf.add_n(list(two(a))), x)
    assert float(g) == 12.0


def test_custom_gradient_higher_order():
    @tf.custom_gradient
    def f(x):
        def first(dz):
            @tf.custom_gradient
            def inner(unused):
                return -1.1, lambda ddz: -2.1 * ddz
            return dz * inner(x)
        return x + 10.0, first

    c = tf.constant(1.0)
    with tf.GradientTape() as outer:
        outer.watch(c)
        with tf.GradientTape() as inner_t:
            inner_t.watch(c)
            d = f(c) ** 4.0
        dd = inner_t.gradient(d, c)
    np.testing.assert_allclose(float(dd), 4.0 * 11.0 ** 3 * -1.1, rtol=1e-6)
    np.testing.assert_allclose(float(outer.gradient(dd, c)), 12.0 * 121.0 * 1.21 + 4.0 * 1331.0 * -2.1, rtol=1e-6)


def test_recompute_grad_and_identity():
    f = tf.recompute_grad(lambda x: tf.sin(x) * x)
    x = tf.Variable(0.5)
    with tf.GradientTape() as t:
        y = f(x)
    np.testing.assert_allclose(float(t.gradient(y, x)), np.cos(0.5) * 0.5 + np.sin(0.5), rtol=1e-6)
    c = tf.constant(10.0)
    c1 = tf.identity(c)
    assert c1 is not c
    assert [float(g) for g in _grad(lambda a, b: a * 2.0 + b * 3.0, c, c1)] == [2.0, 3.0]


def test_softmax_cross_entropy_second_order():
    f = tf.constant([[0.1, 0.5]])
    lab = tf.constant([[1.0, 0.0]])
    with tf.GradientTape() as t2:
        t2.watch(f)
        with tf.GradientTape() as t1:
            t1.watch(f)
            loss = tf.nn.softmax_cross_entropy_with_logits(labels=lab, logits=f)
        g = t1.gradient(loss, f)
        s = tf.reduce_sum(g * tf.constant([[1.0, 0.0]]))
    p = tf.nn.softmax(f).numpy()[0]
    np.testing.assert_allclose(t2.gradient(s, f).numpy(), [[p[0] * p[1], -p[0] * p[1]]], rtol=1e-5)


def test_function_variable_creation_rules():
    @tf.function
    def h(x):
        v = tf.Variable(1.0)
        return v + x

    for _ in range(2):
        with pytest.raises(ValueError, match="tf.function only supports singleton tf.Variables created on the first"):
            h(1.0)

    class M(tf.Module):
        v = None

        @tf.function
        def __call__(self, x):
            if self.v is None:
                self.v = tf.Variable(tf.ones_like(x))
            return self.v * x

    m = M()
    assert m(tf.constant([1.0, 2.0])).numpy().tolist() == [1.0, 2.0]
    assert m(tf.constant([3.0])).numpy().tolist() == [3.0, 3.0]


def test_function_input_signature_binding():
    @tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.float32)])
    def g(x):
        return x + 1

    assert g([1.0, 2.0]).numpy().tolist() == [2.0, 3.0]
    assert g(x=np.array([1.0])).numpy().tolist() == [2.0]
    with pytest.raises(TypeError, match=r"failed due to `too many positional arguments`. Received args: "):
        g(tf.constant([1.0]), 2)
    with pytest.raises(TypeError, match=r"Can not cast TensorSpec\(shape=\(1, 1\), dtype=tf.float32, name=None\) to "
                                        r"TensorSpec\(shape=\(None,\), dtype=tf.float32, name=None\)"):
        g(tf.constant([[1.0]]))
    with pytest.raises(TypeError, match="Can not cast"):
        g(tf.constant([1, 2]))


def test_function_python_literals_share_a_trace():
    @tf.function
    def f(x):
        return x

    for a in (1, 1.0, True, 2):
        f(a)
    assert f.experimental_get_tracing_count() == 2


def test_variable_enums_and_scatter_with_lists():
    v = tf.Variable([1.0, 2.0, 3.0])
    assert (v.aggregation.name, v.synchronization.name) == ("NONE", "AUTO")
    w = tf.Variable(1.0, aggregation=tf.VariableAggregation.MEAN)
    assert w.aggregation.name == "MEAN"
    assert v.scatter_update(tf.IndexedSlices([5.0], [1])).numpy().tolist() == [1.0, 5.0, 3.0]
    assert v.scatter_add(tf.IndexedSlices([5.0], [1])).numpy().tolist() == [1.0, 10.0, 3.0]


def test_norm_orders():
    x = tf.constant([[1.0, -2.0, 3.0], [-4.0, 5.0, 0.5]])
    assert tf.norm(x, ord=1).numpy() == 15.5
    assert tf.norm(x, ord=np.inf, axis=1).numpy().tolist() == [3.0, 5.0]
    assert tf.norm(x, ord=1, axis=[0, 1]).numpy() == 7.0
    assert tf.norm(x, ord=np.inf, axis=(1, 0), keepdims=True).numpy().tolist() == [[7.0]]
    np.testing.assert_allclose(tf.norm(x, ord=3, axis=0).numpy(), [4.0207257, 5.104469, 3.004623], rtol=1e-6)
    np.testing.assert_allclose(tf.norm(x, ord=2, axis=[0, 1]).numpy(), 6.790823459625244, rtol=1e-6)
    with pytest.raises(ValueError, match="'ord' must be a supported vector norm, got fro"):
        tf.norm(x, ord="fro")
    with pytest.raises(ValueError, match=r"supported matrix norm in \['euclidean', 'fro', 1, 2, inf\], got 3"):
        tf.norm(x, ord=3, axis=[0, 1])


def test_image_resize():
    x = tf.reshape(tf.range(12, dtype=tf.float32), [1, 3, 4, 1])
    r = tf.image.resize(x, [2, 3])
    assert r.dtype == tf.float32 and r.shape == (1, 2, 3, 1)
    np.testing.assert_array_equal(r.numpy().ravel(), np.float32([1.1666666, 2.5, 3.8333335, 7.166667, 8.5, 9.833334]))
    n = tf.image.resize(tf.constant(np.arange(9, dtype=np.int32).reshape(3, 3, 1)), [2, 2], method="nearest")
    assert n.dtype == tf.int32 and n.numpy().ravel().tolist() == [0, 2, 6, 8]
    assert tf.image.resize(tf.ones([5, 5, 1]), [2, 3], preserve_aspect_ratio=True).shape == (2, 2, 1)
    with tf.GradientTape() as t:
        t.watch(x)
        y = tf.reduce_sum(tf.image.resize(x, [6, 8]))
    np.testing.assert_allclose(t.gradient(y, x).numpy(), np.full((1, 3, 4, 1), 4.0))

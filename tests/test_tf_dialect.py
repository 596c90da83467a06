"""The TensorFlow dialect (ferrograd.tensorflow): TF's conversion rules, printing, tapes,
Variables, tf.function, tf.print and the Keras 2 optimizers. Expected values come from real
TensorFlow 2.21 (see compat/tf for the recorded scripts)."""
import sys

import numpy as np
import pytest

# ferrograd is imported inside the fixture, not at collection time (test_fmt_* check that the
# printers alone never load ferrograd._core)


@pytest.fixture
def tf():
    import ferrograd.tensorflow as tf_

    return tf_


# ---------------------------------------------------------------- tensors and dtypes

def test_constant_defaults_and_printing(tf):
    assert str(tf.constant(4)) == "tf.Tensor(4, shape=(), dtype=int32)"
    assert str(tf.constant([2.0, 3.0])) == "tf.Tensor([2. 3.], shape=(2,), dtype=float32)"
    assert repr(tf.constant(0.1)) == "<tf.Tensor: shape=(), dtype=float32, numpy=0.10000000149011612>"
    assert str(tf.constant(np.array([1, 2]))).endswith("dtype=int64)")
    assert tf.constant(np.array([1.0])).dtype is tf.float64
    assert str(tf.constant([[1, 2], [3, 4]], dtype=tf.float16)).endswith("dtype=float16)")
    assert repr(tf.float32) == "tf.float32" and str(tf.float32) == "<dtype: 'float32'>"
    assert tf.float32.name == "float32"
    t = tf.constant([[1.0, 2.0, 3.0]])
    assert str(t.shape) == "(1, 3)" and repr(t.shape) == "TensorShape([1, 3])"
    assert t.shape == (1, 3) and t.shape.as_list() == [1, 3]
    assert type(t).__name__ == "EagerTensor"
    assert isinstance(t, tf.Tensor) and not isinstance(tf.Variable(1.0), tf.Tensor)
    assert f"{tf.constant(4)}" == "4"


def test_numpy_scalar_and_copy(tf):
    x = tf.constant(2.5)
    v = x.numpy()
    assert isinstance(v, np.float32) and v == 2.5
    a = tf.constant([1.0, 2.0])
    arr = a.numpy()
    arr[0] = 9
    assert a.numpy()[0] == 1.0


def test_no_type_promotion(tf):
    a = tf.constant([1.0, 2.0])
    b = tf.constant([1, 2])
    with pytest.raises(tf.errors.InvalidArgumentError, match="cannot compute AddV2 as input #1"):
        a + b
    with pytest.raises(TypeError, match="Cannot convert 1.5 to EagerTensor of dtype int32"):
        tf.constant(1.5, dtype=tf.int32)
    with pytest.raises(TypeError):
        b * 2.5
    assert str(b / 2) == "tf.Tensor([0.5 1. ], shape=(2,), dtype=float64)"
    assert (a + 1).dtype is tf.float32 and (b + 1).dtype is tf.int32


def test_shape_errors_are_invalid_argument(tf):
    with pytest.raises(tf.errors.InvalidArgumentError, match="Incompatible shapes: \\[1,3\\] vs. \\[2\\]"):
        tf.constant([[1.0, 2.0, 3.0]]) + tf.constant([1.0, 2.0])
    with pytest.raises(tf.errors.InvalidArgumentError, match="Matrix size-incompatible"):
        tf.matmul(tf.ones([2, 3]), tf.ones([2, 2]))
    with pytest.raises(tf.errors.InvalidArgumentError, match="Input to reshape"):
        tf.reshape(tf.range(6), [4, -1])
    assert type(tf.errors.InvalidArgumentError(None, None, "m")).__module__ == "tensorflow.python.framework.errors_impl"


def test_math_and_reductions(tf):
    x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    np.testing.assert_array_equal(tf.reduce_sum(x, axis=0).numpy(), [5, 7, 9])
    assert tf.reduce_mean(tf.constant([[1, 2], [3, 4]])).numpy() == 2  # int mean truncates
    assert tf.reduce_sum(tf.constant([[1, 2], [3, 4]]), axis=1).dtype is tf.int32
    assert tf.argmax(x, axis=1).dtype is tf.int64
    assert tf.matmul(x, x, transpose_b=True).shape == (2, 2)
    assert tf.transpose(tf.reshape(tf.range(6), [1, 2, 3]), perm=[2, 0, 1]).shape == (3, 1, 2)
    assert tf.concat([x, x], axis=1).shape == (2, 6)
    assert tf.stack([x, x], axis=1).shape == (2, 2, 3)
    assert str(tf.math.square(tf.constant(3))) == "tf.Tensor(9, shape=(), dtype=int32)"
    np.testing.assert_array_equal((tf.constant([7, -7, 8]) // 2).numpy(), [3, -4, 4])
    np.testing.assert_array_equal((tf.constant([7, -7, 8]) % 3).numpy(), [1, 2, 2])
    assert str(tf.range(0.0, 1.0, 0.25)) == "tf.Tensor([0.   0.25 0.5  0.75], shape=(4,), dtype=float32)"
    assert str(tf.cast(tf.constant([1.7, -2.7]), tf.int32)) == "tf.Tensor([ 1 -2], shape=(2,), dtype=int32)"


def test_eigen_digits(tf):
    # values as TensorFlow's CPU kernels print them
    x = tf.constant([-2.0, -0.5, 0.0, 0.5, 2.0])
    assert str(tf.nn.sigmoid(x)) == \
        "tf.Tensor([0.11920292 0.37754068 0.5        0.62245935 0.8807971 ], shape=(5,), dtype=float32)"
    assert str(tf.nn.tanh(x)) == \
        "tf.Tensor([-0.9640276  -0.46211714  0.          0.46211714  0.9640276 ], shape=(5,), dtype=float32)"
    e = tf.exp(tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])).numpy()
    assert repr(e[1, 2]) == "np.float32(403.4288)" and repr(e[0, 0]) == "np.float32(2.7182817)"


def test_nn_and_losses(tf):
    labels = tf.constant([1.0, 0.0, 1.0, 0.0])
    logit = tf.constant([2.0, -1.0, -0.5, 0.3])
    loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logit)
    assert str(tf.reduce_mean(loss)) == "tf.Tensor(0.5671555, shape=(), dtype=float32)"
    mse = tf.keras.losses.MeanSquaredError()
    assert mse([[0., 1.], [0., 0.]], tf.constant([[1., 1.], [1., 0.]])).numpy() == 0.5
    none = tf.keras.losses.MeanSquaredError(reduction="none")
    assert none(tf.constant([[0., 1.], [0., 0.]]), tf.constant([[1., 1.], [1., 0.]])).shape == (2,)
    s = tf.nn.softmax(tf.constant([[1.0, 2.0, 3.0]]))
    assert str(s) == "tf.Tensor([[0.09003057 0.24472848 0.66524094]], shape=(1, 3), dtype=float32)"


# ---------------------------------------------------------------- Variables

def test_variable_basics(tf):
    v = tf.Variable(0.0, name="x")
    assert str(v) == repr(v) == "<tf.Variable 'x:0' shape=() dtype=float32, numpy=0.0>"
    assert v.name == "x:0" and v.trainable and type(v).__name__ == "ResourceVariable"
    assert isinstance(v, tf.Variable)
    r = v.assign_add(1.5)
    assert repr(r) == "<tf.Variable 'UnreadVariable' shape=() dtype=float32, numpy=1.5>"
    v.assign_sub(2.0)
    assert v.numpy() == -0.5
    a = tf.Variable([2.0, 3.0])
    a.assign([1, 2])
    assert a.dtype is tf.float32 and a.name == "Variable:0"
    with pytest.raises(ValueError, match="Shape mismatch"):
        a.assign([1.0, 2.0, 3.0])
    c = tf.Variable(5)
    c.assign_add(3)
    assert repr(c) == "<tf.Variable 'Variable:0' shape=() dtype=int32, numpy=8>"
    assert not tf.Variable(1, trainable=False).trainable
    assert type(v + 1).__name__ == "EagerTensor"


# ---------------------------------------------------------------- tapes

def test_tape_first_and_second_derivative(tf):
    x = tf.Variable(0.0)
    with tf.GradientTape() as t2:
        with tf.GradientTape() as t1:
            y = tf.pow(x, 2) - 2.0 * x + 1.0
        dy = t1.gradient(y, x)
    assert dy.numpy() == -2.0
    assert t2.gradient(dy, x).numpy() == 2.0


def test_tape_non_persistent_error_and_persistent(tf):
    x = tf.constant(3.0)
    with tf.GradientTape() as g:
        g.watch(x)
        y = x * x
    assert g.gradient(y, x).numpy() == 6.0
    with pytest.raises(RuntimeError, match="non-persistent GradientTape"):
        g.gradient(y, x)
    x = tf.constant([1, 3.0])
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(x)
        y = x * x
        z = y * y
    np.testing.assert_array_equal(tape.gradient(z, x).numpy(), [4, 108])
    np.testing.assert_array_equal(tape.gradient(z, y).numpy(), [2, 18])  # intermediate source


def test_tape_watching_rules(tf):
    x0, x1 = tf.Variable(0.0), tf.Variable(10.0)
    with tf.GradientTape(watch_accessed_variables=False) as tape:
        tape.watch(x1)
        y = tf.math.sin(x0) + tf.nn.softplus(x1)
    g = tape.gradient(y, {"x0": x0, "x1": x1})
    assert g["x0"] is None and abs(g["x1"].numpy() - 0.9999546) < 1e-6
    nt = tf.Variable(3.0, trainable=False)
    outside = tf.Variable(2.0) + 1.0
    v = tf.Variable(3.0)
    with tf.GradientTape() as tape:
        y = v ** 2 + nt ** 2 + outside ** 2
    assert [g is None for g in tape.gradient(y, [v, nt, outside])] == [False, True, True]
    with tf.GradientTape() as tape:
        z = tf.cast(tf.cast(v, tf.int32), tf.float32) * 3.0
    assert tape.gradient(z, v) is None


def test_tape_stop_recording_reset_unconnected(tf):
    x, y = tf.Variable(2.0), tf.Variable(3.0)
    with tf.GradientTape() as t:
        xs = x * x
        with t.stop_recording():
            ys = y * y
        z = xs + ys
    g = t.gradient(z, {"x": x, "y": y})
    assert g["x"].numpy() == 4.0 and g["y"] is None
    with tf.GradientTape() as t:
        ys = y * y
        t.reset()
        z = x * x + ys
    assert t.gradient(z, [x, y])[1] is None
    with tf.GradientTape() as t:
        z = y * y
    zero = t.gradient(z, x, unconnected_gradients=tf.UnconnectedGradients.ZERO)
    assert zero.numpy() == 0.0


def test_tape_structures_output_gradients_jacobians(tf):
    w = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
    b = tf.Variable([0.5, -0.5])
    with tf.GradientTape(persistent=True) as tape:
        loss = tf.reduce_mean((tf.constant([[1., 2.]]) @ w + b) ** 2)
    g = tape.gradient(loss, [[w, b], (b,)])
    assert isinstance(g, list) and isinstance(g[1], tuple)
    np.testing.assert_allclose(g[0][1].numpy(), [7.5, 9.5])
    x = tf.Variable([1.0, 2.0, 3.0])
    with tf.GradientTape(persistent=True) as tape:
        y = x * x
    np.testing.assert_array_equal(tape.gradient(y, x, output_gradients=tf.constant([1.0, 0.0, -1.0])).numpy(),
                                  [2, 0, -6])
    j = tape.jacobian(y, x)
    np.testing.assert_array_equal(j.numpy(), np.diag([2.0, 4.0, 6.0]))
    xb = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    with tf.GradientTape() as tape:
        tape.watch(xb)
        yb = xb * xb
    assert tape.batch_jacobian(yb, xb).shape == (2, 2, 2)


def test_grad_mode_untouched_outside_tapes(tf):
    from ferrograd import _core

    prev = _core.is_grad_enabled()
    with tf.GradientTape():
        assert _core.is_grad_enabled()
    assert _core.is_grad_enabled() == prev


# ---------------------------------------------------------------- tf.function, tf.print

def test_function_and_print(tf, capsys):
    @tf.function
    def f(n):
        s = tf.constant(0)
        for i in tf.range(n):
            s += i
        return s, s * 2

    s, d = f(tf.constant(5))
    assert s.numpy() == 10 and d.numpy() == 20
    tf.print("y =", tf.constant(0.999998569), "; v =", tf.Variable([1.0, 2.5]))
    tf.print((tf.constant(-2.0), tf.constant(1.0)))
    tf.print("out", tf.constant([1, 2]), output_stream=sys.stdout)
    out, err = capsys.readouterr()
    assert out == "out [1 2]\n"
    assert err == "y = 0.999998569 ; v = [1 2.5]\n(-2, 1)\n"


# ---------------------------------------------------------------- optimizers

def test_sgd_matches_tensorflow(tf):
    x = tf.Variable(0.0, name="x")
    opt = tf.keras.optimizers.SGD(learning_rate=0.01)
    for _ in range(1000):
        with tf.GradientTape() as tape:
            y = tf.pow(x, 2) - 2.0 * x + 1.0
        opt.apply_gradients([(tape.gradient(y, x), x)])
    assert x.numpy() == np.float32(0.999998569)
    assert opt.iterations.numpy() == 1000
    assert repr(opt.iterations) == "<tf.Variable 'iteration:0' shape=() dtype=int64, numpy=1000>"


def test_sgd_momentum_nesterov_and_adam_match_tensorflow(tf):
    x = tf.Variable(1.0)
    opt = tf.keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)
    got = []
    for _ in range(4):
        with tf.GradientTape() as tape:
            loss = (x - 3.0) ** 2 / 2.0
        opt.apply_gradients(zip(tape.gradient(loss, [x]), [x]))
        got.append(str(x.numpy()))
    assert got == ["1.2", "1.5600001", "2.028", "2.5464"]
    var = tf.Variable([1.0, 2.0])
    adam = tf.keras.optimizers.Adam(learning_rate=0.1)
    for _ in range(5):
        adam.minimize(lambda: tf.reduce_sum(var ** 2) / 2.0, [var])
    assert str(var.numpy()) == "[0.5079685 1.5029601]"


# ---------------------------------------------------------------- interop details

def test_numpy_interop_and_hidden_torch_methods(tf):
    t = tf.constant([1.0, 2.0])
    assert np.mean(t) == 1.5  # numpy converts: no torch-style t.mean()
    r = np.float32(2) * t
    assert type(r).__name__ == "EagerTensor" and r.numpy().tolist() == [2.0, 4.0]
    with pytest.raises(AttributeError):
        t.sum
    assert np.asarray(tf.Variable([1, 2])).dtype == np.int32


def test_internal_module_paths_and_logging(tf, capsys):
    from ferrograd.tensorflow.python.framework.errors_impl import InvalidArgumentError

    assert InvalidArgumentError is tf.errors.InvalidArgumentError
    a, b = tf.Variable(1.0), tf.Variable(2.0)
    opt = tf.keras.optimizers.SGD(0.1)
    with tf.GradientTape() as tape:
        loss = a * 2.0
    opt.apply_gradients(zip(tape.gradient(loss, [a, b]), [a, b]))
    assert a.numpy() == np.float32(0.8) and b.numpy() == 2.0
    err = capsys.readouterr().err
    assert err.count("WARNING:tensorflow:Gradients do not exist for variables ['Variable:0']") == 2
    with pytest.raises(ValueError, match="No gradients provided for any variable"):
        opt.apply_gradients([(None, a)])


def test_module_collects_variables(tf):
    class Dense(tf.Module):
        def __init__(self):
            super().__init__()
            self.w = tf.Variable(tf.ones([2, 2]), name="w")
            self.b = tf.Variable(tf.zeros([2]), name="b")
            self.steps = tf.Variable(0, trainable=False)

        @tf.function
        def __call__(self, x):
            return x @ self.w + self.b

    d = Dense()
    assert [v.name for v in d.trainable_variables] == ["b:0", "w:0"]
    assert len(d.variables) == 3
    assert d(tf.ones([1, 2])).numpy().tolist() == [[2.0, 2.0]]


def test_elementwise_digits_match_tensorflow(tf):
    # recorded from TensorFlow 2.21 (8 values through Eigen's packet path, the 9th through the scalar one)
    inf = float("inf")
    x = tf.constant([0.3, 1.7, 2.9, 10.5, 123.4, 0.001, 7.77, 3.3, 5.5])
    want = {
        "log": [-1.2039728164672852, 0.5306283235549927, 1.0647108554840088, 2.3513753414154053, 4.815431118011475, -6.907755374908447, 2.0502700805664062, 1.193922519683838, 1.7047480344772339],
        "sin": [0.29552021622657776, 0.9916648268699646, 0.23924922943115234, -0.8796957731246948, -0.7693915367126465, 0.0009999999310821295, 0.9964756369590759, -0.15774564445018768, -0.7055402994155884],
        "cos": [0.9553365111351013, -0.12884454429149628, -0.9709581732749939, -0.47553694248199463, -0.638777494430542, 0.9999995231628418, 0.08388297259807587, -0.9874798059463501, 0.7086697816848755],
        "exp": [1.3498587608337402, 5.473947525024414, 18.17414665222168, 36315.5, inf, 1.0010005235671997, 2368.47119140625, 27.11263656616211, 244.69192504882812],
        "sigmoid": [0.574442446231842, 0.8455347418785095, 0.9478464126586914, 0.9999724626541138, 1.0, 0.500249981880188, 0.9995779395103455, 0.9644288420677185, 0.9959298372268677],
        "tanh": [0.29131263494491577, 0.9354090690612793, 0.9939631819725037, 1.0, 1.0, 0.0009999996982514858, 0.9999997019767761, 0.9972830414772034, 0.999966561794281],
    }
    fns = {"log": tf.math.log, "sin": tf.sin, "cos": tf.cos, "exp": tf.exp, "sigmoid": tf.nn.sigmoid,
           "tanh": tf.nn.tanh}
    for name, fn in fns.items():
        assert fn(x).numpy().tolist() == want[name], name


def test_sum_order_matches_tensorflow(tf):
    # values recorded from TensorFlow 2.21 for the same inputs
    rs = np.random.RandomState(1)
    for n in (5, 9, 16, 33):
        rs.randn(20, n)
    a = rs.randn(20, 100).astype(np.float32)
    got = tf.reduce_sum(tf.constant(a), axis=1).numpy()[:6].tolist()
    assert got == [8.452227592468262, 20.200910568237305, -2.596005439758301, -15.934465408325195,
                   3.052945852279663, 19.619352340698242]
    for n in (1000, 3000):
        rs.randn(20, n)
    for n, want in ((50, None), (500, None), (5000, 74.63177490234375), (8192, None), (9000, 66.88685607910156)):
        b = rs.randn(n).astype(np.float32)
        if want is not None:
            assert float(tf.reduce_sum(tf.constant(b)).numpy()) == want

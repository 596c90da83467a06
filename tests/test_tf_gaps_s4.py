"""Session-4 TF API gaps: expected values observed from TensorFlow 2.21 + tf-keras (TF_USE_LEGACY_KERAS=1)."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf


def f32(v):
    return np.asarray(v, dtype=np.float32)


# ---------------------------------------------------------------- tf.math

def test_inverse_trig_values_and_gradients():
    x = tf.constant([0.5, -0.25, 0.875])
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(x)
        ys = {n: getattr(tf.math, n)(x) for n in ("acos", "asin", "atan", "asinh", "atanh", "sinh", "cosh")}
    # TF 2.21: [1.0471976, 1.8234766, 0.5053605] / [0.5235988, -0.25268024, 1.0654359] (Eigen's vectorized
    # acos/asin; ferrograd uses libm and may differ in the last bit)
    np.testing.assert_allclose(ys["acos"].numpy(), f32([1.0471976, 1.8234766, 0.5053605]), rtol=3e-7)
    np.testing.assert_allclose(ys["asin"].numpy(), f32([0.5235988, -0.25268024, 1.0654359]), rtol=3e-7)
    np.testing.assert_allclose(tape.gradient(ys["asin"], x).numpy(), 1 / np.sqrt(1 - x.numpy() ** 2), rtol=1e-6)
    np.testing.assert_allclose(tape.gradient(ys["sinh"], x).numpy(), np.cosh(x.numpy()), rtol=1e-6)
    assert tf.acos is tf.math.acos


def test_unary_rejects_integers():
    with pytest.raises(tf.errors.InvalidArgumentError, match=r"(?s)Value for attr 'T' of int32 .*\[Op:Acos\]"):
        tf.math.acos(tf.constant([1, 2]))


def test_lgamma_digamma_softplus_exact():
    xb = tf.constant([0.5, 1.5, 3.0])
    # TF 2.21 prints [0.5723649, -0.12078223, 0.6931472]; ferrograd uses glibc lgammaf (-0.120782234: 1 ulp)
    np.testing.assert_allclose(tf.math.lgamma(xb).numpy(), f32([0.5723649, -0.12078223, 0.6931472]), rtol=1e-7)
    # TF prints [-1.9635108, 0.03648996, 0.9227842] (numpy's 8-digit array print)
    assert np.array2string(tf.math.digamma(xb).numpy()) == "[-1.9635108   0.03648996  0.9227842 ]"
    v = tf.constant([-20.0, -1.0, 0.0, 1.0, 3.0, 30.0])
    with tf.GradientTape() as tape:
        tape.watch(v)
        y = tf.nn.softplus(v)
    np.testing.assert_array_equal(y.numpy(), f32([2.0611537e-09, 3.1326169e-01, 6.9314718e-01, 1.3132616e+00,
                                                  3.0485873e+00, 3.0000000e+01]))
    np.testing.assert_array_equal(tape.gradient(y, v).numpy(), f32([2.0611537e-09, 2.6894143e-01, 5.0000000e-01,
                                                                    7.3105860e-01, 9.5257413e-01, 1.0000000e+00]))
    np.testing.assert_array_equal(tf.math.log_sigmoid(tf.constant([-1.0, 0.5, 2.0])).numpy(),
                                  f32([-1.3132616, -0.474077, -0.126928]))


def test_xlogy_family_and_no_nan():
    a, b = tf.constant([0.0, 2.0]), tf.constant([0.0, 3.0])
    np.testing.assert_array_equal(tf.math.xlogy(a, b).numpy(), f32([0.0, 2.1972246]))
    np.testing.assert_array_equal(tf.math.xdivy(a, b).numpy(), f32([0.0, 0.6666667]))
    np.testing.assert_array_equal(tf.math.multiply_no_nan(tf.constant([np.inf, 2.0]), b).numpy(), f32([0.0, 6.0]))
    np.testing.assert_array_equal(tf.math.reciprocal_no_nan(tf.constant([0.0, 2.0])).numpy(), f32([0.0, 0.5]))
    np.testing.assert_array_equal(tf.truncatediv(tf.constant([-7, 7]), 2).numpy(), [-3, 3])
    np.testing.assert_array_equal(tf.truncatemod(tf.constant([-7, 7]), 2).numpy(), [-1, 1])


def test_segments():
    data, ids = tf.constant([1.0, 5.0, 3.0, 2.0]), tf.constant([0, 0, 2, 2])
    np.testing.assert_array_equal(tf.math.segment_max(data, ids).numpy(), f32([5.0, 0.0, 3.0]))
    np.testing.assert_array_equal(tf.math.unsorted_segment_max(data, ids, 4).numpy(),
                                  f32([5.0, -3.4028235e38, 3.0, -3.4028235e38]))
    np.testing.assert_array_equal(tf.math.unsorted_segment_min(tf.constant([1, 5, 3, 2]), ids, 4).numpy(),
                                  [1, 2147483647, 2, 2147483647])
    np.testing.assert_array_equal(tf.math.segment_mean(data, ids).numpy(), f32([3.0, 0.0, 2.5]))
    np.testing.assert_array_equal(tf.math.unsorted_segment_sqrt_n(data, ids, 3).numpy(),
                                  f32([4.242641, 0.0, 3.535534]))
    x = tf.constant([1.0, 5.0, 3.0, 2.0, 5.0])
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.math.segment_max(x, tf.constant([0, 0, 2, 2, 2]))
    np.testing.assert_array_equal(tape.gradient(y, x).numpy(), f32([0, 1, 0, 0, 1]))


def test_array_helpers():
    np.testing.assert_array_equal(tf.roll(tf.constant([[1, 2], [3, 4]]), [1, -1], [0, 1]).numpy(), [[4, 3], [2, 1]])
    np.testing.assert_array_equal(tf.searchsorted(tf.constant([1, 3, 5]), tf.constant([0, 3, 6])).numpy(), [0, 1, 3])
    r = tf.unique_with_counts(tf.constant([1, 1, 2, 4, 4, 4, 7, 8, 8]))
    np.testing.assert_array_equal(r.y.numpy(), [1, 2, 4, 7, 8])
    np.testing.assert_array_equal(r.count.numpy(), [2, 1, 3, 1, 2])
    np.testing.assert_array_equal(tf.unravel_index([1, 5, 7], [3, 3]).numpy(), [[0, 1, 2], [1, 2, 1]])
    np.testing.assert_array_equal(
        tf.reverse_sequence(tf.constant([[1, 2, 3, 4], [5, 6, 7, 8]]), [2, 3], seq_axis=1, batch_axis=0).numpy(),
        [[2, 1, 3, 4], [7, 6, 5, 8]])
    np.testing.assert_array_equal(tf.math.cumulative_logsumexp(tf.constant([1.0, 2.0, 3.0])).numpy(),
                                  f32([1.0, 2.3132617, 3.4076061]))
    g, n = tf.clip_by_global_norm([tf.constant([3.0, 4.0]), tf.constant([12.0])], 5.0)
    assert float(n) == 13.0
    np.testing.assert_array_equal(g[0].numpy(), f32([1.1538461, 1.5384616]))


# ---------------------------------------------------------------- control flow / debugging

def test_control_flow_gradients():
    x = tf.Variable(3.0)
    with tf.GradientTape(persistent=True) as tape:
        y = tf.cond(x > 2.0, lambda: x * x, lambda: -x)
        _, acc = tf.while_loop(lambda i, a: i < 4, lambda i, a: (i + 1, a * x), (tf.constant(0), tf.constant(1.0)))
        m = tf.map_fn(lambda v: v * x, tf.constant([1.0, 2.0, 3.0]))
        s = tf.scan(lambda a, v: a * x + v, tf.constant([1.0, 2.0, 3.0]))
    assert float(tape.gradient(y, x)) == 6.0
    assert float(acc) == 81.0 and float(tape.gradient(acc, x)) == 108.0
    assert float(tape.gradient(m, x)) == 6.0
    np.testing.assert_array_equal(s.numpy(), f32([1.0, 5.0, 18.0]))
    assert tf.switch_case(tf.constant(1), [lambda: tf.constant(10), lambda: tf.constant(20)]).numpy() == 20
    assert tf.foldr(lambda a, v: a * 10 + v, tf.constant([1, 2, 3])).numpy() == 321


def test_control_flow_errors():
    with pytest.raises(ValueError, match="not scalars"):
        tf.map_fn(lambda v: v, tf.constant(1.0))
    with pytest.raises(RuntimeError, match="tf.gradients is not supported when eager execution is enabled"):
        tf.gradients(tf.constant(1.0), tf.constant(2.0))
    with pytest.raises(tf.errors.InvalidArgumentError, match=r"input \[3\] is not compatible with expected shape \[2\]"):
        tf.ensure_shape(tf.constant([1.0, 2.0, 3.0]), [2])
    with pytest.raises(ValueError, match=r"contiguous range of \[0 to 2\) but found \{0,3\}"):
        tf.switch_case(tf.constant(0), {0: lambda: 1, 3: lambda: 2})


def test_debugging_asserts():
    with pytest.raises(tf.errors.InvalidArgumentError) as e:
        tf.debugging.assert_equal(tf.constant([1, 2]), tf.constant([1, 3]))
    assert str(e.value).startswith("Condition x == y did not hold.\nIndices of first 1 different values:\n[[1]]")
    assert tf.debugging.assert_equal(tf.constant([1, 2]), tf.constant([1, 2])) is None
    with pytest.raises(ValueError, match=r"Tensor  must have rank 2.  Received rank 1, shape \(2,\)"):
        tf.debugging.assert_rank(tf.constant([1.0, -2.0]), 2)
    with pytest.raises(tf.errors.InvalidArgumentError, match="bad : Tensor had NaN values"):
        tf.debugging.check_numerics(tf.constant([1.0, np.nan]), "bad")
    with pytest.raises(TypeError, match="tensor must be of type tf.int32; got tf.float32"):
        tf.debugging.assert_type(tf.constant([1.0]), tf.int32)


# ---------------------------------------------------------------- nn / linalg

def test_nn_functions():
    x = tf.constant([-1.0, 0.5, 2.0])
    np.testing.assert_array_equal(tf.nn.selu(x).numpy(), f32([-1.1113307, 0.5253505, 2.101402]))
    np.testing.assert_array_equal(tf.nn.gelu(x, approximate=True).numpy(), f32([-0.158808, 0.345714, 1.9545977]))
    np.testing.assert_array_equal(tf.nn.crelu(x).numpy(), f32([0.0, 0.5, 2.0, 1.0, 0.0, 0.0]))
    np.testing.assert_array_equal(tf.nn.softsign(x).numpy(), f32([-0.5, 0.33333334, 0.6666667]))
    np.testing.assert_array_equal(
        tf.nn.weighted_cross_entropy_with_logits(tf.constant([1.0, 0.0]), tf.constant([0.5, -1.0]), 2.0).numpy(),
        f32([0.948154, 0.31326175]))
    np.testing.assert_array_equal(tf.nn.log_poisson_loss(tf.constant([1.0, 2.0]), tf.constant([0.5, -1.0]),
                                                         compute_full_loss=True).numpy(), f32([1.1487212, 3.0196857]))
    img = tf.reshape(tf.range(16.0), [1, 4, 4, 1])
    s2d = tf.nn.space_to_depth(img, 2)
    np.testing.assert_array_equal(s2d.numpy()[0, 0, 0], f32([0, 1, 4, 5]))
    np.testing.assert_array_equal(tf.nn.depth_to_space(s2d, 2).numpy(), img.numpy())


def test_conv2d_transpose_shapes_and_gradient():
    x = tf.reshape(tf.range(2 * 3 * 3 * 2, dtype=tf.float32) / 8.0, [2, 3, 3, 2])
    k = tf.reshape(tf.range(3 * 3 * 4 * 2, dtype=tf.float32) / 16.0, [3, 3, 4, 2])
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.nn.conv2d_transpose(x, k, [2, 6, 6, 4], strides=2, padding="SAME")
        s = tf.reduce_sum(y)  # inside the tape: real TF 2.21 returns None when the sum is taken after exit
    assert y.shape == (2, 6, 6, 4)
    g = tape.gradient(s, x)
    assert g.shape == (2, 3, 3, 2)
    # recorded from real TF 2.21
    np.testing.assert_allclose(g.numpy()[0], f32([[[78.75, 81.0], [78.75, 81.0], [46.5, 48.0]],
                                                  [[78.75, 81.0], [78.75, 81.0], [46.5, 48.0]],
                                                  [[34.5, 36.0], [34.5, 36.0], [19.0, 20.0]]]), rtol=1e-6)
    with pytest.raises(tf.errors.InvalidArgumentError, match="Conv2DCustomBackpropInput"):
        tf.nn.conv2d_transpose(x, k, [2, 7, 7, 4], strides=2, padding="SAME")


def test_linalg_more():
    a = tf.constant([[4.0, 2.0], [2.0, 3.0]])
    with tf.GradientTape() as tape:
        tape.watch(a)
        _, logdet = tf.linalg.slogdet(a)
    np.testing.assert_allclose(tape.gradient(logdet, a).numpy(), np.linalg.inv(a.numpy()).T, rtol=1e-6)
    np.testing.assert_array_equal(tf.linalg.cholesky(a).numpy(), f32([[2.0, 0.0], [1.0, 1.4142135]]))
    np.testing.assert_array_equal(tf.linalg.cross(tf.constant([1.0, 2.0, 3.0]), tf.constant([4.0, 5.0, 6.0])).numpy(),
                                  f32([-3.0, 6.0, -3.0]))
    assert float(tf.linalg.global_norm([tf.constant([3.0, 4.0]), tf.constant([12.0])])) == 13.0


# ---------------------------------------------------------------- keras

def test_keras_layers_more():
    L = tf.keras.layers
    x = tf.ones([2, 3, 3, 2])
    assert L.Conv2DTranspose(3, 3, strides=2, padding="same")(x).shape == (2, 6, 6, 3)
    assert L.Conv2DTranspose(3, 3, strides=2, padding="valid")(x).shape == (2, 7, 7, 3)
    assert L.UpSampling2D((2, 3))(x).shape == (2, 6, 9, 2)
    assert L.ZeroPadding2D(((1, 0), (0, 2)))(x).shape == (2, 4, 5, 2)
    assert L.Cropping2D(((1, 0), (0, 1)))(x).shape == (2, 2, 2, 2)
    np.testing.assert_array_equal(L.RepeatVector(2)(tf.constant([[1.0, 2.0]])).numpy(), [[[1, 2], [1, 2]]])
    a, b = tf.constant([[1.0, 5.0], [3.0, -2.0]]), tf.constant([[2.0, 4.0], [0.0, 1.0]])
    np.testing.assert_array_equal(L.Dot(axes=1)([a, b]).numpy(), [[22.0], [-2.0]])
    np.testing.assert_array_equal(L.subtract([a, b]).numpy(), [[-1.0, 1.0], [3.0, -3.0]])
    np.testing.assert_array_equal(L.ELU(0.5)(tf.constant([-1.0, 2.0])).numpy(), f32([-0.31606027, 2.0]))
    pr = L.PReLU(alpha_initializer=tf.keras.initializers.Constant(0.25))
    np.testing.assert_array_equal(pr(tf.constant([[-1.0, 2.0]])).numpy(), [[-0.25, 2.0]])
    assert pr.weights[0].name == "p_re_lu/alpha:0" or pr.weights[0].name.endswith("/alpha:0")
    with pytest.raises(ValueError, match="Invalid permutation argument"):
        L.Permute((1, 3))


def test_losses_metrics_optimizers():
    y_true = tf.constant([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y_pred = tf.constant([[0.2, 0.7], [0.6, 0.1], [0.9, 0.4]])
    assert tf.keras.losses.Huber()(y_true, y_pred).dtype == tf.float32
    assert tf.keras.losses.get if hasattr(tf.keras.losses, "get") else True
    m = tf.keras.metrics.Precision()
    m.update_state(y_true, y_pred)
    m.update_state(y_true[:2], y_pred[1:], sample_weight=[1.0, 0.5])
    assert abs(float(m.result()) - 0.7777778) < 1e-7
    tp = tf.keras.metrics.TruePositives()
    assert [v.name for v in tp.variables] == ["accumulator:0"]
    w = tf.Variable([[1.0, -2.0], [0.5, 3.0]])
    opt = tf.keras.optimizers.Nadam(0.01)
    for _ in range(2):
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum(tf.square(tf.matmul(tf.constant([[1.0, 2.0]]), w) - 1.0))
        opt.apply_gradients([(tape.gradient(loss, w), w)])
    assert [v.name for v in opt.variables][1].startswith("Nadam/m/")


def _batch_recorder():
    """A compiled model (seed 42) whose train_step records the first feature of each batch it is given."""
    tf.keras.utils.set_random_seed(42)
    seen = []

    class M(tf.keras.Model):
        def __init__(self):
            super().__init__()
            self.d = tf.keras.layers.Dense(1)

        def call(self, x):
            return self.d(x)

        def train_step(self, data):
            seen.append(data[0].numpy()[:, 0].astype(int).tolist())
            return {}

    m = M()
    m.compile("sgd", "mse", run_eagerly=True)
    return m, seen


def test_fit_shuffle_order_matches_tf():
    m, seen = _batch_recorder()
    x = np.arange(7, dtype="float32").reshape(7, 1)
    m.fit(x, x, batch_size=3, epochs=2, verbose=0)
    m.fit(x, x, batch_size=7, epochs=1, verbose=0)
    assert seen == [[1, 2, 4], [6, 0, 3], [5], [3, 6, 5], [4, 1, 0], [2], [1, 2, 4, 6, 0, 3, 5]]


def test_get_config_from_config_and_save(tmp_path):
    d = tf.keras.layers.Dense(4, activation="relu", name="d_cfg")
    c = d.get_config()
    assert c["units"] == 4 and c["activation"] == "relu" and c["kernel_initializer"]["class_name"] == "GlorotUniform"

    class Auto(tf.keras.layers.Layer):
        def __init__(self, units, rate=0.5, **kwargs):
            super().__init__(**kwargs)
            self.units = units

    cfg = Auto(3, rate=0.1, name="auto_named").get_config()
    assert list(cfg) == ["name", "trainable", "dtype", "rate", "units"]
    inp = tf.keras.Input(shape=(3,))
    model = tf.keras.Model(inp, tf.keras.layers.Dense(2)(inp))
    model.compile("adam", "mse")
    model.fit(np.ones((4, 3), "float32"), np.ones((4, 2), "float32"), verbose=0)
    p = str(tmp_path / "m.keras")
    model.save(p)
    loaded = tf.keras.models.load_model(p)
    np.testing.assert_array_equal(loaded.predict(np.ones((1, 3), "float32"), verbose=0),
                                  model.predict(np.ones((1, 3), "float32"), verbose=0))
    loaded.fit(np.ones((4, 3), "float32"), np.ones((4, 2), "float32"), verbose=0)  # optimizer state remapped
    rebuilt = tf.keras.Model.from_config(model.get_config())
    assert [l.name for l in rebuilt.layers] == [l.name for l in model.layers]


def test_dataset_more():
    ds = tf.data.Dataset.range(10)
    assert int(ds.reduce(tf.constant(0, tf.int64), lambda s, x: s + x)) == 45
    assert list(tf.data.Dataset.range(1, 4).interleave(lambda x: tf.data.Dataset.from_tensors(x).repeat(3),
                                                       cycle_length=2, block_length=2).as_numpy_iterator()) == \
        [1, 1, 2, 2, 1, 2, 3, 3, 3]
    b = next(iter(tf.data.Dataset.range(1, 6).map(lambda x: tf.fill([x], x)).padded_batch(2)))
    np.testing.assert_array_equal(b.numpy(), [[1, 0], [2, 2]])
    with pytest.raises(tf.errors.InvalidArgumentError, match="Dataset had more than one element"):
        tf.data.Dataset.range(3).get_single_element()


def test_variable_scatter_and_tensorshape():
    v = tf.Variable([1.0, 2.0, 3.0, 4.0])
    r = v.scatter_nd_update([[1], [3]], [10.0, 20.0])
    assert "UnreadVariable" in repr(r)
    np.testing.assert_array_equal(v.numpy(), f32([1, 10, 3, 20]))
    v.scatter_add(tf.IndexedSlices(tf.constant([100.0]), tf.constant([1]), tf.constant([4])))
    np.testing.assert_array_equal(v.numpy(), f32([1, 110, 3, 20]))
    s = tf.TensorShape([2, None])
    assert s.merge_with([None, 3]) == tf.TensorShape([2, 3])
    with pytest.raises(ValueError, match=r"Shapes \(2, None\) and \(3, 3\) are not compatible"):
        s.merge_with([3, 3])
    with pytest.raises(ValueError, match=r"Shape \(2, None\) is not fully defined"):
        s.assert_is_fully_defined()


def test_no_numpy_at_import():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "import sys, ferrograd.tensorflow; print('numpy' in sys.modules)"],
                         capture_output=True, text=True)
    assert out.stdout.strip() == "False"


def test_string_tensors_ragged_sparse():
    s = tf.constant("Gray wolf")
    assert str(s) == "tf.Tensor(b'Gray wolf', shape=(), dtype=string)"
    t = tf.constant(["Gray wolf", "Quick brown fox", "Lazy dog"])
    assert repr(t) == ("<tf.Tensor: shape=(3,), dtype=string, numpy=array([b'Gray wolf', b'Quick brown fox', "
                       "b'Lazy dog'], dtype=object)>")
    assert str(tf.strings.split(t)) == \
        "<tf.RaggedTensor [[b'Gray', b'wolf'], [b'Quick', b'brown', b'fox'], [b'Lazy', b'dog']]>"
    assert str(tf.strings.to_number(tf.strings.split(tf.constant("1 10 100"), " "))) == \
        "tf.Tensor([  1.  10. 100.], shape=(3,), dtype=float32)"
    assert str(tf.strings.unicode_decode(tf.constant("アヒル 🦆"), "UTF-8")) == \
        "tf.Tensor([ 12450  12498  12523     32 129414], shape=(5,), dtype=int32)"
    assert str(s.dtype) == "<dtype: 'string'>" and s.numpy() == b"Gray wolf"
    r = tf.ragged.constant([[0, 1, 2, 3], [4, 5], [6, 7, 8], [9]])
    assert str(r) == "<tf.RaggedTensor [[0, 1, 2, 3], [4, 5], [6, 7, 8], [9]]>" and str(r.shape) == "(4, None)"
    sp = tf.sparse.SparseTensor(indices=[[0, 0], [1, 2]], values=[1, 2], dense_shape=[3, 4])
    np.testing.assert_array_equal(tf.sparse.to_dense(sp).numpy(), [[1, 0, 0, 0], [0, 0, 2, 0], [0, 0, 0, 0]])
    with pytest.raises(tf.errors.InvalidArgumentError, match="StringToNumberOp could not correctly convert string: abc"):
        tf.strings.to_number(tf.constant("abc"))
    with pytest.raises(ValueError):
        tf.constant(["a", 1])


def test_function_trace_placeholders(capsys):
    @tf.function
    def double(a):
        print("Tracing with", a)
        return a + a

    double(tf.constant(1))
    double(tf.constant(2))
    double(tf.constant("a"))

    @tf.function(input_signature=(tf.TensorSpec(shape=[None], dtype=tf.int32),))
    def f(x):
        print("sig", x)
        return x

    f(tf.constant([1, 2]))
    v = tf.Variable(1.0)

    @tf.function
    def g(var):
        print(var)
        return var + 1

    g(v)
    out = capsys.readouterr().out.splitlines()
    assert out == ['Tracing with Tensor("a:0", shape=(), dtype=int32)',
                   'Tracing with Tensor("a:0", shape=(), dtype=string)',
                   'sig Tensor("x:0", shape=(None,), dtype=int32)',
                   "<tf.Variable 'Variable:0' shape=() dtype=float32>"]
    assert "numpy=1.0" in repr(v)  # outside a trace the value is shown again


def test_callbacks_more(tmp_path):
    tf.keras.utils.set_random_seed(5)
    x = np.random.RandomState(2).rand(40, 4).astype("float32")
    y = (x.sum(axis=1, keepdims=True) > 2).astype("float32")
    model = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="sigmoid", input_shape=(4,))])
    model.compile(optimizer=tf.keras.optimizers.SGD(0.05), loss="binary_crossentropy")
    csv_path = str(tmp_path / "log.csv")
    cbs = [tf.keras.callbacks.ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1, min_delta=0.5),
           tf.keras.callbacks.CSVLogger(csv_path)]
    h = model.fit(x, y, epochs=3, batch_size=10, callbacks=cbs, verbose=0)
    assert [float(v) for v in h.history["lr"]] == [np.float32(0.05), np.float32(0.05), np.float32(0.025)]
    with open(csv_path) as f:
        assert f.readline().strip() == "epoch,loss,lr,val_loss,val_lr"  # tf-keras adds val_ keys
    bad = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=(4,), kernel_initializer="ones")])
    bad.compile(optimizer=tf.keras.optimizers.SGD(1e30), loss="mse")
    with np.errstate(all="ignore"):
        h2 = bad.fit(x * 1e20, y, epochs=3, batch_size=10, callbacks=[tf.keras.callbacks.TerminateOnNaN()],
                     verbose=0)
    assert len(h2.history["loss"]) == 1
    with pytest.raises(ValueError, match="does not support a factor >= 1.0"):
        tf.keras.callbacks.ReduceLROnPlateau(factor=1.5)


# Values observed from TF 2.21 on this machine (Eigen's AVX kernels: polynomial acos/asin/atan/atanh, fast erf /
# erfc, RCPPS/RSQRTPS + Newton reciprocal / rsqrt in packets of 8, exact scalar tail).
_TRIG_IDX = [3, 100, 517, 999, 1500, 1995, 1999, 2000]
_TF_TRIG = {
    'acos': [float.fromhex('0x1.86acf60000000p+1'), float.fromhex('0x1.5820f40000000p+1'), float.fromhex('0x1.0983680000000p+1'), float.fromhex('0x1.92612c0000000p+0'), float.fromhex('0x1.0c3af80000000p+0'), float.fromhex('0x1.c0bb180000000p-4'), float.fromhex('0x1.0308960000000p-4'), float.fromhex('0x1.6e62b40000000p-5')],
    'asin': [float.fromhex('-0x1.7b3a380000000p+0'), float.fromhex('-0x1.1e22320000000p+0'), float.fromhex('-0x1.01ce2e0000000p-1'), float.fromhex('-0x1.05e1c60000000p-10'), float.fromhex('0x1.0bc9780000000p-1'), float.fromhex('0x1.7614040000000p+0'), float.fromhex('0x1.81ef2c0000000p+0'), float.fromhex('0x1.86aca00000000p+0')],
    'atan': [float.fromhex('-0x1.91193a0000000p-1'), float.fromhex('-0x1.76f2580000000p-1'), float.fromhex('-0x1.cc5a680000000p-2'), float.fromhex('-0x1.05e1bc0000000p-10'), float.fromhex('0x1.da5d920000000p-2'), float.fromhex('0x1.9095a40000000p-1'), float.fromhex('0x1.919c920000000p-1'), float.fromhex('0x1.91de240000000p-1')],
    'atanh': [float.fromhex('-0x1.8da78a0000000p+1'), float.fromhex('-0x1.77ae420000000p+0'), float.fromhex('-0x1.0d71f20000000p-1'), float.fromhex('-0x1.05e1c80000000p-10'), float.fromhex('0x1.18e74e0000000p-1'), float.fromhex('0x1.73a58a0000000p+1'), float.fromhex('0x1.ba104e0000000p+1'), float.fromhex('0x1.e66d340000000p+1')],
}
_ERF_IDX = [0, 500, 700, 1000, 1234, 1600, 1999]
_TF_ERF = [float.fromhex('-0x1.0000000000000p+0'), float.fromhex('-0x1.ff40480000000p-1'), float.fromhex('-0x1.e334ce0000000p-1'), float.fromhex('0x0.0p+0'), float.fromhex('0x1.ba24180000000p-1'), float.fromhex('0x1.ffee640000000p-1'), float.fromhex('0x1.0000000000000p+0')]
_TF_ERFC = [float.fromhex('0x1.0000000000000p+1'), float.fromhex('0x1.ffa0240000000p+0'), float.fromhex('0x1.f19a660000000p+0'), float.fromhex('0x1.0000000000000p+0'), float.fromhex('0x1.176faa0000000p-3'), float.fromhex('0x1.19b7520000000p-13'), float.fromhex('0x1.c2a7920000000p-33')]
_TF_RSQRT16 = [float.fromhex('0x1.52a7fa0000000p+1'), float.fromhex('0x1.deeea00000000p+0'), float.fromhex('0x1.870be40000000p+0'), float.fromhex('0x1.52a7fa0000000p+0'), float.fromhex('0x1.2ee73c0000000p+0'), float.fromhex('0x1.1482f60000000p+0'), float.fromhex('0x1.0000000000000p+0'), float.fromhex('0x1.deeea00000000p-1'), float.fromhex('0x1.c38aa40000000p-1'), float.fromhex('0x1.ac5eb40000000p-1'), float.fromhex('0x1.986f4a0000000p-1'), float.fromhex('0x1.870be40000000p-1'), float.fromhex('0x1.77b48c0000000p-1'), float.fromhex('0x1.6a09e60000000p-1'), float.fromhex('0x1.5dc3380000000p-1'), float.fromhex('0x1.52a7fa0000000p-1')]
_TF_RECIP16 = [float.fromhex('0x1.c000000000000p+2'), float.fromhex('0x1.c000000000000p+1'), float.fromhex('0x1.2aaaaa0000000p+1'), float.fromhex('0x1.c000000000000p+0'), float.fromhex('0x1.6666660000000p+0'), float.fromhex('0x1.2aaaaa0000000p+0'), float.fromhex('0x1.fffffe0000000p-1'), float.fromhex('0x1.c000000000000p-1'), float.fromhex('0x1.8e38e40000000p-1'), float.fromhex('0x1.6666660000000p-1'), float.fromhex('0x1.45d1740000000p-1'), float.fromhex('0x1.2aaaaa0000000p-1'), float.fromhex('0x1.13b13c0000000p-1'), float.fromhex('0x1.fffffe0000000p-2'), float.fromhex('0x1.ddddde0000000p-2'), float.fromhex('0x1.c000000000000p-2')]


def _recorded_cpu():
    try:
        with open("/proc/cpuinfo") as f:
            return "AuthenticAMD" in f.read()
    except OSError:
        return False


def test_eigen_vectorized_kernels_bit_exact():
    x = tf.constant(np.linspace(-0.999, 0.999, 2001).astype(np.float32))
    for n, want in _TF_TRIG.items():
        got = getattr(tf.math, n)(x).numpy()[_TRIG_IDX]
        np.testing.assert_array_equal(got, f32(want), err_msg=n)
    xe = tf.constant(np.linspace(-4.5, 4.5, 2001).astype(np.float32))
    np.testing.assert_array_equal(tf.math.erf(xe).numpy()[_ERF_IDX], f32(_TF_ERF))
    if _recorded_cpu():  # RCPPS / RSQRTPS estimates are CPU-family specific (recorded on AMD EPYC)
        np.testing.assert_array_equal(tf.math.erfc(xe).numpy()[_ERF_IDX], f32(_TF_ERFC))
        xr = tf.constant(np.arange(1, 4001, dtype=np.float32) / 7)
        np.testing.assert_array_equal(tf.math.rsqrt(xr).numpy()[:16], f32(_TF_RSQRT16))
        np.testing.assert_array_equal(tf.math.reciprocal(xr).numpy()[:16], f32(_TF_RECIP16))
    assert float(tf.math.reciprocal(tf.constant(4.0))) == 0.25  # scalar path: exact
    v = tf.constant(np.arange(1, 17, dtype=np.float32))
    with tf.GradientTape() as tape:
        tape.watch(v)
        y = tf.math.rsqrt(v)
    g = tape.gradient(y, v).numpy()
    yy = y.numpy()
    np.testing.assert_array_equal(g, (np.float32(1) * yy) * np.float32(-0.5) * (yy * yy))



_TF_LOG_GRAD16 = [float.fromhex('0x1.c000000000000p+2'), float.fromhex('0x1.c000000000000p+1'), float.fromhex('0x1.2aaaaa0000000p+1'), float.fromhex('0x1.c000000000000p+0'), float.fromhex('0x1.6666660000000p+0'), float.fromhex('0x1.2aaaaa0000000p+0'), float.fromhex('0x1.fffffe0000000p-1'), float.fromhex('0x1.c000000000000p-1'), float.fromhex('0x1.8e38e40000000p-1'), float.fromhex('0x1.6666660000000p-1'), float.fromhex('0x1.45d1740000000p-1'), float.fromhex('0x1.2aaaaa0000000p-1'), float.fromhex('0x1.13b13c0000000p-1'), float.fromhex('0x1.fffffe0000000p-2'), float.fromhex('0x1.ddddde0000000p-2'), float.fromhex('0x1.c000000000000p-2')]
_TF_LOG1P_GRAD16 = [float.fromhex('0x1.c000000000000p-1'), float.fromhex('0x1.8e38e40000000p-1'), float.fromhex('0x1.6666660000000p-1'), float.fromhex('0x1.45d1740000000p-1'), float.fromhex('0x1.2aaaaa0000000p-1'), float.fromhex('0x1.13b13a0000000p-1'), float.fromhex('0x1.fffffe0000000p-2'), float.fromhex('0x1.ddddde0000000p-2'), float.fromhex('0x1.c000020000000p-2'), float.fromhex('0x1.a5a5a40000000p-2'), float.fromhex('0x1.8e38e40000000p-2'), float.fromhex('0x1.79435c0000000p-2'), float.fromhex('0x1.6666660000000p-2'), float.fromhex('0x1.5555560000000p-2'), float.fromhex('0x1.45d1740000000p-2'), float.fromhex('0x1.37a6f40000000p-2')]


def test_log_gradients_use_tf_fast_reciprocal():
    # TF's _LogGrad / _Log1pGrad multiply by Reciprocal (fast-math packets) for >= 8 elements
    x = tf.constant(np.arange(1, 41, dtype=np.float32) / 7)
    with tf.GradientTape(persistent=True) as t:
        t.watch(x)
        y = tf.math.log(x)
        z = tf.math.log1p(x)
    if _recorded_cpu():
        np.testing.assert_array_equal(t.gradient(y, x).numpy()[:16], f32(_TF_LOG_GRAD16))
        np.testing.assert_array_equal(t.gradient(z, x).numpy()[:16], f32(_TF_LOG1P_GRAD16))
    with tf.GradientTape() as t2:
        t2.watch(x)
        with tf.GradientTape() as t1:
            t1.watch(x)
            y = tf.reduce_sum(tf.math.log(x))
        g = t1.gradient(y, x)
    np.testing.assert_allclose(t2.gradient(g, x).numpy(), -1 / x.numpy() ** 2, rtol=1e-5)



def test_keras_utils_more():
    data = np.arange(20, dtype="float64").reshape(10, 2)
    ds = tf.keras.utils.timeseries_dataset_from_array(data, np.arange(10) * 10, sequence_length=3,
                                                      sequence_stride=2, batch_size=2)
    batches = [(x.numpy().tolist(), y.numpy().tolist()) for x, y in ds]
    assert batches[0] == ([[[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]], [[4.0, 5.0], [6.0, 7.0], [8.0, 9.0]]], [0, 20])
    assert len(batches) == 2
    assert tf.keras.utils.unpack_x_y_sample_weight((1, 2)) == (1, 2, None)
    np.testing.assert_allclose(tf.keras.utils.normalize(np.array([[3.0, 4.0]])), [[0.6, 0.8]])

    @tf.keras.utils.register_keras_serializable(package="T")
    class Sc(tf.keras.layers.Layer):
        def __init__(self, factor=2.0, **kwargs):
            super().__init__(**kwargs)
            self.factor = factor

        def get_config(self):
            c = super().get_config()
            c["factor"] = self.factor
            return c

    assert tf.keras.utils.get_registered_name(Sc) == "T>Sc"
    obj = tf.keras.utils.deserialize_keras_object(tf.keras.utils.serialize_keras_object(Sc(3.0, name="sc_t")))
    assert type(obj) is Sc and obj.factor == 3.0 and obj.name == "sc_t"


def test_model_api_more():
    class M(tf.keras.Model):
        def predict_step(self, data):
            return self(data, training=False) * 10.0

    inp = tf.keras.Input(shape=(3,))
    m = M(inp, tf.keras.layers.Dense(1, kernel_initializer="ones")(inp))
    m.compile(optimizer="sgd", loss="mse", metrics=["mae"])
    np.testing.assert_array_equal(m.predict(np.ones((2, 3), "float32"), verbose=0), [[30.0], [30.0]])
    r = m.compute_metrics(None, tf.ones([2, 1]), tf.zeros([2, 1]), None)
    assert float(r["mae"]) == 1.0
    assert m.run_eagerly is False
    m.run_eagerly = True
    assert m.run_eagerly is True
    assert tf.keras.layers.Dense(4).compute_output_shape((None, 3)) == tf.TensorShape([None, 4])


def test_dataset_shuffle_order_matches_tf():
    tf.random.set_seed(42)
    ds = tf.data.Dataset.range(10).shuffle(4, seed=7)
    assert [int(v) for v in ds] == [1, 0, 2, 5, 4, 6, 3, 7, 8, 9]
    assert [int(v) for v in ds] == [0, 4, 5, 2, 3, 8, 1, 6, 7, 9]  # reshuffled per iteration
    ds2 = tf.data.Dataset.range(10).shuffle(10, seed=7, reshuffle_each_iteration=False)
    assert [int(v) for v in ds2] == [6, 0, 7, 3, 4, 8, 2, 1, 5, 9] == [int(v) for v in ds2]
    assert [int(v) for v in tf.data.Dataset.range(6).shuffle(6, seed=3)] == [4, 0, 3, 1, 2, 5]

    m, seen = _batch_recorder()
    x = np.arange(8, dtype="float32").reshape(8, 1)
    d = tf.data.Dataset.from_tensor_slices((x, x)).shuffle(8, seed=5).batch(8)
    m.fit(d, epochs=3, verbose=0)
    assert seen == [[1, 4, 6, 3, 0, 5, 2, 7], [3, 6, 1, 0, 2, 4, 5, 7], [4, 7, 2, 3, 1, 6, 5, 0]]


def test_clear_session_resets_names_and_kernels():
    tf.random.set_seed(1)
    a = tf.random.normal([2], seed=5)
    tf.keras.layers.Dense(2)
    tf.keras.backend.clear_session()
    b = tf.random.normal([2], seed=5)
    np.testing.assert_array_equal(a.numpy(), b.numpy())
    assert tf.keras.layers.Dense(2).name == "dense"
    assert tf.keras.Sequential([tf.keras.layers.Dense(1)]).name == "sequential"
    assert tf.keras.metrics.Precision().name == "precision"


def test_concrete_functions(capsys):
    @tf.function
    def double(a):
        print("Tracing with", a)
        return a + a

    cf = double.get_concrete_function(tf.constant("a"))
    assert str(cf(tf.constant("b"))) == "tf.Tensor(b'bb', shape=(), dtype=string)"
    double.get_concrete_function(tf.TensorSpec(shape=[], dtype=tf.string))  # no retrace
    f32 = double.get_concrete_function(tf.TensorSpec(shape=[None], dtype=tf.float32))
    double(tf.constant([1.0, 2.0, 3.0]))  # covered by the [None] trace
    out = capsys.readouterr().out.splitlines()
    assert out == ['Tracing with Tensor("a:0", shape=(), dtype=string)',
                   'Tracing with Tensor("a:0", shape=(None,), dtype=float32)']
    assert str(f32).splitlines()[1] == "  a (POSITIONAL_OR_KEYWORD): TensorSpec(shape=(None,), dtype=tf.float32, name=None)"
    assert repr(cf.structured_outputs) == "<tf.Tensor 'Identity:0' shape=() dtype=string>"  # real TF 2.21
    assert str(cf.structured_outputs) == 'Tensor("Identity:0", shape=(), dtype=string)'
    assert double.experimental_get_tracing_count() == 2
    with pytest.raises(tf.errors.InvalidArgumentError):
        cf(tf.constant(1))


# ---------------------------------------------------------------- review fixes (s4 review); values and
# messages recorded from real TF 2.21 + tf-keras 2.21 (TF_USE_LEGACY_KERAS=1)

def _functional_net():
    inp = tf.keras.Input((4,), name="x")
    h = tf.keras.layers.Dense(3, activation="relu", name="d1")(inp)
    out = tf.keras.layers.Dense(2, name="d2")(h)
    return tf.keras.Model(inp, out, name="net")


def test_clone_model_and_model_from_json_functional():
    m = _functional_net()
    c = tf.keras.models.clone_model(m)
    assert c.name == "net" and [l.name for l in c.layers] == ["x", "d1", "d2"]
    assert [tuple(w.shape) for w in c.weights] == [(4, 3), (3,), (3, 2), (2,)]
    assert c.layers[1] is not m.layers[1] and c.layers[1].activation.__name__ == "relu"
    c.set_weights(m.get_weights())
    x = np.ones((2, 4), np.float32)
    np.testing.assert_allclose(c(x).numpy(), m(x).numpy())
    j = tf.keras.models.model_from_json(m.to_json())
    assert j.name == "net" and [l.name for l in j.layers] == ["x", "d1", "d2"]
    assert j.output_shape == (None, 2) and j.input_shape == (None, 4)
    a, b = tf.keras.Input((3,)), tf.keras.Input((3,))
    m2 = tf.keras.Model([a, b], tf.keras.layers.Add()([a, tf.keras.layers.Dense(3)(b)]))
    for r in (tf.keras.models.clone_model(m2), tf.keras.models.model_from_json(m2.to_json())):
        assert (len(r.layers), len(r.inputs), r.output_shape) == (4, 2, (None, 3))


def test_functional_model_class():
    tf.keras.backend.clear_session()
    i = tf.keras.Input((2,))
    m = tf.keras.Model(i, tf.keras.layers.Dense(1)(i))
    m2 = tf.keras.Model(inputs=i, outputs=tf.keras.layers.Dense(1)(i))
    assert (type(m).__name__, m.name, type(m2).__name__, m2.name) == ("Functional", "model", "Functional", "model_1")
    assert isinstance(m, tf.keras.Model) and repr(m).startswith("<tf_keras.src.engine.functional.Functional object")
    assert type(tf.keras.models.clone_model(m)).__name__ == "Functional"
    assert type(tf.keras.Model.from_config(m.get_config())).__name__ == "Functional"
    assert type(tf.keras.Sequential()).__name__ == "Sequential"
    assert not hasattr(tf.keras.models, "Functional") and not hasattr(tf.keras, "Functional")


def test_inside_function_and_executing_eagerly():
    seen = []

    @tf.function
    def f(x):
        seen.append((tf.inside_function(), tf.executing_eagerly()))
        if tf.executing_eagerly():
            return x + 100
        return x + 1

    assert f(tf.constant(1.0)).numpy() == 2.0 and f(tf.constant(2.0)).numpy() == 3.0
    assert seen[0] == (True, False)
    assert (tf.inside_function(), tf.executing_eagerly()) == (False, True)

    @tf.function
    def g(x):
        return tf.constant(tf.inside_function())

    assert bool(g(tf.constant(1)).numpy()) and bool(g(tf.constant(2)).numpy())


def test_expm_value_and_gradient():
    A = tf.Variable([[0.1, 0.5, -0.2], [0.3, -0.4, 0.2], [0.0, 0.7, 0.25]])
    W = tf.constant([[1.0, 2.0, 0.5], [-1.0, 0.3, 0.2], [0.4, 0.1, -0.6]])
    with tf.GradientTape() as t:
        y = tf.reduce_sum(tf.linalg.expm(A) * W)
    np.testing.assert_allclose(y.numpy(), 1.1373196, rtol=1e-6)
    np.testing.assert_allclose(t.gradient(y, A).numpy(), f32(
        [[1.412932276725769, 2.0855045318603516, 1.3908785581588745],
         [-0.4553997814655304, 0.5475117564201355, 0.2651475965976715],
         [0.36623823642730713, -0.06862335652112961, -0.8231247663497925]]), rtol=2e-6, atol=1e-7)
    B = tf.constant([[[1.0, 2.0], [0.0, 1.5]], [[0.0, 3.0], [-3.0, 0.0]]])
    np.testing.assert_allclose(tf.linalg.expm(B).numpy(), f32(
        [[[2.7182817459106445, 7.053630352020264], [0.0, 4.481689453125]],
         [[-0.9899925589561462, 0.14112001657485962], [-0.14112001657485962, -0.9899924993515015]]]), rtol=1e-6)
    with pytest.raises(ValueError, match=r"^tf.linalg.expm does not support matrices of type <dtype: 'int32'>$"):
        tf.linalg.expm(tf.constant([[1, 2], [3, 4]]))


def test_symbolic_tensor_repr_during_tracing():
    out = []

    @tf.function
    def f(a):
        out.append((str(a), repr(a), repr([a])))
        return a

    f(tf.constant([1.0, 2.0]))
    assert out[0] == ('Tensor("a:0", shape=(2,), dtype=float32)', "<tf.Tensor 'a:0' shape=(2,) dtype=float32>",
                      "[<tf.Tensor 'a:0' shape=(2,) dtype=float32>]")

    @tf.function
    def two(a):
        return a, a * 2

    cf = two.get_concrete_function(tf.TensorSpec([None, 3], tf.float32))
    assert repr(cf.structured_outputs) == ("(<tf.Tensor 'Identity:0' shape=(None, 3) dtype=float32>, "
                                           "<tf.Tensor 'Identity_1:0' shape=(None, 3) dtype=float32>)")


def test_names_tf_lacks():
    assert not hasattr(tf.math, "truncatediv") and not hasattr(tf.math, "truncatemod")
    assert hasattr(tf, "truncatediv") and hasattr(tf, "truncatemod")
    assert not hasattr(tf, "UniqueWithCounts")
    assert not hasattr(tf.keras.metrics, "categorical_hinge")
    assert hasattr(tf.keras.losses, "categorical_hinge") and hasattr(tf.keras.metrics, "CategoricalHinge")
    assert [hasattr(tf.keras.metrics, n) for n in ("hinge", "squared_hinge", "log_cosh", "kld", "msle", "huber",
                                                   "cosine_similarity")] == [True] * 5 + [False] * 2


def test_segment_negative_and_multidim_ids():
    x = tf.Variable([[1., 2.], [3., 4.]])
    with tf.GradientTape() as t:
        y = tf.math.unsorted_segment_sum(x, [[0, 1], [1, -1]], 2)
        s = tf.reduce_sum(y * tf.constant([1., 2.]))
    np.testing.assert_array_equal(y.numpy(), f32([1, 5]))
    np.testing.assert_array_equal(t.gradient(s, x).numpy(), f32([[1, 2], [2, 0]]))
    np.testing.assert_array_equal(tf.math.unsorted_segment_sum(tf.ones((3,)), [0, -1, 1], 2).numpy(), f32([1, 1]))
    d = tf.constant([[1., 2.], [3., 4.], [5., 6.]])
    np.testing.assert_array_equal(tf.math.unsorted_segment_mean(d, [0, -1, 0], 2).numpy(), f32([[3, 4], [0, 0]]))
    np.testing.assert_allclose(tf.math.unsorted_segment_sqrt_n(d, [0, -1, 0], 2).numpy(),
                               f32([[4.242641, 5.656854], [0, 0]]), rtol=1e-6)
    np.testing.assert_array_equal(tf.math.unsorted_segment_mean(tf.ones((2, 2, 3)), [[0, 1], [1, 1]], 3).numpy(),
                                  f32([[1, 1, 1], [1, 1, 1], [0, 0, 0]]))


def test_unravel_index_negative_like_tf():
    assert tf.unravel_index([-1, -4, -7, 5, 0], [2, 3]).numpy().tolist() == [[0, -1, 0, 1, 0], [-1, -1, -1, 2, 0]]
    assert tf.unravel_index(-1, [2, 3]).numpy().tolist() == [0, -1]


_TF_ERRORS = [
    ('unravel 2-D', lambda: tf.unravel_index(tf.constant([[1, 4], [5, 2]]), [2, 3]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__UnravelIndex_device_/job:localhost/replica:0/task:0/'
     'device:CPU:0}} The indices can only be scalar or vector, got "[2,2]" [Op:UnravelIndex]'),
    ('strings.split int', lambda: tf.strings.split(tf.constant([1, 2])), ValueError,
     "input: Tensor conversion requested dtype string for Tensor with dtype int32: <tf.Tensor: shape=(2,), "
     "dtype=int32, numpy=array([1, 2], dtype=int32)>"),
    ('xlogy shape', lambda: tf.math.xlogy(tf.ones((2,3)), tf.ones((4,))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__Xlogy_device_/job:localhost/replica:0/task:0/device:CPU:0}} Incompatible shapes: [2,3] vs. [4] [Op:Xlogy] name: '),
    ('xlogy dtype', lambda: tf.math.xlogy(tf.ones((2,)), tf.ones((2,), tf.float64)),
     tf.errors.InvalidArgumentError, 'cannot compute Xlogy as input #1(zero-based) was expected to be a float tensor but is a double tensor [Op:Xlogy] name: '),
    ('xlogy int', lambda: tf.math.xlogy(tf.constant([1, 2]), tf.constant([1, 2])),
     tf.errors.InvalidArgumentError, "Value for attr 'T' of int32 is not in the list of allowed values: half, bfloat16, float, double, complex64, complex128\n\t; NodeDef: {{node Xlogy}}; Op<name=Xlogy; signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]> [Op:Xlogy] name: "),
    ('xlog1py shape', lambda: tf.math.xlog1py(tf.ones((2,3)), tf.ones((4,))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__Xlog1py_device_/job:localhost/replica:0/task:0/device:CPU:0}} Incompatible shapes: [2,3] vs. [4] [Op:Xlog1py] name: '),
    ('xdivy shape', lambda: tf.math.xdivy(tf.ones((2,3)), tf.ones((4,))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__Xdivy_device_/job:localhost/replica:0/task:0/device:CPU:0}} Incompatible shapes: [2,3] vs. [4] [Op:Xdivy] name: '),
    ('xdivy dtype', lambda: tf.math.xdivy(tf.ones((2,)), tf.ones((2,), tf.float64)),
     tf.errors.InvalidArgumentError, 'cannot compute Xdivy as input #1(zero-based) was expected to be a float tensor but is a double tensor [Op:Xdivy] name: '),
    ('unsorted_segment_mean bad ids', lambda: tf.math.unsorted_segment_mean(tf.ones((3,2)), [0, 1], 2),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__UnsortedSegmentSum_device_/job:localhost/replica:0/task:0/device:CPU:0}} data.shape = [3,2] does not start with segment_ids.shape = [2] [Op:UnsortedSegmentSum] name: '),
    ('usm max len', lambda: tf.math.unsorted_segment_max(tf.ones((3,2)), [0, 1], 2),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__UnsortedSegmentMax_device_/job:localhost/replica:0/task:0/device:CPU:0}} data.shape = [3,2] does not start with segment_ids.shape = [2] [Op:UnsortedSegmentMax]'),
    ('usm prod len', lambda: tf.math.unsorted_segment_prod(tf.ones((3,2)), [0, 1], 2),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__UnsortedSegmentProd_device_/job:localhost/replica:0/task:0/device:CPU:0}} data.shape = [3,2] does not start with segment_ids.shape = [2] [Op:UnsortedSegmentProd]'),
    ('usm sqrt len', lambda: tf.math.unsorted_segment_sqrt_n(tf.ones((3,2)), [0, 1], 2),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__UnsortedSegmentSum_device_/job:localhost/replica:0/task:0/device:CPU:0}} data.shape = [3,2] does not start with segment_ids.shape = [2] [Op:UnsortedSegmentSum] name: '),
    ('usm min len', lambda: tf.math.unsorted_segment_min(tf.ones((3,2)), [0, 1], 2),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__UnsortedSegmentMin_device_/job:localhost/replica:0/task:0/device:CPU:0}} data.shape = [3,2] does not start with segment_ids.shape = [2] [Op:UnsortedSegmentMin]'),
    ('usm mean oob', lambda: tf.math.unsorted_segment_mean(tf.ones((3,)), [0, 1, 5], 2),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__UnsortedSegmentSum_device_/job:localhost/replica:0/task:0/device:CPU:0}} segment_ids[2] = 5 is out of range [0, 2) [Op:UnsortedSegmentSum] name: '),
    ('segment_max unsorted', lambda: tf.math.segment_max(tf.ones((3,)), [1, 0, 0]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__SegmentMax_device_/job:localhost/replica:0/task:0/device:CPU:0}} segment ids are not increasing [Op:SegmentMax]'),
    ('segment_mean unsorted', lambda: tf.math.segment_mean(tf.ones((3,)), [1, 0, 0]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__SegmentMean_device_/job:localhost/replica:0/task:0/device:CPU:0}} segment ids are not increasing [Op:SegmentMean]'),
    ('segment_min unsorted', lambda: tf.math.segment_min(tf.ones((3,)), [1, 0, 0]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__SegmentMin_device_/job:localhost/replica:0/task:0/device:CPU:0}} segment ids are not increasing [Op:SegmentMin]'),
    ('segment_prod unsorted', lambda: tf.math.segment_prod(tf.ones((3,)), [1, 0, 0]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__SegmentProd_device_/job:localhost/replica:0/task:0/device:CPU:0}} segment ids are not increasing [Op:SegmentProd]'),
    ('segment_sum unsorted', lambda: tf.math.segment_sum(tf.ones((3,)), [1, 0, 0]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__SegmentSum_device_/job:localhost/replica:0/task:0/device:CPU:0}} segment ids are not increasing [Op:SegmentSum]'),
    ('segment_max neg', lambda: tf.math.segment_max(tf.ones((3,)), [-1, 0, 0]),
     tf.errors.InvalidArgumentError, "{{function_node __wrapped__SegmentMax_device_/job:localhost/replica:0/task:0/device:CPU:0}} Segment id -1 out of range [0, 1), possibly because 'segment_ids' input is not sorted. [Op:SegmentMax]"),
    ('segment_max len', lambda: tf.math.segment_max(tf.ones((3,)), [0, 0]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__SegmentMax_device_/job:localhost/replica:0/task:0/device:CPU:0}} segment_ids should be the same size as dimension 0 of input. [Op:SegmentMax]'),
    ('cumulative_logsumexp int', lambda: tf.math.cumulative_logsumexp(tf.constant([1, 2])),
     tf.errors.InvalidArgumentError, "Value for attr 'T' of int32 is not in the list of allowed values: bfloat16, half, float, double\n\t; NodeDef: {{node CumulativeLogsumexp}}; Op<name=CumulativeLogsumexp; signature=x:T, axis:Tidx -> out:T; attr=exclusive:bool,default=false; attr=reverse:bool,default=false; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]> [Op:CumulativeLogsumexp] name: "),
    ('cumlse int64', lambda: tf.math.cumulative_logsumexp(tf.constant([1, 2], tf.int64)),
     tf.errors.InvalidArgumentError, "Value for attr 'T' of int64 is not in the list of allowed values: bfloat16, half, float, double\n\t; NodeDef: {{node CumulativeLogsumexp}}; Op<name=CumulativeLogsumexp; signature=x:T, axis:Tidx -> out:T; attr=exclusive:bool,default=false; attr=reverse:bool,default=false; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]> [Op:CumulativeLogsumexp] name: "),
    ('polyval not list', lambda: tf.math.polyval(tf.ones((3,)), 1.0),
     ValueError, "Argument coeffs must be list type. Received type <class 'tensorflow.python.framework.ops.EagerTensor'>."),
    ('invert_permutation bad', lambda: tf.math.invert_permutation([0, 0, 1]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__InvertPermutation_device_/job:localhost/replica:0/task:0/device:CPU:0}} 0 is duplicated in the input. [Op:InvertPermutation]'),
    ('invperm oob', lambda: tf.math.invert_permutation([0, 3, 1]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__InvertPermutation_device_/job:localhost/replica:0/task:0/device:CPU:0}} 3 is not between 0 and 3 [Op:InvertPermutation]'),
    ('invperm 2d', lambda: tf.math.invert_permutation([[0, 1]]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__InvertPermutation_device_/job:localhost/replica:0/task:0/device:CPU:0}} invert_permutation expects a 1D vector. [Op:InvertPermutation]'),
    ('reverse_sequence bad', lambda: tf.reverse_sequence(tf.ones((2,3)), [4, 1], seq_axis=1, batch_axis=0),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__ReverseSequence_device_/job:localhost/replica:0/task:0/device:CPU:0}} seq_lens(0) > input.dims(1) [Op:ReverseSequence]'),
    ('revseq len', lambda: tf.reverse_sequence(tf.ones((2,3)), [1, 1, 1], seq_axis=1, batch_axis=0),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__ReverseSequence_device_/job:localhost/replica:0/task:0/device:CPU:0}} Length of seq_lengths != input.dims(0), (3 vs. 2) [Op:ReverseSequence]'),
    ('revseq neg', lambda: tf.reverse_sequence(tf.ones((2,3)), [1, -1], seq_axis=1, batch_axis=0),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__ReverseSequence_device_/job:localhost/replica:0/task:0/device:CPU:0}} seq_lens(1) < 0 [Op:ReverseSequence]'),
    ('revseq second', lambda: tf.reverse_sequence(tf.ones((2,3)), [1, 5], seq_axis=1, batch_axis=0),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__ReverseSequence_device_/job:localhost/replica:0/task:0/device:CPU:0}} seq_lens(1) > input.dims(1) [Op:ReverseSequence]'),
    ('unravel_index oob', lambda: tf.unravel_index([7], [2, 3]),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__UnravelIndex_device_/job:localhost/replica:0/task:0/device:CPU:0}} index is out of bound as with dims [Op:UnravelIndex]'),
    ('cholesky nonsquare', lambda: tf.linalg.cholesky(tf.ones((2,3))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__Cholesky_device_/job:localhost/replica:0/task:0/device:CPU:0}} Input matrix must be square. [Op:Cholesky] name: '),
    ('cholesky 1d', lambda: tf.linalg.cholesky(tf.ones((3,))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__Cholesky_device_/job:localhost/replica:0/task:0/device:CPU:0}} Input tensor 0 must have rank >= 2, got 1 [Op:Cholesky] name: '),
    ('triangular_solve shape', lambda: tf.linalg.triangular_solve(tf.eye(3), tf.ones((4,2))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__MatrixTriangularSolve_device_/job:localhost/replica:0/task:0/device:CPU:0}} In[0] mismatch In[1] shape: 3 vs. 4: [3,3] [4,2] 1 0 [Op:MatrixTriangularSolve] name: '),
    ('trisolve nonsq', lambda: tf.linalg.triangular_solve(tf.ones((2, 3)), tf.ones((2, 2))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__MatrixTriangularSolve_device_/job:localhost/replica:0/task:0/device:CPU:0}} In[0] matrices in the last dimensions must be square (3 =/= 2) [Op:MatrixTriangularSolve] name: '),
    ('trisolve adj', lambda: tf.linalg.triangular_solve(tf.eye(3), tf.ones((4, 2)), lower=False, adjoint=True),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__MatrixTriangularSolve_device_/job:localhost/replica:0/task:0/device:CPU:0}} In[0] mismatch In[1] shape: 3 vs. 4: [3,3] [4,2] 0 1 [Op:MatrixTriangularSolve] name: '),
    ('slogdet nonsquare', lambda: tf.linalg.slogdet(tf.ones((2,3))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__LogMatrixDeterminant_device_/job:localhost/replica:0/task:0/device:CPU:0}} Input matrix must be square. [Op:LogMatrixDeterminant] name: '),
    ('slogdet 1d', lambda: tf.linalg.slogdet(tf.ones((3,))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__LogMatrixDeterminant_device_/job:localhost/replica:0/task:0/device:CPU:0}} Input tensor 0 must have rank >= 2, got 1 [Op:LogMatrixDeterminant] name: '),
    ('cross bad', lambda: tf.linalg.cross(tf.ones((2,4)), tf.ones((2,4))),
     tf.errors.FailedPreconditionError, '{{function_node __wrapped__Cross_device_/job:localhost/replica:0/task:0/device:CPU:0}} Cross-products are only defined for 3-element vectors. [Op:Cross] name: '),
    ('cross 2', lambda: tf.linalg.cross(tf.ones((2,)), tf.ones((2,))),
     tf.errors.FailedPreconditionError, '{{function_node __wrapped__Cross_device_/job:localhost/replica:0/task:0/device:CPU:0}} Cross-products are only defined for 3-element vectors. [Op:Cross] name: '),
    ('cross shape', lambda: tf.linalg.cross(tf.ones((2,3)), tf.ones((3,3))),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__Cross_device_/job:localhost/replica:0/task:0/device:CPU:0}} Both inputs must be of same shape: [2,3] vs. [3,3] [Op:Cross] name: '),
    ('conv2d_transpose bad out', lambda: tf.nn.conv2d_transpose(tf.ones((1,3,3,3)), tf.ones((3,3,2,3)), [1,9,9,2], 2, padding="VALID"),
     tf.errors.InvalidArgumentError, "{{function_node __wrapped__Conv2DBackpropInput_device_/job:localhost/replica:0/task:0/device:CPU:0}} Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed: actual = 3, computed = 4 spatial_dim: 1 input: 9 filter: 3 output: 3 stride: 2 dilation: 1 [Op:Conv2DBackpropInput]"),
    ('avg_pool1d rank', lambda: tf.nn.avg_pool1d(tf.ones((4,3)), 2, 2, "SAME"),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__AvgPool_device_/job:localhost/replica:0/task:0/device:CPU:0}} tensor_in_shape must have 2 spatial dimensions. 3 0 [Op:AvgPool] name: '),
    ('avg_pool1d r4', lambda: tf.nn.avg_pool1d(tf.ones((4,3,2,1)), 2, 2, "SAME"),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__AvgPool_device_/job:localhost/replica:0/task:0/device:CPU:0}} tensor_in_shape must have 2 spatial dimensions. 5 0 [Op:AvgPool] name: '),
    ('max_pool1d r2', lambda: tf.nn.max_pool1d(tf.ones((4,3)), 2, 2, "SAME"),
     tf.errors.InvalidArgumentError, '{{function_node __wrapped__MaxPool_device_/job:localhost/replica:0/task:0/device:CPU:0}} tensor_in_shape must have 2 spatial dimensions. 3 0 [Op:MaxPool] name: '),
    ('while_loop bad', lambda: tf.while_loop(lambda i: i < 3, lambda i: (i + 1, i), [tf.constant(0)]),
     ValueError, "The two structures don't have the same nested structure.\n\nFirst structure: type=list str=[TensorSpec(shape=(), dtype=tf.int32, name=None)]\n\nSecond structure: type=list str=[<tf.Tensor: shape=(), dtype=int32, numpy=1>, <tf.Tensor: shape=(), dtype=int32, numpy=0>]\n\nMore specifically: The two structures don't have the same number of elements. First structure: type=list str=[TensorSpec(shape=(), dtype=tf.int32, name=None)]. Second structure: type=list str=[<tf.Tensor: shape=(), dtype=int32, numpy=1>, <tf.Tensor: shape=(), dtype=int32, numpy=0>]\nEntire first structure:\n[.]\nEntire second structure:\n[., .]"),
    ('UpSampling2D rank', lambda: tf.keras.layers.UpSampling2D()(tf.ones((2,3))),
     ValueError, 'Input 0 of layer "up_sampling2d" is incompatible with the layer: expected ndim=4, found ndim=2. Full shape received: (2, 3)'),
    ('UpSampling1D', lambda: tf.keras.layers.UpSampling1D()(tf.ones((2,))),
     ValueError, 'Input 0 of layer "up_sampling1d" is incompatible with the layer: expected ndim=3, found ndim=1. Full shape received: (2,)'),
    ('Dot bad axes', lambda: tf.keras.layers.Dot(axes=1)([tf.ones((2,3)), tf.ones((2,4))]),
     ValueError, 'Incompatible input shapes: axis values 3 (at axis 1) != 4 (at axis 1). Full input shapes: (2, 3), (2, 4)'),
    ('Dot axes tuple', lambda: tf.keras.layers.Dot(axes=(1, 1))([tf.ones((2,3,5)), tf.ones((2,4,5))]),
     ValueError, 'Incompatible input shapes: axis values 3 (at axis 1) != 4 (at axis 1). Full input shapes: (2, 3, 5), (2, 4, 5)'),
    ('Dot 1 input', lambda: tf.keras.layers.Dot(axes=1)([tf.ones((2,3))]),
     ValueError, 'A `Dot` layer should be called on a list of 2 inputs. Received: input_shape=[(2, 3)]'),
    ('Cropping2D too much', lambda: tf.keras.layers.Cropping2D(3)(tf.ones((1,4,4,1))),
     ValueError, "Exception encountered when calling layer 'cropping2d' (type Cropping2D).\n\nArgument `cropping` must be greater than the input shape. Received: inputs.shape=(1, 4, 4, 1), and cropping=((3, 3), (3, 3))\n\nCall arguments received by layer 'cropping2d' (type Cropping2D):\n  • inputs=tf.Tensor(shape=(1, 4, 4, 1), dtype=float32)"),
    ('Cropping2D 2', lambda: tf.keras.layers.Cropping2D(((1,1),(3,3)))(tf.ones((1,4,4,1))),
     ValueError, "Exception encountered when calling layer 'cropping2d' (type Cropping2D).\n\nArgument `cropping` must be greater than the input shape. Received: inputs.shape=(1, 4, 4, 1), and cropping=((1, 1), (3, 3))\n\nCall arguments received by layer 'cropping2d' (type Cropping2D):\n  • inputs=tf.Tensor(shape=(1, 4, 4, 1), dtype=float32)"),
    ('Cropping1D', lambda: tf.keras.layers.Cropping1D(2)(tf.ones((1,4,1))),
     ValueError, "Exception encountered when calling layer 'cropping1d' (type Cropping1D).\n\ncropping parameter of Cropping layer must be greater than the input shape. Received: inputs.shape=(1, 4, 1), and cropping=(2, 2)\n\nCall arguments received by layer 'cropping1d' (type Cropping1D):\n  • inputs=tf.Tensor(shape=(1, 4, 1), dtype=float32)"),
    ('Subtract 3 inputs', lambda: tf.keras.layers.Subtract()([tf.ones((2,)), tf.ones((2,)), tf.ones((2,))]),
     ValueError, 'A `Subtract` layer should be called on exactly 2 inputs. Received: input_shape=[(2,), (2,), (2,)]'),
]


@pytest.mark.parametrize("case", _TF_ERRORS, ids=[c[0] for c in _TF_ERRORS])
def test_errors_match_tf(case):
    _, fn, exc, msg = case
    tf.keras.backend.clear_session()  # layer names as in a fresh program
    with pytest.raises(exc) as e:
        fn()
    assert type(e.value) is exc
    assert str(e.value) == msg

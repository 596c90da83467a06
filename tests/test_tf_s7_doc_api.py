"""Session 7: TF API docstring examples and related behaviour; expected values from real TF 2.21 (tf-keras)."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf


def test_constant_of_tensor_is_the_tensor_and_keeps_gradient():
    v = tf.Variable([0.0])
    with tf.GradientTape(persistent=True) as g:
        loss = tf.constant(v + v)
        l2 = tf.constant(v)
    assert g.gradient(loss, v).numpy().tolist() == [2.0]
    assert g.gradient(l2, v) is None
    x = tf.constant([1.0, 2.0])
    assert tf.constant(x) is x
    with pytest.raises(TypeError, match=r"Expected tensor \[1. 2.\] with dtype tf.float64, but got dtype tf.float32."):
        tf.constant(x, tf.float64)
    assert tf.constant(v, tf.float64).dtype == tf.float64


def test_layer_normalization_fused_path_digits():
    data = tf.constant(np.arange(10).reshape(5, 2) * 10, dtype=tf.float32)
    out = tf.keras.layers.LayerNormalization(axis=1)(data).numpy()
    assert out.tolist() == [[-0.9999799728393555, 0.9999799728393555]] * 5


def test_layer_normalization_middle_axis_broadcasts_gamma():
    x = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
    out = tf.keras.layers.LayerNormalization(axis=1, gamma_initializer=tf.keras.initializers.Constant(2.0))(x)
    np.testing.assert_allclose(out.numpy()[0, :, 0], [-2.4493746757507324, 0.0, 2.4493746757507324], rtol=1e-6)


def test_layers_keep_int_numpy_dtype():
    x = np.arange(12).reshape(2, 2, 3)
    y = tf.keras.layers.UpSampling1D(size=2)(x)
    assert y.dtype == tf.int64 and y.shape == (2, 4, 3)
    assert tf.keras.layers.ZeroPadding1D(1)(x).dtype == tf.int64
    assert tf.keras.layers.Cropping1D(cropping=1)(np.arange(12).reshape(2, 3, 2)).numpy().tolist() == [[[2, 3]], [[8, 9]]]
    assert tf.keras.layers.UpSampling1D(size=2)(x.astype(np.float64)).dtype == tf.float32


def test_metrics_get():
    assert tf.keras.metrics.get("categorical_crossentropy") is tf.keras.metrics.categorical_crossentropy
    assert type(tf.keras.metrics.get("CategoricalCrossentropy")).__name__ == "CategoricalCrossentropy"
    m = tf.keras.metrics.get({"class_name": "CategoricalCrossentropy", "config": {"from_logits": True}})
    assert m.name == "categorical_crossentropy"
    assert tf.keras.metrics.get("acc").__name__ == "accuracy"
    assert tf.keras.metrics.get("mse").__name__ == "mean_squared_error"
    with pytest.raises(ValueError, match="Could not interpret metric identifier: 3"):
        tf.keras.metrics.get(3)


YT = np.array([[1, 1, 1], [1, 0, 0], [1, 1, 0]], np.int32)
YP = np.array([[0.2, 0.6, 0.7], [0.2, 0.6, 0.6], [0.6, 0.8, 0.0]], np.float32)


def test_f1_and_fbeta_scores():
    m = tf.keras.metrics.F1Score(threshold=0.5)
    m.update_state(YT, YP)
    np.testing.assert_allclose(m.result().numpy(), [0.5, 0.8, 0.6666667], rtol=1e-6)
    assert m.name == "f1_score"
    assert [v.name for v in m.variables] == ["true_positives:0", "false_positives:0", "false_negatives:0",
                                             "intermediate_weights:0"]
    m = tf.keras.metrics.F1Score(average="micro")
    m.update_state(YT, YP)
    np.testing.assert_allclose(m.result().numpy(), 0.4, rtol=1e-6)
    m = tf.keras.metrics.FBetaScore(beta=2.0, threshold=0.5)
    m.update_state(YT, YP)
    np.testing.assert_allclose(m.result().numpy(), [0.3846154, 0.90909094, 0.8333333], rtol=1e-6)
    with pytest.raises(ValueError, match="It should be a Python float. Received: beta=2 of type"):
        tf.keras.metrics.FBetaScore(beta=2)
    with pytest.raises(ValueError, match="It should verify 0 < threshold <= 1. Received: threshold=2.0"):
        tf.keras.metrics.FBetaScore(threshold=2.0)


def test_categorical_focal_crossentropy():
    y_true = [[0., 1., 0.], [0., 0., 1.]]
    y_pred = [[0.05, 0.95, 0], [0.1, 0.8, 0.1]]
    np.testing.assert_allclose(tf.keras.losses.categorical_focal_crossentropy(y_true, y_pred).numpy(),
                               [3.2058331e-05, 4.6627346e-01], rtol=1e-5)
    loss = tf.keras.losses.CategoricalFocalCrossentropy(gamma=1.)
    assert loss.name == "categorical_focal_crossentropy"


def test_linspace_nd_and_diag_part_dtypes():
    r = tf.linspace([0., 5.], [10., 40.], 5, axis=-1)
    assert r.numpy().tolist() == [[0.0, 2.5, 5.0, 7.5, 10.0], [5.0, 13.75, 22.5, 31.25, 40.0]]
    assert tf.linspace([0., 5.], [10., 40.], 5, axis=0).shape == (5, 2)
    assert tf.linspace(0., 1., 1).numpy().tolist() == [0.0]
    assert tf.linalg.diag_part([[1, 2], [3, 4]]).dtype == tf.int32
    assert tf.linalg.tensor_diag_part([[[[1111, 1112], [1121, 1122]], [[1211, 1212], [1221, 1222]]],
                                       [[[2111, 2112], [2121, 2122]], [[2211, 2212], [2221, 2222]]]]).dtype == tf.int32


def test_bincount_axis():
    data = np.array([[1, 2, 3, 0], [0, 0, 1, 2]], dtype=np.int32)
    assert tf.math.bincount(data, axis=-1).numpy().tolist() == [[1, 1, 1, 1], [2, 1, 1, 0]]
    assert tf.math.bincount(data, axis=-1, binary_output=True).numpy().tolist() == [[1, 1, 1, 1], [1, 1, 1, 0]]
    r = tf.math.bincount(data, weights=data.astype(np.float32) * 0.5, axis=-1, minlength=5)
    assert r.numpy().tolist() == [[0, 0.5, 1, 1.5, 0], [0, 0.5, 1, 0, 0]]


def test_optimizer_serialize():
    c = tf.keras.optimizers.serialize(tf.keras.optimizers.legacy.SGD())
    assert c == {'module': 'keras.optimizers.legacy', 'class_name': 'SGD', 'config': {
        'name': 'SGD', 'learning_rate': 0.01, 'decay': 0.0, 'momentum': 0.0, 'nesterov': False},
        'registered_name': None}
    c = tf.keras.optimizers.serialize(tf.keras.optimizers.Adam(0.1))
    assert c["module"] == "keras.optimizers" and c["config"]["learning_rate"] == 0.10000000149011612
    assert type(tf.keras.optimizers.deserialize(c)).__name__ == "Adam"


def test_keras_backend_legacy_functions():
    K = tf.keras.backend
    assert K.repeat(tf.constant([[1, 2], [3, 4]]), n=2).numpy().tolist() == [[[1, 2], [1, 2]], [[3, 4], [3, 4]]]
    assert K.permute_dimensions(tf.constant([[1, 2, 3], [4, 5, 6]]), pattern=(1, 0)).shape == (3, 2)
    assert K.int_shape(K.batch_dot(K.ones(shape=(32, 20, 1)), K.ones(shape=(32, 30, 20)), axes=(1, 2))) == (32, 1, 30)
    a = tf.constant(np.arange(6.).reshape(2, 3), tf.float32)
    assert K.batch_dot(a, a + 1, axes=1).numpy().tolist() == [[8.0], [62.0]]
    c = tf.constant(np.arange(24.).reshape(2, 3, 4), tf.float32)
    assert K.batch_dot(c, a, axes=(1, 1)).numpy().tolist() == [[20, 23, 26, 29], [200, 212, 224, 236]]
    assert K.is_sparse(tf.sparse.from_dense([[1., 0.]])) and not K.is_sparse(a)
    assert K.is_keras_tensor(tf.keras.Input([10])) and not K.is_keras_tensor(K.variable(np.array([1, 2])))
    with pytest.raises(ValueError, match="Unexpectedly found an instance of type `<class 'numpy.ndarray'>`"):
        K.is_keras_tensor(np.array([1, 2]))


def test_keras_backend_random_seeded_from_numpy():
    tf.random.set_seed(5)
    np.random.seed(0)  # tf-keras draws the op seed from NumPy's global generator
    assert tf.keras.backend.random_normal((2, 2)).numpy().tolist() == [[-0.2674103081226349, -0.010936601087450981],
                                                                        [0.9968717694282532, 0.6413969993591309]]
    assert tf.keras.backend.random_uniform((2,)).numpy().tolist() == [0.5088224411010742, 0.4502553939819336]


def test_conv_extended_batch_shape():
    x = tf.constant(np.random.RandomState(0).randn(4, 7, 10, 8).astype("f"))
    y = tf.keras.layers.Conv1D(3, 3, activation="relu", kernel_initializer="ones")(x)
    assert y.shape == (4, 7, 8, 3)
    np.testing.assert_allclose(y.numpy().sum(), 1091.3657, rtol=1e-5)
    x = tf.constant(np.random.RandomState(0).randn(2, 3, 9, 9, 2).astype("f"))
    y = tf.keras.layers.Conv2D(2, 3, padding="same", kernel_initializer="ones", bias_initializer="ones")(x)
    assert y.shape == (2, 3, 9, 9, 2)
    np.testing.assert_allclose(y.numpy().sum(), 118.52539, rtol=1e-5)


def test_einsum_ellipsis_broadcasting():
    r = np.random.RandomState(0)
    s, t = r.randn(11, 1, 5, 3).astype("f"), r.randn(1, 7, 3, 2).astype("f")
    e = tf.einsum("...ij,...jk->...ik", s, t)
    assert e.shape == (11, 7, 5, 2)
    np.testing.assert_allclose(e.numpy(), np.einsum("...ij,...jk->...ik", s, t), rtol=1e-5, atol=1e-6)
    b = r.randn(2, 5, 4).astype("f")
    assert tf.einsum("...ij->...ji", b).shape == (2, 4, 5)
    with pytest.raises(tf.errors.InvalidArgumentError, match=r"Output contains 2 broadcasting dimension\(s\) but no"):
        tf.einsum("b...,b...->b", b, b)
    x = tf.Variable(r.randn(2, 1, 3).astype("f"))
    w = r.randn(4, 3).astype("f")
    with tf.GradientTape() as g:
        y = tf.reduce_sum(tf.einsum("...i,...i->...", x, w))
    np.testing.assert_allclose(g.gradient(y, x).numpy()[0, 0], w.sum(0), rtol=1e-5)


def test_gather_nd_batch_dims():
    assert tf.gather_nd(batch_dims=1, indices=[[1], [0], [4], [2], [1]], params=tf.zeros([5, 7, 3])).shape == (5, 3)
    r = tf.gather_nd(batch_dims=1, indices=[[1], [0]], params=[[['a0', 'b0'], ['c0', 'd0']], [['a1', 'b1'], ['c1', 'd1']]])
    assert r.numpy().tolist() == [[b'c0', b'd0'], [b'a1', b'b1']]
    p = tf.constant(np.arange(120).reshape(2, 3, 4, 5))
    assert tf.gather_nd(p, [[[1, 2], [0, 0]], [[2, 1], [2, 3]]], batch_dims=1).numpy()[:, :, 0].tolist() == [
        [30, 0], [105, 115]]
    x = tf.Variable(np.arange(12.).reshape(2, 3, 2))
    with tf.GradientTape() as g:
        y = tf.reduce_sum(tf.gather_nd(x, [[[1], [1]], [[0], [2]]], batch_dims=1) ** 2)
    assert g.gradient(y, x).numpy()[:, :, 0].tolist() == [[0, 8, 0], [12, 0, 20]]


@pytest.mark.parametrize("legacy", [False, True])
def test_optimizer_gradient_clipping(legacy):
    # tf-keras: optimizer_v2 applies every set clip (by value first) in apply_gradients; the new optimizer
    # only the first set of clipnorm, global_clipnorm, clipvalue
    mk = tf.keras.optimizers.legacy.SGD if legacy else tf.keras.optimizers.SGD
    want = {(False, "n"): [0.9880854487419128, -1.920569896697998, 2.940427303314209],
            (False, "nv"): [0.9940427541732788, -1.960284948348999, 2.9702136516571045],
            (True, "n"): [0.9880854487419128, -1.920569896697998, 2.940427303314209],
            (True, "nv"): [0.9800000190734863, -1.9800000190734863, 2.9800000190734863]}
    for key, kw in (("n", dict(clipnorm=1.0)), ("nv", dict(clipnorm=0.5, clipvalue=0.2))):
        a = tf.Variable([1.0, -2.0, 3.0])
        mk(0.1, **kw).apply_gradients([(tf.constant([0.3, -2.0, 1.5]), a)])
        np.testing.assert_allclose(a.numpy(), want[(legacy, key)], rtol=1e-6)


def test_int_numpy_inputs_sequential_conforms_to_input_dtype():
    x = np.arange(32).reshape(2, 4, 4, 1)
    m = tf.keras.Sequential([tf.keras.Input((4, 4, 1)), tf.keras.layers.Conv2D(2, 3, kernel_initializer="ones")])
    y = m(x)
    assert y.dtype == tf.float32 and float(tf.reduce_sum(y)) == 2232.0
    assert m.predict(x, verbose=0).dtype == np.float32
    i = tf.keras.Input((4, 4, 1))
    assert tf.keras.Model(i, tf.keras.layers.Flatten()(i))(x).dtype == tf.float32

    class M(tf.keras.Model):
        def __init__(self):
            super().__init__()
            self.f = tf.keras.layers.Flatten()

        def call(self, x):
            return self.f(x)

    assert M()(x).dtype == tf.int64

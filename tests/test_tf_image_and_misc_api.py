"""tf.image crop / pad / augment ops, keras relu and merge layers on NumPy inputs, sparse softmax cross-entropy,
tf.gather batch_dims, get_static_value, TensorSpec.from_*, tf.config logical devices, Module.name_scope
(values from TF 2.21)."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf


def test_image_crop_pad_standardize():
    x = tf.reshape(tf.range(5 * 6 * 3, dtype=tf.float32), [5, 6, 3])
    assert tf.image.crop_to_bounding_box(x, 1, 2, 3, 3).numpy()[:, :, 0].tolist() == [
        [24.0, 27.0, 30.0], [42.0, 45.0, 48.0], [60.0, 63.0, 66.0]]
    assert tf.image.pad_to_bounding_box(x, 1, 0, 7, 8).shape == (7, 8, 3)
    assert tf.image.resize_with_crop_or_pad(x, 3, 9).numpy()[0, :, 0].tolist() == [0, 18, 21, 24, 27, 30, 33, 0, 0]
    assert tf.image.central_crop(x, 0.5).numpy()[:, :, 0].tolist() == [[21, 24, 27, 30], [39, 42, 45, 48],
                                                                        [57, 60, 63, 66]]
    np.testing.assert_allclose(tf.image.per_image_standardization(x).numpy()[0, :3, 0],
                               [-1.7129115, -1.5974344, -1.4819572], rtol=1e-6)
    assert tf.image.rot90(x).numpy()[:, 0, 0].tolist() == [15, 12, 9, 6, 3, 0]
    assert tf.image.transpose(x).shape == (6, 5, 3) and tf.image.grayscale_to_rgb(x[..., :1]).shape == (5, 6, 3)
    np.testing.assert_allclose(tf.image.convert_image_dtype(tf.constant([0, 2 ** 31 - 1]), tf.float32).numpy(), [0, 1])
    with pytest.raises(ValueError, match="height must be >= target \\+ offset."):
        tf.image.crop_to_bounding_box(x, 0, 0, 9, 1)
    with pytest.raises(ValueError, match="central_fraction must be within"):
        tf.image.central_crop(x, 0.0)


def test_image_seeded_augmentations():
    x = tf.reshape(tf.range(2 * 5 * 6 * 3, dtype=tf.float32), [2, 5, 6, 3])
    s = (1, 2)
    assert tf.image.stateless_random_flip_up_down(x, seed=s).numpy()[:, :, 0, 0].tolist() == [
        [72, 54, 36, 18, 0], [90, 108, 126, 144, 162]]
    assert tf.image.stateless_random_crop(x[0], [2, 2, 3], seed=s).numpy()[:, :, 0].tolist() == [[12, 15], [30, 33]]
    np.testing.assert_allclose(tf.image.stateless_random_brightness(x[0], 0.5, s).numpy()[0, 0],
                               [0.34406042, 1.3440604, 2.3440604], rtol=1e-6)
    np.testing.assert_array_equal(tf.image.stateless_random_contrast(x[0], 0.2, 0.5, seed=s).numpy()[0, 0],
                                  np.float32([23.785011, 24.785011, 25.785011]))
    np.testing.assert_array_equal(tf.image.adjust_contrast(x[0], 0.37).numpy()[2, 3],
                                  np.float32([44.055004, 45.055004, 46.055004]))


def test_keras_relu_variants_and_merge_on_numpy():
    foo = tf.constant([-10, -5, 0.0, 5, 10])
    relu = tf.keras.activations.relu
    assert relu(foo, threshold=5.0).numpy().tolist() == [-0.0, -0.0, 0.0, 0.0, 10.0]
    np.testing.assert_allclose(relu(foo, alpha=0.1, threshold=2.0, max_value=6).numpy(), [-1.2, -0.7, -0.2, 5, 6])
    np.testing.assert_allclose(tf.keras.layers.ReLU(3.0, 0.2, 1.0)(foo).numpy(), [-2.2, -1.2, -0.2, 3, 3])
    a, b = np.arange(5).reshape(5, 1), np.arange(5, 10).reshape(5, 1)
    m = tf.keras.layers.Maximum()([a, b])
    assert m.dtype == tf.int64 and m.numpy().ravel().tolist() == [5, 6, 7, 8, 9]
    c = tf.keras.layers.Concatenate(axis=1)([np.ones((2, 1, 2), np.float32), np.zeros((2, 2, 2), np.float32)])
    assert c.shape == (2, 3, 2) and c.dtype == tf.float32


def test_sparse_softmax_cross_entropy_matches_tf():
    logits = tf.constant([[2.0, -5.0, 0.5, -0.1], [0.0, 0.0, 1.9, 1.4], [-100.0, 100.0, -100.0, -100.0]])
    r = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 3, 1], logits=logits).numpy()
    np.testing.assert_array_equal(r, np.float32([0.29750744, 1.1448326, 0.0]))
    assert not np.signbit(r[2])
    with tf.GradientTape() as t:
        t.watch(logits)
        loss = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 3, 1], logits=logits)
    g = t.gradient(loss, logits).numpy()
    p = tf.nn.softmax(logits).numpy()
    np.testing.assert_allclose(g, p - np.eye(4, dtype=np.float32)[[0, 3, 1]], atol=1e-7)


def test_gather_batch_dims_static_value_spec_config_module_scope():
    mat = tf.constant([[10, 30, 20], [20, 10, 30], [30, 20, 10]])
    idx = tf.argsort(mat)
    assert tf.gather(mat, idx, batch_dims=-1).numpy().tolist() == [[10, 20, 30]] * 3
    assert tf.gather(tf.reshape(tf.range(24), [2, 3, 4]), [[0, 2], [1, 1]], batch_dims=1).shape == (2, 2, 4)
    assert tf.get_static_value(tf.Variable(30)) is None and tf.get_static_value(tf.constant(3)) == 3
    assert repr(tf.TensorSpec.from_tensor(tf.constant([1, 2, 3]))) == "TensorSpec(shape=(3,), dtype=tf.int32, name=None)"
    assert tf.TensorSpec.from_spec(tf.TensorSpec([2], tf.float32, "a"), "b").name == "b"
    assert [d.name for d in tf.config.list_logical_devices("CPU")] == ["/device:CPU:0"]
    assert tf.config.list_logical_devices("GPU") == []

    class M(tf.Module):
        @tf.Module.with_name_scope
        def __call__(self):
            return tf.Variable(1.0)

    assert M(name="my_module")().name == "my_module/Variable:0"
    with tf.Module(name="outer").name_scope:
        assert tf.Variable(1.0).name == "outer/Variable:0"


def test_dense_casts_integer_inputs_and_softmax_mask():
    m = tf.keras.Sequential([tf.keras.layers.Dense(1, kernel_initializer="ones")])
    assert m.predict(np.array([[1, 2]]), verbose=0).tolist() == [[3.0]]
    sm = tf.keras.layers.Softmax()(tf.constant([[1.0, 2.0, 3.0]]), tf.constant([[True, False, True]]))
    np.testing.assert_allclose(sm.numpy(), [[0.11920292, 0.0, 0.8807971]], rtol=1e-6)


def test_nest_assert_same_structure():
    import collections

    bar, foo = collections.namedtuple("bar", "a b"), collections.namedtuple("foo", "a b")
    tf.nest.assert_same_structure(bar(1, 2), foo(2, 3), check_types=False)
    tf.nest.assert_same_structure({"a": 1, "b": 2}, {"b": 5, "a": 4})
    with pytest.raises(ValueError, match='is a sequence, while substructure "type=ndarray str=\\[0 1\\]" is not'):
        tf.nest.assert_same_structure([0, 1], np.array([0, 1]))
    with pytest.raises(TypeError, match="don't have the same sequence type"):
        tf.nest.map_structure(lambda x, y: None, (1, 2), [1, 2])
    with pytest.raises(ValueError, match="Entire first structure:\n\\(\\., \\(\\., \\.\\)\\)\nEntire second"):
        tf.nest.assert_same_structure((1, (2, 3)), (1, 2, 3))
    assert tf.nest.map_structure(lambda x, y: x + y, (1, [2]), (3, [4])) == (4, [6])


def test_broadcast_shapes():
    assert tf.broadcast_static_shape(tf.TensorShape([1, 2]), tf.TensorShape([3, 1])).as_list() == [3, 2]
    r = tf.broadcast_dynamic_shape(tf.constant([1, 2], tf.int64), [3, 1])
    assert r.dtype == tf.int64 and r.numpy().tolist() == [3, 2]
    with pytest.raises(ValueError, match=r"Incompatible shapes for broadcasting. .* Received: \(2,\) and \(3,\)."):
        tf.broadcast_static_shape(tf.TensorShape([2]), tf.TensorShape([3]))
    with pytest.raises(tf.errors.InvalidArgumentError, match=r"Incompatible shapes: \[2\] vs. \[3\] \[Op:BroadcastArgs\]"):
        tf.broadcast_dynamic_shape([2], [3])


def test_unknown_shapes_and_shape_variables():
    u = tf.TensorShape(None)
    assert (repr(u), str(u), u.rank, u.is_fully_defined()) == ("TensorShape(None)", "<unknown>", None, False)
    assert u.is_compatible_with([1, 2]) and tf.TensorShape(u) == u and u != tf.TensorShape([])
    with pytest.raises(ValueError, match="as_list\\(\\) is not defined on an unknown TensorShape."):
        u.as_list()
    v = tf.Variable(1.0, shape=tf.TensorShape(None))
    assert repr(v) == "<tf.Variable 'Variable:0' shape=<unknown> dtype=float32, numpy=1.0>"
    v.assign([[1.0, 2.0, 3.0, 6.0]])
    assert str(v.shape) == "<unknown>" and v.numpy().tolist() == [[1.0, 2.0, 3.0, 6.0]]
    w = tf.Variable([1.0, 2.0], shape=[None])
    w.assign([3.0, 4.0, 5.0])
    assert str(w.shape) == "(None,)" and w.numpy().tolist() == [3.0, 4.0, 5.0]
    with pytest.raises(ValueError, match="The variable shape \\(None,\\), and the assigned value shape \\(1, 1\\)"):
        w.assign([[1.0]])
    with tf.GradientTape() as t:
        y = tf.reduce_sum(w * w)
    assert t.gradient(y, w).numpy().tolist() == [6.0, 8.0, 10.0]
    x = tf.Variable([], dtype=tf.int32, shape=tf.TensorShape(None), trainable=False)
    x.assign(tf.concat([x, [1, 2]], 0))
    assert x.numpy().tolist() == [1, 2]

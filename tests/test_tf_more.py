"""TF dialect: split/sort/top_k/scans/masks/linalg/tf.data semantics and error types."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf


def test_split_uneven_raises_invalid_argument():
    with pytest.raises(tf.errors.InvalidArgumentError, match="evenly divide"):
        tf.split(tf.range(10), 3)


def test_split_sizes_and_gradient():
    v = tf.Variable(np.arange(6, dtype=np.float32))
    with tf.GradientTape() as tape:
        a, b = tf.split(v, [2, 4])
        y = tf.reduce_sum(a * 3.0) + tf.reduce_sum(b * b)
    g = tape.gradient(y, v).numpy()
    np.testing.assert_allclose(g, [3, 3, 4, 6, 8, 10])


def test_top_k_errors_and_ties():
    x = tf.constant([1.0, 5.0, 3.0, 5.0])
    r = tf.math.top_k(x, 3)
    assert r.indices.numpy().tolist() == [1, 3, 2]
    with pytest.raises(tf.errors.InvalidArgumentError, match="at least k columns"):
        tf.math.top_k(x, 5)
    with pytest.raises(ValueError, match="direction"):
        tf.sort(x, direction="UP")


@pytest.mark.parametrize("exclusive", [False, True])
@pytest.mark.parametrize("reverse", [False, True])
def test_cumsum_matches_numpy_and_grad(exclusive, reverse):
    rng = np.random.default_rng(0)
    a = rng.standard_normal((3, 5)).astype(np.float32)
    v = tf.Variable(a)
    w = rng.standard_normal((3, 5)).astype(np.float32)
    with tf.GradientTape() as tape:
        c = tf.cumsum(v, axis=1, exclusive=exclusive, reverse=reverse)
        y = tf.reduce_sum(c * w)
    ref = np.flip(a, 1) if reverse else a
    ref = np.cumsum(ref, axis=1)
    if exclusive:
        ref = np.concatenate([np.zeros((3, 1), np.float32), ref[:, :-1]], 1)
    if reverse:
        ref = np.flip(ref, 1)
    np.testing.assert_allclose(c.numpy(), ref, rtol=1e-6)
    # d/dv sum(cumsum(v) * w) = the scan of w in the other direction
    gw = np.flip(w, 1) if not reverse else w
    gw = np.cumsum(gw, axis=1)
    if exclusive:
        gw = np.concatenate([np.zeros((3, 1), np.float32), gw[:, :-1]], 1)
    if not reverse:
        gw = np.flip(gw, 1)
    np.testing.assert_allclose(tape.gradient(y, v).numpy(), gw, rtol=1e-5)


def test_boolean_mask_shape_error():
    with pytest.raises(ValueError, match="incompatible"):
        tf.boolean_mask(tf.ones([2, 3]), [True, False, True])


def test_gather_nd_out_of_range():
    with pytest.raises(tf.errors.InvalidArgumentError, match="does not index into param shape"):
        tf.gather_nd(tf.ones([2, 2]), [[2, 0]])


def test_inverse_det_gradients_match_finite_differences():
    a = np.array([[2.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.1, 0.4, 1.5]])
    v = tf.Variable(a)
    with tf.GradientTape(persistent=True) as tape:
        d = tf.linalg.det(v)
        s = tf.reduce_sum(tf.linalg.inv(v) ** 2)
    gd, gs = tape.gradient(d, v).numpy(), tape.gradient(s, v).numpy()
    eps = 1e-6
    for i in range(3):
        for j in range(3):
            p, m = a.copy(), a.copy()
            p[i, j] += eps
            m[i, j] -= eps
            assert abs((np.linalg.det(p) - np.linalg.det(m)) / (2 * eps) - gd[i, j]) < 1e-5
            fs = lambda z: (np.linalg.inv(z) ** 2).sum()  # noqa: E731
            assert abs((fs(p) - fs(m)) / (2 * eps) - gs[i, j]) < 1e-4


def test_singular_inverse_raises():
    with pytest.raises(tf.errors.InvalidArgumentError, match="not invertible"):
        tf.linalg.inv(tf.zeros([2, 2]))


def test_dataset_cardinality_and_len():
    ds = tf.data.Dataset.range(7)
    assert len(ds.batch(3)) == 3
    assert len(ds.batch(3, drop_remainder=True)) == 2
    with pytest.raises(TypeError, match="infinite"):
        len(ds.repeat())
    with pytest.raises(TypeError, match="unknown"):
        len(ds.filter(lambda x: x > 2))


def test_dataset_shuffle_is_a_permutation_and_reiterable():
    ds = tf.data.Dataset.range(20).shuffle(5, seed=3)
    a = sorted(int(x) for x in ds.as_numpy_iterator())
    assert a == list(range(20))
    assert sorted(int(x) for x in ds) == list(range(20))


def test_from_tensor_slices_mismatched_lengths():
    with pytest.raises(ValueError, match="not compatible"):
        tf.data.Dataset.from_tensor_slices(([1, 2, 3], [1, 2]))


def test_random_int_range_errors():
    with pytest.raises(tf.errors.InvalidArgumentError, match="Need minval < maxval"):
        tf.random.uniform([2], minval=3, maxval=3, dtype=tf.int32)
    with pytest.raises(ValueError, match="Must specify maxval"):
        tf.random.uniform([2], dtype=tf.int64)


def test_random_op_seed_continues_stream_and_set_seed_resets():
    tf.random.set_seed(3)
    a = tf.random.uniform([4], seed=9).numpy()
    b = tf.random.uniform([4], seed=9).numpy()
    assert not np.array_equal(a, b)
    tf.random.set_seed(3)
    np.testing.assert_array_equal(tf.random.uniform([4], seed=9).numpy(), a)


def test_random_normal_moments():
    tf.random.set_seed(0)
    x = tf.random.normal([200000]).numpy()
    assert abs(x.mean()) < 0.01 and abs(x.std() - 1) < 0.01
    u = tf.random.uniform([200000], -2.0, 3.0).numpy()
    assert u.min() >= -2 and u.max() < 3 and abs(u.mean() - 0.5) < 0.02


def test_generator_is_reproducible_and_stateless_needs_two_seeds():
    a = tf.random.Generator.from_seed(5).normal([6]).numpy()
    b = tf.random.Generator.from_seed(5).normal([6]).numpy()
    np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError, match="shape"):
        tf.random.stateless_uniform([2], seed=[1, 2, 3])

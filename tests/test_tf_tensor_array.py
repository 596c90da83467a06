"""tf.TensorArray (eager) and tf.random.Generator extras; expected values printed by real TF 2.21."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf


def test_tensor_array_ops():
    ta = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
    for i in range(4):
        ta = ta.write(i, tf.fill([2], float(i)))
    assert ta.stack().numpy().tolist() == [[0, 0], [1, 1], [2, 2], [3, 3]]
    assert ta.read(2).numpy().tolist() == [2, 2]
    assert ta.gather([0, 3]).numpy().tolist() == [[0, 0], [3, 3]]
    # read() cleared index 2 (clear_after_read defaults to True): zeros
    assert ta.concat().numpy().tolist() == [0, 0, 1, 1, 0, 0, 3, 3]
    ta3 = tf.TensorArray(tf.int32, size=3).unstack(tf.constant([[1, 2], [3, 4], [5, 6]]))
    assert ta3.read(1).numpy().tolist() == [3, 4] and int(ta3.size()) == 3
    ta4 = tf.TensorArray(tf.float32, size=4).scatter([0, 2], tf.constant([[1., 1.], [2., 2.]]))
    assert ta4.stack().numpy().tolist() == [[1, 1], [0, 0], [2, 2], [0, 0]]
    assert tf.TensorArray(tf.float32, size=0).stack().shape == (0,)
    assert tf.TensorArray(tf.float32, size=2, element_shape=[3]).stack().shape == (2, 3)


def test_tensor_array_gradient():
    x = tf.Variable([1.0, 2.0])
    with tf.GradientTape() as tape:
        t = tf.TensorArray(tf.float32, size=2)
        t = t.write(0, x * 2.0)
        t = t.write(1, x * x)
        loss = tf.reduce_sum(t.stack())
    assert tape.gradient(loss, x).numpy().tolist() == [4.0, 6.0]


def test_tensor_array_errors():
    ta = tf.TensorArray(tf.float32, size=3).write(0, 1.0)
    with pytest.raises(ValueError, match=r"^Incompatible shape for value \(\(1,\)\), expected \(\(\)\)$"):
        ta.write(1, [2.0])
    with pytest.raises(tf.errors.OutOfRangeError,
                       match=r"^Tried to write to index 5 but array is not resizeable and size is: 3 $"):
        ta.write(5, 3.0)
    with pytest.raises(tf.errors.OutOfRangeError, match=r"^Tried to read from index 5 but array size is: 2 $"):
        tf.TensorArray(tf.float32, size=2).read(5)
    with pytest.raises(tf.errors.InvalidArgumentError,
                       match=r"^TensorArray dtype is int32 but Op is trying to write dtype float32 $"):
        tf.TensorArray(tf.int32, size=3).write(0, tf.constant([1.0, 2.0]))


def test_generator_state_and_full_int():
    g = tf.random.Generator.from_seed(5)
    g.normal([2])
    g.skip(10)
    assert g.state.numpy().tolist() == [3077, 0, 0]
    g.uniform([3])
    g.truncated_normal([3])
    assert g.state.numpy().tolist() == [4613, 0, 0]
    assert g.uniform_full_int([2], dtype=tf.int64).numpy().tolist() == [-5075479666913656029, 8668347890927322385]
    assert g.uniform_full_int([3], dtype=tf.int32).numpy().tolist() == [2000929166, -32322073, 869369287]
    assert g.uniform([3], maxval=10, dtype=tf.int32).numpy().tolist() == [7, 5, 5]
    s = g.split(2)
    assert [x.state.numpy().tolist() for x in s] == [[0, 0, 7669681955412973519], [0, 0, 4864561454381862363]]
    assert g.state.numpy().tolist() == [7173, 0, 0]


def test_generator_from_state_shares_and_truncated_normal():
    g = tf.random.Generator.from_seed(5)
    g.uniform([2, 2], minval=-1.0, maxval=1.0)
    np.testing.assert_array_equal(g.truncated_normal([3]).numpy(),
                                  np.array([-1.649019, 1.6503856, 0.21850832], np.float32))
    g.reset_from_seed(5)
    g2 = tf.random.Generator.from_state(g.state, alg=g.algorithm)
    np.testing.assert_array_equal(g2.normal([2]).numpy(), np.array([1.0278524, 0.27974114], np.float32))
    np.testing.assert_array_equal(g.normal([2]).numpy(), np.array([-0.60377395, 0.08436535], np.float32))
    g.skip(10)
    assert g.state.numpy().tolist() == [3589, 0, 0]


def test_constant_from_non_c_contiguous_numpy():
    a = np.arange(6).reshape(2, 3).T  # Fortran order
    assert tf.constant(a).numpy().tolist() == [[0, 3], [1, 4], [2, 5]]
    st = tf.sparse.from_dense([[1, 0, 0, 8], [0, 0, 0, 0], [0, 0, 3, 0]])  # argwhere gives a transposed array
    assert st.indices.numpy().tolist() == [[0, 0], [0, 3], [2, 2]]

"""tf.sparse ops; expected values from real TF 2.21 (guide/sparse_tensor)."""
import ferrograd.tensorflow as tf


def test_sparse_guide_values():
    st_a = tf.sparse.SparseTensor(indices=[[0, 2], [3, 4]], values=[31, 2], dense_shape=[4, 10])
    st_b = tf.sparse.SparseTensor(indices=[[0, 2], [3, 0]], values=[56, 38], dense_shape=[4, 10])
    s = tf.sparse.add(st_a, st_b)
    assert s.indices.numpy().tolist() == [[0, 2], [3, 0], [3, 4]] and s.values.numpy().tolist() == [87, 38, 2]
    st_c = tf.sparse.SparseTensor(indices=([0, 1], [1, 0], [1, 1]), values=[13, 15, 17], dense_shape=(2, 2))
    assert tf.sparse.sparse_dense_matmul(st_c, tf.constant([[4], [6]])).numpy().tolist() == [[78], [162]]
    a = tf.sparse.SparseTensor(indices=[[0, 3], [2, 4]], values=[15, 25], dense_shape=[3, 10])
    c = tf.sparse.sparse_dense_matmul(a, tf.sparse.to_dense(tf.sparse.transpose(a)))
    assert c.numpy().tolist() == [[225, 0, 0], [0, 0, 0], [0, 0, 625]]
    assert int(tf.sparse.reduce_max(tf.sparse.from_dense([-5, 0, -3]))) == -3
    st2 = tf.sparse.from_dense([[1, 0, 0, 8], [0, 0, 0, 0], [0, 0, 3, 0]])
    assert tf.sparse.to_dense(tf.sparse.map_values(tf.add, st2, 5)).numpy().tolist() == \
        [[6, 0, 0, 13], [0, 0, 0, 0], [0, 0, 8, 0]]
    p = tf.sparse.concat(axis=1, sp_inputs=[st_a, st_b])
    assert p.dense_shape.numpy().tolist() == [4, 20]
    assert p.indices.numpy().tolist() == [[0, 2], [0, 12], [3, 4], [3, 10]]
    sl = tf.sparse.slice(p, start=[0, 10], size=[4, 10])
    assert sl.indices.numpy().tolist() == [[0, 2], [3, 0]] and sl.values.numpy().tolist() == [56, 38]

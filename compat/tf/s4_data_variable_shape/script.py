import tensorflow as tf

ds = tf.data.Dataset.range(10)
print(ds.reduce(tf.constant(0, tf.int64), lambda s, x: s + x))
print(ds.reduce((tf.constant(0, tf.int64), tf.constant(1, tf.int64)), lambda s, x: (s[0] + x, s[1] * (x + 1))))
print(list(tf.data.Dataset.range(3).flat_map(lambda x: tf.data.Dataset.range(x)).as_numpy_iterator()))
print(list(tf.data.Dataset.range(1, 4).interleave(lambda x: tf.data.Dataset.from_tensors(x).repeat(3),
                                                  cycle_length=2, block_length=2).as_numpy_iterator()))
print(list(tf.data.Dataset.range(1, 5).interleave(lambda x: tf.data.Dataset.from_tensors(x).repeat(x),
                                                  cycle_length=2).as_numpy_iterator()))
for b in tf.data.Dataset.range(1, 6).map(lambda x: tf.fill([x], x)).padded_batch(2):
    print(b.numpy())
for b in tf.data.Dataset.range(1, 4).map(lambda x: (tf.fill([x], x), x)).padded_batch(2, padded_shapes=([4], []),
                                                                                     padding_values=(tf.constant(-1, tf.int64), tf.constant(0, tf.int64))):
    print(b[0].numpy(), b[1].numpy())
for w in tf.data.Dataset.range(7).window(3, shift=2, drop_remainder=True):
    print(list(w.as_numpy_iterator()))
for w in tf.data.Dataset.range(5).window(2):
    print(list(w.as_numpy_iterator()))
print(list(tf.data.Dataset.range(5).window(2, shift=1, drop_remainder=True).flat_map(lambda w: w.batch(2)).as_numpy_iterator()))
print(list(tf.data.Dataset.range(5).scan(tf.constant(0, tf.int64), lambda s, x: (s + x, s * 10)).as_numpy_iterator()))
print(list(tf.data.Dataset.from_tensor_slices([1, 2, 1, 3, 2]).unique().as_numpy_iterator()))
print(list(tf.data.Dataset.range(10).take_while(lambda x: x < 4).as_numpy_iterator()))
print(list(tf.data.Dataset.range(10).shard(3, 1).as_numpy_iterator()), tf.data.Dataset.range(10).shard(3, 1).cardinality())
print(tf.data.Dataset.from_tensors([1, 2]).get_single_element())
print(list(tf.data.Dataset.counter(5, 2).take(3).as_numpy_iterator()))
dsets = [tf.data.Dataset.from_tensors("a").repeat() if False else tf.data.Dataset.range(100, 103),
         tf.data.Dataset.range(200, 203)]
print(list(tf.data.Dataset.choose_from_datasets(dsets, tf.data.Dataset.from_tensor_slices(tf.constant([0, 1, 1, 0], tf.int64))).as_numpy_iterator()))
print(list(tf.data.Dataset.range(10).group_by_window(lambda x: x % 2, lambda k, w: w.batch(3), window_size=3).as_numpy_iterator()))
try:
    tf.data.Dataset.range(3).get_single_element()
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__, e)
v = tf.Variable([1.0, 2.0, 3.0, 4.0])
print(v.scatter_nd_update([[1], [3]], [10.0, 20.0]))
print(v.scatter_nd_add([[0]], [5.0]))
print(v.scatter_nd_sub([[0]], [1.0]).numpy(), v.scatter_nd_max([[2]], [7.0]).numpy(), v.scatter_nd_min([[3]], [0.5]).numpy())
print(v.sparse_read([0, 2]), v.gather_nd([[1]]))
iv = tf.IndexedSlices(tf.constant([100.0]), tf.constant([1]), tf.constant([4]))
print(iv)
print(v.scatter_update(iv).numpy(), v.scatter_add(iv).numpy(), v.scatter_sub(iv).numpy(), v.scatter_max(iv).numpy(), v.scatter_min(iv).numpy(), v.scatter_mul(iv).numpy(), v.scatter_div(iv).numpy())
print(v.is_initialized(), v.count_up_to if False else 0)
print(tf.convert_to_tensor(iv))
s = tf.TensorShape([2, None])
t = tf.TensorShape([None, 3])
print(s.merge_with(t), s.with_rank(2), s.with_rank_at_least(1), s.most_specific_compatible_shape([2, 4]))
print(tf.TensorShape([2, 3]).is_subtype_of(s), s.is_subtype_of(tf.TensorShape([2, 3])),
      tf.TensorShape([2, 3]).most_specific_common_supertype([tf.TensorShape([2, 4])]))
for f in [lambda: s.merge_with([3, 3]), lambda: s.with_rank(3), lambda: s.with_rank_at_most(1),
          lambda: s.assert_has_rank(1), lambda: s.assert_is_fully_defined(), lambda: s.assert_same_rank([1])]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)

import tensorflow as tf

x = tf.constant([0.5, -0.25, 0.875])
xb = tf.constant([1.5, 2.25, 3.875])
for name, arg in [("acos", x), ("asin", x), ("atan", x), ("acosh", xb), ("asinh", x), ("atanh", x), ("sinh", x),
                  ("cosh", x), ("lgamma", xb), ("log_sigmoid", x), ("softsign", x), ("rint", xb),
                  ("reciprocal_no_nan", tf.constant([0.0, 2.0, -4.0]))]:
    fn = getattr(tf.math, name)
    with tf.GradientTape() as tape:
        tape.watch(arg)
        y = fn(arg)
    print(name, y.numpy(), tape.gradient(y, arg))
print(tf.math.digamma(xb), tf.acos is tf.math.acos, tf.sinh(0.5), tf.math.softplus(tf.constant([-20.0, -1.0, 0.0, 3.0, 30.0])))
with tf.GradientTape() as tape:
    v = tf.constant([-20.0, -1.0, 0.0, 3.0, 30.0])
    tape.watch(v)
    y = tf.nn.softplus(v)
print(tape.gradient(y, v))
try:
    tf.math.acos(tf.constant([1, 2]))
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__, e)
a = tf.constant([0.0, 2.0, 3.0])
b = tf.constant([0.0, 3.0, 0.5])
print(tf.math.xlogy(a, b), tf.math.xdivy(a, b), tf.math.xlog1py(a, b))
print(tf.math.multiply_no_nan(tf.constant([float("inf"), 2.0]), tf.constant([0.0, 3.0])))
print(tf.math.logical_xor(tf.constant([True, False, True]), tf.constant([True, True, False])))
print(tf.truncatediv(tf.constant([-7, 7, -8]), 2), tf.truncatemod(tf.constant([-7, 7, -8]), 3))
print(tf.math.zero_fraction(tf.constant([0.0, 1.0, 0.0, 3.0])), tf.math.polyval([1.0, 2.0, 3.0], 2.0))
print(tf.math.invert_permutation([3, 4, 0, 2, 1]), tf.math.is_non_decreasing([1, 2, 2]),
      tf.math.is_strictly_increasing([1, 2, 2]))
print(tf.math.cumulative_logsumexp(tf.constant([1.0, 2.0, 3.0, 0.5])))
print(tf.math.cumulative_logsumexp(tf.constant([[1.0, 2.0], [3.0, 0.5]]), axis=1, exclusive=True, reverse=True))
data = tf.constant([1.0, 5.0, 3.0, 2.0, 5.0])
ids = tf.constant([0, 0, 2, 2, 2])
with tf.GradientTape(persistent=True) as tape:
    tape.watch(data)
    outs = [tf.math.segment_max(data, ids), tf.math.segment_min(data, ids), tf.math.segment_mean(data, ids),
            tf.math.segment_prod(data, ids), tf.math.unsorted_segment_max(data, ids, 4),
            tf.math.unsorted_segment_mean(data, ids, 3), tf.math.unsorted_segment_sqrt_n(data, ids, 3),
            tf.math.unsorted_segment_prod(data, ids, 3)]
for o in outs:
    print(o.numpy(), tape.gradient(o, data).numpy())
print(tf.math.unsorted_segment_min(tf.constant([1, 5, 3, 2]), tf.constant([0, 0, 2, 2]), 4))
print(tf.roll(tf.constant([1, 2, 3, 4, 5]), 2, 0), tf.roll(tf.constant([[1, 2, 3], [4, 5, 6]]), [1, -1], [0, 1]))
print(tf.searchsorted(tf.constant([1, 3, 5, 7]), tf.constant([0, 3, 6, 9])),
      tf.searchsorted(tf.constant([1, 3, 5, 7]), tf.constant([3, 7]), side="right"))
print(tf.unique_with_counts(tf.constant([4, 1, 1, 2, 4, 4, 7])))
print(tf.unravel_index([1, 5, 7], [3, 3]), tf.shape_n([tf.zeros([2, 3]), tf.zeros(4)]))
print(tf.reverse_sequence(tf.constant([[1, 2, 3, 4], [5, 6, 7, 8]]), [2, 3], seq_axis=1, batch_axis=0))
t = tf.constant([1, 2, 3, 4])
print(tf.tensor_scatter_nd_sub(t, [[1], [3]], [10, 20]), tf.tensor_scatter_nd_max(t, [[1], [3]], [10, 0]),
      tf.tensor_scatter_nd_min(t, [[1], [3]], [10, 0]))
print(tf.identity_n([tf.constant(1), tf.constant(2.0)]), tf.saturate_cast(tf.constant([300.0, -5.0]), tf.int32))
print(tf.math.scalar_mul(2.0, tf.constant([1.0, 2.0])), tf.realdiv(tf.constant(1.0), tf.constant(4.0)))
print(tf.math.softmax(tf.constant([1.0, 2.0])), tf.math.log_softmax(tf.constant([1.0, 2.0])))
print(tf.constant_initializer(3.0)([2]), tf.zeros_initializer()([2], tf.int32), tf.ones_initializer()([1, 2]))
print(tf.random_normal_initializer(0.0, 1.0, seed=3)([2]), tf.random_uniform_initializer(-1.0, 1.0, seed=3)([2]))
print(tf.version.VERSION, tf.get_logger().name)

import tensorflow as tf
x = tf.constant([[1., 2.], [3., 4.]])
print(tf.split(x, 2, axis=1))
print(tf.split(tf.range(10), [3, -1, 2]))
print(tf.math.top_k(tf.constant([1., 5., 3., 5.]), k=2))
print(tf.sort(tf.constant([3, 1, 2]), direction='DESCENDING'))
print(tf.argsort(tf.constant([3., 1., 2.])))
print(tf.cumsum(tf.constant([1, 2, 3])))
print(tf.cumsum(x, axis=1, exclusive=True))
print(tf.math.cumprod(x, reverse=True))
print(tf.boolean_mask(x, x > 2))
print(tf.boolean_mask(x, [True, False]))
print(tf.reverse(x, [0]))
print(tf.gather_nd(x, [[0, 1], [1, 0]]))
print(tf.unique(tf.constant([1, 1, 2, 4, 4, 4, 7, 8, 8])))
v = tf.Variable([1., 2., 3.])
with tf.GradientTape() as tape:
    y = tf.reduce_sum(tf.cumsum(v) ** 2)
print(tape.gradient(y, v))
with tf.GradientTape() as tape:
    y = tf.reduce_sum(tf.math.top_k(v, 2).values * tf.constant([1., 10.]))
print(tape.gradient(y, v))
with tf.GradientTape() as t2:
    with tf.GradientTape() as t1:
        y = tf.reduce_sum(tf.math.cumprod(v))
    g = t1.gradient(y, v)
print(g, t2.gradient(g, v))

import numpy as np
import tensorflow as tf

x = tf.constant([1.0, 2.5, -3.25, 0.1, 1000.0, 1e-3])
h = tf.cast(x, tf.float16)
print(h)
print(repr(h))
print(h.dtype, h.numpy(), h.numpy().dtype)
print(tf.constant([1.5, 2.0], dtype=tf.float16))
print(tf.constant(np.array([1.5, 2.7], np.float16)))
print(tf.ones([3], dtype=tf.float16) / 3)
print(tf.zeros([2, 2], dtype=tf.float16))
print(tf.cast(tf.constant([65504.0, 70000.0, 1e-8]), tf.float16))

# arithmetic stays in float16
print(h * 3)
print(h + 0.1)
print(tf.math.exp(h[:3]), tf.math.sqrt(tf.abs(h)))
print(tf.math.sigmoid(h))

# reductions
print(tf.reduce_sum(h), tf.reduce_mean(h), tf.reduce_max(h))
m = tf.cast(tf.reshape(tf.range(6.0), [2, 3]), tf.float16)
print(tf.reduce_sum(m, axis=0), tf.reduce_mean(m, axis=1))
print(tf.matmul(m, m, transpose_b=True))

# casts
print(tf.cast(h, tf.float32))
print(tf.cast(h, tf.int32))
print(tf.cast(h, tf.float64).dtype)

# gradients through a cast to float16
w = tf.Variable([0.5, -1.5, 2.0])
with tf.GradientTape() as tape:
    y = tf.reduce_sum(tf.square(tf.cast(w, tf.float16)))
print(y)
print(tape.gradient(y, w))

v = tf.Variable(tf.constant([1.0, 2.0], tf.float16))
with tf.GradientTape() as tape:
    loss = tf.reduce_sum(v * v * 3.0)
print(v)
print(tape.gradient(loss, v))

# bfloat16
b = tf.cast(x, tf.bfloat16)
print(b)
print(repr(b))
print(b * 3, tf.reduce_sum(b))
print(tf.cast(b, tf.float32))
print(tf.float16, tf.bfloat16, tf.half, tf.float16.size, tf.bfloat16.is_floating)

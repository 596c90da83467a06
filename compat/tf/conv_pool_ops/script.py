import numpy as np
import tensorflow as tf
x = tf.constant(np.arange(2 * 5 * 5 * 3, dtype=np.float32).reshape(2, 5, 5, 3) % 7 - 3)
k = tf.constant(np.arange(3 * 3 * 3 * 4, dtype=np.float32).reshape(3, 3, 3, 4) % 5 - 2)
print(tf.nn.conv2d(x, k, 1, 'VALID')[0, :, :, 0])
print(tf.nn.conv2d(x, k, 2, 'SAME').shape)
print(tf.nn.conv2d(x, k, [1, 2, 2, 1], 'SAME')[1, :, :, 3])
print(tf.nn.max_pool2d(x, 2, 2, 'VALID')[0, :, :, 1])
print(tf.nn.max_pool2d(x, 3, 2, 'SAME')[0, :, :, 2])
print(tf.nn.avg_pool2d(x, 2, 2, 'SAME')[1, :, :, 0])
v = tf.Variable(k)
with tf.GradientTape() as t:
    y = tf.reduce_sum(tf.nn.conv2d(x, v, 1, 'SAME') ** 2)
print(t.gradient(y, v)[:, :, 0, 0])

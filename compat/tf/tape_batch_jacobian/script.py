import tensorflow as tf
import numpy as np

x = tf.constant(np.array([[1.0, 2.0, 3.0],
                          [0.5, -1.0, 2.0]], dtype=np.float32))
w = tf.constant(np.array([[0.1, 0.2],
                          [-0.3, 0.4],
                          [0.5, -0.6]], dtype=np.float32))

with tf.GradientTape(persistent=True) as tape:
  tape.watch(x)
  y = tf.nn.relu(x @ w) + x[:, :2] ** 2

print(y)
j = tape.jacobian(y, x)
jb = tape.batch_jacobian(y, x)
print(j.shape)
print(jb.shape)
print(jb)
print(j[1, :, 1, :])
print(j[0, :, 1, :])
del tape

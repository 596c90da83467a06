import tensorflow as tf
import numpy as np

x = tf.constant([-2.0, -1.0, 0.0, 1.0, 2.0])
delta = tf.Variable(0.0)

with tf.GradientTape() as tape:
  tape.watch(x)
  y = tf.nn.sigmoid(x + delta)

dy_dx = tape.jacobian(y, x)
print(dy_dx.shape)
print(dy_dx)

x = tf.constant(np.arange(6, dtype=np.float32).reshape(2, 3) / 10.0)
w = tf.Variable(np.array([[1.0, -1.0], [0.5, 2.0], [0.0, 1.5]], dtype=np.float32), name='w')
with tf.GradientTape(persistent=True) as tape:
  y = tf.square(x @ w)

j = tape.jacobian(y, w)
print(f'y.shape: {y.shape}')
print(f'w.shape: {w.shape}')
print(f'j.shape: {j.shape}')
print(j[0, 1])
g = tape.gradient(y, w)
print(g)
print(tf.reduce_sum(j, axis=[0, 1]))

s = tf.Variable(2.0)
with tf.GradientTape() as tape:
  v = s * tf.constant([1.0, 2.0, 3.0])
print(tape.jacobian(v, s))

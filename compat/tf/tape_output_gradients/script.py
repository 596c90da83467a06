import tensorflow as tf

x = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape(persistent=True) as tape:
  y = x * x

print(tape.gradient(y, x))
print(tape.gradient(y, x, output_gradients=tf.constant([1.0, 0.0, -1.0])))
print(tape.gradient(y, x, output_gradients=tf.ones_like(y) * 0.5))

w = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
with tf.GradientTape() as tape2:
  out = tf.matmul(tf.constant([[1.0, 1.0]]), w)
print(tape2.gradient(out, w, output_gradients=tf.constant([[2.0, -3.0]])))
del tape

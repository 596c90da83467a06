import tensorflow as tf

x = tf.Variable(2.)
y = tf.Variable(3.)

with tf.GradientTape() as tape:
  z = y * y
print(tape.gradient(z, x))

x = tf.Variable([2., 2.])
y = tf.Variable(3.)

with tf.GradientTape() as tape:
  z = y**2
print(tape.gradient(z, x, unconnected_gradients=tf.UnconnectedGradients.ZERO))

with tf.GradientTape() as tape:
  z = y**2
print(tape.gradient(z, [x, y]))

with tf.GradientTape() as tape:
  z = y**2
print(tape.gradient(z, [x, y], unconnected_gradients='zero'))
print(tf.UnconnectedGradients.ZERO, tf.UnconnectedGradients.NONE)

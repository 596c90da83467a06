import tensorflow as tf

var = tf.Variable([1.0, 2.0], name='var')
opt = tf.keras.optimizers.Adam(learning_rate=0.1)
for step in range(5):
  with tf.GradientTape() as tape:
    loss = tf.reduce_sum(var ** 2) / 2.0
  grads = tape.gradient(loss, [var])
  opt.apply_gradients(zip(grads, [var]))
  print(step, var.numpy())
print(var)
print(opt.iterations)

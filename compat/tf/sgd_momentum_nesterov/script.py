import tensorflow as tf

x = tf.Variable(1.0, name='x')
opt = tf.keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)
for step in range(4):
  with tf.GradientTape() as tape:
    loss = (x - 3.0) ** 2 / 2.0
  grads = tape.gradient(loss, [x])
  opt.apply_gradients(zip(grads, [x]))
  print(step, x.numpy())

w = tf.Variable([1.0, -2.0], name='w')
opt2 = tf.keras.optimizers.SGD(learning_rate=0.05, momentum=0.5, nesterov=True)
for step in range(3):
  with tf.GradientTape() as tape:
    loss = tf.reduce_sum(w ** 2)
  g = tape.gradient(loss, w)
  opt2.apply_gradients([(g, w)])
  tf.print("step", step, "w =", w)
print(w)
print(opt2.iterations.numpy())

import tensorflow as tf

var1 = tf.Variable(10.0)
var2 = tf.Variable(-4.0)
loss = lambda: (var1 ** 2) / 2.0 + (var2 - 1.0) ** 2   # d(loss)/d(var1) = var1
opt = tf.keras.optimizers.SGD(learning_rate=0.1)
step_count = opt.minimize(loss, [var1, var2])
print(var1.numpy(), var2.numpy())
for _ in range(9):
  opt.minimize(loss, var_list=[var1, var2])
print(var1.numpy(), var2.numpy())
tf.print(loss())

w = tf.Variable([0.5, -0.5])
adam = tf.keras.optimizers.Adam(learning_rate=0.05)
def loss_fn():
  return tf.reduce_sum((w - tf.constant([1.0, 2.0])) ** 2)
for i in range(3):
  adam.minimize(loss_fn, var_list=[w])
  print(i, w.numpy(), loss_fn().numpy())

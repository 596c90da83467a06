import numpy as np
import tensorflow as tf

x_np = np.linspace(-2.0, 2.0, 21).astype(np.float32)
y_np = (3.0 * x_np + 2.0 + 0.1 * np.sin(5 * x_np)).astype(np.float32)
x = tf.constant(x_np)
y = tf.constant(y_np)

w = tf.Variable(0.0, name='w')
b = tf.Variable(0.0, name='b')

def model(x):
  return w * x + b

learning_rate = 0.05
for step in range(101):
  with tf.GradientTape() as tape:
    loss = tf.reduce_mean(tf.square(model(x) - y))
  dw, db = tape.gradient(loss, [w, b])
  w.assign_sub(learning_rate * dw)
  b.assign_sub(learning_rate * db)
  if step % 20 == 0:
    print(f"step {step:3d}: loss={loss.numpy():.6f} w={w.numpy():.4f} b={b.numpy():.4f}")

print(w)
print(b)
print(model(tf.constant([0.0, 1.0])))

import tensorflow as tf

x = tf.constant([1, 3.0])
with tf.GradientTape(persistent=True) as tape:
  tape.watch(x)
  y = x * x
  z = y * y

print(tape.gradient(z, x).numpy())  # [4.0, 108.0] (4 * x**3 at x = [1.0, 3.0])
print(tape.gradient(y, x).numpy())  # [2.0, 6.0] (2 * x at x = [1.0, 3.0])
print(tape.gradient(z, x))
print(tape.gradient(z, y))
del tape   # Drop the reference to the tape

w = tf.Variable(2.0, name='w')
b = tf.Variable(0.5, name='b')
with tf.GradientTape(persistent=True) as t:
  y1 = w * 3.0 + b
  y2 = w ** 2
grads = t.gradient(y1, [w, b])
print(grads)
print(t.gradient(y2, w))
print(t.gradient(y2, b))
del t

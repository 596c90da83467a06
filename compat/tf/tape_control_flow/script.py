import tensorflow as tf

x = tf.constant(1.0)

v0 = tf.Variable(2.0)
v1 = tf.Variable(2.0)

with tf.GradientTape(persistent=True) as tape:
  tape.watch(x)
  if x > 0.0:
    result = v0
  else:
    result = v1**2

dv0, dv1 = tape.gradient(result, [v0, v1])

print(dv0)
print(dv1)
dx = tape.gradient(result, x)
print(dx)
del tape

x = tf.Variable(1.5)
with tf.GradientTape() as tape:
  y = x
  for i in range(3):
    y = y * x + float(i)
print(y)
print(tape.gradient(y, x))

@tf.function
def f(x):
  return tf.reduce_sum(tf.exp(x) * 2.0)

z = tf.Variable([0.0, 1.0])
with tf.GradientTape() as tape:
  out = f(z)
print(out)
print(tape.gradient(out, z))

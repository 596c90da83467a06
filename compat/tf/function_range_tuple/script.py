import tensorflow as tf

@tf.function
def sum_and_sumsq(n):
  s = tf.constant(0)
  sq = tf.constant(0)
  for i in tf.range(n):
    s += i
    sq += i * i
  return s, sq

print(sum_and_sumsq(tf.constant(5)))
s, sq = sum_and_sumsq(tf.constant(10))
print(s)
print(sq.numpy())

@tf.function
def power_iter(x):
  y = x
  for _ in tf.range(3):
    y = y * x
  return y, y / 2.0

out = power_iter(tf.constant([1.0, 2.0]))
print(type(out).__name__)
print(out)
tf.print(out)

@tf.function
def add(a, b):
  return a + b

print(add(tf.ones([2, 2]), tf.ones([2, 2])))

v = tf.Variable(1.0)

@tf.function
def grad_fn(x):
  with tf.GradientTape() as tape:
    y = v * x * x
  return tape.gradient(y, v)

print(grad_fn(tf.constant(3.0)))

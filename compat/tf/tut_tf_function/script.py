import numpy as np
import tensorflow as tf

@tf.function  # The decorator converts `add` into a `PolymorphicFunction`.
def add(a, b):
  return a + b

print(add(tf.ones([2, 2]), tf.ones([2, 2])))  #  [[2., 2.], [2., 2.]]

v = tf.Variable(1.0)
with tf.GradientTape() as tape:
  result = add(v, 1.0)
print(tape.gradient(result, v))

@tf.function
def dense_layer(x, w, b):
  return add(tf.matmul(x, w), b)

print(dense_layer(tf.ones([3, 2]), tf.ones([2, 2]), tf.ones([2])))

@tf.function
def double(a):
  print("Tracing double with a", a.dtype.name, "tensor of shape", a.shape)
  return a + a

print(double(tf.constant(1)))
print()
print(double(tf.constant(1.1)))
print()
print(double(tf.constant(2)))
print(double(tf.constant([1, 2])))
print(double(tf.constant([3, 4])))
print(double.experimental_get_tracing_count())

@tf.function
def f(x):
  print("Traced with", x)
  tf.print("Executed with", x)

f(1)
f(1)
f(2)

@tf.function
def g(x):
  return x * x

print(g(tf.constant(3.0)), g(3.0).numpy())

def train_one_step():
  pass

@tf.function
def train(num_steps):
  print("Tracing train")
  tf.print("Executing with num_steps = ", num_steps)
  for _ in tf.range(num_steps):
    train_one_step()

print("Retracing occurs for different Python arguments.")
train(num_steps=10)
train(num_steps=20)
train(num_steps=10)

print()
print("Traces are reused for Tensor arguments.")
train(num_steps=tf.constant(10))
train(num_steps=tf.constant(20))

@tf.function(input_signature=(tf.TensorSpec(shape=[None], dtype=tf.int32),))
def next_collatz(x):
  print("Tracing next_collatz")
  return tf.where(x % 2 == 0, x // 2, 3 * x + 1)

print(next_collatz(tf.constant([1, 2])))
print(next_collatz(tf.constant([1, 2, 3, 4])))
try:
  next_collatz(tf.constant([[1, 2], [3, 4]]))
except (TypeError, ValueError) as e:
  print(type(e).__name__)
print(next_collatz.experimental_get_tracing_count())

class Count(tf.Module):
  def __init__(self):
    self.count = None

  @tf.function
  def __call__(self):
    if self.count is None:
      self.count = tf.Variable(0)
    return self.count.assign_add(1)

c = Count()
print(c())
print(c())

class Linear(tf.Module):
  def __init__(self):
    self.w = tf.Variable([[1.0], [2.0]])
    self.b = tf.Variable(0.5)

  @tf.function
  def __call__(self, x):
    print("Tracing Linear.__call__")
    return tf.matmul(x, self.w) + self.b

lin = Linear()
x = tf.constant([[1.0, 1.0], [2.0, 0.5]])
for step in range(3):
  with tf.GradientTape() as tape:
    loss = tf.reduce_sum(lin(x) ** 2)
  gw, gb = tape.gradient(loss, [lin.w, lin.b])
  lin.w.assign_sub(0.01 * gw)
  lin.b.assign_sub(0.01 * gb)
  print(step, loss.numpy())
print(lin.w.numpy().ravel(), lin.b.numpy())

@tf.function
def sum_even(items):
  s = 0
  for c in items:
    if c % 2 > 0:
      continue
    s += c
  return s

print(sum_even(tf.constant([10, 12, 15, 20])))

@tf.function
def pow_loop(x, n):
  y = tf.constant(1.0)
  for i in tf.range(n):
    y = y * x
  return y

print(pow_loop(tf.constant(2.0), tf.constant(5)))

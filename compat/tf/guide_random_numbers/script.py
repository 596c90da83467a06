# TensorFlow guide "Random number generation" (guide/random_numbers): the tf.random.Generator and
# stateless parts that need no distribution strategy, checkpoint or SavedModel (and not the cell counting
# traces with a Python global, which ferrograd's eager tf.function increments on every call); then more
# Generator methods (truncated_normal, uniform_full_int, from_state, skip).
import tensorflow as tf

g1 = tf.random.Generator.from_seed(1)
print(g1.normal(shape=[2, 3]))
g1 = tf.random.Generator.from_seed(1, alg='philox')
print(g1.normal(shape=[2, 3]))

g = tf.random.Generator.from_seed(1)
print(g.normal([]))
print(g.normal([]))
g.reset_from_seed(1)
print(g.normal([]))

g = tf.random.Generator.from_seed(1)
print(g.normal([]))
new_gs = g.split(3)
for new_g in new_gs:
  print(new_g.normal([]))
print(g.normal([]))

g = tf.random.Generator.from_seed(1)
@tf.function
def foo():
  return g.normal([])
print(foo())

g = None
@tf.function
def foo():
  global g
  if g is None:
    g = tf.random.Generator.from_seed(1)
  return g.normal([])
print(foo())
print(foo())

num_traces = 0
@tf.function
def foo(g):
  global num_traces
  num_traces += 1
  return g.normal([])
foo(tf.random.Generator.from_seed(1))
foo(tf.random.Generator.from_seed(2))
print(num_traces)

print(tf.random.stateless_normal(shape=[2, 3], seed=[1, 2]))
print(tf.random.stateless_normal(shape=[2, 3], seed=[1, 2]))

g = tf.random.Generator.from_seed(5)
print(g.state, g.algorithm)
print(g.uniform([2, 2], minval=-1.0, maxval=1.0))
print(g.truncated_normal([3]))
print(g.uniform_full_int([2], dtype=tf.int64))
g.reset_from_seed(5)
print(g.state)
g2 = tf.random.Generator.from_state(g.state, alg=g.algorithm)
print(g2.normal([2]), g.normal([2]))
g.skip(10)
print(g.state)
print(tf.random.stateless_uniform([2, 2], seed=[3, 4]))
print(tf.random.stateless_truncated_normal([3], seed=[3, 4]))

# tf.function and tf.Variable (guide/function "Creating tf.Variables", input_signature binding).
import numpy as np
import tensorflow as tf


@tf.function
def f(x):
    v = tf.Variable(1.0)
    return v + x


for _ in range(2):
    try:
        f(1.0)
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[-1].strip()[:120])


class Count(tf.Module):
    def __init__(self):
        self.count = None

    @tf.function
    def __call__(self):
        if self.count is None:
            self.count = tf.Variable(0)
        return self.count.assign_add(1)


c = Count()
print(c().numpy(), c().numpy(), c().numpy())


@tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.float32)])
def next_collatz(x):
    print("Tracing with", x)
    return tf.where(x % 2 == 0, x // 2, 3 * x + 1)


print(next_collatz(tf.constant([1.0, 2.0])))
print(next_collatz([3.0, 4.0, 5.0]))
print(next_collatz(np.array([6.0], np.float32)))
for bad in (tf.constant([[1.0, 2.0]]), tf.constant([1, 2])):
    try:
        next_collatz(bad)
    except TypeError as e:
        print("TypeError:", str(e).split("Received")[0])
try:
    next_collatz(tf.constant([1.0]), 2)
except TypeError as e:
    print("TypeError:", str(e).split("Received")[0])


@tf.function
def g(x):
    print("Tracing g with", x)
    return x


for a in (1, 1.0, True, 2, tf.constant(1), tf.constant(2)):
    g(a)
print("traces:", g.experimental_get_tracing_count())

v = tf.Variable([1.0, 2.0, 3.0])
print(v.aggregation, v.synchronization)
print(v.scatter_update(tf.IndexedSlices([10.0], [1])).numpy())
print(v.scatter_add(tf.IndexedSlices([1.0, 1.0], [0, 2])).numpy())
print(v.scatter_max(tf.IndexedSlices([5.0], [0])).numpy())

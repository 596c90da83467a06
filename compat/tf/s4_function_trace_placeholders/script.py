import tensorflow as tf


@tf.function
def double(a):
    print("Tracing with", a)
    return a + a


print(double(tf.constant(1)))
print()
print(double(tf.constant(1.1)))
print()
print(double(tf.constant("a")))
print()
print(double(tf.constant(2)))
print(double(a=tf.constant([1.0, 2.0])))


@tf.function(input_signature=(tf.TensorSpec(shape=[None], dtype=tf.int32),))
def next_collatz(x):
    print("Tracing with", x)
    return tf.where(x % 2 == 0, x // 2, 3 * x + 1)


print(next_collatz(tf.constant([1, 2])))
print(next_collatz(tf.constant([1, 2, 3, 4])))


@tf.function
def f(x, n):
    print("Tracing", x, n)
    tf.print("Executing", x, n)
    return x * n


f(tf.constant(2.0), 3)
f(tf.constant(2.0), 3)
f(tf.constant(3.0), 4)


class M(tf.Module):
    @tf.function
    def __call__(self, x):
        print("method trace", x)
        return x * 2


m = M()
print(m(tf.constant([1, 2])))
print(m(tf.constant([3, 4])))
v = tf.Variable(1.0)


@tf.function
def g(var, t):
    print("var", var, "t", t)
    return var + t


print(g(v, tf.constant(2.0)))
print(double(tf.constant("b")))
print(double.experimental_get_tracing_count())

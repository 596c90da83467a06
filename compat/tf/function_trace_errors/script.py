# Exceptions raised by Python code while a tf.function traces: same type, "in user code:" and the frames.
import tensorflow as tf


class ShapeError(Exception):
    pass


def check(x):
    if x.shape.rank != 1:
        raise ShapeError("expected a vector, got rank %d" % x.shape.rank)
    return x


@tf.function
def normalize(x):
    x = check(x)
    return x / tf.reduce_sum(x)


print(normalize(tf.constant([1.0, 3.0])))
for arg in (tf.constant([[1.0]]), tf.constant(2.0)):
    try:
        normalize(arg)
    except ShapeError as e:
        print(type(e).__name__, isinstance(e, ShapeError))
        print(e)


@tf.function
def lookup(key):
    table = {"a": 1}
    return table[key]


try:
    lookup("b")
except KeyError as e:
    print(repr(str(e)))
print(lookup("a"))


@tf.function
def fails_once(x):
    if x > 2:
        raise ValueError("too large: %d" % x)
    return x


for v in (1, 5, 5):
    try:
        print(fails_once(v))
    except ValueError as e:
        print(str(e).splitlines()[-1].strip())
print(fails_once.experimental_get_tracing_count())

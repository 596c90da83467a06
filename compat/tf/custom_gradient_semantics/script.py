# tf.custom_gradient as in TensorFlow's backprop tests and the advanced autodiff guide.
import tensorflow as tf


@tf.custom_gradient
def log1pexp(x):
    e = tf.exp(x)

    def grad(upstream):
        return upstream * (1 - 1 / (1 + e))

    return tf.math.log(1 + e), grad


x = tf.constant(100.0)
with tf.GradientTape() as tape:
    tape.watch(x)
    y = log1pexp(x)
print(y.numpy(), tape.gradient(y, x).numpy())


@tf.custom_gradient
def my_mul(a, b):
    def grad(dr):
        return [dr * b, dr * a]

    return a * b, grad


w = tf.Variable(2.0)
for step in range(4):
    with tf.GradientTape() as tape:
        loss = my_mul(2.0, w.read_value())
    g = tape.gradient(loss, w)
    w.assign_sub(0.25 * g)
    print(step, loss.numpy(), g.numpy(), w.numpy())

scale = tf.Variable(3.0)


@tf.custom_gradient
def scaled(x):
    def grad(dy, variables=None):
        return dy * scale, [tf.reduce_sum(dy * x) for _ in variables]

    return x * scale, grad


x = tf.constant([1.0, 2.0])
with tf.GradientTape() as tape:
    tape.watch(x)
    y = scaled(x)
dx, dscale = tape.gradient(y, [x, scale])
print(dx.numpy(), dscale.numpy())


@tf.custom_gradient
def bad_identity(x):
    def grad(_):
        return []

    return x, grad


v = tf.Variable(1.0)
with tf.GradientTape() as tape:
    y = bad_identity(v)
try:
    tape.gradient(y, [v])
except ValueError as e:
    print("ValueError:", e)


@tf.custom_gradient
def clip_gradient(x):
    def grad(dy):
        return tf.clip_by_norm(dy, 0.5)

    return tf.identity(x), grad


x = tf.constant([3.0, 4.0])
with tf.GradientTape() as outer:
    outer.watch(x)
    with tf.GradientTape() as inner:
        inner.watch(x)
        y = tf.reduce_sum(clip_gradient(x) ** 2)
    g = inner.gradient(y, x)
    print("clipped", g.numpy())


@tf.custom_gradient
def f(x):
    def first_order_grad(dz):
        @tf.custom_gradient
        def first_order_custom(unused_x):
            def h(ddz):
                return -2.1 * ddz

            return -1.1, h

        return dz * first_order_custom(x)

    return x + 10.0, first_order_grad


c = tf.constant(1.0)
with tf.GradientTape() as outer:
    outer.watch(c)
    with tf.GradientTape() as inner:
        inner.watch(c)
        d = f(c) ** 4.0
    dd = inner.gradient(d, c)
print("first", dd.numpy(), "second", outer.gradient(dd, c).numpy())

layer = tf.recompute_grad(lambda t: tf.sin(t) * t)
x = tf.Variable(0.5)
with tf.GradientTape() as tape:
    y = layer(x)
print("recompute", y.numpy(), tape.gradient(y, x).numpy())

x = tf.constant(10.0)
x1 = tf.identity(x)
with tf.GradientTape() as tape:
    tape.watch(x)
    tape.watch(x1)
    loss = x * 2.0 + x1 * 3.0
print([g.numpy() for g in tape.gradient(loss, [x, x1])])

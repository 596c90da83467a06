import tensorflow as tf
x = tf.Variable(3.0)
with tf.GradientTape(persistent=True) as tape:
    y = x * x
z = y * 2
print(tape.gradient(z, x))
print(tape.gradient(y, x))
w = tf.constant(2.0)
with tf.GradientTape() as t2:
    t2.watch(w)
    a = w * w
b = a + w
print(t2.gradient(b, w))
x = tf.Variable(3.0)
y0 = x * x
with tf.GradientTape(persistent=True) as tape:
    tape.watch(y0)
    y = y0 * 3
print(tape.gradient(y, x), tape.gradient(y, y0))
with tf.GradientTape(persistent=True) as t2:
    a = x * 2
b = a * 3
with t2:
    c = b * 4
    d = a * 5
print(t2.gradient(c, x), t2.gradient(d, x), t2.gradient([c, d], [x]))
print(t2.jacobian(d, x), t2.gradient(b, a))
x = tf.Variable(3.0)
with tf.GradientTape(persistent=True) as t:
    y = x * x
    t.reset()
    z = x * 3
    with t.stop_recording():
        q = x * 7
    r = q + z
print(t.gradient(y, x), t.gradient(z, x), t.gradient(r, x), t.gradient(q, x))

import tensorflow as tf

w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name='w')
b = tf.Variable([0.5, -0.5], name='b')
x = [[1., 2.]]

with tf.GradientTape(persistent=True) as tape:
  y = x @ w + b
  loss = tf.reduce_mean(y**2)

my_vars = {
    'w': w,
    'b': b
}
grad = tape.gradient(loss, my_vars)
print(grad['b'])
print(type(grad).__name__, sorted(grad.keys()))

v = [[w, b], [b]]
g = tape.gradient(loss, v)
print(type(g).__name__, len(g), [len(e) for e in g])
print(g[0][0])
print(g[1][0])

g2 = tape.gradient(loss, (w, [b]))
print(type(g2).__name__, type(g2[1]).__name__)
print(g2[1][0].numpy())
del tape

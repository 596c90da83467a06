import tensorflow as tf

x = tf.Variable(2.0)

# Took gradient through an integer
with tf.GradientTape() as g:
  y = tf.cast(x, tf.int32)
  z = tf.cast(y, tf.float32) * 3.0
print(g.gradient(z, x))

x0 = tf.Variable(3.0, name='x0')
# Not trainable
x1 = tf.Variable(3.0, name='x1', trainable=False)
# Not a Variable: A variable + tensor returns a tensor.
x2 = tf.Variable(2.0, name='x2') + 1.0
# Not a variable
x3 = tf.constant(3.0, name='x3')

with tf.GradientTape() as tape:
  y = (x0**2) + (x1**2) + (x2**2)

grad = tape.gradient(y, [x0, x1, x2, x3])

for g in grad:
  print(g)

x = tf.Variable(2.0)
for epoch in range(2):
  with tf.GradientTape() as tape:
    y = x+1

  print(type(x).__name__, ":", tape.gradient(y, x))
  x = x + 1   # This should be `x.assign_add(1)`

x = tf.Variable(2.0)
with tf.GradientTape() as tape:
  x.assign_add(1.0)
  y = x * 2.0
print(tape.gradient(y, x))

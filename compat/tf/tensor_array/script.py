import tensorflow as tf
ta = tf.TensorArray(tf.float32, size=3)
ta = ta.write(0, 1.0)
try:
  ta.write(1, [2.0])
except ValueError as e:
  print(e)
ta = ta.write(1, 2.0)
print(ta.size(), ta.dtype)
try:
  ta.write(5, 3.0)
except Exception as e:
  print(type(e).__name__, e)
ta2 = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
for i in range(4):
  ta2 = ta2.write(i, tf.fill([2], float(i)))
print(ta2.stack())
print(ta2.read(2))
print(ta2.gather([0, 3]))
print(ta2.concat())
ta3 = tf.TensorArray(tf.int32, size=3).unstack(tf.constant([[1, 2], [3, 4], [5, 6]]))
print(ta3.read(1), ta3.size())
ta4 = tf.TensorArray(tf.float32, size=4).scatter([0, 2], tf.constant([[1., 1.], [2., 2.]]))
print(ta4.stack())
x = tf.Variable([1.0, 2.0])
with tf.GradientTape() as tape:
  t = tf.TensorArray(tf.float32, size=2)
  t = t.write(0, x * 2.0)
  t = t.write(1, x * x)
  loss = tf.reduce_sum(t.stack())
print(tape.gradient(loss, x))
print(tf.TensorArray(tf.float32, size=0).stack())
print(tf.TensorArray(tf.float32, size=2, element_shape=[3]).stack())
try:
  tf.TensorArray(tf.float32, size=2).read(5)
except Exception as e:
  print(type(e).__name__, e)
try:
  ta3.write(0, tf.constant([1.0, 2.0]))
except Exception as e:
  print(type(e).__name__, e)
print(ta2.element_shape)

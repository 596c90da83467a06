import tensorflow as tf
import numpy as np

a = tf.constant(0.1)
b = tf.constant(1 / 3)
print([a, b])
print(repr(tf.constant(0.1, dtype=tf.float64)))
print(repr(tf.constant(3)), repr(tf.constant(True)))
print((tf.constant(2.5), tf.constant([1, 2])))
print(repr(tf.constant([0.1, 0.2])))
print(repr(tf.constant([[1.0, 2.0], [3.0, 4.0]])))
print(repr(tf.constant([[1, 2], [3, 4]], dtype=tf.int64)))
print(tf.Variable(0.1, name='lr'))
print(tf.Variable(7, dtype=tf.int64))
print([tf.Variable(2.0)])
print({'x': tf.constant(1.5)})
x = tf.Variable(3.0)
with tf.GradientTape() as tape:
  y = x * 0.7
print([tape.gradient(y, x)])
print(repr(tf.range(2000, dtype=tf.float64)))

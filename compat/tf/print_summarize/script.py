import sys
import tensorflow as tf

x = tf.range(10)
tf.print(x)
tf.print(x, summarize=2)
tf.print(x, summarize=-1)
tf.print(tf.range(6))
tf.print(tf.range(7))
m = tf.reshape(tf.range(64, dtype=tf.float32), (8, 8))
tf.print(m)
tf.print(m, output_stream=sys.stdout)
print(tf.range(1000))
print(tf.range(1001))
print(tf.reshape(tf.range(1200, dtype=tf.float32), (40, 30)))
print(tf.range(12))

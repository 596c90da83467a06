import tensorflow as tf

a = tf.constant([1.0, 2.0])
b = tf.constant([1, 2])
print(a + tf.cast(b, tf.float32))
print(a + b)

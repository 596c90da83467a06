import tensorflow as tf

print(tf.constant(1, dtype=tf.float32))
print(tf.constant(1.5, dtype=tf.int32))

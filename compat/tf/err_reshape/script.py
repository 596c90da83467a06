import tensorflow as tf

t = tf.range(6)
print(tf.reshape(t, [2, 3]))
print(tf.reshape(t, [4, -1]))

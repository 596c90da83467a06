import tensorflow as tf
import numpy as np

# This will be an int32 tensor by default; see "dtypes" below.
rank_0_tensor = tf.constant(4)
print(rank_0_tensor)
# Let's make this a float tensor.
rank_1_tensor = tf.constant([2.0, 3.0, 4.0])
print(rank_1_tensor)
# If you want to be specific, you can set the dtype (see below) at creation time
rank_2_tensor = tf.constant([[1, 2],
                             [3, 4],
                             [5, 6]], dtype=tf.float16)
print(rank_2_tensor)
# There can be an arbitrary number of
# axes (sometimes called "dimensions")
rank_3_tensor = tf.constant([
  [[0, 1, 2, 3, 4],
   [5, 6, 7, 8, 9]],
  [[10, 11, 12, 13, 14],
   [15, 16, 17, 18, 19]],
  [[20, 21, 22, 23, 24],
   [25, 26, 27, 28, 29]],])
print(rank_3_tensor)
print(tf.constant(2.5, dtype=tf.float64))
print(tf.constant([1.0, 2.0], dtype=tf.float64))
print(tf.constant([[1, 2], [3, 4]], dtype=tf.int64))
print(tf.constant(np.array([1, 2, 3])))
print(tf.constant(np.array([1.0, 2.0])))
print(tf.constant(True))
print(tf.constant([[True, False], [False, True]]))
print(tf.constant([], dtype=tf.float32))
print(tf.constant(-0.0))
print(tf.constant([[1.0, 2.5, -3.0]]))
print(tf.constant([[1.0], [2.5], [-3.0]]))
print(rank_2_tensor.shape, rank_2_tensor.dtype, rank_2_tensor.ndim)
print(rank_3_tensor.shape)
print(np.array(rank_2_tensor))
print(rank_1_tensor.numpy())
print(repr(rank_1_tensor))
print(f"{rank_0_tensor}")
print(str(tf.constant(1.0)))

# tf.image docstring examples (image_ops_impl.py of TF 2.21), printed; plus the gradient of the ops that have one.
import tensorflow as tf

x = [[[1.0, 2.0, 3.0],
      [4.0, 5.0, 6.0]],
    [[7.0, 8.0, 9.0],
      [10.0, 11.0, 12.0]]]
print(repr(tf.image.flip_left_right(x)))
print(repr(tf.image.flip_up_down(x)))
print(repr(tf.image.adjust_brightness(x, delta=0.1)))
print(repr(tf.image.adjust_contrast(x, 2.)))
original = tf.constant([[[1.0, 2.0, 3.0]]])
converted = tf.image.rgb_to_grayscale(original)
print(converted.numpy())
img = tf.Variable(tf.reshape(tf.range(24, dtype=tf.float32), [2, 2, 2, 3]) / 10.0)
with tf.GradientTape() as tape:
  y = tf.reduce_sum(tf.image.rgb_to_grayscale(tf.image.flip_left_right(tf.image.adjust_brightness(img, 0.5))) ** 2)
print(tape.gradient(y, img))
print(tf.image.flip_up_down(img))

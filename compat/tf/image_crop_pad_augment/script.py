# tf.image crops, pads, rotations, standardization, dtype conversion and the seeded / stateless augmentations of the data augmentation tutorial.
import numpy as np
import tensorflow as tf
x = tf.reshape(tf.range(2 * 5 * 6 * 3, dtype=tf.float32), [2, 5, 6, 3])
x3 = x[0]
print(tf.image.crop_to_bounding_box(x, 1, 2, 3, 3).numpy()[0, :, :, 0])
print(tf.image.pad_to_bounding_box(x3, 1, 0, 7, 8).shape, tf.image.pad_to_bounding_box(x3, 1, 0, 7, 8).numpy()[:2, :3, 0])
print(tf.image.resize_with_crop_or_pad(x3, 3, 9).numpy()[:, :, 0])
print(tf.image.central_crop(x3, 0.5).numpy()[:, :, 0])
print(tf.image.central_crop(x, 0.3).shape)
print(tf.image.per_image_standardization(x3).numpy()[0, :3, 0])
print(tf.image.per_image_standardization(tf.constant([[[1], [1]]], tf.int32)).numpy().ravel())
print(tf.image.grayscale_to_rgb(x3[..., :1]).shape)
print(tf.image.transpose(x).shape, tf.image.rot90(x3).numpy()[:, :, 0], tf.image.rot90(x, k=3).numpy()[1, 0, :, 0])
print(tf.image.convert_image_dtype(tf.constant([0, 100, 2**31 - 1]), tf.float32).numpy())
print(tf.image.convert_image_dtype(tf.constant([0.0, 0.5, 0.25]), tf.int32).numpy())
print(tf.image.convert_image_dtype(tf.constant([0.5]), tf.float64).numpy())
tf.random.set_seed(5)
print(tf.image.random_flip_left_right(x3).numpy()[0, :, 0], tf.image.random_flip_up_down(x, seed=3).numpy()[:, :, 0, 0])
print(tf.image.random_crop(x3, [2, 2, 3], seed=1).numpy()[:, :, 0])
print(tf.image.random_brightness(x3, 0.5).numpy()[0, 0])
print(tf.image.random_contrast(x3, 0.2, 0.5, seed=7).numpy()[0, 0])
s = (1, 2)
print(tf.image.stateless_random_flip_left_right(x3, s).numpy()[0, :, 0], tf.image.stateless_random_flip_up_down(x, seed=s).numpy()[:, :, 0, 0])
print(tf.image.stateless_random_crop(x3, [2, 2, 3], seed=s).numpy()[:, :, 0])
print(tf.image.stateless_random_brightness(x3, 0.5, s).numpy()[0, 0])
print(tf.image.stateless_random_contrast(x3, 0.2, 0.5, seed=s).numpy()[0, 0])
for bad in (lambda: tf.image.crop_to_bounding_box(x3, 0, 0, 9, 1), lambda: tf.image.central_crop(x3, 0.0), lambda: tf.image.random_brightness(x3, -1.)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

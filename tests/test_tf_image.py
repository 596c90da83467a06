"""tf.image ops: the TF 2.21 docstring examples (image_ops_impl.py)."""
import numpy as np

import ferrograd.tensorflow as tf

X = [[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]]]


def test_flips_brightness_contrast():
    assert tf.image.flip_left_right(X).numpy().tolist() == [[[4, 5, 6], [1, 2, 3]], [[10, 11, 12], [7, 8, 9]]]
    assert tf.image.flip_up_down(X).numpy().tolist() == [[[7, 8, 9], [10, 11, 12]], [[1, 2, 3], [4, 5, 6]]]
    np.testing.assert_array_equal(tf.image.adjust_brightness(X, delta=0.1).numpy(),
                                  np.array(X, np.float32) + np.float32(0.1))
    assert tf.image.adjust_contrast(X, 2.).numpy().tolist() == [[[-3.5, -2.5, -1.5], [2.5, 3.5, 4.5]],
                                                                 [[8.5, 9.5, 10.5], [14.5, 15.5, 16.5]]]
    g = tf.image.rgb_to_grayscale(tf.constant([[[1.0, 2.0, 3.0]]]))
    assert g.shape == (1, 1, 1) and abs(float(g[0, 0, 0]) - 1.8149) < 1e-6

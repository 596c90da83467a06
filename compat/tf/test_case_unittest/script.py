# A unit test module in the style of TensorFlow's own tests: tf.test.TestCase + tf.test.main().
import numpy as np
import tensorflow as tf


def squared_error(y, y_hat):
    return tf.reduce_mean(tf.square(y - y_hat))


class SquaredErrorTest(tf.test.TestCase):

    def test_value(self):
        y = tf.constant([1.0, 2.0, 3.0])
        y_hat = tf.constant([1.5, 2.0, 2.0])
        self.assertAllClose(squared_error(y, y_hat), 0.41666666)
        print("value", self.evaluate(squared_error(y, y_hat)))

    def test_gradient(self):
        y_hat = tf.Variable([1.5, 2.0, 2.0])
        with tf.GradientTape() as tape:
            loss = squared_error(tf.constant([1.0, 2.0, 3.0]), y_hat)
        grad = tape.gradient(loss, y_hat)
        self.assertAllClose(grad, [1.0 / 3, 0.0, -2.0 / 3])
        self.assertAllInRange(grad, -1.0, 1.0)
        print("gradient", grad.numpy())

    def test_numeric_gradient(self):
        theoretical, numerical = tf.test.compute_gradient(
            lambda x: squared_error(tf.constant([1.0, 2.0]), x), [tf.constant([0.5, 3.0])])
        self.assertAllClose(theoretical, numerical, atol=1e-3)
        print("jacobian", theoretical[0])

    def test_shapes_and_types(self):
        x = tf.ones([2, 3], dtype=tf.int32)
        self.assertAllEqual(tf.shape(x), [2, 3])
        self.assertDTypeEqual(x, np.int32)
        self.assertShapeEqual(np.zeros([2, 3]), x)
        self.assertLen(tf.unstack(x), 2)
        self.assertAllInSet(x, [1])
        self.assertAllGreater(x, 0)
        print("shape ok", x.shape)

    def test_errors(self):
        with self.assertRaises(tf.errors.InvalidArgumentError):
            tf.debugging.assert_equal(tf.constant(1), tf.constant(2))
        with self.assertRaisesRegex(ValueError, "must have rank"):
            tf.debugging.assert_rank(tf.ones([2]), 2)
        with self.assertRaisesOpError("Incompatible shapes"):
            tf.constant([1, 2]) + tf.constant([1, 2, 3])
        print("errors ok")

    def test_seeded_setup(self):
        # TestCase.setUp seeds numpy, random and TensorFlow with the same default seed
        print("numpy", np.random.rand())
        print("tf", tf.random.uniform([2]).numpy())


if __name__ == "__main__":
    tf.test.main()

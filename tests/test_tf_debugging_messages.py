"""tf.debugging assertions: TF 2.21's eager exception types and texts (recorded from TF)."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf

IA, VE, TE = tf.errors.InvalidArgumentError, ValueError, TypeError
x = tf.constant([1.0, 2.0, 3.0])
CASES = [
    (lambda: tf.debugging.assert_equal(x, [1.0, 2.0, 4.0], message="msg"), IA,
     "msg\nCondition x == y did not hold.\nIndices of first 1 different values:\n[[2]]\nCorresponding x values:\n[3.]\n"
     "Corresponding y values:\n[4.]\nFirst 3 elements of x:\n[1. 2. 3.]\nFirst 3 elements of y:\n[1. 2. 4.]"),
    (lambda: tf.assert_equal(1, 2), IA,
     "Condition x == y did not hold.\nFirst 1 elements of x:\n[1]\nFirst 1 elements of y:\n[2]"),
    (lambda: tf.debugging.assert_equal(tf.reshape(tf.range(6), [2, 3]), tf.zeros([2, 3], tf.int32)), IA,
     "Condition x == y did not hold.\nIndices of first 3 different values:\n[[0 1]\n [0 2]\n [1 0]]\nCorresponding x "
     "values:\n[1 2 3]\nCorresponding y values:\n[0 0 0]\nFirst 3 elements of x:\n[0 1 2]\nFirst 3 elements of y:\n"
     "[0 0 0]"),
    (lambda: tf.debugging.assert_non_negative(tf.constant([-1, 2])), IA,
     "\nCondition x >= 0 did not hold element-wise:\nx (shape=(2,) dtype=int32) = \n['-1', '2']"),
    (lambda: tf.debugging.assert_positive(tf.constant([-0.1, 0.2, 0.3, 0.4])), IA,
     "\nCondition x > 0 did not hold element-wise:\nx (shape=(4,) dtype=float32) = \n['-0.1', '0.2', '0.3', '...']"),
    (lambda: tf.debugging.assert_integer(x), TE,
     "Expected \"x\" to be integer type.  Found: tensor of dtype <dtype: 'float32'>"),
    (lambda: tf.Assert(False, ["hello", x]), IA, "Expected 'False' to be true. Summarized data: b'hello'\n1.0, 2.0, 3.0"),
    (lambda: tf.debugging.Assert(False, [tf.range(10), 3], summarize=4), IA,
     "Expected 'False' to be true. Summarized data: 0, 1, 2, 3, ...\n3"),
    (lambda: tf.debugging.assert_shapes([(tf.zeros([2, 3, 4]), (..., 3, "M")), (tf.zeros([5]), ("M",))]), VE,
     "Specified by tensor shape=(2, 3, 4) dtype=float32 dimension -1.  Tensor shape=(5,) dtype=float32 dimension 0 "
     "must have size 4.  Received size 5, shape (5,)"),
    (lambda: tf.debugging.assert_shapes([(tf.zeros([2, 3]), ("N", 4))], message="hi"), VE,
     "hi.  Specified explicitly.  Tensor shape=(2, 3) dtype=float32 dimension 1 must have size 4.  Received size 3, "
     "shape (2, 3)"),
    (lambda: tf.debugging.assert_shapes([(tf.zeros([2, 3]), ("N",))]), VE,
     "Tensor  must have rank in (0, 1).  Received rank 2, shape (2, 3)"),
]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_assert_messages(i):
    fn, exc, text = CASES[i]
    with pytest.raises(exc) as ei:
        fn()
    assert getattr(ei.value, "message", None) or str(ei.value) == text
    assert (ei.value.message if hasattr(ei.value, "message") else str(ei.value)) == text


def test_broadcast_error_names_the_comparison_op():
    with pytest.raises(IA, match=r"Incompatible shapes: \[3\] vs. \[2\] \[Op:Equal\]"):
        tf.debugging.assert_equal(x, [1.0, 2.0])
    with pytest.raises(IA, match=r"\[Op:Less\]"):
        tf.debugging.assert_less(x, [1.0, 2.0])


def test_passing_asserts_return_none():
    assert tf.debugging.assert_shapes([(x, ("N",)), (tf.zeros([3, 2]), ("N", 2)), (tf.constant(1.0), ())]) is None
    assert tf.debugging.assert_near(x, x + np.float32(1e-7)) is None

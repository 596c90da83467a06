"""tf.test: TestCase assertions (TF's messages and exception types), evaluate, main, compute_gradient."""
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import ferrograd.tensorflow as tf

T = tf.test.TestCase()


def test_assert_all_close_nested_and_tensors():
    x = tf.constant([1.0, 2.0])
    T.assertAllClose({"a": (x, x * 2)}, {"a": ([1.0, 2.0], np.array([2.0, 4.0]))})
    T.assertAllClose(tf.Variable(3.0), 3.0 + 1e-7)
    with pytest.raises(AssertionError, match="not close lhs"):
        T.assertAllClose([1.0], [1.1])
    with pytest.raises(ValueError, match="Can't compare dict to non-dict"):
        T.assertAllClose({"a": 1}, [1])
    with pytest.raises(AssertionError, match="Shape mismatch"):
        T.assertAllClose([1.0, 2.0], [1.0])
    T.assertNotAllClose([1.0], [2.0])
    T.assertAllCloseAccordingToType(np.float16(1.0), np.float16(1.0005))


def test_assert_all_equal_in_set_range_dtype():
    T.assertAllEqual(tf.shape(tf.zeros([2, 3])), [2, 3])
    T.assertAllEqual(tf.constant([b"a"]), [b"a"])
    with pytest.raises(AssertionError, match="not equal lhs"):
        T.assertAllEqual([1, 2], [1, 3])
    T.assertNotAllEqual([1, 2], [1, 3])
    T.assertAllInSet(tf.constant([1, 2, 2]), [1, 2])
    with pytest.raises(AssertionError, match=r"1 unique element\(s\) are not in the set"):
        T.assertAllInSet([1, 5], {1, 2})
    T.assertAllInRange(tf.constant([0.0, 1.0]), 0, 1)
    with pytest.raises(AssertionError, match="outside the range"):
        T.assertAllInRange([0.0, 1.0], 0, 1, open_upper_bound=True)
    T.assertAllGreater([2, 3], 1)
    T.assertAllLessEqual([2, 3], 3)
    T.assertDTypeEqual(tf.constant([1.0]), np.float32)
    T.assertShapeEqual(np.zeros([2, 3]), tf.zeros([2, 3]))
    T.assertLen([1, 2], 2)
    T.assertEmpty([])
    T.assertItemsEqual([1, 2], [2, 1])
    T.assertStartsWith("abc", "ab")
    T.assertNear(1.0, 1.05, 0.1)
    T.assertArrayNear([1.0, 2.0], [1.0, 2.01], 0.1)


def test_evaluate_and_raises_op_error():
    v = tf.Variable([1.0, 2.0])
    out = T.evaluate({"v": v, "t": (tf.constant(1), None)})
    assert out["v"].tolist() == [1.0, 2.0] and out["t"][0] == 1 and out["t"][1] is None
    with T.assertRaisesOpError("Incompatible shapes"):
        tf.constant([1, 2]) + tf.constant([1, 2, 3])
    with T.assertRaisesIncompatibleShapesError():
        tf.constant([1, 2]) + tf.constant([1, 2, 3])
    with pytest.raises(AssertionError, match="Exception of type"):
        with T.assertRaisesWithPredicateMatch(ValueError, "nope"):
            raise ValueError("other")
    with T.cached_session():
        pass
    assert tf.test.is_gpu_available() is False and tf.test.gpu_device_name() == ""


def test_compute_gradient():
    th, nu = tf.test.compute_gradient(lambda x: x * x, [tf.constant([1.0, 3.0])])
    np.testing.assert_array_equal(th[0], [[2.0, 0.0], [0.0, 6.0]])
    np.testing.assert_allclose(nu[0], th[0], atol=1e-2)
    th, nu = tf.test.compute_gradient(lambda a, b: tf.matmul(a, b), [np.ones((2, 3)), np.ones((3, 1))])
    assert th[0].shape == (2, 6) and th[1].shape == (2, 3)
    np.testing.assert_allclose(th[1], nu[1])
    with pytest.raises(ValueError, match="must be a list or tuple"):
        tf.test.compute_gradient(lambda x: x, 1.0)


def test_main_runs_test_cases(tmp_path):
    script = tmp_path / "t.py"
    script.write_text(textwrap.dedent("""
        import tensorflow as tf

        class T(tf.test.TestCase):
            def test_ok(self):
                print("ran", self.evaluate(tf.constant(2)))

            def test_bad(self):
                self.assertAllEqual([1], [2])

        if __name__ == "__main__":
            tf.test.main()
    """))
    r = subprocess.run([sys.executable, "-m", "ferrograd", "run", str(script)], capture_output=True, text=True)
    assert r.returncode == 1 and r.stdout == "ran 2\n"
    assert "[ RUN      ] T.test_ok" in r.stderr and "[  FAILED  ] T.test_bad" in r.stderr
    assert "[  SKIPPED ] T.test_session - Not a test." in r.stderr

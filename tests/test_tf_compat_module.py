"""tf.compat (v1 / v2, bytes helpers), tf.autograph, ConcreteFunction calls, tf.function errors while tracing."""
import subprocess
import sys
import textwrap

import pytest

import ferrograd.tensorflow as tf


def test_compat_helpers_and_v1():
    assert tf.compat.as_bytes("a") == b"a" and tf.compat.as_text(b"b") == "b" and tf.compat.as_str(b"c") == "c"
    assert tf.compat.dimension_value(tf.TensorShape([3])[0]) == 3
    with pytest.raises(TypeError, match="Expected binary or unicode string"):
        tf.compat.as_bytes(1)
    v1 = tf.compat.v1
    assert v1.logging.ERROR == 40 and v1.global_variables_initializer() is None
    assert v1.enable_eager_execution() is None and v1.executing_eagerly()
    assert v1.matmul([[1.0]], [[2.0]]).numpy().tolist() == [[2.0]]
    assert tf.compat.v2.constant is tf.constant
    with pytest.raises(RuntimeError, match="not compatible with eager execution"):
        v1.placeholder(tf.float32)


def test_import_compat_v2_and_autograph(tmp_path):
    script = tmp_path / "s.py"
    script.write_text(textwrap.dedent("""
        import tensorflow.compat.v2 as tf
        import tensorflow.compat.v1 as tf1
        tf1.logging.set_verbosity(tf1.logging.ERROR)
        print(tf.constant(1).numpy(), tf.autograph.experimental.do_not_convert(lambda x: x + 1)(1))
    """))
    r = subprocess.run([sys.executable, "-m", "ferrograd", "run", str(script)], capture_output=True, text=True)
    assert r.stdout == "1 2\n", r.stderr


def test_concrete_function_checks_dtype_only():
    cf = tf.function(lambda x: x + 1).get_concrete_function(tf.TensorSpec([None, 2], tf.float32))
    assert cf(tf.zeros([3, 3])).shape == (3, 3)
    with pytest.raises(tf.errors.InvalidArgumentError, match="expected to be a float tensor but is a int32 tensor"):
        cf(tf.zeros([3, 2], tf.int32))
    assert cf.output_dtypes == tf.float32 and cf.output_shapes.as_list() == [None, 2]
    with pytest.raises(TypeError, match="1 is not a callable object"):
        tf.function(1)


def test_errors_while_tracing_are_in_user_code():
    @tf.function
    def f(x):
        raise KeyError("boom")

    with pytest.raises(KeyError) as ei:
        f(1)
    s = str(ei.value)
    assert s.startswith("in user code:\n\n    File ") and s.endswith(", in f  *\n        raise KeyError(\"boom\")\n\n"
                                                                  "    KeyError: 'boom'\n")
    assert f.experimental_get_tracing_count() == 0

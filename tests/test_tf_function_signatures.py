"""tf.function tracing details from the tf.function / graphs guides; expected texts printed by real TF 2.21."""
import pytest

import ferrograd.tensorflow as tf


def test_pretty_printed_concrete_signatures():
    @tf.function
    def my_relu(x):
        return tf.maximum(0., x)

    my_relu(tf.constant(5.5))
    my_relu([1, -1])
    my_relu(tf.constant(-2.5))
    assert my_relu.pretty_printed_concrete_signatures() == (
        "Input Parameters:\n  x (POSITIONAL_OR_KEYWORD): TensorSpec(shape=(), dtype=tf.float32, name=None)\n"
        "Output Type:\n  TensorSpec(shape=(), dtype=tf.float32, name=None)\nCaptures:\n  None\n\n"
        "Input Parameters:\n  x (POSITIONAL_OR_KEYWORD): List[Literal[1], Literal[-1]]\n"
        "Output Type:\n  TensorSpec(shape=(2,), dtype=tf.float32, name=None)\nCaptures:\n  None")


def test_reduce_retracing(capsys):
    @tf.function(reduce_retracing=True)
    def g(x):
        print('Tracing with', x)
        return x

    for n in (3, 5, 7, 9):
        g(tf.range(n))
    assert capsys.readouterr().out == ('Tracing with Tensor("x:0", shape=(3,), dtype=int32)\n'
                                       'Tracing with Tensor("x:0", shape=(None,), dtype=int32)\n')


def test_run_functions_eagerly(capsys):
    @tf.function
    def f(x):
        print("Calculating")
        return x + 1

    x = tf.constant(1)
    f(x), f(x)
    tf.config.run_functions_eagerly(True)
    try:
        assert tf.config.functions_run_eagerly()
        f(x), f(x)
    finally:
        tf.config.run_functions_eagerly(False)
    assert capsys.readouterr().out == "Calculating\n" * 3


def test_concrete_function_literal_binding():
    @tf.function
    def pow(a, b):
        return a ** b

    square = pow.get_concrete_function(a=tf.TensorSpec(None, tf.float32), b=2)
    assert str(square.function_type) == ("(a: TensorSpec(shape=<unknown>, dtype=tf.float32, name=None), b: Literal[2])"
                                         " -> TensorSpec(shape=<unknown>, dtype=tf.float32, name=None)")
    assert float(square(tf.constant(3.0), b=2)) == 9.0
    with pytest.raises(TypeError) as e:
        square(tf.constant(10.0), b=3)
    assert str(e.value) == (
        "Binding inputs to tf.function failed due to `Can not cast 3 to Literal[2]`. Received args: "
        "(<tf.Tensor: shape=(), dtype=float32, numpy=10.0>,) and kwargs: {'b': 3} for signature: (a: TensorSpec("
        "shape=<unknown>, dtype=tf.float32, name=None), b: Literal[2]) -> TensorSpec(shape=<unknown>, "
        "dtype=tf.float32, name=None).\nFallback to flat signature also failed due to: pow(a) got unexpected keyword "
        "arguments: b.")


def test_py_function_decorator_prints_every_call(capsys):
    @tf.py_function(Tout=tf.float32)
    def py_plus(x, y):
        print('Executing eagerly.')
        return x + y

    @tf.function
    def tf_wrapper(x, y):
        print('Tracing.')
        return py_plus(x, y)

    assert tf_wrapper(tf.constant(1.0), tf.constant(2.0)).numpy() == 3.0
    tf_wrapper(tf.constant(1.0), tf.constant(2.0))
    assert capsys.readouterr().out == "Tracing.\nExecuting eagerly.\nExecuting eagerly.\n"


def test_gather_out_of_range_and_strings():
    with pytest.raises(tf.errors.InvalidArgumentError) as e:
        tf.gather(tf.constant([0.0]), [1])
    assert str(e.value) == ("{{function_node __wrapped__GatherV2_device_/job:localhost/replica:0/task:0/device:CPU:0}} "
                            "indices[0] = 1 is not in [0, 1) [Op:GatherV2]")
    alphabet = tf.constant(list('abcdefghijklmnopqrstuvwxyz'))
    assert str(tf.gather(alphabet, indices=[2, 0, 19, 18])) == \
        "tf.Tensor([b'c' b'a' b't' b's'], shape=(4,), dtype=string)"
    assert tf.config.list_physical_devices('GPU') == []
    assert repr(tf.config.list_physical_devices('CPU')[0]) == \
        "PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU')"

"""An exception raised by Python code during a backward pass (a TF custom gradient, a MindSpore
bprop) reaches the caller with its own type, as in the frameworks (it became RuntimeError on
the fast gradient paths)."""
import numpy as np
import pytest

import ferrograd.mindspore as ms
import ferrograd.tensorflow as tf


@tf.custom_gradient
def _no_grad_op(x):
    def grad(dy):
        raise LookupError("No gradient defined for operation 'Foo'")
    return x * 2, grad


@pytest.mark.parametrize("sources", ["list", "single"])
def test_tf_tape_gradient(sources):
    x = tf.Variable(1.0)
    with tf.GradientTape() as t:
        y = _no_grad_op(x)
    with pytest.raises(LookupError, match="No gradient defined for operation 'Foo'"):
        t.gradient(y, [x] if sources == "list" else x)


def test_ms_value_and_grad_bprop():
    class Net(ms.nn.Cell):
        def construct(self, x):
            return x * 2

        def bprop(self, x, out, dout):
            raise ValueError("bprop failed")

    net = Net()
    fn = ms.value_and_grad(lambda x: net(x).sum())
    with pytest.raises(ValueError, match="bprop failed"):
        fn(ms.Tensor(np.ones(3, np.float32)))

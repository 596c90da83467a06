import numpy as np
import mindspore
from mindspore import Tensor, ops


def f(x, y):
    a = x * y
    b = ops.stop_gradient(x * x)
    return a + b


x = Tensor(np.array([1.0, 2.0], np.float32))
y = Tensor(np.array([3.0, 4.0], np.float32))
print(mindspore.grad(f, (0, 1))(x, y))


def g(x):
    z = x * x
    return z, ops.stop_gradient(z)


print(mindspore.grad(g)(x))


def h(x):
    return ops.stop_gradient(x * 5)


print(mindspore.grad(h)(x))
print(ops.stop_gradient(x))

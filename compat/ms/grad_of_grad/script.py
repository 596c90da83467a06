import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def cube(x):
    return x ** 3


x = Tensor(np.array([1.0, 2.0, -0.5], np.float32))
first = ms.grad(cube)
second = ms.grad(first)
third = ms.grad(second)
print(first(x))
print(second(x))
print(third(x))

s = Tensor(np.array([0.0, 1.0, 2.0], np.float32))
d1 = ms.grad(ops.sin)
d2 = ms.grad(d1)
d3 = ms.grad(d2)
print(d1(s))
print(d2(s))
print(d3(s))

t = Tensor(2.0, ms.float32)
print(ms.grad(ms.grad(lambda v: v * v * v + 2 * v * v))(t))
print(ops.GradOperation()(ops.GradOperation()(cube))(t))

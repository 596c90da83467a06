import numpy as np
import mindspore
from mindspore import Tensor, ops


def fn(x, y, z):
    return ops.sum(x * x * y + z)


x = Tensor(np.array([1.0, 2.0, 3.0]), mindspore.float32)
y = Tensor(np.array([4.0, 5.0, 6.0]), mindspore.float32)
z = Tensor(np.array([0.5, 0.5, 0.5]), mindspore.float32)
print(fn(x, y, z))

gx = mindspore.grad(fn)(x, y, z)
print(gx)
print(type(gx).__name__, gx.shape, gx.dtype)

gy = mindspore.grad(fn, grad_position=1)(x, y, z)
print(gy)

gz = mindspore.grad(fn, 2)(x, y, z)
print(gz)

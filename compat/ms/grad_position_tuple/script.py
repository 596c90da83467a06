import numpy as np
import mindspore
from mindspore import Tensor


def fn(x, y, z):
    return (x * y * z).sum()


x = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
y = Tensor(np.array([[-2.0, 3.0], [-1.0, 2.0]], np.float32))
z = Tensor(np.array([[0.0, 3.0], [5.0, -1.0]], np.float32))

grads = mindspore.grad(fn, (0, 1))(x, y, z)
print(type(grads).__name__, len(grads))
print(grads)
gy, gz = mindspore.grad(fn, grad_position=(1, 2))(x, y, z)
print(gy)
print(gz)
single = mindspore.grad(fn, grad_position=(0,))(x, y, z)
print(single)

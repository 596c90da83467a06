import numpy as np
import mindspore
from mindspore import Tensor, ops


def f(x):
    return x * x, 3 * x


x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
print(mindspore.grad(f)(x))
g, aux = mindspore.grad(f, has_aux=True)(x)
print(g)
print(aux)
value, g = mindspore.value_and_grad(f)(x)
print(value)
print(g)
(out, aux_out), g = mindspore.value_and_grad(f, has_aux=True)(x)
print(out, aux_out, g)


def g3(x, y):
    return x * y, x + y, ops.sin(x)


a = Tensor(0.0, mindspore.float32)
b = Tensor(2.0, mindspore.float32)
print(mindspore.grad(g3, (0, 1))(a, b))

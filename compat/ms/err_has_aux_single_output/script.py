import numpy as np
import mindspore
from mindspore import Tensor


def f(x):
    return (x * x).sum()


x = Tensor(np.array([1.0, 2.0], np.float32))
print(mindspore.grad(f)(x))
grads = mindspore.grad(f, has_aux=True)(x)
print(grads)

# MS_EXCEPTION_DISPLAY_LEVEL=1 keeps the C++ call stack out of the error message
import os
os.environ["MS_EXCEPTION_DISPLAY_LEVEL"] = "1"
import numpy as np
import mindspore
from mindspore import Tensor


def f(x, y):
    return (x * y).sum()


x = Tensor(np.array([1.0, 2.0], np.float32))
y = Tensor(np.array([3.0, 4.0], np.float32))
print(mindspore.grad(f, 1)(x, y))
print(mindspore.grad(f, 2)(x, y))

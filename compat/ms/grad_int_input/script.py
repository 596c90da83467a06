import mindspore
from mindspore import Tensor


def f(x):
    return (x * x).sum()


x = Tensor([1, 2, 3])
print(x.dtype, f(x))
g = mindspore.grad(f)(x)
print(g, g.dtype)

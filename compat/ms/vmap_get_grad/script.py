import numpy as np
import mindspore as ms
from mindspore import Tensor, ops, nn, vmap, grad, get_grad


def test_vmap(x, y, z):
    return x + y + z


x = Tensor(np.array([[1, 2], [3, 4], [5, 6]]).astype(np.float32))
y = Tensor(np.array([[-3, -2, -1], [3, 2, 1]]).astype(np.float32))
z = Tensor(np.array([0, 3]).astype(np.float32))
output = vmap(test_vmap, in_axes=(0, 1, None), out_axes=1)(x, y, z)
print(output)


def mm(a):
    return ops.matmul(a, a.T)


def pair(a, b):
    return a * b, a.sum()


def double(a):
    return a * 2


def rsum(t):
    return ops.reduce_sum(t)


def sq(a):
    return (a * a).sum()


print(vmap(mm)(Tensor(np.arange(12, dtype=np.float32).reshape(3, 2, 2))))
print(vmap(pair, in_axes=(0, None))(x, Tensor([2.0, 3.0])))
print(vmap(vmap(double))(x))
print(ops.vmap(rsum, 1)(x))
print(vmap(grad(sq))(x))

class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z


a = Tensor([1, 2], ms.float32)
b = Tensor([-2, 3], ms.float32)
c = Tensor([0, 3], ms.float32)
net = Net()
out_grad = grad(net, grad_position=(1, 2), return_ids=True)(a, b, c)
output = get_grad(out_grad, 1)
print(output)
print(get_grad(out_grad, 2))
d = nn.Dense(2, 1, weight_init="ones", bias_init="zeros")


def dsum(t):
    return d(t).sum()


g = grad(dsum, grad_position=0, weights=d.trainable_params(), return_ids=True)(a.reshape(1, 2))
print(get_grad(g, d.weight), get_grad(g, d.bias), get_grad(g, 0))
print(ms.mutable(Tensor([1., 2.])), ms.mutable((1, 2)))
print(ms.dtype_to_pytype(ms.float32), ms.dtype_to_pytype(ms.int64), ms.dtype_to_pytype(ms.bool_))


class Block(nn.Cell):
    @ms.lazy_inline
    def __init__(self):
        super().__init__()
        self.k = 3

    def construct(self, t):
        return t * self.k


print(Block()(Tensor([1.0])))
try:
    @ms.lazy_inline
    def f(t):
        return t * 3
except ValueError as e:
    print("ValueError:", str(e).split(". line")[0])
ms.set_deterministic(True)
print(ms.get_context("deterministic"))

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

x = Tensor(np.array([0.0, 0.5, 1.0], np.float32))
sin = ops.Sin()
print(sin(x))
a = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float32))
b = Tensor(np.array([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]], np.float32))
print(ops.MatMul(transpose_b=True)(a, b))
print(ops.MatMul(transpose_a=True)(a, b))
rs = ops.ReduceSum(keep_dims=True)
print(rs(a, 1))
print(rs(a))
print(ops.ReduceSum()(a, 0))
print(ops.Mul()(a, b))
print(ops.Add()(a, 1.0))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mul = ops.Mul()
        self.sum = ops.ReduceSum()
        self.sin = ops.Sin()

    def construct(self, u, v):
        return self.sum(self.mul(self.sin(u), v))


print(ms.grad(Net(), (0, 1))(x, Tensor(np.array([1.0, 2.0, 3.0], np.float32))))

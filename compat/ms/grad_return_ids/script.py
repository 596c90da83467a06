import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([2.0, 3.0], np.float32)), name='w')
        self.b = Parameter(Tensor(np.array([1.0], np.float32)), name='b')

    def construct(self, x, y):
        return ops.sum(x * self.w * y) + self.b


net = Net()
x = Tensor(np.array([1.0, -1.0], np.float32))
y = Tensor(np.array([0.5, 4.0], np.float32))

res = ms.grad(net, grad_position=(0, 1), return_ids=True)(x, y)
print(res)
res = ms.grad(net, grad_position=1, return_ids=True)(x, y)
print(res)
res = ms.grad(net, grad_position=None, weights=net.trainable_params(), return_ids=True)(x, y)
print(res)
res = ms.grad(net, grad_position=0, weights=net.trainable_params(), return_ids=True)(x, y)
print(res)
for i, g in res[1]:
    print(i, g.shape)

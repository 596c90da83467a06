import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1.0, -1.0], [2.0, 0.5], [0.0, 3.0]], np.float32)), name='w')
        self.b = Parameter(Tensor(np.array([0.1, -0.2], np.float32)), name='b')

    def construct(self, x):
        return ops.sum(ops.matmul(x, self.w) + self.b)


net = Net()
x = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float32))
grad_fn = ms.grad(net, grad_position=None, weights=net.trainable_params())
grads = grad_fn(x)
print(len(grads))
for p, g in zip(net.trainable_params(), grads):
    print(p.name, g.shape)
    print(g)

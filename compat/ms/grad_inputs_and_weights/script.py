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
params = net.trainable_params()

out = ms.grad(net, grad_position=0, weights=params)(x, y)
print(type(out).__name__, len(out))
inputs_grad, weights_grad = out
print(inputs_grad)
print(weights_grad)

inputs_grad, weights_grad = ms.grad(net, grad_position=(0, 1), weights=params)(x, y)
print(inputs_grad)
print(weights_grad)

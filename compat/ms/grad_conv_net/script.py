import numpy as np
import mindspore
from mindspore import nn, ops, Tensor
from mindspore.common.initializer import One, Constant


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, pad_mode='valid', has_bias=True, weight_init=One(), bias_init=Constant(1.0))
        self.pool = nn.MaxPool2d(2, 2)
        self.flatten = nn.Flatten()

    def construct(self, x):
        return self.flatten(self.pool(ops.relu(self.conv(x))))


net = Net()
x = Tensor(np.array([[[[1, -2, 3, 0, 1], [0, 1, -1, 2, 2], [3, 0, 1, 1, -3], [1, 2, 0, -1, 1], [2, 1, 1, 0, 0]]]],
                    np.float32))
print(net(x))


def forward(x):
    return (net(x) * Tensor(np.array([[1.0, 2.0, 3.0, 4.0]], np.float32)).reshape(1, 4)[:, :2].sum()).sum()


grad_fn = mindspore.grad(forward, grad_position=0, weights=net.trainable_params())
gx, gw = grad_fn(x)
print(gx)
for g in gw:
    print(g)
value, (gw2,) = mindspore.value_and_grad(lambda x: net(x).sum(), None, [net.conv.weight])(x)
print(value, gw2)
gop = ops.GradOperation(get_by_list=True)(lambda x: net(x).sum(), mindspore.ParameterTuple(net.trainable_params()))
print(gop(x)[1])
y = ops.avg_pool2d(x, 2, 1)
print(mindspore.grad(lambda x: ops.avg_pool2d(x, 2, 2).sum())(x))

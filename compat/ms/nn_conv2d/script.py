import numpy as np
import mindspore
from mindspore import nn, ops, Tensor
from mindspore.common.initializer import One, Constant

conv = nn.Conv2d(1, 2, 3, weight_init=One())
print(conv)
print([(n, p.shape) for n, p in conv.parameters_and_names()])
x = Tensor(np.arange(32, dtype=np.float32).reshape(1, 2, 4, 4))
print(nn.Conv2d(2, 3, 3, weight_init=One())(x))
print(nn.Conv2d(2, 3, 3, pad_mode='valid', weight_init=One(), has_bias=True, bias_init=Constant(0.5))(x))
print(nn.Conv2d(2, 3, 3, stride=2, pad_mode='pad', padding=1, weight_init=One())(x))
print(nn.Conv2d(2, 3, 2, stride=2, weight_init=One())(x).shape)
print(nn.Conv2d(2, 4, 3, group=2, weight_init=One())(x)[0, :, 0])
print(nn.Conv2d(2, 2, 3, dilation=2, pad_mode='same', weight_init=One())(x)[0, 0])
w = Tensor(np.arange(18, dtype=np.float32).reshape(1, 2, 3, 3) - 9)
print(nn.Conv2d(2, 1, 3, weight_init=w)(x))
c1 = nn.Conv1d(2, 3, 3, weight_init=One())
print(c1.weight.shape)
print(c1(Tensor(np.arange(10, dtype=np.float32).reshape(1, 2, 5))))
print(nn.Conv1d(2, 3, 3, pad_mode='valid', weight_init=One())(Tensor(np.arange(10, dtype=np.float32).reshape(1, 2, 5))))
print(ops.conv2d(x, Tensor(np.ones((1, 2, 2, 2), np.float32))))

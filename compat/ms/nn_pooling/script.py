import numpy as np
import mindspore
from mindspore import nn, ops, Tensor

x = Tensor(np.arange(50, dtype=np.float32).reshape(1, 2, 5, 5))
print(nn.MaxPool2d(kernel_size=2, stride=2))
print(nn.MaxPool2d(kernel_size=2, stride=2)(x))
print(nn.AvgPool2d(kernel_size=2, stride=2)(x))
print(nn.AvgPool2d(2, 1))
print(nn.MaxPool2d(kernel_size=3, stride=2, pad_mode='same')(x))
print(nn.AvgPool2d(kernel_size=3, stride=2, pad_mode='same')(x))
print(nn.MaxPool2d(kernel_size=3, stride=1, pad_mode='same')(x).shape)
print(nn.MaxPool2d(kernel_size=(2, 3), stride=(1, 2))(x))
print(nn.AdaptiveAvgPool2d((1, 1)))
print(nn.AdaptiveAvgPool2d((1, 1))(x))
print(nn.AdaptiveAvgPool2d(2)(x))
y = Tensor(np.arange(8, dtype=np.float32).reshape(1, 2, 4))
print(nn.MaxPool1d(2, 2)(y), nn.AvgPool1d(2, 2)(y))
print(ops.max_pool2d(x, 2, 2))
print(ops.avg_pool2d(x, 2, 2))
print(ops.adaptive_avg_pool2d(x, (1, 1)))

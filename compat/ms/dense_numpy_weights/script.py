import numpy as np
import mindspore
from mindspore import nn, Tensor

w = np.array([[1.0, -2.0, 0.5], [0.0, 1.0, -1.0]], np.float32)
b = np.array([0.5, -3.0], np.float32)
dense = nn.Dense(3, 2, weight_init=Tensor(w), bias_init=Tensor(b), activation='relu')
x = Tensor(np.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 4.0]], np.float32))
print(dense(x))
print(dense.weight.shape, dense.bias.shape)

plain = nn.Dense(3, 2)
plain.weight.set_data(Tensor(w))
plain.bias.set_data(Tensor(b))
print(plain(x))
print(plain.weight.value())

nob = nn.Dense(3, 1, weight_init=Tensor(np.array([[2.0, 0.0, -1.0]], np.float32)), has_bias=False)
print(nob(x))
print(len(nob.trainable_params()), nob.bias)

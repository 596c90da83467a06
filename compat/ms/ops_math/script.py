import numpy as np
import mindspore
from mindspore import Tensor, ops

x = Tensor(np.array([[1.0, 4.0], [9.0, 0.25]], np.float32))
y = Tensor(np.array([[0.5, -1.0], [2.0, 3.0]], np.float32))
print(ops.matmul(x, y))
print(ops.square(y))
print(ops.sqrt(x))
print(ops.exp(y))
print(ops.log(x))
print(ops.pow(x, 2))
print(ops.pow(x, y))
print(ops.pow(x, 0.5))
v = Tensor(np.array([-2.0, -0.5, 0.0, 0.5, 2.0], np.float32))
print(ops.relu(v))
print(ops.sigmoid(v))
print(ops.tanh(v))
print(ops.softmax(v))
print(ops.softmax(y, axis=0))
print(ops.abs(v), ops.maximum(v, Tensor(0.1, mindspore.float32)))
print(ops.matmul(Tensor(np.array([1.0, 2.0], np.float32)), x))

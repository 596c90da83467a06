import numpy as np
import mindspore
from mindspore import Tensor, ops

a = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
b = Tensor(np.array([[5.0, 6.0], [7.0, 8.0]], np.float32))
print(ops.concat((a, b)))
print(ops.concat((a, b), axis=1))
print(ops.stack([a, b]))
print(ops.stack((a, b), axis=1).shape)
r = ops.reshape(ops.concat((a, b)), (2, -1))
print(r)
t = Tensor(np.arange(6, dtype=np.float32).reshape(1, 2, 3))
print(ops.transpose(t, (2, 0, 1)))
e = ops.expand_dims(a, 0)
print(e.shape, ops.expand_dims(a, -1).shape)
print(ops.squeeze(e))
print(ops.squeeze(Tensor(np.zeros((1, 3, 1), np.float32)), 2).shape)
f = Tensor(np.array([1.7, -2.3, 0.0], np.float32))
print(ops.cast(f, mindspore.int32))
print(ops.cast(f, mindspore.float16))
print(ops.cast(f, mindspore.bool_))
print(ops.zeros((2, 3), mindspore.float32))
print(ops.ones((2,), mindspore.int32), ops.ones_like(a))

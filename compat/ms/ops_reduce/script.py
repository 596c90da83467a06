import numpy as np
import mindspore
from mindspore import Tensor, ops

x = Tensor(np.arange(1, 25, dtype=np.float32).reshape(2, 3, 4))
print(ops.reduce_sum(x))
print(ops.reduce_sum(x, 1))
print(ops.reduce_sum(x, (0, 2)))
print(ops.sum(x))
print(ops.sum(x, dim=0))
print(ops.sum(x, 2, keepdim=True))
print(ops.mean(x))
print(ops.mean(x, 1))
print(ops.mean(x, axis=(1, 2), keep_dims=True))
print(ops.reduce_mean(x, 2).shape)
m = Tensor(np.array([[1, 5, 3], [4, 2, 6]], np.int32))
print(ops.sum(m), ops.sum(m, 1))
print(ops.argmax(m, dim=1), ops.prod(m))
print(ops.sum(m).dtype, ops.mean(x).dtype)

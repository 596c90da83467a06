import numpy as np
import mindspore
from mindspore import ops, Tensor

a = Tensor(np.array([[1, 2], [3, 4]]), mindspore.float32)
b = Tensor(np.array([[5, 6], [7, 8]]), mindspore.float32)
print(ops.gather(a, Tensor([1, 0], mindspore.int32), 0))
print(ops.gather(a, Tensor([1, 1], mindspore.int32), 1))
print(ops.gather_elements(a, 1, Tensor([[0, 0], [1, 0]], mindspore.int32)))
print(ops.gather_elements(Tensor([[1, 2], [3, 4]]), 0, Tensor([[1, 0]], mindspore.int64)))
print(ops.scatter(a, 1, Tensor([[0], [1]], mindspore.int64), Tensor([[9.0], [8.0]])))
print(ops.scatter(Tensor(np.zeros((3, 3), np.float32)), 0, Tensor([[1, 2, 0]], mindspore.int64),
                  Tensor([[1.0, 2.0, 3.0]])))
print(ops.index_select(a, 0, Tensor([1], mindspore.int32)))
print(ops.masked_select(a, a > 2))
print(ops.masked_select(Tensor([1, 2, 3], mindspore.int32), Tensor([True, False, True])))
print(ops.where(a > 2, a, b))
print(ops.select(a > 2, a, b))
print(ops.masked_fill(a, a > 2, 0.0))
print(ops.nonzero(Tensor([[0, 1], [2, 0]])))
print(ops.unique(Tensor([1, 2, 2, 3, 1], mindspore.int32)))
print(ops.unique(Tensor([3, 1, 3], mindspore.int64)))
print(ops.count_nonzero(Tensor([[0, 1], [2, 0]]), 1))
x = Tensor(np.arange(12).reshape(3, 4).astype(np.float32))
print(x[Tensor([0, 2])])
print(x[x > 5])
x[x > 8] = -1.0
print(x)

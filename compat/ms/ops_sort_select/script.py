import numpy as np
import mindspore
from mindspore import ops, Tensor

a = Tensor(np.array([[1, 5], [3, 4]]), mindspore.float32)
print(ops.argmax(a), ops.argmax(a, dim=1), ops.argmax(a, 0, keepdim=True))
print(ops.max(a))
print(ops.max(a, axis=1))
print(ops.min(a, 0))
print(ops.topk(Tensor([1.0, 5.0, 3.0, 4.0]), 2))
print(ops.topk(Tensor([[1.0, 5.0, 3.0], [4.0, 0.0, 2.0]]), 2, dim=0))
print(ops.topk(Tensor([1, 5, 3], mindspore.int32), 1, largest=False))
print(ops.sort(Tensor([3.0, 1.0, 2.0])))
print(ops.sort(Tensor([3.0, 1.0, 2.0]), descending=True))
print(ops.sort(Tensor([[3, 1], [0, 2]], mindspore.int32), axis=0))
print(ops.argsort(Tensor([3.0, 1.0, 2.0])), ops.argsort(Tensor([3.0, 1.0, 2.0]), descending=True))
print(ops.cumsum(a, 0), ops.cumsum(a, axis=1))
print(ops.cumsum(Tensor([1, 2, 3], mindspore.int32), 0))
print(ops.cumprod(Tensor([1.0, 2.0, 3.0]), 0))
print(ops.cummax(Tensor([1, 3, 2], mindspore.int32), 0))
print(ops.clamp(a, 1.5, 3.5), ops.clip_by_value(a, Tensor(2.0), Tensor(3.0)))
print(ops.clamp(a, min=2.0))
print(a.max(), a.min(axis=0), a.argmax(axis=1), a.sum(axis=0), a.mean())

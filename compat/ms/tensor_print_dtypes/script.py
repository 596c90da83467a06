import numpy as np
import mindspore
from mindspore import Tensor

cases = [
    Tensor([1, 2, 3]),
    Tensor([1.0, 2.5, -3.0]),
    Tensor([True, False]),
    Tensor([[1, 2], [3, 4]], mindspore.float32),
    Tensor(np.array([1.5, 2.25])),
    Tensor(np.array([1, 2], np.int64)),
    Tensor(np.array([1, 2], np.int32)),
    Tensor(np.array([0.1, 0.2], np.float32)),
    Tensor(np.array([0.1, 0.2], np.float16)),
    Tensor(np.array([1, 200], np.uint8)),
    Tensor(3),
    Tensor(3.0),
    Tensor(True),
    Tensor(2, mindspore.float64),
    Tensor([1, 2.5]),
    Tensor(np.ones((2, 2)), dtype=mindspore.int32),
]
for t in cases:
    print(t.dtype, t.shape)
    print(t)
print(mindspore.float32, mindspore.int64, mindspore.bool_, mindspore.float64)
print(Tensor([1, 2]).dtype == mindspore.int64, mindspore.float32 == mindspore.float32)

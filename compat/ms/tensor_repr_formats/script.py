import numpy as np
import mindspore
from mindspore import Tensor

for v in [0.1, 1e-5, 1e8, -0.0, 123456.789, 1 / 3, 2.0]:
    print(repr(Tensor(v, mindspore.float32)), repr(Tensor(v, mindspore.float64)), Tensor(v, mindspore.float32))
print(repr(Tensor(np.array([0.1, 1 / 3], np.float64))))
print(repr(Tensor(np.array([0.1, 1 / 3], np.float16))))
print(repr(Tensor(np.array([1.0, 2.0], np.float32).reshape(2, 1, 1))))
print(repr(Tensor(np.arange(30, dtype=np.float32))))
print(repr(Tensor(np.arange(2000, dtype=np.float32))))
print(Tensor(np.arange(2000, dtype=np.float32)))
print(repr(Tensor(np.array([5], np.int32))), repr(Tensor(5, mindspore.int32)))
print([Tensor(np.array([[1, 2], [3, 4]], np.int64)), Tensor(np.array([[True], [False]]))])

import numpy as np
import mindspore
from mindspore import Tensor

print(Tensor(2.5, mindspore.float32))
print(Tensor(-7, mindspore.int32))
print(Tensor(np.array([-1.5, 0.0, 2.25], np.float32)))
print(Tensor(np.array([[1e-5, 2e-5], [3e-5, 4e-5]], np.float32)))
print(Tensor(np.array([1e8, 2.5e8, -3e8], np.float32)))
print(Tensor(np.array([1e-5, 1.0, 1e8], np.float32)))
print(Tensor(np.array([0.1, 123456.789], np.float64)))
print(Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4) - 10))
print(Tensor(np.arange(12, dtype=np.int64).reshape(3, 4) * -3))
print(Tensor(np.linspace(0, 1, 20, dtype=np.float32)))
print(Tensor(np.array([np.nan, np.inf, -np.inf, 1.0], np.float32)))
print(Tensor(np.array([1 / 3, 2 / 3], np.float64)))
print(Tensor(np.array([[True, False], [False, True]])))
print(Tensor(np.zeros((2, 0), np.float32)))

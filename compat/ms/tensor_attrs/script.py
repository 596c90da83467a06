import numpy as np
import mindspore
from mindspore import Tensor

x = Tensor(np.array([[1, 2], [3, 4], [5, 6]]), mindspore.int32)
print("x_shape:", x.shape)
print("x_dtype:", x.dtype)
print("x_ndim:", x.ndim)
print("x_size:", x.size)
print("x_itemsize:", x.itemsize)
print("x_nbytes:", x.nbytes)
print(type(x.shape).__name__, type(x.asnumpy()).__name__, x.asnumpy().dtype)
print(len(x))
a = x.asnumpy()
print(a)
s = Tensor(3.5, mindspore.float32)
print(s.shape, s.ndim, s.size, s.item(), type(s.item()).__name__)
f64 = Tensor(np.array([1.0, 2.0]))
print(f64.dtype, f64.asnumpy().dtype, f64.itemsize)
y = Tensor(x)
print(y.dtype, y.shape)
print(Tensor(x, mindspore.float32))
print(x.dtype == mindspore.int32, str(x.dtype), repr(x.dtype))

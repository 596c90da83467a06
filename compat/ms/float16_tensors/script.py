import numpy as np
import mindspore as ms
from mindspore import Tensor, ops

# float16 tensors from numpy arrays and from dtype arguments
x = Tensor(np.array([1.0, 2.5, -3.25, 0.1, 1000.0, 1e-3], np.float16))
print(x)
print(repr(x))
print(x.dtype, x.dtype == ms.float16, ms.float16, repr(ms.float16), ms.half)
y = Tensor([1.0, 2.0, 3.0], ms.float32).astype(ms.float16)
print(y, y.dtype)
print(Tensor(np.array([[1.5, 2.25], [3.0, 4.0]], np.float16)))
print(Tensor(2.5, ms.float16))
print(ops.ones((2, 3), ms.float16))
print(x.itemsize, x.nbytes)

# arithmetic stays in float16
print(x * 3, (x * 3).dtype)
print(x + 0.1)
print(ops.ones(3, ms.float16) / 3)
print(ops.exp(y), ops.sqrt(y))

# promotion
z = Tensor([1, 2, 3]) * Tensor([0.5, 0.5, 0.5], ms.float16)
print(z, z.dtype)
print((y + Tensor([1.0, 2.0, 3.0], ms.float32)).dtype)
print((y * 1.1).dtype)

# reductions
print(x.sum(), x.mean(), x.sum().dtype)
print(x.max(), x.min())
m = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float16))
print(m.sum(axis=0), m.mean(axis=1))

# casts
print(ops.cast(x, ms.float32))
print(x.astype(ms.int32), x.astype(ms.float64).dtype)
a = x.asnumpy()
print(a, a.dtype)

# matmul
print(ops.matmul(m, m.T))

# bfloat16
b = Tensor([1.0, 2.5, 0.1], ms.bfloat16)
print(b)
print(repr(b), b.dtype)
print(b * 3, b.astype(ms.float32))

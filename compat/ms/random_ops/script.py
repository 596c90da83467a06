# Seeded random ops of mindspore.ops after mindspore.set_seed (PyNative, CPU).
import mindspore as ms
from mindspore import Tensor, ops

ms.set_seed(1)
print(ops.rand(2, 3))
print(ops.rand((4,)))
print(ops.randn(2, 3))
print(ops.randn(3, dtype=ms.float16))
print(ops.standard_normal((2, 2)))
print(ops.standard_normal((5,)))
print(ops.uniform((2, 3), Tensor(1.0, ms.float32), Tensor(2.0, ms.float32)))
print(ops.uniform((4,), Tensor(-3, ms.int32), Tensor(5, ms.int32), dtype=ms.int32))
print(ops.normal((2, 2), 3.0, 0.5))
print(ops.randint(0, 10, (2, 5)))
print(ops.randint(-4, 4, (6,), dtype=ms.int32))
print(ops.rand(3, seed=2))
print(ops.rand(3, seed=2))
print(ops.randn(7, 129).sum())

# primitives keep their generator between calls
sn = ops.StandardNormal(seed=5, seed2=3)
print(sn((3,)))
print(sn((3,)))
print(ops.StandardNormal(5, 3)((3,)))
ur = ops.UniformReal(seed=2)
print(ur((2, 2)))
print(ur((2,)))

# set_seed resets the per-op seed counters
ms.set_seed(1)
print(ops.rand(2, 3))
ms.set_seed(0)
print(ops.randn(4))

# ops.shuffle permutes the first axis
import numpy as np

ms.set_seed(1)
print(ops.shuffle(Tensor(np.arange(10, dtype=np.float32))))
print(ops.shuffle(Tensor(np.arange(12, dtype=np.float32).reshape(4, 3))))
print(ops.shuffle(Tensor(np.arange(6, dtype=np.int64)), seed=3))
print(ops.shuffle(Tensor(np.arange(6, dtype=np.int64)), seed=3))

# ops.randperm seeds its own mt19937 (offset if nonzero, else seed); wide randint ranges
print(ops.randperm(8))
print(ops.randperm(8, seed=5, offset=1))
print(ops.randperm(5, dtype=ms.float32))
p = ops.randperm(300, seed=4)
print(p[:10], p[-8:])
ms.set_seed(5)
r = ops.randint(0, 1000003, (4000,))
print(r[-10:], r.sum())

import numpy as np
import mindspore as ms
from mindspore import Tensor, Parameter, nn
from mindspore.common.initializer import initializer, Orthogonal, VarianceScaling, Dirac, Sparse, Normal

ms.set_seed(1)
w = initializer(Orthogonal(), [3, 4], ms.float32).init_data()
print(w)
print(np.round(w.asnumpy() @ w.asnumpy().T, 4))
w = initializer(Orthogonal(gain=2.0), [5, 2], ms.float32).init_data()
print(w)
print(initializer(VarianceScaling(), [2, 3], ms.float32).init_data())
print(initializer(VarianceScaling(scale=2.0, mode="fan_out", distribution="untruncated_normal"), [2, 3], ms.float32).init_data())
print(initializer(VarianceScaling(mode="fan_avg", distribution="uniform"), [3, 2], ms.float32).init_data())
print(initializer(Dirac(), [2, 2, 3], ms.float32).init_data())
print(initializer(Dirac(groups=2), [4, 2, 3, 3], ms.float32).asnumpy().sum(axis=(2, 3)))
print(initializer(Sparse(sparsity=0.5, sigma=0.1), [4, 3], ms.float32).init_data())
print(initializer("orthogonal", [2, 2]).shape)
p = Parameter(initializer(Orthogonal(), [2, 3]), name="w")
print(p)

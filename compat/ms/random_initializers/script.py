# MindSpore tutorial style: set the global seed, then build parameters from initializers.
import numpy as np
import mindspore as ms
from mindspore import Parameter
from mindspore.common.initializer import (HeNormal, HeUniform, Normal, TruncatedNormal, Uniform, XavierNormal,
                                          XavierUniform, initializer)

ms.set_seed(42)
print(initializer(Normal(), [2, 3], ms.float32).asnumpy())
print(initializer(Uniform(), [4], ms.float32).asnumpy())
print(initializer(HeUniform(), [3, 4], ms.float32).asnumpy())
print(initializer(HeNormal(), [3, 2, 2], ms.float32).asnumpy())
print(initializer(XavierUniform(), [2, 5], ms.float32).asnumpy())
print(initializer(XavierNormal(), [2, 5], ms.float32).asnumpy())
print(initializer(TruncatedNormal(0.02), [6], ms.float32).asnumpy())
print(initializer(TruncatedNormal(sigma=1.5, mean=0.5, a=-1.0, b=3.0), [2, 4], ms.float32).asnumpy())
print(initializer("normal", [3], ms.float32).asnumpy())
print(initializer("truncatedNormal", [3], ms.float16).asnumpy())
print(initializer("xavier_uniform", [2, 2, 3, 3], ms.float32).asnumpy()[1, 0])
w = Parameter(initializer(Normal(0.1, 1.0), [2, 2], ms.float32), name="w")
print(w)
print(w.asnumpy())
big = initializer(Normal(), [40, 50], ms.float32).asnumpy()
print(big[39, -5:], big.dtype)

# set_seed also seeds numpy's global generator: resetting it replays the same values
ms.set_seed(7)
a = initializer(Uniform(0.5), [5], ms.float32).asnumpy()
ms.set_seed(7)
b = initializer(Uniform(0.5), [5], ms.float32).asnumpy()
print(a, (a == b).all())
print(np.random.randint(0, 1000, 3))
np.random.seed(3)
print(initializer(HeUniform(negative_slope=0.2, mode="fan_out"), [2, 3], ms.float32).asnumpy())

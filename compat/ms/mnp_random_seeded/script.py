import mindspore.numpy as np
from mindspore import set_seed
set_seed(1)
print(np.rand((2, 3)))
print(np.rand(2, 2))
set_seed(1)
print(np.randn((2, 3)))
print(np.randn(3))
set_seed(1)
print(np.randint(1, 10, (2, 3)))
print(np.randint(5, shape=(4,)))
set_seed(2)
print(np.rand(3), np.randint(0, 100, (3,)))

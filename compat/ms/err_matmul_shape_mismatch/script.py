# MS_EXCEPTION_DISPLAY_LEVEL=1 keeps the C++ call stack out of the error message
import os
os.environ["MS_EXCEPTION_DISPLAY_LEVEL"] = "1"
import numpy as np
import mindspore
from mindspore import Tensor, ops

a = Tensor(np.ones((2, 3), np.float32))
b = Tensor(np.ones((3, 2), np.float32))
print(ops.matmul(a, b))
print(ops.matmul(a, a))

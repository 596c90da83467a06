# MS_EXCEPTION_DISPLAY_LEVEL=1 keeps the C++ call stack out of the error message
import os
os.environ["MS_EXCEPTION_DISPLAY_LEVEL"] = "1"
import numpy as np
import mindspore
from mindspore import Tensor, ops

a = Tensor(np.ones((2, 3), np.float32))
c = ops.matmul(a, a)
print("after matmul")
d = c + 1
print("after add", type(d).__name__)
print(d.shape)

# MS_EXCEPTION_DISPLAY_LEVEL=1 keeps the C++ call stack out of the error message
import os
os.environ["MS_EXCEPTION_DISPLAY_LEVEL"] = "1"
import numpy as np
import mindspore
from mindspore import Tensor, ops

t = Tensor(np.arange(6, dtype=np.float32))
print(ops.reshape(t, (2, 3)))
print(ops.reshape(t, (4, 2)))

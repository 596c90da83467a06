# MS_EXCEPTION_DISPLAY_LEVEL=1 keeps the C++ call stack out of the error message
import os
os.environ["MS_EXCEPTION_DISPLAY_LEVEL"] = "1"
import numpy as np
import mindspore
from mindspore import nn, Tensor

net = nn.Dense(3, 2, weight_init='ones', bias_init='zeros')
x = Tensor(np.array([[1.0, 2.0, 3.0]]))
print(x.dtype)
print(net(x.astype(mindspore.float32)))
print(net(x))

# MS_EXCEPTION_DISPLAY_LEVEL=1 keeps the C++ call stack out of the error message
import os
os.environ["MS_EXCEPTION_DISPLAY_LEVEL"] = "1"
import numpy as np
import mindspore
from mindspore import nn, Tensor

net = nn.Dense(4, 2, weight_init='ones', bias_init='zeros')
print(net(Tensor(np.ones((3, 4), np.float32))))
print(net(Tensor(np.ones((3, 5), np.float32))))

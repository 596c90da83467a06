import numpy as np
import mindspore
from mindspore import nn, Tensor

loss = nn.CrossEntropyLoss()
logits = Tensor(np.array([[2.0, 0.5, 0.1], [0.2, 1.5, 0.3]], np.float32))
print(loss(logits, Tensor(np.array([0, 1], np.int32))))
print(loss(logits, Tensor(np.array([0, 1], np.float32))))

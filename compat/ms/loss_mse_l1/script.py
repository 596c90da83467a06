import numpy as np
import mindspore
from mindspore import nn, Tensor

logits = Tensor(np.array([1, 2, 3]), mindspore.float32)
labels = Tensor(np.array([1, 1, 1]), mindspore.float32)
print(nn.MSELoss()(logits, labels))
print(nn.MSELoss(reduction='sum')(logits, labels))
print(nn.MSELoss(reduction='none')(logits, labels))
print(nn.L1Loss()(logits, labels))
print(nn.L1Loss(reduction='sum')(logits, labels))

a = Tensor(np.array([[1.0, -2.0], [0.5, 4.0]], np.float32))
b = Tensor(np.array([[0.0, 1.0], [0.5, 2.0]], np.float32))
print(nn.L1Loss(reduction='none')(a, b))
print(mindspore.grad(nn.MSELoss())(a, b))
print(mindspore.grad(nn.L1Loss(reduction='sum'))(a, b))

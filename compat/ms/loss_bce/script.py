import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

weight = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 3.3, 2.2]]), ms.float32)
loss = nn.BCELoss(weight=weight, reduction='mean')
logits = Tensor(np.array([[0.1, 0.2, 0.3], [0.5, 0.7, 0.9]]), ms.float32)
labels = Tensor(np.array([[0, 1, 0], [0, 0, 1]]), ms.float32)
print(loss(logits, labels))
print(nn.BCELoss()(logits, labels))
print(nn.BCELoss(reduction='none')(logits, labels))

logits2 = Tensor(np.array([[-0.8, 1.2, 0.7], [-0.1, -0.4, 0.7]]).astype(np.float32))
labels2 = Tensor(np.array([[0.3, 0.8, 1.2], [-0.6, 0.1, 2.2]]).astype(np.float32))
print(nn.BCEWithLogitsLoss()(logits2, labels2))
print(nn.BCEWithLogitsLoss(reduction='sum')(logits2, labels2))
print(nn.BCEWithLogitsLoss(reduction='none')(logits2, labels2))
print(ms.grad(nn.BCEWithLogitsLoss())(logits2, labels2))

import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

logits = Tensor(np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.1]], np.float32))
target = Tensor(np.array([0, 1, 1], np.int32))
loss = nn.CrossEntropyLoss()
print(loss(logits, target))
print(nn.CrossEntropyLoss(reduction='none')(logits, target))
print(nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target))
probs = Tensor(np.array([[0.7, 0.2, 0.1], [0.0, 1.0, 0.0], [0.1, 0.1, 0.8]], np.float32))
print(nn.CrossEntropyLoss()(logits, probs))

sce = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean')
print(sce(logits, target))
onehot = Tensor(np.eye(3, dtype=np.float32)[[0, 1, 1]])
print(nn.SoftmaxCrossEntropyWithLogits()(logits, onehot))
print(ms.grad(sce)(logits, target))

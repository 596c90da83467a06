import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]], requires_grad=True)
s1 = F.softmax(x, dim=1)
print(s1)
print(s1.sum(dim=1))
print(F.softmax(x, dim=0))
print(F.log_softmax(x, dim=1))
print(torch.softmax(x, -1) == s1)
print(nn.Softmax(dim=1))
print(nn.Softmax(dim=1)(x))
print(nn.LogSoftmax(dim=1)(x))

w = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 2.0]])
(s1 * w).sum().backward()
print(x.grad)

big = torch.tensor([1000.0, 1001.0, 1002.0])
print(F.softmax(big, dim=0))
print(F.log_softmax(big, dim=0))

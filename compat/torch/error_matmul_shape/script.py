import torch

a = torch.ones(2, 3)
b = torch.ones(2, 3)
print(a @ b.t())
print(a.shape, b.shape)
c = a @ b
print("not reached")

import torch

a = torch.ones(2, 3)
print(a + torch.tensor([1.0, 2.0, 3.0]))
print(a + torch.ones(2, 1))
b = torch.ones(2, 2)
c = a + b
print("not reached")

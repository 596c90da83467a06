import torch

print(torch.arange(2000.0))
print(torch.arange(1200).reshape(30, 40))
print(torch.arange(1000.0).reshape(10, 100).shape)
print(torch.arange(3000.0).reshape(10, 15, 20) / 7)
x = torch.ones(1001, requires_grad=True)
print(x * 2)
print(torch.arange(1000) % 7)

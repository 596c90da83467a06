import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
print(x.detach().numpy())
y = x * 3
print(y)
y.numpy()
print("not reached")

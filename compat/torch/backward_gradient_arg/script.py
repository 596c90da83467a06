import torch

x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = x * 2
while y.data.norm() < 1000:
    y = y * 2
print(y)

v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
print(x.grad)

m = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
out = m ** 2 + 3 * m
print(out)
out.backward(gradient=torch.tensor([[1.0, 0.5], [0.25, 0.0]]))
print(m.grad)

import torch

x = torch.arange(12.0).reshape(3, 4)
print(x[1])
print(x[:, 2])
print(x[1:, ::2])
print(x[-1, -1])
print(x[[0, 2]])
print(x[x > 5])
print(x[..., 1], x[None, 0].shape)

v = x[0]
v[1] = 100.0
print(x)
x[:, 0] = -1
x[1:3, 1:3] = torch.tensor([[7.0, 8.0], [9.0, 10.0]])
print(x)
x[x > 50] = 0
print(x)

w = torch.arange(6.0, requires_grad=True)
y = w[1:4] * 2 + w[[0, 0, 5]]
print(y)
y.sum().backward()
print(w.grad)

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a * 1
b[1] = 0
print(b)
b.sum().backward()
print(a.grad)

import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
u = y.detach()
print("u:", u)
print(u.requires_grad, u.grad_fn, u.is_leaf)
z = u * x
z.sum().backward()
print("x.grad:", x.grad)
print(x.grad == u)

x.grad.zero_()
y.sum().backward()
print(x.grad == 2 * x)

# detach shares storage with the original
u[0] = 100.0
print("y after u[0]=100:", y)
print(x.detach().numpy())
d = x.detach().requires_grad_(True)
print(d, d.is_leaf)

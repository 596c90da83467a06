import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2 + 3 * x
(g,) = torch.autograd.grad(outputs=y, inputs=x, grad_outputs=torch.ones_like(y), retain_graph=True)
print(g)
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
g2 = torch.autograd.grad(y, x, grad_outputs=v, retain_graph=True)
print(g2)
print(x.grad)

y.backward(v)
print(x.grad)

a = torch.tensor([[1.0, -1.0], [2.0, 0.5]], requires_grad=True)
b = torch.tensor([0.5, 1.5], requires_grad=True)
out1 = a @ b
out2 = (a * a).sum(dim=0)
ga, gb = torch.autograd.grad([out1, out2], [a, b], grad_outputs=[torch.tensor([1.0, 2.0]), torch.tensor([0.5, -1.0])])
print(ga)
print(gb)

x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
y = torch.sin(x) * x
(dy,) = torch.autograd.grad(y, x, torch.ones_like(y), create_graph=True)
print(dy)
(d2y,) = torch.autograd.grad(dy, x, torch.ones_like(dy))
print(d2y)

z = torch.tensor(2.0, requires_grad=True)
w = z ** 3
print(torch.autograd.grad(w, z))

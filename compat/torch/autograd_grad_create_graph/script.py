import torch

# y = x**3: dy/dx = 3x^2, d2y/dx2 = 6x, d3y/dx3 = 6
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
print("y:", y)
(dy,) = torch.autograd.grad(y, x, create_graph=True)
print("dy/dx:", dy)
(d2y,) = torch.autograd.grad(dy, x, create_graph=True)
print("d2y/dx2:", d2y)
(d3y,) = torch.autograd.grad(d2y, x)
print("d3y/dx3:", d3y)
print(d3y.requires_grad)

# second derivative of sin on a vector
t = torch.tensor([0.0, 0.5, 1.0, 1.5], requires_grad=True)
z = torch.sin(t).sum()
g = torch.autograd.grad(z, t, create_graph=True)[0]
print("cos(t):", g)
g2 = torch.autograd.grad(g.sum(), t)[0]
print("-sin(t):", g2)
print("matches:", torch.allclose(g2, -torch.sin(t)))

# grad of grad through backward(create_graph=True)
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(w ** 3).sum().backward(create_graph=True)
print("w.grad:", w.grad)
print("w.grad.requires_grad:", w.grad.requires_grad)
(h,) = torch.autograd.grad(w.grad.sum(), w)
print("d(sum 3w^2)/dw:", h)

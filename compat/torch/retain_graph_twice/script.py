import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()
y.backward(retain_graph=True)
print("first:", x.grad)
y.backward(retain_graph=True)
print("second:", x.grad)
y.backward()
print("third:", x.grad)

z = torch.exp(x).sum()
g1 = torch.autograd.grad(z, x, retain_graph=True)[0]
g2 = torch.autograd.grad(z, x)[0]
print("g1:", g1)
print("same:", torch.equal(g1, g2))

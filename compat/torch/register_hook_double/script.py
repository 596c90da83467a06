import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x.register_hook(lambda grad: grad * 2)
y = (x ** 2).sum()
y.backward()
print("with hook:", x.grad)

h.remove()
x.grad = None
(x ** 2).sum().backward()
print("after remove:", x.grad)

a = torch.tensor(3.0, requires_grad=True)
b = a * 4

def show(g):
    print("grad at b:", g)

b.register_hook(show)
c = b ** 2
c.backward()
print("a.grad:", a.grad)
print("b.grad:", b.grad)

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2
v = torch.tensor([1.0, 0.1, 0.01])
(g,) = torch.autograd.grad(y, x, grad_outputs=v, retain_graph=True)
print("v^T J:", g)
(g2,) = torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y))
print("ones:", g2)

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
B = A @ A
print("B:", B)
(gA,) = torch.autograd.grad(B, A, grad_outputs=torch.tensor([[1.0, 0.0], [0.0, 1.0]]))
print("gA:", gA)

a = torch.tensor(2.0, requires_grad=True)
o1, o2 = a * 3, a ** 2
res = torch.autograd.grad([o1, o2], a, grad_outputs=[torch.tensor(1.0), torch.tensor(10.0)])
print(res)

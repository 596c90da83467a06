import torch

a = torch.tensor([2.0, 3.0], requires_grad=True)
b = torch.tensor([6.0, 4.0], requires_grad=True)
Q = 3 * a ** 3 - b ** 2
print(Q)
print(Q.grad_fn)
print(Q.grad_fn.name())
print([f.name() for f, _ in Q.grad_fn.next_functions])
print(a.grad_fn, a.is_leaf, Q.is_leaf)

external_grad = torch.tensor([1.0, 1.0])
Q.backward(gradient=external_grad)
print(9 * a ** 2 == a.grad)
print(-2 * b == b.grad)

c = torch.ones(3, requires_grad=True) + 2
print(c, c.is_leaf)
d = torch.ones(3)
print(d.is_leaf, d.requires_grad)
e = torch.ones(3).requires_grad_()
print(e.is_leaf)
print((a.sum() * 2).grad_fn.name(), (a.mean()).grad_fn.name(), (a @ b).grad_fn.name())
print(torch.relu(a).grad_fn.name(), a.exp().grad_fn.name(), (a / b).grad_fn.name())

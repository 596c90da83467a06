import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor([3.0, 4.0], requires_grad=True)
z = torch.tensor(5.0, requires_grad=True)

out = (x * y).sum()
print("out:", out)
gx, gy, gz = torch.autograd.grad(out, [x, y, z], allow_unused=True)
print("gx:", gx)
print("gy:", gy)
print("gz:", gz)
print("gz is None:", gz is None)

out2 = (x ** 2).sum() * 0.5
grads = torch.autograd.grad(out2, (x, z), allow_unused=True, materialize_grads=True)
print("grads:", grads)
print(type(grads).__name__, len(grads))

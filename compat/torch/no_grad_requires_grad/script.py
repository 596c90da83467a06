import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
print(y.requires_grad, y)
with torch.no_grad():
    z = x * 2
    print(z.requires_grad, z)
    print(torch.is_grad_enabled())
print(z.grad_fn)
print(torch.is_grad_enabled())

@torch.no_grad()
def triple(t):
    return t * 3

print(triple(x))

with torch.set_grad_enabled(False):
    print((x + 1).requires_grad)
with torch.no_grad():
    with torch.enable_grad():
        print((x + 1).requires_grad)

with torch.no_grad():
    x -= 0.5 * torch.tensor([1.0, 1.0])
print(x, x.is_leaf, x.grad_fn)
c = torch.tensor([3.0])
print(c.requires_grad, (c * x).requires_grad)

"""The d2l.ai automatic-differentiation tutorial (section 2.5), then a small MLP trained with SGD.

Runs unchanged on real PyTorch and on ferrograd:

    python -m ferrograd run examples/torch_autograd.py    # `import torch` resolves to ferrograd.torch
    python examples/torch_autograd.py                     # ferrograd.torch when torch is not installed
"""
import numpy as np

try:
    import torch
except ImportError:  # plain `python examples/torch_autograd.py` without PyTorch installed
    import ferrograd.torch as torch
nn = torch.nn

# ---- 2.5.1 A simple function: y = 2 x.x ----
x = torch.arange(4.0)
x.requires_grad_(True)
print(x.grad)  # None: no gradient yet
y = 2 * torch.dot(x, x)
print(y)
y.backward()
print(x.grad)
print(x.grad == 4 * x)

x.grad.zero_()  # gradients accumulate: reset them
y = x.sum()
y.backward()
print(x.grad)

# ---- 2.5.2 Backward for non-scalar variables ----
x.grad.zero_()
y = x * x
y.backward(gradient=torch.ones(len(y)))  # same as y.sum().backward()
print(x.grad)

# ---- 2.5.3 Detaching computation ----
x.grad.zero_()
y = x * x
u = y.detach()
z = u * x
z.sum().backward()
print(x.grad == u)

x.grad.zero_()
y.sum().backward()
print(x.grad == 2 * x)


# ---- 2.5.4 Gradients and Python control flow ----
def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c


a = torch.tensor(0.37, requires_grad=True)
d = f(a)
d.backward()
print(a.grad == d / a)

# ---- A small MLP trained with SGD on a synthetic dataset ----
# y = sin(3 x1) + x2^2 + noise; weights initialised from numpy so every backend starts alike.
rng = np.random.default_rng(42)
X = rng.uniform(-1.0, 1.0, size=(256, 2)).astype(np.float32)
Y = (np.sin(3.0 * X[:, :1]) + X[:, 1:] ** 2 + 0.05 * rng.normal(size=(256, 1))).astype(np.float32)
features, labels = torch.from_numpy(X), torch.from_numpy(Y)

net = nn.Sequential(nn.Linear(2, 32), nn.Tanh(), nn.Linear(32, 32), nn.Tanh(), nn.Linear(32, 1))
with torch.no_grad():
    for name, p in net.named_parameters():
        fan_in = p.shape[-1] if p.dim() == 2 else p.shape[0]
        p.copy_(torch.from_numpy(rng.uniform(-1, 1, size=tuple(p.shape)).astype(np.float32) / np.sqrt(fan_in)))
print(net)

loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
batch = 32
for epoch in range(100):
    for i in range(0, 256, batch):
        loss = loss_fn(net(features[i:i + batch]), labels[i:i + batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    if (epoch + 1) % 25 == 0:
        with torch.no_grad():
            print(f"epoch {epoch + 1}, loss {loss_fn(net(features), labels).item():.4f}")

with torch.no_grad():
    final = loss_fn(net(features), labels).item()
print(f"final training loss {final:.4f} (target < 0.01)")
assert final < 0.01, final

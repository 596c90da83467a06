import torch

x = torch.ones(2, 2, requires_grad=True)
with torch.no_grad():
    y = x * 2
    with torch.enable_grad():
        z = x * 2
print(y.requires_grad, z.requires_grad, z.grad_fn)

torch.set_grad_enabled(False)
y = x * 2
print(y.requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
with torch.set_grad_enabled(False):
    print((x * 2).requires_grad)
print((x * 2).requires_grad)

with torch.inference_mode():
    w = x * 2
print(w.requires_grad, torch.is_inference_mode_enabled())


@torch.inference_mode()
def f(a):
    return a * 3


print(f(x).requires_grad)


@torch.enable_grad()
def g(a):
    return a * 3


with torch.no_grad():
    print(g(x).requires_grad)

with torch.autograd.grad_mode.no_grad():
    print((x + 1).requires_grad)
with torch.autograd.no_grad():
    print((x + 1).requires_grad)
print(torch.autograd.grad_mode.set_grad_enabled, torch.autograd.set_grad_enabled is torch.set_grad_enabled)

print(torch.is_anomaly_enabled())
with torch.autograd.detect_anomaly():
    print(torch.is_anomaly_enabled())
    out = (x * x).sum()
    out.backward()
print(torch.is_anomaly_enabled(), x.grad)
torch.autograd.set_detect_anomaly(True)
print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
torch.autograd.set_detect_anomaly(False)
with torch.autograd.set_detect_anomaly(True, check_nan=False):
    print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
print(torch.is_anomaly_enabled())

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a.detach()
b.requires_grad_()
print(b.requires_grad, a.requires_grad, b.is_leaf)
c = (a * 2).requires_grad_(False) if False else None
m = torch.nn.Linear(2, 1)
m.requires_grad_(False)
print([p.requires_grad for p in m.parameters()])
m.eval()
print(m.training)
m.train()
print(m.training)
try:
    (a * 2).requires_grad_(False)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1, 2]).requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)

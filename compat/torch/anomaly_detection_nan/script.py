# Debugging NaN gradients with anomaly detection (torch.autograd.detect_anomaly / set_detect_anomaly docs):
# the backward stops at the first node whose gradient holds a NaN and names it
import warnings

import torch

warnings.simplefilter("ignore")  # anomaly mode also warns with the forward traceback (stderr)

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
with torch.autograd.detect_anomaly():
    y = (x.sqrt() * 0).sum()
    try:
        y.backward()
    except RuntimeError as e:
        print("RuntimeError:", e)
print("x.grad after the failed backward:", x.grad)

# without anomaly mode the NaN flows into .grad silently
y = (x.sqrt() * 0).sum()
y.backward()
print("x.grad:", x.grad)

torch.autograd.set_detect_anomaly(True)
print(torch.is_anomaly_enabled())
w = torch.tensor([0.0, 2.0], requires_grad=True)
try:
    torch.autograd.grad((w / w).sum(), w)
except RuntimeError as e:
    print("RuntimeError:", e)
model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.ReLU())
out = model(torch.ones(1, 2)).sum()
out.backward()  # finite gradients pass the check
print(all(torch.isfinite(p.grad).all().item() for p in model.parameters()))
torch.autograd.set_detect_anomaly(False)
print(torch.is_anomaly_enabled())

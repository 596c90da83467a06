import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(2)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(6, 8),
            nn.ReLU(),
            nn.Dropout(p=0.5),
            nn.Linear(8, 3),
        )

    def forward(self, x):
        return self.net(x)


model = Classifier()
print(model)
with torch.no_grad():
    for p in model.parameters():
        p.copy_(torch.from_numpy(rng.normal(scale=0.5, size=tuple(p.shape)).astype(np.float32)))

X = torch.from_numpy(rng.normal(size=(20, 6)).astype(np.float32))
Y = torch.from_numpy(rng.integers(0, 3, size=20))
batches = [(X[i:i + 5], Y[i:i + 5]) for i in range(0, 20, 5)]

loss_fn = nn.CrossEntropyLoss()
model.eval()
print(model.training, model.net[2].training)
total_loss, correct, count = 0.0, 0, 0
with torch.no_grad():
    for xb, yb in batches:
        logits = model(xb)
        total_loss += loss_fn(logits, yb).item() * len(xb)
        correct += (logits.argmax(dim=1) == yb).sum().item()
        count += len(xb)
print(f"eval loss {total_loss / count:.6f} acc {correct / count:.3f}")
print(logits)
print(logits.requires_grad, logits.grad_fn)

with torch.no_grad():
    a = model(X)
    b = model(X)
print(torch.equal(a, b))

model.train()
torch.manual_seed(0)
h = torch.ones(4, 10)
d = model.net[2](h)
print(d.shape, d.requires_grad)
print(sorted(set(d.flatten().tolist())) in ([0.0, 2.0], [2.0], [0.0]))
drop = nn.Dropout(0.25)
print(drop, drop.p)
out = model(X)
print(out.shape, out.requires_grad, out.grad_fn.name())
print(nn.Dropout(p=0.0)(torch.tensor([1.0, 2.0])))
drop.eval()
print(drop(torch.tensor([1.0, 2.0, 3.0])))

import numpy as np
import torch
from torch import nn

model = nn.Sequential(
    nn.Linear(4, 3),
    nn.ReLU(),
    nn.Linear(3, 3),
    nn.Tanh(),
    nn.Linear(3, 1),
    nn.Sigmoid(),
)
print(model)
print(list(model.state_dict().keys()))

rng = np.random.default_rng(1)
with torch.no_grad():
    for name, p in model.named_parameters():
        p.copy_(torch.from_numpy(rng.normal(scale=0.5, size=tuple(p.shape)).astype(np.float32)))

x = torch.from_numpy(rng.normal(size=(2, 4)).astype(np.float32))
out = model(x)
print(out)
out.sum().backward()
for name, p in model.named_parameters():
    print(name, tuple(p.shape), p.grad)
print(sum(p.numel() for p in model.parameters()))
print(model[0])
print(model[1](torch.tensor([-1.0, 0.0, 2.0])))

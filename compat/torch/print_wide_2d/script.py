import numpy as np
import torch

print(torch.arange(40.).reshape(2, 20) * 1.5)
rng = np.random.default_rng(42)
m = torch.from_numpy(rng.normal(size=(3, 30)).astype(np.float32))
print(m)
print(torch.arange(60).reshape(2, 30))
x = torch.linspace(0, 1, 25, requires_grad=True)
print(x * 2)
print(torch.from_numpy(rng.normal(size=(2, 12))))

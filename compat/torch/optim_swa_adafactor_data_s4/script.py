# Stochastic Weight Averaging recipe, EMA, Adafactor and torch.utils.data helpers
import numpy as np
import torch
import torch.nn as nn
from torch.optim.lr_scheduler import CosineAnnealingLR
from torch.optim.swa_utils import SWALR, AveragedModel, get_ema_multi_avg_fn, update_bn
from torch.utils.data import DataLoader, DistributedSampler, StackDataset, TensorDataset, default_convert

torch.manual_seed(5)
X = torch.randn(32, 4)
Y = (X @ torch.tensor([1.0, -2.0, 0.5, 3.0]) + 0.1 * torch.randn(32)).unsqueeze(1)
ds = StackDataset(TensorDataset(X), TensorDataset(Y))
print(len(ds), ds[0])
loader = DataLoader(StackDataset(X, Y), batch_size=8, shuffle=True)

model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
swa_model = AveragedModel(model)
ema_model = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.8))
scheduler = CosineAnnealingLR(opt, T_max=4)
swa_start = 3
swa_scheduler = SWALR(opt, swa_lr=0.02, anneal_epochs=2, anneal_strategy="linear")
loss_fn = nn.MSELoss()
for epoch in range(7):
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        ema_model.update_parameters(model)
        total += loss.item()
    if epoch >= swa_start:
        swa_model.update_parameters(model)
        swa_scheduler.step()
    else:
        scheduler.step()
    print(epoch, round(total, 2), [round(lr, 6) for lr in swa_scheduler.get_last_lr()])
print(swa_model.n_averaged, ema_model.n_averaged)
print(swa_model.module[3].weight, ema_model.module[3].bias)
print(swa_model.module[1].running_mean)
update_bn(loader, swa_model)
print(swa_model.module[1].running_mean, swa_model.module[1].running_var)
swa_model.eval()
print(swa_model(X[:3]))

w = torch.randn(5, 3, requires_grad=True)
b = torch.zeros(3, requires_grad=True)
opt2 = torch.optim.Adafactor([w, b], lr=0.1)
print(opt2)
for i in range(4):
    opt2.zero_grad()
    out = (X[:5, :3] * w).sum() + (b - 1).pow(2).sum()
    out.backward()
    opt2.step()
print(w, b)
print(opt2.state[w]["row_var"].flatten(), opt2.state[w]["col_var"].flatten(), opt2.state[b]["variance"], opt2.state[w]["step"])
opt3 = torch.optim.Adafactor([torch.nn.Parameter(torch.ones(2, 2))], lr=0.01, weight_decay=0.1, maximize=True)
p3 = opt3.param_groups[0]["params"][0]
p3.grad = torch.tensor([[1.0, -1.0], [0.5, 2.0]])
opt3.step()
print(p3)
try:
    torch.optim.Adafactor([w], d=0.5)
except ValueError as e:
    print("ValueError:", e)

print(default_convert(np.arange(3)), default_convert([np.float64(1.5), (np.ones(2, dtype=np.float32),)]))
print(default_convert({"a": np.zeros((1, 2)), "b": "text"}))
data = list(range(11))
for rank in range(3):
    sampler = DistributedSampler(data, num_replicas=3, rank=rank, shuffle=True, seed=42)
    sampler.set_epoch(1)
    print(rank, len(sampler), list(sampler))
print(list(DistributedSampler(data, num_replicas=4, rank=1, shuffle=False, drop_last=True)))
dl = DataLoader(StackDataset(x=X[:6], y=Y[:6]), batch_size=4)
for batch in dl:
    print(sorted(batch), batch["x"].shape, batch["y"].flatten())
try:
    StackDataset(X, Y[:5])
except ValueError as e:
    print("ValueError:", e)

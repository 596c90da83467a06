import torch
import torch.nn as nn
from torch.optim.lr_scheduler import (SequentialLR, ChainedScheduler, CyclicLR, PolynomialLR, LinearLR,
                                      ExponentialLR, ConstantLR, StepLR, CosineAnnealingLR)

def opt_sgd(lr=0.1, **kw):
    return torch.optim.SGD([nn.Parameter(torch.zeros(2))], lr=lr, **kw)

o = opt_sgd()
s = PolynomialLR(o, total_iters=4, power=2.0)
for e in range(6):
    o.step(); s.step(); print("poly", e, s.get_last_lr())

o = opt_sgd()
s1 = LinearLR(o, start_factor=0.1, total_iters=3)
s2 = ExponentialLR(o, gamma=0.9)
s = SequentialLR(o, schedulers=[s1, s2], milestones=[3])
for e in range(7):
    o.step(); s.step(); print("seq", e, s.get_last_lr(), s.last_epoch)

o = opt_sgd(lr=1.0)
s = SequentialLR(o, [ConstantLR(o, factor=0.5, total_iters=2), CosineAnnealingLR(o, T_max=4), StepLR(o, 2, 0.5)], milestones=[2, 6])
for e in range(10):
    o.step(); s.step(); print("seq3", e, s.get_last_lr())

o = opt_sgd(lr=1.0)
s = ChainedScheduler([ConstantLR(o, factor=0.1, total_iters=2), ExponentialLR(o, gamma=0.9)])
for e in range(5):
    o.step(); s.step(); print("chain", e, s.get_last_lr(), o.param_groups[0]["lr"])

o = opt_sgd(lr=0.1, momentum=0.9)
s = CyclicLR(o, base_lr=0.01, max_lr=0.1, step_size_up=3)
for e in range(8):
    o.step(); s.step(); print("cyc", e, s.get_last_lr(), o.param_groups[0]["momentum"])
o = torch.optim.Adam([nn.Parameter(torch.zeros(2))])
s = CyclicLR(o, base_lr=0.001, max_lr=0.01, step_size_up=2, step_size_down=3, mode="triangular2")
for e in range(12):
    o.step(); s.step(); print("cyc2", e, s.get_last_lr(), o.param_groups[0]["betas"])
o = opt_sgd(lr=0.1, momentum=0.9)
s = CyclicLR(o, 0.01, 0.1, step_size_up=2, mode="exp_range", gamma=0.9, cycle_momentum=False)
for e in range(6):
    o.step(); s.step(); print("cyc3", e, s.get_last_lr())
print(type(s).__name__, isinstance(s, torch.optim.lr_scheduler.LRScheduler))
try:
    CyclicLR(torch.optim.Adagrad([nn.Parameter(torch.zeros(2))]), 0.1, 1.0)
except ValueError as e:
    print("ValueError", e)
try:
    SequentialLR(o, [StepLR(o, 2)], milestones=[3])
except ValueError as e:
    print("ValueError", e)

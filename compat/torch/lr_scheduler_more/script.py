# Learning-rate schedulers: ReduceLROnPlateau, LinearLR, ConstantLR, MultiplicativeLR, OneCycleLR,
# CosineAnnealingLR and CosineAnnealingWarmRestarts (the lr each epoch)
import torch
from torch.optim import SGD, Adam
from torch.optim import lr_scheduler

p = [torch.zeros(2, requires_grad=True)]


def run(name, opt, sched, n=10, metric=None):
    lrs = []
    for epoch in range(n):
        opt.step()
        if metric is None:
            sched.step()
        else:
            sched.step(metric(epoch))
        lrs.append(opt.param_groups[0]["lr"])
    print(name, [f"{v:.6g}" for v in lrs])
    return lrs


opt = SGD(p, lr=0.1)
run("plateau", opt, lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=2),
    n=12, metric=lambda e: 1.0 if e > 2 else 1.0 - e)
opt = SGD(p, lr=0.1)
s = lr_scheduler.ReduceLROnPlateau(opt, "max", factor=0.1, patience=0, threshold=0.1, threshold_mode="abs",
                                   cooldown=1, min_lr=1e-4)
run("plateau max", opt, s, n=8, metric=lambda e: [0.5, 0.55, 0.7, 0.7, 0.7, 0.9, 0.9, 0.9][e])
print(s.best, s.num_bad_epochs, s.get_last_lr())
opt = SGD(p, lr=0.05)
run("linear", opt, lr_scheduler.LinearLR(opt, start_factor=0.25, total_iters=4))
opt = SGD(p, lr=0.05)
run("constant", opt, lr_scheduler.ConstantLR(opt, factor=0.5, total_iters=3))
opt = SGD(p, lr=0.05)
run("multiplicative", opt, lr_scheduler.MultiplicativeLR(opt, lr_lambda=lambda epoch: 0.95))
opt = SGD(p, lr=0.1)
run("cosine", opt, lr_scheduler.CosineAnnealingLR(opt, T_max=4, eta_min=0.001), n=12)
opt = SGD(p, lr=0.1)
run("warm restarts", opt, lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2, eta_min=0.01), n=12)
opt = SGD(p, lr=0.1, momentum=0.9)
s = lr_scheduler.OneCycleLR(opt, max_lr=0.5, total_steps=10)
lrs = run("onecycle", opt, s, n=9)
print([round(g["momentum"], 4) for g in opt.param_groups])
opt = Adam(p, lr=0.1)
s = lr_scheduler.OneCycleLR(opt, max_lr=0.01, epochs=2, steps_per_epoch=5, anneal_strategy="linear")
run("onecycle adam", opt, s, n=9)
print(opt.param_groups[0]["betas"])
try:
    lr_scheduler.ReduceLROnPlateau(opt, factor=1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    lr_scheduler.ReduceLROnPlateau(opt, mode="avg")
except ValueError as e:
    print("ValueError:", e)

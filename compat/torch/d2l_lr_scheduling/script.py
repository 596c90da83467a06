# d2l.ai 12.11 Learning Rate Scheduling (PyTorch; schedulers on a small LeNet with synthetic data)
import math

import torch
from torch import nn
from torch.optim import lr_scheduler

torch.manual_seed(0)


def net_fn():
    model = nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.ReLU(),
        nn.MaxPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), nn.ReLU(),
        nn.MaxPool2d(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
        nn.Linear(120, 84), nn.ReLU(),
        nn.Linear(84, 10))
    return model


loss = nn.CrossEntropyLoss()
X_all = torch.rand(32, 1, 28, 28)
y_all = torch.randint(0, 10, (32,))


def train(net, trainer, num_epochs, scheduler=None):
    for epoch in range(num_epochs):
        for i in range(2):
            X, y = X_all[i * 16:(i + 1) * 16], y_all[i * 16:(i + 1) * 16]
            net.train()
            trainer.zero_grad()
            y_hat = net(X)
            l = loss(y_hat, y)
            l.backward()
            trainer.step()
        if scheduler:
            if scheduler.__module__ == lr_scheduler.__name__:
                # Using PyTorch In-Built scheduler
                scheduler.step()
            else:
                # Using custom defined scheduler
                for param_group in trainer.param_groups:
                    param_group['lr'] = scheduler(epoch)
        print(f'epoch {epoch + 1}: lr {trainer.param_groups[0]["lr"]:.6f}')


lr, num_epochs = 0.3, 3
net = net_fn()
trainer = torch.optim.SGD(net.parameters(), lr=lr)
train(net, trainer, num_epochs)

lr = 0.1
trainer.param_groups[0]["lr"] = lr
print(f'learning rate is now {trainer.param_groups[0]["lr"]:.2f}')


class SquareRootScheduler:
    def __init__(self, lr=0.1):
        self.lr = lr

    def __call__(self, num_update):
        return self.lr * pow(num_update + 1.0, -0.5)


scheduler = SquareRootScheduler(lr=0.1)
print([round(scheduler(t), 5) for t in range(5)])
net = net_fn()
trainer = torch.optim.SGD(net.parameters(), lr)
train(net, trainer, num_epochs, scheduler)


class FactorScheduler:
    def __init__(self, factor=1, stop_factor_lr=1e-7, base_lr=0.1):
        self.factor = factor
        self.stop_factor_lr = stop_factor_lr
        self.base_lr = base_lr

    def __call__(self, num_update):
        self.base_lr = max(self.stop_factor_lr, self.base_lr * self.factor)
        return self.base_lr


scheduler = FactorScheduler(factor=0.9, stop_factor_lr=1e-2, base_lr=2.0)
print([round(scheduler(t), 5) for t in range(50)][::7])

net = net_fn()
trainer = torch.optim.SGD(net.parameters(), lr=0.5)
scheduler = lr_scheduler.MultiStepLR(trainer, milestones=[15, 30], gamma=0.5)


def get_lr(trainer, scheduler):
    lr = scheduler.get_last_lr()[0]
    trainer.step()
    scheduler.step()
    return lr


print([get_lr(trainer, scheduler) for t in range(num_epochs * 12)][::5])
train(net, trainer, num_epochs, scheduler)
print(type(scheduler), scheduler.__module__)


class CosineScheduler:
    def __init__(self, max_update, base_lr=0.01, final_lr=0,
                 warmup_steps=0, warmup_begin_lr=0):
        self.base_lr_orig = base_lr
        self.max_update = max_update
        self.final_lr = final_lr
        self.warmup_steps = warmup_steps
        self.warmup_begin_lr = warmup_begin_lr
        self.max_steps = self.max_update - self.warmup_steps

    def get_warmup_lr(self, epoch):
        increase = (self.base_lr_orig - self.warmup_begin_lr) \
                       * float(epoch) / float(self.warmup_steps)
        return self.warmup_begin_lr + increase

    def __call__(self, epoch):
        if epoch < self.warmup_steps:
            return self.get_warmup_lr(epoch)
        if epoch <= self.max_update:
            self.base_lr = self.final_lr + (
                self.base_lr_orig - self.final_lr) * (1 + math.cos(
                math.pi * (epoch - self.warmup_steps) / self.max_steps)) / 2
        return self.base_lr


scheduler = CosineScheduler(max_update=20, base_lr=0.3, final_lr=0.01)
print([round(scheduler(t), 5) for t in range(30)][::4])
scheduler = CosineScheduler(20, warmup_steps=5, base_lr=0.3, final_lr=0.01)
print([round(scheduler(t), 5) for t in range(30)][::4])
net = net_fn()
trainer = torch.optim.SGD(net.parameters(), lr=0.3)
train(net, trainer, num_epochs, scheduler)

# built-in equivalents
opt = torch.optim.SGD(net_fn().parameters(), lr=0.3)
cos = lr_scheduler.CosineAnnealingLR(opt, T_max=20, eta_min=0.01)
lrs = []
for _ in range(25):
    lrs.append(round(opt.param_groups[0]['lr'], 6))
    opt.step()
    cos.step()
print(lrs[::3])
opt = torch.optim.SGD(net_fn().parameters(), lr=0.3)
warm = lr_scheduler.SequentialLR(opt, [lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=5),
                                       lr_scheduler.CosineAnnealingLR(opt, T_max=15)], milestones=[5])
lrs = []
for _ in range(20):
    lrs.append(round(warm.get_last_lr()[0], 6))
    opt.step()
    warm.step()
print(lrs)
print(warm.state_dict()['_milestones'], type(warm).__name__)

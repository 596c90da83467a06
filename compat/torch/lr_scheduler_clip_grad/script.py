import torch
from torch import nn, optim

model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -0.5]]))
    model.bias.fill_(0.0)
X = torch.tensor([[1.0, 2.0], [2.0, 1.0], [3.0, -1.0], [0.0, 1.0]])
Y = torch.tensor([[1.0], [2.0], [0.5], [-1.0]])
optimizer = optim.SGD(model.parameters(), lr=0.1)
scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
loss_fn = nn.MSELoss()
for epoch in range(6):
    optimizer.zero_grad()
    loss = loss_fn(model(X), Y)
    loss.backward()
    total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    optimizer.step()
    scheduler.step()
    print(epoch, round(loss.item(), 6), total, scheduler.get_last_lr())

print(model.weight, model.bias)

opt2 = optim.SGD(model.parameters(), lr=1.0)
sched2 = optim.lr_scheduler.ExponentialLR(opt2, gamma=0.9)
for epoch in range(3):
    opt2.zero_grad()
    loss = loss_fn(model(X), Y)
    loss.backward()
    torch.nn.utils.clip_grad_value_(model.parameters(), clip_value=0.1)
    print(model.weight.grad, model.bias.grad)
    opt2.step()
    sched2.step()
    print(sched2.get_last_lr(), opt2.param_groups[0]["lr"])
print(sched2.state_dict()["last_epoch"])

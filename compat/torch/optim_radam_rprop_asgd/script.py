# torch.optim Rprop, RAdam and ASGD on a seeded nn.Linear regression (PyTorch docs: torch.optim algorithms)
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(8, 3)
y = x @ torch.tensor([[1.5], [-2.0], [0.5]]) + 0.3

for name, make in [("Rprop", lambda p: torch.optim.Rprop(p, lr=0.01)),
                   ("RAdam", lambda p: torch.optim.RAdam(p, lr=0.05)),
                   ("RAdam_dwd", lambda p: torch.optim.RAdam(p, lr=0.05, weight_decay=0.1, decoupled_weight_decay=True)),
                   ("ASGD", lambda p: torch.optim.ASGD(p, lr=0.05, t0=3)),
                   ("Rprop_etas", lambda p: torch.optim.Rprop(p, lr=0.02, etas=(0.3, 1.5), step_sizes=(1e-4, 0.1)))]:
    torch.manual_seed(1)
    model = nn.Linear(3, 1)
    opt = make(model.parameters())
    for step in range(8):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    print(name, f"{loss.item():.5f}")
    print(model.weight, model.bias)
    print(opt)
    print(sorted(opt.state[model.weight].keys()), opt.state[model.weight]["step"])

torch.manual_seed(0)
w = torch.randn(5, requires_grad=True)
opt = torch.optim.RAdam([w], lr=0.05)
for s in range(8):
    opt.zero_grad()
    (w ** 3).sum().backward()
    opt.step()
    print(s, w)

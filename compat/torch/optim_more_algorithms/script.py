# torch.optim.Adagrad / Adadelta / Adamax / NAdam on a small regression model, side by side
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(64, 3)
true_w = torch.tensor([[1.5], [-2.0], [0.5]])
y = X @ true_w + 0.3 + 0.05 * torch.randn(64, 1)

configs = {
    "Adagrad": lambda p: torch.optim.Adagrad(p, lr=0.3),
    "Adagrad(lr_decay, wd)": lambda p: torch.optim.Adagrad(p, lr=0.3, lr_decay=0.01, weight_decay=1e-3,
                                                           initial_accumulator_value=0.1),
    "Adadelta": lambda p: torch.optim.Adadelta(p, lr=1.0),
    "Adadelta(rho=0.8)": lambda p: torch.optim.Adadelta(p, lr=2.0, rho=0.8, weight_decay=1e-3),
    "Adamax": lambda p: torch.optim.Adamax(p, lr=0.1),
    "NAdam": lambda p: torch.optim.NAdam(p, lr=0.1),
    "NAdam(decoupled)": lambda p: torch.optim.NAdam(p, lr=0.1, weight_decay=0.01, decoupled_weight_decay=True),
}
loss_fn = nn.MSELoss()
for name, make in configs.items():
    torch.manual_seed(1)
    model = nn.Linear(3, 1)
    opt = make(model.parameters())
    for epoch in range(60):
        opt.zero_grad()
        loss = loss_fn(model(X), y)
        loss.backward()
        opt.step()
        if epoch % 20 == 19:
            print(f"{name:22s} epoch {epoch + 1:3d} loss {loss.item():.5f}")
    print(f"{name:22s} w={[round(v, 3) for v in model.weight.flatten().tolist()]} b={model.bias.item():.3f}")

opt = torch.optim.Adagrad(nn.Linear(2, 1).parameters(), lr=0.1)
print(opt)
print(sorted(opt.state_dict()["state"][0].keys()), opt.state_dict()["state"][0]["step"])
opt = torch.optim.NAdam([torch.zeros(2, requires_grad=True)])
print(opt)
opt = torch.optim.Adamax([torch.zeros(2, requires_grad=True)], lr=0.01)
print(opt.defaults["betas"], opt.param_groups[0]["lr"])
print(torch.optim.Adadelta([torch.zeros(1, requires_grad=True)]).defaults)

import torch

target = torch.tensor([0.5, 0.5, 0.5])
scale = torch.tensor([1.0, 2.0, 3.0])


def run(name, **kw):
    w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.1, **kw)
    for step in range(5):
        opt.zero_grad()
        loss = ((w - target) ** 2 * scale).sum()
        loss.backward()
        opt.step()
    print(f"{name:10s} loss {loss.item():.6f}", w)


run("plain")
run("momentum", momentum=0.9)
run("nesterov", momentum=0.9, nesterov=True)
run("wd", weight_decay=0.1)
run("momwd", momentum=0.5, weight_decay=0.01, dampening=0.1)

w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.5)
print(opt.param_groups[0]["lr"], opt.param_groups[0]["momentum"])
(w ** 2).sum().backward()
opt.step()
print(w, w.grad)
opt.zero_grad()
print(w.grad)

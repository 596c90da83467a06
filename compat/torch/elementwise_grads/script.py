import torch

x = torch.tensor([-2.0, -1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)


def show(name, fn):
    x.grad = None
    y = fn(x)
    y.sum().backward()
    print(f"{name:8s}", y.detach(), x.grad)


show("clamp", lambda t: t.clamp(-1.0, 1.0))
show("clampmin", lambda t: torch.clamp(t, min=0.5))
show("where", lambda t: torch.where(t > 0, t * t, -t))
show("maximum", lambda t: torch.maximum(t, torch.tensor([0.0, 0.0, 0.0, 0.5, 2.0, 1.0])))
show("relu", torch.relu)
show("sigmoid", torch.sigmoid)
show("tanh", torch.tanh)
show("abs", torch.abs)
show("exp", torch.exp)
show("pow3", lambda t: t.pow(3))
show("square", lambda t: t ** 2)

p = torch.tensor([0.25, 1.0, 4.0], requires_grad=True)
(torch.sqrt(p) + torch.log(p) + 2 ** p + p ** p).sum().backward()
print(p.grad)
print(torch.sqrt(p), torch.log(p), torch.exp(p))
print(torch.sqrt(torch.tensor([-1.0])), torch.log(torch.tensor([0.0])))

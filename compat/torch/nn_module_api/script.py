import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("running_mean", torch.zeros(3))
        self.register_buffer("steps", torch.tensor(0), persistent=False)
        self.body = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
        self.head = nn.Linear(3, 1)

    def forward(self, x):
        h = self.body(x)
        if self.training:
            with torch.no_grad():
                self.running_mean.mul_(0.9).add_(0.1 * h.mean(0))
                self.steps += 1
        return self.head(h)


@torch.no_grad()
def init_weights(m):
    print(m)
    if type(m) == nn.Linear:
        m.weight.fill_(0.5)
        m.bias.fill_(-0.1)


net = Net()
net.apply(init_weights)
print(net)
print(list(net.state_dict().keys()))
for k, v in net.state_dict().items():
    print(k, v)

print([type(m).__name__ for m in net.children()])
print([type(m).__name__ for m in net.modules()])
print([name for name, _ in net.named_modules()])
print([name for name, _ in net.named_children()])
print([(name, tuple(b.shape)) for name, b in net.named_buffers()])
print(sum(p.numel() for p in net.parameters()))

x = torch.tensor([[1.0, 2.0], [-1.0, 0.5]])
out = net(x)
print(out)
print(net.running_mean, net.steps)
net.eval()
print(net.training, net.body.training, net.body[0].training)
out2 = net(x)
print(net.steps)
net.train()
print(net.training, net.head.training)

other = Net()
result = other.load_state_dict(net.state_dict())
print(result)
print(other.head.weight, other.running_mean)
print(torch.equal(other(x), net(x)))

sd = net.state_dict()
sd["head.bias"] = torch.tensor([3.0])
missing = other.load_state_dict(sd, strict=False)
print(missing.missing_keys, missing.unexpected_keys)
print(other.head.bias)

net.requires_grad_(False)
print([p.requires_grad for p in net.parameters()])
print(net.get_submodule("body.0"))
print(net.get_parameter("head.bias"))

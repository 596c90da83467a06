import torch
from torch import nn


class MyModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.linears = nn.ModuleList([nn.Linear(3, 3) for i in range(3)])
        self.choices = nn.ModuleDict({
            'relu': nn.ReLU(),
            'tanh': nn.Tanh(),
        })
        self.params = nn.ParameterList([nn.Parameter(torch.full((3,), float(i))) for i in range(2)])

    def forward(self, x, act):
        for i, l in enumerate(self.linears):
            x = self.linears[i // 2](x) + l(x)
        x = self.choices[act](x)
        for p in self.params:
            x = x * p + 1
        return x


m = MyModule()
with torch.no_grad():
    for i, l in enumerate(m.linears):
        l.weight.copy_(torch.eye(3) * (0.1 * (i + 1)))
        l.bias.fill_(0.01 * i)
print(m)
print([n for n, _ in m.named_parameters()])
print(len(m.linears), list(m.choices.keys()), len(m.params))

calls = []


def pre_hook(module, args):
    calls.append(("pre", type(module).__name__, tuple(args[0].shape)))


def fwd_hook(module, args, output):
    calls.append(("fwd", type(module).__name__, tuple(output.shape)))
    return output * 2


def bwd_hook(module, grad_input, grad_output):
    calls.append(("bwd", type(module).__name__, [None if g is None else tuple(g.shape) for g in grad_input],
                  [tuple(g.shape) for g in grad_output]))


lin = m.linears[0]
h1 = lin.register_forward_pre_hook(pre_hook)
h2 = lin.register_forward_hook(fwd_hook)
h3 = lin.register_full_backward_hook(bwd_hook)
x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -0.5, 0.0]], requires_grad=True)
y = lin(x)
print(y)
y.sum().backward()
for c in calls:
    print(c)
print(x.grad)
h1.remove()
h2.remove()
h3.remove()
calls.clear()
print(lin(x))
print(calls)

out = m(x, 'tanh')
print(out)
out2 = m(x, 'relu')
print(out2)
out2.sum().backward()
print(m.params[1].grad)
m.linears.append(nn.Linear(3, 1))
print(len(m.linears), m.linears[-1])
m.choices.update({'sig': nn.Sigmoid()})
print(m.choices)

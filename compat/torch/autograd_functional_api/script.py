import torch
from torch.autograd.functional import jacobian, hessian, vjp, jvp, vhp, hvp


def exp_reducer(x):
    return x.exp().sum(dim=1)


inputs = torch.tensor([[0.1, 0.2], [0.3, 0.4]])
print(jacobian(exp_reducer, inputs))
print(jacobian(exp_reducer, inputs, create_graph=True))


def exp_adder(x, y):
    return 2 * x.exp() + 3 * y


inputs = (torch.tensor([0.5, 0.6]), torch.tensor([0.7, 0.8]))
print(jacobian(exp_adder, inputs))


def pow_reducer(x):
    return x.pow(3).sum()


inputs = torch.tensor([[0.25, 0.5], [0.75, 1.0]])
print(hessian(pow_reducer, inputs))


def pow_adder_reducer(x, y):
    return (2 * x.pow(2) + 3 * y.pow(2)).sum()


inputs = (torch.tensor([0.5, 0.6]), torch.tensor([0.7, 0.8]))
print(hessian(pow_adder_reducer, inputs))


def exp_reducer(x):
    return x.exp().sum(dim=1)


inputs = torch.tensor([[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8], [0.9, 1.0, 1.1, 1.2], [1.3, 1.4, 1.5, 1.6]])
v = torch.ones(4)
print(vjp(exp_reducer, inputs, v))


def adder(x, y):
    return 2 * x + 3 * y


inputs = (torch.tensor([0.5, 0.6]), torch.tensor([0.7, 0.8]))
v = torch.ones(2)
print(vjp(adder, inputs, v))


def exp_reducer(x):
    return x.exp().sum(dim=1)


inputs = torch.tensor([[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8], [0.9, 1.0, 1.1, 1.2], [1.3, 1.4, 1.5, 1.6]])
v = torch.ones(4, 4)
print(jvp(exp_reducer, inputs, v))


def adder(x, y):
    return 2 * x + 3 * y


inputs = (torch.tensor([0.5, 0.6]), torch.tensor([0.7, 0.8]))
v = (torch.ones(2), torch.ones(2))
print(jvp(adder, inputs, v))


def pow_reducer(x):
    return x.pow(3).sum()


inputs = torch.tensor([[0.25, 0.5], [0.75, 1.0]])
v = torch.ones(2, 2)
print(vhp(pow_reducer, inputs, v))
print(hvp(pow_reducer, inputs, v))


def pow_adder_reducer(x, y):
    return (2 * x.pow(2) + 3 * y.pow(2)).sum()


inputs = (torch.tensor([0.5, 0.6]), torch.tensor([0.7, 0.8]))
v = (torch.zeros(2), torch.ones(2))
print(vhp(pow_adder_reducer, inputs, v))
print(hvp(pow_adder_reducer, inputs, v))

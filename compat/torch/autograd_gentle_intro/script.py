import torch
from torch import nn, optim

a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)

Q = 3*a**3 - b**2
print(Q)

external_grad = torch.tensor([1., 1.])
Q.backward(gradient=external_grad)

# check if collected gradients are correct
print(9*a**2 == a.grad)
print(-2*b == b.grad)
print(a.grad, b.grad)

x = torch.ones(5, 5)
y = torch.zeros(5, 5)
z = torch.ones((5, 5), requires_grad=True)
a = x + y
print(f"Does `a` require gradients?: {a.requires_grad}")
b = x + z
print(f"Does `b` require gradients?: {b.requires_grad}")

# a small stand-in for the pretrained resnet18 of the tutorial
torch.manual_seed(0)
model = nn.Sequential()
model.add_module("features", nn.Linear(8, 6))
model.add_module("act", nn.ReLU())
model.fc = nn.Linear(6, 5)

# Freeze all the parameters in the network
for param in model.parameters():
    param.requires_grad = False

model.fc = nn.Linear(6, 4)
print(model)

# Optimize only the classifier
optimizer = optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
for name, param in model.named_parameters():
    print(name, param.requires_grad)

data = torch.ones(2, 8)
out = model(data)
out.sum().backward()
for name, param in model.named_parameters():
    print(name, param.grad is None, None if param.grad is None else tuple(param.grad.shape))
optimizer.step()
print(len(optimizer.param_groups[0]["params"]))

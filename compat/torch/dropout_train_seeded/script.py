# Dropout in training mode with a fixed seed: which entries are zeroed and the 1/(1-p) scaling
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
x = torch.ones(4, 6)
print(drop(x))
print(F.dropout(torch.arange(1., 9.), p=0.25))
print(F.dropout(torch.arange(1., 9.), p=0.25, training=False))
drop.eval()
print(drop(x))
drop.train()
y = torch.arange(12., requires_grad=True)
out = nn.Dropout(0.3)(y)
print(out)
out.sum().backward()
print(y.grad)
print(torch.rand(2))

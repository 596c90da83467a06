# Default parameter initialisation and torch.nn.init with a fixed seed
import math

import torch
import torch.nn as nn

torch.manual_seed(1)
lin = nn.Linear(3, 2)
print(lin.weight)
print(lin.bias)
emb = nn.Embedding(4, 3)
print(emb.weight)
conv = nn.Conv2d(1, 2, kernel_size=2)
print(conv.weight)
print(conv.bias)
net = nn.Sequential(nn.Linear(4, 5), nn.ReLU(), nn.Linear(5, 1))
for name, p in net.named_parameters():
    print(name, p.shape, p.data)

w = torch.empty(3, 5)
print(nn.init.uniform_(w, a=-0.1, b=0.1))
print(nn.init.normal_(w, mean=0.0, std=0.02))
print(nn.init.xavier_uniform_(w))
print(nn.init.xavier_normal_(w, gain=nn.init.calculate_gain('tanh')))
print(nn.init.kaiming_uniform_(w, mode='fan_in', nonlinearity='relu'))
print(nn.init.kaiming_normal_(w, mode='fan_out', nonlinearity='relu'))
print(nn.init.trunc_normal_(w, std=0.02))
print(nn.init.trunc_normal_(w, mean=0.0, std=1.0, a=-0.5, b=0.5))
print(nn.init.constant_(w, 0.3))
print(nn.init.zeros_(w))
print(nn.init.ones_(torch.empty(2, 2)))
print(nn.init.eye_(torch.empty(2, 3)))


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        m.bias.data.fill_(0.01)


model = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
model.apply(init_weights)
print(model[0].weight, model[0].bias)
print(model[2].weight)
print(nn.init.calculate_gain('leaky_relu', 0.2), math.sqrt(2.0))

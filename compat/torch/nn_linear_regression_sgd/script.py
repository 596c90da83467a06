import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
X = rng.normal(size=(100, 2)).astype(np.float32)
true_w = np.array([2.0, -3.4], dtype=np.float32)
Y = X @ true_w + 4.2 + 0.01 * rng.normal(size=100).astype(np.float32)
features = torch.from_numpy(X)
labels = torch.from_numpy(Y.astype(np.float32)).reshape(-1, 1)

net = nn.Linear(2, 1)
with torch.no_grad():
    net.weight.copy_(torch.from_numpy(np.array([[0.01, -0.02]], dtype=np.float32)))
    net.bias.fill_(0.0)
print(net)
print(net.weight)

loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
for epoch in range(20):
    for i in range(0, 100, 10):
        l = loss(net(features[i:i + 10]), labels[i:i + 10])
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    if (epoch + 1) % 5 == 0:
        print(f"epoch {epoch + 1}, loss {l:f}")

w, b = net.weight.data, net.bias.data
print("w:", w)
print("b:", b)
print("error in w:", true_w - w.reshape(true_w.shape).numpy())
print(net(torch.tensor([[1.0, 1.0]])))

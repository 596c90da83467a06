import torch
from torch import nn

z = torch.tensor([1.5, -0.5, 0.0, 3.0], requires_grad=True)
y = torch.tensor([1.0, 0.0, 1.0, 0.0])

p = torch.sigmoid(z)
print("p:", p)
bce = nn.BCELoss()
loss = bce(p, y)
print("bce:", loss)
loss.backward()
print("grad:", z.grad)

z.grad = None
loss2 = nn.BCEWithLogitsLoss()(z, y)
print("bce with logits:", loss2)
loss2.backward()
print("grad:", z.grad)

print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))(z, y))
print(nn.BCELoss(reduction="none")(p, y))

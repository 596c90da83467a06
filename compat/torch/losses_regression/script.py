import torch
from torch import nn

pred = torch.tensor([[0.5, 2.0], [1.5, -1.0]], requires_grad=True)
target = torch.tensor([[1.0, 2.0], [0.0, 1.0]])

mse = nn.MSELoss()
loss = mse(pred, target)
print("mse:", loss)
loss.backward()
print("mse grad:", pred.grad)

pred.grad = None
l1 = nn.L1Loss()
loss = l1(pred, target)
print("l1:", loss)
loss.backward()
print("l1 grad:", pred.grad)

print("mse sum:", nn.MSELoss(reduction="sum")(pred, target))
print("l1 none:", nn.L1Loss(reduction="none")(pred, target))
print("functional:", torch.nn.functional.mse_loss(pred, target).item())

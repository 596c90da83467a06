import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
print(w)
with torch.no_grad():
    w += 1
print(w)
w += 1
print("not reached")

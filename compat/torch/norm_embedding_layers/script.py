import torch
from torch import nn

emb = nn.Embedding(5, 3, padding_idx=0)
with torch.no_grad():
    emb.weight.copy_(torch.arange(15, dtype=torch.float32).reshape(5, 3) / 10)
print(emb)
idx = torch.tensor([[1, 2, 0], [4, 3, 1]])
e = emb(idx)
print(e)
e.sum().backward()
print(emb.weight.grad)

ln = nn.LayerNorm(4)
print(ln, ln.weight, ln.bias)
x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [-1.0, 0.0, 2.0, 7.0]], requires_grad=True)
y = ln(x)
print(y)
(y * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(x.grad)
print(ln.weight.grad, ln.bias.grad)

bn = nn.BatchNorm1d(3)
print(bn)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
xb = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 0.0], [0.0, 1.0, 1.0], [3.0, 3.0, 2.0]])
out = bn(xb)
print(out)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(xb))
print(list(bn.state_dict().keys()))

# Scans, sorts and masks as tutorials use them (beam search top-k, causal masks, one-hot
# targets, running maxima), with ties, NaN and gradients.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[3., 1., 2., 1.], [0., float("nan"), -1., 5.]], requires_grad=True)

print(torch.cumsum(x, dim=1))
print(x.cumsum(0))
print(torch.tensor([True, False, True]).cumsum(0))
print(torch.arange(6).reshape(2, 3).cumsum(-1))
c = x.cumsum(1)
(c * torch.tensor([1., 10., 100., 1000.])).sum().backward()
print(x.grad)

v, i = torch.sort(x, dim=1)
print(v, i)
v, i = x.sort(descending=True)
print(v, i)
print(torch.argsort(torch.tensor([2, 1, 2, 0, 1])))
print(torch.argsort(torch.tensor([2., 1., 2., 0.]), descending=True, stable=True))
print(torch.topk(torch.tensor([1., 5., 3., 5., 2.]), 3))
print(torch.tensor([[1, 9, 3], [7, 7, 2]]).topk(2, dim=1, largest=False))
print(torch.msort(torch.tensor([[3., 1.], [2., 4.]])))
print(torch.kthvalue(torch.tensor([4., 1., 3., 1.]), 2))

y = torch.randn(4, 4, requires_grad=True)
print(torch.tril(y), torch.triu(y, diagonal=1))
print(y.tril(-1).sum(), torch.ones(3, 3).triu(1).bool())
mask = torch.triu(torch.ones(4, 4) * float("-inf"), diagonal=1)
print(mask)
torch.tril(y).sum().backward()
print(y.grad)

print(F.one_hot(torch.tensor([0, 2, 1, 2])))
print(F.one_hot(torch.tensor([[1], [3]]), num_classes=5))
print(torch.cummax(torch.tensor([1., 3., 3., 2., 4.]), 0))
print(torch.cummin(torch.tensor([[2, 1], [1, 3]]), dim=0))

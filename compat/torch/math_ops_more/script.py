import torch
import torch.nn.functional as F

x = torch.tensor([0.25, 0.5, 1.5, 3.0], requires_grad=True)
ys = {
    "log2": torch.log2(x), "log10": x.log10(), "sinh": torch.sinh(x), "cosh": x.cosh(),
    "atan": torch.atan(x), "asinh": torch.asinh(x), "erf": torch.erf(x), "exp2": torch.exp2(x),
    "tan": torch.tan(x / 2), "asin": torch.asin(x / 4), "acos": torch.acos(x / 4),
    "logit": torch.logit(x / 4), "trunc": torch.trunc(x * 3), "frac": torch.frac(x * 3),
}
for k, y in ys.items():
    (g,) = torch.autograd.grad(y.sum(), x)
    print(k, y.detach(), g)

a = torch.tensor([[1.0, -2.0, 3.0], [0.5, 4.0, -1.0], [2.0, 0.0, 1.0]], requires_grad=True)
print(torch.logsumexp(a, dim=1), a.logsumexp(0, keepdim=True))
print(torch.trace(a), torch.diagonal(a), torch.diagonal(a, 1), torch.diag(a, -1))
print(torch.diag(torch.tensor([1.0, 2.0]), 1))
print(torch.roll(a, 1, 0), torch.roll(a, shifts=(1, -1), dims=(0, 1)), torch.roll(torch.arange(5), 2))
print(torch.median(a), torch.median(a, dim=1))
print(torch.atan2(a, torch.ones(3, 3)))
loss = torch.logsumexp(a, 1).sum() + torch.trace(a) + torch.roll(a, 1, 1)[0].sum() * 2
loss.backward()
print(a.grad)

b = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
c = torch.arange(12, dtype=torch.float32).reshape(4, 3)
print(torch.tensordot(b, c, dims=([1, 2], [1, 0])))
print(torch.tensordot(torch.arange(6.).reshape(2, 3), torch.arange(6.).reshape(3, 2), dims=1))
print(torch.kron(torch.tensor([[1, 2], [3, 4]]), torch.ones(2, 2, dtype=torch.int64)))
print(torch.cross(torch.tensor([[1.0, 0.0, 0.0]]), torch.tensor([[0.0, 1.0, 0.0]]), dim=1))
print(torch.cdist(torch.tensor([[0.0, 0.0], [3.0, 4.0]]), torch.tensor([[1.0, 1.0]])))
gx, gy = torch.meshgrid(torch.tensor([1, 2, 3]), torch.tensor([4, 5]), indexing='xy')
print(gx, gy)
print(torch.tril(a.detach(), -1), torch.triu(a.detach()).sum())
print(torch.flip(torch.arange(6).reshape(2, 3), [1]), torch.fliplr(torch.eye(2)))
print(torch.isnan(torch.tensor([1.0, float('nan')])), torch.isinf(torch.tensor([float('inf'), 1.0])))
print(torch.lerp(torch.zeros(3), torch.ones(3), 0.25), torch.addcmul(torch.ones(2), torch.tensor([2.0, 3.0]), torch.tensor([4.0, 5.0]), value=0.5))
print(torch.diff(torch.tensor([1, 4, 9, 16])), torch.cumprod(torch.tensor([1.0, 2.0, 3.0]), 0))
print(torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([3, 6, 9])), torch.bucketize(torch.tensor([0.5, 3.0]), torch.tensor([1.0, 2.0, 3.0])))
print(torch.unique(torch.tensor([3, 1, 3, 2]), return_counts=True), torch.bincount(torch.tensor([0, 1, 1, 3])))
print(torch.vstack([torch.tensor([1, 2]), torch.tensor([3, 4])]), torch.hstack([torch.tensor([1]), torch.tensor([2, 3])]))
print(torch.movedim(torch.zeros(2, 3, 4), 0, -1).shape, torch.tile(torch.tensor([1, 2]), (2, 2)))
gelu = torch.nn.GELU()
print(gelu)
z = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
out = gelu(z)
print(out)
out.sum().backward()
print(z.grad)
print(F.gelu(z, approximate='tanh'))
print(torch.var_mean(torch.tensor([1.0, 2.0, 4.0])), torch.aminmax(torch.tensor([3, -1, 7])))

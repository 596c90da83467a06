# Tensor operations tutorials reach for: repeat_interleave, unfold, bitwise/logical ops, isin, argwhere,
# cummax/cummin, kthvalue, mode, quantile, nanmean, broadcast_tensors, tensor_split, finfo/iinfo, testing
import torch

x = torch.arange(6).reshape(2, 3)
print(torch.repeat_interleave(torch.tensor([1, 2, 3]), 2))
print(x.repeat_interleave(2, dim=1))
print(x.repeat_interleave(torch.tensor([1, 3]), dim=0))
print(torch.repeat_interleave(torch.tensor([2, 0, 1])))
print(torch.arange(1., 8).unfold(0, 3, 2))
print(torch.arange(12).reshape(3, 4).unfold(1, 2, 1).shape)

a = torch.tensor([12, 10, 7])
b = torch.tensor([10, 6, 3])
print(torch.bitwise_and(a, b), torch.bitwise_or(a, b), torch.bitwise_xor(a, b), torch.bitwise_not(a))
print(a & b, a | b, a ^ b, ~torch.tensor([True, False]), ~a)
print(torch.logical_xor(torch.tensor([True, False, True]), torch.tensor([True, True, False])))
print(torch.isin(torch.tensor([1, 2, 3, 4]), torch.tensor([2, 4, 6])))
print(torch.argwhere(torch.tensor([[0, 1], [2, 0]])))

v = torch.tensor([1.0, 3.0, 2.0, 5.0, 4.0])
print(torch.cummax(v, dim=0))
print(torch.cummin(v, dim=0).values)
print(torch.kthvalue(v, 2))
print(torch.kthvalue(torch.tensor([[3., 1., 2.], [9., 7., 8.]]), 1, dim=1, keepdim=True))
print(torch.mode(torch.tensor([1, 2, 2, 3, 3, 3, 0])))
print(torch.quantile(v, 0.5), torch.quantile(v, torch.tensor([0.25, 0.75])))
print(torch.quantile(torch.arange(12.).reshape(3, 4), 0.4, dim=1, keepdim=True))
n = torch.tensor([1.0, float("nan"), 3.0])
print(torch.nanmean(n), torch.nansum(n), n.nanmean())

p, q = torch.broadcast_tensors(torch.ones(3, 1), torch.arange(4.))
print(p.shape, q)
print(torch.broadcast_shapes((2, 1), (3,), (1, 1, 1)))
print(torch.tensor_split(torch.arange(7), 3))
print(torch.tensor_split(torch.arange(8), [2, 5]))
print(torch.hsplit(torch.arange(12).reshape(2, 6), 3)[1])
print(torch.ravel(x), x.ravel().shape)
print(torch.logaddexp(torch.tensor([1.0, -100.0]), torch.tensor([2.0, -100.0])))
print(torch.float_power(torch.tensor([2, 3]), 2))
print(torch.matrix_power(torch.tensor([[1., 1.], [0., 1.]]), 3))
print(torch.sgn(torch.tensor([-2.0, 0.0, 3.0])))

fi = torch.finfo(torch.float32)
print(fi)
print(fi.eps, fi.max, fi.min, fi.tiny, fi.bits)
print(torch.finfo(torch.float64).eps, torch.iinfo(torch.int64).max, torch.iinfo(torch.int32))
print(torch.promote_types(torch.int64, torch.float32), torch.can_cast(torch.float32, torch.int32))
print(torch.is_floating_point(x), torch.is_nonzero(torch.tensor([1.5])), torch.is_complex(x))
torch.use_deterministic_algorithms(True)
print(torch.are_deterministic_algorithms_enabled())

y = torch.tensor([[1., -2.], [3., 4.]])
print(y.where(y > 0, torch.zeros_like(y)))
print(y.nonzero(), y.allclose(y + 1e-9), y.equal(y.clone()))
print(y.outer(torch.tensor([1., 2.])) if y.dim() == 1 else torch.tensor([1., 2.]).outer(torch.tensor([3., 4.])))
torch.testing.assert_close(y, y + 1e-7)
try:
    torch.testing.assert_close(y, y + torch.tensor([[0., 0.1], [0., 0.]]))
except AssertionError as e:
    print(e)

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = w.repeat_interleave(2).unfold(0, 2, 2).sum(1) * torch.cummax(w, 0).values
out.sum().backward()
print(out, w.grad)

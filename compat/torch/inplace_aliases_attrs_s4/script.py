# In-place variants, alias names and tensor attributes from the torch.Tensor reference.
import torch

t = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
print(t.itemsize, t.nbytes, t.element_size(), t.get_device())
print(t.is_signed(), torch.tensor([True]).is_signed(), t.is_same_size(torch.zeros(2, 3)))
print(t.is_cpu, t.is_sparse, t.is_quantized, t.is_meta, t.is_conj(), t.is_neg(), t.is_inference())
print(t.layout, t.layout == torch.strided, t.output_nr, t.name)
print(t.data_ptr() == t.view(6).data_ptr(), t[1].data_ptr() - t.data_ptr(), t[:, 2].storage_offset())
print(torch.typename(t), torch.typename(torch.tensor([1, 2])))
print(torch.e, torch.pi, torch.inf, torch.nan)
print(t.new([7, 8]), t.new(3).shape, t.new().shape)
print(t.real)
try:
    t.imag
except TypeError as err:
    print("TypeError:", err)
print(t.conj() is t, t.resolve_conj() is t, t.resolve_neg() is t)

print(torch.greater(t, 2.5))
print(torch.less_equal(t, 2.))
print(torch.not_equal(t, torch.tensor([1., 0., 3.])))
print(t.greater_equal(4))
u = t.clone()
print(u.eq_(torch.tensor([1., 0., 3.])))
u = t.clone()
print(u.lt_(3.5))
print(torch.tensor([1., 0., 2.]).logical_or_(torch.tensor([0., 0., 1.])))
print(t.clone().subtract_(1, alpha=0.5))
print(t.clone().multiply_(2))
print(t.clone().divide_(4))
print(t.clone().negative_())
print(torch.tensor([-3., 4.]).absolute_())
print(t.subtract(t.t().sum(1, keepdim=True).t()))
print(t.clone().cumsum_(1))
print(t.clone().cumprod_(1))
print(torch.tensor([1.5, 2.0, 4.0]).acosh_())
print(torch.tensor([0.1, 0.5]).arcsin_())
print(torch.tensor([0.1, 0.5]).arctanh_())
print(torch.tensor([0.1, 0.5]).erfc_())
print(torch.tensor([0.5, 1.5]).lgamma_())
print(torch.tensor([0.5, 1.5]).digamma_())
print(torch.tensor([0.2, 0.7]).erfinv_())
print(torch.tensor([-1., 0., 3.]).sgn_())
print(torch.tensor([-1., 0., 3.]).heaviside_(torch.tensor([0.5])))
print(torch.tensor([2., 3.], dtype=torch.float64).float_power_(2))
print(torch.tensor([1., 2.]).xlogy_(torch.tensor([3., 4.])))
print(torch.tensor([12, 18]).gcd_(torch.tensor([8, 12])))
print(torch.tensor([3, 4]).lcm_(torch.tensor([4, 6])))
print(torch.ones(2, 3).addr_(torch.tensor([1., 2.]), torch.tensor([1., 2., 3.]), alpha=2))
print(torch.ones(2, 2).addmm_(torch.ones(2, 3), torch.ones(3, 2), beta=0.5))
try:
    torch.tensor([1., 2.]).float_power_(2)
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    torch.ones(2, requires_grad=True).acosh_()
except RuntimeError as err:
    print("RuntimeError:", err)

x = torch.tensor([1.5, 2.0], requires_grad=True)
y = x * 2
y.lgamma_()
y.sum().backward()
print(x.grad)
print(torch.tensor([1., 2.]).apply_(lambda v: v * v + 1))
print(torch.tensor([1., 2.]).map_(torch.tensor([10., 20.]), lambda a, b: a + b))
print(torch.swapdims(t, 0, 1))
print(t.adjoint())
print(t.clone(memory_format=torch.contiguous_format).is_contiguous(memory_format=torch.contiguous_format))

# legacy tensor types and the torch.Tensor constructor
print(torch.FloatTensor([1, 2]), torch.LongTensor([1.7, 2]), torch.FloatTensor(2, 3).shape, torch.DoubleTensor([0.5]))
print(isinstance(t, torch.FloatTensor), isinstance(t, torch.LongTensor), torch.FloatTensor, torch.LongTensor.dtype)
print(t.type(torch.DoubleTensor), t.type(), torch.Tensor([1, 2]), torch.Tensor([[True, False]]), torch.Tensor(2, 2).shape)
print(torch.cond(t.sum() > 4, lambda v: v * 2, lambda v: v - 1, (torch.ones(2),)))
print(torch.tensor([0, 3, 0, 5]).nonzero_static(size=3))
print(t.is_set_to(t), t.is_set_to(t.view(6)))

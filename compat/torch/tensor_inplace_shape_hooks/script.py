# torch.Tensor docs: in-place shape ops (t_, squeeze_, unsqueeze_, transpose_, resize_, as_strided_),
# register_post_accumulate_grad_hook, autograd.Function.mark_dirty; torch.norm(A, 'nuc')
import torch
from torch.autograd import Function
from torch.autograd.function import once_differentiable

x = torch.tensor([[1, 2], [3, 4], [5, 6]])
print(x.resize_(2, 2))
img = torch.arange(12.).reshape(3, 2, 2)
img.unsqueeze_(0)  # add the batch dimension in place
print(img.shape, img.stride(), img.is_contiguous())
img.squeeze_(0)
print(img.shape)
m = torch.arange(6.).reshape(2, 3)
print(m.t_(), m.stride(), m.is_contiguous())
m.transpose_(0, 1)
print(m, m.is_contiguous())
s = torch.arange(9.)
print(s.as_strided_((2, 2), (1, 3)))
print(s.shape, s.stride())

w = torch.randn(3, 2, generator=torch.Generator().manual_seed(0), requires_grad=True)
y = w * 2
y.t_()
print(y.grad_fn.name())
y.unsqueeze_(0)
print(y.shape, y.grad_fn.name())
y.sum().backward()
print(w.grad)
try:
    w.t_()
except RuntimeError as e:
    print(e)
with torch.no_grad():
    w.t_()
print(w.shape, w.is_leaf, w.requires_grad)
try:
    w.resize_(6)
except RuntimeError as e:
    print(e)

v = torch.tensor([0., 0., 0.], requires_grad=True)
lr = 0.01
# simulate a simple SGD update
h = v.register_post_accumulate_grad_hook(lambda p: p.add_(p.grad, alpha=-lr))
v.backward(torch.tensor([1., 2., 3.]))
print(v)
h.remove()  # removes the hook
v.backward(torch.tensor([1., 2., 3.]))
print(v, v.grad)
try:
    (v * 2).register_post_accumulate_grad_hook(print)
except RuntimeError as e:
    print(e)


class Inplace(Function):
    @staticmethod
    def forward(ctx, x):
        x_npy = x.numpy()  # x_npy shares storage with x
        x_npy += 1
        ctx.mark_dirty(x)
        return x

    @staticmethod
    @once_differentiable
    def backward(ctx, grad_output):
        return grad_output


a = torch.tensor(1., requires_grad=True, dtype=torch.double).clone()
r = Inplace.apply(a)
print(r is a, a)
(a * 3).backward()

A = torch.tensor([[2., 1.], [1., 3.], [0., 1.]], requires_grad=True)
n = torch.norm(A, 'nuc')
print(n, A.norm(p='nuc', dim=(0, 1), keepdim=True))
n.backward()
print(A.grad)
print(torch.norm(A.detach(), 2, dtype=torch.float64))

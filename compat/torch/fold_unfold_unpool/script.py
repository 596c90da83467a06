import torch
import torch.nn as nn
import torch.nn.functional as F

# --- Unfold: sliding local blocks ---
x = torch.arange(1., 33.).reshape(1, 2, 4, 4)
unfold = nn.Unfold(kernel_size=(2, 3))
print(unfold)
cols = unfold(x)
print(cols.shape)
print(cols)
print(F.unfold(x, 2, dilation=2, padding=1, stride=2))
print(F.unfold(x[0], kernel_size=3, stride=1).shape)

# --- Fold: sums overlapping values ---
fold = nn.Fold(output_size=(3, 4), kernel_size=2)
print(fold)
blocks = torch.ones(1, 2 * 4, 6)
print(fold(blocks))
print(F.fold(torch.arange(32.).reshape(4, 8), (4, 3), (2, 2), stride=(2, 1), padding=(0, 1)))

# fold(unfold(x)) == x * divisor (the docs' inverse example)
inp = torch.arange(1., 26.).reshape(1, 1, 5, 5)
fold_params = dict(kernel_size=3, dilation=1, padding=1, stride=2)
f = nn.Fold(output_size=inp.shape[2:], **fold_params)
u = nn.Unfold(**fold_params)
divisor = f(u(torch.ones_like(inp)))
print(divisor)
print(torch.equal(f(u(inp)), divisor * inp))

# convolution written as unfold + matmul + fold (docs example, exact small integers)
w = torch.tensor([[[[1., 0.], [0., -1.]]]])
inp_unf = F.unfold(inp, (2, 2))
out_unf = inp_unf.transpose(1, 2).matmul(w.view(w.size(0), -1).t()).transpose(1, 2)
out = F.fold(out_unf, (4, 4), (1, 1))
print(out)
print(torch.equal(out, F.conv2d(inp, w)))

# gradients
xg = torch.arange(1., 10.).reshape(1, 1, 3, 3).requires_grad_()
F.unfold(xg, 2).sum().backward()
print(xg.grad)
cg = torch.arange(1., 9.).reshape(1, 4, 2).requires_grad_()
y = F.fold(cg, (2, 3), 2, stride=1)
print(y)
(y * torch.tensor([[1., 2., 3.], [4., 5., 6.]])).sum().backward()
print(cg.grad)

# --- MaxPool2d(return_indices=True) + MaxUnpool2d ---
pool = nn.MaxPool2d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool2d(2, stride=2)
print(pool, unpool)
t = torch.tensor([[[[1., 2., 3., 4.],
                    [5., 6., 7., 8.],
                    [9., 10., 11., 12.],
                    [13., 14., 15., 16.]]]])
output, indices = pool(t)
print(output)
print(indices)
print(unpool(output, indices))
t5 = torch.tensor([[[[1., 2., 3., 4., 5.],
                     [6., 7., 8., 9., 10.],
                     [11., 12., 13., 14., 15.],
                     [16., 17., 18., 19., 20.]]]])
output, indices = pool(t5)
print(unpool(output, indices, output_size=t5.size()))

# overlapping windows: repeated indices
v = torch.tensor([[[[3., 1., 2.], [0., 9., 4.], [5., 6., 7.]]]], requires_grad=True)
o, i = F.max_pool2d(v, 2, stride=1, return_indices=True)
print(o)
print(i)
r = F.max_unpool2d(o, i, 2, stride=1, output_size=(3, 3))
print(r)
r.sum().backward()
print(v.grad)

# 1-d
pool1 = nn.MaxPool1d(2, stride=2, return_indices=True)
unpool1 = nn.MaxUnpool1d(2, stride=2)
print(unpool1)
s = torch.tensor([[[1., 2, 3, 4, 5, 6, 7, 8]]])
o1, i1 = pool1(s)
print(o1, i1)
print(unpool1(o1, i1))
s9 = torch.tensor([[[1., 2, 3, 4, 5, 6, 7, 8, 9]]])
o1, i1 = pool1(s9)
print(unpool1(o1, i1, output_size=s9.size()))
print(F.max_unpool1d(o1, i1, 2))

# errors
for fn in [lambda: unpool(output[..., :1], indices[..., :1]),
           lambda: F.unfold(x, 5),
           lambda: F.unfold(x, 2, padding=-1),
           lambda: F.unfold(x.unsqueeze(0), 2),
           lambda: F.fold(torch.ones(1, 7, 9), (4, 4), 2),
           lambda: F.fold(torch.ones(1, 8, 9), (5, 4), 2),
           lambda: F.fold(torch.ones(1, 8, 9, 1), (4, 4), 2),
           lambda: F.max_unpool2d(output, indices, 2, output_size=(6, 6)),
           lambda: F.max_unpool2d(output, indices, 2, output_size=(5,)),
           lambda: F.max_unpool2d(output, indices + (indices == 8).long() * 30, 2, output_size=t5.size()),
           lambda: F.max_unpool2d(output, indices.float(), 2),
           lambda: F.max_unpool2d(output[0, 0], indices[0, 0], 2),
           lambda: F.max_unpool2d(output, indices[0], 2)]:
    try:
        fn()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

import torch


class MyClamp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input, lo, hi):
        ctx.save_for_backward(input)
        ctx.lo = lo
        ctx.hi = hi
        return input.clamp(min=lo, max=hi)

    @staticmethod
    def backward(ctx, grad_output):
        (input,) = ctx.saved_tensors
        mask = (input >= ctx.lo) & (input <= ctx.hi)
        return grad_output * mask, None, None


x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
y = MyClamp.apply(x, -1.0, 1.0)
print(y)
loss = (y * y).sum()
print(loss)
loss.backward()
print(x.grad)

relu = MyClamp.apply
z = torch.tensor([[1.5, -3.0], [0.25, 4.0]], requires_grad=True)
out = relu(z, 0.0, 2.0)
out.sum().backward()
print(out)
print(z.grad)

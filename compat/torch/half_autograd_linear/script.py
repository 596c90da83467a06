import torch

torch.manual_seed(0)

# gradients flow back through .half() to a float32 leaf
w = torch.tensor([0.5, -1.5, 2.0], requires_grad=True)
y = (w.half() * w.half()).sigmoid().sum()
print(y)
y.backward()
print(w.grad)

# a float16 leaf gets float16 gradients
p = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float16, requires_grad=True)
print(p)
loss = (p ** 2).mean()
print(loss)
loss.backward()
print(p.grad, p.grad.dtype)

# matmul in float16
a = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]).half()
b = torch.tensor([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], dtype=torch.float16)
print(a @ b)
print(torch.mm(a, b).dtype)

# a tiny linear model in half precision
model = torch.nn.Linear(3, 2)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]))
    model.bias.fill_(0.01)
model = model.half()
print(model.weight.dtype, model.bias.dtype)
x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]], dtype=torch.float16)
target = torch.tensor([[0.5, 0.5], [1.0, -1.0]], dtype=torch.float16)
out = model(x)
print(out)
loss = torch.nn.functional.mse_loss(out, target)
print(loss)
loss.backward()
print(model.weight.grad)
print(model.bias.grad)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.step()
print(model.weight)

# mixed: a float16 activation times a float32 weight promotes to float32
z = torch.tensor([1.0, 2.0], dtype=torch.float16, requires_grad=True)
v = torch.tensor([0.25, 0.75], requires_grad=True)
r = (z * v).sum()
print(r)
r.backward()
print(z.grad, v.grad)

# .item() of sigmoid/tanh-heavy float32 computations and a small training loop's losses,
# printed with full float precision (repr of the Python float).
import torch
import torch.nn as nn

x = torch.arange(37, dtype=torch.float32) * 0.5 - 9.0
print(torch.sigmoid(x).sum().item())
print(torch.sigmoid(x * 0.37 - 1.1)[33].item())
for v in (-7.3, -2.2, 0.4, 3.9, 6.1):
    t = torch.tensor([v], requires_grad=True)
    s = torch.sigmoid(t)
    s.backward()
    print(v, s.item(), t.grad.item())

# tanh backward near saturation
for v in (4.7, 5.3, -6.05):
    t = torch.tensor(v, requires_grad=True)
    y = torch.tanh(t)
    y.backward()
    print(v, y.item(), t.grad.item())

# a one-feature logistic model trained by per-sample gradient descent (no reductions)
xs = [-2.5, -1.3, -0.4, 0.2, 0.9, 1.7, 2.6, -3.1]
ys = [0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0]
w = torch.tensor(0.15, requires_grad=True)
b = torch.tensor(-0.05, requires_grad=True)
act = nn.Sigmoid()
for epoch in range(3):
    for xv, yv in zip(xs, ys):
        p = act(w * xv + b)
        loss = (p - yv) ** 2
        loss.backward()
        with torch.no_grad():
            w -= 0.7 * w.grad
            b -= 0.7 * b.grad
            w.grad.zero_()
            b.grad.zero_()
        print(epoch, loss.item())
print(w.item(), b.item())

# elementwise sigmoid of a transposed view and a length-40 vector: every element
x2 = torch.arange(40, dtype=torch.float32) * 0.3 - 6.0
print([round(v, 12) for v in torch.sigmoid(x2).tolist()][:5])
print(torch.sigmoid(x2.reshape(5, 8).t())[3].tolist())
print(torch.sigmoid(x2 * 1.7)[37].item(), torch.sigmoid(x2 * -2.3)[38].item())

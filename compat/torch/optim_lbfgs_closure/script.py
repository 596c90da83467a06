# torch.optim.LBFGS with a closure (PyTorch docs "optimizer.step(closure)", neural style transfer tutorial)
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(8, 3)
y = x @ torch.tensor([[1.5], [-2.0], [0.5]]) + 0.3

for ls in [None, "strong_wolfe"]:
    torch.manual_seed(2)
    model = nn.Linear(3, 1)
    opt = torch.optim.LBFGS(model.parameters(), lr=1, max_iter=10, line_search_fn=ls, history_size=5)
    for i in range(3):
        def closure():
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            return loss
        l = opt.step(closure)
        print(i, f"{l.item():.4f}")
    print(model.weight, model.bias)
    st = opt.state[model.weight]
    print(st["func_evals"], st["n_iter"], sorted(st.keys()))
print(opt)

# style-transfer style: optimize the input image, clamping inside the closure
torch.manual_seed(3)
target = torch.rand(1, 3, 4, 4)
img = torch.rand(1, 3, 4, 4).requires_grad_(True)
optimizer = torch.optim.LBFGS([img])
run = [0]
while run[0] <= 30:
    def closure():
        with torch.no_grad():
            img.clamp_(0, 1)
        optimizer.zero_grad()
        loss = ((img - target) ** 2).mean() * 10 + (img[:, :, 1:] - img[:, :, :-1]).abs().mean()
        loss.backward()
        run[0] += 1
        if run[0] % 10 == 0:
            print("run {}: loss {:4f}".format(run, loss.item()))
        return loss
    optimizer.step(closure)
with torch.no_grad():
    img.clamp_(0, 1)
print(img)

# maximize, and the scalar quadratic from the docs
w = torch.tensor([3.0, -1.0], requires_grad=True)
opt = torch.optim.LBFGS([w], lr=0.5, max_iter=5, maximize=True)
def closure():
    opt.zero_grad()
    f = -((w - torch.tensor([1.0, 2.0])) ** 2).sum()
    f.backward()
    return f
print(opt.step(closure), w)
try:
    torch.optim.LBFGS([{"params": [w]}, {"params": [torch.zeros(1, requires_grad=True)]}])
except ValueError as e:
    print("ValueError:", e)

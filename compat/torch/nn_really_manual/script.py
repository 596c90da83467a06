import math
import numpy as np
import torch

rng = np.random.default_rng(11)
proto = rng.random((10, 784)).astype(np.float32)
y_np = rng.integers(0, 10, size=600)
x_np = np.clip(proto[y_np] + rng.normal(scale=0.3, size=(600, 784)).astype(np.float32), 0, 1)
vy_np = rng.integers(0, 10, size=200)
vx_np = np.clip(proto[vy_np] + rng.normal(scale=0.3, size=(200, 784)).astype(np.float32), 0, 1)

x_train, y_train, x_valid, y_valid = map(
    torch.tensor, (x_np, y_np, vx_np, vy_np)
)
n, c = x_train.shape
print(x_train, y_train)
print(x_train.shape)
print(y_train.min(), y_train.max())

weights = torch.from_numpy(rng.normal(size=(784, 10)).astype(np.float32)) / math.sqrt(784)
weights.requires_grad_()
bias = torch.zeros(10, requires_grad=True)


def log_softmax(x):
    return x - x.exp().sum(-1).log().unsqueeze(-1)


def model(xb):
    return log_softmax(xb @ weights + bias)


bs = 64  # batch size

xb = x_train[0:bs]  # a mini-batch from x
preds = model(xb)  # predictions
print(preds[0], preds.shape)


def nll(input, target):
    return -input[range(target.shape[0]), target].mean()


loss_func = nll

yb = y_train[0:bs]
print(loss_func(preds, yb))


def accuracy(out, yb):
    preds = torch.argmax(out, dim=1)
    return (preds == yb).float().mean()


print(accuracy(preds, yb))

lr = 0.5  # learning rate
epochs = 2  # how many epochs to train for

for epoch in range(epochs):
    for i in range((n - 1) // bs + 1):
        start_i = i * bs
        end_i = start_i + bs
        xb = x_train[start_i:end_i]
        yb = y_train[start_i:end_i]
        pred = model(xb)
        loss = loss_func(pred, yb)

        loss.backward()
        with torch.no_grad():
            weights -= weights.grad * lr
            bias -= bias.grad * lr
            weights.grad.zero_()
            bias.grad.zero_()

print(loss_func(model(xb), yb), accuracy(model(xb), yb))

import torch.nn.functional as F

loss_func = F.cross_entropy


def model(xb):
    return xb @ weights + bias


print(loss_func(model(xb), yb), accuracy(model(xb), yb))
print(loss_func(model(x_valid), y_valid), accuracy(model(x_valid), y_valid))

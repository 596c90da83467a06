"""A small MLP written as a MindSpore nn.Cell, trained with mindspore.value_and_grad and nn.Adam
on scikit-learn's bundled 8x8 digits (1797 images, 10 classes).

Runs unchanged on real MindSpore 2.10 or on ferrograd:

    python -m ferrograd run examples/ms_train_digits.py

Needs scikit-learn (pip install scikit-learn) for the dataset only.
"""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from sklearn.datasets import load_digits

EPOCHS = 15
BATCH = 64
HIDDEN = 64

ms.set_context(mode=ms.PYNATIVE_MODE)
ms.set_seed(0)
np.random.seed(0)

digits = load_digits()
x_all = (digits.data / 16.0).astype(np.float32)  # pixels 0..16 -> 0..1
y_all = digits.target.astype(np.int32)
order = np.random.RandomState(0).permutation(len(x_all))
n_train = 1400
x_train, y_train = x_all[order[:n_train]], y_all[order[:n_train]]
x_test, y_test = x_all[order[n_train:]], y_all[order[n_train:]]


class MLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Dense(64, HIDDEN, activation="relu")
        self.out = nn.Dense(HIDDEN, 10)

    def construct(self, x):
        return self.out(self.hidden(x))


model = MLP()
print(model)
loss_fn = nn.CrossEntropyLoss()
optimizer = nn.Adam(model.trainable_params(), learning_rate=0.01)


def forward_fn(data, label):
    logits = model(data)
    return loss_fn(logits, label), logits


grad_fn = ms.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)


def train_step(data, label):
    (loss, _), grads = grad_fn(data, label)
    optimizer(grads)
    return loss


def accuracy(x, y):
    logits = model(Tensor(x))
    return float((logits.argmax(1).asnumpy() == y).mean())


rng = np.random.RandomState(1)
model.set_train()
for epoch in range(EPOCHS):
    perm = rng.permutation(n_train)
    total, batches = 0.0, 0
    for start in range(0, n_train, BATCH):
        idx = perm[start:start + BATCH]
        loss = train_step(Tensor(x_train[idx]), Tensor(y_train[idx]))
        total += float(loss.asnumpy())
        batches += 1
    print(f"epoch {epoch + 1:2d}  loss {total / batches:.4f}  train acc {accuracy(x_train, y_train):.3f}")
model.set_train(False)
print(f"test accuracy: {accuracy(x_test, y_test):.3f}")

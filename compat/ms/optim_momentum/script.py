import numpy as np
import mindspore
from mindspore import nn, ops, Tensor

rng = np.random.RandomState(1)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Dense(4, 8, activation='relu')
        self.fc2 = nn.Dense(8, 3)

    def construct(self, x):
        return self.fc2(self.fc1(x))


model = Net()
for p in model.trainable_params():
    p.set_data(Tensor(rng.normal(0, 0.5, p.shape).astype(np.float32)))

data = Tensor(rng.normal(0, 1, (6, 4)).astype(np.float32))
label = Tensor(np.array([0, 1, 2, 1, 0, 2], np.int32))
loss_fn = nn.CrossEntropyLoss()
optimizer = nn.Momentum(model.trainable_params(), learning_rate=0.1, momentum=0.9)


def forward_fn(data, label):
    logits = model(data)
    loss = loss_fn(logits, label)
    return loss, logits


grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)


def train_step(data, label):
    (loss, _), grads = grad_fn(data, label)
    optimizer(grads)
    return loss


model.set_train()
for step in range(6):
    loss = train_step(data, label)
    print(f"loss: {loss.asnumpy():>7f}  [{step:>3d}/  6]")
print(model.fc2.bias.value())
print(model(data).argmax(1))

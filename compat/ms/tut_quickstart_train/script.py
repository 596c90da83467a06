import numpy as np
import mindspore
from mindspore import nn

# synthetic "images": 4x4 pixels, 3 classes (instead of MNIST)
rng = np.random.RandomState(7)
images = rng.uniform(0, 1, (40, 1, 4, 4)).astype(np.float32)
labels = (images.reshape(40, -1).sum(axis=1) * 3 / 16).astype(np.int32) % 3
batches = [(mindspore.Tensor(images[i:i + 8]), mindspore.Tensor(labels[i:i + 8])) for i in range(0, 40, 8)]


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(4*4, 12),
            nn.ReLU(),
            nn.Dense(12, 12),
            nn.ReLU(),
            nn.Dense(12, 3)
        )

    def construct(self, x):
        x = self.flatten(x)
        logits = self.dense_relu_sequential(x)
        return logits


model = Network()
print(model)
for p in model.trainable_params():
    p.set_data(mindspore.Tensor(rng.uniform(-0.5, 0.5, p.shape).astype(np.float32)))

# Instantiate loss function and optimizer
loss_fn = nn.CrossEntropyLoss()
optimizer = nn.SGD(model.trainable_params(), 1e-1)


# 1. Define forward function
def forward_fn(data, label):
    logits = model(data)
    loss = loss_fn(logits, label)
    return loss, logits


# 2. Get gradient function
grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)


# 3. Define function of one-step training
def train_step(data, label):
    (loss, _), grads = grad_fn(data, label)
    optimizer(grads)
    return loss


def train(model, dataset):
    size = len(dataset)
    model.set_train()
    for batch, (data, label) in enumerate(dataset):
        loss = train_step(data, label)

        if batch % 2 == 0:
            loss, current = loss.asnumpy(), batch
            print(f"loss: {loss:>7f}  [{current:>3d}/{size:>3d}]")


def test(model, dataset, loss_fn):
    num_batches = len(dataset)
    model.set_train(False)
    total, test_loss, correct = 0, 0, 0
    for data, label in dataset:
        pred = model(data)
        total += len(data)
        test_loss += loss_fn(pred, label).asnumpy()
        correct += (pred.argmax(1) == label).asnumpy().sum()
    test_loss /= num_batches
    correct /= total
    print(f"Test: \n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \n")


epochs = 3
for t in range(epochs):
    print(f"Epoch {t+1}\n-------------------------------")
    train(model, batches)
    test(model, batches, loss_fn)
print("Done!")

model.set_train(False)
data, label = batches[0]
pred = model(data)
predicted = pred.argmax(1)
print(f'Predicted: "{predicted[:4]}", Actual: "{label[:4]}"')

import numpy as np
import mindspore
from mindspore import nn
from mindspore.dataset import NumpySlicesDataset

# synthetic data instead of MNIST: 6x6 "images", 4 classes
rng = np.random.RandomState(11)
train_x = rng.uniform(0, 1, (48, 1, 6, 6)).astype(np.float32)
train_y = rng.randint(0, 4, (48,)).astype(np.int32)
test_x = rng.uniform(0, 1, (16, 1, 6, 6)).astype(np.float32)
test_y = rng.randint(0, 4, (16,)).astype(np.int32)


def datapipe(images, labels, batch_size):
    dataset = NumpySlicesDataset((images, labels), column_names=["image", "label"], shuffle=False)
    dataset = dataset.batch(batch_size)
    return dataset


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(6*6, 16),
            nn.ReLU(),
            nn.Dense(16, 16),
            nn.ReLU(),
            nn.Dense(16, 4)
        )

    def construct(self, x):
        x = self.flatten(x)
        logits = self.dense_relu_sequential(x)
        return logits


model = Network()
for p in model.trainable_params():
    p.set_data(mindspore.Tensor(rng.uniform(-0.4, 0.4, p.shape).astype(np.float32)))

epochs = 3
batch_size = 8
learning_rate = 1e-2

train_dataset = datapipe(train_x, train_y, batch_size)
test_dataset = datapipe(test_x, test_y, batch_size)
print(train_dataset.get_dataset_size(), test_dataset.get_dataset_size())
for image, label in train_dataset.create_tuple_iterator():
    print(f"Shape of image [N, C, H, W]: {image.shape} {image.dtype}")
    print(f"Shape of label: {label.shape} {label.dtype}")
    break

loss_fn = nn.CrossEntropyLoss()
optimizer = nn.SGD(model.trainable_params(), learning_rate=learning_rate)


# Define forward function
def forward_fn(data, label):
    logits = model(data)
    loss = loss_fn(logits, label)
    return loss, logits


# Get gradient function
grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)


# Define function of one-step training
def train_step(data, label):
    (loss, _), grads = grad_fn(data, label)
    optimizer(grads)
    return loss


def train_loop(model, dataset):
    size = dataset.get_dataset_size()
    model.set_train()
    for batch, (data, label) in enumerate(dataset.create_tuple_iterator()):
        loss = train_step(data, label)

        if batch % 2 == 0:
            loss, current = loss.asnumpy(), batch
            print(f"loss: {loss:>7f}  [{current:>3d}/{size:>3d}]")


def test_loop(model, dataset, loss_fn):
    num_batches = dataset.get_dataset_size()
    model.set_train(False)
    total, test_loss, correct = 0, 0, 0
    for data, label in dataset.create_tuple_iterator():
        pred = model(data)
        total += len(data)
        test_loss += loss_fn(pred, label).asnumpy()
        correct += (pred.argmax(1) == label).asnumpy().sum()
    test_loss /= num_batches
    correct /= total
    print(f"Test: \n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \n")


for t in range(epochs):
    print(f"Epoch {t+1}\n-------------------------------")
    train_loop(model, train_dataset)
    test_loop(model, test_dataset, loss_fn)
print("Done!")

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
import mindspore.dataset as ds
from mindspore.dataset import transforms
from mindspore.common.initializer import Uniform, Constant

ms.set_seed(5)
np.random.seed(5)
ms.set_context(mode=ms.PYNATIVE_MODE)
print(ms.get_context("mode") == ms.PYNATIVE_MODE)


def gen(n):
    rng = np.random.RandomState(0)
    for i in range(n):
        img = rng.randint(0, 256, (6, 6, 1)).astype(np.uint8)
        label = np.array(i % 3, np.int32)
        yield img, label


def datapipe(n, batch_size):
    dataset = ds.GeneratorDataset(list(gen(n)), column_names=["image", "label"], shuffle=False)
    image_transforms = [
        ds.vision.Rescale(1.0 / 255.0, 0),
        ds.vision.Normalize(mean=(0.1307,), std=(0.3081,)),
        ds.vision.HWC2CHW()
    ]
    label_transform = transforms.TypeCast(ms.int32)
    dataset = dataset.map(image_transforms, 'image')
    dataset = dataset.map(label_transform, 'label')
    dataset = dataset.batch(batch_size)
    return dataset


train_dataset = datapipe(24, 8)
test_dataset = datapipe(12, 4)
for image, label in test_dataset.create_tuple_iterator():
    print(f"Shape of image [N, C, H, W]: {image.shape} {image.dtype}")
    print(f"Shape of label: {label.shape} {label.dtype}")
    break
print(next(train_dataset.create_dict_iterator())["image"][0, 0, 0])


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(6 * 6, 10, weight_init=Uniform(0.2), bias_init=Constant(0.01)),
            nn.ReLU(),
            nn.Dense(10, 3, weight_init=Uniform(0.2), bias_init=Constant(0.0))
        )

    def construct(self, x):
        x = self.flatten(x)
        logits = self.dense_relu_sequential(x)
        return logits


model = Network()
for p in model.trainable_params():
    p.set_data(Tensor(np.random.uniform(-0.3, 0.3, p.shape).astype(np.float32)))
loss_fn = nn.MSELoss()
optimizer = nn.Adam(model.trainable_params(), 1e-2)


def forward_fn(data, label):
    logits = model(data)
    loss = loss_fn(logits, ops.one_hot(label, 3, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)))
    return loss, logits


grad_fn = ms.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)


@ms.jit
def train_step(data, label):
    (loss, _), grads = grad_fn(data, label)
    loss = ops.depend(loss, optimizer(grads))
    return loss


def train_loop(model, dataset):
    size = dataset.get_dataset_size()
    model.set_train()
    for batch, (data, label) in enumerate(dataset.create_tuple_iterator()):
        loss = train_step(data, label)
        if batch % 1 == 0:
            loss, current = loss.asnumpy(), batch
            print(f"loss: {loss:>7f}  [{current:>3d}/{size:>3d}]")


def test_loop(model, dataset, loss_fn):
    num_batches = dataset.get_dataset_size()
    model.set_train(False)
    total, test_loss, correct = 0, 0, 0
    for data, label in dataset.create_tuple_iterator():
        pred = model(data)
        total += len(data)
        test_loss += loss_fn(pred, ops.one_hot(label, 3, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))).asnumpy()
        correct += (pred.argmax(1) == label).asnumpy().sum()
    test_loss /= num_batches
    correct /= total
    print(f"Test: \n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \n")


epochs = 2
for t in range(epochs):
    print(f"Epoch {t+1}\n-------------------------------")
    train_loop(model, train_dataset)
    test_loop(model, test_dataset, loss_fn)
print("Done!")

# the same with the wrapper cells
net = Network()
for p in net.trainable_params():
    p.set_data(Tensor(np.random.uniform(-0.3, 0.3, p.shape).astype(np.float32)))
loss_net = nn.WithLossCell(net, nn.L1Loss())
opt = nn.SGD(net.trainable_params(), learning_rate=0.1, momentum=0.9)
train_net = nn.TrainOneStepCell(loss_net, opt)
train_net.set_train()
for epoch in range(2):
    for data, label in train_dataset.create_tuple_iterator():
        target = ops.one_hot(label, 3, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        print(epoch, train_net(data, target))
eval_net = nn.WithEvalCell(net, nn.L1Loss())
eval_net.set_train(False)
for data, label in test_dataset.create_tuple_iterator():
    loss, out, lab = eval_net(data, ops.one_hot(label, 3, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)))
    print(loss, out.shape, lab.shape)
print(type(train_net.network).__name__, train_net.optimizer is opt, loss_net.backbone_network is net)

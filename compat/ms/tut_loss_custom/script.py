import numpy as np
import mindspore as ms
import mindspore.dataset as ds
from mindspore import nn, ops, Tensor
from mindspore.common.initializer import Normal, Constant
from mindspore.train import LossMonitor

ms.set_seed(1)
np.random.seed(1)

# Output a mean loss value.
loss = nn.L1Loss()
# Output a sum loss value.
loss_sum = nn.L1Loss(reduction='sum')
# Output the original loss value.
loss_none = nn.L1Loss(reduction='none')

input_data = Tensor(np.array([[1, 2, 3], [2, 3, 4]]).astype(np.float32))
target_data = Tensor(np.array([[0, 2, 5], [3, 1, 1]]).astype(np.float32))

print("loss:", loss(input_data, target_data))
print("loss_sum:", loss_sum(input_data, target_data))
print("loss_none:\n", loss_none(input_data, target_data))


class MAELoss(nn.Cell):
    """Custom loss function MAELoss"""

    def __init__(self):
        """Initialize"""
        super(MAELoss, self).__init__()
        self.abs = ops.abs
        self.reduce_mean = ops.ReduceMean()

    def construct(self, base, target):
        """Call the operator"""
        x = self.abs(base - target)
        return self.reduce_mean(x)


loss = MAELoss()

input_data = Tensor(np.array([0.1, 0.2, 0.3]).astype(np.float32))  # Generate a predicted value.
target_data = Tensor(np.array([0.1, 0.2, 0.2]).astype(np.float32))  # Generate the actual value.

output = loss(input_data, target_data)
print(output)


class MAELoss(nn.LossBase):
    """Custom loss function MAELoss"""

    def __init__(self, reduction="mean"):
        """Initialize and compute the mean loss value"""
        super(MAELoss, self).__init__(reduction)
        self.abs = ops.Abs()  # Compute the absolute value.

    def construct(self, base, target):
        x = self.abs(base - target)
        return self.get_loss(x)  # Return the mean loss value.


loss = MAELoss()

input_data = Tensor(np.array([0.1, 0.2, 0.3]).astype(np.float32))  # Generate a predicted value.
target_data = Tensor(np.array([0.1, 0.2, 0.2]).astype(np.float32))  # Generate the actual value.

output = loss(input_data, target_data)
print(output)
print(MAELoss("sum")(input_data, target_data), MAELoss("none")(input_data, target_data))


def get_data(num, w=2.0, b=3.0):
    """Generate data and corresponding labels."""
    for _ in range(num):
        x = np.random.uniform(-10.0, 10.0)
        noise = np.random.normal(0, 1)
        y = x * w + b + noise
        yield np.array([x]).astype(np.float32), np.array([y]).astype(np.float32)


def create_dataset(num_data, batch_size=16):
    """Load the dataset."""
    dataset = ds.GeneratorDataset(list(get_data(num_data)), column_names=['data', 'label'], shuffle=False)
    dataset = dataset.batch(batch_size)
    return dataset


class LinearNet(nn.Cell):
    """Define the linear regression network."""

    def __init__(self):
        super(LinearNet, self).__init__()
        self.fc = nn.Dense(1, 1, Constant(0.02), Constant(0.01))

    def construct(self, x):
        return self.fc(x)


ds_train = create_dataset(num_data=160)
net = LinearNet()
loss = MAELoss()
opt = nn.Momentum(net.trainable_params(), learning_rate=0.005, momentum=0.9)

model = ms.train.Model(net, loss, opt)
model.train(epoch=1, train_dataset=ds_train, callbacks=[LossMonitor()])
print(net.fc.weight.value(), net.fc.bias.value())


class MAELossForMultiLabel(nn.LossBase):
    def __init__(self, reduction="mean"):
        super(MAELossForMultiLabel, self).__init__(reduction)
        self.abs = ops.Abs()

    def construct(self, base, target1, target2):
        x1 = self.abs(base - target1)
        x2 = self.abs(base - target2)
        return (self.get_loss(x1) + self.get_loss(x2)) / 2


def get_multilabel_data(num, w=2.0, b=3.0):
    for _ in range(num):
        x = np.random.uniform(-10.0, 10.0)
        noise1 = np.random.normal(0, 1)
        noise2 = np.random.normal(-1, 1)
        y1 = x * w + b + noise1
        y2 = x * w + b + noise2
        yield np.array([x]).astype(np.float32), np.array([y1]).astype(np.float32), np.array([y2]).astype(np.float32)


def create_multilabel_dataset(num_data, batch_size=16):
    dataset = ds.GeneratorDataset(list(get_multilabel_data(num_data)), column_names=['data', 'label1', 'label2'],
                                  shuffle=False)
    dataset = dataset.batch(batch_size)
    return dataset


class CustomWithLossCell(nn.Cell):
    def __init__(self, backbone, loss_fn):
        super(CustomWithLossCell, self).__init__(auto_prefix=False)
        self._backbone = backbone
        self._loss_fn = loss_fn

    def construct(self, data, label1, label2):
        output = self._backbone(data)
        return self._loss_fn(output, label1, label2)


ds_train = create_multilabel_dataset(num_data=160)
net = LinearNet()
loss = MAELossForMultiLabel()
loss_net = CustomWithLossCell(net, loss)
opt = nn.Momentum(net.trainable_params(), learning_rate=0.005, momentum=0.9)
model = ms.train.Model(network=loss_net, optimizer=opt)
model.train(epoch=1, train_dataset=ds_train, callbacks=[LossMonitor()])
print(net.fc.weight.value(), net.fc.bias.value())
print([p.name for p in loss_net.trainable_params()])

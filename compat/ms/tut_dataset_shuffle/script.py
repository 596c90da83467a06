import numpy as np
import mindspore as ms
import mindspore.dataset as ds
ms.set_seed(3)
a = ds.NumpySlicesDataset(np.arange(7), column_names=["x"])
b = ds.NumpySlicesDataset(np.arange(7), column_names=["x"])
print([int(x) for (x,) in a.create_tuple_iterator(output_numpy=True)], [int(x) for (x,) in b.create_tuple_iterator(output_numpy=True)])
print([int(x) for (x,) in ds.NumpySlicesDataset(np.arange(32), column_names=["x"], sampler=ds.RandomSampler()).create_tuple_iterator(output_numpy=True)])
print([int(x) for (x,) in ds.NumpySlicesDataset(np.arange(12), column_names=["x"], num_samples=5).create_tuple_iterator(output_numpy=True)])
print([int(x) for (x,) in ds.NumpySlicesDataset(np.arange(12), column_names=["x"], sampler=ds.RandomSampler(num_samples=5)).create_tuple_iterator(output_numpy=True)])
g = ds.GeneratorDataset([(i,) for i in range(6)], ["x"]).batch(4)
for epoch in range(2):
    print([x.tolist() for (x,) in g.create_tuple_iterator(output_numpy=True)])
print(ds.config.get_seed())
g = ds.GeneratorDataset([(i,) for i in range(9)], ["x"], num_samples=4)
print([int(x) for (x,) in g.create_tuple_iterator(output_numpy=True)])
g = ds.GeneratorDataset([(i,) for i in range(9)], ["x"], sampler=ds.RandomSampler(replacement=True, num_samples=6))
print([int(x) for (x,) in g.create_tuple_iterator(output_numpy=True)])
print([x.tolist() for (x,) in ds.NumpySlicesDataset(np.arange(9), ["x"], shuffle=True).batch(2).create_tuple_iterator(output_numpy=True)])
ds.config.set_seed(11)
print([int(x) for (x,) in ds.NumpySlicesDataset([5, 6, 7, 8, 9], ["x"]).create_tuple_iterator(output_numpy=True)])

# the Loss Function tutorial's pipeline as published: GeneratorDataset shuffles by default
from mindspore import nn
from mindspore.common.initializer import Normal
from mindspore.train import LossMonitor


def get_data(num, w=2.0, b=3.0):
    for _ in range(num):
        x = np.random.uniform(-10.0, 10.0)
        noise = np.random.normal(0, 1)
        y = x * w + b + noise
        yield np.array([x]).astype(np.float32), np.array([y]).astype(np.float32)


def create_dataset(num_data, batch_size=16):
    dataset = ds.GeneratorDataset(list(get_data(num_data)), column_names=['data', 'label'])
    dataset = dataset.batch(batch_size)
    return dataset


ms.set_seed(1)
np.random.seed(1)
ds_train = create_dataset(num_data=64)
net = nn.Dense(1, 1, Normal(0.02), Normal(0.02))
print(net.weight.value(), net.bias.value())
opt = nn.Momentum(net.trainable_params(), learning_rate=0.005, momentum=0.9)
model = ms.train.Model(net, nn.L1Loss(), opt)
model.train(epoch=1, train_dataset=ds_train, callbacks=[LossMonitor()])

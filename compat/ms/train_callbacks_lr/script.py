import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.train import Model, LossMonitor, LearningRateScheduler, ReduceLROnPlateau
import mindspore.dataset as ds

ms.set_seed(1)


def gen():
    for i in range(8):
        yield np.array([i * 0.25 - 1, 1 - i * 0.125], np.float32), np.array([i % 2], np.float32)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 1, weight_init="ones", bias_init="zeros")

    def construct(self, x):
        return self.fc(x)


def learning_rate_function(lr, cur_step_num):
    if cur_step_num % 4 == 0:
        lr = lr * 0.5
    return lr


net = Net()
opt = nn.Momentum(net.trainable_params(), learning_rate=0.1, momentum=0.9)
model = Model(net, nn.MSELoss(), opt)
data = ds.GeneratorDataset(gen, ["x", "y"], shuffle=False).batch(2)
model.train(3, data, callbacks=[LossMonitor(2), LearningRateScheduler(learning_rate_function)])
print(opt.get_lr().asnumpy())
print(net.fc.weight.value())

net2 = Net()
opt2 = nn.SGD(net2.trainable_params(), learning_rate=0.5)
model2 = Model(net2, nn.MSELoss(), opt2)
cb = ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1, verbose=True, min_delta=0.5)
data2 = ds.GeneratorDataset(gen, ["x", "y"], shuffle=False).batch(2)
model2.train(4, data2, callbacks=[cb, LossMonitor(4)])
print(opt2.get_lr().asnumpy(), cb.best, cb.wait)
print(net2.fc.weight.value())

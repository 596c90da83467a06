import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import Constant

ms.set_seed(0)
np.random.seed(0)


class Net(nn.Cell):
    def __init__(self):
        super(Net, self).__init__()
        self.conv = nn.Conv2d(1, 2, 3, pad_mode="valid", weight_init=Constant(0.1))
        self.bn = nn.BatchNorm2d(2)
        self.relu = nn.ReLU()
        self.flatten = nn.Flatten()
        self.fc = nn.Dense(8, 3, weight_init=Constant(0.05), bias_init=Constant(0.01))

    def construct(self, x):
        x = self.relu(self.bn(self.conv(x)))
        return self.fc(self.flatten(x))


net = Net()
for p in net.get_parameters():
    print(p.name, p.shape, p.requires_grad)

# fixed and dynamic learning rates
optim = nn.Momentum(params=net.trainable_params(), learning_rate=0.01, momentum=0.9)
print(optim.get_lr())
milestone = [1, 3, 10]
learning_rates = [0.1, 0.05, 0.01]
lr = nn.piecewise_constant_lr(milestone, learning_rates)
print(lr)
optim = nn.SGD(net.trainable_params(), learning_rate=lr)
print(optim.learning_rate)

# parameter groups
conv_params = list(filter(lambda x: 'conv' in x.name, net.trainable_params()))
no_conv_params = list(filter(lambda x: 'conv' not in x.name, net.trainable_params()))
fix_lr = 0.01
polynomial_decay_lr = nn.learning_rate_schedule.PolynomialDecayLR(learning_rate=0.1, end_learning_rate=0.01,
                                                                  decay_steps=4, power=0.5)
group_params = [{'params': conv_params, 'weight_decay': 0.01, 'lr': fix_lr},
                {'params': no_conv_params, 'lr': polynomial_decay_lr},
                {'order_params': net.trainable_params()}]
optim = nn.Momentum(group_params, learning_rate=0.1, momentum=0.9, weight_decay=0.0)
print(optim.is_group, optim.is_group_lr, optim.dynamic_lr)
print([p.name for p in optim.parameters])
print(optim.weight_decay)

x = Tensor(np.random.uniform(-1, 1, (4, 1, 4, 4)).astype(np.float32))
y = Tensor(np.array([0, 1, 2, 1], np.int32))
loss_fn = nn.MAELoss()


def forward_fn(data, label):
    logits = net(data)
    return loss_fn(logits, ops.one_hot(label, 3, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)))


grad_fn = ms.value_and_grad(forward_fn, None, optim.parameters)
net.set_train()
for step in range(4):
    loss, grads = grad_fn(x, y)
    optim(grads)
    print(step, loss)
for p in net.trainable_params():
    print(p.name, np.round(p.asnumpy().ravel()[:4], 5))
print(optim.get_lr_parameter(conv_params[0]), optim.get_lr_parameter(no_conv_params[0])(Tensor(2, ms.int32)))


class Momentum(nn.Optimizer):
    """Define the optimizer."""

    def __init__(self, params, learning_rate, momentum=0.9):
        super(Momentum, self).__init__(learning_rate, params)
        self.momentum = Parameter(Tensor(momentum, ms.float32), name="momentum")
        self.moments = self.parameters.clone(prefix="moments", init="zeros")

    def construct(self, gradients):
        """The input of construct is gradient, which is automatically passed in during training."""
        lr = self.get_lr()
        params = self.parameters  # Weight parameter to be updated

        for i in range(len(params)):
            ops.assign(self.moments[i], self.moments[i] * self.momentum + gradients[i])
            update = params[i] - self.moments[i] * lr  # SGD algorithm with momentum
            ops.assign(params[i], update)
        return params


w = Parameter(Tensor(np.array([1.0, -1.0, 0.5], np.float32)), name="w")
opt = Momentum([w], learning_rate=0.1)
print([m.name for m in opt.moments])
xs = Tensor(np.array([0.3, 0.2, -0.4], np.float32))
gf = ms.value_and_grad(lambda: ((w * xs).sum() - 1.0) ** 2, None, opt.parameters)
for step in range(3):
    loss, grads = gf()
    opt(grads)
    print(step, loss, w.value(), opt.moments[0].value())

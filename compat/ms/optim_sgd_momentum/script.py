import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

x = Tensor(np.array([[1.0, 2.0], [2.0, 1.0], [3.0, -1.0], [0.0, 1.0]], np.float32))
y = Tensor(np.array([[1.0], [0.5], [-1.0], [2.0]], np.float32))


def train(optimizer_factory, steps=5):
    net = nn.Dense(2, 1, weight_init=Tensor(np.array([[0.5, -0.5]], np.float32)),
                   bias_init=Tensor(np.array([0.1], np.float32)))
    loss_fn = nn.MSELoss()
    optimizer = optimizer_factory(net.trainable_params())

    def forward_fn(data, label):
        return loss_fn(net(data), label)

    grad_fn = ms.value_and_grad(forward_fn, None, optimizer.parameters)
    for step in range(steps):
        loss, grads = grad_fn(x, y)
        optimizer(grads)
        print(f"step {step}: loss = {loss}")
    print(net.weight.value(), net.bias.value())


train(lambda params: nn.SGD(params, learning_rate=0.1))
train(lambda params: nn.SGD(params, learning_rate=0.05, momentum=0.9))
train(lambda params: nn.SGD(params, learning_rate=0.05, momentum=0.9, nesterov=True, weight_decay=0.01))

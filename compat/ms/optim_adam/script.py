import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ms.set_seed(42)
xs = np.linspace(-1, 1, 8, dtype=np.float32).reshape(-1, 1)
ys = 3 * xs - 1
x = Tensor(xs)
y = Tensor(ys)

net = nn.Dense(1, 1, weight_init=Tensor(np.array([[0.2]], np.float32)), bias_init='zeros')
loss_fn = nn.MSELoss()
optimizer = nn.Adam(net.trainable_params(), learning_rate=0.1)


def forward_fn(data, label):
    return loss_fn(net(data), label)


grad_fn = ms.value_and_grad(forward_fn, None, optimizer.parameters)
for step in range(8):
    loss, grads = grad_fn(x, y)
    optimizer(grads)
    print(step, loss)
for p in net.trainable_params():
    print(p.name, p.asnumpy())

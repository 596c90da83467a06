import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter

mindspore.set_seed(1)
np.random.seed(1)
features = np.random.normal(0, 1, (10, 2)).astype(np.float32)
true_w = np.array([[2.0], [-3.4]], np.float32)
labels = (features @ true_w + 4.2).astype(np.float32)
print(Tensor(features[:2]))
print(Tensor(labels[:2]))


class Linear(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.random.normal(0, 0.01, (2, 1)).astype(np.float32)), name='w')
        self.b = Parameter(Tensor(np.zeros(1, np.float32)), name='b')

    def construct(self, x):
        return ops.matmul(x, self.w) + self.b


net = Linear()
loss_fn = nn.MSELoss()
opt = nn.SGD(net.trainable_params(), learning_rate=0.1)
grad_fn = mindspore.value_and_grad(lambda x, y: loss_fn(net(x), y), None, opt.parameters)
x, y = Tensor(features), Tensor(labels)
for epoch in range(3):
    loss, grads = grad_fn(x, y)
    opt(grads)
    print(f'epoch {epoch + 1}, loss {float(loss):f}')
print(net.w.value().reshape(-1), net.b.value())

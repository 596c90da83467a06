import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.arange(6).reshape(3, 2).astype(np.float32) / 10), name='w')
        self.b = Parameter(Tensor(np.array([0.5, -0.5], np.float32)), name='b')
        self.scale = Parameter(Tensor(2.0, mindspore.float32), name='scale', requires_grad=False)
        self.dense = nn.Dense(2, 1, has_bias=False)

    def construct(self, x):
        z = ops.matmul(x, self.w) + self.b
        return self.dense(ops.relu(z) * self.scale)


net = Network()
net.dense.weight.set_data(Tensor(np.array([[1.0, -2.0]], np.float32)))
print(net)
print(net.w)
print(net.scale.requires_grad, net.w.requires_grad)
print([p.name for p in net.trainable_params()])
print([p.name for p in net.untrainable_params()])
print([p.name for p in net.get_parameters()])
for name, param in net.parameters_and_names():
    print(name, param.shape, param.dtype)
for name, cell in net.cells_and_names():
    print(repr(name), type(cell).__name__)

x = Tensor(np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]], np.float32))
print(net(x))
grad_fn = mindspore.value_and_grad(net, None, net.trainable_params())
out, grads = grad_fn(x)
print(out)
for p, g in zip(net.trainable_params(), grads):
    print(p.name, g)

net.w.set_data(ops.zeros((3, 2), mindspore.float32))
print(net.w.asnumpy())
print(net(x))
net.scale.requires_grad = True
print(len(net.trainable_params()))
w2 = net.w.clone()
print(w2.name, w2.shape)
print(net.w.value())

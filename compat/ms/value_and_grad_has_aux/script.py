import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

w = np.array([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], np.float32)
b = np.array([0.01, -0.02], np.float32)
net = nn.Dense(3, 2, weight_init=Tensor(w), bias_init=Tensor(b))
loss_fn = nn.MSELoss()

x = Tensor(np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]], np.float32))
y = Tensor(np.array([[0.5, 1.0], [0.0, -1.0]], np.float32))


def forward_fn(data, label):
    logits = net(data)
    loss = loss_fn(logits, label)
    return loss, logits


grad_fn = ms.value_and_grad(forward_fn, None, net.trainable_params(), has_aux=True)
(loss, logits), grads = grad_fn(x, y)
print(loss)
print(logits)
print(grads)


def loss_only(data, label):
    return loss_fn(net(data), label)


loss, grads = ms.value_and_grad(loss_only, None, weights=net.trainable_params())(x, y)
print(loss, len(grads))
loss, (gx, gw) = ms.value_and_grad(loss_only, grad_position=0, weights=net.trainable_params())(x, y)
print(gx)
print(gw[1])
value, g = ms.value_and_grad(loss_only)(x, y)
print(value, g.shape)

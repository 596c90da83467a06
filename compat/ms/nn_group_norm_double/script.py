import numpy as np
import mindspore as ms
from mindspore import ops, nn, Tensor
np.random.seed(0)
x = Tensor(np.random.randn(2, 6, 3, 3).astype(np.float32))
print(ops.group_norm(Tensor(np.ones([1, 2, 4, 4], np.float32)), 2))
w = Tensor(np.random.randn(6).astype(np.float32)); b = Tensor(np.random.randn(6).astype(np.float32))
print(ops.group_norm(x, 3, w, b)[1, 2])
net = nn.GroupNorm(2, 6)
print(net(x)[0, 5])
t = Tensor(np.random.randn(2, 6, 3, 3).astype(np.float32))
loss_fn = lambda inp: (net(inp) * t).sum()
g = ms.grad(loss_fn)(x)
print(g.shape, np.abs(g.asnumpy()).max() < 10)
gw = ms.grad(lambda inp: (net(inp) * t).sum(), None, net.trainable_params())(x)
print([p.shape for p in gw])

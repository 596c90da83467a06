import numpy as np
import mindspore
from mindspore import nn, Tensor
np.random.seed(3)
c = nn.LSTMCell(3, 2)
print([(n, p.shape) for n, p in c.parameters_and_names()])
print(np.random.rand(3))
g = nn.GRUCell(3, 2, has_bias=False)
print([(n, p.shape) for n, p in g.parameters_and_names()])
r = nn.RNNCell(3, 2, nonlinearity='relu')
print(np.random.rand(2))
x = Tensor(np.ones((4, 3), np.float32))
h = Tensor(np.zeros((4, 2), np.float32))
hy, cy = c(x, (h, h))
print(hy.shape, cy.shape, g(x, h).shape, r(x, h).shape)
print(c)
print(np.random.rand(2))
seq = Tensor(np.ones((3, 4, 3), np.float32))
hx = Tensor(np.zeros((4, 2), np.float32))
outs = []
for t in range(3):
    hx = g(seq[t], hx)
    outs.append(hx.shape)
print(outs)

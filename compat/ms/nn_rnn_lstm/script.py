import numpy as np
import mindspore
from mindspore import nn, ops, Tensor

np.random.seed(0)
lstm = nn.LSTM(3, 4, batch_first=True)
print(lstm)
print([(n, p.shape) for n, p in lstm.parameters_and_names()])
print(lstm.w_ih_list[0][:2])
x = Tensor(np.random.randn(2, 5, 3).astype(np.float32))
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
print(out[0].asnumpy().round(5))
print(h.asnumpy().round(5), c.asnumpy().round(5))
g = nn.GRU(3, 4, num_layers=2)
print(g)
print([(n, p.shape) for n, p in g.parameters_and_names()])
o, h = g(Tensor(np.random.randn(5, 2, 3).astype(np.float32)))
print(o.shape, h.shape)
print(h.asnumpy().round(5))
r = nn.RNN(3, 4, batch_first=True, bidirectional=True)
print([n for n, _ in r.parameters_and_names()])
o, h = r(x)
print(o.shape, h.shape)
print(h.asnumpy().round(5))


class SentimentNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(10, 3)
        self.rnn = nn.LSTM(3, 4, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Dense(8, 1)

    def construct(self, ids):
        out, (h, c) = self.rnn(self.embedding(ids))
        return self.fc(ops.concat((h[-2], h[-1]), axis=1))


net = SentimentNet()
print([(n, p.shape) for n, p in net.parameters_and_names()])
y = net(Tensor(np.array([[1, 2, 3], [4, 5, 6]], np.int32)))
print(y.shape)
grads = mindspore.grad(lambda ids: net(ids).sum(), None, net.trainable_params())(Tensor(np.array([[1, 2, 3]], np.int32)))
print([g.shape for g in grads])

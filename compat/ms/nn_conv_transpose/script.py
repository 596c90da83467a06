import numpy as np
import mindspore
from mindspore import nn, Tensor
from mindspore.common.initializer import One
x = Tensor(np.arange(18, dtype=np.float32).reshape(1, 2, 3, 3))
w = Tensor(np.arange(2*1*3*3, dtype=np.float32).reshape(2, 1, 3, 3) - 8)
for kw in [dict(), dict(stride=2), dict(pad_mode='valid'), dict(pad_mode='valid', stride=2), dict(pad_mode='pad', padding=1, stride=2), dict(pad_mode='same', stride=2, kernel_size=2), dict(pad_mode='valid', kernel_size=2, stride=2)]:
    k = kw.pop('kernel_size', 3)
    ww = w if k == 3 else Tensor(np.arange(8, dtype=np.float32).reshape(2, 1, 2, 2))
    c = nn.Conv2dTranspose(2, 1, k, weight_init=ww, **kw)
    y = c(x)
    print(kw, k, y.shape)
    print(y[0, 0])
print(nn.Conv2dTranspose(2, 4, 3, group=2, weight_init=One())(x)[0, :, 0])
print(nn.Conv2dTranspose(2, 1, 3))


class Generator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.generator = nn.SequentialCell()
        self.generator.append(nn.Conv2dTranspose(4, 2, 4, 1, 'valid', weight_init=One()))
        self.generator.append(nn.BatchNorm2d(2))
        self.generator.append(nn.ReLU())
        self.generator.append(nn.Conv2dTranspose(2, 1, 4, 2, 'pad', 1, weight_init=One()))
        self.generator.append(nn.Tanh())

    def construct(self, x):
        return self.generator(x)


g = Generator()
print([(n, p.shape) for n, p in g.parameters_and_names()])
z = Tensor(np.ones((2, 4, 1, 1), np.float32))
print(g(z).shape)
c = nn.Conv2dTranspose(2, 1, 3, stride=2, weight_init=w, has_bias=True, bias_init='zeros')
gx, gw = mindspore.grad(lambda x: c(x).sum(), 0, c.trainable_params())(x)
print(gx)
print(gw[0][0, 0], gw[1])

import numpy as np
import mindspore
from mindspore import nn, ops, Tensor

x = Tensor(np.arange(32, dtype=np.float32).reshape(2, 2, 2, 4) / 4)
bn = nn.BatchNorm2d(2)
print(bn)
print([(n, p.requires_grad) for n, p in bn.parameters_and_names()])
bn.set_train()
print(bn(x))
print(bn.moving_mean.value(), bn.moving_variance.value())
print(bn(x * 2)[1, 1])
print(bn.moving_mean.value(), bn.moving_variance.value())
bn.set_train(False)
print(bn(x)[0, 0])
b1 = nn.BatchNorm1d(3, momentum=0.5)
print(b1)
b1.set_train()
print(b1(Tensor(np.array([[1.0, 2.0, 3.0], [3.0, 6.0, 9.0]], np.float32))))
print(b1.moving_mean.value(), b1.moving_variance.value())
b1.set_train(False)
print(b1(Tensor(np.array([[1.0, 2.0, 3.0]], np.float32))))

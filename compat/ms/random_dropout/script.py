# nn.Dropout in training mode after mindspore.set_seed: the mask comes from the Dropout kernel's
# seeded generator (seeds taken when the cell is built; one stream per input shape).
import numpy as np
import mindspore as ms
from mindspore import Tensor, nn

ms.set_seed(1)
d = nn.Dropout(p=0.4)
d.set_train()
x = Tensor(np.arange(1, 13, dtype=np.float32).reshape(3, 4))
print(d(x))
print(d(x))
print(d(Tensor(np.ones((5,), np.float32))))
d2 = nn.Dropout(keep_prob=0.7)
d2.set_train()
print(d2(x))
d.set_train(False)
print(d(x))
ms.set_seed(1)
again = nn.Dropout(p=0.4)
again.set_train()
print((again(x) == nn.Dropout(p=0.4)(x)).all())
big = nn.Dropout(p=0.5)
big.set_train()
y = big(Tensor(np.ones((64, 100), np.float32))).asnumpy()
print(y.sum(), y.ravel()[-10:])

# functional ops.dropout shares the "dropout" seed counter
from mindspore import ops

ms.set_seed(3)
print(ops.dropout(x, p=0.3))
print(ops.dropout(x, p=0.3))
print(ops.dropout(x, p=0.5, seed=7))
print(ops.dropout(x, p=0.5, training=False))

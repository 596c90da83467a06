import mindspore, numpy as np
from mindspore import Tensor, ops
for n in range(1, 11):
    x = Tensor(np.full(n, -1.0, np.float32))
    e = ops.elu(x).asnumpy(); ex = (ops.exp(x) - 1).asnumpy()
    print(n, e.tolist(), ex.tolist())

import os
import tempfile
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import One, Zero


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 2, weight_init=One(), bias_init=Zero())
        self.bn = nn.BatchNorm1d(2)
        self.w = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name='w')

    def construct(self, x):
        return self.bn(self.fc(x)) * self.w


d = tempfile.mkdtemp()
net = Net()
net.w.set_data(Tensor(np.array([3.0, 4.0], np.float32)))
path = os.path.join(d, "net.ckpt")
mindspore.save_checkpoint(net, path)
param_dict = mindspore.load_checkpoint(path)
for k in sorted(param_dict):
    print(k, param_dict[k])
print(param_dict['w'].asnumpy(), param_dict['fc.weight'].asnumpy())
net2 = Net()
print(mindspore.load_param_into_net(net2, param_dict))
print(net2.w.value())
net3 = Net()
print(mindspore.load_param_into_net(net3, {'fc.weight': Parameter(Tensor(np.zeros((2, 2), np.float32)), name='fc.weight'),
                                           'extra': Parameter(Tensor(1.0), name='extra')}))
print(net3.fc.weight.value())
mindspore.save_checkpoint([{'name': 'a', 'data': Tensor([1.0, 2.0])}, {'name': 'b', 'data': Tensor(3, mindspore.int32)}],
                          os.path.join(d, "l.ckpt"))
pd = mindspore.load_checkpoint(os.path.join(d, "l.ckpt"))
print(pd['a'], pd['b'], pd['b'].dtype)

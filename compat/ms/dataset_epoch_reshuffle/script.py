import numpy as np
import mindspore as ms
import mindspore.dataset as ds
ms.set_seed(2)
d = ds.NumpySlicesDataset(np.arange(6), ["x"])
it = d.create_tuple_iterator(num_epochs=3, output_numpy=True)
for e in range(3):
    print([int(x) for (x,) in it])
d = ds.GeneratorDataset([(i,) for i in range(7)], ["x"]).batch(3)
it = d.create_dict_iterator(num_epochs=2, output_numpy=True)
for e in range(2):
    print([x["x"].tolist() for x in it])
from mindspore import nn
from mindspore.train import Model, LossMonitor
from mindspore.common.initializer import Constant
ms.set_seed(5)
x = np.linspace(-1, 1, 20, dtype=np.float32).reshape(10, 2)
y = (x[:, :1] * 2 - x[:, 1:]).astype(np.float32)
d = ds.NumpySlicesDataset({"data": x, "label": y}).batch(4)
net = nn.Dense(2, 1, weight_init=Constant(0.1))
model = Model(net, nn.MSELoss(), nn.SGD(net.trainable_params(), 0.1))
model.train(3, d, callbacks=[LossMonitor(1)])
print(net.weight.value())

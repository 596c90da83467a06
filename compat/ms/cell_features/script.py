import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import One, Zero


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 2, weight_init=One(), bias_init=Zero())
        self.w = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name='w')
        self.blocks = nn.CellList([nn.ReLU(), nn.Dense(2, 2, weight_init=One(), bias_init=Zero())])
        self.acts = nn.CellDict({'a': nn.ReLU(), 'b': nn.Tanh()})

    def construct(self, x):
        x = self.fc(x) * self.w
        for b in self.blocks:
            x = b(x)
        return self.acts['a'](x)


net = Net()
print(net)
print([n for n, _ in net.parameters_and_names()])
print([n for n, _ in net.cells_and_names()])
print([p.name for p in net.get_parameters()])
print(list(net.parameters_dict().keys()))
net.insert_param_to_cell('extra', Parameter(Tensor(np.ones(2, np.float32)), name='extra'))
print([n for n, _ in net.parameters_and_names()])
print(net.set_grad() is net, net.requires_grad)
print(len(net.trainable_params()), net.untrainable_params())
net.w.requires_grad = False
print(len(net.trainable_params()), [p.name for p in net.untrainable_params()])
print(list(net.name_cells().keys()), len(net.blocks), type(net.blocks[1]).__name__)
print(list(net.acts.keys()), len(net.acts))
print(net(Tensor(np.array([[1.0, -2.0], [3.0, 4.0]], np.float32))))
net.set_train()
print(net.training, net.fc.training, net.phase)
net.set_train(False)
print(net.training, net.fc.training)

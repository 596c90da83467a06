import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple
from mindspore.common.initializer import initializer, Normal, One, Zero, Constant

ms.set_seed(6)
np.random.seed(6)

# Parameter creation, attributes, clone, init strings
p = Parameter(Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)), name="w")
print(p, p.name, p.requires_grad, p.shape, p.dtype, p.layerwise_parallel)
print(p.asnumpy())
p2 = p.clone()
print(p2.name, (p2.asnumpy() == p.asnumpy()).all())
p3 = p.clone(init="zeros")
print(p3.name, p3.asnumpy())
q = Parameter(initializer("ones", [2, 3], ms.float32), name="q")
print(q)
z = Parameter(initializer(Zero(), [2], ms.int32), name="z", requires_grad=False)
print(z, z.requires_grad)
c = Parameter(initializer(Constant(0.5), (3,)), name="c")
print(c.value())
n = Parameter(initializer(Normal(0.01), (4, 4)), name="n")
print(n.shape, n.dtype)
p.set_data(Tensor(np.zeros((2, 2), np.float32)))
print(p.asnumpy())
p.name = "renamed"
print(p.name)
print(Parameter(Tensor(1.0), name="s"))
print(repr(Parameter(Tensor(np.array([1, 2], np.int32)), name="ii")))

pt = ParameterTuple([Parameter(Tensor(1.0), name="a"), Parameter(Tensor(2.0), name="b")])
print(type(pt).__name__, len(pt), [x.name for x in pt])
pt2 = pt.clone(prefix="m", init="zeros")
print([x.name for x in pt2], [x.asnumpy().item() for x in pt2])


class MyCell(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 2, weight_init=One(), bias_init=Zero())
        self.layers = nn.CellList([nn.ReLU(), nn.Dense(2, 2, weight_init=One())])
        self.blocks = nn.CellDict({"act": nn.Sigmoid(), "fc": nn.Dense(2, 1, weight_init=One())})
        self.scale = Parameter(Tensor(np.array([2.0], np.float32)), name="scale")

    def construct(self, x):
        x = self.dense(x) * self.scale
        for layer in self.layers:
            x = layer(x)
        return self.blocks["fc"](self.blocks["act"](x))


net = MyCell()
print(net)
for name, param in net.parameters_and_names():
    print(name, param.name, param.shape)
print([name for name, _ in net.cells_and_names()])
print(len(net.cells()), [type(c).__name__ for c in net.cells()])
print(list(net.name_cells().keys()))
x = Tensor(np.array([[0.1, 0.2, 0.3]], np.float32))
print(net(x))
net.insert_param_to_cell("extra", Parameter(Tensor(np.array([1.0], np.float32)), name="extra"))
print([p.name for p in net.get_parameters()])
print(len(net.trainable_params()), len(net.untrainable_params()))
net.extra.requires_grad = False
print(len(net.trainable_params()), [p.name for p in net.untrainable_params()])
net.layers.append(nn.Sigmoid())
print(len(net.layers), type(net.layers[-1]).__name__)
net.blocks["act"] = nn.ReLU()
print(net.blocks.keys() if hasattr(net.blocks, "keys") else None)
print(net.training, net.set_train().training, net.set_train(False).training)
print(net.dense.weight.data.asnumpy())
print(ms.grad(net, grad_position=None, weights=net.scale)(x))
sd = net.parameters_dict()
print(list(sd.keys()))

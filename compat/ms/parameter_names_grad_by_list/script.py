# Parameter semantics: generated names, renaming inside Cells, set_data with a new shape, tensor
# assignment to a Parameter attribute; GradOperation(get_by_list=True) with and without weights.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple

p = Parameter(Tensor(np.array([1.0, 2.0], np.float32)))
print(p.name, p)
print(Parameter(Tensor([3.0]), name="  w1  ").name, Parameter(7, name="n").dtype)
for bad in (dict(default_input=True), dict(default_input=Tensor([1.0]), name=3),
            dict(default_input=Tensor([1.0]), requires_grad="yes")):
    try:
        Parameter(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
p.set_data(Tensor(np.array([5.0, 6.0, 7.0], np.float32)))
print(p, p.asnumpy())


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([2.0, 3.0], np.float32)))
        self.b = Parameter(Tensor(np.array([0.5], np.float32)), name="bias")
        self.frozen = Parameter(Tensor(np.array([4.0], np.float32)), name="frozen", requires_grad=False)
        self.extra = ParameterTuple([Parameter(Tensor([1.0])), Parameter(Tensor([2.0]))])
        self.unused = Parameter(Tensor([9.0]), name="unused")

    def construct(self, x):
        return (x * self.w).sum() * self.frozen + self.b


net = Net()
print([(n, q.name) for n, q in net.parameters_and_names()])
net.w = Tensor(np.array([1.0, 1.0], np.float32))
print(net.w, net.w.asnumpy())
try:
    net.w = 3
except TypeError as e:
    print("TypeError:", e)
x = Tensor(np.array([1.0, 2.0], np.float32))
print(ops.GradOperation(get_by_list=True)(net)(x))
print(ops.GradOperation(get_by_list=True)(net, net.w)(x))
print(ops.GradOperation(get_all=True, get_by_list=True)(net, ParameterTuple(net.trainable_params()))(x))
print(ops.GradOperation(get_all=True)(lambda a, b: (a * b).sum() + a.sum())(x, x))
print(ops.GradOperation()(lambda k, a: a * k)(3, x))
data = net.b.data
print(data, type(data).__name__, isinstance(data, Parameter), net.b.sliced, net.b.parallel_optimizer)
data[0] = 2.5
print(net.b, net.b.asnumpy())

# mindspore._no_grad (context manager and decorator), gradients of integer inputs and Parameters,
# second/third-order gradients through a custom bprop, and jit-decorated methods in PyNative.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple, jit, _no_grad


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([5.0], ms.float32), name="w")
        self.b = Parameter(Tensor([5.0], ms.float32), name="b")

    def construct(self, x):
        y = self.w * x + self.b
        with _no_grad():
            m = y * self.w
        return m * y


class Doubler(nn.Cell):
    @_no_grad()
    def construct(self, x):
        return x + x


x = Tensor([2.0], ms.float32)
print(ops.grad(Network())(x))
print(ops.grad(lambda t: t * t + Doubler()(t * t))(x))
try:
    with _no_grad():
        ops.grad(Network())(x)
except RuntimeError as e:
    print("RuntimeError:", e)


class IntNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([6], ms.int32), name="w")
        self.b = Parameter(Tensor([2], ms.int32), name="b")

    def construct(self, a, c):
        return self.w * a + self.b * c


net = IntNet()
a, c = Tensor([10], ms.int32), Tensor([20], ms.int32)
print(ops.GradOperation()(net)(a, c))
print(ops.GradOperation(get_all=True, get_by_list=True)(net, ParameterTuple(net.trainable_params()))(a, c))
print(ms.grad(net, grad_position=(0, 1), weights=net.w)(a, c))
print(ms.grad(net, grad_position=1, weights=net.trainable_params(), return_ids=True)(a, c))
print(net.w, net(a, c))


class OneInputBprop(nn.Cell):
    def construct(self, t):
        return ops.relu(t)

    def bprop(self, t, out, dout):
        return (5 * t,)


g = ops.GradOperation()
v = Tensor(np.array([2.0, 2.0], np.float32))
print(g(OneInputBprop())(v), g(g(OneInputBprop()))(v), g(g(g(OneInputBprop())))(v))


class JitCell(nn.Cell):
    def __init__(self):
        super().__init__()
        self.param = Parameter(Tensor(1.5, ms.float32), name="param")

    @jit
    def construct(self, t):
        return t * self.param


cell = JitCell()
opt = nn.Momentum(cell.trainable_params(), 0.1, 0.9)
for _ in range(2):
    grads = ops.GradOperation(get_by_list=True)(cell, ParameterTuple(cell.trainable_params()))(v)
    opt(grads)
    print(grads, cell.param.asnumpy())

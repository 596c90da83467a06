import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import One


class Net(nn.Cell):
    def construct(self, x, y):
        z = x * y
        z = z * y
        return z

    def bprop(self, x, y, out, dout):
        x_dout = x + y
        y_dout = x * y
        return x_dout, y_dout


grad_all = ops.GradOperation(get_all=True)
print(grad_all(Net())(Tensor(1.5), Tensor(2.0)))
print(mindspore.grad(Net(), (0, 1))(Tensor(np.array([1.0, 2.0], np.float32)), Tensor(np.array([3.0, 4.0], np.float32))))


class ClipGrad(nn.Cell):
    def construct(self, x):
        return x * 1.0

    def bprop(self, x, out, dout):
        return (ops.clip_by_value(dout, -1.0, 1.0),)


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 2, weight_init=One(), bias_init='zeros')
        self.clip = ClipGrad()

    def construct(self, x):
        return self.clip(self.fc(x)) * 5.0


m = Model()
x = Tensor(np.array([[1.0, 2.0]], np.float32))
print(m(x))
print(mindspore.grad(lambda x: m(x).sum(), 0, m.trainable_params())(x))
value, grads = mindspore.value_and_grad(lambda x: m(x).sum(), None, m.trainable_params())(x)
print(value, grads)
m.apply(lambda c: print("apply:", type(c).__name__))
h = m.register_forward_hook(lambda cell, inputs, output: print("hook:", output.shape))
m(x)
h.remove()
m(x)
print("hook removed")

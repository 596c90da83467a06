# Hook programming (PyNative): forward pre/post hooks, hook handles, and a Cell backward hook that
# sees the gradients of all its inputs and replaces them.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

ms.set_context(mode=ms.PYNATIVE_MODE)


def pre_hook(cell, inputs):
    print("pre hook of", type(cell).__name__, [x.shape for x in inputs])
    return inputs[0] * 2


def fwd_hook(cell, inputs, output):
    print("forward hook output", output)
    return output + 1


def bwd_hook(cell, grad_input, grad_output):
    print("grad_input", grad_input)
    print("grad_output", grad_output)
    return grad_input[0] * 0 + 1, grad_input[1] * 10


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 2, weight_init="ones", bias_init="zeros")
        self.mul = nn.MatMul()
        self.mul.register_backward_hook(bwd_hook)

    def construct(self, x, y):
        h = self.dense(x)
        return self.mul(h, y).sum()


net = Net()
h1 = net.dense.register_forward_pre_hook(pre_hook)
h2 = net.dense.register_forward_hook(fwd_hook)
x = Tensor(np.array([[1.0, 2.0, 3.0]], np.float32))
y = Tensor(np.array([[1.0], [2.0]], np.float32))
print(net(x, y))
grads = ops.GradOperation(get_all=True)(net)(x, y)
print(grads)
h1.remove()
h1.remove()
h2.remove()
print(net(x, y))
value, g = ms.value_and_grad(net, (0, 1), net.trainable_params())(x, y)
print(value, g[0][1], g[1][0])
for bad in ("hook", ms.jit(lambda c, i, o: o)):
    try:
        net.dense.register_forward_hook(bad)
    except TypeError as e:
        print("TypeError:", e)

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.common.initializer import Constant

ms.set_seed(9)
np.random.seed(9)


# HookBackward operator
def hook_fn(grad):
    print("grad in hook:", grad)


hook = ops.HookBackward(hook_fn)


def net(x, y):
    z = x * y
    z = hook(z)
    z = z * y
    return z


def grad_net(x, y):
    return ms.grad(net, grad_position=(0, 1))(x, y)


print(grad_net(Tensor(1.0, ms.float32), Tensor(2.0, ms.float32)))


# Tensor.register_hook
def double_hook(grad):
    print("tensor hook:", grad)
    return grad * 2


def fn(x):
    y = x * 3
    y.register_hook(double_hook)
    return (y * y).sum()


x = Tensor(np.array([1.0, 2.0], np.float32))
print(ms.grad(fn)(x))


# Cell forward pre-hook / forward hook / backward hook
def forward_pre_hook_fn(cell, inputs):
    print("forward inputs:", inputs)
    return inputs[0] * 2


def forward_hook_fn(cell, inputs, outputs):
    print("forward outputs:", outputs)
    return outputs + 1


def backward_hook_fn(cell, grad_input, grad_output):
    print("grad input:", grad_input)
    print("grad output:", grad_output)


class Net(nn.Cell):
    def __init__(self):
        super(Net, self).__init__()
        self.relu = nn.ReLU()
        self.dense = nn.Dense(2, 2, weight_init=Constant(0.5), bias_init=Constant(0.1))

    def construct(self, x):
        return self.dense(self.relu(x))


net = Net()
h1 = net.dense.register_forward_pre_hook(forward_pre_hook_fn)
h2 = net.dense.register_forward_hook(forward_hook_fn)
x = Tensor(np.array([[1.0, -1.0]], np.float32))
out = net(x)
print(out)
g = ms.grad(net)(x)
print(g)
h1.remove()
h2.remove()
print(net(x))
h3 = net.relu.register_backward_hook(backward_hook_fn)
print(ms.grad(net)(x))
h3.remove()
print(ms.grad(net)(x))


# a hook that changes the gradient
def scale_hook(grad):
    print("scaling:", grad)
    return (grad[0] * 10,)


hook2 = ops.HookBackward(scale_hook)


def net2(x):
    return hook2(x * x) * 3


print(ms.grad(net2)(Tensor(np.array([1.0, 2.0], np.float32))))


def replace_hook(cell, grad_input, grad_output):
    print("replace:", len(grad_input), len(grad_output))
    return (grad_input[0] * 0.5,)


net = Net()
h = net.relu.register_backward_hook(replace_hook)
print(ms.grad(net)(Tensor(np.array([[2.0, 3.0]], np.float32))))
h.remove()


def clip_gradient(dx):
    ret = dx
    if ret > 1.0:
        ret = 1.0
    if ret < 0.2:
        ret = 0.2
    return ret


clip = ops.InsertGradientOf(clip_gradient)


def clip_test(x, y):
    x = clip(x)
    y = clip(y)
    c = x * y
    return c


def f(x, y):
    return clip_test(x, y)


def fd(x, y):
    return ms.grad(clip_test, grad_position=(0, 1))(x, y)


print("forward: ", f(Tensor(np.array([1.1]).astype(np.float32)), Tensor(np.array([0.1]).astype(np.float32))))
print("clip_gradient:", fd(Tensor(1.1, ms.float32), Tensor(0.1, ms.float32)))
print(fd(Tensor(0.5, ms.float32), Tensor(0.5, ms.float32)))

import numpy as np
import mindspore as ms
import mindspore.nn as nn
import mindspore.ops as ops


class Net(nn.Cell):
    """Feedforward network model"""
    def __init__(self):
        super(Net, self).__init__()
        self.sin = ops.Sin()

    def construct(self, x):
        out = self.sin(x)
        return out


x_train = ms.Tensor(np.array([3.1415926]), dtype=ms.float32)

net = Net()
firstgrad = ms.grad(net)
secondgrad = ms.grad(firstgrad)
output = secondgrad(x_train)

# Print the result
result = np.around(output.asnumpy(), decimals=2)
print(result)

x2 = ms.Tensor(np.array([0.5, 1.0, 2.0]), dtype=ms.float32)
print(firstgrad(x2))
print(secondgrad(x2))
thirdgrad = ms.grad(secondgrad)
print(thirdgrad(x2))


class Grad(nn.Cell):
    """First-order derivation"""
    def __init__(self, network):
        super(Grad, self).__init__()
        self.grad = ops.GradOperation()
        self.network = network

    def construct(self, x):
        gout = self.grad(self.network)(x)
        return gout


class GradSec(nn.Cell):
    """Second-order derivation"""
    def __init__(self, network):
        super(GradSec, self).__init__()
        self.grad = ops.GradOperation()
        self.network = network

    def construct(self, x):
        gout = self.grad(self.network)(x)
        return gout


firstgrad = Grad(net)
secondgrad = GradSec(firstgrad)
output = secondgrad(x_train)
print(np.around(output.asnumpy(), decimals=2))


class MulNet(nn.Cell):
    """Feedforward network model"""
    def __init__(self):
        super(MulNet, self).__init__()
        self.mul = ops.Mul()

    def construct(self, x, y):
        x_square = self.mul(x, x)
        x_square_y = self.mul(x_square, y)
        return x_square_y


class GradAll(nn.Cell):
    """First-order derivation with respect to all inputs"""
    def __init__(self, network):
        super(GradAll, self).__init__()
        self.grad = ops.GradOperation(get_all=True, sens_param=False)
        self.network = network

    def construct(self, x, y):
        gout = self.grad(self.network)(x, y)
        return gout


class GradSecAll(nn.Cell):
    """Second-order derivation with respect to all inputs"""
    def __init__(self, network):
        super(GradSecAll, self).__init__()
        self.grad = ops.GradOperation(get_all=True, sens_param=True)
        self.network = network
        self.sens1 = ms.Tensor(np.array([1]).astype('float32'))
        self.sens2 = ms.Tensor(np.array([0]).astype('float32'))

    def construct(self, x, y):
        dxdx, dxdy = self.grad(self.network)(x, y, (self.sens1, self.sens2))
        dydx, dydy = self.grad(self.network)(x, y, (self.sens2, self.sens1))
        return dxdx, dxdy, dydx, dydy


x = ms.Tensor(np.array([2.0], np.float32))
y = ms.Tensor(np.array([3.0], np.float32))
print(GradAll(MulNet())(x, y))
output = GradSecAll(GradAll(MulNet()))(x, y)
print(output[0])
print(output[1])
print(output[2])
print(output[3])

# functional second order with grad of grad over several positions
def f(x, y):
    return (x ** 3 * y).sum()

df = ms.grad(f, grad_position=(0, 1))
def g(x, y):
    dx, dy = df(x, y)
    return dx.sum() + dy.sum()
print(ms.grad(g, grad_position=(0, 1))(ms.Tensor([1.0, 2.0]), ms.Tensor([0.5, -1.0])))

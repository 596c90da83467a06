# Custom Cell bprop with several outputs, tensor hooks on network inputs and on Parameters,
# vjp/jvp with has_aux, and the gradient of a dict output with a dict sens.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class TwoOut(nn.Cell):
    def construct(self, x, y):
        return x * y, x + y

    def bprop(self, x, y, out, dout):
        print("bprop dout:", dout[0], dout[1])
        return dout[0] * 10 + dout[1], dout[1] * 100


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.two = TwoOut()

    def construct(self, x, y):
        a, b = self.two(x, y)
        return a * 2 + b


x = Tensor(np.array([1.0, 2.0], np.float32))
y = Tensor(np.array([3.0, 4.0], np.float32))
print(ops.GradOperation(get_all=True)(Outer())(x, y))


class Short(nn.Cell):
    def construct(self, x, y):
        return x * y

    def bprop(self, x, y, out, dout):
        return (dout,)


try:
    ops.GradOperation(get_all=True)(Short())(x, y)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])


def hook(grad):
    print("hook got", grad)
    return grad * 2


inp = Tensor(np.array([1.0, 3.0], np.float32))
inp.register_hook(hook)
print(ops.GradOperation()(lambda a: (a ** 2).sum())(inp))


class WNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")
        self.handle = self.w.register_hook(hook)

    def construct(self, a):
        return (a * self.w).sum()


wnet = WNet()
print(ops.GradOperation(get_by_list=True)(wnet, ParameterTuple(wnet.trainable_params()))(x))
wnet.handle.remove()
print(ops.GradOperation(get_by_list=True)(wnet, ParameterTuple(wnet.trainable_params()))(x))

def sq_aux(a):
    return a ** 2, a * 3


def relu_dict(a):
    return {"relu": ops.relu(a - 1.5) * 2}


out, vjp_fn, aux = ops.vjp(sq_aux, x, has_aux=True)
print(out, vjp_fn(Tensor(np.ones(2, np.float32))), aux)
out, jv, aux = ops.jvp(sq_aux, x, Tensor(np.ones(2, np.float32)), has_aux=True)
print(out, jv, aux)
f = relu_dict
print(ops.GradOperation()(f)(x), ops.GradOperation(sens_param=True)(f)(x, {"relu": Tensor(np.array([3.0, 5.0], np.float32))}))


class ChangeShape(nn.Cell):
    def construct(self, t):
        return ops.relu(t)

    def bprop(self, t, out, dout):
        return Tensor(np.ones([5, 5]).astype(np.float32))


for check in (False, True):
    ms.set_context(check_bprop=check)
    for arg in (Tensor(1.0, ms.float32), Tensor([1.0, 2.0], ms.float32)):
        try:
            print(ops.GradOperation(get_all=True)(ChangeShape())(arg))
        except (RuntimeError, ValueError) as e:
            print(type(e).__name__ + ":", str(e).splitlines()[0])

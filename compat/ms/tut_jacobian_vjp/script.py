import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ms.set_seed(3)
np.random.seed(3)


def fn(x, y):
    return ops.sin(x) * y + x * x


x = Tensor(np.array([0.5, 1.0, 2.0], np.float32))
y = Tensor(np.array([1.0, -2.0, 3.0], np.float32))
v = Tensor(np.array([1.0, 1.0, 0.5], np.float32))

out, vjp_fn = ms.vjp(fn, x, y)
print(out)
print(vjp_fn(v))
out, jvp_out = ms.jvp(fn, (x, y), (v, v))
print(out, jvp_out)

jac = ms.jacrev(fn, grad_position=0)(x, y)
print(jac)
jac_all = ms.jacrev(fn, grad_position=(0, 1))(x, y)
print(jac_all)
print(ms.jacfwd(fn, grad_position=1)(x, y))


def fn_aux(x):
    return x ** 3, ops.cos(x)


jac, aux = ms.jacrev(fn_aux, has_aux=True)(x)
print(jac, aux)
jac, aux = ms.jacfwd(fn_aux, has_aux=True)(x)
print(jac, aux)

# hessian: forward-over-reverse
def scalar_fn(x):
    return (x ** 3).sum() + (x[0] * x[1])


print(ms.jacfwd(ms.jacrev(scalar_fn))(x))
print(ms.grad(ms.grad(lambda a: (a ** 4).sum()))(x))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = ms.Parameter(Tensor(np.array([[1.0, 2.0], [0.5, -1.0], [0.0, 3.0]], np.float32)), name='w')

    def construct(self, x):
        return ops.sin(ops.matmul(x, self.w))


net = Net()
print(ms.jacrev(net)(x))
out, vjp_fn = ms.vjp(net, x)
print(out, vjp_fn(Tensor(np.array([1.0, 0.0], np.float32))))
out, jvp_out = ms.jvp(net, x, v)
print(out, jvp_out)

# grad with respect to weights, then sens via vjp of grad_fn
grad_fn = ms.grad(net, grad_position=None, weights=net.trainable_params())
print(grad_fn(x))
x9 = Tensor(np.array([0.5, 1.0], np.float32))
y9 = Tensor(np.array([2.0, 3.0], np.float32))
def f2(a, b):
    return a * b, (a ** 2).sum()
print(ms.jacrev(f2, grad_position=(0, 1))(x9, y9))
print(ms.jacrev(f2)(x9, y9))
def f3(x):
    return x * 2, x + 1
print(ms.jvp(f3, x9, y9, has_aux=True))
def mul(a, b):
    return a * b
print(ms.jvp(mul, (x9, y9), (y9, x9)))
def sm(a):
    return a.sum()
print(ms.jacrev(sm)(x9))
def t3(a):
    return a * 3
print(ms.jacfwd(t3)(Tensor(2.0)))

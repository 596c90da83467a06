import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, Parameter


def run(name, make):
    w = Parameter(Tensor(np.array([[0.5, -1.0], [2.0, 0.25]], np.float32)), name="w")
    opt = make([w])
    for s in range(4):
        g = Tensor(np.array([[0.1, -0.2], [0.3, 0.0]], np.float32) * (s + 1) - np.float32(0.05) * s)
        opt((g,))
    print(name, w.asnumpy())


run("Adadelta", lambda p: nn.Adadelta(p, learning_rate=1.0))
run("Adadelta rho", lambda p: nn.Adadelta(p, learning_rate=0.5, rho=0.5, epsilon=1e-4))
run("AdaMax", lambda p: nn.AdaMax(p, learning_rate=0.01))
run("AdaMax b", lambda p: nn.AdaMax(p, learning_rate=0.1, beta1=0.8, beta2=0.99, eps=1e-6))
run("ASGD", lambda p: nn.ASGD(p, learning_rate=0.1))
run("ASGD t0", lambda p: nn.ASGD(p, learning_rate=0.05, lambd=0.01, alpha=0.5, t0=2.0))
run("Rprop", lambda p: nn.Rprop(p, learning_rate=0.1))
run("Rprop sizes", lambda p: nn.Rprop(p, learning_rate=0.2, etas=(0.4, 1.5), step_sizes=(0.01, 0.3)))
run("ProximalAdagrad l2", lambda p: nn.ProximalAdagrad(p, accum=0.5, learning_rate=0.2, l2=0.1))
run("FTRL", lambda p: nn.FTRL(p, learning_rate=0.1))
run("FTRL l1", lambda p: nn.FTRL(p, learning_rate=0.1, l1=0.05, l2=0.01, lr_power=-0.5))

ms.set_seed(3)
net = nn.Dense(3, 2)
loss_fn = nn.MSELoss()
opt = nn.Adadelta(net.trainable_params(), learning_rate=1.0, weight_decay=0.01)
x = Tensor(np.array([[1., 2., 3.], [0.5, -1., 2.]], np.float32))
y = Tensor(np.array([[1., 0.], [0., 1.]], np.float32))
grad_fn = ms.value_and_grad(lambda a, b: loss_fn(net(a), b), None, opt.parameters)
for step in range(3):
    loss, grads = grad_fn(x, y)
    opt(grads)
    print(step, loss)
print(net.weight.value())

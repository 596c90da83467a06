import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter

np.random.seed(1)
X = Tensor(np.random.randn(2, 3).astype(np.float32))
Y = Tensor(np.random.randn(2, 3).astype(np.float32))
for make in [lambda ps: nn.Adagrad(ps, learning_rate=0.1),
             lambda ps: nn.Adagrad(ps, accum=0.5, learning_rate=0.05, weight_decay=0.01),
             lambda ps: nn.RMSProp(ps, learning_rate=0.01),
             lambda ps: nn.RMSProp(ps, learning_rate=0.01, momentum=0.9, centered=True)]:
    w = Parameter(Tensor(np.array([[0.5, -0.25, 1.0], [0.75, 0.5, -1.5]], np.float32)), name='w')
    opt = make([w])
    print(type(opt).__name__)

    def loss_fn(x, y):
        d = x * w - y
        return (d * d).mean()

    grad_fn = mindspore.value_and_grad(loss_fn, None, opt.parameters)
    for step in range(4):
        loss, grads = grad_fn(X, Y)
        opt(grads)
        print(step, w.value())

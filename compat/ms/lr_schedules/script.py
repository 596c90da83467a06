import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter

print(nn.piecewise_constant_lr([2, 5], [0.1, 0.05]))
print(nn.exponential_decay_lr(0.1, 0.9, 6, 2, 2))
print(nn.exponential_decay_lr(0.1, 0.9, 6, 2, 2, is_stair=True))
print(nn.cosine_decay_lr(0.01, 0.1, 6, 2, 2))
print(nn.natural_exp_decay_lr(0.1, 0.9, 6, 2, 2))
print(nn.polynomial_decay_lr(0.1, 0.01, 6, 2, 2, 0.5))
print(nn.warmup_lr(0.1, 6, 2, 2))
print(nn.inverse_decay_lr(0.1, 0.5, 6, 2, 2))
step = Tensor(2, mindspore.int32)
for sched in [nn.ExponentialDecayLR(0.1, 0.9, 4), nn.ExponentialDecayLR(0.1, 0.9, 4, True),
              nn.CosineDecayLR(0.01, 0.1, 4), nn.PolynomialDecayLR(0.1, 0.01, 4, 0.5), nn.WarmUpLR(0.1, 4),
              nn.InverseDecayLR(0.1, 0.9, 4), nn.NaturalExpDecayLR(0.1, 0.9, 4, True)]:
    print(type(sched).__name__, sched(step), sched(Tensor(5, mindspore.int32)))

w = Parameter(Tensor(np.array([1.0, -2.0], np.float32)), name='w')
x = Tensor(np.array([0.5, 1.5], np.float32))
opt = nn.SGD([w], learning_rate=nn.piecewise_constant_lr([1, 3, 10], [0.1, 0.01, 0.001]))
grad_fn = mindspore.value_and_grad(lambda: (w * x).sum() ** 2, None, opt.parameters)
for i in range(4):
    loss, grads = grad_fn()
    opt(grads)
    print(i, loss, w.value(), opt.get_lr())
opt = nn.SGD([w], learning_rate=nn.ExponentialDecayLR(0.1, 0.5, 1))
grad_fn = mindspore.value_and_grad(lambda: (w * x).sum() ** 2, None, opt.parameters)
for i in range(3):
    loss, grads = grad_fn()
    opt(grads)
    print(i, loss, w.value())
print(nn.Momentum([w], learning_rate=0.01, momentum=0.9).get_lr())

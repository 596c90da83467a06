import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import Constant

ms.set_seed(11)
np.random.seed(11)

_sum_op = ops.MultitypeFuncGraph("grad_sum_op")
_clear_op = ops.MultitypeFuncGraph("clear_op")


@_sum_op.register("Tensor", "Tensor")
def _cumulative_grad(grad_sum, grad):
    """Apply grad sum to cumulative gradient."""
    add = ops.AssignAdd()
    return add(grad_sum, grad)


@_clear_op.register("Tensor", "Tensor")
def _clear_grad_sum(grad_sum, zero):
    """Apply zero to clear grad_sum."""
    success = True
    success = ops.depend(success, ops.assign(grad_sum, zero))
    return success


class Accumulator():
    def __init__(self, optimizer, accumulate_step, clip_norm=1.0):
        self.optimizer = optimizer
        self.clip_norm = clip_norm
        self.inner_grads = optimizer.parameters.clone(prefix="accumulate_", init='zeros')
        self.zeros = optimizer.parameters.clone(prefix="zeros_", init='zeros')
        self.counter = Parameter(Tensor(1, ms.int32), 'counter_')
        assert accumulate_step > 0
        self.accumulate_step = accumulate_step
        self.map = ops.HyperMap()

    def __call__(self, grads):
        self.map(_sum_op, self.inner_grads, grads)
        if self.counter % self.accumulate_step == 0:
            self.optimizer(self.inner_grads)
            self.map(_clear_op, self.inner_grads, self.zeros)
            ops.assign(self.counter, Tensor(1, ms.int32))
        else:
            ops.assign_add(self.counter, Tensor(1, ms.int32))
        return True


net = nn.Dense(3, 2, weight_init=Constant(0.1), bias_init=Constant(0.0))
loss_fn = nn.MSELoss()
optimizer = nn.SGD(net.trainable_params(), 0.1)
accumulator = Accumulator(optimizer, 2)
print([p.name for p in accumulator.inner_grads], [p.name for p in accumulator.zeros])


def forward_fn(data, label):
    logits = net(data)
    loss = loss_fn(logits, label)
    return loss, logits


grad_fn = ms.value_and_grad(forward_fn, None, net.trainable_params(), has_aux=True)


def train_step(data, label):
    (loss, _), grads = grad_fn(data, label)
    accumulator(grads)
    return loss


xs = np.random.uniform(-1, 1, (6, 4, 3)).astype(np.float32)
ys = np.random.uniform(-1, 1, (6, 4, 2)).astype(np.float32)
for step in range(6):
    loss = train_step(Tensor(xs[step]), Tensor(ys[step]))
    print(step, loss, accumulator.counter.value(), net.weight.value()[0])
print(accumulator.inner_grads[0].value())

# HyperMap / partial / Map on plain tuples
add = ops.MultitypeFuncGraph("add")


@add.register("Number", "Number")
def add_scalar(x, y):
    return x + y


@add.register("Tensor", "Tensor")
def add_tensor(x, y):
    return ops.add(x, y)


hyper_map = ops.HyperMap()
print(hyper_map(add, (1, 2), (3, 4)))
print(hyper_map(add, (Tensor(1.0), Tensor(2.0)), (Tensor(3.0), Tensor(4.0))))
square = ops.MultitypeFuncGraph("square")


@square.register("Tensor")
def square_tensor(x):
    return ops.square(x)


print(ops.HyperMap(square)((Tensor(2.0), Tensor(3.0))))
mul_by = ops.partial(ops.mul, Tensor(2.0))
print(mul_by(Tensor(5.0)), ops.Map()(mul_by, (Tensor(1.0), Tensor(2.0))))

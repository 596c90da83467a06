# Primitive-style calls as MindSpore's CPU operator tests write them (P.* classes with attributes),
# optimizer primitives updating Parameters, ops.Print, dynamic-shape input placeholders, context checks.
import numpy as np
import mindspore as ms
import mindspore.context as context
from mindspore import nn, ops, Tensor, Parameter
from mindspore.ops import operations as P

context.set_context(mode=context.PYNATIVE_MODE, device_target="CPU")
x = Tensor(np.array([[1.5, -2.2, 0.0], [np.nan, 3.7, -0.4]], np.float32))
y = Tensor(np.array([[0.0, 2.0, 1.0], [1.0, 0.0, -2.0]], np.float32))
b = Tensor(np.array([[True, False, True], [True, True, True]]))
print(P.Ceil()(x))
print(P.Elu()(y), P.PReLU()(y, Tensor(np.array([0.25], np.float32))))
print(P.ReduceAll()(b), P.ReduceAll(keep_dims=True)(b, 1), P.ReduceAny()(b, (0,)))
print(P.MulNoNan()(x, y), P.NanToNum(nan=1.0)(x))
print(P.LinSpace()(Tensor(1, ms.float32), Tensor(10, ms.float32), 5))
print(P.TensorScatterAdd()(y, Tensor(np.array([[0, 0], [1, 1]]), ms.int32), Tensor(np.array([1., 2.], np.float32))))
print(P.BinaryCrossEntropy()(Tensor(np.array([0.1, 0.7], np.float32)), Tensor(np.array([0., 1.], np.float32)),
                             Tensor(np.array([1., 2.], np.float32))))
print(P.ReverseSequence(seq_dim=1)(Tensor(np.arange(9).reshape(3, 3).astype(np.float32)), Tensor(np.array([1, 2, 3]))))
print(P.Dense()(Tensor(np.ones((2, 3), np.float32)), Tensor(np.arange(12).reshape(4, 3).astype(np.float32)),
                Tensor(np.ones(4, np.float32))))
print(ops.matmul(Tensor(np.array([1.0, 2.0], np.float32)), Tensor(np.array([3.0, 4.0], np.float32))))

var = Parameter(Tensor(np.array([1., 2.], np.float32)), name="var")
accum = Parameter(Tensor(np.array([0.1, 0.2], np.float32)), name="accum")
print(P.ApplyMomentum()(var, accum, Tensor(0.1, ms.float32), Tensor(np.array([1., -1.], np.float32)),
                        Tensor(0.9, ms.float32)), var.asnumpy(), accum.asnumpy())
print(P.ApplyGradientDescent()(var, Tensor(0.5, ms.float32), Tensor(np.array([1., 1.], np.float32))))
m = Parameter(Tensor(np.array([0.1, 0.2], np.float32)), name="m")
v = Parameter(Tensor(np.array([0.3, 0.1], np.float32)), name="v")
out = P.Adam()(var, m, v, 0.9, 0.999, 0.01, 0.9, 0.999, 1e-8, Tensor(np.array([0.5, -0.5], np.float32)))
print(var.asnumpy(), m.asnumpy(), v.asnumpy())

relu = P.ReLU()
print(relu, relu.add_prim_attr("tag", 1))
ops.Print()("x:", x[0], 3, (1, 2))
ops.print_("done")

dyn = Tensor(shape=[None, 3], dtype=ms.float32)
print(repr(dyn), dyn.shape)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.floor_div = P.FloorDiv()

    def construct(self, a, c):
        return self.floor_div(a, c)


net = Net()
net.set_inputs(dyn, Tensor(shape=[2, None], dtype=ms.float32))
print(net(Tensor(np.full((2, 3), 7.0), ms.float32), Tensor(np.full((2, 3), 2.0), ms.float32)))
for kw in (dict(mode=5), dict(no_such_key=1)):
    try:
        ms.set_context(**kw)
    except ValueError as e:
        print("ValueError:", e)
print(ms.get_context("mode"), ms.get_context("device_target"))
xi = Tensor(np.array([[1, 2, 3], [4, 5, 7]], np.int32))
print(P.ReduceSum()(xi, 1), P.ReduceProd()(xi, 1), P.ReduceSum(keep_dims=True)(b, 1), ops.sum(xi, 1).dtype)
print(P.ReduceMean()(xi, 1), ops.mean(xi), xi.mean(0))
print(P.Argmin(output_type=ms.int64)(x[0]).dtype, P.Argmax()(x[0]).dtype, [ms.bool_, ms.float32])

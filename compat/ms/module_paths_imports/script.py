# The deeper module paths MindSpore's tests and older scripts import from.
import numpy as np
from mindspore import Tensor
from mindspore.nn.wrap.cell_wrapper import WithLossCell, TrainOneStepCell
from mindspore.nn.wrap.loss_scale import TrainOneStepWithLossScaleCell
from mindspore.nn.optim.momentum import Momentum
from mindspore.nn.layer.basic import Dense
from mindspore.nn.layer.activation import ReLU
from mindspore.nn.loss.loss import MSELoss
from mindspore.ops.operations import nn_ops, array_ops, math_ops
from mindspore.ops.primitive import Primitive, PrimitiveWithInfer, prim_attr_register, constexpr
from mindspore.ops.composite.base import GradOperation
from mindspore.common.parameter import Parameter, ParameterTuple
from mindspore.common.tensor import Tensor as T2
from mindspore.train.serialization import save_checkpoint, load_checkpoint, load_param_into_net
from mindspore.train.loss_scale_manager import FixedLossScaleManager, DynamicLossScaleManager


@constexpr
def twice(n):
    return 2 * n


net = Dense(2, 1, weight_init="ones", bias_init="zeros")
train = TrainOneStepCell(WithLossCell(net, MSELoss()), Momentum(net.trainable_params(), 0.1, 0.9))
x = Tensor(np.array([[1.0, 2.0]], np.float32))
y = Tensor(np.array([[1.0]], np.float32))
for _ in range(3):
    print(train(x, y))
print(nn_ops.ReLU()(Tensor([-1.0, 2.0])), array_ops.Shape()(x), math_ops.Square()(y), twice(3))
print(ReLU()(Tensor([-3.0])), T2 is Tensor, GradOperation(get_all=True)(net)(x))
print(FixedLossScaleManager(128.0).get_loss_scale(), DynamicLossScaleManager().get_loss_scale())

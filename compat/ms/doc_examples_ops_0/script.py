"""Docstring "Examples" of the MindSpore 2.10 API (ops), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- ops.AddN
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.AddN")
import mindspore
import numpy as np
from mindspore import Tensor, nn, ops
class NetAddN(nn.Cell):
    def __init__(self):
        super(NetAddN, self).__init__()
        self.addN = ops.AddN()

    def construct(self, *z):
        return self.addN(z)

net = NetAddN()
x = Tensor(np.array([1, 2, 3]), mindspore.float32)
y = Tensor(np.array([4, 5, 6]), mindspore.float32)
output = net(x, y, x, y)
print(output)
# ---- ops.Addcdiv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Addcdiv")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_data = Tensor(np.array([1, 1, 1, 1]), mindspore.float32)
x1 = Tensor(np.array([1, 2, 3, 4]), mindspore.float32)
x2 = Tensor(np.array([4, 3, 2, 1]), mindspore.float32)
value = Tensor([1], mindspore.float32)
addcdiv = ops.Addcdiv()
y = addcdiv(input_data, x1, x2, value)
print(y)
# ---- ops.Addcmul
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Addcmul")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_data = Tensor(np.array([1, 1, 1]), mindspore.float32)
x1 = Tensor(np.array([[1], [2], [3]]), mindspore.float32)
x2 = Tensor(np.array([[1, 2, 3]]), mindspore.float32)
value = Tensor([1], mindspore.float32)
addcmul = ops.Addcmul()
y = addcmul(input_data, x1, x2, value)
print(y)
# ---- ops.ArgMaxWithValue
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ArgMaxWithValue")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([0.0, 0.4, 0.6, 0.7, 0.1]), mindspore.float32)
index, output = ops.ArgMaxWithValue()(input_x)
print(index, output)
index, output = ops.ArgMaxWithValue(keep_dims=True)(input_x)
print(index, output)
# ---- ops.ArgMinWithValue
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ArgMinWithValue")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([0.0, 0.4, 0.6, 0.7, 0.1]), mindspore.float32)
index, output = ops.ArgMinWithValue()(x)
print(index, output)
index, output = ops.ArgMinWithValue(keep_dims=True)(x)
print(index, output)
# ---- ops.Argmax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Argmax")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[1, 20, 5], [67, 8, 9], [130, 24, 15]]).astype(np.float32))
output = ops.Argmax(output_type=mindspore.int32)(input_x)
print(output)
# ---- ops.Argmin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Argmin")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([2.0, 3.1, 1.2]), mindspore.float32)
index = ops.Argmin()(input_x)
print(index)
# ---- ops.BatchMatMul
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.BatchMatMul")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.ones(shape=[2, 4, 1, 3]), mindspore.float32)
y = Tensor(np.ones(shape=[2, 4, 3, 4]), mindspore.float32)
batmatmul = ops.BatchMatMul()
output = batmatmul(x, y)
print(output.shape)
x = Tensor(np.ones(shape=[2, 4, 3, 1]), mindspore.float32)
y = Tensor(np.ones(shape=[2, 4, 3, 4]), mindspore.float32)
batmatmul = ops.BatchMatMul(transpose_a=True)
output = batmatmul(x, y)
print(output.shape)
# ---- ops.BatchNorm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.BatchNorm")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.ones([2, 2]), mindspore.float32)
scale = Tensor(np.ones([2]), mindspore.float32)
bias = Tensor(np.ones([2]), mindspore.float32)
mean = Tensor(np.ones([2]), mindspore.float32)
variance = Tensor(np.ones([2]), mindspore.float32)
batch_norm = ops.BatchNorm()
output = batch_norm(input_x, scale, bias, mean, variance)
print(output[0])
# ---- ops.BiasAdd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.BiasAdd")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.arange(6).reshape((2, 3)), mindspore.float32)
bias = Tensor(np.random.random(3).reshape((3,)), mindspore.float32)
bias_add = ops.BiasAdd()
output = bias_add(input_x, bias)
print(output.shape)
# ---- ops.Bincount
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Bincount")
import mindspore
import numpy as np
from mindspore import Tensor, ops
array = Tensor(np.array([1, 2, 2, 3, 3, 3, 4, 4, 4, 4]), mindspore.int32)
size = Tensor(5, mindspore.int32)
weights = Tensor(np.array([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), mindspore.float32)
bincount = ops.Bincount()
bins = bincount(array, size, weights)
print(bins)
# ---- ops.BitwiseAnd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.BitwiseAnd")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([0, 0, 1, -1, 1, 1, 1]), mindspore.int16)
y = Tensor(np.array([0, 1, 1, -1, -1, 2, 3]), mindspore.int16)
bitwise_and = ops.BitwiseAnd()
output = bitwise_and(x, y)
print(output)
# ---- ops.BitwiseOr
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.BitwiseOr")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([0, 0, 1, -1, 1, 1, 1]), mindspore.int16)
y = Tensor(np.array([0, 1, 1, -1, -1, 2, 3]), mindspore.int16)
bitwise_or = ops.BitwiseOr()
output = bitwise_or(x, y)
print(output)
# ---- ops.BitwiseXor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.BitwiseXor")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([0, 0, 1, -1, 1, 1, 1]), mindspore.int16)
y = Tensor(np.array([0, 1, 1, -1, -1, 2, 3]), mindspore.int16)
bitwise_xor = ops.BitwiseXor()
output = bitwise_xor(x, y)
print(output)
# ---- ops.Cast
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Cast")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_np = np.random.randn(2, 3, 4, 5).astype(np.float32)
input = Tensor(input_np)
dtype = mindspore.int32
cast = ops.Cast()
output = cast(input, dtype)
print(output.dtype)
print(output.shape)
# ---- ops.Cholesky
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Cholesky")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[1.0, 1.0], [1.0, 2.0]]), mindspore.float32)
output = ops.Cholesky()(input_x)
print(output)
# ---- ops.Cross
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Cross")
import mindspore
import numpy as np
from mindspore import Tensor
from mindspore import dtype as mstype
from mindspore import ops
cross = ops.Cross(dim = 0)
x1 = Tensor([1, 2, 3], mstype.int8)
x2 = Tensor([1, 2, 3], mstype.int8)
output = cross(x1, x2)
print(output)
# ---- ops.CumProd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.CumProd")
import numpy as np
from mindspore import Tensor, ops
a, b, c, = 1, 2, 3
x = Tensor(np.array([a, b, c]).astype(np.float32))
op0 = ops.CumProd()
output0 = op0(x, 0) # output=[a, a * b, a * b * c]
op1 = ops.CumProd(exclusive=True)
output1 = op1(x, 0) # output=[1, a, a * b]
op2 = ops.CumProd(reverse=True)
output2 = op2(x, 0) # output=[a * b * c, b * c, c]
op3 = ops.CumProd(exclusive=True, reverse=True)
output3 = op3(x, 0) # output=[b * c, c, 1]
print(output0)
print(output1)
print(output2)
print(output3)
x = Tensor(np.array([[1, 2, 3], [4, 5, 6], [5, 3, 5]]).astype(np.float32))
output4 = op0(x, 0)
output5 = op0(x, 1)
print(output4)
print(output5)
# ---- ops.Cummin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Cummin")
from mindspore import Tensor, ops
import mindspore
a = Tensor([-0.2284, -0.6628,  0.0975,  0.2680, -1.3298, -0.4220], mindspore.float32)
axis = 0
output = ops.Cummin(axis)(a)
print(output[0])
print(output[1])
# ---- ops.DType
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.DType")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_tensor = Tensor(np.array([[2, 2], [2, 2]]), mindspore.float32)
output = ops.DType()(input_tensor)
print(output)
# ---- ops.DepthToSpace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.DepthToSpace")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.random.rand(1, 12, 1, 1), mindspore.float32)
block_size = 2
depth_to_space = ops.DepthToSpace(block_size)
output = depth_to_space(x)
print(output.shape)
# ---- ops.Digamma
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Digamma")
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1.5, 0.5, 9]).astype(np.float16))
digamma = ops.Digamma()
output = digamma(x)
print(output)
# ---- ops.DivNoNan
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.DivNoNan")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x1 = Tensor(np.array([-1.0, 0., 1.0, 5.0, 6.0]), mindspore.float32)
x2 = Tensor(np.array([0., 0., 0., 2.0, 3.0]), mindspore.float32)
div_no_nan = ops.DivNoNan()
output = div_no_nan(x1, x2)
print(output)
# ---- ops.Dropout
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Dropout")
import mindspore
import numpy as np
from mindspore import Tensor, ops
dropout = ops.Dropout(keep_prob=0.5)
x = Tensor(np.ones([1, 2, 3, 4, 5]), mindspore.float32)
output, mask = dropout(x)
print(output.shape, mask.shape, mask.dtype)
# ---- ops.Eps
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Eps")
import mindspore
from mindspore import Tensor, ops
x = Tensor([4, 1, 2, 3], mindspore.float32)
output = ops.Eps()(x)
print(output)
# ---- ops.Flatten
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Flatten")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.ones(shape=[1, 2, 3, 4]), mindspore.float32)
flatten = ops.Flatten()
output = flatten(input_x)
print(output.shape)
# ---- ops.Fmax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Fmax")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x1 = Tensor(np.array([1.0, 5.0, 3.0]), mindspore.float32)
x2 = Tensor(np.array([4.0, 2.0, 6.0]), mindspore.float32)
fmax = ops.Fmax()
output = fmax(x1, x2)
print(output)
# ---- ops.GeLU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.GeLU")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1.0, 2.0, 3.0]), mindspore.float32)
result = ops.GeLU()(x)
print(result)
# ---- ops.Ger
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Ger")
import mindspore
from mindspore import Tensor, ops
x1 = Tensor([1., 2., 3., 4.], mindspore.float32)
x2 = Tensor([1., 2., 3.], mindspore.float32)
ger = ops.Ger()
output = ger(x1, x2)
print(output)
# ---- ops.Heaviside
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Heaviside")
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([-1.5, 0., 2.]))
values = Tensor(np.array([0.5]))
heaviside = ops.Heaviside()
y = heaviside(x, values)
print(y)
# ---- ops.Hypot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Hypot")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x1 = Tensor(np.array([3., 5., 7.]))
x2 = Tensor(np.array([4., 12., 24.]))
hypot_ = ops.Hypot()
y = hypot_(x1, x2)
print(y)
x1 = Tensor(2.1, mindspore.float32)
x2 = Tensor(2.1, mindspore.float32)
hypot_ = ops.Hypot()
y = hypot_(x1, x2)
print(y)
# ---- ops.IndexAdd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.IndexAdd")
import mindspore
import numpy as np
from mindspore import Tensor, nn, ops, Parameter
class Net(nn.Cell):
    def __init__(self):
        super(Net, self).__init__()
        self.index_add = ops.IndexAdd(axis=1)
        self.x = Parameter(Tensor(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), mindspore.float32),
                name="name_x")
        self.indices = Tensor(np.array([0, 2]), mindspore.int32)

    def construct(self, y):
        return self.index_add(self.x, self.indices, y)

y = Tensor(np.array([[0.5, 1.0], [1.0, 1.5], [2.0, 2.5]]), mindspore.float32)
net = Net()
output = net(y)
print(output)
# ---- ops.IndexFill
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.IndexFill")
import mindspore
import numpy as np
from mindspore import Tensor, ops
index_fill = ops.IndexFill()
x = Tensor(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]).astype(np.float32))
index = Tensor([0, 2], mindspore.int32)
value = Tensor(-2.0, mindspore.float32)
y = index_fill(x, 1, index, value)
print(y)
# ---- ops.InplaceAdd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.InplaceAdd")
import numpy as np
import mindspore
from mindspore import Tensor, ops
indices = (0, 1)
x = Tensor(np.array([[1, 2], [3, 4], [5, 6]]), mindspore.float32)
input_v = Tensor(np.array([[0.5, 1.0], [1.0, 1.5]]), mindspore.float32)
inplaceAdd = ops.InplaceAdd(indices)
output = inplaceAdd(x, input_v)
print(output)
# ---- ops.InplaceSub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.InplaceSub")
import numpy as np
import mindspore
from mindspore import Tensor, ops
indices = (0, 1)
x = Tensor(np.array([[1, 2], [3, 4], [5, 6]]), mindspore.float32)
input_v = Tensor(np.array([[0.5, 1.0], [1.0, 1.5]]), mindspore.float32)
inplaceSub = ops.InplaceSub(indices)
output = inplaceSub(x, input_v)
print(output)
# ---- ops.Inv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Inv")
import mindspore
import numpy as np
from mindspore import Tensor, ops
inv = ops.Inv()
x = Tensor(np.array([0.25, 0.4, 0.31, 0.52]), mindspore.float32)
output = inv(x)
print(output)
# ---- ops.Invert
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Invert")
import mindspore
import numpy as np
from mindspore import Tensor, ops
invert = ops.Invert()
x = Tensor(np.array([25, 4, 13, 9]), mindspore.int16)
output = invert(x)
print(output)
# ---- ops.InvertPermutation
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.InvertPermutation")
from mindspore import ops
invert = ops.InvertPermutation()
input_data = (3, 4, 0, 2, 1)
output = invert(input_data)
print(output)
# ---- ops.IsClose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.IsClose")
import mindspore
import numpy as np
from mindspore import Tensor
from mindspore.ops import IsClose
input = Tensor(np.array([1.3, 2.1, 3.2, 4.1, 5.1]), mindspore.float16)
other = Tensor(np.array([1.3, 3.3, 2.3, 3.1, 5.1]), mindspore.float16)
isclose = IsClose()
output = isclose(input, other)
print(output)
# ---- ops.IsNan
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.IsNan")
import mindspore
import numpy as np
from mindspore import Tensor, ops
is_nan = ops.IsNan()
x = Tensor(np.array([np.log(-1), 1, np.log(0)]), mindspore.float32)
output = is_nan(x)
print(output)
x = Tensor(2.1, mindspore.float64)
output = is_nan(x)
print(output)
# ---- ops.L2Loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.L2Loss")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([1, 2, 3]), mindspore.float16)
l2_loss = ops.L2Loss()
output = l2_loss(input_x)
print(output)
# ---- ops.L2Normalize
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.L2Normalize")
import mindspore
import numpy as np
from mindspore import Tensor, ops
l2_normalize = ops.L2Normalize()
x = Tensor(np.random.randint(-256, 256, (2, 3, 4)), mindspore.float32)
output = l2_normalize(x)
print(output.shape)
# ---- ops.LayerNorm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.LayerNorm")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[1, 2, 3], [1, 2, 3]]), mindspore.float32)
gamma = Tensor(np.ones([3]), mindspore.float32)
beta = Tensor(np.ones([3]), mindspore.float32)
layer_norm = ops.LayerNorm()
output, _, _ = layer_norm(input_x, gamma, beta)
print(output)
# ---- ops.Lcm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Lcm")
import numpy as np
from mindspore import Tensor, ops
x1 = Tensor(np.array([7, 8, 9]))
x2 = Tensor(np.array([14, 6, 12]))
lcm_ = ops.Lcm()
y = lcm_(x1, x2)
print(y)
# ---- ops.LeftShift
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.LeftShift")
import numpy as np
from mindspore import Tensor, ops
left_shift = ops.LeftShift()
x1 = Tensor(np.array([1, 2, 3]).astype(np.int8))
x2 = Tensor(np.array([0, 1, -1]).astype(np.int8))
output = left_shift(x1, x2)
print(output)
# ---- ops.LogSpace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.LogSpace")
from mindspore import Tensor, ops
from mindspore import dtype as mstype
logspace = ops.LogSpace(steps = 10, base = 10, dtype=mstype.float32)
start = Tensor(1, mstype.float32)
end = Tensor(10, mstype.float32)
output = logspace(start, end)
print(output)
# ---- ops.LogicalAnd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.LogicalAnd")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([True, False, True]), mindspore.bool)
y = Tensor(np.array([True, True, False]), mindspore.bool)
logical_and = ops.LogicalAnd()
output = logical_and(x, y)
print(output)
x = Tensor(1, mindspore.bool)
y = Tensor(0, mindspore.bool)
output = ops.LogicalAnd()(x, y)
print(output)
x = True
y = Tensor(0, mindspore.bool)
output = ops.LogicalAnd()(x, y)
print(output)
x = True
y = Tensor(np.array([True, False]), mindspore.bool)
output = ops.LogicalAnd()(x, y)
print(output)
# ---- ops.LogicalNot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.LogicalNot")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([True, False, True]), mindspore.bool)
logical_not = ops.LogicalNot()
output = logical_not(x)
print(output)
# ---- ops.LogicalOr
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.LogicalOr")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([True, False, True]), mindspore.bool)
y = Tensor(np.array([True, True, False]), mindspore.bool)
logical_or = ops.LogicalOr()
output = logical_or(x, y)
print(output)
x = Tensor(1, mindspore.bool)
y = Tensor(0, mindspore.bool)
output = ops.LogicalOr()(x, y)
print(output)
x = True
y = Tensor(0, mindspore.bool)
output = ops.LogicalOr()(x, y)
print(output)
x = True
y = Tensor(np.array([True, False]), mindspore.bool)
output = ops.LogicalOr()(x, y)
print(output)
# ---- ops.LogicalXor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.LogicalXor")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([True, False, True]), mindspore.bool)
y = Tensor(np.array([True, True, False]), mindspore.bool)
logical_xor = ops.LogicalXor()
output = logical_xor(x, y)
print(output)
x = Tensor(1, mindspore.bool)
y = Tensor(0, mindspore.bool)
output = ops.LogicalXor()(x, y)
print(output)
x = True
y = Tensor(0, mindspore.bool)
output = ops.LogicalXor()(x, y)
print(output)
x = True
y = Tensor(np.array([True, False]), mindspore.bool)
output = ops.LogicalXor()(x, y)
print(output)
# ---- ops.Logit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Logit")
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([0.1, 0.2, 0.3]).astype(np.float32))
op = ops.Logit(eps=1e-5)
output = op(x)
print(output)
# ---- ops.LowerBound
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.LowerBound")
import mindspore
import numpy as np
from mindspore import Tensor
from mindspore import ops
lowerbound = ops.LowerBound(out_type = mindspore.int32)
sorted_x = Tensor(np.arange(12).reshape(3, 4).astype(np.int8))
values = Tensor(np.array([[3], [4], [8]]).astype(np.int8))
output = lowerbound(sorted_x, values)
print(output)
# ---- ops.MatMul
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.MatMul")
import mindspore
import numpy as np
from mindspore import Tensor, ops
a = Tensor(np.ones(shape=[1, 3]), mindspore.float32)
b = Tensor(np.ones(shape=[3, 4]), mindspore.float32)
matmul = ops.MatMul()
output = matmul(a, b)
print(output)
# ---- ops.MatrixBandPart
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.MatrixBandPart")
import numpy as np
from mindspore import Tensor, ops
matrix_band_part = ops.MatrixBandPart()
x = np.ones([2, 4, 4]).astype(np.float32)
output = matrix_band_part(Tensor(x), 2, 1)
print(output)
# ---- ops.MaxPool
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.MaxPool")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.arange(1 * 3 * 3 * 4).reshape((1, 3, 3, 4)), mindspore.float32)
maxpool_op = ops.MaxPool(pad_mode="VALID", kernel_size=2, strides=1)
output = maxpool_op(x)
print(output)
# ---- ops.Meshgrid
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Meshgrid")
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1, 2, 3, 4]).astype(np.int32))
y = Tensor(np.array([5, 6, 7]).astype(np.int32))
z = Tensor(np.array([8, 9, 0, 1, 2]).astype(np.int32))
inputs = (x, y, z)
meshgrid = ops.Meshgrid(indexing='xy')
output = meshgrid(inputs)
print(output)
# ---- ops.Mish
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Mish")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([[-1.0, 4.0, -8.0], [2.0, -5.0, 9.0]]), mindspore.float32)
mish = ops.Mish()
output = mish(x)
print(output.shape)
x = Tensor(2.1, mindspore.float32)
output = mish(x)
print(output)
# ---- ops.Mod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Mod")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([-4.0, 5.0, 6.0]), mindspore.float32)
y = Tensor(np.array([3.0, 2.0, 3.0]), mindspore.float32)
mod = ops.Mod()
output = mod(x, y)
print(output)
# ---- ops.MultiMarginLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.MultiMarginLoss")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.ones(shape=[3, 3]), mindspore.float32)
target = Tensor(np.array([1, 2, 1]), mindspore.int64)
weight = Tensor(np.array([1, 1, 1]), mindspore.float32)
loss = ops.MultiMarginLoss()
output = loss(x, target, weight)
print(output)
# ---- ops.NonZero
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.NonZero")
import mindspore
input = mindspore.tensor([1, 0, 2, 0, 3], mindspore.int32)
output = mindspore.ops.NonZero()(input)
print(output)

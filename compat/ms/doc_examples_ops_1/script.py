"""Docstring "Examples" of the MindSpore 2.10 API (ops), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- ops.OneHot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.OneHot")
import mindspore
import numpy as np
from mindspore import Tensor, ops
indices = Tensor(np.array([0, 1, 2]), mindspore.int32)
depth, on_value, off_value = 3, Tensor(1.0, mindspore.float32), Tensor(0.0, mindspore.float32)
onehot = ops.OneHot()
output = onehot(indices, depth, on_value, off_value)
print(output)
# ---- ops.OnesLike
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.OnesLike")
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[0, 1], [2, 1]]).astype(np.int32))
output = ops.OnesLike()(input_x)
print(output)
# ---- ops.Pad
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Pad")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]]), mindspore.float32)
pad_op = ops.Pad(((1, 2), (2, 1)))
output = pad_op(input_x)
print(output)
# ---- ops.Partial
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Partial")
from mindspore import Tensor
from mindspore import ops
def show_input(x, y, z):
    return x, y, z
partial = ops.Partial()
partial_show_input = partial(show_input, Tensor(1))
output1 = partial_show_input(Tensor(2), Tensor(3))
print(output1)
output2 = partial_show_input(Tensor(3), Tensor(4))
print(output2)
# ---- ops.Pdist
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Pdist")
from mindspore import Tensor, ops
import numpy as np
x = Tensor(np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]).astype(np.float32))
op = ops.Pdist(p=2.0)
y = op(x)
print(y)
# ---- ops.PopulationCount
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.PopulationCount")
import mindspore
from mindspore import Tensor, ops
input_x = Tensor([0, 1, 3], mindspore.int16)
output = ops.PopulationCount()(input_x)
print(output)
# ---- ops.Rank
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Rank")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_tensor = Tensor(np.array([[2, 2], [2, 2]]), mindspore.float32)
rank = ops.Rank()
output = rank(input_tensor)
print(output)
print(type(output))
# ---- ops.RealDiv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.RealDiv")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1.0, 2.0, 3.0]), mindspore.float32)
y = Tensor(np.array([4.0, 5.0, 6.0]), mindspore.float32)
realdiv = ops.RealDiv()
output = realdiv(x, y)
print(output)
# ---- ops.Reciprocal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Reciprocal")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1.0, 2.0, 4.0]), mindspore.float32)
reciprocal = ops.Reciprocal()
output = reciprocal(x)
print(output)
# ---- ops.Renorm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Renorm")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([[1, 1, 1], [2, 2, 2], [3, 3, 3]]), mindspore.float32)
y = ops.Renorm(p=1, dim=0, maxnorm=5.)(x)
print(y)
# ---- ops.RightShift
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.RightShift")
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([1, 2, 3]).astype(np.uint8))
input_y = Tensor(np.array([1, 1, 1]).astype(np.uint8))
output = ops.RightShift()(input_x, input_y)
print(output)
# ---- ops.Rint
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Rint")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([-1.6, -0.1, 1.5, 2.0]), mindspore.float32)
op = ops.Rint()
output = op(input_x)
print(output)
input_x = Tensor(np.array([[-2.0, -1.9, -1.8, -1.7, -1.6],
                           [-2.0, -1.9, -1.8, -1.7, -1.6]]), mindspore.float32)
output = op(input_x)
print(output)
# ---- ops.Round
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Round")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([0.8, 1.5, 2.3, 2.5, -4.5]), mindspore.float32)
round = ops.Round()
output = round(input)
print(output)
# ---- ops.ScalarToTensor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScalarToTensor")
import mindspore
from mindspore import ops
op = ops.ScalarToTensor()
data = 1
output = op(data, mindspore.float32)
print(output)
# ---- ops.ScatterMax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterMax")
import mindspore
import numpy as np
from mindspore import Tensor, ops, Parameter
input_x = Parameter(Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), mindspore.float32),
                    name="input_x")
indices = Tensor(np.array([[0, 0], [1, 1]]), mindspore.int32)
updates = Tensor(np.ones([2, 2, 3]) * 88, mindspore.float32)
scatter_max = ops.ScatterMax()
output = scatter_max(input_x, indices, updates)
print(output)
# ---- ops.ScatterMin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterMin")
import mindspore
import numpy as np
from mindspore import Tensor, ops, Parameter
input_x = Parameter(Tensor(np.array([[0.0, 1.0, 2.0], [0.0, 0.0, 0.0]]), mindspore.float32),
                    name="input_x")
indices = Tensor(np.array([[0, 0], [1, 1]]), mindspore.int32)
update = Tensor(np.ones([2, 2, 3]), mindspore.float32)
scatter_min = ops.ScatterMin()
output = scatter_min(input_x, indices, update)
print(output)
# ---- ops.ScatterNdAdd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterNdAdd")
import mindspore
import numpy as np
from mindspore import Tensor, ops, Parameter
input_x = Parameter(Tensor(np.array([1, 2, 3, 4, 5, 6, 7, 8]), mindspore.float32), name="x")
indices = Tensor(np.array([[2], [4], [1], [7]]), mindspore.int32)
updates = Tensor(np.array([6, 7, 8, 9]), mindspore.float32)
use_locking = False
scatter_nd_add = ops.ScatterNdAdd(use_locking)
output = scatter_nd_add(input_x, indices, updates)
print(output)
input_x = Parameter(Tensor(np.zeros((4, 4, 4)), mindspore.int32))
indices = Tensor(np.array([[0], [2]]), mindspore.int32)
updates = Tensor(np.array([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]]), mindspore.int32)
use_locking = False
scatter_nd_add = ops.ScatterNdAdd(use_locking)
output = scatter_nd_add(input_x, indices, updates)
print(output)
# ---- ops.ScatterNdDiv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterNdDiv")
import mindspore
import numpy as np
from mindspore import Tensor, ops, Parameter
input_x = Parameter(Tensor(np.array([1, 2, 3, 4, 5, 6, 7, 8]), mindspore.float32), name="x")
indices = Tensor(np.array([[2], [4], [1], [7]]), mindspore.int32)
updates = Tensor(np.array([6, 7, 8, 9]), mindspore.float32)
use_locking = False
scatter_nd_div = ops.ScatterNdDiv(use_locking)
output = scatter_nd_div(input_x, indices, updates)
print(output)
input_x = Parameter(Tensor(np.ones((4, 4, 4)), mindspore.float32))
indices = Tensor(np.array([[0], [2]]), mindspore.int32)
updates = Tensor(np.array([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]]), mindspore.float32)
use_locking = False
scatter_nd_div = ops.ScatterNdDiv(use_locking)
output = scatter_nd_div(input_x, indices, updates)
print(output)
# ---- ops.ScatterNdMax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterNdMax")
import mindspore
import numpy as np
from mindspore import Tensor, ops, Parameter
input_x = Parameter(Tensor(np.array([1, 2, 3, 4, 5, 6, 7, 8]), mindspore.float32), name="x")
indices = Tensor(np.array([[2], [4], [1], [7]]), mindspore.int32)
updates = Tensor(np.array([6, 7, 8, 9]), mindspore.float32)
scatter_nd_max = ops.ScatterNdMax()
output = scatter_nd_max(input_x, indices, updates)
print(output)
input_x = Parameter(Tensor(np.ones((4, 4, 4)), mindspore.int32))
indices = Tensor(np.array([[0], [2]]), mindspore.int32)
updates = Tensor(np.array([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]]), mindspore.int32)
scatter_nd_max = ops.ScatterNdMax()
output = scatter_nd_max(input_x, indices, updates)
print(output)
# ---- ops.ScatterNdMin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterNdMin")
import mindspore
import numpy as np
from mindspore import Tensor, ops, Parameter
input_x = Parameter(Tensor(np.ones(8) * 10, mindspore.float32), name="x")
indices = Tensor(np.array([[2], [4], [1], [7]]), mindspore.int32)
updates = Tensor(np.array([6, 7, 8, 9]), mindspore.float32)
use_locking = False
scatter_nd_min = ops.ScatterNdMin(use_locking)
output = scatter_nd_min(input_x, indices, updates)
print(output)
input_x = Parameter(Tensor(np.ones((4, 4, 4)) * 10, mindspore.int32))
indices = Tensor(np.array([[0], [2]]), mindspore.int32)
updates = Tensor(np.array([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]]), mindspore.int32)
use_locking = False
scatter_nd_min = ops.ScatterNdMin(use_locking)
output = scatter_nd_min(input_x, indices, updates)
print(output)
# ---- ops.ScatterNdMul
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterNdMul")
import mindspore
import numpy as np
from mindspore import Tensor, ops, Parameter
input_x = Parameter(Tensor(np.array([1, 2, 3, 4, 5, 6, 7, 8]), mindspore.float32), name="x")
indices = Tensor(np.array([[2], [4], [1], [7]]), mindspore.int32)
updates = Tensor(np.array([6, 7, 8, 9]), mindspore.float32)
scatter_nd_mul = ops.ScatterNdMul()
output = scatter_nd_mul(input_x, indices, updates)
print(output)
input_x = Parameter(Tensor(np.ones((4, 4, 4)), mindspore.int32))
indices = Tensor(np.array([[0], [2]]), mindspore.int32)
updates = Tensor(np.array([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]]), mindspore.int32)
scatter_nd_mul = ops.ScatterNdMul()
output = scatter_nd_mul(input_x, indices, updates)
print(output)
# ---- ops.ScatterNdSub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterNdSub")
import mindspore
import numpy as np
from mindspore import Tensor, ops, Parameter
input_x = Parameter(Tensor(np.array([1, 2, 3, 4, 5, 6, 7, 8]), mindspore.float32), name="x")
indices = Tensor(np.array([[2], [4], [1], [7]]), mindspore.int32)
updates = Tensor(np.array([6, 7, 8, 9]), mindspore.float32)
use_locking = False
scatter_nd_sub = ops.ScatterNdSub(use_locking)
output = scatter_nd_sub(input_x, indices, updates)
print(output)
input_x = Parameter(Tensor(np.zeros((4, 4, 4)), mindspore.int32))
indices = Tensor(np.array([[0], [2]]), mindspore.int32)
updates = Tensor(np.array([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]]), mindspore.int32)
use_locking = False
scatter_nd_sub = ops.ScatterNdSub(use_locking)
output = scatter_nd_sub(input_x, indices, updates)
print(output)
# ---- ops.ScatterNdUpdate
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterNdUpdate")
import mindspore
import numpy as np
from mindspore import Tensor, ops
np_x = np.array([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]])
input_x = mindspore.Parameter(Tensor(np_x, mindspore.float32), name="x")
indices = Tensor(np.array([[0, 0], [1, 1]]), mindspore.int32)
updates = Tensor(np.array([1.0, 2.2]), mindspore.float32)
op = ops.ScatterNdUpdate()
output = op(input_x, indices, updates)
print(output)
# ---- ops.ScatterUpdate
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ScatterUpdate")
import mindspore
import numpy as np
from mindspore import Tensor, ops
np_x = np.array([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]])
input_x = mindspore.Parameter(Tensor(np_x, mindspore.float32), name="x")
indices = Tensor(np.array([0, 1]), mindspore.int32)
np_updates = np.array([[2.0, 1.2, 1.0], [3.0, 1.2, 1.0]])
updates = Tensor(np_updates, mindspore.float32)
op = ops.ScatterUpdate()
output = op(input_x, indices, updates)
print(output)
# ---- ops.SeLU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.SeLU")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[-1.0, 4.0, -8.0], [2.0, -5.0, 9.0]]), mindspore.float32)
selu = ops.SeLU()
output = selu(input_x)
print(output)
# ---- ops.SearchSorted
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.SearchSorted")
import mindspore
sorted_sequence = mindspore.tensor([1, 2, 2, 3, 4, 5, 5], mindspore.float32)
values = mindspore.tensor([2], mindspore.float32)
_r = mindspore.ops.SearchSorted()(sorted_sequence, values)
if _r is not None:
    print(repr(_r))
# ---- ops.Shape
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Shape")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.ones(shape=[3, 2, 1]), mindspore.float32)
shape = ops.Shape()
output = shape(input_x)
print(output)
# ---- ops.Size
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Size")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[2, 2], [2, 2]]), mindspore.float32)
size = ops.Size()
output = size(input_x)
print(output)
# ---- ops.Slice
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Slice")
from mindspore import Tensor
from mindspore import ops
import numpy as np
data = Tensor(np.array([[[1, 1, 1], [2, 2, 2]],
                        [[3, 3, 3], [4, 4, 4]],
                        [[5, 5, 5], [6, 6, 6]]]).astype(np.int32))
slice_op = ops.Slice()
output = slice_op(data, (1, 0, 0), (1, 1, 3))
print(output)
output = slice_op(data, (1, 0, 0), (1, 1, 2))
print(output)
output = slice_op(data, (1, 0, 0), (1, 1, 1))
print(output)
output = slice_op(data, (1, 1, 0), (1, 1, 3))
print(output)
output = slice_op(data, (1, 0, 1), (1, 1, 2))
print(output)
# ---- ops.Softmax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Softmax")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([1, 2, 3, 4, 5]), mindspore.float32)
softmax = ops.Softmax()
output = softmax(input)
print(output)
# ---- ops.SoftmaxCrossEntropyWithLogits
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.SoftmaxCrossEntropyWithLogits")
import mindspore
from mindspore import Tensor, ops
logits = Tensor([[2, 4, 1, 4, 5], [2, 1, 2, 4, 3]], mindspore.float32)
labels = Tensor([[0, 0, 0, 0, 1], [0, 0, 0, 1, 0]], mindspore.float32)
softmax_cross = ops.SoftmaxCrossEntropyWithLogits()
loss, dlogits = softmax_cross(logits, labels)
print(loss)
print(dlogits)
# ---- ops.Softplus
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Softplus")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([1, 2, 3, 4, 5]), mindspore.float32)
softplus = ops.Softplus()
output = softplus(input_x)
print(output)
# ---- ops.Softsign
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Softsign")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([0, -1, 2, 30, -30]), mindspore.float32)
softsign = ops.Softsign()
output = softsign(input_x)
print(output)
# ---- ops.SpaceToDepth
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.SpaceToDepth")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.random.rand(1,3,2,2), mindspore.float32)
block_size = 2
space_to_depth = ops.SpaceToDepth(block_size)
output = space_to_depth(x)
print(output.shape)
# ---- ops.SparseSoftmaxCrossEntropyWithLogits
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.SparseSoftmaxCrossEntropyWithLogits")
import mindspore
from mindspore import Tensor, ops
logits = Tensor([[2, 3, 1, 4, 5], [2, 1, 2, 4, 3]], mindspore.float32)
labels = Tensor([0, 1], mindspore.int32)
sparse_softmax_cross = ops.SparseSoftmaxCrossEntropyWithLogits()
loss = sparse_softmax_cross(logits, labels)
print(loss)
sparse_softmax_cross_grad = ops.SparseSoftmaxCrossEntropyWithLogits(is_grad=True)
loss_grad = sparse_softmax_cross_grad(logits, labels)
print(loss_grad)
# ---- ops.Split
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Split")
import mindspore
import numpy as np
from mindspore import Tensor, ops
split = ops.Split(1, 2)
x = Tensor(np.array([[1, 1, 1, 1], [2, 2, 2, 2]]), mindspore.int32)
print(x)
output = split(x)
print(output)
split = ops.Split(1, 4)
output = split(x)
print(output)
# ---- ops.SquareSumAll
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.SquareSumAll")
import numpy as np
import mindspore
from mindspore import ops
from mindspore import Tensor
x = Tensor(np.array([0, 0, 2, 0]), mindspore.float32)
y = Tensor(np.array([0, 0, 2, 4]), mindspore.float32)
square_sum_all = ops.SquareSumAll()
output = square_sum_all(x, y)
print(output)
# ---- ops.SquaredDifference
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.SquaredDifference")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1.0, 2.0, 3.0]), mindspore.float32)
y = Tensor(np.array([2.0, 4.0, 6.0]), mindspore.float32)
squared_difference = ops.SquaredDifference()
output = squared_difference(x, y)
print(output)
# ---- ops.Squeeze
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Squeeze")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.ones(shape=[3, 2, 1]), mindspore.float32)
squeeze = ops.Squeeze(2)
output = squeeze(input)
print(output)
# ---- ops.Stack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Stack")
import mindspore
from mindspore import Tensor, ops
import numpy as np
data1 = Tensor(np.array([0, 1]).astype(np.float32))
data2 = Tensor(np.array([2, 3]).astype(np.float32))
stack = ops.Stack()
output = stack([data1, data2])
print(output)
# ---- ops.StandardNormal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.StandardNormal")
from mindspore import ops
shape = (3, 4)
stdnormal = ops.StandardNormal(seed=2)
output = stdnormal(shape)
print(output)
# ---- ops.Sub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Sub")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1, 2, 3]), mindspore.int32)
y = Tensor(np.array([4, 5, 6]), mindspore.int32)
sub = ops.Sub()
output = sub(x, y)
print(output)
# ---- ops.Tan
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Tan")
import mindspore
import numpy as np
from mindspore import Tensor, ops
tan = ops.Tan()
x = Tensor(np.array([-1.0, 0.0, 1.0]), mindspore.float32)
output = tan(x)
print(output)
# ---- ops.TensorScatterUpdate
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.TensorScatterUpdate")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]]), mindspore.float32)
indices = Tensor(np.array([[0, 0], [1, 1]]), mindspore.int32)
update = Tensor(np.array([1.0, 2.2]), mindspore.float32)
op = ops.TensorScatterUpdate()
output = op(input_x, indices, update)
print(output)
# ---- ops.TensorShape
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.TensorShape")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.ones(shape=[3, 2, 1]), mindspore.float32)
output = ops.TensorShape()(input_x)
print(output)
# ---- ops.Tile
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Tile")
import mindspore
import numpy as np
from mindspore import Tensor, ops
tile = ops.Tile()
input = Tensor(np.array([[1, 2], [3, 4]]), mindspore.float32)
dims = (2, 3)
output = tile(input, dims)
print(output)
dims = (2, 3, 2)
output = tile(input, dims)
print(output)
# ---- ops.TopK
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.TopK")
from mindspore import Tensor
from mindspore import ops
import mindspore
input_x = Tensor([1, 2, 3, 4, 5], mindspore.float16)
k = 3
values, indices = ops.TopK(sorted=True)(input_x, k)
print((values, indices))
# ---- ops.Tril
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Tril")
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([[ 1,  2,  3,  4],
                     [ 5,  6,  7,  8],
                     [10, 11, 12, 13],
                     [14, 15, 16, 17]]))
tril = ops.Tril()
result = tril(x)
print(result)
x = Tensor(np.array([[ 1,  2,  3,  4],
                     [ 5,  6,  7,  8],
                     [10, 11, 12, 13],
                     [14, 15, 16, 17]]))
tril = ops.Tril(diagonal=1)
result = tril(x)
print(result)
x = Tensor(np.array([[ 1,  2,  3,  4],
                     [ 5,  6,  7,  8],
                     [10, 11, 12, 13],
                     [14, 15, 16, 17]]))
tril = ops.Tril(diagonal=-1)
result = tril(x)
print(result)
# ---- ops.TrilIndices
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.TrilIndices")
from mindspore import ops
from mindspore import dtype as mstype
net = ops.TrilIndices(4, 3, -1, mstype.int64)
output = net()
print(output)
print(output.dtype)
# ---- ops.TriuIndices
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.TriuIndices")
from mindspore import ops
from mindspore import dtype as mstype
net = ops.TriuIndices(5, 4, 2, mstype.int64)
output = net()
print(output)
print(output.dtype)
# ---- ops.TruncateDiv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.TruncateDiv")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([2, 4, -1]), mindspore.int32)
y = Tensor(np.array([3, 3, 3]), mindspore.int32)
truncate_div = ops.TruncateDiv()
output = truncate_div(x, y)
print(output)
# ---- ops.TruncateMod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.TruncateMod")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([2, 4, -1]), mindspore.int32)
y = Tensor(np.array([3, 3, 3]), mindspore.int32)
truncate_mod = ops.TruncateMod()
output = truncate_mod(x, y)
print(output)
# ---- ops.TupleToArray
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.TupleToArray")
from mindspore import ops
input_x = (1,2,3)
print(type(input_x))
output = ops.TupleToArray()(input_x)
print(type(output))
print(output)
# ---- ops.UniformReal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.UniformReal")
from mindspore import ops
shape = (2, 2)
uniformreal = ops.UniformReal(seed=2)
output = uniformreal(shape)
result = output.shape
print(result)
# ---- ops.UniqueConsecutive
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.UniqueConsecutive")
import numpy as np
from mindspore import Tensor, ops
from mindspore import dtype as mstype
x = Tensor(np.array([1, 1, 2, 2, 3, 1, 1, 2]), mstype.int32)
unique_consecutive = ops.UniqueConsecutive(True, True, None)
output, idx, counts = unique_consecutive(x)
print(output)
print(idx)
print(counts)
# ---- ops.UnsortedSegmentMin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.UnsortedSegmentMin")
from mindspore import Tensor
from mindspore import ops
import numpy as np
input_x = Tensor(np.array([[1, 2, 3], [4, 5, 6], [4, 2, 1]]).astype(np.float32))
segment_ids = Tensor(np.array([0, 1, 1]).astype(np.int32))
num_segments = 2
unsorted_segment_min = ops.UnsortedSegmentMin()
output = unsorted_segment_min(input_x, segment_ids, num_segments)
print(output)
# ---- ops.UnsortedSegmentProd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.UnsortedSegmentProd")
from mindspore import Tensor
from mindspore import ops
import numpy as np
input_x = Tensor(np.array([[1, 2, 3], [4, 5, 6], [4, 2, 1]]).astype(np.float32))
segment_ids = Tensor(np.array([0, 1, 0]).astype(np.int32))
num_segments = 2
unsorted_segment_prod = ops.UnsortedSegmentProd()
output = unsorted_segment_prod(input_x, segment_ids, num_segments)
print(output)
# ---- ops.Unstack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Unstack")
import numpy as np
from mindspore import Tensor, ops
unstack = ops.Unstack()
input_x = Tensor(np.array([[1, 1, 1, 1], [2, 2, 2, 2]]))
output = unstack(input_x)
print(output)
# ---- ops.UpperBound
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.UpperBound")
import mindspore
import numpy as np
from mindspore import Tensor
from mindspore import ops
upperbound = ops.UpperBound(out_type = mindspore.int32)
sorted_x = Tensor(np.arange(12).reshape(3, 4).astype(np.int8))
values = Tensor(np.array([[3], [6], [9]]).astype(np.int8))
output = upperbound(sorted_x, values)
print(output)
# ---- ops.Xdivy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Xdivy")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([2, 4, -1]), mindspore.float32)
y = Tensor(np.array([2, 2, 2]), mindspore.float32)
xdivy = ops.Xdivy()
output = xdivy(x, y)
print(output)

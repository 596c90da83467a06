"""Docstring "Examples" of the MindSpore 2.10 API (ops), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- ops.cumprod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cumprod")
import mindspore
input = mindspore.tensor([[1, 2, 3],
                          [4, 5, 6]])
_r = mindspore.ops.cumprod(input, dim=0)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.cumprod(input, dim=1)
if _r is not None:
    print(repr(_r))
# ---- ops.cumsum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cumsum")
import mindspore
input = mindspore.tensor([[1, 2, 3],
                          [4, 5, 6]], mindspore.int32)
_r = mindspore.ops.cumsum(input, axis=0)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.cumsum(input, axis=1)
if _r is not None:
    print(repr(_r))
# ---- ops.deepcopy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.deepcopy")
import mindspore
input = mindspore.tensor([[0, 1], [2, 1]], dtype=mindspore.int32)
output = mindspore.ops.deepcopy(input)
print(output)
# ---- ops.deg2rad
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.deg2rad")
import mindspore
input = mindspore.tensor([[90.0, -90.0], [180.0, -180.0], [270.0, -270.0]])
output = mindspore.ops.deg2rad(input)
print(output)
# ---- ops.det
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.det")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([[[-4.5, -1.5], [7.0, 6.0]], [[2.5, 0.5], [3.0, 9.0]]]), mindspore.float32)
output = ops.det(input)
print(output)
# ---- ops.diag_embed
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.diag_embed")
import mindspore
input = mindspore.tensor([[1, 2, 3],
                          [4, 5, 6],
                          [7, 8, 9]])
_r = mindspore.ops.diag_embed(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.diag_embed(input, offset=1, dim1=0, dim2=1)
if _r is not None:
    print(repr(_r))
# ---- ops.diagflat
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.diagflat")
import mindspore
_r = mindspore.ops.diagflat(mindspore.tensor([1, 2, 3]))
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.diagflat(mindspore.tensor([1, 2, 3]), 1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.diagflat(mindspore.tensor([[1, 2], [3, 4]]))
if _r is not None:
    print(repr(_r))
# ---- ops.diagonal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.diagonal")
import mindspore
input = mindspore.tensor([[[1, 0, 0],
                           [0, 2, 0],
                           [0, 0, 3]],
                          [[4, 0, 0],
                           [0, 5, 0],
                           [0, 0, 6]],
                          [[7, 0, 0],
                           [0, 8, 0],
                           [0, 0, 9]]])
_r = mindspore.ops.diagonal(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.diagonal(input, offset=1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.diagonal(input, offset=0, dim1=2, dim2=1)
if _r is not None:
    print(repr(_r))
# ---- ops.diagonal_scatter
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.diagonal_scatter")
import mindspore
input = mindspore.ops.zeros((3, 3))
output = mindspore.ops.diagonal_scatter(input, mindspore.ops.ones(3), 0)
print(output)
output = mindspore.ops.diagonal_scatter(input, mindspore.ops.ones(2), 1)
print(output)
# ---- ops.dist
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dist")
from mindspore import Tensor, ops
input_x = Tensor([[[1.0, 1.0], [2.0, 2.0]]])
input_y = Tensor([[[3.0, 3.0], [3.0, 3.0]]])
out = ops.dist(input_x, input_y)
print(out.asnumpy())
# ---- ops.div
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.div")
import mindspore
input = mindspore.tensor([[-0.3711, -1.9353, -0.4605, -0.2917],
                          [ 0.1815, -1.0111,  0.9805, -1.5923],
                          [ 0.1062,  1.4581,  0.7759, -1.2344],
                          [-0.1830, -0.0313,  1.1908, -1.4757]])
other = mindspore.tensor([ 0.8032,  0.2930, -0.8113, -0.2308])
output = mindspore.ops.div(input, other)
print(output)
output = mindspore.ops.div(input, other, rounding_mode='floor')
print(output)
# ---- ops.dot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dot")
import mindspore
input = mindspore.ops.ones([2, 3])
other = mindspore.ops.ones([1, 3, 2])
output = mindspore.ops.dot(input, other)
print(output)
print(output.shape)
input = mindspore.ops.ones([1, 2, 3])
other = mindspore.ops.ones([1, 3, 2])
output = mindspore.ops.dot(input, other)
print(output)
print(output.shape)
input = mindspore.ops.ones([1, 2, 3])
other = mindspore.ops.ones([2, 3, 2])
output = mindspore.ops.dot(input, other)
print(output)
print(output.shape)
input = mindspore.ops.ones([3, 2, 3])
other = mindspore.ops.ones([2, 1, 3, 2])
output = mindspore.ops.dot(input, other)
print(output)
print(output.shape)
# ---- ops.dropout
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dropout")
import mindspore
from mindspore import Tensor, ops
input = Tensor(((20, 16), (50, 50)), mindspore.float32)
output = ops.dropout(input, p=0.5)
print(output.shape)
# ---- ops.dropout1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dropout1d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.random.randn(4, 3), mindspore.float32)
output = ops.dropout1d(input_x, 0.5)
print(output.shape)
# ---- ops.dropout2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dropout2d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.ones([2, 1, 2, 3]), mindspore.float32)
output = ops.dropout2d(input, 0.5)
print(output.shape)
# ---- ops.dropout3d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dropout3d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.ones([2, 1, 2, 1, 2]), mindspore.float32)
output = ops.dropout3d(input, 0.5)
print(output.shape)
# ---- ops.dsplit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dsplit")
import mindspore
input = mindspore.ops.arange(16.0).reshape(2, 2, 4)
print(input)
output = mindspore.ops.dsplit(input, 2)
print(output)
output = mindspore.ops.dsplit(input, [3, 6])
print(output)
# ---- ops.dstack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dstack")
import mindspore
x1 = mindspore.tensor(mindspore.ops.arange(1, 7).reshape(2, 3))
x2 = mindspore.tensor(mindspore.ops.arange(7, 13).reshape(2, 3))
out = mindspore.ops.dstack([x1, x2])
print(out.asnumpy())
# ---- ops.dtype
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dtype")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_tensor = Tensor(np.array([[2, 2], [2, 2]]), mindspore.float32)
output = ops.DType()(input_tensor)
print(output)
# ---- ops.elu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.elu")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([[-1.0, 4.0, -8.0], [2.0, -5.0, 9.0]]), mindspore.float32)
output = ops.elu(x)
print(output)
# ---- ops.eps
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.eps")
import mindspore
x = mindspore.tensor([4, 1, 2, 3], mindspore.float32)
_r = mindspore.ops.eps(x)
if _r is not None:
    print(repr(_r))
# ---- ops.exp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.exp")
import mindspore
input = mindspore.tensor([0.0, 1.0, 3.0], mindspore.float32)
output = mindspore.ops.exp(input)
print(output)
# ---- ops.exp2
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.exp2")
import mindspore
input = mindspore.tensor([0.0, 1.0, 3.0], mindspore.float32)
output = mindspore.ops.exp2(input)
print(output)
# ---- ops.expand_dims
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.expand_dims")
import mindspore
input_tensor = mindspore.tensor([[2, 2], [2, 2]], mindspore.float32)
output = mindspore.ops.expand_dims(input_tensor, 0)
print(output)
# ---- ops.expm1
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.expm1")
import mindspore
input = mindspore.tensor([0.0, 1.0, 3.0], mindspore.float32)
output = mindspore.ops.expm1(input)
print(output)
# ---- ops.fill
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.fill")
import mindspore
_r = mindspore.ops.fill(mindspore.float32, (2, 3),  1.2)
if _r is not None:
    print(repr(_r))
# ---- ops.flatten
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.flatten")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.ones(shape=[1, 2, 3, 4]), mindspore.float32)
output = ops.flatten(input_x)
print(output.shape)
# ---- ops.flip
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.flip")
import mindspore
input = mindspore.tensor(mindspore.ops.arange(1, 9).reshape((2, 2, 2)))
output = mindspore.ops.flip(input, (0, 2))
print(output)
# ---- ops.fliplr
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.fliplr")
import mindspore
input = mindspore.tensor(mindspore.ops.arange(1, 9).reshape((2, 2, 2)))
output = mindspore.ops.fliplr(input)
print(output)
# ---- ops.flipud
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.flipud")
import mindspore
input = mindspore.tensor(mindspore.ops.arange(1, 9).reshape((2, 2, 2)))
output = mindspore.ops.flipud(input)
print(output)
# ---- ops.floor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.floor")
import mindspore
input = mindspore.tensor([1.1, 2.5, -1.5])
output = mindspore.ops.floor(input)
print(output)
# ---- ops.fmax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.fmax")
import mindspore
x1 = mindspore.tensor([1.0, 5.0, 3.0], mindspore.float32)
x2 = mindspore.tensor([4.0, 2.0, 6.0], mindspore.float32)
output = mindspore.ops.fmax(x1, x2)
print(output)
# ---- ops.fold
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.fold")
import numpy as np
from mindspore import Tensor, ops
from mindspore import dtype as mstype
x = Tensor(input_data=np.random.rand(16, 64, 25), dtype=mstype.float32)
output_size = Tensor(input_data=[8, 8], dtype=mstype.int32)
output = ops.fold(x, output_size, [2, 2], [2, 2], [2, 2], [2, 2])
print(output.shape)
# ---- ops.frac
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.frac")
import mindspore
input = mindspore.tensor([2, 4.2, -2.5])
output = mindspore.ops.frac(input)
print(output)
# ---- ops.full
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.full")
import mindspore
_r = mindspore.ops.full((2, 3), 1.2)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.full((2, 3), 1.2, dtype=mindspore.float32)
if _r is not None:
    print(repr(_r))
# ---- ops.full_like
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.full_like")
import mindspore
input = mindspore.ops.arange(4)
_r = mindspore.ops.full_like(input, 1.2)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.full_like(input, 1.2, dtype=mindspore.float32)
if _r is not None:
    print(repr(_r))
# ---- ops.gather_d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.gather_d")
import mindspore
x = mindspore.tensor([[1, 2], [3, 4]], mindspore.int32)
index = mindspore.tensor([[0, 0], [1, 0]], mindspore.int32)
dim = 1
output = mindspore.ops.gather_d(x, dim, index)
print(output)
# ---- ops.gather_elements
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.gather_elements")
import mindspore
x = mindspore.tensor([[1, 2], [3, 4]], mindspore.int32)
index = mindspore.tensor([[0, 0], [1, 0]], mindspore.int32)
dim = 1
output = mindspore.ops.gather_elements(x, dim, index)
print(output)
# ---- ops.gather_nd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.gather_nd")
import mindspore
import numpy as np
input_x = mindspore.tensor([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]], mindspore.float32)
indices = mindspore.tensor([[0, 0], [1, 1]], mindspore.int32)
output = mindspore.ops.gather_nd(input_x, indices)
print(output)
# ---- ops.gaussian_nll_loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.gaussian_nll_loss")
import numpy as np
from mindspore import Tensor, ops
import mindspore.common.dtype as mstype
arr1 = np.arange(8).reshape((4, 2))
arr2 = np.array([2, 3, 1, 4, 6, 4, 4, 9]).reshape((4, 2))
x = Tensor(arr1, mstype.float32)
var = Tensor(np.ones((4, 1)), mstype.float32)
target = Tensor(arr2, mstype.float32)
output = ops.gaussian_nll_loss(x, target, var)
print(output)
# ---- ops.gcd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.gcd")
import mindspore
input = mindspore.tensor([7, 8, 9])
other = mindspore.tensor([14, 6, 12])
_r = mindspore.ops.gcd(input, other)
if _r is not None:
    print(repr(_r))
# ---- ops.gelu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.gelu")
import mindspore
from mindspore import Tensor, ops
x = Tensor([1.0, 2.0, 3.0], mindspore.float32)
result = ops.gelu(x, approximate='none')
print(result)
# ---- ops.ger
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ger")
import mindspore
input = mindspore.tensor([1., 2., 3., 4.])
vec2 = mindspore.tensor([1., 2., 3.])
output = mindspore.ops.ger(input, vec2)
print(output)
# ---- ops.glu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.glu")
from mindspore import Tensor, ops
input = Tensor([[0.1,0.2,0.3,0.4],[0.5,0.6,0.7,0.8]])
output = ops.glu(input)
print(output)
# ---- ops.hann_window
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.hann_window")
import mindspore
output = mindspore.ops.hann_window(5)
print(output)
output = mindspore.ops.hann_window(5, periodic=False)
print(output)
# ---- ops.hardshrink
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.hardshrink")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([[0.5, 1, 2.0], [0.0533, 0.0776, -2.1233]]), mindspore.float32)
output = ops.hardshrink(input)
print(output)
# ---- ops.hardsigmoid
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.hardsigmoid")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([-1, -2, 0, 2, 1]), mindspore.float16)
output = ops.hardsigmoid(input)
print(output)
# ---- ops.hardswish
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.hardswish")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([-1, -2, 0, 2, 1]), mindspore.float16)
output = ops.hardswish(input)
print(output)
# ---- ops.hardtanh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.hardtanh")
import mindspore
from mindspore import Tensor, ops
x = Tensor([-1, -2, 0, 2, 1], mindspore.float16)
output = ops.hardtanh(x, min_val=-1.0, max_val=1.0)
print(output)
# ---- ops.heaviside
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.heaviside")
import mindspore
input = mindspore.tensor([[-2., 0, 3],
                          [5, -1, 0],
                          [0, 7, -3]])
values = mindspore.tensor([2, 0.5, 1])
output = mindspore.ops.heaviside(input, values)
print(output)
output = mindspore.ops.heaviside(input, mindspore.tensor(0.5))
print(output)
output = mindspore.ops.heaviside(mindspore.tensor(-3.), values)
print(output)
# ---- ops.hinge_embedding_loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.hinge_embedding_loss")
import numpy as np
import mindspore.common.dtype as mstype
from mindspore import ops
from mindspore import Tensor
arr1 = np.array([0.9, -1.2, 2, 0.8, 3.9, 2, 1, 0, -1]).reshape((3, 3))
arr2 = np.array([1, 1, -1, 1, -1, 1, -1, 1, 1]).reshape((3, 3))
logits = Tensor(arr1, mstype.float32)
labels = Tensor(arr2, mstype.float32)
loss = ops.hinge_embedding_loss(logits, labels, margin=1.0, reduction='mean')
print(loss)
# ---- ops.histc
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.histc")
import mindspore
input = mindspore.tensor([1., 1, 2, 2, 2, 5, 8])
output = mindspore.ops.histc(input, bins=5, min=0, max=9)
print(output)
# ---- ops.hsplit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.hsplit")
import mindspore
input_x = mindspore.ops.arange(0, 6).reshape((2, 3))
output = mindspore.ops.hsplit(mindspore.tensor(input_x, mindspore.float32), 3)
print(output)
# ---- ops.hstack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.hstack")
import mindspore
x1 = mindspore.tensor([1, 1, 1])
x2 = mindspore.tensor([2, 2, 2])
output = mindspore.ops.hstack((x1, x2))
print(output)
# ---- ops.huber_loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.huber_loss")
import mindspore
from mindspore import Tensor, ops
x = Tensor([1, 2, 10, 2], mindspore.float32)
target = Tensor([1, 5, 1, 20], mindspore.float32)
output = ops.huber_loss(x, target, reduction="mean", delta=2)
print(output)
# ---- ops.hypot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.hypot")
import mindspore
input = mindspore.tensor([3., 5., 7.])
other = mindspore.tensor([4., 12., 24.])
output = mindspore.ops.hypot(input, other)
print(output)
# ---- ops.index_add
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.index_add")
import mindspore
x = mindspore.Parameter(mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], mindspore.float32),
                        name="name_x")
indices = mindspore.tensor([0, 2], mindspore.int32)
y = mindspore.tensor([[0.5, 1.0], [1.0, 1.5], [2.0, 2.5]], mindspore.float32)
output = mindspore.ops.index_add(x, indices, y, 1)
print(output)
# ---- ops.index_fill
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.index_fill")
import mindspore
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], mindspore.float32)
index = mindspore.tensor([0, 2], mindspore.int32)
value = mindspore.tensor(-2.0, mindspore.float32)
y = mindspore.ops.index_fill(x, 1, index, value)
print(y)
# ---- ops.index_select
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.index_select")
import mindspore
input = mindspore.tensor(mindspore.ops.arange(0, 16).reshape(2, 2, 4), mindspore.float32)
print(input)
index = mindspore.tensor([0,], mindspore.int32)
y = mindspore.ops.index_select(input, 1, index)
print(y)
# ---- ops.inplace_add
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.inplace_add")
import mindspore
indices = (0, 1)
x = mindspore.tensor([[1, 2], [3, 4], [5, 6]], mindspore.float32)
input_v = mindspore.tensor([[0.5, 1.0], [1.0, 1.5]], mindspore.float32)
output = mindspore.ops.inplace_add(x, input_v, indices)
print(output)

"""Docstring "Examples" of the MindSpore 2.10 API (ops), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- ops.Xlogy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.Xlogy")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([-5, 0, 4]), mindspore.float32)
other = Tensor(np.array([2, 2, 2]), mindspore.float32)
op = ops.Xlogy()
output = op(input, other)
print(output)
# ---- ops.ZerosLike
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ZerosLike")
import numpy as np
from mindspore import Tensor, ops
zeroslike = ops.ZerosLike()
input_x = Tensor(np.array([[0, 1], [2, 1]]).astype(np.float32))
output = zeroslike(input_x)
print(output)
# ---- ops.abs
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.abs")
import mindspore
output = mindspore.ops.abs(mindspore.tensor([-1.0, 1.0, 0.0]))
print(output)
# ---- ops.acos
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.acos")
import mindspore
output = mindspore.ops.acos(mindspore.tensor([0.74, 0.04, 0.30, 0.56]))
print(output)
# ---- ops.acosh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.acosh")
import mindspore
output = mindspore.ops.acosh(mindspore.tensor([1.0, 1.5, 3.0, 100.0]))
print(output)
# ---- ops.adaptive_avg_pool1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.adaptive_avg_pool1d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.random.randint(0, 10, [1, 3, 6]), mindspore.float32)
output = ops.adaptive_avg_pool1d(input, output_size=2)
print(output.shape)
# ---- ops.adaptive_max_pool1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.adaptive_max_pool1d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.random.randint(0, 10, [1, 3, 6]), mindspore.float16)
output = ops.adaptive_max_pool1d(input, output_size=2)
print(output.shape)
# ---- ops.addbmm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.addbmm")
import mindspore
m = mindspore.ops.ones((3, 3))
arr1 = mindspore.tensor([[8., 7., 6.], [5., 4., 3.], [2., 1., 0.]])
arr2 = mindspore.tensor([[5., 4., 3.], [2., 1., 0.], [8., 7., 6.]])
output = mindspore.ops.addbmm(m, arr1, arr2)
print(output)
# ---- ops.addcdiv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.addcdiv")
import mindspore
x = mindspore.tensor([1, 1, 1, 1], mindspore.float32)
x1 = mindspore.tensor([1, 2, 3, 4], mindspore.float32)
x2 = mindspore.tensor([4, 4, 2, 1], mindspore.float32)
y = mindspore.ops.addcdiv(x, x1, x2, 0.1)
print(y)
# ---- ops.addcmul
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.addcmul")
import mindspore
x = mindspore.tensor(([1, 1, 1]), mindspore.float32)
x1 = mindspore.tensor([[1], [2], [3]], mindspore.float32)
x2 = mindspore.tensor([[1, 2, 3]], mindspore.float32)
value = mindspore.tensor([1], mindspore.float32)
y = mindspore.ops.addcmul(x, x1, x2, value)
print(y)
# ---- ops.addmm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.addmm")
import mindspore
m = mindspore.ops.ones((3, 3))
arr1 = mindspore.tensor([[8., 7., 6.], [5., 4., 3.], [2., 1., 0.]])
arr2 = mindspore.tensor([[5., 4., 3.], [2., 1., 0.], [8., 7., 6.]])
output = mindspore.ops.addmm(m, arr1, arr2)
print(output)
# ---- ops.addmv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.addmv")
import mindspore
input = mindspore.tensor([2., 3.])
mat = mindspore.tensor([[2., 5., 3.], [4., 2., 2.]])
vec = mindspore.tensor([3., 2., 4.])
output = mindspore.ops.addmv(input, mat, vec)
print(output)
# ---- ops.addn
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.addn")
import mindspore
x = mindspore.tensor([1, 2, 3])
y = mindspore.tensor([4, 5, 6])
_r = mindspore.ops.addn([x, y, x, y])
if _r is not None:
    print(repr(_r))
# ---- ops.addr
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.addr")
import mindspore
x = mindspore.tensor([[2., 2.], [3., 2.], [3., 4.]])
vec1 = mindspore.tensor([2., 3., 2.])
vec2 = mindspore.tensor([3., 4.])
output = mindspore.ops.addr(x, vec1, vec2)
print(output)
# ---- ops.arange
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.arange")
import mindspore
_r = mindspore.ops.arange(4)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.arange(1, 6)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.arange(0, 2, 0.5)
if _r is not None:
    print(repr(_r))
# ---- ops.argwhere
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.argwhere")
import mindspore
x = mindspore.tensor([[[1,  0], [-5, 0]]], mindspore.int32)
output = mindspore.ops.argwhere(x)
print(output)
# ---- ops.asin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.asin")
import mindspore
output = mindspore.ops.asin(mindspore.tensor([0.74, 0.04, 0.30, 0.56]))
print(output)
# ---- ops.asinh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.asinh")
import mindspore
output = mindspore.ops.asinh(mindspore.tensor([-5.0, 1.5, 3.0, 100.0]))
print(output)
# ---- ops.assign
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.assign")
import mindspore
value = mindspore.tensor([2.0], mindspore.float32)
variable = mindspore.Parameter(mindspore.tensor([1.0], mindspore.float32), name="variable")
_r = mindspore.ops.assign(variable, value)
if _r is not None:
    print(repr(_r))
print(variable.asnumpy())
# ---- ops.assign_add
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.assign_add")
import mindspore
variable = mindspore.Parameter([1], name="global_step")
value = mindspore.tensor([100], dtype=mindspore.int32)
_r = mindspore.ops.assign_add(variable, value)
if _r is not None:
    print(repr(_r))
print(variable.asnumpy())
# ---- ops.assign_sub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.assign_sub")
import mindspore
variable = mindspore.Parameter([1], name="global_step")
value = mindspore.tensor([100], dtype=mindspore.int32)
_r = mindspore.ops.assign_sub(variable, value)
if _r is not None:
    print(repr(_r))
print(variable.asnumpy())
# ---- ops.atan
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.atan")
import mindspore
output = mindspore.ops.atan(mindspore.tensor([1.0, 0.0]))
print(output)
# ---- ops.atan2
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.atan2")
import mindspore
output = mindspore.ops.atan2(mindspore.tensor([0., 1.]), mindspore.tensor([1., 1.]))
print(output)
# ---- ops.atanh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.atanh")
import mindspore
output = mindspore.ops.atanh(mindspore.tensor([0, -0.5]))
print(output)
# ---- ops.avg_pool1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.avg_pool1d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.random.randint(0, 10, [1, 3, 6]), mindspore.float32)
output = ops.avg_pool1d(input_x, kernel_size=6, stride=1)
print(output.shape)
# ---- ops.avg_pool2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.avg_pool2d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.arange(1 * 3 * 3 * 4).reshape(1, 3, 3, 4), mindspore.float32)
output = ops.avg_pool2d(x, kernel_size=2, stride=1)
print(output)
# ---- ops.baddbmm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.baddbmm")
import mindspore
input = mindspore.ops.ones((3, 3))
batch1 = mindspore.tensor([[8., 7., 6.], [5., 4., 3.], [2., 1., 0.]])
batch2 = mindspore.tensor([[5., 4., 3.], [2., 1., 0.], [8., 7., 6.]])
output = mindspore.ops.baddbmm(input, batch1, batch2)
print(output)
# ---- ops.bartlett_window
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.bartlett_window")
import mindspore
window_length = mindspore.tensor(5)
output = mindspore.ops.bartlett_window(window_length)
print(output)
output = mindspore.ops.bartlett_window(window_length, periodic=False)
print(output)
# ---- ops.batch_norm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.batch_norm")
import mindspore
from mindspore import Tensor, ops
input_x = Tensor([[1.0, 2.0], [3.0, 4.0]], mindspore.float32)
running_mean = Tensor([0.5, 1.5], mindspore.float32)
running_var = Tensor([0.1, 0.2], mindspore.float32)
weight = Tensor([2.0, 2.0], mindspore.float32)
bias = Tensor([-1.0, -1.0], mindspore.float32)
output = ops.batch_norm(input_x, running_mean, running_var, weight, bias)
print(output)
# ---- ops.bias_add
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.bias_add")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.arange(6).reshape((2, 3)), mindspore.float32)
bias = Tensor(np.random.random(3).reshape((3)), mindspore.float32)
output = ops.bias_add(input_x, bias)
print(output.shape)
# ---- ops.binary_cross_entropy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.binary_cross_entropy")
import mindspore
import numpy as np
from mindspore import Tensor, ops
logits = Tensor(np.array([0.2, 0.7, 0.1]), mindspore.float32)
labels = Tensor(np.array([0., 1., 0.]), mindspore.float32)
weight = Tensor(np.array([1, 2, 2]), mindspore.float32)
output = ops.binary_cross_entropy(logits, labels, weight)
print(output)
# ---- ops.binary_cross_entropy_with_logits
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.binary_cross_entropy_with_logits")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([[-0.8, 1.2, 0.7], [-0.1, -0.4, 0.7]]), mindspore.float32)
target = Tensor(np.array([[0.3, 0.8, 1.2], [-0.6, 0.1, 2.2]]), mindspore.float32)
weight = Tensor(np.array([1.0, 1.0, 1.0]), mindspore.float32)
pos_weight = Tensor(np.array([1.0, 1.0, 1.0]), mindspore.float32)
output = ops.binary_cross_entropy_with_logits(input, target, weight, pos_weight)
print(output)
# ---- ops.bincount
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.bincount")
import mindspore
x = mindspore.tensor([2, 4, 1, 0, 0], dtype=mindspore.int64)
print(mindspore.ops.bincount(x, minlength=7))
weights = mindspore.tensor([0, 0.25, 0.5, 0.75, 1], dtype=mindspore.float32)
print(mindspore.ops.bincount(x, weights=weights))
# ---- ops.bitwise_left_shift
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.bitwise_left_shift")
import mindspore
input = mindspore.tensor([1, 2, 4, 8])
_r = mindspore.ops.bitwise_left_shift(input, 1)
if _r is not None:
    print(repr(_r))
# ---- ops.bitwise_right_shift
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.bitwise_right_shift")
import mindspore
input = mindspore.tensor([1, 2, 4, 8])
_r = mindspore.ops.bitwise_right_shift(input, 1)
if _r is not None:
    print(repr(_r))
# ---- ops.block_diag
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.block_diag")
import mindspore
x1 = mindspore.tensor([[4], [3], [2]], mindspore.int32)
x2 = mindspore.tensor([7, 6, 5], mindspore.int32)
x3 = mindspore.tensor(1, mindspore.int32)
x4 = mindspore.tensor([[5, 4, 3], [2, 1, 0]], mindspore.int32)
x5 = mindspore.tensor([[8, 7], [7, 8]], mindspore.int32)
out = mindspore.ops.block_diag(x1, x2, x3, x4, x5)
print(out.asnumpy())
# ---- ops.bmm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.bmm")
import mindspore
input_x = mindspore.ops.arange(24, dtype=mindspore.float32).reshape(2, 4, 1, 3)
mat2 = mindspore.ops.arange(72, dtype=mindspore.float32).reshape(2, 4, 3, 3)
out = mindspore.ops.bmm(input_x, mat2)
print(out)
# ---- ops.broadcast_to
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.broadcast_to")
import mindspore
shape = (2, 3)
x = mindspore.tensor([1, 2, 3], mindspore.float32)
output = mindspore.ops.broadcast_to(x, shape)
print(output)
shape = (-1, 2)
x = mindspore.tensor([[1], [2]], mindspore.float32)
output = mindspore.ops.broadcast_to(x, shape)
print(output)
# ---- ops.bucketize
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.bucketize")
import mindspore
input = mindspore.tensor([[3, 6, 9], [3, 6, 9]])
boundaries = [1., 3., 5., 7., 9.]
output = mindspore.ops.bucketize(input, boundaries, right=True)
_r = output
if _r is not None:
    print(repr(_r))
# ---- ops.cartesian_prod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cartesian_prod")
from mindspore import Tensor, ops
x1 = Tensor([1, 2])
x2 = Tensor([5])
out = ops.cartesian_prod(x1, x2)
print(out.asnumpy())
x1 = Tensor([1, 2, 3, 4])
x2 = Tensor([5, 6, 7])
x3 = Tensor([8, 9, 0, 1, 2])
out = ops.cartesian_prod(x1, x2, x3)
print(len(out))
# ---- ops.cast
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cast")
import mindspore
input = mindspore.tensor([1, 2, 3], mindspore.int32)
dtype = mindspore.float64
output = mindspore.ops.cast(input, dtype)
print(output.dtype)
print(output)
# ---- ops.cat
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cat")
import mindspore
input_x1 = mindspore.tensor([[0, 1], [2, 1]], mindspore.float32)
input_x2 = mindspore.tensor([[0, 1], [2, 1]], mindspore.float32)
output = mindspore.ops.cat((input_x1, input_x2))
print(output)
output = mindspore.ops.cat((input_x1, input_x2), 1)
print(output)
# ---- ops.cdist
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cdist")
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([[[1.0, 1.0], [2.0, 2.0]]]).astype(np.float32))
y = Tensor(np.array([[[3.0, 3.0], [3.0, 3.0]]]).astype(np.float32))
output = ops.cdist(x, y, 2.0)
print(output)
# ---- ops.ceil
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ceil")
import mindspore
input = mindspore.tensor(([1.1, 2.5, -1.5]))
output = mindspore.ops.ceil(input)
print(output)
# ---- ops.celu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.celu")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([-2.0, -1.0, 1.0, 2.0]), mindspore.float32)
output = ops.celu(x, alpha=1.0)
print(output)
# ---- ops.channel_shuffle
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.channel_shuffle")
import mindspore
x = mindspore.tensor(mindspore.ops.arange(0, 16, dtype=mindspore.int16).reshape(1, 4, 2, 2))
y = mindspore.ops.channel_shuffle(x, groups=2)
print(y)
# ---- ops.cholesky
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cholesky")
import mindspore
input_x = mindspore.tensor([[1.0, 1.0], [1.0, 2.0]])
output = mindspore.ops.cholesky(input_x, upper=False)
print(output)
# ---- ops.cholesky_solve
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cholesky_solve")
import mindspore
input1 = mindspore.tensor([[1., 0., 0.], [0., 1., 0.], [0., 0., 1.]])
input2 = mindspore.tensor([[2., 0., 0.], [4., 1., 0.], [-1., 1., 2.]])
out = mindspore.ops.cholesky_solve(input1, input2, upper=False)
print(out)
# ---- ops.chunk
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.chunk")
import mindspore
input = mindspore.ops.arange(0, 9, dtype=mindspore.float32)
output = mindspore.ops.chunk(input, 3)
print(output)
# ---- ops.clip_by_global_norm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.clip_by_global_norm")
import mindspore
x1 = mindspore.tensor([[2., 3.], [1., 2.]], dtype=mindspore.float32)
x2 = mindspore.tensor([[1., 4.], [3., 1.]], dtype=mindspore.float32)
input_x = (x1, x2)
out = mindspore.ops.clip_by_global_norm(input_x, 1.0)
print(out)
# ---- ops.clip_by_norm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.clip_by_norm")
from mindspore import Tensor, ops
x = Tensor([[0.8748, 0.1425, 0.0076], [0.7721, 0.4084, 0.0552], [4.6376, 0.2914, 2.1120]])
out = ops.clip_by_norm(x, max_norm=1)
print(out)
# ---- ops.column_stack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.column_stack")
import mindspore
x1 = mindspore.tensor([1, 1, 1])
x2 = mindspore.tensor([2, 2, 2])
output = mindspore.ops.column_stack((x1, x2))
print(output)
# ---- ops.conv1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.conv1d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.arange(64).reshape((4, 4, 4)), mindspore.float32)
weight = Tensor(np.arange(8).reshape((2, 2, 2)), mindspore.float32)
bias = Tensor([-0.12345, 2.7683], mindspore.float32)
output = ops.conv1d(x, weight, pad_mode='pad', padding=(1,), bias=bias, groups=2)
print(output.shape)
# ---- ops.conv2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.conv2d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.ones([10, 32, 32, 32]), mindspore.float32)
weight = Tensor(np.ones([32, 32, 3, 3]), mindspore.float32)
output = ops.conv2d(x, weight)
print(output.shape)
# ---- ops.cosh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cosh")
import mindspore
input = mindspore.tensor([0.74, 0.04, 0.30, 0.56])
output = mindspore.ops.cosh(input)
print(output)
# ---- ops.cosine_similarity
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cosine_similarity")
import mindspore
input = mindspore.tensor([[-0.0256, 0.0127, -0.2475, 0.2316, 0.8037],
                          [0.5809, -1.2712, -0.7038, -0.2558, 0.7494]])
other = mindspore.tensor([[-0.6115, -0.1965, -0.8484, 0.2389, 0.2409],
                          [1.8940, -2.1997, 0.1915, 0.0856, 0.7542]])
output = mindspore.ops.cosine_similarity(input, other)
print(output)
# ---- ops.cov
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cov")
import mindspore
input = mindspore.tensor([[0., 5., 7.],
                          [3., 5., 0.]])
output = mindspore.ops.cov(input)
print(output)
output = mindspore.ops.cov(input, correction=0)
print(output)
fw = mindspore.tensor([5, 2, 4], dtype=mindspore.int64)
aw = mindspore.tensor([0.4588, 0.9083, 0.7616], mindspore.float32)
output = mindspore.ops.cov(input, fweights=fw, aweights=aw)
print(output)
# ---- ops.cross
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cross")
import mindspore
input = mindspore.tensor([[1, 2, 3], [1, 2, 3], [1, 2, 3]])
other = mindspore.tensor([[4, 5, 6], [4, 5, 6], [4, 5, 6]])
_r = mindspore.ops.cross(input, other)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.cross(input, other, dim=1)
if _r is not None:
    print(repr(_r))
# ---- ops.cummax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cummax")
import mindspore
input = mindspore.tensor([[3, 4, 6, 10],
                          [1, 6, 7, 9],
                          [4, 3, 8, 7],
                          [1, 3, 7, 9]])
_r = mindspore.ops.cummax(input, axis=0)
if _r is not None:
    print(repr(_r))
# ---- ops.cummin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cummin")
from mindspore import Tensor, ops
import mindspore
a = Tensor([-0.2284, -0.6628,  0.0975,  0.2680, -1.3298, -0.4220], mindspore.float32)
output = ops.cummin(a, axis=0)
print(output[0])
print(output[1])

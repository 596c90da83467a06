"""Docstring "Examples" of the MindSpore 2.10 API (ops), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- ops.inplace_sub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.inplace_sub")
import mindspore
indices = (0, 1)
x = mindspore.tensor([[1, 2], [3, 4], [5, 6]], mindspore.float32)
input_v = mindspore.tensor([[0.5, 1.0], [1.0, 1.5]], mindspore.float32)
output = mindspore.ops.inplace_sub(x, input_v, indices)
print(output)
# ---- ops.inplace_update
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.inplace_update")
import mindspore
indices = (0, 1)
x = mindspore.tensor([[1, 2], [3, 4], [5, 6]], mindspore.float32)
v = mindspore.tensor([[0.5, 1.0], [1.0, 1.5]], mindspore.float32)
output = mindspore.ops.inplace_update(x, v, indices)
print(output)
# ---- ops.interpolate
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.interpolate")
import mindspore
from mindspore import Tensor, ops
input = Tensor([[[1, 2, 3], [4, 5, 6]]], mindspore.float32)
output = ops.interpolate(input, size=(6,), mode='nearest')
print(output)
# ---- ops.inv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.inv")
import mindspore
input = mindspore.tensor([0.25, 0.4, 0.31, 0.52])
output = mindspore.ops.inv(input)
print(output)
# ---- ops.inverse
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.inverse")
import mindspore
print(mindspore.ops.inverse(mindspore.tensor([[1., 2.], [3., 4.]])))
# ---- ops.invert
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.invert")
import mindspore
_r = mindspore.ops.invert(mindspore.tensor([25, 4, 13, 9], mindspore.int16))
if _r is not None:
    print(repr(_r))
# ---- ops.is_nonzero
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.is_nonzero")
import mindspore
x1 = mindspore.tensor([[[False]]])
x2 = mindspore.tensor([[3.5]])
out1 = mindspore.ops.is_nonzero(x1)
print(out1)
out2 = mindspore.ops.is_nonzero(x2)
print(out2)
# ---- ops.is_tensor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.is_tensor")
import mindspore
a = mindspore.tensor([1.9, 2.2, 3.1])
_r = mindspore.is_tensor(a)
if _r is not None:
    print(repr(_r))
# ---- ops.isfinite
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.isfinite")
import mindspore
input = mindspore.tensor([-1, 3, float("inf"), float("-inf"), float("nan")])
_r = mindspore.ops.isfinite(input)
if _r is not None:
    print(repr(_r))
# ---- ops.isinf
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.isinf")
import mindspore
input = mindspore.tensor([-1, 3, float("inf"), float("-inf"), float("nan")])
_r = mindspore.ops.isinf(input)
if _r is not None:
    print(repr(_r))
# ---- ops.isnan
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.isnan")
import mindspore
input = mindspore.tensor([-1, 3, float("inf"), float("-inf"), float("nan")])
_r = mindspore.ops.isnan(input)
if _r is not None:
    print(repr(_r))
# ---- ops.isneginf
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.isneginf")
import mindspore
input = mindspore.tensor([-1, 3, float("inf"), float("-inf"), float("nan")])
_r = mindspore.ops.isneginf(input)
if _r is not None:
    print(repr(_r))
# ---- ops.isposinf
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.isposinf")
import mindspore
input = mindspore.tensor([-1, 3, float("inf"), float("-inf"), float("nan")])
_r = mindspore.ops.isposinf(input)
if _r is not None:
    print(repr(_r))
# ---- ops.kl_div
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.kl_div")
import mindspore
import numpy as np
from mindspore import Tensor, ops
logits = Tensor(np.array([0.2, 0.7, 0.1]), mindspore.float32)
labels = Tensor(np.array([0., 1., 0.]), mindspore.float32)
output = mindspore.ops.kl_div(logits, labels, 'mean')
print(output)
# ---- ops.kron
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.kron")
import mindspore
input = mindspore.tensor([[0., 1., 2.], [3., 4., 5.]])
other = mindspore.tensor([[-1., -2., -3.], [-4., -6., -8.]])
output = mindspore.ops.kron(input, other)
print(output)
# ---- ops.l1_loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.l1_loss")
from mindspore import Tensor, ops
from mindspore import dtype as mstype
x = Tensor([[1, 2, 3], [4, 5, 6]], mstype.float32)
target = Tensor([[6, 5, 4], [3, 2, 1]], mstype.float32)
output = ops.l1_loss(x, target, reduction="mean")
print(output)
# ---- ops.lcm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.lcm")
import mindspore
_r = mindspore.ops.lcm(mindspore.tensor([7, 8, 9]), mindspore.tensor([14, 6, 12]))
if _r is not None:
    print(repr(_r))
# ---- ops.ldexp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ldexp")
import mindspore
x = mindspore.tensor([1.], mindspore.float32)
other = mindspore.tensor([1, 2, 3, 4], mindspore.int32)
out = mindspore.ops.ldexp(x, other)
print(out)
x = mindspore.tensor([[1.], [2]], mindspore.float32)
other = mindspore.tensor([[1.], [2]], mindspore.int32)
out = mindspore.ops.ldexp(x, other)
print(out)
# ---- ops.leaky_relu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.leaky_relu")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([[-1.0, 4.0, -8.0], [2.0, -5.0, 9.0]]), mindspore.float32)
print(ops.leaky_relu(x, alpha=0.2))
# ---- ops.lerp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.lerp")
import mindspore
start = mindspore.tensor([1., 2., 3., 4.], mindspore.float32)
end = mindspore.tensor([10., 10., 10., 10.], mindspore.float32)
output = mindspore.ops.lerp(start, end, 0.5)
print(output)
output = mindspore.ops.lerp(start, end, mindspore.tensor([0.5, 0.5, 0.5, 0.5], mindspore.float32))
print(output)
# ---- ops.lgamma
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.lgamma")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([0.5, 3.2, 8.5]), mindspore.float32)
output = ops.lgamma(x)
print(output)
x = Tensor(2.1, mindspore.float32)
output = ops.lgamma(x)
print(output)
# ---- ops.linspace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.linspace")
import mindspore
output = mindspore.ops.linspace(3, 10, 5)
print(output)
output = mindspore.ops.linspace(-10, 10, 5)
print(output)
output = mindspore.ops.linspace(-10, 10, 1)
print(output)
# ---- ops.log
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.log")
import mindspore
x = mindspore.tensor([1.0, 2.0, 4.0], mindspore.float32)
output = mindspore.ops.log(x)
print(output)
# ---- ops.log10
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.log10")
import mindspore
x = mindspore.tensor([2, 4, 10], mindspore.float16)
output = mindspore.ops.log10(x)
print(output)
# ---- ops.log1p
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.log1p")
import mindspore
x = mindspore.tensor([1.0, 2.0, 4.0], mindspore.float32)
output = mindspore.ops.log1p(x)
print(output)
# ---- ops.log2
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.log2")
import mindspore
x = mindspore.tensor([2, 4, 8], mindspore.float16)
output = mindspore.ops.log2(x)
print(output)
# ---- ops.logaddexp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.logaddexp")
import mindspore
x1 = mindspore.tensor([1, 2, 3], mindspore.float16)
x2 = mindspore.tensor(2, mindspore.float16)
output = mindspore.ops.logaddexp(x1, x2)
print(output)
# ---- ops.logical_and
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.logical_and")
import mindspore
x = mindspore.tensor([True, False, True], mindspore.bool)
y = mindspore.tensor([True, True, False], mindspore.bool)
output = mindspore.ops.logical_and(x, y)
print(output)
x = mindspore.tensor(1, mindspore.bool)
y = mindspore.tensor(0, mindspore.bool)
output = mindspore.ops.logical_and(x, y)
print(output)
x = True
y = mindspore.tensor(0, mindspore.bool)
output = mindspore.ops.logical_and(x, y)
print(output)
x = True
y = mindspore.tensor([True, False], mindspore.bool)
output = mindspore.ops.logical_and(x, y)
print(output)
# ---- ops.logical_not
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.logical_not")
import mindspore
x = mindspore.tensor([True, False, True], mindspore.bool)
output = mindspore.ops.logical_not(x)
print(output)
# ---- ops.logical_or
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.logical_or")
import mindspore
x = mindspore.tensor([True, False, True], mindspore.bool)
y = mindspore.tensor([True, True, False], mindspore.bool)
output = mindspore.ops.logical_or(x, y)
print(output)
x = mindspore.tensor(1, mindspore.bool)
y = mindspore.tensor(0, mindspore.bool)
output = mindspore.ops.logical_or(x, y)
print(output)
x = True
y = mindspore.tensor(0, mindspore.bool)
output = mindspore.ops.logical_or(x, y)
print(output)
x = True
y = mindspore.tensor([True, False], mindspore.bool)
output = mindspore.ops.logical_or(x, y)
print(output)
# ---- ops.logical_xor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.logical_xor")
import mindspore
x = mindspore.tensor([True, False, True], mindspore.bool)
y = mindspore.tensor([True, True, False], mindspore.bool)
output = mindspore.ops.logical_xor(x, y)
print(output)
x = mindspore.tensor(1, mindspore.bool)
y = mindspore.tensor(0, mindspore.bool)
output = mindspore.ops.logical_xor(x, y)
print(output)
x = True
y = mindspore.tensor(0, mindspore.bool)
output = mindspore.ops.logical_xor(x, y)
print(output)
x = True
y = mindspore.tensor([True, False], mindspore.bool)
output = mindspore.ops.logical_xor(x, y)
print(output)
# ---- ops.logit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.logit")
import mindspore
x = mindspore.tensor([0.1, 0.2, 0.3], mindspore.float32)
output = mindspore.ops.logit(x, eps=1e-5)
print(output)
# ---- ops.logsigmoid
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.logsigmoid")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1.0, 2.0, 3.0]), mindspore.float32)
output = ops.logsigmoid(x)
print(output)
# ---- ops.logspace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.logspace")
import mindspore
output = mindspore.ops.logspace(1., 10., steps = 10, base = 10)
print(output)
# ---- ops.lp_pool1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.lp_pool1d")
import mindspore as ms
from mindspore import ops
from mindspore import Tensor
import numpy as np
x = Tensor(np.arange(2 * 3 * 4).reshape((2, 3, 4)), dtype=ms.float32)
out = ops.lp_pool1d(x, norm_type=1, kernel_size=3, stride=1, ceil_mode=False)
print(out)
# ---- ops.lp_pool2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.lp_pool2d")
import mindspore as ms
from mindspore import ops
from mindspore import Tensor
import numpy as np
x = Tensor(np.arange(2 * 3 * 4 * 5).reshape((2, 3, 4, 5)), dtype=ms.float32)
out = ops.lp_pool2d(x, norm_type=1, kernel_size=3, stride=1, ceil_mode=False)
print(out)
# ---- ops.margin_ranking_loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.margin_ranking_loss")
import mindspore as ms
from mindspore import Tensor, ops
import numpy as np
input1 = Tensor(np.array([0.3864, -2.4093, -1.4076]), ms.float32)
input2 = Tensor(np.array([-0.6012, -1.6681, 1.2928]), ms.float32)
target = ops.Sign()(Tensor(np.array([-2, -2, 3]), ms.float32))
output = ops.margin_ranking_loss(input1, input2, target)
print(output)
# ---- ops.masked_fill
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.masked_fill")
import mindspore
input_x = mindspore.tensor([1., 2., 3., 4.], mindspore.float32)
mask = mindspore.tensor([True, True, False, True], mindspore.bool)
output = mindspore.ops.masked_fill(input_x, mask, 0.5)
print(output)
# ---- ops.masked_select
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.masked_select")
import mindspore
x = mindspore.tensor([1, 2, 3, 4], mindspore.int64)
mask = mindspore.tensor([1, 0, 1, 0], mindspore.bool)
output = mindspore.ops.masked_select(x, mask)
print(output)
# ---- ops.matrix_band_part
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.matrix_band_part")
import mindspore
x = mindspore.ops.ones([2, 4, 4])
output = mindspore.ops.matrix_band_part(x, 2, 1)
print(output)
# ---- ops.matrix_diag
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.matrix_diag")
import mindspore
x = mindspore.tensor([[8., 9., 0.],
                     [1., 2., 3.],
                     [0., 4., 5.]])
k = mindspore.tensor([-1, 1], mindspore.int32)
padding_value = mindspore.tensor(11.)
num_rows = mindspore.tensor(3, mindspore.int32)
num_cols = mindspore.tensor(3, mindspore.int32)
output = mindspore.ops.matrix_diag(x, k, num_rows, num_cols, padding_value, align='LEFT_RIGHT')
print(output)
print(output.shape)
# ---- ops.matrix_diag_part
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.matrix_diag_part")
import mindspore
x = mindspore.tensor([[1., 2., 3., 4.],
                      [5., 6., 7., 8.],
                      [9., 8., 7., 6.]])
k = mindspore.tensor([1, 3], mindspore.int32)
output = mindspore.ops.matrix_diag_part(x, k, mindspore.tensor(9.), align='RIGHT_LEFT')
print(output)
print(output.shape)
# ---- ops.matrix_power
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.matrix_power")
import mindspore as ms
from mindspore import Tensor, ops
input = Tensor([[[0, 1], [-1, 0]], [[1, 0], [0, -1]]], dtype=ms.float32)
y = ops.matrix_power(input, 2)
print(y)
# ---- ops.max_pool2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.max_pool2d")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.arange(20 * 16 * 50 * 32).reshape((20, 16, 50, 32)), mindspore.float32)
output_tensor, argmax = ops.max_pool2d(x, kernel_size=(3, 2), stride=(2, 1), return_indices=True)
print(output_tensor.shape)
print(argmax.shape)
# ---- ops.meshgrid
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.meshgrid")
import mindspore
x = mindspore.tensor([1, 2, 3, 4], mindspore.int32)
y = mindspore.tensor([5, 6, 7], mindspore.int32)
z = mindspore.tensor([8, 9, 0, 1, 2], mindspore.int32)
output = mindspore.ops.meshgrid(x, y, z, indexing='xy')
print(output)
# ---- ops.mm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.mm")
import mindspore
out = mindspore.ops.mm(mindspore.ops.ones((2, 3)), mindspore.ops.ones((3, 4)))
print(out.shape)
# ---- ops.moveaxis
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.moveaxis")
import mindspore
x = mindspore.ops.zeros((3, 4, 5))
output = mindspore.ops.moveaxis(x, 0, -1)
print(output.shape)
# ---- ops.mse_loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.mse_loss")
import mindspore
import numpy as np
from mindspore import Tensor, ops
logits = Tensor(np.array([1, 2, 3]), mindspore.float32)
labels = Tensor(np.array([[1, 1, 1], [1, 2, 2]]), mindspore.float32)
output = ops.mse_loss(logits, labels, reduction='none')
print(output)
# ---- ops.multi_margin_loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.multi_margin_loss")
import mindspore
import numpy as np
from mindspore import Tensor, ops
inputs = Tensor(np.ones(shape=[3, 3]), mindspore.float32)
target = Tensor(np.array([1, 2, 1]), mindspore.int64)
weight = Tensor(np.array([1, 1, 1]), mindspore.float32)
output = ops.multi_margin_loss(inputs, target, weight=weight)
print(output)
# ---- ops.mv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.mv")
import mindspore
output = mindspore.ops.mv(mindspore.tensor([[3., 4.], [1., 6.], [1., 3.]]), mindspore.tensor([1., 2.]))
print(output)
# ---- ops.nan_to_num
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.nan_to_num")
import mindspore
input = mindspore.tensor([float('nan'), float('inf'), -float('inf'), 5.0], mindspore.float32)
output = mindspore.ops.nan_to_num(input)
print(output)
output = mindspore.ops.nan_to_num(input, 1.0)
print(output)
output = mindspore.ops.nan_to_num(input, 1.0, 2.0)
print(output)
output = mindspore.ops.nan_to_num(input, 1.0, 2.0, 3.0)
print(output)
# ---- ops.nanmean
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.nanmean")
import mindspore
x = mindspore.tensor([[0.5, -1.1, float('nan')], [3.4, float('nan'), float('nan')]], mindspore.float32)
y = mindspore.ops.nanmean(x, axis=0, keepdims=False)
print(y)
# ---- ops.nanmedian
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.nanmedian")
import mindspore
x = mindspore.tensor([[0.57, 0.11, float("nan")],
            [0.38, float("nan"), float("nan")],
            [0.36, 0.16, float("nan")]], mindspore.float32)
y, idx = mindspore.ops.nanmedian(x, axis=0, keepdims=False)
print(y)
print(idx)
# ---- ops.narrow
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.narrow")
import mindspore
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], mindspore.int32)
output = mindspore.ops.narrow(x, 0, 0, 2)
print(output)
output = mindspore.ops.narrow(x, 1, 1, 2)
print(output)
# ---- ops.neg
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.neg")
import mindspore
input = mindspore.tensor([1, 2, -1, 2, 0, -3.5], mindspore.float32)
output = mindspore.ops.neg(input)
print(output)
# ---- ops.nextafter
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.nextafter")
import mindspore
import numpy as np
eps = np.finfo(np.float32).eps
input = mindspore.tensor([1.0], mindspore.float32)
other = mindspore.tensor([2.0], mindspore.float32)
output = mindspore.ops.nextafter(input, other)
print(output == eps + 1)
input = mindspore.tensor([1.0, 2.0], mindspore.float32)
other = mindspore.tensor([2.0, 1.0], mindspore.float32)
output = mindspore.ops.nextafter(input, other)
print(output == mindspore.tensor([eps + 1, 2 - eps], mindspore.float32))
# ---- ops.normal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.normal")
import mindspore
shape = (3, 1, 2)
mean = mindspore.tensor([[3, 4], [5, 6]], mindspore.float32)
stddev = mindspore.tensor(1.0, mindspore.float32)
output = mindspore.ops.normal(shape, mean, stddev, seed=5)
result = output.shape
print(result)
shape = (3, 1, 3)
mean = mindspore.tensor([[3, 4, 3], [3, 5, 6]], mindspore.float32)
stddev = mindspore.tensor(1.0, mindspore.float32)
output = mindspore.ops.normal(shape, mean, stddev, seed=5)
result = output.shape
print(result)
shape = (3, 1, 3)
mean = mindspore.tensor([[1, 2, 3], [3, 4, 3], [3, 5, 6]], mindspore.float32)
stddev = mindspore.tensor(1.0, mindspore.float32)
output = mindspore.ops.normal(shape, mean, stddev, seed=5)
result = output.shape
print(result)
# ---- ops.numel
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.numel")
import mindspore
input_x = mindspore.tensor([[2, 2], [2, 2]], mindspore.float32)
print(mindspore.ops.numel(input_x))
# ---- ops.ones
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ones")
import mindspore
_r = mindspore.ops.ones(4)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.ones((2, 3))
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.ones(mindspore.tensor([1, 2, 3]))
if _r is not None:
    print(repr(_r))
# ---- ops.ones_like
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ones_like")
import mindspore
input = mindspore.ops.arange(4)
_r = mindspore.ops.ones_like(input)
if _r is not None:
    print(repr(_r))

"""Docstring "Examples" of the MindSpore 2.10 API (ops), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- ops.stack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.stack")
import mindspore
input_x1 = mindspore.tensor([0, 1], mindspore.float32)
input_x2 = mindspore.tensor([2, 3], mindspore.float32)
output = mindspore.ops.stack((input_x1, input_x2), 0)
print(output)
# ---- ops.standard_normal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.standard_normal")
import mindspore
shape = (4, 4)
output = mindspore.ops.standard_normal(shape, seed=5)
print(f'output shape is {output.shape}')
# ---- ops.sub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.sub")
import mindspore
input = mindspore.tensor([1, 2, 3], mindspore.int32)
other = mindspore.tensor([4, 5, 6], mindspore.int32)
output = mindspore.ops.sub(input, other)
print(output)
# ---- ops.subtract
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.subtract")
import mindspore
input = mindspore.tensor([4, 5, 6], mindspore.float32)
y = mindspore.tensor([1, 2, 3], mindspore.float32)
z = mindspore.ops.subtract(input, y, alpha=1)
print(z)
# ---- ops.sum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.sum")
import mindspore
x = mindspore.tensor([[[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]],
                     [[4, 4, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [6, 6, 6, 6, 6, 6]],
                     [[7, 7, 7, 7, 7, 7], [8, 8, 8, 8, 8, 8], [9, 9, 9, 9, 9, 9]]], mindspore.float32)
out = mindspore.ops.sum(input=x)
print(out)
out = mindspore.ops.sum(input=x, dim=1)
print(out)
out = mindspore.ops.sum(input=x, dim=2)
print(out)
out = mindspore.ops.sum(input=x, dim=[1, 2])
print(out)
out = mindspore.ops.sum(input=x, dim=2, keepdim=True)
print(out)
print(out.ndim)
# ---- ops.swapaxes
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.swapaxes")
import mindspore
input = mindspore.tensor(mindspore.ops.ones(([2, 3, 4])))
output = mindspore.ops.swapaxes(input, 0, 2)
print(output.shape)
# ---- ops.swapdims
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.swapdims")
import mindspore
input = mindspore.tensor(mindspore.ops.ones([2, 3, 4]))
output = mindspore.ops.swapdims(input, 0, 2)
print(output.shape)
# ---- ops.tan
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tan")
import mindspore
output = mindspore.ops.tan(mindspore.tensor([-1.0, 0.0, 1.0]))
print(output)
# ---- ops.tanh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tanh")
import mindspore
import numpy as np
input = mindspore.tensor(np.array([1, 2, 3, 4, 5]), mindspore.float32)
output = mindspore.ops.tanh(input)
print(output)
# ---- ops.tanhshrink
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tanhshrink")
import mindspore
output = mindspore.ops.tanhshrink(mindspore.tensor([1., 2., 3., 2., 1.]))
print(output)
# ---- ops.tensor_div
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_div")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1.0, 2.0, 3.0]), mindspore.float32)
y = Tensor(np.array([4.0, 5.0, 6.0]), mindspore.float32)
realdiv = ops.RealDiv()
output = realdiv(x, y)
print(output)
# ---- ops.tensor_dot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_dot")
from mindspore import Tensor, ops
import mindspore
import numpy as np
input_x1 = Tensor(np.ones(shape=[1, 2, 3]), mindspore.float32)
input_x2 = Tensor(np.ones(shape=[3, 1, 2]), mindspore.float32)
output = ops.tensor_dot(input_x1, input_x2, ((0,1),(1,2)))
print(output)
# ---- ops.tensor_scatter_add
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_scatter_add")
import mindspore
input_x = mindspore.tensor([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]], mindspore.float32)
indices = mindspore.tensor([[0, 0], [0, 0]], mindspore.int32)
updates = mindspore.tensor([1.0, 2.2], mindspore.float32)
output = mindspore.ops.tensor_scatter_add(input_x, indices, updates)
print(output)
# ---- ops.tensor_scatter_div
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_scatter_div")
import mindspore
input_x = mindspore.tensor([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]], mindspore.float32)
indices = mindspore.tensor([[0, 0], [0, 0]], mindspore.int32)
updates = mindspore.tensor([1.0, 2.0], mindspore.float32)
output = mindspore.ops.tensor_scatter_div(input_x, indices, updates)
print(output)
# ---- ops.tensor_scatter_elements
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_scatter_elements")
import mindspore
input_x = mindspore.tensor([[1, 2, 3, 4, 5]])
indices = mindspore.tensor([[2, 4]])
updates = mindspore.tensor([[8, 8]])
output = mindspore.ops.tensor_scatter_elements(input_x, indices, updates, axis=1, reduction="none")
print(output)
output = mindspore.ops.tensor_scatter_elements(input_x, indices, updates, axis=1, reduction="add")
print(output)
# ---- ops.tensor_scatter_max
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_scatter_max")
import mindspore
input_x = mindspore.tensor([[1, 2, 3], [4, 5, 6]])
indices = mindspore.tensor([[0, 0], [1, 1]])
updates = mindspore.tensor([5, 5])
_r = mindspore.ops.tensor_scatter_max(input_x, indices, updates)
if _r is not None:
    print(repr(_r))
# ---- ops.tensor_scatter_min
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_scatter_min")
import mindspore
input_x = mindspore.tensor([[1, 2, 3], [4, 5, 6]], mindspore.float32)
indices = mindspore.tensor([[0, 0], [1, 1]])
updates = mindspore.tensor([5, 1], mindspore.float32)
_r = mindspore.ops.tensor_scatter_min(input_x, indices, updates)
if _r is not None:
    print(repr(_r))
# ---- ops.tensor_scatter_mul
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_scatter_mul")
import mindspore
input_x = mindspore.tensor([[1, 2, 3], [4, 5, 6]])
indices = mindspore.tensor([[0, 0], [1, 1]])
updates = mindspore.tensor([5, 5])
_r = mindspore.ops.tensor_scatter_mul(input_x, indices, updates)
if _r is not None:
    print(repr(_r))
# ---- ops.tensor_scatter_sub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_scatter_sub")
import mindspore
input = mindspore.tensor([[1, 2, 3], [4, 5, 6]], mindspore.float32)
indices = mindspore.tensor([[0, 0], [1, 1]])
updates = mindspore.tensor([5, 5], mindspore.float32)
_r = mindspore.ops.tensor_scatter_sub(input, indices, updates)
if _r is not None:
    print(repr(_r))
# ---- ops.tensor_scatter_update
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_scatter_update")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]]), mindspore.float32)
indices = Tensor(np.array([[0, 0], [1, 1]]), mindspore.int32)
update = Tensor(np.array([1.0, 2.2]), mindspore.float32)
op = ops.TensorScatterUpdate()
output = op(input_x, indices, update)
print(output)
# ---- ops.tensor_slice
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_slice")
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
# ---- ops.tensor_split
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_split")
import mindspore
input = mindspore.tensor([0, 1, 2, 3, 4, 5, 6, 7])
_r = mindspore.ops.tensor_split(input, 3)
if _r is not None:
    print(repr(_r))
input = mindspore.tensor([0, 1, 2, 3, 4, 5, 6])
_r = mindspore.ops.tensor_split(input, 3)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.tensor_split(input, (1, 6))
if _r is not None:
    print(repr(_r))
input = mindspore.tensor([[ 0,  1,  2,  3,  4,  5,  6],
                          [ 7,  8,  9, 10, 11, 12, 13]])
_r = mindspore.ops.tensor_split(input, 3, axis=1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.tensor_split(input, (1, 6), axis=1)
if _r is not None:
    print(repr(_r))
# ---- ops.tensor_sub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tensor_sub")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([1, 2, 3]), mindspore.int32)
y = Tensor(np.array([4, 5, 6]), mindspore.int32)
sub = ops.Sub()
output = sub(x, y)
print(output)
# ---- ops.threshold
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.threshold")
import mindspore
from mindspore import Tensor, ops
inputs = mindspore.Tensor([0.0, 2, 3], mindspore.float32)
outputs = ops.threshold(inputs, 1, 100)
print(outputs)
# ---- ops.tile
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tile")
import mindspore
input = mindspore.tensor([[1, 2], [3, 4]])
_r = mindspore.ops.tile(input, (2, 3))
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.tile(input, (2, 3, 2))
if _r is not None:
    print(repr(_r))
# ---- ops.trace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.trace")
import mindspore
input = mindspore.tensor([[0, 1, 2],
                          [3, 4, 5],
                          [6, 7, 8]])
_r = mindspore.ops.trace(input)
if _r is not None:
    print(repr(_r))
# ---- ops.transpose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.transpose")
import mindspore
input = mindspore.tensor([[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]], mindspore.float32)
output = mindspore.ops.transpose(input, (0, 2, 1))
print(output)
# ---- ops.tril
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tril")
import mindspore
input = mindspore.tensor([[ 1,  2,  3,  4],
                          [ 5,  6,  7,  8],
                          [10, 11, 12, 13],
                          [14, 15, 16, 17]])
_r = mindspore.ops.tril(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.tril(input, 1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.tril(input, -1)
if _r is not None:
    print(repr(_r))
input = mindspore.tensor([[[ 1,  2,  3],
                           [ 5,  6,  7],
                           [10, 11, 12]],
                          [[ 1,  2,  3],
                           [ 5,  6,  7],
                           [10, 11, 12]]])
_r = mindspore.ops.tril(input)
if _r is not None:
    print(repr(_r))
# ---- ops.triu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.triu")
import mindspore
input = mindspore.tensor([[ 1,  2,  3,  4],
                          [ 5,  6,  7,  8],
                          [10, 11, 12, 13],
                          [14, 15, 16, 17]])
_r = mindspore.ops.triu(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.triu(input, 1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.triu(input, -1)
if _r is not None:
    print(repr(_r))
input = mindspore.tensor([[[ 1,  2,  3],
                           [ 5,  6,  7],
                           [10, 11, 12]],
                          [[ 1,  2,  3],
                           [ 5,  6,  7],
                           [10, 11, 12]]])
_r = mindspore.ops.triu(input)
if _r is not None:
    print(repr(_r))
# ---- ops.trunc
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.trunc")
import mindspore
output = mindspore.ops.trunc(mindspore.tensor([3.4742, 0.5466, -0.8008, -3.9079]))
print(output)
# ---- ops.truncate_div
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.truncate_div")
import mindspore
_r = mindspore.ops.truncate_div(mindspore.tensor([2, 4, -1]), mindspore.tensor([3, 3, 3]))
if _r is not None:
    print(repr(_r))
# ---- ops.truncate_mod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.truncate_mod")
import mindspore
output = mindspore.ops.truncate_mod(mindspore.tensor([2., 4., -1.]), mindspore.tensor([3., 3., 3.]))
print(output)
# ---- ops.tuple_to_array
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.tuple_to_array")
import mindspore
input_x = (1, 2, 3)
output = mindspore.ops.tuple_to_array(input_x)
print(type(output))
print(output)
# ---- ops.unbind
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unbind")
import mindspore
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
output = mindspore.ops.unbind(x, dim=0)
print(output)
# ---- ops.unfold
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unfold")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.random.rand(4, 4, 32, 32), mindspore.float64)
output = ops.unfold(x, kernel_size=3, dilation=1, stride=1)
print(output.shape)
# ---- ops.unique
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unique")
import mindspore
x = mindspore.tensor([1, 2, 5, 2], mindspore.int32)
output, indices = mindspore.ops.unique(x)
print(output)
print(indices)
# ---- ops.unique_consecutive
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unique_consecutive")
import mindspore
x = mindspore.tensor([1, 1, 2, 2, 3, 1, 1, 2], mindspore.int32)
output, inverse_indices, counts = mindspore.ops.unique_consecutive(x, True, True, None)
print(output)
print(inverse_indices)
print(counts)
# ---- ops.unsorted_segment_max
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unsorted_segment_max")
import mindspore
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [4, 2, 1]])
segment_ids = mindspore.tensor([0, 1, 1])
num_segments = 2
_r = mindspore.ops.unsorted_segment_max(x, segment_ids, num_segments)
if _r is not None:
    print(repr(_r))
# ---- ops.unsorted_segment_min
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unsorted_segment_min")
import mindspore
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [4, 2, 1]])
segment_ids = mindspore.tensor([0, 1, 1])
num_segments = 2
_r = mindspore.ops.unsorted_segment_min(x, segment_ids, num_segments)
if _r is not None:
    print(repr(_r))
# ---- ops.unsorted_segment_prod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unsorted_segment_prod")
import mindspore
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [4, 2, 1]])
segment_ids = mindspore.tensor([0, 1, 0])
num_segments = 2
_r = mindspore.ops.unsorted_segment_prod(x, segment_ids, num_segments)
if _r is not None:
    print(repr(_r))
# ---- ops.unsorted_segment_sum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unsorted_segment_sum")
import mindspore
input_x = mindspore.tensor([1, 2, 3, 4])
segment_ids = mindspore.tensor([0, 0, 1, 2])
num_segments = 3
_r = mindspore.ops.unsorted_segment_sum(input_x, segment_ids, num_segments)
if _r is not None:
    print(repr(_r))
input_x = mindspore.tensor([1, 2, 3, 4, 2, 5])
segment_ids = mindspore.tensor([0, 0, 1, 2, 3, 4])
num_segments = 6
_r = mindspore.ops.unsorted_segment_sum(input_x, segment_ids, num_segments)
if _r is not None:
    print(repr(_r))
# ---- ops.unsqueeze
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unsqueeze")
import mindspore
input = mindspore.tensor([1, 2, 3, 4])
_r = mindspore.ops.unsqueeze(input, 0)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.unsqueeze(input, 1)
if _r is not None:
    print(repr(_r))
# ---- ops.unstack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.unstack")
import mindspore
input = mindspore.tensor([[1, 1, 1, 1], [2, 2, 2, 2]])
_r = mindspore.ops.unstack(input, 0)
if _r is not None:
    print(repr(_r))
# ---- ops.vander
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.vander")
import mindspore
input = mindspore.tensor([1., 2., 3., 5.])
output = mindspore.ops.vander(input)
print(output)
output = mindspore.ops.vander(input, N=3)
print(output)
# ---- ops.vecdot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.vecdot")
import mindspore
x = mindspore.tensor([[1, 3], [5, 7], [9, 8]])
y = mindspore.tensor([[4, 5], [6, 7], [3, 2]])
_r = mindspore.ops.vecdot(x, y)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.vecdot(x, y, axis=0)
if _r is not None:
    print(repr(_r))
# ---- ops.vector_norm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.vector_norm")
import mindspore as ms
x = ms.ops.arange(0, 12, dtype=ms.float32) - 6
print(ms.ops.vector_norm(x, ord=2))
print(ms.ops.vector_norm(x, ord=float('inf')))
print(ms.ops.vector_norm(x, ord=float('-inf')))
print(ms.ops.vector_norm(x, ord=0))
print(ms.ops.vector_norm(x, ord=4.5))
# ---- ops.view_as
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.view_as")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([[1, 2, 3], [2, 3, 4]], dtype=np.float32))
other = Tensor(np.array([[1, 2], [3, 4], [5, 6]], dtype=np.float32))
output = ops.view_as(input, other)
print(output)
# ---- ops.vsplit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.vsplit")
import mindspore
input = mindspore.tensor([[ 0,  1,  2,  3],
                          [ 4,  5,  6,  7],
                          [ 8,  9, 10, 11],
                          [12, 13, 14, 15]])
_r = mindspore.ops.vsplit(input, 2)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.vsplit(input, [3, 6])
if _r is not None:
    print(repr(_r))
# ---- ops.vstack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.vstack")
import mindspore
x1 = mindspore.tensor([1, 2, 3])
x2 = mindspore.tensor([4, 5, 6])
_r = mindspore.ops.vstack((x1, x2))
if _r is not None:
    print(repr(_r))
x1 = mindspore.tensor([[1],[2],[3]])
x2 = mindspore.tensor([[4],[5],[6]])
_r = mindspore.ops.vstack([x1, x2])
if _r is not None:
    print(repr(_r))
# ---- ops.where
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.where")
import mindspore
input = mindspore.tensor([[0, 1],
                          [2, 3]])
other = mindspore.tensor([[1, 1],
                          [1, 1]])
condition = input < 3
_r = mindspore.ops.where(condition, input, other)
if _r is not None:
    print(repr(_r))
# ---- ops.xdivy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.xdivy")
import mindspore
output = mindspore.ops.xdivy(mindspore.tensor([2., 4., -1.]), mindspore.tensor([2., 2., 2.]))
print(output)
# ---- ops.xlogy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.xlogy")
import mindspore
output = mindspore.ops.xlogy(mindspore.tensor([-5., 0., 4.]), mindspore.tensor([2., 2., 2.]))
print(output)
# ---- ops.zeros
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.zeros")
import mindspore
_r = mindspore.ops.zeros(4)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.zeros((2, 3))
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.zeros(mindspore.tensor([1, 2, 3]))
if _r is not None:
    print(repr(_r))
# ---- ops.zeros_like
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.zeros_like")
import mindspore
input = mindspore.ops.arange(4)
_r = mindspore.ops.zeros_like(input)
if _r is not None:
    print(repr(_r))

"""Docstring "Examples" of the MindSpore 2.10 API (ops), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- ops.outer
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.outer")
import mindspore
input = mindspore.tensor([1, 2, 3])
vec2 = mindspore.tensor([4, 5, 6])
_r = mindspore.ops.outer(input, vec2)
if _r is not None:
    print(repr(_r))
# ---- ops.pad
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.pad")
import mindspore as ms
from mindspore import ops
import numpy as np
x = ms.Tensor(np.arange(1 * 2 * 2 * 2).reshape((1, 2, 2, 2)), dtype=ms.float64)
output = ops.pad(x, [1, 0, 0, 1], mode='constant', value=6.0)
print(output)
output1 = ops.pad(x, (1, 0, 0, 1), mode='reflect')
print(output1)
output2 = ops.pad(x, (1, 1, 2, 1), mode='replicate')
print(output2)
output3 = ops.pad(x, (1, 1, 2, 1), mode='circular')
print(output3)
# ---- ops.partial
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.partial")
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
# ---- ops.pdist
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.pdist")
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]).astype(np.float32))
y = ops.pdist(x, p=2.0)
print(y)
# ---- ops.permute
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.permute")
import mindspore
input_x = mindspore.tensor([[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]], mindspore.float32)
input_perm = (0, 2, 1)
print(mindspore.ops.permute(input_x, input_perm))
# ---- ops.pinv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.pinv")
import mindspore
x = mindspore.tensor([[4., 0.], [0., 5.]], mindspore.float32)
output = mindspore.ops.pinv(x)
print(output)
# ---- ops.pixel_shuffle
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.pixel_shuffle")
import mindspore
import numpy as np
from mindspore import ops
input_x = np.arange(3 * 2 * 9 * 4 * 4).reshape((3, 2, 9, 4, 4))
input_x = mindspore.Tensor(input_x, mindspore.dtype.int32)
output = ops.pixel_shuffle(input_x, 3)
print(output.shape)
# ---- ops.pixel_unshuffle
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.pixel_unshuffle")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = np.arange(8 * 8).reshape((1, 1, 8, 8))
input_x = mindspore.Tensor(input_x, mindspore.dtype.int32)
output = ops.pixel_unshuffle(input_x, 2)
print(output.shape)
# ---- ops.population_count
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.population_count")
import mindspore
input_x = mindspore.tensor([0, 1, 3], mindspore.int16)
output = mindspore.ops.population_count(input_x)
print(output)
# ---- ops.positive
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.positive")
import mindspore
x = mindspore.tensor([-5.0, 1.5, 3.0, 100.0], mindspore.float32)
print(mindspore.ops.positive(x))
# ---- ops.prelu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.prelu")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.arange(-6, 6).reshape((2, 3, 2)), mindspore.float32)
weight = Tensor(np.array([0.1, 0.6, -0.3]), mindspore.float32)
output = ops.prelu(x, weight)
print(output)
# ---- ops.rand
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.rand")
import mindspore
print(mindspore.ops.rand((2,3)))
# ---- ops.rand_like
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.rand_like")
import mindspore
a = mindspore.tensor([[2, 3, 4], [1, 2, 3]])
print(mindspore.ops.rand_like(a, dtype=mindspore.float32))
# ---- ops.randint
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.randint")
import mindspore
print(mindspore.ops.randint(1, 10, (2,3)))
# ---- ops.randn
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.randn")
import mindspore
print(mindspore.ops.randn((2, 2)))
# ---- ops.randn_like
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.randn_like")
import mindspore
a = mindspore.tensor([[1, 2, 3], [4, 5, 6]])
print(mindspore.ops.randn_like(a, dtype=mindspore.float32))
# ---- ops.randperm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.randperm")
import mindspore
n, seed, offset = 4, 0, 0
output = mindspore.ops.randperm(n, seed, offset, dtype=mindspore.int64)
print(output)
# ---- ops.range
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.range")
import mindspore
_r = mindspore.ops.range(0, 6, 2)
if _r is not None:
    print(repr(_r))
# ---- ops.rank
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.rank")
import mindspore
input_tensor = mindspore.tensor([[2, 2], [2, 2]], mindspore.float32)
output = mindspore.ops.rank(input_tensor)
print(output)
print(type(output))
# ---- ops.ravel
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.ravel")
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([[0, 1], [2, 1]]).astype(np.float32))
output = ops.ravel(x)
print(output)
print(output.shape)
# ---- ops.reciprocal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.reciprocal")
import mindspore
input = mindspore.tensor([1.0, 2.0, 4.0], mindspore.float32)
output = mindspore.ops.reciprocal(input)
print(output)
# ---- ops.relu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.relu")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([[-1.0, 4.0, -8.0], [2.0, -5.0, 9.0]]), mindspore.float32)
output = ops.relu(input)
print(output)
# ---- ops.relu6
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.relu6")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([[-1.0, 4.0, -8.0], [2.0, -5.0, 9.0]]), mindspore.float32)
result = ops.relu6(x)
print(result)
# ---- ops.renorm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.renorm")
import mindspore
input = mindspore.tensor([[1., 1, 1], [2, 2, 2], [3, 3, 3]])
output = mindspore.ops.norm(input, 1, 1)
print(output)
output = mindspore.ops.renorm(input, 1, 0, 6.)
print(output)
# ---- ops.reverse_sequence
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.reverse_sequence")
import mindspore
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], mindspore.float32)
seq_lengths = mindspore.tensor([1, 2, 3])
output = mindspore.ops.reverse_sequence(x, seq_lengths, seq_dim=1)
print(output)
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], mindspore.float32)
seq_lengths = mindspore.tensor([1, 2, 3])
output = mindspore.ops.reverse_sequence(x, seq_lengths, seq_dim=0, batch_dim=1)
print(output)
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], mindspore.float32)
seq_lengths = mindspore.tensor([2, 2, 3])
output = mindspore.ops.reverse_sequence(x, seq_lengths, seq_dim=1)
print(output)
x = mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], mindspore.float32)
seq_lengths = mindspore.tensor([3, 2, 3])
output = mindspore.ops.reverse_sequence(x, seq_lengths, seq_dim=1)
print(output)
x = mindspore.tensor([[1, 2, 3, 4], [5, 6, 7, 8]], mindspore.float32)
seq_lengths = mindspore.tensor([4, 4])
output = mindspore.ops.reverse_sequence(x, seq_lengths, seq_dim=1)
print(output)
# ---- ops.rsqrt
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.rsqrt")
import mindspore
input = mindspore.tensor([-0.0370,  0.2970,  1.5420, -0.9105])
output = mindspore.ops.rsqrt(input)
print(output)
# ---- ops.scalar_to_tensor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scalar_to_tensor")
import mindspore
data = 1
output = mindspore.ops.scalar_to_tensor(data, mindspore.float32)
print(output)
# ---- ops.scatter
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter")
import mindspore
input = mindspore.tensor([[1, 2, 3, 4, 5]], dtype=mindspore.float32)
src = mindspore.tensor([[8, 8]], dtype=mindspore.float32)
index = mindspore.tensor([[2, 4]], dtype=mindspore.int64)
out = mindspore.ops.scatter(input=input, axis=1, index=index, src=src)
print(out)
input = mindspore.tensor(mindspore.ops.zeros((5, 5)), dtype=mindspore.float32)
src = mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=mindspore.float32)
index = mindspore.tensor([[0, 0, 0], [2, 2, 2], [4, 4, 4]], dtype=mindspore.int64)
out = mindspore.ops.scatter(input=input, axis=0, index=index, src=src)
print(out)
input = mindspore.tensor(mindspore.ops.zeros((5, 5)), dtype=mindspore.float32)
src = mindspore.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=mindspore.float32)
index = mindspore.tensor([[0, 2, 4], [0, 2, 4], [0, 2, 4]], dtype=mindspore.int64)
out = mindspore.ops.scatter(input=input, axis=1, index=index, src=src)
print(out)
# ---- ops.scatter_add
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_add")
import mindspore
input_x = mindspore.Parameter(mindspore.tensor([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]],
                              mindspore.float32), name="x")
indices = mindspore.tensor([[0, 1], [1, 1]], mindspore.int32)
updates = mindspore.tensor([[[1.0, 1.0, 1.0], [3.0, 3.0, 3.0]],
                           [[7.0, 7.0, 7.0], [9.0, 9.0, 9.0]]], mindspore.float32)
output = mindspore.ops.scatter_add(input_x, indices, updates)
print(output)
# ---- ops.scatter_max
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_max")
import mindspore
input_x = mindspore.Parameter(mindspore.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]],
                              mindspore.float32), name="input_x")
indices = mindspore.tensor([[0, 0], [1, 1]], mindspore.int32)
updates = mindspore.tensor(mindspore.ops.ones([2, 2, 3]) * 88, mindspore.float32)
output = mindspore.ops.scatter_max(input_x, indices, updates)
print(output)
# ---- ops.scatter_min
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_min")
import mindspore
input_x = mindspore.Parameter(mindspore.tensor(mindspore.ops.zeros((2, 3)),
                              mindspore.float32), name="input_x")
indices = mindspore.tensor([1, 0], mindspore.int32)
update = mindspore.tensor(mindspore.ops.arange(0, 6).reshape((2, 3)), mindspore.float32)
output = mindspore.ops.scatter_min(input_x, indices, update)
print(output)
# ---- ops.scatter_nd_add
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_nd_add")
import mindspore
input_x = mindspore.Parameter(mindspore.tensor([1, 2, 3, 4, 5, 6, 7, 8],
                              mindspore.float32), name="x")
indices = mindspore.tensor([[2], [4], [1], [7]], mindspore.int32)
updates = mindspore.tensor([6, 7, 8, 9], mindspore.float32)
output = mindspore.ops.scatter_nd_add(input_x, indices, updates, False)
print(output)
input_x = mindspore.Parameter(mindspore.tensor(mindspore.ops.zeros((4, 4, 4)), mindspore.int32))
indices = mindspore.tensor([[0], [2]], mindspore.int32)
updates = mindspore.tensor([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]], mindspore.int32)
output = mindspore.ops.scatter_nd_add(input_x, indices, updates, False)
print(output)
# ---- ops.scatter_nd_div
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_nd_div")
import mindspore
input_x = mindspore.Parameter(mindspore.tensor([1, 2, 3, 4, 5, 6, 7, 8],
                              mindspore.float32), name="x")
indices = mindspore.tensor([[2], [4], [1], [7]], mindspore.int32)
updates = mindspore.tensor([6, 7, 8, 9], mindspore.float32)
output = mindspore.ops.scatter_nd_div(input_x, indices, updates, False)
print(output)
input_x = mindspore.Parameter(mindspore.tensor(mindspore.ops.ones((4, 4, 4)), mindspore.float32))
indices = mindspore.tensor([[0], [2]], mindspore.int32)
updates = mindspore.tensor([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]], mindspore.float32)
output = mindspore.ops.scatter_nd_div(input_x, indices, updates, False)
print(output)
# ---- ops.scatter_nd_max
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_nd_max")
import mindspore
input_x = mindspore.Parameter(mindspore.tensor([1, 2, 3, 4, 5, 6, 7, 8],
                              mindspore.float32), name="x")
indices = mindspore.tensor([[2], [4], [1], [7]], mindspore.int32)
updates = mindspore.tensor([6, 7, 8, 9], mindspore.float32)
output = mindspore.ops.scatter_nd_max(input_x, indices, updates, False)
print(output)
input_x = mindspore.Parameter(mindspore.tensor(mindspore.ops.ones((4, 4, 4)), mindspore.int32))
indices = mindspore.tensor([[0], [2]], mindspore.int32)
updates = mindspore.tensor([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]], mindspore.int32)
output = mindspore.ops.scatter_nd_max(input_x, indices, updates, False)
print(output)
# ---- ops.scatter_nd_min
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_nd_min")
import mindspore
input_x = mindspore.Parameter(mindspore.tensor(mindspore.ops.ones(8) * 10, mindspore.float32), name="x")
indices = mindspore.tensor([[2], [4], [1], [7]], mindspore.int32)
updates = mindspore.tensor([6, 7, 8, 9], mindspore.float32)
output = mindspore.ops.scatter_nd_min(input_x, indices, updates, False)
print(output)
input_x = mindspore.Parameter(mindspore.tensor(mindspore.ops.ones((4, 4, 4)) * 10, mindspore.int32))
indices = mindspore.tensor([[0], [2]], mindspore.int32)
updates = mindspore.tensor([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]], mindspore.int32)
output = mindspore.ops.scatter_nd_min(input_x, indices, updates, False)
print(output)
# ---- ops.scatter_nd_mul
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_nd_mul")
import mindspore
input_x = mindspore.Parameter(mindspore.tensor([1, 2, 3, 4, 5, 6, 7, 8],
                              mindspore.float32), name="x")
indices = mindspore.tensor([[2], [4], [1], [7]], mindspore.int32)
updates = mindspore.tensor([6, 7, 8, 9], mindspore.float32)
output = mindspore.ops.scatter_nd_mul(input_x, indices, updates)
print(output)
input_x = mindspore.Parameter(mindspore.tensor(mindspore.ops.ones((4, 4, 4)), mindspore.int32))
indices = mindspore.tensor([[0], [2]], mindspore.int32)
updates = mindspore.tensor([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]], mindspore.int32)
output = mindspore.ops.scatter_nd_mul(input_x, indices, updates)
print(output)
# ---- ops.scatter_nd_sub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_nd_sub")
import mindspore
input_x = mindspore.Parameter(mindspore.tensor([1, 2, 3, 4, 5, 6, 7, 8],
                              mindspore.float32), name="x")
indices = mindspore.tensor([[2], [4], [1], [7]], mindspore.int32)
updates = mindspore.tensor([6, 7, 8, 9], mindspore.float32)
output = mindspore.ops.scatter_nd_sub(input_x, indices, updates, False)
print(output)
input_x = mindspore.Parameter(mindspore.tensor(mindspore.ops.zeros((4, 4, 4)), mindspore.int32))
indices = mindspore.tensor([[0], [2]], mindspore.int32)
updates = mindspore.tensor([[[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4]],
                           [[5, 5, 5, 5], [6, 6, 6, 6], [7, 7, 7, 7], [8, 8, 8, 8]]], mindspore.int32)
output = mindspore.ops.scatter_nd_sub(input_x, indices, updates, False)
print(output)
# ---- ops.scatter_nd_update
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_nd_update")
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
# ---- ops.scatter_update
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scatter_update")
import mindspore
np_x = mindspore.tensor([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]], mindspore.float32)
input_x = mindspore.Parameter(np_x, name="x")
indices = mindspore.tensor([0, 1], mindspore.int32)
np_updates = mindspore.tensor([[2.0, 1.2, 1.0], [3.0, 1.2, 1.0]])
updates = mindspore.tensor(np_updates, mindspore.float32)
output = mindspore.ops.scatter_update(input_x, indices, updates)
print(output)
# ---- ops.searchsorted
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.searchsorted")
import mindspore
sorted_sequence = mindspore.tensor([1, 2, 2, 3, 4, 5, 5])
values = mindspore.tensor([2])
_r = mindspore.ops.searchsorted(sorted_sequence, values)
if _r is not None:
    print(repr(_r))
# ---- ops.select_scatter
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.select_scatter")
import mindspore
input = mindspore.ops.zeros((2, 3, 3))
src = mindspore.ops.ones((2, 3))
output = mindspore.ops.select_scatter(input, src, axis=1, index=1)
print(output)
# ---- ops.selu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.selu")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.array([[-1.0, 4.0, -8.0], [2.0, -5.0, 9.0]]), mindspore.float32)
output = ops.selu(input_x)
print(output)
# ---- ops.shape
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.shape")
import mindspore
input_x = mindspore.ops.ones(shape=[3, 2, 1])
output = mindspore.ops.shape(input_x)
print(output)
# ---- ops.shape_
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.shape_")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input_x = Tensor(np.ones(shape=[3, 2, 1]), mindspore.float32)
shape = ops.Shape()
output = shape(input_x)
print(output)
# ---- ops.shuffle
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.shuffle")
import mindspore
x = mindspore.tensor([1, 2, 3, 4], mindspore.float32)
output = mindspore.ops.shuffle(x, seed=1)
print(output)
# ---- ops.sigmoid
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.sigmoid")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([1, 2, 3, 4, 5]), mindspore.float32)
output = ops.sigmoid(input)
print(output)
# ---- ops.signbit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.signbit")
import mindspore
input = mindspore.tensor([0.3, 1.2, 0., -2.5])
output = mindspore.ops.signbit(input)
print(output)
# ---- ops.sin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.sin")
import mindspore
input = mindspore.tensor([0.62, 0.28, 0.43, 0.62], mindspore.float32)
output = mindspore.ops.sin(input)
print(output)
# ---- ops.sinc
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.sinc")
import mindspore
input = mindspore.tensor([0.62, 0.28, 0.43, 0.62], mindspore.float32)
output = mindspore.ops.sinc(input)
print(output)
# ---- ops.sinh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.sinh")
import mindspore
input = mindspore.tensor([0.62, 0.28, 0.43, 0.62], mindspore.float32)
output = mindspore.ops.sinh(input)
print(output)
# ---- ops.size
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.size")
import mindspore
input_x = mindspore.tensor([[2, 2], [2, 2]], mindspore.float32)
output = mindspore.ops.size(input_x)
print(output)
# ---- ops.slice
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.slice")
import mindspore
data = mindspore.tensor([[[1, 1, 1], [2, 2, 2]],
                        [[3, 3, 3], [4, 4, 4]],
                        [[5, 5, 5], [6, 6, 6]]], mindspore.int32)
output = mindspore.ops.slice(data, (1, 0, 0), (1, 1, 3))
print(output)
output = mindspore.ops.slice(data, (1, 0, 0), (1, 1, 2))
print(output)
output = mindspore.ops.slice(data, (1, 0, 0), (1, 1, 1))
print(output)
output = mindspore.ops.slice(data, (1, 1, 0), (1, 1, 3))
print(output)
output = mindspore.ops.slice(data, (1, 0, 1), (1, 1, 2))
print(output)
# ---- ops.slice_scatter
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.slice_scatter")
import mindspore
a = mindspore.ops.zeros((4, 6))
b = mindspore.ops.ones((4, 3))
output = mindspore.ops.slice_scatter(input=a, src=b, axis=1, start=0, end=5, step=2)
print(output)
# ---- ops.smooth_l1_loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.smooth_l1_loss")
import mindspore
import numpy as np
from mindspore import Tensor, ops
logits = Tensor(np.array([1, 2, 3]), mindspore.float32)
labels = Tensor(np.array([1, 2, 2]), mindspore.float32)
output = ops.smooth_l1_loss(logits, labels)
print(output)
# ---- ops.softmax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.softmax")
import mindspore
import numpy as np
from mindspore import Tensor, ops
input = Tensor(np.array([1, 2, 3, 4, 5]), mindspore.float32)
output = ops.softmax(input)
print(output)
# ---- ops.softshrink
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.softshrink")
import mindspore
from mindspore import Tensor
from mindspore import ops
import numpy as np
x = Tensor(np.array([[ 0.5297,  0.7871,  1.1754], [ 0.7836,  0.6218, -1.1542]]), mindspore.float32)
output = ops.softshrink(x)
print(output)
# ---- ops.softsign
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.softsign")
import mindspore
import numpy as np
from mindspore import Tensor, ops
x = Tensor(np.array([0, -1, 2, 30, -30]), mindspore.float32)
output = ops.softsign(x)
print(output)
# ---- ops.sqrt
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.sqrt")
import mindspore
x = mindspore.tensor([1.0, 4.0, 9.0], mindspore.float32)
output = mindspore.ops.sqrt(x)
print(output)
# ---- ops.square
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.square")
import mindspore
input = mindspore.tensor([1.0, 2.0, 3.0], mindspore.float32)
output = mindspore.ops.square(input)
print(output)
# ---- ops.squeeze
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.squeeze")
import mindspore
input = mindspore.ops.ones(shape=[3, 2, 1])
output = mindspore.ops.squeeze(input)
print(output)

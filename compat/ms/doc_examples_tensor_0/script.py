"""Docstring "Examples" of the MindSpore 2.10 API (Tensor), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- Tensor.T
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.T")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([[1, 2], [3, 4]]))
output = x.T
print(output)
# ---- Tensor.allclose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.allclose")
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([1.3, 2.1, 3.2, 4.1, 5.1]), mindspore.float16)
other = Tensor(np.array([1.3, 3.3, 2.3, 3.1, 5.1]), mindspore.float16)
output = input.allclose(other)
print(output)
# ---- Tensor.argsort
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.argsort")
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[8, 2, 1], [5, 9, 3], [4, 6, 7]]), mindspore.float16)
sort = Tensor.argsort(x)  # x.argsort()
print(sort)
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[8, 2, 1], [5, 9, 3], [4, 6, 7]]), mindspore.float16)
sort = Tensor.argsort(x)  # x.argsort()
print(sort)
# ---- Tensor.astype
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.astype")
import numpy as np
from mindspore import Tensor
x = Tensor(np.ones((1,2,2,1), dtype=np.float32))
x = x.astype("int32")
print(x.dtype)
# ---- Tensor.bfloat16
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.bfloat16")
import numpy as np
import mindspore
from mindspore import Tensor
input_x = Tensor(np.ones([2,2]), mindspore.int32)
output = input_x.bfloat16()
print(output.dtype)
# ---- Tensor.bitwise_and
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.bitwise_and")
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([0, 0, 1, -1, 1, 1, 1]), mindspore.int16)
other = Tensor(np.array([0, 1, 1, -1, -1, 2, 3]), mindspore.int16)
output = input.bitwise_and(other)
print(output)
# ---- Tensor.bitwise_or
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.bitwise_or")
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([0, 0, 1, -1, 1, 1, 1]), mindspore.int16)
other = Tensor(np.array([0, 1, 1, -1, -1, 2, 3]), mindspore.int16)
output = input.bitwise_or(other)
print(output)
# ---- Tensor.bitwise_xor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.bitwise_xor")
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([0, 0, 1, -1, 1, 1, 1]), mindspore.int16)
other = Tensor(np.array([0, 1, 1, -1, -1, 2, 3]), mindspore.int16)
output = input.bitwise_xor(other)
print(output)
# ---- Tensor.bool
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.bool")
import numpy as np
import mindspore
from mindspore import Tensor
input_x = Tensor(np.ones([2,2]), mindspore.float32)
output = input_x.bool()
print(output.dtype)
# ---- Tensor.byte
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.byte")
import numpy as np
import mindspore
from mindspore import Tensor
input_x = Tensor(np.ones([2,2]), mindspore.float32)
output = input_x.byte()
print(output.dtype)
# ---- Tensor.choose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.choose")
import numpy as np
from mindspore import Tensor
choices = [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23], [30, 31, 32, 33]]
x = Tensor(np.array([2, 3, 1, 0]))
print(x.choose(choices))
# ---- Tensor.chunk
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.chunk")
import numpy as np
import mindspore
from mindspore import Tensor
input_x = Tensor(np.arange(9).astype("float32"))
output = input_x.chunk(3, dim=0)
print(output)
import numpy as np
from mindspore import Tensor
input_x = Tensor(np.arange(9).astype("float32"))
output = input_x.chunk(3, axis=0)
print(output)
# ---- Tensor.contiguous
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.contiguous")
import mindspore as ms
import numpy as np
from mindspore import Tensor, ops
x = Tensor([[1, 2, 3], [4, 5, 6]], dtype=ms.float32)
y = ops.transpose(x, (1, 0))
z = y.contiguous()
print(z.is_contiguous())
# ---- Tensor.copy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.copy")
import numpy as np
from mindspore import Tensor
a = Tensor(np.ones((3,3)).astype("float32"))
output = a.copy()
print(output)
# ---- Tensor.copy_
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.copy_")
import numpy as np
from mindspore import Tensor
a = Tensor(np.ones((3, 3)).astype("float32"))
b = Tensor(np.zeros((3, 3)).astype("float32"))
_r = a.copy_(b)
if _r is not None:
    print(repr(_r))
print(a)
# ---- Tensor.data
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.data")
import mindspore as ms
tensor = ms.Tensor([1, 2, 3, 4])
print(tensor.data)
# ---- Tensor.delta_seed
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.delta_seed")
_r = int('0b100', base=0)
if _r is not None:
    print(repr(_r))
# ---- Tensor.diag
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.diag")
from mindspore import Tensor
input = Tensor([1, 2, 3, 4]).astype('int32')
output = input.diag()
print(output)
# ---- Tensor.double
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.double")
import numpy as np
import mindspore
from mindspore import Tensor
input_x = Tensor(np.ones([2,2]), mindspore.int32)
output = input_x.double()
print(output.dtype)
# ---- Tensor.dtype
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.dtype")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([1, 2], dtype=np.float32))
print(x.dtype)
# ---- Tensor.expand_as
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.expand_as")
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[1, 2, 3], [1, 2, 3]]).astype(np.float32))
other = Tensor(np.array([[1, 1, 1], [1, 1, 1]]).astype(np.float32))
output = x.expand_as(other)
print(output)
import numpy as np
from mindspore import Tensor
from mindspore import dtype as mstype
input = Tensor([1, 2, 3], dtype=mstype.float32)
x = Tensor(np.ones((2, 3)), dtype=mstype.float32)
output = input.expand_as(x=x)
print(output)
# ---- Tensor.fill_diagonal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.fill_diagonal")
import numpy as np
import mindspore
from mindspore import Tensor
x = Tensor(np.ones((6, 3)), mindspore.float32)
output = x.fill_diagonal(5.0, wrap=True)
print(output)
# ---- Tensor.flatten
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.flatten")
import mindspore
import numpy as np
from mindspore import Tensor
input_x = Tensor(np.ones(shape=[1, 2, 3, 4]), mindspore.float32)
output = input_x.flatten(0, -1)
print(output.shape)
import mindspore
import numpy as np
from mindspore import Tensor
input_x = Tensor(np.ones(shape=[1, 2, 3, 4]), mindspore.float32)
output = input_x.flatten(order='C')
print(output.shape)
# ---- Tensor.float
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.float")
import numpy as np
import mindspore
from mindspore import Tensor
input_x = Tensor(np.ones([2,2]), mindspore.int32)
output = input_x.float()
print(output.dtype)
# ---- Tensor.floor_divide
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.floor_divide")
import mindspore
from mindspore import Tensor
import numpy as np
input = Tensor(np.array([2, 4, -1]), mindspore.int32)
other = Tensor(np.array([3, 3, 3]), mindspore.int32)
output = input.floor_divide(other)
print(output)
input = Tensor(2.0, mindspore.float32)
other = Tensor(2.0, mindspore.float32)
output = input.floor_divide(other)
print(output)
# ---- Tensor.from_numpy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.from_numpy")
import numpy as np
from mindspore import Tensor
x = np.array([1, 2])
output = Tensor.from_numpy(x)
print(output)
# ---- Tensor.half
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.half")
import numpy as np
import mindspore
from mindspore import Tensor
input_x = Tensor(np.ones([2,2]), mindspore.int32)
output = input_x.half()
print(output.dtype)
# ---- Tensor.has_init
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.has_init")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([[1, 2], [3, 4]]))
output = x.has_init
print(output)
# ---- Tensor.index_add
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.index_add")
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), mindspore.float32)
indices = Tensor(np.array([0, 2]), mindspore.int32)
y = Tensor(np.array([[0.5, 1.0], [1.0, 1.5], [2.0, 2.5]]), mindspore.float32)
output = x.index_add(indices, y, axis = 1)
print(output)
# ---- Tensor.index_put
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.index_put")
import numpy as np
import mindspore
from mindspore import Tensor
x = Tensor(np.array([[1, 2, 3], [4, 5, 6]]).astype(np.int32))
values = Tensor(np.array([3]).astype(np.int32))
indices = [Tensor(np.array([0, 1, 1]).astype(np.int32)), Tensor(np.array([1, 2, 1]).astype(np.int32))]
accumulate = True
output = x.index_put(indices, values, accumulate)
print(output)
# ---- Tensor.index_select
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.index_select")
import mindspore
from mindspore import Tensor
import numpy as np
input = Tensor(np.arange(16).astype(np.float32).reshape(2, 2, 4))
print(input)
index = Tensor([0,], mindspore.int32)
y = input.index_select(1, index)
print(y)
import mindspore
from mindspore import Tensor
import numpy as np
input = Tensor(np.arange(16).astype(np.float32).reshape(2, 2, 4))
print(input)
index = Tensor([0,], mindspore.int32)
y = input.index_select(1, index)
print(y)
# ---- Tensor.init_data
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.init_data")
import mindspore as ms
from mindspore.common.initializer import initializer, Constant
x = initializer(Constant(1), [2, 2], ms.float32)
out = x.init_data()
print(out)
# ---- Tensor.int
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.int")
import numpy as np
import mindspore
from mindspore import Tensor
input_x = Tensor(np.ones([2,2]), mindspore.float32)
output = input_x.int()
print(output.dtype)
# ---- Tensor.is_contiguous
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.is_contiguous")
import mindspore as ms
import numpy as np
from mindspore import Tensor, ops
x = Tensor([[1, 2, 3], [4, 5, 6]], dtype=ms.float32)
y = ops.transpose(x, (1, 0))
print(y.is_contiguous())
# ---- Tensor.is_signed
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.is_signed")
import mindspore as ms
x = ms.Tensor([1, 2, 3], ms.int64)
y = ms.Tensor([1, 2, 3], ms.uint64)
output = x.is_signed()
output2 = y.is_signed()
print(output)
print(output2)
# ---- Tensor.isclose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.isclose")
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([1.3, 2.1, 3.2, 4.1, 5.1]), mindspore.float16)
other = Tensor(np.array([1.3, 3.3, 2.3, 3.1, 5.1]), mindspore.float16)
output = Tensor.isclose(input, other)
print(output)
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([1.3, 2.1, 3.2, 4.1, 5.1]), mindspore.float16)
x2 = Tensor(np.array([1.3, 3.3, 2.3, 3.1, 5.1]), mindspore.float16)
output = Tensor.isclose(input, x2)
print(output)
# ---- Tensor.item
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.item")
import mindspore as ms
from mindspore import Tensor
x = Tensor(1.2, ms.float32)
print(x.item())
# ---- Tensor.itemset
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.itemset")
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[1,2,3],[4,5,6]], dtype=np.float32))
print(x.itemset((0,1), 4))
print(x)
# ---- Tensor.itemsize
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.itemsize")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([[1, 2], [3, 4]]))
output = x.itemsize
print(output)
# ---- Tensor.logical_xor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.logical_xor")
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([True, False, True]), mindspore.bool)
other = Tensor(np.array([True, True, False]), mindspore.bool)
output = input.logical_xor(other)
print(output)
x = Tensor(1, mindspore.bool)
other = Tensor(0, mindspore.bool)
output = input.logical_xor(other)
print(output)
# ---- Tensor.long
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.long")
import numpy as np
import mindspore
from mindspore import Tensor
input_x = Tensor(np.ones([2,2]), mindspore.int32)
output = input_x.long()
print(output.dtype)
# ---- Tensor.mT
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.mT")
from mindspore import Tensor
import numpy as np
x = Tensor(np.ones((2, 3, 4)))
output = x.mT
print(output.shape)
# ---- Tensor.masked_scatter
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.masked_scatter")
import numpy as np
import mindspore
from mindspore import Tensor
x = Tensor(np.array([1., 2., 3., 4.]), mindspore.float32)
mask = Tensor(np.array([True, True, False, True]), mindspore.bool_)
source = Tensor(np.array([5., 6., 7.]), mindspore.float32)
output = x.masked_scatter(mask, source)
print(output)
# ---- Tensor.max
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.max")
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([0.0, 0.4, 0.6, 0.7, 0.1]), mindspore.float32)
output = x.max()
print(output)
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([0.0, 0.4, 0.6, 0.7, 0.1]), mindspore.float32)
output, index = x.max(0, keepdim=True)
print(output, index)
import numpy as np
from mindspore import Tensor
a = Tensor(np.arange(4).reshape((2, 2)).astype('float32'))
output = a.max()
print(output)
value, indices = a.max(axis=0, return_indices=True)
print(value)
print(indices)
# ---- Tensor.median
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.median")
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[0.57, 0.11, 0.21],[0.38, 0.50, 0.57], [0.36, 0.16, 0.44]]).astype(np.float32))
y = x.median(axis=0, keepdims=False)
print(y)
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[0.57, 0.11, 0.21],[0.38, 0.50, 0.57], [0.36, 0.16, 0.44]]).astype(np.float32))
y = x.median(dim=0, keepdim=False)
print(y)
# ---- Tensor.min
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.min")
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([0.0, 0.4, 0.6, 0.7, 0.1]), mindspore.float32)
output = Tensor.min(x)
print(output)
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([0.0, 0.4, 0.6, 0.7, 0.1]), mindspore.float32)
output, index = x.min(0, keepdim=True)
print(output, index)
import numpy as np
from mindspore import Tensor
a = Tensor(np.arange(4).reshape((2, 2)).astype('float32'))
output = Tensor.min(a)
print(output)
output = Tensor.min(a, axis=0)
print(output)
output = Tensor.min(a, axis=0, initial=9, where=Tensor([False]))
print(output)
output = Tensor.min(a, axis=0, initial=9, where=Tensor([False, True]))
print(output)
value, indices = Tensor.min(a, axis=0, return_indices=True)
print(value)
print(indices)
# ---- Tensor.mm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.mm")
import mindspore as ms
import numpy as np
x1 = ms.Tensor(np.random.rand(2, 3), ms.float32)
x2 = ms.Tensor(np.random.rand(3, 4), ms.float32)
out = x1.mm(x2)
print(out.shape)
# ---- Tensor.narrow
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.narrow")
import mindspore
from mindspore import Tensor
x = Tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], mindspore.int32)
output = x.narrow(0, 0, 2)
print(output)
output = x.narrow(1, 1, 2)
print(output)
# ---- Tensor.nbytes
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.nbytes")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([[1, 2], [3, 4]]))
output = x.nbytes
print(output)
# ---- Tensor.ndim
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.ndim")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([[1, 2], [3, 4]]))
output = x.ndim
print(output)
# ---- Tensor.new_ones
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.new_ones")
import mindspore
from mindspore import Tensor
x = Tensor((), mindspore.int32)
_r = x.new_ones((2, 3))
if _r is not None:
    print(repr(_r))
# ---- Tensor.new_zeros
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.new_zeros")
import mindspore
from mindspore import Tensor
x = Tensor((), mindspore.int32)
_r = x.new_zeros((2, 3))
if _r is not None:
    print(repr(_r))
# ---- Tensor.ptp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.ptp")
from mindspore import Tensor
x = Tensor([[4.0, 9.0, 2.0, 10.0], [6.0, 9.0, 7.0, 12.0]]).astype("float32")
print(x.ptp(axis=1))
print(x.ptp(axis=0))
# ---- Tensor.ravel
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.ravel")
import numpy as np
from mindspore import Tensor
x = Tensor(np.ones((2,3,4), dtype=np.float32))
output = x.ravel()
print(output.shape)
# ---- Tensor.remainder
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.remainder")
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([-4.0, 5.0, 6.0]).astype(np.float32))
y = Tensor(np.array([3.0, 2.0, 3.0]).astype(np.float64))
output = x.remainder(y)
print(output)
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([-4.0, 5.0, 6.0]).astype(np.float16))
y = Tensor(np.array([3.0, 2.0, 3.0]).astype(np.float16))
output = x.remainder(divisor=y)
print(output)
# ---- Tensor.reshape_as
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.reshape_as")
import mindspore as ms
from mindspore import Tensor
import numpy as np
x = Tensor([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]], dtype=ms.float32)
y = Tensor(np.arange(6).reshape(3,2))
output = x.reshape_as(y)
print(output)
# ---- Tensor.resize
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.resize")
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[1, 2, 3], [4, 5, 6]], dtype=np.float32))
y = x.resize(3, 3)
print(y)
y = x.resize(2, 2)
print(y)
# ---- Tensor.scatter
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.scatter")
import numpy as np
import mindspore as ms
from mindspore import Tensor
input = Tensor(np.array([[1, 2, 3, 4, 5]]), dtype=ms.float32)
src = Tensor(np.array([[8, 8]]), dtype=ms.float32)
index = Tensor(np.array([[2, 4]]), dtype=ms.int64)
out = input.scatter(dim=1, index=index, src=src)
print(out)
input = Tensor(np.zeros((5, 5)), dtype=ms.float32)
src = Tensor(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), dtype=ms.float32)
index = Tensor(np.array([[0, 0, 0], [2, 2, 2], [4, 4, 4]]), dtype=ms.int64)
out = input.scatter(dim=0, index=index, src=src)
print(out)
input = Tensor(np.zeros((5, 5)), dtype=ms.float32)
src = Tensor(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), dtype=ms.float32)
index = Tensor(np.array([[0, 2, 4], [0, 2, 4], [0, 2, 4]]), dtype=ms.int64)
out = input.scatter(dim=1, index=index, src=src)
print(out)
import numpy as np
import mindspore as ms
from mindspore import Tensor
input = Tensor(np.array([[1, 2, 3, 4, 5]]), dtype=ms.float32)
src = Tensor(np.array([[8, 8]]), dtype=ms.float32)
index = Tensor(np.array([[2, 4]]), dtype=ms.int64)
out = input.scatter(axis=1, index=index, src=src)
print(out)
input = Tensor(np.zeros((5, 5)), dtype=ms.float32)
src = Tensor(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), dtype=ms.float32)
index = Tensor(np.array([[0, 0, 0], [2, 2, 2], [4, 4, 4]]), dtype=ms.int64)
out = input.scatter(axis=0, index=index, src=src)
print(out)
input = Tensor(np.zeros((5, 5)), dtype=ms.float32)
src = Tensor(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), dtype=ms.float32)
index = Tensor(np.array([[0, 2, 4], [0, 2, 4], [0, 2, 4]]), dtype=ms.int64)
out = input.scatter(axis=1, index=index, src=src)
print(out)
# ---- Tensor.shape
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.shape")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([[1, 2], [3, 4]]))
print(x.shape)
# ---- Tensor.short
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.short")
import mindspore as ms
import numpy as np
x = ms.Tensor(np.array([1,2,3,4,5]), ms.int32)
output = x.short()
_r = output
if _r is not None:
    print(repr(_r))

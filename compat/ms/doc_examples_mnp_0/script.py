"""Docstring "Examples" of the MindSpore 2.10 API (mnp), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- mnp.abs
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.abs")
import mindspore.numpy as np
x = np.asarray([1, 2, 3, -4, -5], np.float32)
output = np.absolute(x)
print(output)
# ---- mnp.absolute
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.absolute")
import mindspore.numpy as np
x = np.asarray([1, 2, 3, -4, -5], np.float32)
output = np.absolute(x)
print(output)
# ---- mnp.add
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.add")
import mindspore.numpy as np
x1 = np.full((3, 2), [1, 2])
x2 = np.full((3, 2), [3, 4])
output = np.add(x1, x2)
print(output)
# ---- mnp.amax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.amax")
import mindspore.numpy as np
a = np.arange(4).reshape((2,2)).astype('float32')
output = np.amax(a)
print(output)
output = np.amax(a, axis=0)
print(output)
output = np.amax(a, axis=1)
print(output)
output = np.amax(a, where=np.array([False, True]), initial=-1, axis=0)
print(output)
# ---- mnp.amin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.amin")
import mindspore.numpy as np
a = np.arange(4).reshape((2,2)).astype('float32')
output = np.amin(a)
print(output)
output = np.amin(a, axis=0)
print(output)
output = np.amin(a, axis=1)
print(output)
output = np.amin(a, where=np.array([False, True]), initial=10, axis=0)
print(output)
# ---- mnp.append
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.append")
import mindspore.numpy as np
a = np.ones((2, 3))
b = np.ones((2, 1))
print(np.append(a, b, axis=1).shape)
# ---- mnp.arange
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.arange")
import mindspore.numpy as np
print(np.arange(0, 5, 1))
print(np.arange(3))
print(np.arange(start=0, stop=3))
print(np.arange(0, stop=3, step=0.5))
# ---- mnp.arccos
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.arccos")
import mindspore.numpy as np
input = np.asarray([1, -1], np.float32)
output = np.arccos(input)
print(output)
# ---- mnp.arccosh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.arccosh")
import mindspore.numpy as np
x = np.arange(1, 5).astype('float32')
print(np.arccosh(x))
# ---- mnp.arcsin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.arcsin")
import mindspore.numpy as np
x = np.asarray([1, -1], np.float32)
output = np.arcsin(x)
print(output)
# ---- mnp.arcsinh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.arcsinh")
import mindspore.numpy as np
x = np.array([1., 2., 3., 4.], dtype=np.float32)
print(np.arcsinh(x))
# ---- mnp.arctan
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.arctan")
import mindspore.numpy as np
x = np.arange(5).astype('float32')
print(np.arctan(x))
# ---- mnp.arctan2
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.arctan2")
import mindspore.numpy as np
x1 = np.array([-1, +1, +1, -1])
x2 = np.array([-1, -1, +1, +1])
output = np.arctan2(x1, x2)
print(output)
# ---- mnp.arctanh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.arctanh")
import mindspore.numpy as np
x = np.array([-0.99, -0.75, -0.5, 0, 0.5]).astype('float32')
print(np.arctanh(x))
# ---- mnp.argmax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.argmax")
import mindspore.numpy as np
a = np.arange(10, 16).reshape(2, 3)
print(np.argmax(a))
print(np.argmax(a, axis=0))
print(np.argmax(a, axis=1))
# ---- mnp.argmin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.argmin")
import mindspore.numpy as np
a = np.arange(10, 16).reshape(2, 3)
print(np.argmin(a))
print(np.argmin(a, axis=0))
print(np.argmin(a, axis=1))
# ---- mnp.argwhere
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.argwhere")
import mindspore.numpy as np
x = np.array([[[1, 0], [-5, 0]]])
_r = np.argwhere(x)
if _r is not None:
    print(repr(_r))
# ---- mnp.around
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.around")
import mindspore.numpy as np
a = np.array([-1.3, 0.0, 0.5, 1.5, 2.5])
print(np.around(a))
# ---- mnp.array
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.array")
import mindspore.numpy as np
print(np.array([1,2,3]))
# ---- mnp.array_equal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.array_equal")
import mindspore.numpy as np
a = [0,1,2]
b = [[0,1,2], [0,1,2]]
print(np.array_equal(a,b))
# ---- mnp.array_equiv
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.array_equiv")
import mindspore.numpy as np
a = [0,1,2]
b = [[0,1,2], [0,1,2]]
print(np.array_equiv(a,b))
# ---- mnp.array_split
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.array_split")
import mindspore.numpy as np
input_x = np.arange(9).astype("float32")
output = np.array_split(input_x, 4)
print(output)
# ---- mnp.asarray
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.asarray")
import mindspore.numpy as np
print(np.asarray([1,2,3]))
# ---- mnp.asfarray
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.asfarray")
import mindspore.numpy as np
print(np.asfarray([1,2,3]))
# ---- mnp.atleast_1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.atleast_1d")
import mindspore.numpy as np
a = np.ones((2, 3))
b = np.ones(())
c = np.ones(5)
output = np.atleast_1d(a, b, c)
print(output)
# ---- mnp.atleast_2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.atleast_2d")
import mindspore.numpy as np
a = np.ones((2, 3))
b = np.ones(())
c = np.ones(5)
output = np.atleast_2d(a, b, c)
print(output)
# ---- mnp.atleast_3d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.atleast_3d")
import mindspore.numpy as np
a = np.ones((2, 3))
b = np.ones(())
c = np.ones(5)
output = np.atleast_3d(a, b, c)
print(output)
# ---- mnp.average
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.average")
import mindspore.numpy as np
input_x = np.array([[1., 2.], [3., 4.]])
output = np.average(input_x, axis=0, weights=input_x, returned=True)
print(output)
# ---- mnp.bitwise_and
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.bitwise_and")
import mindspore.numpy as np
print(np.bitwise_and(13, 17))
# ---- mnp.bitwise_not
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.bitwise_not")
import mindspore.numpy as np
print(np.invert(np.array(13, dtype=np.uint16)))
# ---- mnp.bitwise_or
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.bitwise_or")
import mindspore.numpy as np
print(np.bitwise_or(13, 16))
# ---- mnp.bitwise_xor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.bitwise_xor")
import mindspore.numpy as np
print(np.bitwise_xor(13, 17))
# ---- mnp.broadcast_arrays
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.broadcast_arrays")
import mindspore.numpy as np
x = np.array([[1,2,3]])
y = np.array([[4],[5]])
output = np.broadcast_arrays(x, y)
print(output)
# ---- mnp.broadcast_to
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.broadcast_to")
import mindspore.numpy as np
x = np.array([1, 2, 3])
output = np.broadcast_to(x, (3, 3))
print(output)
# ---- mnp.ceil
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.ceil")
import mindspore.numpy as np
a = np.array([-1.7, -1.5, -0.2, 0.2, 1.5, 1.7, 2.0])
output = np.ceil(a)
print(output)
# ---- mnp.choose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.choose")
import mindspore.numpy as np
choices = [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23], [30, 31, 32, 33]]
print(np.choose([2, 3, 1, 0], choices))
print(np.choose([2, 4, 1, 0], choices, mode='clip'))
print(np.choose([2, 4, 1, 0], choices, mode='wrap'))
a = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
choices = [-10, 10]
print(np.choose(a, choices))
# ---- mnp.clip
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.clip")
import mindspore.numpy as np
x = np.asarray([1, 2, 3, -4, 0, 3, 2, 0])
output = np.clip(x, 0, 2)
print(output)
# ---- mnp.column_stack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.column_stack")
import mindspore.numpy as np
x1 = np.array([1, 2, 3]).astype('int32')
x2 = np.array([4, 5, 6]).astype('int32')
output = np.column_stack((x1, x2))
print(output)
# ---- mnp.concatenate
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.concatenate")
import mindspore.numpy as np
x1 = np.ones((1,2,3))
x2 = np.ones((1,2,1))
x = np.concatenate((x1, x2), axis=-1)
print(x.shape)
# ---- mnp.convolve
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.convolve")
import mindspore.numpy as np
output = np.convolve([1., 2., 3., 4., 5.], [2., 3.], mode="valid")
print(output)
# ---- mnp.copy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.copy")
import mindspore.numpy as np
x = np.ones((2,2))
print(np.copy(x))
# ---- mnp.copysign
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.copysign")
import mindspore.numpy as np
output = np.copysign(np.array([1, -1, -1]), np.array([-1, 1, -1]))
print(output)
# ---- mnp.correlate
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.correlate")
import mindspore.numpy as mnp
from mindspore import Tensor
output = mnp.correlate(Tensor([1., 2., 3.]), Tensor([0., 1., 0.5]))
print(output)
output = mnp.correlate(Tensor([1., 2., 3.]), Tensor([0., 1., 0.5]), mode="same")
print(output)
output = mnp.correlate(Tensor([1., 2., 3., 4., 5.]), Tensor([1., 2.]), mode="full")
print(output)
# ---- mnp.cos
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.cos")
import mindspore.numpy as np
x = np.arange(5).astype('float32')
print(np.cos(x))
# ---- mnp.cosh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.cosh")
import mindspore.numpy as np
x = np.arange(5).astype('float32')
print(np.cosh(x))
# ---- mnp.count_nonzero
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.count_nonzero")
import mindspore.numpy as np
x = np.asarray([1, 2, 3, -4, 0, 3, 2, 0])
output = np.count_nonzero(x)
print(output)
# ---- mnp.cov
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.cov")
import mindspore.numpy as np
output = np.cov([[2., 3., 4., 5.], [0., 2., 3., 4.], [7., 8., 9., 10.]])
print(output)
# ---- mnp.cross
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.cross")
import mindspore.numpy as np
x = np.array([[1,2,3], [4,5,6]])
y = np.array([[4,5,6], [1,2,3]])
output = np.cross(x, y)
print(output)
output = np.cross(x, y, axisc=0)
print(output)
# ---- mnp.cumprod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.cumprod")
import mindspore.numpy as np
x = np.array([1, 2, 3])
print(np.cumprod(x))
# ---- mnp.cumsum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.cumsum")
import mindspore.numpy as np
output = np.cumsum(np.ones((3,3)), axis=0)
print(output)
# ---- mnp.diag
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.diag")
import mindspore.numpy as np
x = np.arange(9).reshape((3,3))
print(x)
output = np.diag(x)
print(output)
output = np.diag(x, k=1)
print(output)
output = np.diag(x, k=-1)
print(output)
# ---- mnp.diag_indices
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.diag_indices")
import mindspore.numpy as np
output = np.diag_indices(5, 3)
print(output)
# ---- mnp.diagflat
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.diagflat")
import mindspore.numpy as np
output = np.diagflat(np.asarray([[1,2], [3,4]]))
print(output)
output = np.diagflat(np.asarray([1,2]), 1)
print(output)
# ---- mnp.diagonal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.diagonal")
import mindspore.numpy as np
a = np.arange(4).reshape(2,2).astype(np.float32)
print(a)
output = np.diagonal(a)
print(output)
output = np.diagonal(a, 1)
print(output)
a = np.arange(8).reshape(2, 2, 2).astype(np.float32)
print(a)
output = np.diagonal(a, 0, 0, 1)
print(output)
# ---- mnp.diff
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.diff")
import mindspore.numpy as np
arr = np.array([1, 3, -1, 0, 4])
print(np.diff(arr, n=2))
# ---- mnp.digitize
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.digitize")
import mindspore.numpy as np
x = np.array([1.2, 10.0, 12.4, 15.5, 20.])
bins = np.array([0, 5, 10, 15, 20])
inds = np.digitize(x, bins)
print(inds)
# ---- mnp.divide
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.divide")
import mindspore.numpy as np
x1 = np.full((3, 2), [1, 2])
x2 = np.full((3, 2), [3, 4])
output = np.divide(x1, x2)
print(output)
# ---- mnp.divmod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.divmod")
import mindspore.numpy as np
a = np.array([1, 2, 3, 4, 5])
print(np.divmod(a, 1.5))
# ---- mnp.dot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.dot")
import mindspore.numpy as np
a = np.full((1, 3), 7).astype('float32')
b = np.full((2, 3, 4), 5).astype('float32')
output = np.dot(a, b)
print(output)
# ---- mnp.dsplit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.dsplit")
import mindspore.numpy as np
input_x = np.arange(6).reshape((1, 2, 3)).astype('float32')
output = np.dsplit(input_x, 3)
print(output)

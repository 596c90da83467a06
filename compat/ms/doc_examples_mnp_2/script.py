"""Docstring "Examples" of the MindSpore 2.10 API (mnp), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- mnp.logical_or
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.logical_or")
import mindspore.numpy as np
x1 = np.array([True, False])
x2 = np.array([False, True])
output = np.logical_or(x1, x2)
print(output)
# ---- mnp.logical_xor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.logical_xor")
import mindspore.numpy as np
x1 = np.array([True, False])
x2 = np.array([False, False])
output = np.logical_xor(x1, x2)
print(output)
# ---- mnp.logspace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.logspace")
import mindspore.numpy as np
print(np.logspace(0, 5, 6, base=2.0))
# ---- mnp.matmul
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.matmul")
import mindspore.numpy as np
x1 = np.arange(2*3*4).reshape(2, 3, 4).astype('float32')
x2 = np.arange(4*5).reshape(4, 5).astype('float32')
output = np.matmul(x1, x2)
print(output)
# ---- mnp.matrix_power
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.matrix_power")
from mindspore import numpy as np
a = np.arange(16).reshape(4, 4).astype('float32')
print(np.matrix_power(a, 2))
# ---- mnp.max
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.max")
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
# ---- mnp.maximum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.maximum")
import mindspore.numpy as np
output = np.maximum(np.array([2, 3, 4]), np.array([1, 5, 2]))
print(output)
# ---- mnp.mean
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.mean")
import mindspore.numpy as np
a = np.arange(6, dtype='float32')
output = np.mean(a, 0)
print(output)
# ---- mnp.meshgrid
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.meshgrid")
import mindspore.numpy as np
x = np.linspace(0, 1, 3)
y = np.linspace(0, 1, 2)
xv, yv = np.meshgrid(x, y)
print(xv)
print(yv)
xv, yv = np.meshgrid(x, y, sparse=True)
print(xv)
print(yv)
# ---- mnp.min
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.min")
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
# ---- mnp.minimum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.minimum")
import mindspore.numpy as np
a = np.asarray([1, 2])
b = np.asarray([[1, 3],[1, 4]])
print(np.minimum(a, b))
# ---- mnp.mod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.mod")
import mindspore.numpy as np
output = np.remainder(np.array([4, 7]), np.array([2, 3]))
print(output)
output = np.remainder(np.arange(7), np.array(5))
print(output)
# ---- mnp.moveaxis
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.moveaxis")
import mindspore.numpy as np
x = np.zeros((3, 4, 5))
output = np.moveaxis(x, 0, -1)
print(output.shape)
output = np.moveaxis(x, -1, 0)
print(output.shape)
output = np.moveaxis(x, [0, 1, 2], [-1, -2, -3])
print(output.shape)
# ---- mnp.multi_dot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.multi_dot")
import mindspore.numpy as np
A = np.ones((10000, 100))
B = np.ones((100, 100))
C = np.ones((100, 5))
D = np.ones((5, 333))
output = np.multi_dot([A, B, C, D])
print(output)
# ---- mnp.multiply
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.multiply")
import mindspore.numpy as np
x1 = np.full((3, 2), [1, 2])
x2 = np.full((3, 2), [3, 4])
output = np.multiply(x1, x2)
print(output)
# ---- mnp.nancumsum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.nancumsum")
import mindspore.numpy as np
a = np.array([[1, 2], [3, np.nan]])
output = np.nancumsum(a)
print(output)
output = np.nancumsum(a, axis=0)
print(output)
output = np.nancumsum(a, axis=1)
print(output)
# ---- mnp.nanmax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.nanmax")
import mindspore.numpy as np
a = np.array([[1, 2], [3, np.nan]])
output = np.nanmax(a)
print(output)
output = np.nanmax(a, axis=0)
print(output)
# ---- mnp.nanmean
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.nanmean")
import mindspore.numpy as np
a = np.array([[1, np.nan], [3, 4]])
output = np.nanmean(a)
print(output)
output = np.nanmean(a, axis=0)
print(output)
output = np.nanmean(a, axis=1)
print(output)
# ---- mnp.nanmin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.nanmin")
import mindspore.numpy as np
a = np.array([[1, 2], [3, np.nan]])
output = np.nanmin(a)
print(output)
output = np.nanmin(a, axis=0)
print(output)
# ---- mnp.nanstd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.nanstd")
import mindspore.numpy as np
a = np.array([[1, np.nan], [3, 4]])
output = np.nanstd(a)
print(output)
output = np.nanstd(a, axis=0)
print(output)
output = np.nanstd(a, axis=1)
print(output)
# ---- mnp.nansum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.nansum")
import mindspore.numpy as np
a = np.array([[1, 1], [1, np.nan]])
output = np.nansum(a)
print(output)
output = np.nansum(a, axis=0)
print(output)
# ---- mnp.nanvar
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.nanvar")
import mindspore.numpy as np
a = np.array([[1, np.nan], [3, 4]])
output = np.nanvar(a)
print(output)
output = np.nanvar(a, axis=0)
print(output)
output = np.nanvar(a, axis=1)
print(output)
# ---- mnp.negative
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.negative")
import mindspore.numpy as np
a = np.asarray([1, -1]).astype('float32')
output = np.negative(a)
print(output)
# ---- mnp.norm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.norm")
import mindspore.numpy as np
print(np.norm(np.arange(9).astype(np.float32)))
# ---- mnp.not_equal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.not_equal")
import mindspore.numpy as np
a = np.asarray([1, 2])
b = np.asarray([[1, 3],[1, 4]])
print(np.not_equal(a, b))
# ---- mnp.ones
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.ones")
import mindspore.numpy as np
print(np.ones((2,2)))
# ---- mnp.ones_like
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.ones_like")
import mindspore.numpy as np
a = np.ones((4,1,2))
output = np.ones_like(a)
print(output)
# ---- mnp.outer
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.outer")
import mindspore.numpy as np
a = np.full(7, 2).astype('float32')
b = np.full(4, 3).astype('float32')
output = np.outer(a, b)
print(output)
# ---- mnp.pad
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.pad")
import mindspore.numpy as np
tensor = np.array([1., 2., 3., 4., 5.])
print(np.pad(tensor, (3, 4)))
print(np.pad(tensor, (3, 4), mode="wrap"))
print(np.pad(tensor, (3, 4), mode="linear_ramp", end_values=(10, 10)))
# ---- mnp.polyadd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.polyadd")
import mindspore.numpy as np
print(np.polyadd([1, 2], [9, 5, 4]))
# ---- mnp.polyder
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.polyder")
import mindspore.numpy as np
print(np.polyder([1, 1, 1, 1]))
# ---- mnp.polyint
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.polyint")
import mindspore.numpy as np
print(np.polyint([1, 1, 1]))
# ---- mnp.polymul
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.polymul")
import mindspore.numpy as np
print(np.polymul([3, 1, 2], [2, 5]))
# ---- mnp.polysub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.polysub")
import mindspore.numpy as np
print(np.polysub([2, 10, -2], [3, 10, -4]))
# ---- mnp.polyval
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.polyval")
import mindspore.numpy as np
print(np.polyval([3.,0.,1.], 5.))
# ---- mnp.positive
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.positive")
import mindspore.numpy as np
a = np.asarray([1, -1]).astype('float32')
output = np.positive(a)
print(output)
# ---- mnp.power
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.power")
import mindspore.numpy as np
x1 = np.full((3, 2), [1, 2]).astype('float32')
x2 = np.full((3, 2), [3, 4]).astype('float32')
output = np.power(x1, x2)
print(output)
# ---- mnp.ptp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.ptp")
import mindspore.numpy as np
x = np.array([[4.0, 9.0, 2.0, 10.0], [6.0, 9.0, 7.0, 12.0]])
print(np.ptp(x, axis=1))
print(np.ptp(x, axis=0))
# ---- mnp.ravel
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.ravel")
import mindspore.numpy as np
x = np.ones((2,3,4))
output = np.ravel(x)
print(output.shape)
# ---- mnp.ravel_multi_index
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.ravel_multi_index")
import mindspore.numpy as np
arr = np.array([[3, 6, 6], [4, 5, 1]])
output = np.ravel_multi_index(arr, (7, 6))
print(output)
output = np.ravel_multi_index((3, 1, 4, 1), (6, 7, 8, 9))
print(output)
# ---- mnp.reciprocal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.reciprocal")
import mindspore.numpy as np
x = np.arange(1, 7).reshape(2, 3).astype('float32')
output = np.reciprocal(x)
print(output)
# ---- mnp.remainder
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.remainder")
import mindspore.numpy as np
output = np.remainder(np.array([4, 7]), np.array([2, 3]))
print(output)
output = np.remainder(np.arange(7), np.array(5))
print(output)
# ---- mnp.repeat
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.repeat")
import mindspore.numpy as np
output = np.repeat(np.array(3), 4)
print(output)
x = np.array([[1,2],[3,4]])
output = np.repeat(x, 2)
print(output)
output = np.repeat(x, 3, axis=1)
print(output)
output = np.repeat(x, [1, 2], axis=0)
print(output)
# ---- mnp.reshape
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.reshape")
import mindspore.numpy as np
x = np.asarray([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]])
output = np.reshape(x, (3, 2))
print(output)
output = np.reshape(x, (3, -1))
print(output)
output = np.reshape(x, (6, ))
print(output)
# ---- mnp.rint
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.rint")
import mindspore.numpy as np
x = np.array([-1.7, -1.5, 0.2, 1.5, 1.7, 2.0])
print(np.rint(x))
# ---- mnp.roll
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.roll")
import mindspore.numpy as np
a = np.reshape(np.arange(12), (3, 4))
print(np.roll(a, [2,-3], [0,-1]))
# ---- mnp.rollaxis
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.rollaxis")
import mindspore.numpy as np
x = np.ones((2,3,4))
output = np.rollaxis(x, 0, 2)
print(output.shape)
# ---- mnp.rot90
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.rot90")
import mindspore.numpy as np
a = np.arange(24).reshape((2, 3, 4))
output = np.rot90(a)
print(output)
output = np.rot90(a, 3, (1, 2))
print(output)
# ---- mnp.round
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.round")
import mindspore.numpy as np
a = np.array([-1.3, 0.0, 0.5, 1.5, 2.5])
print(np.around(a))
# ---- mnp.searchsorted
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.searchsorted")
from mindspore import numpy as np
print(np.searchsorted([1,2,3,4,5], 3))
print(np.searchsorted([1,2,3,4,5], 3, side='right'))
print(np.searchsorted([1,2,3,4,5], [-10, 10, 2, 3]))
# ---- mnp.select
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.select")
import mindspore.numpy as np
condlist = [[True, True, True, False, False], [False, False, True, False, True]]
choicelist = [[0, 1, 2, 3, 4], [0, 1, 4, 9, 16]]
output = np.select(condlist, choicelist)
print(output)
# ---- mnp.setdiff1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.setdiff1d")
import mindspore.numpy as np
a = np.array([1, 2, 3, 2, 4, 1])
b = np.array([3, 4, 5, 6])
_r = np.setdiff1d(a, b)
if _r is not None:
    print(repr(_r))
# ---- mnp.sign
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.sign")
import mindspore.numpy as np
output = np.sign(np.array([-1., 0., 1., 1.2]))
print(output)
# ---- mnp.signbit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.signbit")
import mindspore.numpy as np
x = np.array([1, -2.3, 2.1]).astype('float32')
output = np.signbit(x)
print(output)
# ---- mnp.sin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.sin")
import mindspore.numpy as np
x = np.array([-5, -1, 0, 2, 4, 100]).astype('float32')
output = np.sin(x)
print(output)
# ---- mnp.sinh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.sinh")
import mindspore.numpy as np
x = np.arange(5).astype('float32')
print(np.sinh(x))
# ---- mnp.size
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.size")
import mindspore.numpy as np
x = np.arange(10).reshape(2, 5).astype('float32')
print(np.size(x))
print(np.size(x, axis=1))
# ---- mnp.sometrue
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.sometrue")
import mindspore.numpy as np
x = np.array([1, -2.3, 2.1]).astype('float32')
output = np.sometrue(x)
print(output)
# ---- mnp.split
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.split")
import mindspore.numpy as np
input_x = np.arange(9).astype("float32")
output = np.split(input_x, 3)
print(output)
# ---- mnp.sqrt
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.sqrt")
import mindspore.numpy as np
x = np.arange(6).reshape(2, 3).astype('float32')
x_squared = np.square(x)
output = np.sqrt(x_squared)
print(output)

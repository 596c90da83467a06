"""Docstring "Examples" of the MindSpore 2.10 API (mnp), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- mnp.dstack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.dstack")
import mindspore.numpy as np
x1 = np.array([1, 2, 3]).astype('float32')
x2 = np.array([4, 5, 6]).astype('float32')
output = np.dstack((x1, x2))
print(output)
# ---- mnp.ediff1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.ediff1d")
import mindspore.numpy as np
arr = np.array([1, 3, -1, 0, 4])
print(np.ediff1d(arr))
# ---- mnp.empty
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.empty")
import mindspore.numpy as np
output = np.empty((2, 3))
print(output)
# ---- mnp.empty_like
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.empty_like")
import mindspore.numpy as np
a = np.ones((4,1,2))
output = np.empty_like(a)
print(output)
# ---- mnp.equal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.equal")
import mindspore.numpy as np
output = np.equal(np.array([0, 1, 3]), np.arange(3))
print(output)
# ---- mnp.exp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.exp")
import mindspore.numpy as np
output = np.exp(np.arange(5).astype(np.float32))
print(output)
# ---- mnp.exp2
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.exp2")
import mindspore.numpy as np
x = np.array([2, 3]).astype(np.float32)
output = np.exp2(x)
print(output)
# ---- mnp.expand_dims
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.expand_dims")
import mindspore.numpy as np
x = np.ones((2,2))
x = np.expand_dims(x,0)
print(x.shape)
# ---- mnp.expm1
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.expm1")
import mindspore.numpy as np
output = np.expm1(np.arange(5).astype(np.float32))
print(output)
# ---- mnp.eye
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.eye")
import mindspore.numpy as np
print(np.eye(2, 2))
# ---- mnp.fabs
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.fabs")
import mindspore.numpy as np
x = np.asarray([1, 2, 3, -4, -5], np.float32)
output = np.absolute(x)
print(output)
# ---- mnp.fix
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.fix")
import mindspore.numpy as np
output = np.fix(np.array([2.1, 2.9, -2.1, -2.9]))
print(output)
# ---- mnp.flip
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.flip")
import mindspore.numpy as np
A = np.arange(8.0).reshape((2,2,2))
output = np.flip(A)
print(output)
output = np.flip(A, (0, 2))
print(output)
# ---- mnp.fliplr
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.fliplr")
import mindspore.numpy as np
A = np.arange(8.0).reshape((2,2,2))
output = np.fliplr(A)
print(output)
# ---- mnp.flipud
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.flipud")
import mindspore.numpy as np
A = np.arange(8.0).reshape((2,2,2))
output = np.flipud(A)
print(output)
# ---- mnp.float_power
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.float_power")
import mindspore.numpy as np
x1 = np.arange(6)
x2 = np.array(3)
output = np.float_power(x1, x2)
print(output)
# ---- mnp.floor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.floor")
import mindspore.numpy as np
output = np.floor(np.array([-1.7, -1.5, -0.2, 0.2, 1.5, 1.7, 2.0]))
print(output)
# ---- mnp.floor_divide
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.floor_divide")
import mindspore.numpy as np
output = np.floor_divide(np.array([1., 2., 3., 4.]), np.array(2.5))
print(output)
# ---- mnp.fmod
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.fmod")
import mindspore.numpy as np
output = np.fmod(np.array([-3, -2, -1, 1, 2, 3]), np.array(2))
print(output)
# ---- mnp.full
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.full")
import mindspore.numpy as np
print(np.full((2,2), True))
# ---- mnp.full_like
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.full_like")
import mindspore.numpy as np
a = np.ones((4,1,2))
output = np.full_like(a, 0.5)
print(output)
# ---- mnp.gcd
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.gcd")
import mindspore.numpy as np
output = np.gcd(np.arange(6), np.array(20))
print(output)
# ---- mnp.geomspace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.geomspace")
import mindspore.numpy as np
output = np.geomspace(1, 256, num=9)
print(output)
output = np.geomspace(1, 256, num=8, endpoint=False)
print(output)
# ---- mnp.gradient
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.gradient")
import mindspore.numpy as np
output = np.gradient([[1, 2, 6], [3, 4, 5]], axis=-1)
print(output)
# ---- mnp.greater
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.greater")
import mindspore.numpy as np
output = np.greater(np.array([4, 2]), np.array([2, 2]))
print(output)
# ---- mnp.greater_equal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.greater_equal")
import mindspore.numpy as np
output = np.greater_equal(np.array([4, 2, 1]), np.array([2, 2, 2]))
print(output)
# ---- mnp.heaviside
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.heaviside")
import mindspore.numpy as np
output = np.heaviside(np.array([-1.5, 0, 2.0]), np.array(0.5))
print(output)
output = np.heaviside(np.array([-1.5, 0, 2.0]), np.array(1))
print(output)
# ---- mnp.histogram
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.histogram")
from mindspore import numpy as np
print(np.histogram([1, 2, 1], bins=[0, 1, 2, 3]))
print(np.histogram(np.arange(4), bins=np.arange(5), density=True))
print(np.histogram([[1, 2, 1], [1, 0, 1]], bins=[0,1,2,3]))
# ---- mnp.hsplit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.hsplit")
import mindspore.numpy as np
input_x = np.arange(6).reshape((2, 3)).astype('float32')
output = np.hsplit(input_x, 3)
print(output)
# ---- mnp.hstack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.hstack")
import mindspore.numpy as np
x1 = np.array([1, 2, 3]).astype('float32')
x2 = np.array([4, 5, 6]).astype('float32')
output = np.hstack((x1, x2))
print(output)
# ---- mnp.hypot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.hypot")
import mindspore.numpy as np
output = np.hypot(3*np.ones((3, 3)), 4*np.ones((3, 3)))
print(output)
output = np.hypot(3*np.ones((3, 3)), np.array([4.0]))
print(output)
# ---- mnp.identity
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.identity")
import mindspore.numpy as np
print(np.identity(2))
# ---- mnp.in1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.in1d")
import mindspore.numpy as np
test = np.array([0, 1, 2, 5, 0])
states = [0, 2]
mask = np.in1d(test, states)
print(mask)
mask = np.in1d(test, states, invert=True)
print(mask)
# ---- mnp.indices
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.indices")
import mindspore.numpy as np
grid = np.indices((2, 3))
print(grid)
# ---- mnp.inner
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.inner")
import mindspore.numpy as np
a = np.ones((5, 3))
b = np.ones((2, 7, 3))
output = np.inner(a, b)
print(output)
# ---- mnp.interp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.interp")
import mindspore.numpy as np
xp = [1, 2, 3]
fp = [3, 2, 0]
print(np.interp([0, 1, 1.5, 2.72, 3.14], xp, fp))
UNDEF = -99.0
print(np.interp(3.14, xp, fp, right=UNDEF))
# ---- mnp.intersect1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.intersect1d")
import mindspore.numpy as np
_r = np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1])
if _r is not None:
    print(repr(_r))
# ---- mnp.invert
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.invert")
import mindspore.numpy as np
print(np.invert(np.array(13, dtype=np.uint16)))
# ---- mnp.isclose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.isclose")
import mindspore.numpy as np
a = np.array([0,1,2,float('inf'),float('inf'),float('nan')])
b = np.array([0,1,-2,float('-inf'),float('inf'),float('nan')])
print(np.isclose(a, b))
print(np.isclose(a, b, equal_nan=True))
# ---- mnp.isfinite
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.isfinite")
import mindspore.numpy as np
output = np.isfinite(np.array([np.inf, 1., np.nan]).astype('float32'))
print(output)
# ---- mnp.isin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.isin")
import mindspore.numpy as np
element = 2*np.arange(4).reshape((2, 2))
test_elements = [1, 2, 4, 8]
mask = np.isin(element, test_elements)
print(mask)
mask = np.isin(element, test_elements, invert=True)
print(mask)
# ---- mnp.isinf
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.isinf")
import mindspore.numpy as np
output = np.isinf(np.array(np.inf, np.float32))
print(output)
output = np.isinf(np.array([np.inf, -np.inf, 1.0, np.nan], np.float32))
print(output)
# ---- mnp.isnan
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.isnan")
import mindspore.numpy as np
output = np.isnan(np.array(np.nan, np.float32))
print(output)
output = np.isnan(np.array(np.inf, np.float32))
print(output)
# ---- mnp.isneginf
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.isneginf")
import mindspore.numpy as np
output = np.isneginf(np.array([-np.inf, 0., np.inf, np.nan], np.float32))
print(output)
# ---- mnp.isposinf
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.isposinf")
import mindspore.numpy as np
output = np.isposinf(np.array([-np.inf, 0., np.inf, np.nan], np.float32))
print(output)
# ---- mnp.isscalar
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.isscalar")
import mindspore.numpy as np
output = np.isscalar(3.1)
print(output)
output = np.isscalar(np.array(3.1))
print(output)
output = np.isscalar(False)
print(output)
output = np.isscalar('numpy')
print(output)
# ---- mnp.ix_
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.ix_")
import mindspore.numpy as np
ixgrid = np.ix_(np.array([0, 1]), np.array([2, 4]))
print(ixgrid)
# ---- mnp.kron
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.kron")
import mindspore.numpy as np
output = np.kron([1,10,100], [5,6,7])
print(output)
output = np.kron([5,6,7], [1,10,100])
print(output)
output = np.kron(np.eye(2), np.ones((2,2)))
print(output)
# ---- mnp.lcm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.lcm")
import mindspore.numpy as np
output = np.lcm(np.arange(6), np.array(20))
print(output)
# ---- mnp.less
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.less")
import mindspore.numpy as np
output = np.less(np.array([1, 2]), np.array([2, 2]))
print(output)
# ---- mnp.less_equal
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.less_equal")
import mindspore.numpy as np
output = np.less_equal(np.array([4, 2, 1]), np.array([2, 2, 2]))
print(output)
# ---- mnp.linspace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.linspace")
import mindspore.numpy as np
print(np.linspace(0, 5, 6))
# ---- mnp.log
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.log")
import mindspore.numpy as np
x = np.array([2, 3, 4]).astype('float32')
output = np.log(x)
print(output)
# ---- mnp.log10
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.log10")
import mindspore.numpy as np
x = np.array([10, 100, 1000]).astype('float16')
output = np.log10(x)
print(output)
# ---- mnp.log1p
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.log1p")
import mindspore.numpy as np
x = np.array([1, 2, 3]).astype('float16')
output = np.log1p(x)
print(output)
# ---- mnp.log2
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.log2")
import mindspore.numpy as np
x = np.array([2, 4, 8]).astype('float16')
output = np.log2(x)
print(output)
# ---- mnp.logaddexp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.logaddexp")
import mindspore.numpy as np
x1 = np.array([1, 2, 3]).astype('float16')
x2 = np.array(2).astype('float16')
output = np.logaddexp(x1, x2)
print(output)
# ---- mnp.logaddexp2
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.logaddexp2")
import mindspore.numpy as np
x1 = np.array([2, 4, 8]).astype('float16')
x2 = np.array(2).astype('float16')
output = np.logaddexp2(x1, x2)
print(output)
# ---- mnp.logical_and
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.logical_and")
import mindspore.numpy as np
x1 = np.array([True, False])
x2 = np.array([False, False])
output = np.logical_and(x1, x2)
print(output)
# ---- mnp.logical_not
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.logical_not")
import mindspore.numpy as np
a = np.array([True, False])
output = np.logical_not(a)
print(output)

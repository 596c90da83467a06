"""Docstring "Examples" of the MindSpore 2.10 API (mnp), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- mnp.square
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.square")
import mindspore.numpy as np
x = np.square(np.arange(6).reshape(2, 3).astype('float32'))
print(x)
# ---- mnp.squeeze
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.squeeze")
import mindspore.numpy as np
x = np.ones((1,2,2,1))
x = np.squeeze(x)
print(x.shape)
# ---- mnp.stack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.stack")
import mindspore.numpy as np
arrays = [np.ones((3, 4)) for _ in range(10)]
output = np.stack(arrays, axis=0)
print(output.shape)
output = np.stack(arrays, axis=1)
print(output.shape)
output = np.stack(arrays, axis=2)
print(output.shape)
# ---- mnp.std
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.std")
import mindspore.numpy as np
input_x = np.array([1., 2., 3., 4.])
output = np.std(input_x)
print(output)
# ---- mnp.subtract
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.subtract")
import mindspore.numpy as np
x1 = np.full((3, 2), [1, 2])
x2 = np.full((3, 2), [3, 4])
output = np.subtract(x1, x2)
print(output)
# ---- mnp.sum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.sum")
import mindspore.numpy as np
print(np.sum([0.5, 1.5]))
x = np.arange(10).reshape(2, 5).astype('float32')
print(np.sum(x, axis=1))
# ---- mnp.swapaxes
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.swapaxes")
import mindspore.numpy as np
x = np.ones((2,3,4))
output = np.swapaxes(x, 0, 2)
print(output.shape)
# ---- mnp.take
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.take")
import mindspore.numpy as np
a = np.array([4, 3, 5, 7, 6, 8])
indices = np.array([0, 1, 4])
output = np.take(a, indices)
print(output)
indices = np.array([[0, 1], [2, 3]])
output = np.take(a, indices)
print(output)
# ---- mnp.take_along_axis
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.take_along_axis")
import mindspore.numpy as np
x = np.arange(12).reshape(3, 4)
indices = np.arange(3).reshape(1, 3)
output = np.take_along_axis(x, indices, 1)
print(output)
# ---- mnp.tan
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.tan")
import mindspore.numpy as np
x = np.array([-5, -1, 0, 2, 4, 100]).astype('float32')
print(np.tan(x))
# ---- mnp.tanh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.tanh")
import mindspore.numpy as np
x = np.arange(5).astype('float32')
print(np.tanh(x))
# ---- mnp.tensordot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.tensordot")
import mindspore.numpy as np
a = np.ones((3, 4, 5))
b = np.ones((4, 3, 2))
output = np.tensordot(a, b, axes=([1,0],[0,1]))
print(output.shape)
# ---- mnp.tile
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.tile")
import mindspore.numpy as np
a = np.array([0, 1, 2])
output = np.tile(a, 2)
print(output)
output = np.tile(a, (2, 2))
print(output)
output = np.tile(a, (2, 1, 2))
print(output)
# ---- mnp.trace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.trace")
import numpy as np
from mindspore import Tensor
from mindspore.numpy import trace
x = Tensor(np.eye(3, dtype=np.float32))
print(trace(x))
# ---- mnp.transpose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.transpose")
import mindspore.numpy as np
x = np.ones((1,2,3))
x = np.transpose(x)
print(x.shape)
# ---- mnp.trapz
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.trapz")
import mindspore.numpy as np
a = np.arange(6).reshape(2, 3)
output = np.trapz(a,  x=[-2, 1, 2], axis=1)
print(output)
output = np.trapz(a,  dx=3, axis=0)
print(output)
# ---- mnp.tri
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.tri")
import mindspore.numpy as np
output = np.tri(3, 3, 1)
print(output)
# ---- mnp.tril
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.tril")
import mindspore.numpy as np
output = np.tril(np.ones((3, 3)))
print(output)
# ---- mnp.tril_indices
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.tril_indices")
import mindspore.numpy as np
print(np.tril_indices(3))
# ---- mnp.tril_indices_from
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.tril_indices_from")
import mindspore.numpy as np
tensor = np.ones((3,3))
print(np.tril_indices_from(tensor))
# ---- mnp.triu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.triu")
import mindspore.numpy as np
output = np.triu(np.ones((3, 3)))
print(output)
# ---- mnp.triu_indices
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.triu_indices")
import mindspore.numpy as np
print(np.triu_indices(3))
# ---- mnp.triu_indices_from
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.triu_indices_from")
import mindspore.numpy as np
tensor = np.ones((3,3))
print(np.triu_indices_from(tensor))
# ---- mnp.true_divide
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.true_divide")
import mindspore.numpy as np
x1 = np.full((3, 2), [1, 2])
x2 = np.full((3, 2), [3, 4])
output = np.true_divide(x1, x2)
print(output)
# ---- mnp.trunc
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.trunc")
import mindspore.numpy as np
output = np.trunc(np.array([-1.7, -1.5, -0.2, 0.2, 1.5, 1.7, 2.0]))
print(output)
# ---- mnp.unique
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.unique")
import mindspore.numpy as np
import mindspore as ms
_r = ms.set_context(mode=ms.GRAPH_MODE)
if _r is not None:
    print(repr(_r))
input_x = np.asarray([1, 2, 2, 2, 3, 4, 5]).astype('int32')
output_x = np.unique(input_x)
print(output_x)
output_x = np.unique(input_x, return_inverse=True)
print(output_x)
# ---- mnp.unravel_index
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.unravel_index")
import mindspore.numpy as np
print(np.unravel_index([22, 41, 37], (7,6)))
print(np.unravel_index([31, 41, 13], (7,6), order='F'))
# ---- mnp.vander
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.vander")
import mindspore.numpy as np
print(np.vander([1., 2., 3., 4., 5.]))
# ---- mnp.var
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.var")
import mindspore.numpy as np
input_x = np.array([1., 2., 3., 4.])
output = np.var(input_x)
print(output)
# ---- mnp.vsplit
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.vsplit")
import mindspore.numpy as np
input_x = np.arange(9).reshape((3, 3)).astype('float32')
output = np.vsplit(input_x, 3)
print(output)
# ---- mnp.vstack
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.vstack")
import mindspore.numpy as np
x1 = np.array([1, 2, 3]).astype('int32')
x2 = np.array([4, 5, 6]).astype('int32')
output = np.vstack((x1, x2))
print(output)
# ---- mnp.where
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.where")
import mindspore.numpy as np
condition = np.full((1, 1, 2), [False, True])
x = np.full((1, 3, 2), 5)
y = np.full((2, 1, 1), 7)
output = np.where(condition, x, y)
print(output)
# ---- mnp.zeros
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.zeros")
import mindspore.numpy as np
print(np.zeros((2,2)))
# ---- mnp.zeros_like
_onp.random.seed(0)
mindspore.set_seed(0)
print("== mnp.zeros_like")
import mindspore.numpy as np
a = np.ones((4,1,2))
output = np.zeros_like(a)
print(output)

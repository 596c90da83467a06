"""Docstring "Examples" of the MindSpore 2.10 API fixed in session 7, run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- ops.amax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.amax")
import mindspore
input = mindspore.tensor([[9, 3, 4, 5],
                          [5, 2, 7, 4],
                          [8, 1, 3, 6]])
_r = mindspore.ops.amax(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.amax(input, axis=1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.amax(input, axis=1, keepdims=True)
if _r is not None:
    print(repr(_r))
where = mindspore.tensor([[0, 0, 1, 0],
                          [0, 0, 1, 1],
                          [1, 1, 1, 0]], dtype=mindspore.bool)
_r = mindspore.ops.amax(input, axis=1, keepdims=True, initial=0, where=where)
if _r is not None:
    print(repr(_r))
where = mindspore.tensor([[False],
                          [False],
                          [False]])
_r = mindspore.ops.amax(input, axis=0, keepdims=True, initial=0, where=where)
if _r is not None:
    print(repr(_r))
# ---- ops.amin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.amin")
import mindspore
input = mindspore.tensor([[2, 5, 1, 6],
                          [3, -7, -2, 4],
                          [8, -4, 1, -3]])
_r = mindspore.ops.amin(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.amin(input, axis=1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.amin(input, axis=1, keepdims=True)
if _r is not None:
    print(repr(_r))
where = mindspore.tensor([[1, 0, 1, 0],
                          [0, 0, 1, 1],
                          [1, 1, 1, 0]], dtype=mindspore.bool)
_r = mindspore.ops.amin(input, axis=1, keepdims=True, initial=0, where=where)
if _r is not None:
    print(repr(_r))
where = mindspore.tensor([[False],
                          [False],
                          [False]])
_r = mindspore.ops.amin(input, axis=0, keepdims=True, initial=0, where=where)
if _r is not None:
    print(repr(_r))
# ---- ops.aminmax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.aminmax")
import mindspore
input = mindspore.tensor([[9, 3, 4, 5],
                          [5, 2, 7, 4],
                          [8, 1, 3, 6]])
_r = mindspore.ops.aminmax(input)
if _r is not None:
    print(repr(_r))
input = mindspore.tensor([[9, 3, 4, 5],
                          [5, 2, 7, 4],
                          [8, 1, 3, float('nan')]])
_r = mindspore.ops.aminmax(input, axis=None)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.aminmax(input, axis=None, keepdims=True)
if _r is not None:
    print(repr(_r))
# ---- ops.argmin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.argmin")
import mindspore
input = mindspore.tensor([[2, 5, 1, 6],
                          [3, -7, -2, 4],
                          [8, -4, 1, -3]])
_r = mindspore.ops.argmin(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.argmin(input, axis=1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.argmin(input, axis=1, keepdims=True)
if _r is not None:
    print(repr(_r))
# ---- ops.atleast_1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.atleast_1d")
import mindspore
x = mindspore.tensor(1)
_r = mindspore.ops.atleast_1d(x)
if _r is not None:
    print(repr(_r))
y = mindspore.tensor([0, 1])
_r = mindspore.ops.atleast_1d(y)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.atleast_1d([x, y])
if _r is not None:
    print(repr(_r))
# ---- ops.atleast_2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.atleast_2d")
import mindspore
x = mindspore.tensor(1)
_r = mindspore.ops.atleast_2d(x)
if _r is not None:
    print(repr(_r))
y = mindspore.tensor([[0, 1], [2, 3]])
_r = mindspore.ops.atleast_2d(y)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.atleast_2d([x, y])
if _r is not None:
    print(repr(_r))
# ---- ops.atleast_3d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.atleast_3d")
import mindspore
x = mindspore.tensor(1)
_r = mindspore.ops.atleast_3d(x)
if _r is not None:
    print(repr(_r))
y = mindspore.tensor([[[0, 1], [2, 3]]])
_r = mindspore.ops.atleast_3d(y)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.atleast_3d([x, y])
if _r is not None:
    print(repr(_r))
# ---- ops.clamp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.clamp")
import mindspore
input = mindspore.tensor([[1, 25, 5, 7], [4, 11, 6, 21]])
_r = mindspore.ops.clamp(input, 5, 20)
if _r is not None:
    print(repr(_r))
min = mindspore.tensor([2, 4, 6, 8])
max = mindspore.tensor([10, 12, 14, 18])
_r = mindspore.ops.clamp(input, min, max)
if _r is not None:
    print(repr(_r))
# ---- ops.combinations
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.combinations")
import mindspore
input = mindspore.tensor([1, 2, 3])
_r = mindspore.ops.combinations(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.combinations(input, r=3)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.combinations(input, with_replacement=True)
if _r is not None:
    print(repr(_r))
import itertools
input = [1, 2, 3]
_r = list(itertools.combinations(input, r=2))
if _r is not None:
    print(repr(_r))
_r = list(itertools.combinations(input, r=3))
if _r is not None:
    print(repr(_r))
_r = list(itertools.combinations_with_replacement(input, r=2))
if _r is not None:
    print(repr(_r))
# ---- ops.cond
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.cond")
import mindspore
x = mindspore.tensor([[1.0, 0.0, -1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 1.0]])
print(mindspore.ops.cond(x))
print(mindspore.ops.cond(x, 'fro'))
# ---- ops.dense
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.dense")
import numpy as np
import mindspore
from mindspore import Tensor, ops
input = Tensor([[-1., 1., 2.], [-3., -3., 1.]], mindspore.float32)
weight = Tensor([[-2., -2., -2.], [0., -1., 0.]], mindspore.float32)
bias = Tensor([0., 1.], mindspore.float32)
output = ops.dense(input, weight, bias)
print(output)
# ---- ops.gather
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.gather")
import mindspore
input_params = mindspore.tensor([1, 2, 3, 4, 5, 6, 7], mindspore.float32)
input_indices = mindspore.tensor([0, 2, 4, 2, 6], mindspore.int32)
axis = 0
output = mindspore.ops.gather(input_params, input_indices, axis)
print(output)
input_indices = mindspore.tensor([[0, 2], [2, 6]], mindspore.int32)
axis = 0
output = mindspore.ops.gather(input_params, input_indices, axis)
print(output)
input_params = mindspore.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], mindspore.float32)
input_indices = mindspore.tensor([0, 2], mindspore.int32)
axis = 0
output = mindspore.ops.gather(input_params, input_indices, axis)
print(output)
input_params = mindspore.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], mindspore.float32)
input_indices = mindspore.tensor([0, 2, 1], mindspore.int32)
axis = 1
batch_dims = 1
output = mindspore.ops.gather(input_params, input_indices, axis, batch_dims)
print(output)
# ---- ops.grad
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.grad")
import numpy as np
import mindspore
from mindspore import Tensor, ops, nn, grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
net = Net()
output = grad(net, grad_position=(1, 2))(x, y, z)
print(output)
def fn(x, y, z):
    res = x * ops.exp(y) * ops.pow(z, 2)
    return res, z
x = Tensor([3, 3], mindspore.float32)
y = Tensor([0, 0], mindspore.float32)
z = Tensor([5, 5], mindspore.float32)
gradient, aux = grad(fn, (1, 2), None, True)(x, y, z)
print(gradient)
print(aux)
net = nn.Dense(10, 1)
loss_fn = nn.MSELoss()
def forward(inputs, labels):
    logits = net(inputs)
    loss = loss_fn(logits, labels)
    return loss, logits
inputs = Tensor(np.random.randn(16, 10).astype(np.float32))
labels = Tensor(np.random.randn(16, 1).astype(np.float32))
weights = net.trainable_params()
grad_fn = grad(forward, grad_position=(0, 1), weights=None, has_aux=True)
inputs_gradient, (aux_logits,) = grad_fn(inputs, labels)
print(len(inputs_gradient))
print(aux_logits.shape)
grad_fn = grad(forward, grad_position=None, weights=weights, has_aux=True)
params_gradient, (aux_logits,) = grad_fn(inputs, labels)
print(len(weights), len(params_gradient))
print(aux_logits.shape)
grad_fn = grad(forward, grad_position=0, weights=weights, has_aux=False)
inputs_gradient, params_gradient = grad_fn(inputs, labels)
print(len(weights), len(params_gradient))
import numpy as np
import mindspore
import mindspore.nn as nn
from mindspore import Tensor, ops
from mindspore import grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
net = Net()
output = grad(net, grad_position=(1, 2), return_ids = True)(x, y, z)
print(output)
import numpy as np
import mindspore
from mindspore import Tensor, ops, nn, grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
sense = Tensor([1, 2], mindspore.float32)
net = Net()
output = grad(net, grad_position=(1, 2), sens_param=True)(x, y, z, sense)
print(output)
# ---- ops.max
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.max")
import mindspore
input = mindspore.tensor([[9, 3, 4, 5],
                          [5, 2, 7, 4],
                          [8, 1, 3, 6]])
_r = mindspore.ops.max(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.max(input, axis=1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.max(input, axis=1, keepdims=True)
if _r is not None:
    print(repr(_r))
where = mindspore.tensor([[0, 0, 1, 0],
                          [0, 0, 1, 1],
                          [1, 1, 1, 0]], dtype=mindspore.bool)
_r = mindspore.ops.max(input, axis=1, keepdims=True, initial=0, where=where)
if _r is not None:
    print(repr(_r))
where = mindspore.tensor([[False],
                          [False],
                          [False]])
_r = mindspore.ops.max(input, axis=0, keepdims=True, initial=0, where=where)
if _r is not None:
    print(repr(_r))
# ---- ops.min
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.min")
import mindspore
input = mindspore.tensor([[2, 5, 1, 6],
                          [3, -7, -2, 4],
                          [8, -4, 1, -3]])
_r = mindspore.ops.min(input)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.min(input, axis=1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.min(input, axis=1, keepdims=True)
if _r is not None:
    print(repr(_r))
where = mindspore.tensor([[1, 0, 1, 0],
                          [0, 0, 1, 1],
                          [1, 1, 1, 0]], dtype=mindspore.bool)
_r = mindspore.ops.min(input, axis=1, keepdims=True, initial=0, where=where)
if _r is not None:
    print(repr(_r))
where = mindspore.tensor([[False],
                          [False],
                          [False]])
_r = mindspore.ops.min(input, axis=0, keepdims=True, initial=0, where=where)
if _r is not None:
    print(repr(_r))
# ---- ops.one_hot
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.one_hot")
import mindspore
indices = mindspore.tensor([0, 1, 2, 4])
_r = mindspore.ops.one_hot(indices, depth=5)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.one_hot(indices, depth=3)
if _r is not None:
    print(repr(_r))
indices = mindspore.tensor([[0, 2], [1, -1]])
_r = mindspore.ops.one_hot(indices, depth=3, on_value=10, off_value=4, axis=-1)
if _r is not None:
    print(repr(_r))
_r = mindspore.ops.one_hot(indices, depth=3, on_value=10, off_value=4, axis=0)
if _r is not None:
    print(repr(_r))
# ---- ops.scalar_cast
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.scalar_cast")
import mindspore
from mindspore import ops
output = ops.scalar_cast(255.0, mindspore.int64)
print(output)
# ---- ops.select
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.select")
import mindspore
cond = mindspore.tensor([True, False])
x = mindspore.tensor([2,3], mindspore.float32)
y = mindspore.tensor([1,2], mindspore.float32)
output1 = mindspore.ops.select(cond, x, y)
print(output1)
output2 = mindspore.ops.select(cond, input=1, other=2)
print(output2)
output3 = mindspore.ops.select(cond, x, other=3)
print(output3)
# ---- ops.silu
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.silu")
import mindspore
from mindspore import Tensor, ops
import numpy as np
input = Tensor(np.array([-1, 2, -3, 2, -1]), mindspore.float16)
output = ops.silu(input)
print(output)
# ---- ops.value_and_grad
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ops.value_and_grad")
import numpy as np
import mindspore
from mindspore import Tensor, ops, nn
from mindspore import value_and_grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
net = Net()
grad_fn = value_and_grad(net, grad_position=1)
output, inputs_gradient = grad_fn(x, y, z)
print(output)
print(inputs_gradient)
def fn(x, y, z):
    res = x * ops.exp(y) * ops.pow(z, 2)
    return res, z
x = Tensor(np.array([3, 3]).astype(np.float32))
y = Tensor(np.array([0, 0]).astype(np.float32))
z = Tensor(np.array([5, 5]).astype(np.float32))
output, inputs_gradient = value_and_grad(fn, grad_position=(1, 2), weights=None, has_aux=True)(x, y, z)
print(output)
print(inputs_gradient)
net = nn.Dense(10, 1)
loss_fn = nn.MSELoss()
def forward(inputs, labels):
    logits = net(inputs)
    loss = loss_fn(logits, labels)
    return loss, logits
inputs = Tensor(np.random.randn(16, 10).astype(np.float32))
labels = Tensor(np.random.randn(16, 1).astype(np.float32))
weights = net.trainable_params()
grad_fn = value_and_grad(forward, grad_position=0, weights=None, has_aux=True)
(loss, logits), inputs_gradient = grad_fn(inputs, labels)
print(logits.shape)
print(inputs.shape, inputs_gradient.shape)
grad_fn = value_and_grad(forward, grad_position=None, weights=weights, has_aux=True)
(loss, logits), params_gradient = grad_fn(inputs, labels)
print(logits.shape)
print(len(weights), len(params_gradient))
grad_fn = value_and_grad(forward, grad_position=0, weights=weights, has_aux=False)
(loss, logits), (inputs_gradient, params_gradient) = grad_fn(inputs, labels)
print(logits.shape)
print(inputs.shape, inputs_gradient.shape)
print(len(weights), len(params_gradient))
import numpy as np
import mindspore
from mindspore import Tensor, ops, nn
from mindspore import value_and_grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
sense = Tensor([1, 2], mindspore.float32)
net = Net()
grad_fn = value_and_grad(net, grad_position=1, sens_param=True)
output, inputs_gradient = grad_fn(x, y, z, sense)
print(output)
print(inputs_gradient)
# ---- Tensor.all
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.all")
import mindspore
x = mindspore.tensor([[True, False], [True, True]])
_r = x.all()
if _r is not None:
    print(repr(_r))
_r = x.all(axis=1)
if _r is not None:
    print(repr(_r))
_r = x.all(axis=(0,1))
if _r is not None:
    print(repr(_r))
_r = x.all(axis=[0,1], keep_dims=True)
if _r is not None:
    print(repr(_r))
import mindspore
x = mindspore.tensor([[True, False], [True, True]])
_r = x.all()
if _r is not None:
    print(repr(_r))
_r = x.all(dim=1)
if _r is not None:
    print(repr(_r))
_r = x.all(dim=(0,1))
if _r is not None:
    print(repr(_r))
_r = x.all(dim=[0,1], keepdim=True)
if _r is not None:
    print(repr(_r))
# ---- Tensor.argmax
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.argmax")
import mindspore
x = mindspore.tensor([[9, 3, 4, 5],
                      [5, 2, 7, 4],
                      [8, 1, 3, 6]])
_r = x.argmax()
if _r is not None:
    print(repr(_r))
_r = x.argmax(axis=1)
if _r is not None:
    print(repr(_r))
_r = x.argmax(axis=1, keepdims=True)
if _r is not None:
    print(repr(_r))
import mindspore
x = mindspore.tensor([[9, 3, 4, 5],
                      [5, 2, 7, 4],
                      [8, 1, 3, 6]])
_r = x.argmax()
if _r is not None:
    print(repr(_r))
_r = x.argmax(dim=1)
if _r is not None:
    print(repr(_r))
_r = x.argmax(dim=1, keepdim=True)
if _r is not None:
    print(repr(_r))
# ---- Tensor.argmax_with_value
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.argmax_with_value")
import mindspore
x = mindspore.tensor([[9, 3, 4, 5],
                      [5, 2, 7, 4],
                      [8, 1, 3, 6]])
_r = x.argmax_with_value()
if _r is not None:
    print(repr(_r))
_r = x.argmax_with_value(axis=1)
if _r is not None:
    print(repr(_r))
_r = x.argmax_with_value(axis=1, keep_dims=True)
if _r is not None:
    print(repr(_r))
_r = x.argmax_with_value(axis=None, keep_dims=True)
if _r is not None:
    print(repr(_r))
# ---- Tensor.argmin
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.argmin")
import mindspore
x = mindspore.tensor([[2, 5, 1, 6],
                      [3, -7, -2, 4],
                      [8, -4, 1, -3]])
_r = x.argmin()
if _r is not None:
    print(repr(_r))
_r = x.argmin(axis=1)
if _r is not None:
    print(repr(_r))
_r = x.argmin(axis=1, keepdims=True)
if _r is not None:
    print(repr(_r))
import mindspore
x = mindspore.tensor([[2, 5, 1, 6],
                      [3, -7, -2, 4],
                      [8, -4, 1, -3]])
_r = x.argmin()
if _r is not None:
    print(repr(_r))
_r = x.argmin(dim=1)
if _r is not None:
    print(repr(_r))
_r = x.argmin(dim=1, keepdim=True)
if _r is not None:
    print(repr(_r))
# ---- Tensor.argmin_with_value
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.argmin_with_value")
import mindspore
x = mindspore.tensor([[2, 5, 1, 6],
                      [3, -7, -2, 4],
                      [8, -4, 1, -3]])
_r = x.argmin_with_value()
if _r is not None:
    print(repr(_r))
_r = x.argmin_with_value(axis=1)
if _r is not None:
    print(repr(_r))
_r = x.argmin_with_value(axis=1, keep_dims=True)
if _r is not None:
    print(repr(_r))
_r = x.argmin_with_value(axis=None, keep_dims=True)
if _r is not None:
    print(repr(_r))
# ---- Tensor.asnumpy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.asnumpy")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([1, 2], dtype=np.float32))
y = x.asnumpy()
y[0] = 11
print(x)
print(y)
# ---- Tensor.assign_value
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.assign_value")
from mindspore import Tensor
import numpy as np
x = Tensor([1, 2, 3, 4])
y = Tensor(np.array([[1, 2], [3, 4]]))
output = x.assign_value(y)
print(x)
# ---- Tensor.cumsum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.cumsum")
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[3, 4, 6, 10], [1, 6, 7, 9], [4, 3, 8, 7], [1, 3, 7, 9]]).astype(np.float32))
y = x.cumsum(dim=0)
print(y)
y = x.cumsum(dim=1)
print(y)
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[3, 4, 6, 10], [1, 6, 7, 9], [4, 3, 8, 7], [1, 3, 7, 9]]).astype(np.float32))
y = x.cumsum(axis=0)
print(y)
y = x.cumsum(axis=1)
print(y)
# ---- Tensor.data_ptr
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.data_ptr")
import mindspore as ms
from mindspore import Tensor
x = ms.Tensor([1, 2, 3], ms.int64)
data_ptr = x.data_ptr()
# ---- Tensor.gather
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.gather")
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([[-0.1, 0.3, 3.6], [0.4, 0.5, -3.2]]), mindspore.float32)
index = Tensor(np.array([[0, 0], [1, 1]]), mindspore.int32)
output = input.gather(1, index)
print(output)
import mindspore
import numpy as np
from mindspore import Tensor
input_params = Tensor(np.array([1, 2, 3, 4, 5, 6, 7]), mindspore.float32)
input_indices = Tensor(np.array([0, 2, 4, 2, 6]), mindspore.int32)
axis = 0
output = input_params.gather(input_indices=input_indices, axis=axis)
print(output)
input_indices = Tensor(np.array([[0, 2], [2, 6]]), mindspore.int32)
axis = 0
output = input_params.gather(input_indices=input_indices, axis=axis)
print(output)
input_params = Tensor(np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]), mindspore.float32)
input_indices = Tensor(np.array([0, 2]), mindspore.int32)
axis = 0
output = input_params.gather(input_indices=input_indices, axis=axis)
print(output)
input_params = Tensor(np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]), mindspore.float32)
input_indices = Tensor(np.array([0, 2, 1]), mindspore.int32)
axis = 1
batch_dims = 1
output = input_params.gather(input_indices, axis, batch_dims)
print(output)
# ---- Tensor.mean
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.mean")
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.random.randn(3, 4, 5, 6).astype(np.float32))
output = Tensor.mean(x, 1, keepdim=True)
result = output.shape
print(result)
x = Tensor(np.array([[[2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2]],
[[4, 4, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [6, 6, 6, 6, 6, 6]],
[[6, 6, 6, 6, 6, 6], [8, 8, 8, 8, 8, 8], [10, 10, 10, 10, 10, 10]]]),
mindspore.float32)
output = Tensor.mean(x)
print(output)
print(output.shape)
output = Tensor.mean(x, 0, True)
print(output)
output = Tensor.mean(x, 1, True)
print(output)
output = Tensor.mean(x, 2, True)
print(output)
# ---- Tensor.select
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.select")
import mindspore
from mindspore import Tensor
input = Tensor([[2, 3, 4, 5], [3, 2, 4, 5]])
y = Tensor.select(input, 0, 0)
print(y)
import mindspore
from mindspore import Tensor
cond = Tensor([True, False])
x = Tensor([2,3], mindspore.float32)
y = Tensor([1,2], mindspore.float32)
output = Tensor.select(x, cond, y)
print(output)
# ---- Tensor.sort
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.sort")
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[8, 2, 1], [5, 9, 3], [4, 6, 7]]), mindspore.float16)
output = x.sort(dim=-1)
print(output)
import mindspore
import numpy as np
from mindspore import Tensor
x = Tensor(np.array([[8, 2, 1], [5, 9, 3], [4, 6, 7]]), mindspore.float16)
output = x.sort(axis=-1)
print(output)
# ---- Tensor.storage_offset
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.storage_offset")
import mindspore as ms
x = ms.Tensor([1, 2, 3, 4, 5], dtype=ms.float32)
ret = x.storage_offset()
print(ret)
# ---- Tensor.sub
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.sub")
import numpy as np
import mindspore
from mindspore import Tensor
x = Tensor(np.array([4, 5, 6]).astype(np.float32))
y = Tensor(1, mindspore.int32)
output = Tensor.sub(x, y, alpha=0.5)
print(output)
print(output.dtype)
# ---- Tensor.transpose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.transpose")
import numpy as np
from mindspore import Tensor
input = Tensor(np.ones((2,3,4), dtype=np.float32))
output = Tensor.transpose(input, 0, 2)
print(output.shape)
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]]), mindspore.float32)
axes = (0, 2, 1)
output = Tensor.transpose(input, axes)
print(output)
# ---- nn.CellDict
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.CellDict")
import collections
from collections import OrderedDict
import mindspore as ms
import numpy as np
from mindspore import Tensor, nn
cell_dict = nn.CellDict({'conv': nn.Conv2d(10, 6, 5),
                         'relu': nn.ReLU(),
                         'max_pool2d': nn.MaxPool2d(kernel_size=4, stride=4)})
print(len(cell_dict))
_r = cell_dict.clear()
if _r is not None:
    print(repr(_r))
print(len(cell_dict))
ordered_cells = OrderedDict([('conv', nn.Conv2d(10, 6, 5, pad_mode='valid')),
                             ('relu', nn.ReLU()),
                             ('max_pool2d', nn.MaxPool2d(kernel_size=2, stride=2))])
_r = cell_dict.update(ordered_cells)
if _r is not None:
    print(repr(_r))
x = Tensor(np.ones([1, 10, 6, 10]), ms.float32)
for cell in cell_dict.values():
    x = cell(x)
print(x.shape)
x = Tensor(np.ones([1, 10, 6, 10]), ms.float32)
for item in cell_dict.items():
    x = item[1](x)
print(x.shape)
print(cell_dict.keys())
pop_cell = cell_dict.pop('conv')
x = Tensor(np.ones([1, 10, 6, 5]), ms.float32)
x = pop_cell(x)
print(x.shape)
print(len(cell_dict))
# ---- nn.SiLU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.SiLU")
import mindspore
from mindspore import Tensor, nn
import numpy as np
input = Tensor(np.array([-1, 2, -3, 2, -1]), mindspore.float16)
silu = nn.SiLU()
output = silu(input)
print(output)
# ---- nn.Sigmoid
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Sigmoid")
import mindspore
from mindspore import Tensor, nn
import numpy as np
input = Tensor(np.array([-1, -2, 0, 2, 1]), mindspore.float16)
sigmoid = nn.Sigmoid()
output = sigmoid(input)
print(output)
# ---- ms.grad
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.grad")
import numpy as np
import mindspore
from mindspore import Tensor, ops, nn, grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
net = Net()
output = grad(net, grad_position=(1, 2))(x, y, z)
print(output)
def fn(x, y, z):
    res = x * ops.exp(y) * ops.pow(z, 2)
    return res, z
x = Tensor([3, 3], mindspore.float32)
y = Tensor([0, 0], mindspore.float32)
z = Tensor([5, 5], mindspore.float32)
gradient, aux = grad(fn, (1, 2), None, True)(x, y, z)
print(gradient)
print(aux)
net = nn.Dense(10, 1)
loss_fn = nn.MSELoss()
def forward(inputs, labels):
    logits = net(inputs)
    loss = loss_fn(logits, labels)
    return loss, logits
inputs = Tensor(np.random.randn(16, 10).astype(np.float32))
labels = Tensor(np.random.randn(16, 1).astype(np.float32))
weights = net.trainable_params()
grad_fn = grad(forward, grad_position=(0, 1), weights=None, has_aux=True)
inputs_gradient, (aux_logits,) = grad_fn(inputs, labels)
print(len(inputs_gradient))
print(aux_logits.shape)
grad_fn = grad(forward, grad_position=None, weights=weights, has_aux=True)
params_gradient, (aux_logits,) = grad_fn(inputs, labels)
print(len(weights), len(params_gradient))
print(aux_logits.shape)
grad_fn = grad(forward, grad_position=0, weights=weights, has_aux=False)
inputs_gradient, params_gradient = grad_fn(inputs, labels)
print(len(weights), len(params_gradient))
import numpy as np
import mindspore
import mindspore.nn as nn
from mindspore import Tensor, ops
from mindspore import grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
net = Net()
output = grad(net, grad_position=(1, 2), return_ids = True)(x, y, z)
print(output)
import numpy as np
import mindspore
from mindspore import Tensor, ops, nn, grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
sense = Tensor([1, 2], mindspore.float32)
net = Net()
output = grad(net, grad_position=(1, 2), sens_param=True)(x, y, z, sense)
print(output)
# ---- ms.value_and_grad
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.value_and_grad")
import numpy as np
import mindspore
from mindspore import Tensor, ops, nn
from mindspore import value_and_grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
net = Net()
grad_fn = value_and_grad(net, grad_position=1)
output, inputs_gradient = grad_fn(x, y, z)
print(output)
print(inputs_gradient)
def fn(x, y, z):
    res = x * ops.exp(y) * ops.pow(z, 2)
    return res, z
x = Tensor(np.array([3, 3]).astype(np.float32))
y = Tensor(np.array([0, 0]).astype(np.float32))
z = Tensor(np.array([5, 5]).astype(np.float32))
output, inputs_gradient = value_and_grad(fn, grad_position=(1, 2), weights=None, has_aux=True)(x, y, z)
print(output)
print(inputs_gradient)
net = nn.Dense(10, 1)
loss_fn = nn.MSELoss()
def forward(inputs, labels):
    logits = net(inputs)
    loss = loss_fn(logits, labels)
    return loss, logits
inputs = Tensor(np.random.randn(16, 10).astype(np.float32))
labels = Tensor(np.random.randn(16, 1).astype(np.float32))
weights = net.trainable_params()
grad_fn = value_and_grad(forward, grad_position=0, weights=None, has_aux=True)
(loss, logits), inputs_gradient = grad_fn(inputs, labels)
print(logits.shape)
print(inputs.shape, inputs_gradient.shape)
grad_fn = value_and_grad(forward, grad_position=None, weights=weights, has_aux=True)
(loss, logits), params_gradient = grad_fn(inputs, labels)
print(logits.shape)
print(len(weights), len(params_gradient))
grad_fn = value_and_grad(forward, grad_position=0, weights=weights, has_aux=False)
(loss, logits), (inputs_gradient, params_gradient) = grad_fn(inputs, labels)
print(logits.shape)
print(inputs.shape, inputs_gradient.shape)
print(len(weights), len(params_gradient))
import numpy as np
import mindspore
from mindspore import Tensor, ops, nn
from mindspore import value_and_grad
class Net(nn.Cell):
    def construct(self, x, y, z):
        return x * y * z
x = Tensor([1, 2], mindspore.float32)
y = Tensor([-2, 3], mindspore.float32)
z = Tensor([0, 3], mindspore.float32)
sense = Tensor([1, 2], mindspore.float32)
net = Net()
grad_fn = value_and_grad(net, grad_position=1, sens_param=True)
output, inputs_gradient = grad_fn(x, y, z, sense)
print(output)
print(inputs_gradient)
# ---- TopK ties
print("== TopK ties")
from mindspore import ops, Tensor
for _row in ([1., 3, 3, 0, 3], [0.] * 8, [2., 1, 2, 2, 0, 1, 2, 1, 1, 2]):
    for _k in range(1, len(_row) + 1):
        print(_k, ops.topk(Tensor(_row), _k)[1], ops.TopK()(Tensor(_row), _k)[1])

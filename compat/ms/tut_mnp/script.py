import numpy as onp
import mindspore as ms
import mindspore.numpy as np
from mindspore import ops

ms.set_seed(4)
onp.random.seed(4)

# array creation
a = np.array([1, 2, 3], dtype=np.float32)
b = np.asarray([[1, 2], [3, 4]], dtype=np.int32)
print(a, a.dtype, b, b.dtype)
print(np.ones((2, 3)), np.zeros((2,), np.int32), np.full((2, 2), 7.5))
print(np.arange(0, 5, 2), np.arange(3.0), np.linspace(0, 1, 5), np.logspace(0, 2, 3))
print(np.eye(3), np.identity(2), np.empty((2, 2)).shape)
print(np.zeros_like(a), np.ones_like(b), np.full_like(a, 2))
print(np.diag(np.array([1.0, 2.0])), np.tri(3), np.triu(np.ones((3, 3))), np.tril(np.ones((3, 3)), -1))
x, y = np.meshgrid(np.array([1, 2, 3]), np.array([4, 5]))
print(x, y)

# array operations
m = np.arange(12).reshape(3, 4).astype(np.float32)
print(np.transpose(m).shape, np.swapaxes(m, 0, 1).shape, np.moveaxis(m, 0, -1).shape)
print(np.expand_dims(a, 0).shape, np.squeeze(np.ones((1, 3, 1))).shape, np.ravel(m)[:5])
print(np.concatenate((m, m), axis=0).shape, np.stack((a, a)), np.vstack((a, a)), np.hstack((a, a)))
print(np.split(m, 2, axis=1))
print(np.flip(a), np.flipud(m)[0], np.fliplr(m)[0], np.roll(a, 1), np.tile(a, 2), np.repeat(a, 2))
print(np.where(m > 5, m, -1.0))
print(np.clip(m, 2, 8))

# math
print(np.add(a, 1), np.subtract(a, a), np.multiply(a, a), np.divide(a, np.full((3,), 2.0)), np.power(a, np.full((3,), 2.0)))
print(np.sum(m), np.sum(m, axis=0), np.mean(m, axis=1), np.cumprod(a), np.amax(m, axis=1), np.amin(m))
print(np.var(a), np.std(a), np.average(a), np.ptp(a))
print(np.argmax(m, axis=1), np.argmin(a), np.cumsum(a), np.diff(a))
print(np.dot(a, a), np.matmul(m, np.ones((4, 2))), np.outer(a, a), np.inner(a, a))
print(np.sqrt(a), np.exp(np.array([0.0, 1.0])), np.absolute(np.array([-1.0, 2.0])), np.square(a))
print(np.maximum(a, 2), np.minimum(a, 2), np.floor(np.array([1.5, -1.5])), np.ceil(np.array([1.5, -1.5])))
print(np.isclose(a, np.array([1.0, 2.0001, 3.1])), np.array_equal(a, a))
print(np.count_nonzero(np.array([0, 1, 2, 0])), np.unique(np.array([3, 1, 3, 2])))
print(np.trace(m[:, :3]), np.norm(a))

# interop with Tensor ops and grads
t = np.array([[1.0, 2.0], [3.0, 4.0]])
print(type(t).__name__, ops.matmul(t, t), t.asnumpy().sum())


def f(x):
    return np.sum(np.sin(x) * np.exp(x) + np.power(x, 3))


print(ms.grad(f)(np.array([0.1, 0.5, 1.0])))
print(np.isnan(np.array([1.0, float('nan')])), np.isinf(np.array([float('inf'), 0.0])))
print(np.pi, np.inf, np.float16, np.int64)

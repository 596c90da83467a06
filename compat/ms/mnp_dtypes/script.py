import numpy as onp
import mindspore as ms
import mindspore.numpy as np
a = np.array([1, 2, 3])
f = np.array([1.0, 2.5, -3.0])
m = np.arange(6).reshape(2, 3)
exprs = ["a", "f", "np.arange(5)", "np.arange(3.0)", "np.arange(1, 4, 0.5)", "np.linspace(0, 1, 3)", "np.logspace(0, 1, 2)",
         "np.full((2,), 3)", "np.full((2,), 3.0)", "np.full((2,), True)", "np.eye(2)", "np.tri(2)", "np.triu(m)", "np.tril(m, 1)",
         "np.meshgrid(a, a)[0]", "np.ravel(m)", "np.vstack((a, a))", "np.split(m, 3, axis=1)[0]",
         "np.array_split(np.arange(7), 3)", "np.roll(m, 1, axis=1)", "np.roll(m, -1)", "np.repeat(m, 2, axis=0)", "np.cumprod(a)",
         "np.cumsum(a)", "np.ptp(m, axis=0)", "np.average(m)", "np.average(f, weights=np.array([1.0, 0.0, 1.0]))",
         "np.diff(m)", "np.inner(f, f)", "np.norm(f)", "np.trace(np.eye(3))", "np.count_nonzero(m)", "np.unique(np.array([2, 2, 1]), return_inverse=True)",
         "np.isnan(f)", "np.sum(a)", "np.sum(m, axis=1, keepdims=True)", "np.mean(a)", "np.mean(m, axis=0)", "np.var(m)", "np.std(f)",
         "np.dot(a, a)", "np.diagonal(np.arange(9).reshape(3, 3))", "np.diagonal(np.arange(9).reshape(3, 3), 1)",
         "np.moveaxis(np.ones((2, 3, 4)), 0, -1).shape", "np.swapaxes(np.ones((2, 3, 4)), 0, 2).shape", "np.atleast_2d(a)",
         "np.column_stack((a, a))", "np.dstack((a, a)).shape", "np.take(m, np.array([0, 4]))", "np.append(a, a)",
         "np.remainder(m, 4)", "np.floor_divide(m, 4)", "np.greater(a, 1)", "np.logical_and(np.greater(a, 1), np.less(a, 3))",
         "np.array_equal(a, a)", "np.kron(np.eye(2), np.ones((2, 2)))", "np.rot90(m)", "np.sin(a)", "np.deg2rad(np.array([180.0]))",
         "np.rad2deg(np.array([np.pi]))", "np.zeros((2,), np.int32)", "np.empty((2,)).dtype", "np.empty_like(a).dtype", "np.broadcast_to(a, (2, 3))",
         "np.fliplr(m)", "np.flipud(m)", "np.nansum(np.array([1.0, np.nan]))",
         "np.nanmean(np.array([1.0, np.nan, 2.0]))", "np.matrix_power(np.array([[1.0, 1.0], [0.0, 1.0]]), 3)", "np.tensordot(m, m, ([1], [1]))",
         "np.cross(np.array([1.0, 0, 0]), np.array([0.0, 1.0, 0]))", "np.rint(f)", "np.trunc(f)", "np.round(f)",
         "np.sum(np.greater(a, 1))", "np.atleast_3d(a).shape", "np.asfarray(a)", "np.amax(m)", "np.max(m, axis=0)",
         "np.concatenate((a, a))", "np.stack((a, a), axis=1)", "np.transpose(m)", "np.clip(f, -1, 1)", "np.abs(f)", "np.absolute(f)"]
for e in exprs:
    try:
        r = eval(e)
        print(e, "->", r, getattr(r, "dtype", ""))
    except Exception as ex:
        print(e, "!!", type(ex).__name__)
print(np.std(np.array([1, 2, 4])), np.var(m, axis=1), np.std(m, axis=0, ddof=1))

import mindspore as ms
import mindspore.numpy as np
from mindspore import Tensor
for e in ["np.array([1, 2])", "np.array([1.0, 2.0])", "np.array(onp.array([1, 2]))", "np.array(Tensor([1, 2]))", "np.array(True)",
          "np.array([1, 2], dtype=np.int64)", "np.array(3)", "np.asarray([1.5])", "np.arange(3, dtype=np.float32)", "np.arange(1.5, 3)",
          "np.full((2,), 3, np.float32)", "np.full((1,), Tensor(2))", "np.zeros((1,)).dtype", "np.ones((1,), np.int32)", "np.mean(np.array([1.0, 2.0]))",
          "np.var(np.array([1, 2, 4]))", "np.average(np.array([1, 2, 4]))", "np.mean(np.array([1, 2]), axis=0)",
          "np.array([[1, 2], [3, 4]], dtype=np.float16)"]:
    try:
        r = eval(e); print(e, r, r.dtype)
    except Exception as ex:
        print(e, "!!", type(ex).__name__)

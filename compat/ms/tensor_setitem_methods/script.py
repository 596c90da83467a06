import numpy as np
import mindspore as ms
from mindspore import Tensor, ops
x = Tensor(np.arange(12).reshape(3, 4).astype(np.float32))
x[0] = 1.0
x[1, 1:3] = Tensor(np.array([7.0, 8.0], np.float32))
x[x > 9] = 0.0
x[:, -1] = Tensor(np.array([-1.0, -2.0, -3.0], np.float32))
print(x)
idx = Tensor(np.array([2, 0]), ms.int32)
print(x[idx], x[idx, 1], x[..., None].shape, x[None].shape, x[[0, 2]])
print(x[Tensor(np.array([True, False, True]))])
y = x.copy()
y[0, 0] = 100.0
print(x[0, 0], y[0, 0])
print(x.sum(), x.sum(axis=1), x.mean(0, keep_dims=True), x.max(), x.min(axis=0), x.argmax(), x.argmin(axis=1))
print(x.view(4, 3).shape, x.expand_dims(0).shape, x.squeeze().shape, x.flatten().shape, x.ravel().shape, x.T.shape)
print(x.astype(ms.int32).dtype, x.to(ms.float16).dtype if hasattr(x, "to") else "-", x.float().dtype, x.int().dtype, x.half().dtype)
print(x.abs().sum().item(), x.std(), x.var(axis=0), x.cumsum(0)[-1], x.prod(), x.all(), x.any())
print(x.clip(0, 5), x.tile((1, 2)).shape, x.swapaxes(0, 1).shape, x.transpose(1, 0).shape)
print(x.fill_diagonal(0.0) if hasattr(x, "fill_diagonal") else "-", x.diag() if False else "")
print(x.tolist()[0], x.item(0, 1) if False else x[0, 1].item(), len(x), x.size, x.nbytes, x.itemsize, x.strides)
print(ops.where(x > 2, x, 0.0))
z = Tensor([1, 2, 3])
z += 1
print(z, z.dtype)
z = z * 2.5
print(z, z.dtype)
print(Tensor([True, False]).dtype, Tensor(3).dtype, Tensor(3.0).dtype, Tensor([1, 2.0]).dtype, Tensor(np.float64(2.0)).dtype)
print(Tensor(np.float64(2.0)).dtype, Tensor(np.float32(2.0)).dtype, Tensor(np.int64(3)).dtype, Tensor(np.int32(3)).dtype, Tensor(np.bool_(True)).dtype)
print(Tensor(np.float64(2.5)), Tensor(np.float64(2.5), ms.float32).dtype)
print(Parameter(np.float64(1.5), name="p").dtype if False else "", Tensor([np.float64(1.0), 2.0]).dtype)

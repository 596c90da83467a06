import numpy as np
import mindspore as ms
from mindspore import Tensor, CSRTensor, COOTensor

indptr = Tensor([0, 1, 2])
indices = Tensor([0, 1])
values = Tensor([1, 2], dtype=ms.float32)
shape = (2, 4)

# Make a CSRTensor
csr_tensor = CSRTensor(indptr, indices, values, shape)

print(csr_tensor.astype(ms.float64).dtype)
print(csr_tensor.indptr, csr_tensor.indices, csr_tensor.values, csr_tensor.shape, csr_tensor.dtype)
print(csr_tensor.to_dense())
print(csr_tensor.size, csr_tensor.ndim, csr_tensor.itemsize)

indices = Tensor([[0, 1], [1, 2]], dtype=ms.int32)
values = Tensor([1, 2], dtype=ms.float32)
shape = (3, 4)

# Make a COOTensor
coo_tensor = COOTensor(indices, values, shape)

print(coo_tensor.values)
print(coo_tensor.indices)
print(coo_tensor.shape)
print(coo_tensor.astype(ms.float64).dtype)  # COOTensor cast to another data type
print(coo_tensor.to_dense())
print(coo_tensor.size, coo_tensor.ndim, coo_tensor.itemsize)
print(coo_tensor.abs().values, csr_tensor * Tensor(2.0))
print(coo_tensor, csr_tensor + csr_tensor)
print(coo_tensor.to_tuple(), csr_tensor.astype(ms.int32).values)
print(type(csr_tensor).__name__, type(coo_tensor).__name__)

import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
ms.run_check()
print(ms.get_py_obj_dtype(1), ms.get_py_obj_dtype(1.5), ms.get_py_obj_dtype(True), ms.frombuffer(bytearray([1, 2, 3, 4, 5, 6]), dtype=ms.uint8))
print(ms.get_auto_parallel_context("parallel_mode"), ms.get_auto_parallel_context("dataset_strategy"))
ms.set_auto_parallel_context(parallel_mode="data_parallel", gradients_mean=True); print(ms.get_auto_parallel_context("parallel_mode"), ms.get_auto_parallel_context("gradients_mean"))
ms.reset_auto_parallel_context(); print(ms.get_auto_parallel_context("parallel_mode"))
ms.set_seed(2)
net = nn.BiDense(3, 4, 5); print(net); print(net.weight.shape, net.bias.shape)
x1 = Tensor(np.random.randn(2, 3), ms.float32); x2 = Tensor(np.random.randn(2, 4), ms.float32)
print(net(x1, x2).shape, nn.BiDense(3, 4, 2, has_bias=False, weight_init="ones")(x1, x2))
x = Tensor(np.array([[[[0.1], [0.2]], [[0.3], [0.4]]]]), ms.float32)
print(ops.lrn(x), nn.LRN()(x))

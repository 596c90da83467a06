import numpy as np
import mindspore
from mindspore import nn, ops, Tensor

p = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))
q = Tensor(np.array([[1.5, 2.0], [1.0, 6.0]], np.float32))
print(nn.SmoothL1Loss()(p, q), nn.SmoothL1Loss(beta=0.5, reduction='mean')(p, q))
print(nn.HuberLoss()(p, q), nn.HuberLoss(delta=0.5, reduction='sum')(p, q), nn.HuberLoss(reduction='none')(p, q))
print(nn.KLDivLoss(reduction='sum')(Tensor(np.array([-1.0, -2.0], np.float32)), Tensor(np.array([0.25, 0.75], np.float32))))
print(nn.KLDivLoss(reduction='none')(Tensor(np.array([-1.0, -2.0], np.float32)), Tensor(np.array([0.0, 0.5], np.float32))))
print(nn.MSELoss()(p, q), nn.L1Loss(reduction='sum')(p, q), nn.MAELoss()(p, q), nn.RMSELoss()(p, q))
print(nn.CosineEmbeddingLoss()(p, q, Tensor(np.array([1, -1], np.int32))))
print(nn.CosineEmbeddingLoss(margin=0.5, reduction='none')(p, q, Tensor(np.array([1, -1], np.int32))))
print(nn.NLLLoss(reduction='sum')(Tensor(np.array([[-0.5, -1.0, -2.0], [-1.5, -0.25, -0.5]], np.float32)),
                                 Tensor(np.array([2, 0], np.int32))))
print(nn.NLLLoss()(Tensor(np.array([[-0.5, -1.0, -2.0], [-1.5, -0.25, -0.5]], np.float32)),
                   Tensor(np.array([2, 0], np.int32))))
print(ops.smooth_l1_loss(p, q), ops.huber_loss(p, q, 'sum'))
g = mindspore.grad(lambda a, b: nn.HuberLoss()(a, b))(p, q)
print(g)
g = mindspore.grad(lambda a, b: nn.SmoothL1Loss(reduction='sum')(a, b))(p, q)
print(g)

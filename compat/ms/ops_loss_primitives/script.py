import numpy as np
import mindspore
from mindspore import Tensor, ops
logits = Tensor(np.array([[0.5488135, 0.71518934], [0.60276335, 0.5448832], [0.4236548, 0.6458941]]).astype(np.float32))
labels = Tensor(np.array([0, 1, 0]).astype(np.int32))
weight = Tensor(np.array([0.3834415, 0.79172504]).astype(np.float32))
for red in ("mean", "sum", "none"):
    print(ops.NLLLoss(reduction=red)(logits, labels, weight))
print(ops.KLDivLoss(reduction='sum')(Tensor(np.array([0.2, 0.7, 0.1]), mindspore.float32), Tensor(np.array([0., 1., 0.]), mindspore.float32)))
print(ops.KLDivLoss(reduction='none')(Tensor(np.array([0.2, 0.7, 0.1]), mindspore.float32), Tensor(np.array([0.5, 1., 0.]), mindspore.float32)))
inp = Tensor(np.array([[-0.8, 1.2, 0.7], [-0.1, -0.4, 0.7]]), mindspore.float32)
tgt = Tensor(np.array([[0.3, 0.8, 1.2], [-0.6, 0.1, 2.2]]), mindspore.float32)
print(ops.BCEWithLogitsLoss()(inp, tgt, Tensor(np.ones(3), mindspore.float32), Tensor(np.ones(3), mindspore.float32)), ops.BCEWithLogitsLoss("none")(inp, tgt, Tensor([1., 2, 1]), Tensor([1., 1, 3])))
print(ops.ApproximateEqual(2.)(Tensor([1., 2, 3]), Tensor([2., 3, 6])), ops.ChannelShuffle(2)(Tensor(np.arange(8).reshape(1, 4, 2, 1).astype(np.int16))).reshape(-1))
o, m = ops.Dropout2D(keep_prob=0.5)(Tensor(np.ones([2, 1, 2, 3]), mindspore.float32)); print(o.shape, m.shape)

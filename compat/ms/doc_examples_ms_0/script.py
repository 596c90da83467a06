"""Docstring "Examples" of the MindSpore 2.10 API (ms), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- ms.COMPATIBLE
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.COMPATIBLE")
_r = int('0b100', base=0)
if _r is not None:
    print(repr(_r))
# ---- ms.COOTensor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.COOTensor")
import mindspore as ms
from mindspore import Tensor, COOTensor
indices = Tensor([[0, 1], [1, 2]], dtype=ms.int32)
values = Tensor([1, 2], dtype=ms.float32)
shape = (3, 4)
x = COOTensor(indices, values, shape)
print(x.values)
print(x.indices)
print(x.shape)
# ---- ms.GRAPH_MODE
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.GRAPH_MODE")
_r = int('0b100', base=0)
if _r is not None:
    print(repr(_r))
# ---- ms.LAX
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.LAX")
_r = int('0b100', base=0)
if _r is not None:
    print(repr(_r))
# ---- ms.LambdaCallback
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.LambdaCallback")
import numpy as np
import mindspore.dataset as ds
from mindspore import nn
from mindspore.train import Model, LambdaCallback
data = {"x": np.float32(np.random.rand(64, 10)), "y": np.random.randint(0, 5, (64,))}
train_dataset = ds.NumpySlicesDataset(data=data).batch(32)
net = nn.Dense(10, 5)
crit = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean')
opt = nn.Momentum(net.trainable_params(), 0.01, 0.9)
lambda_callback = LambdaCallback(on_train_epoch_end=
lambda run_context: print("loss:", run_context.original_args().net_outputs))
model = Model(network=net, optimizer=opt, loss_fn=crit, metrics={"recall"})
_r = model.train(2, train_dataset, callbacks=[lambda_callback])
if _r is not None:
    print(repr(_r))
# ---- ms.PYNATIVE_MODE
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.PYNATIVE_MODE")
_r = int('0b100', base=0)
if _r is not None:
    print(repr(_r))
# ---- ms.Perplexity
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.Perplexity")
import numpy as np
from mindspore import Tensor
from mindspore.train import Perplexity
x = Tensor(np.array([[0.2, 0.5], [0.3, 0.1], [0.9, 0.6]]))
y = Tensor(np.array([1, 0, 1]))
metric = Perplexity(ignore_label=None)
_r = metric.clear()
if _r is not None:
    print(repr(_r))
_r = metric.update(x, y)
if _r is not None:
    print(repr(_r))
perplexity = metric.eval()
print(perplexity)
# ---- ms.STRICT
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.STRICT")
_r = int('0b100', base=0)
if _r is not None:
    print(repr(_r))
# ---- ms.dtype_to_nptype
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.dtype_to_nptype")
import mindspore as ms
_r = ms.dtype_to_nptype(ms.int8)
if _r is not None:
    print(repr(_r))
# ---- ms.dtype_to_pytype
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.dtype_to_pytype")
import mindspore as ms
out = ms.dtype_to_pytype(ms.bool_)
print(out)
# ---- ms.from_numpy
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.from_numpy")
import numpy as np
import mindspore as ms
x = np.array([1, 2])
output = ms.from_numpy(x)
print(output)
# ---- ms.get_context
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.get_context")
import mindspore as ms
_r = ms.get_context("device_target")
if _r is not None:
    print(repr(_r))
_r = ms.get_context("device_id")
if _r is not None:
    print(repr(_r))
# ---- ms.get_seed
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.get_seed")
import mindspore as ms
_r = ms.set_seed(1234)
if _r is not None:
    print(repr(_r))
seed = ms.get_seed()
print(seed)
# ---- ms.is_tensor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.is_tensor")
import mindspore
a = mindspore.tensor([1.9, 2.2, 3.1])
_r = mindspore.is_tensor(a)
if _r is not None:
    print(repr(_r))
# ---- ms.pytype_to_dtype
_onp.random.seed(0)
mindspore.set_seed(0)
print("== ms.pytype_to_dtype")
import mindspore as ms
out = ms.pytype_to_dtype(bool)
print(out)

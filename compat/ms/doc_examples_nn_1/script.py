"""Docstring "Examples" of the MindSpore 2.10 API (nn), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- nn.PoissonNLLLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.PoissonNLLLoss")
import mindspore as ms
import mindspore.nn as nn
x = ms.Tensor([[0.3, 0.7], [0.5, 0.5]])
target = ms.Tensor([[1.0, 2.0], [3.0, 4.0]])
loss = nn.PoissonNLLLoss()
output = loss(x, target)
print(output.asnumpy())
# ---- nn.RNN
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.RNN")
import mindspore as ms
import numpy as np
net = ms.nn.RNN(10, 16, 2, has_bias=True, batch_first=True, bidirectional=False)
x = ms.Tensor(np.ones([3, 5, 10]).astype(np.float32))
h0 = ms.Tensor(np.ones([1 * 2, 3, 16]).astype(np.float32))
output, hn = net(x, h0)
print(output.shape)
# ---- nn.RNNCell
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.RNNCell")
import mindspore as ms
import numpy as np
net = ms.nn.RNNCell(10, 16)
x = ms.Tensor(np.ones([5, 3, 10]).astype(np.float32))
hx = ms.Tensor(np.ones([3, 16]).astype(np.float32))
output = []
for i in range(5):
    hx = net(x[i], hx)
    output.append(hx)
print(output[0].shape)
# ---- nn.ReLU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ReLU")
import mindspore
relu = mindspore.nn.ReLU()
input_tensor = mindspore.tensor([-1.0, 2.0, -3.0, 2.0, -1.0], mindspore.float32)
output = relu(input_tensor)
print(output)
# ---- nn.ReLU6
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ReLU6")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([-1, -2, 0, 2, 1]), mindspore.float16)
relu6 = nn.ReLU6()
output = relu6(x)
print(output)
# ---- nn.ReduceLogSumExp
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ReduceLogSumExp")
import mindspore as ms
import numpy as np
x = ms.Tensor(np.random.randn(3, 4, 5, 6).astype(np.float32))
op = ms.nn.ReduceLogSumExp(1, keep_dims=True)
output = op(x)
print(output.shape)
# ---- nn.ReplicationPad1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ReplicationPad1d")
import numpy as np
import mindspore as ms
pad1d = ms.nn.ReplicationPad1d(2)
input = ms.Tensor(np.arange(0, 8).reshape(1, 2, 4), ms.float32)
print(input)
out = pad1d(input)
print(out)
pad1d = ms.nn.ReplicationPad1d((3, 1))
out = pad1d(input)
print(out)
# ---- nn.ReplicationPad2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ReplicationPad2d")
import numpy as np
import mindspore as ms
pad2d = ms.nn.ReplicationPad2d(2)
input = ms.Tensor(np.arange(0, 9).reshape(1, 1, 3, 3), ms.float32)
print(input)
out = pad2d(input)
print(out)
pad2d = ms.nn.ReplicationPad2d((1, 1, 2, 0))
out = pad2d(input)
print(out)
# ---- nn.ReplicationPad3d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ReplicationPad3d")
import numpy as np
import mindspore as ms
pad3d = ms.nn.ReplicationPad3d(1)
input = ms.Tensor(np.arange(0, 9).reshape(1, 1, 1, 3, 3), ms.float32)
out = pad3d(input)
print(out)
# ---- nn.SeLU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.SeLU")
import mindspore
from mindspore import Tensor, nn
import numpy as np
input_x = Tensor(np.array([[-1.0, 4.0, -8.0], [2.0, -5.0, 9.0]]), mindspore.float32)
selu = nn.SeLU()
output = selu(input_x)
print(output)
# ---- nn.SmoothL1Loss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.SmoothL1Loss")
import mindspore
from mindspore import Tensor, nn
import numpy as np
loss = nn.SmoothL1Loss()
logits = Tensor(np.array([1, 2, 3]), mindspore.float32)
labels = Tensor(np.array([1, 2, 2]), mindspore.float32)
output = loss(logits, labels)
print(output)
# ---- nn.SoftShrink
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.SoftShrink")
import mindspore
input = mindspore.tensor([[ 0.5297,  0.7871,  1.1754], [ 0.7836,  0.6218, -1.1542]], mindspore.float16)
softshrink = mindspore.nn.SoftShrink()
output = softshrink(input)
print(output)
# ---- nn.Softmax2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Softmax2d")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([[[[0.1, 0.2]], [[0.3, 0.4]], [[0.6, 0.5]]]]), mindspore.float32)
softmax2d = nn.Softmax2d()
output = softmax2d(x)
print(output)
# ---- nn.Softsign
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Softsign")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([0, -1, 2, 30, -30]), mindspore.float32)
softsign = nn.Softsign()
output = softsign(x)
print(output)
# ---- nn.Tanh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Tanh")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([1, 2, 3, 2, 1]), mindspore.float16)
tanh = nn.Tanh()
output = tanh(x)
print(output)
# ---- nn.Tanhshrink
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Tanhshrink")
import mindspore as ms
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([1, 2, 3, 2, 1]), ms.float16)
tanhshrink = nn.Tanhshrink()
output = tanhshrink(x)
print(output)
# ---- nn.Threshold
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Threshold")
import mindspore
from mindspore import Tensor, nn
m = nn.Threshold(0.1, 20)
inputs = Tensor([0.1, 0.2, 0.3], mindspore.float32)
outputs = m(inputs)
print(outputs)
# ---- nn.TimeDistributed
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.TimeDistributed")
import mindspore as ms
import numpy as np
x = ms.Tensor(np.random.random([32, 10, 3]), ms.float32)
dense = ms.nn.Dense(3, 6)
net = ms.nn.TimeDistributed(dense, time_axis=1, reshape_with_axis=0)
output = net(x)
print(output.shape)
# ---- nn.Unflatten
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Unflatten")
import mindspore
from mindspore import Tensor, nn
import numpy as np
input = Tensor(np.arange(0, 100).reshape(2, 10, 5), mindspore.float32)
net = nn.Unflatten(1, (2, 5))
output = net(input)
print(f"before unflatten the input shape is {input.shape}")
print(f"after unflatten the output shape is {output.shape}")
# ---- nn.Upsample
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Upsample")
import mindspore as ms
x = ms.Tensor([[[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]]])
upsample = ms.nn.Upsample(size=(5, 5))
out = upsample(x)
print(x.asnumpy())
print(out.asnumpy())
print(out.shape)
# ---- nn.ZeroPad2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ZeroPad2d")
import numpy as np
import mindspore as ms
x = np.ones(shape=(1, 2, 3, 4)).astype(np.float32)
x = ms.Tensor(x)
padding = (1, 1, 0, 1)
pad = ms.nn.ZeroPad2d(padding)
out = pad(x)
print(out)
print(out.shape)
# ---- nn.get_activation
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.get_activation")
import mindspore.nn as nn
sigmoid = nn.get_activation('sigmoid')
print(sigmoid)

"""Docstring "Examples" of the MindSpore 2.10 API (nn), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- nn.AdaptiveAvgPool1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.AdaptiveAvgPool1d")
import mindspore as ms
import numpy as np
pool = ms.nn.AdaptiveAvgPool1d(output_size=2)
input = ms.Tensor(np.random.randint(0, 10, [1, 3, 6]), ms.float32)
output = pool(input)
result = output.shape
print(result)
# ---- nn.AdaptiveAvgPool2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.AdaptiveAvgPool2d")
import mindspore as ms
import numpy as np
pool = ms.nn.AdaptiveAvgPool2d(2)
input_x = ms.Tensor(np.array([[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]],
                           [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]],
                           [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]), ms.float32)
output = pool(input_x)
result = output.shape
print(result)
# ---- nn.AdaptiveMaxPool1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.AdaptiveMaxPool1d")
import mindspore as ms
import numpy as np
pool = ms.nn.AdaptiveMaxPool1d(output_size=3)
x = ms.Tensor(np.random.randint(0, 10, [1, 3, 6]), ms.float32)
output = pool(x)
result = output.shape
print(result)
# ---- nn.AvgPool1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.AvgPool1d")
import mindspore as ms
import numpy as np
pool = ms.nn.AvgPool1d(kernel_size=6, stride=1)
x = ms.Tensor(np.random.randint(0, 10, [1, 3, 6]), ms.float32)
output = pool(x)
result = output.shape
print(result)
pool2 = ms.nn.AvgPool1d(4, stride=1, ceil_mode=True, pad_mode="pad", padding=2)
x1 = ms.ops.randn(6, 6, 8)
output = pool2(x1)
print(output.shape)
# ---- nn.AvgPool2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.AvgPool2d")
import mindspore as ms
import numpy as np
pool = ms.nn.AvgPool2d(kernel_size=3, stride=1)
x = ms.Tensor(np.random.randint(0, 10, [1, 2, 4, 4]), ms.float32)
output = pool(x)
print(output.shape)
x = ms.ops.randn(6, 6, 8, 8)
pool2 = ms.nn.AvgPool2d(4, stride=1, pad_mode="pad", padding=2, divisor_override=5)
output2 = pool2(x)
print(output2.shape)
# ---- nn.BCELoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.BCELoss")
import mindspore as ms
import mindspore.nn as nn
import numpy as np
weight = ms.Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 3.3, 2.2]]), ms.float32)
loss = nn.BCELoss(weight=weight, reduction='mean')
logits = ms.Tensor(np.array([[0.1, 0.2, 0.3], [0.5, 0.7, 0.9]]), ms.float32)
labels = ms.Tensor(np.array([[0, 1, 0], [0, 0, 1]]), ms.float32)
output = loss(logits, labels)
print(output)
# ---- nn.BCEWithLogitsLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.BCEWithLogitsLoss")
import mindspore as ms
import mindspore.nn as nn
import numpy as np
input = ms.Tensor(np.array([[-0.8, 1.2, 0.7], [-0.1, -0.4, 0.7]]).astype(np.float32))
target = ms.Tensor(np.array([[0.3, 0.8, 1.2], [-0.6, 0.1, 2.2]]).astype(np.float32))
loss = nn.BCEWithLogitsLoss()
output = loss(input, target)
print(output)
# ---- nn.BatchNorm1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.BatchNorm1d")
import numpy as np
import mindspore as ms
net = ms.nn.BatchNorm1d(num_features=4)
x = ms.Tensor(np.array([[0.7, 0.5, 0.5, 0.6],
                        [0.5, 0.4, 0.6, 0.9]]).astype(np.float32))
output = net(x)
print(output)
# ---- nn.BatchNorm2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.BatchNorm2d")
import numpy as np
import mindspore as ms
net = ms.nn.BatchNorm2d(num_features=3)
x = ms.Tensor(np.ones([1, 3, 2, 2]).astype(np.float32))
output = net(x)
print(output)
# ---- nn.BatchNorm3d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.BatchNorm3d")
import numpy as np
import mindspore as ms
net = ms.nn.BatchNorm3d(num_features=3)
x = ms.Tensor(np.ones([16, 3, 10, 32, 32]).astype(np.float32))
output = net(x)
print(output.shape)
# ---- nn.CELU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.CELU")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([-2.0, -1.0, 1.0, 2.0]), mindspore.float32)
celu = nn.CELU()
output = celu(x)
print(output)
# ---- nn.CentralCrop
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.CentralCrop")
import mindspore as ms
import numpy as np
net = ms.nn.CentralCrop(central_fraction=0.5)
image = ms.Tensor(np.random.random((4, 3, 4, 4)), ms.float32)
output = net(image)
print(output.shape)
# ---- nn.ChannelShuffle
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ChannelShuffle")
import mindspore as ms
import numpy as np
channel_shuffle = ms.nn.ChannelShuffle(2)
x = ms.Tensor(np.arange(16).astype(np.int32).reshape(1, 4, 2, 2))
print(x)
output = channel_shuffle(x)
print(output)
# ---- nn.ClipByNorm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ClipByNorm")
import mindspore
from mindspore import Tensor, nn
import numpy as np
net = nn.ClipByNorm()
x = Tensor(np.random.randint(0, 10, [4, 16]), mindspore.float32)
clip_norm = Tensor(np.array([100]).astype(np.float32))
output = net(x, clip_norm)
print(output.shape)
# ---- nn.ConstantPad2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ConstantPad2d")
import numpy as np
import mindspore as ms
x = np.ones(shape=(1, 2, 3, 4)).astype(np.float32)
x = ms.Tensor(x)
padding = (1, 1, 0, 1)
value = 0.5
pad2d = ms.nn.ConstantPad2d(padding, value)
out = pad2d(x)
print(out)
print(out.shape)
# ---- nn.ConstantPad3d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ConstantPad3d")
import numpy as np
import mindspore as ms
x = np.ones(shape=(1, 2, 3, 4)).astype(np.float32)
x = ms.Tensor(x)
padding = (1, 1, 0, 1, 1, 0)
value = 0.5
pad3d = ms.nn.ConstantPad3d(padding, value)
out = pad3d(x)
print(out)
print(out.shape)
# ---- nn.Conv1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Conv1d")
import mindspore
from mindspore import Tensor, nn
import numpy as np
net = nn.Conv1d(120, 240, 4, has_bias=False, weight_init='normal')
x = Tensor(np.ones([1, 120, 640]), mindspore.float32)
output = net(x).shape
print(output)
# ---- nn.Conv2dTranspose
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Conv2dTranspose")
import mindspore
from mindspore import Tensor, nn
import numpy as np
net = nn.Conv2dTranspose(3, 64, 4, has_bias=False, weight_init='normal', pad_mode='pad')
x = Tensor(np.ones([1, 3, 16, 50]), mindspore.float32)
output = net(x).shape
print(output)
# ---- nn.CosineEmbeddingLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.CosineEmbeddingLoss")
import mindspore as ms
import mindspore.nn as nn
import numpy as np
logits_x1 = ms.Tensor(np.array([[0.3, 0.8], [0.4, 0.3]]), ms.float32)
logits_x2 = ms.Tensor(np.array([[0.4, 1.2], [-0.4, -0.9]]), ms.float32)
labels = ms.Tensor(np.array([1, -1]), ms.int32)
cosine_embedding_loss = nn.CosineEmbeddingLoss()
output = cosine_embedding_loss(logits_x1, logits_x2, labels)
print(output)
# ---- nn.Dense
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Dense")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([[180, 234, 154], [244, 48, 247]]), mindspore.float32)
net = nn.Dense(3, 4)
output = net(x)
print(output.shape)
# ---- nn.DiceLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.DiceLoss")
import mindspore
from mindspore import Tensor, nn
import numpy as np
loss = nn.DiceLoss(smooth=1e-5)
logits = Tensor(np.array([[0.2, 0.5], [0.3, 0.1], [0.9, 0.6]]), mindspore.float32)
labels = Tensor(np.array([[0, 1], [1, 0], [0, 1]]), mindspore.float32)
output = loss(logits, labels)
print(output)
# ---- nn.Dropout
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Dropout")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.ones([2, 2, 3]), mindspore.float32)
net = nn.Dropout(p=0.2)
_r = net.set_train()
if _r is not None:
    print(repr(_r))
output = net(x)
print(output.shape)
# ---- nn.Dropout2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Dropout2d")
import mindspore
from mindspore import Tensor, nn
import numpy as np
dropout = nn.Dropout2d(p=0.5)
x = Tensor(np.ones([2, 1, 2, 3]), mindspore.float32)
output = dropout(x)
print(output.shape)
# ---- nn.Dropout3d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Dropout3d")
import mindspore
from mindspore import Tensor, nn
import numpy as np
dropout = nn.Dropout3d(p=0.5)
x = Tensor(np.ones([2, 1, 2, 1, 2]), mindspore.float32)
output = dropout(x)
print(output.shape)
# ---- nn.ELU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ELU")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([-1, -2, 0, 2, 1]), mindspore.float32)
elu = nn.ELU()
result = elu(x)
print(result)
# ---- nn.EmbeddingLookup
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.EmbeddingLookup")
import mindspore
from mindspore import Tensor, nn
import numpy as np
input_indices = Tensor(np.array([[1, 0], [3, 2]]), mindspore.int32)
result = nn.EmbeddingLookup(4, 2)(input_indices)
print(result.shape)
# ---- nn.EmbeddingLookupThor
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.EmbeddingLookupThor")
import mindspore as ms
import numpy as np
input_indices = ms.Tensor(np.array([[1, 0], [3, 2]]), ms.int32)
result = ms.nn.EmbeddingLookup(4,2)(input_indices)
print(result.shape)
# ---- nn.Flatten
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Flatten")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([[[1.2, 1.2], [2.1, 2.1]], [[2.2, 2.2], [3.2, 3.2]]]), mindspore.float32)
net = nn.Flatten()
output = net(x)
print(output)
print(f"before flatten the x shape is {x.shape}")
print(f"after flatten the output shape is {output.shape}")
# ---- nn.GLU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.GLU")
import mindspore as ms
m = ms.nn.GLU()
input = ms.Tensor([[0.1,0.2,0.3,0.4],[0.5,0.6,0.7,0.8]])
output = m(input)
print(output)
# ---- nn.GRU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.GRU")
import mindspore as ms
import numpy as np
net = ms.nn.GRU(10, 16, 2, has_bias=True, batch_first=True, bidirectional=False)
x = ms.Tensor(np.ones([3, 5, 10]).astype(np.float32))
h0 = ms.Tensor(np.ones([1 * 2, 3, 16]).astype(np.float32))
output, hn = net(x, h0)
print(output.shape)
# ---- nn.GRUCell
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.GRUCell")
import mindspore as ms
import numpy as np
net = ms.nn.GRUCell(10, 16)
x = ms.Tensor(np.ones([5, 3, 10]).astype(np.float32))
hx = ms.Tensor(np.ones([3, 16]).astype(np.float32))
output = []
for i in range(5):
    hx = net(x[i], hx)
    output.append(hx)
print(output[0].shape)
# ---- nn.GaussianNLLLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.GaussianNLLLoss")
import mindspore as ms
import mindspore.nn as nn
import numpy as np
arr1 = np.arange(8).reshape((4, 2))
arr2 = np.array([2, 3, 1, 4, 6, 4, 4, 9]).reshape((4, 2))
logits = ms.Tensor(arr1, ms.float32)
labels = ms.Tensor(arr2, ms.float32)
loss = nn.GaussianNLLLoss(reduction='mean')
var = ms.Tensor(np.ones((4, 1)), ms.float32)
output = loss(logits, labels, var)
print(output)
# ---- nn.GraphCell
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.GraphCell")
import numpy as np
import mindspore as ms
import mindspore.nn as nn
from mindspore import Tensor
from mindspore import context
_r = context.set_context(mode=context.GRAPH_MODE)
if _r is not None:
    print(repr(_r))
net = nn.Conv2d(1, 1, kernel_size=3, weight_init="ones")
input = Tensor(np.ones([1, 1, 3, 3]).astype(np.float32))
_r = ms.export(net, input, file_name="net", file_format="MINDIR")
if _r is not None:
    print(repr(_r))
graph = ms.load("net.mindir")
net = nn.GraphCell(graph)
output = net(input)
print(output)
# ---- nn.GroupNorm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.GroupNorm")
import mindspore as ms
import numpy as np
group_norm_op = ms.nn.GroupNorm(2, 2)
x = ms.Tensor(np.ones([1, 2, 4, 4], np.float32))
output = group_norm_op(x)
print(output)
# ---- nn.HShrink
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.HShrink")
import mindspore
import numpy as np
input = mindspore.tensor(np.array([[0.5, 1, 2.0], [0.0533, 0.0776, -2.1233]]), mindspore.float32)
hshrink = mindspore.nn.HShrink()
output = hshrink(input)
print(output)
# ---- nn.HSigmoid
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.HSigmoid")
import mindspore
import numpy as np
input = mindspore.tensor(np.array([-1, -2, 0, 2, 1]), mindspore.float16)
hsigmoid = mindspore.nn.HSigmoid()
result = hsigmoid(input)
print(result)
# ---- nn.HSwish
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.HSwish")
import mindspore
import numpy as np
input = mindspore.Tensor(np.array([-1, -2, 0, 2, 1]), mindspore.float16)
hswish = mindspore.nn.HSwish()
result = hswish(input)
print(result)
# ---- nn.Hardtanh
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Hardtanh")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([-1, -2, 0, 2, 1]), mindspore.float16)
hardtanh = nn.Hardtanh(min_val=-1.0, max_val=1.0)
output = hardtanh(x)
print(output)
# ---- nn.HingeEmbeddingLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.HingeEmbeddingLoss")
import mindspore as ms
import mindspore.nn as nn
import numpy as np
arr1 = np.array([0.9, -1.2, 2, 0.8, 3.9, 2, 1, 0, -1]).reshape((3, 3))
arr2 = np.array([1, 1, -1, 1, -1, 1, -1, 1, 1]).reshape((3, 3))
logits = ms.Tensor(arr1, ms.float32)
labels = ms.Tensor(arr2, ms.float32)
loss = nn.HingeEmbeddingLoss(reduction='mean')
output = loss(logits, labels)
print(output)
# ---- nn.Identity
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Identity")
import mindspore
from mindspore import Tensor, nn
import numpy as np
input = Tensor(np.array([1, 2, 3, 4]), mindspore.int64)
net = nn.Identity()
output = net(input)
print(output)
# ---- nn.ImageGradients
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.ImageGradients")
import mindspore as ms
import numpy as np
net = ms.nn.ImageGradients()
image = ms.Tensor(np.array([[[[1, 2], [3, 4]]]]), dtype=ms.int32)
output = net(image)
print(output)
# ---- nn.KLDivLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.KLDivLoss")
import mindspore as ms
import mindspore.nn as nn
import numpy as np
logits = ms.Tensor(np.array([0.2, 0.7, 0.1]), ms.float32)
labels = ms.Tensor(np.array([0., 1., 0.]), ms.float32)
loss = nn.KLDivLoss(reduction='mean')
output = loss(logits, labels)
print(output)
# ---- nn.L1Regularizer
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.L1Regularizer")
import mindspore as ms
import numpy as np
scale = 0.5
net = ms.nn.L1Regularizer(scale)
weights = ms.Tensor(np.array([[1.0, -2.0], [-3.0, 4.0]]).astype(np.float32))
output = net(weights)
print(output.asnumpy())
# ---- nn.LPPool1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.LPPool1d")
import mindspore as ms
import numpy as np
a = ms.Tensor(np.arange(2 * 3 * 4).reshape((2, 3, 4)), dtype=ms.float32)
net = ms.nn.LPPool1d(norm_type=1, kernel_size=3, stride=1)
out = net(a)
print(out)
# ---- nn.LPPool2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.LPPool2d")
import mindspore as ms
import numpy as np
a = ms.Tensor(np.arange(2 * 3 * 4 * 5).reshape((2, 3, 4, 5)), dtype=ms.float32)
net = ms.nn.LPPool2d(norm_type=1, kernel_size=3, stride=1)
out = net(a)
print(out)
# ---- nn.LSTM
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.LSTM")
import mindspore as ms
import numpy as np
net = ms.nn.LSTM(10, 16, 2, has_bias=True, batch_first=True, bidirectional=False)
x = ms.Tensor(np.ones([3, 5, 10]).astype(np.float32))
h0 = ms.Tensor(np.ones([1 * 2, 3, 16]).astype(np.float32))
c0 = ms.Tensor(np.ones([1 * 2, 3, 16]).astype(np.float32))
output, (hn, cn) = net(x, (h0, c0))
print(output.shape)
# ---- nn.LSTMCell
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.LSTMCell")
import mindspore as ms
import numpy as np
net = ms.nn.LSTMCell(10, 16)
x = ms.Tensor(np.ones([5, 3, 10]).astype(np.float32))
h = ms.Tensor(np.ones([3, 16]).astype(np.float32))
c = ms.Tensor(np.ones([3, 16]).astype(np.float32))
output = []
for i in range(5):
    hx = net(x[i], (h, c))
    output.append(hx)
print(output[0][0].shape)
# ---- nn.LayerNorm
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.LayerNorm")
import mindspore as ms
import numpy as np
x = ms.Tensor(np.ones([20, 5, 10, 10]), ms.float32)
shape1 = x.shape[1:]
m = ms.nn.LayerNorm(shape1, begin_norm_axis=1, begin_params_axis=1)
output = m(x).shape
print(output)
# ---- nn.LeakyReLU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.LeakyReLU")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([[-1.0, 4.0, -8.0], [2.0, -5.0, 9.0]]), mindspore.float32)
leaky_relu = nn.LeakyReLU()
output = leaky_relu(x)
print(output)
# ---- nn.LogSigmoid
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.LogSigmoid")
import mindspore
from mindspore import Tensor, nn
import numpy as np
net = nn.LogSigmoid()
x = Tensor(np.array([1.0, 2.0, 3.0]), mindspore.float32)
output = net(x)
print(output)
# ---- nn.MarginRankingLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.MarginRankingLoss")
import mindspore as ms
from mindspore import Tensor, nn, ops
import numpy as np
loss1 = nn.MarginRankingLoss(reduction='none')
loss2 = nn.MarginRankingLoss(reduction='mean')
loss3 = nn.MarginRankingLoss(reduction='sum')
sign = ops.Sign()
input1 = Tensor(np.array([0.3864, -2.4093, -1.4076]), ms.float32)
input2 = Tensor(np.array([-0.6012, -1.6681, 1.2928]), ms.float32)
target = sign(Tensor(np.array([-2, -2, 3]), ms.float32))
output1 = loss1(input1, input2, target)
print(output1)
output2 = loss2(input1, input2, target)
print(output2)
output3 = loss3(input1, input2, target)
print(output3)
# ---- nn.MaxPool1d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.MaxPool1d")
import mindspore as ms
import mindspore.nn as nn
import numpy as np
mpool1 = nn.MaxPool1d(kernel_size=3, stride=1)
x = ms.Tensor(np.random.randint(0, 10, [1, 2, 4]), ms.float32)
output = mpool1(x)
result = output.shape
print(result)
np_x = np.random.randint(0, 10, [5, 3, 4])
x = ms.Tensor(np_x, ms.float32)
mpool2 = nn.MaxPool1d(kernel_size=2, stride=1, pad_mode="pad", padding=1, dilation=1, return_indices=True)
output = mpool2(x)
print(output[0].shape)
print(output[1].shape)
# ---- nn.MaxPool2d
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.MaxPool2d")
import mindspore as ms
import numpy as np
pool = ms.nn.MaxPool2d(kernel_size=3, stride=1)
x = ms.Tensor(np.random.randint(0, 10, [1, 2, 4, 4]), ms.float32)
output = pool(x)
print(output.shape)
np_x = np.random.randint(0, 10, [5, 3, 4, 5])
x = ms.Tensor(np_x, ms.float32)
pool2 = ms.nn.MaxPool2d(kernel_size=2, stride=1, pad_mode="pad", padding=1, dilation=1, return_indices=True)
output = pool2(x)
print(output[0].shape)
print(output[1].shape)
# ---- nn.MultiClassDiceLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.MultiClassDiceLoss")
import mindspore
from mindspore import Tensor, nn
import numpy as np
loss = nn.MultiClassDiceLoss(weights=None, ignore_indiex=None, activation="softmax")
logits = Tensor(np.array([[0.2, 0.5, 0.7], [0.3, 0.1, 0.5], [0.9, 0.6, 0.3]]), mindspore.float32)
labels = Tensor(np.array([[0, 1, 0], [1, 0, 0], [0, 0, 1]]), mindspore.float32)
output = loss(logits, labels)
print(output)
# ---- nn.MultiMarginLoss
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.MultiMarginLoss")
import mindspore as ms
import mindspore.nn as nn
import numpy as np
x = ms.Tensor(np.ones(shape=[3, 3]), ms.float32)
target = ms.Tensor(np.array([1, 2, 1]), ms.int64)
loss = nn.MultiMarginLoss()
output = loss(x, target)
print(output)
# ---- nn.MultiheadAttention
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.MultiheadAttention")
import mindspore as ms
import numpy as np
embed_dim, num_heads = 128, 8
seq_length, batch_size = 10, 8
query = ms.Tensor(np.random.randn(seq_length, batch_size, embed_dim), ms.float32)
key = ms.Tensor(np.random.randn(seq_length, batch_size, embed_dim), ms.float32)
value = ms.Tensor(np.random.randn(seq_length, batch_size, embed_dim), ms.float32)
multihead_attn = ms.nn.MultiheadAttention(embed_dim, num_heads)
attn_output, attn_output_weights = multihead_attn(query, key, value)
print(attn_output.shape)
# ---- nn.PReLU
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.PReLU")
import mindspore
from mindspore import Tensor, nn
import numpy as np
x = Tensor(np.array([[[[0.1, 0.6], [0.9, 0.9]]]]), mindspore.float32)
prelu = nn.PReLU()
output = prelu(x)
print(output)
# ---- nn.Perplexity
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.Perplexity")
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
# ---- nn.PixelShuffle
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.PixelShuffle")
import mindspore as ms
import numpy as np
input_x = np.arange(3 * 2 * 8 * 4 * 4).reshape((3, 2, 8, 4, 4))
input_x = ms.Tensor(input_x, ms.dtype.int32)
pixel_shuffle = ms.nn.PixelShuffle(2)
output = pixel_shuffle(input_x)
print(output.shape)
# ---- nn.PixelUnshuffle
_onp.random.seed(0)
mindspore.set_seed(0)
print("== nn.PixelUnshuffle")
import mindspore as ms
import numpy as np
pixel_unshuffle = ms.nn.PixelUnshuffle(2)
input_x = np.arange(8 * 8).reshape((1, 1, 8, 8))
input_x = ms.Tensor(input_x, ms.dtype.int32)
output = pixel_unshuffle(input_x)
print(output.shape)

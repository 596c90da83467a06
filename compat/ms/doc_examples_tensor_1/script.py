"""Docstring "Examples" of the MindSpore 2.10 API (Tensor), run as one script (seeds reset per example)."""
import numpy as _onp
import mindspore

# ---- Tensor.size
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.size")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([[1, 2], [3, 4]]))
output = x.size
print(output)
# ---- Tensor.split
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.split")
import numpy as np
from mindspore import Tensor
input_x = np.arange(9).astype("float32")
output = Tensor.split(Tensor(input_x), 3)
print(output)
import numpy as np
from mindspore import Tensor
input_x = np.arange(9).astype("float32")
output = Tensor.split(Tensor(input_x), 3)
print(output)
# ---- Tensor.stride
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.stride")
import mindspore as ms
x = ms.Tensor([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]], dtype=ms.float32)
_r = x.stride()
if _r is not None:
    print(repr(_r))
# ---- Tensor.strides
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.strides")
from mindspore import Tensor
from mindspore import dtype as mstype
import numpy as np
x = Tensor(np.array([[1, 2], [3, 4]]), dtype=mstype.int64)
output = x.strides
print(output)
# ---- Tensor.sum
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.sum")
import mindspore
import numpy as np
from mindspore import Tensor
from mindspore import dtype as mstype
x = Tensor(np.array([[[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], [3, 3, 3, 3, 3, 3]],
                     [[4, 4, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [6, 6, 6, 6, 6, 6]],
                     [[7, 7, 7, 7, 7, 7], [8, 8, 8, 8, 8, 8], [9, 9, 9, 9, 9, 9]]]), mstype.float32)
out = Tensor.sum(x)
print(out)
out = Tensor.sum(x, dim=2)
print(out)
out = Tensor.sum(x, dim=2, keepdim=True)
print(out)
import numpy as np
from mindspore import Tensor
input_x = Tensor(np.array([-1, 0, 1]).astype(np.float32))
print(input_x.sum())
input_x = Tensor(np.arange(10).reshape(2, 5).astype(np.float32))
print(input_x.sum(axis=1))
# ---- Tensor.sum_to_size
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.sum_to_size")
import numpy as np
import mindspore
from mindspore import Tensor
x = Tensor(np.random.randn(3, 3, 3, 3, 3, 3), mindspore.float32)
output = x.sum_to_size((1, 3, 1, 3))
print(output.shape)
# ---- Tensor.take
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.take")
import numpy as np
from mindspore import Tensor
a = Tensor(np.array([4, 3, 5, 7, 6, 8]))
indices = Tensor(np.array([0, 1, 4]))
output = a.take(indices)
print(output)
import mindspore as ms
from mindspore import Tensor
input = Tensor([[4, 3, 5],[6, 7, 8]], ms.float32)
index = Tensor([0, 2, 5], ms.int64)
output = input.take(index)
print(output)
# ---- Tensor.tile
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.tile")
import mindspore
import numpy as np
from mindspore import Tensor
input = Tensor(np.array([[1, 2], [3, 4]]), mindspore.float32)
dims = (2, 3)
output = input.tile(dims)
print(output)
dims = (2, 3, 2)
output = input.tile(dims)
print(output)
# ---- Tensor.tolist
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.tolist")
import mindspore as ms
x = ms.Tensor([[1, 2, 3], [4, 5, 6]])
out1 = x.tolist()
print(out1)
out2 = x[0][0].tolist()
print(out2)
# ---- Tensor.topk
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.topk")
import mindspore as ms
from mindspore import Tensor
x = ms.Tensor([[0.5368, 0.2447, 0.4302, 0.9673],
               [0.4388, 0.6525, 0.4685, 0.1868],
               [0.3563, 0.5152, 0.9675, 0.8230]], dtype=ms.float32)
output = Tensor.topk(x, 2, dim=1)
print(output)
output2 = Tensor.topk(x, 2, dim=1, largest=False)
print(output2)
# ---- Tensor.trace
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.trace")
import numpy as np
from mindspore import Tensor
x = Tensor(np.eye(3, dtype=np.float32))
print(x.trace())
# ---- Tensor.type
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.type")
import mindspore
from mindspore import Tensor
x = Tensor([[1.2, 2], [3.4, 4]], dtype=mindspore.float32)
print(x.type())
print(x.type(dtype=mindspore.int32))
# ---- Tensor.type_as
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.type_as")
import mindspore
import numpy as np
from mindspore import Tensor
input_np = np.random.randn(2, 3, 4, 5).astype(np.float32)
self = Tensor(input_np)
other_np = np.random.randn(2, 3, 4).astype(np.int32)
other = Tensor(other_np)
output = self.type_as(other)
print(output.dtype)
print(output.shape)
# ---- Tensor.value
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.value")
from mindspore import Tensor
import numpy as np
x = Tensor(np.array([1, 2], dtype=np.float32))
x_value = x.value()
print(x_value)
# ---- Tensor.view_as
_onp.random.seed(0)
mindspore.set_seed(0)
print("== Tensor.view_as")
from mindspore import Tensor
from mindspore import dtype as mstype
a = Tensor([[1, 2, 3], [2, 3, 4]], mstype.float32)
b = Tensor([1, 1, 1, 1, 1, 1], mstype.float32)
output = a.view_as(b)
print(output)

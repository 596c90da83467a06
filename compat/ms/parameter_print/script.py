import numpy as np
import mindspore
from mindspore import Tensor, Parameter, ParameterTuple

w = Parameter(Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)), name='w')
b = Parameter(Tensor(np.array([0.5], np.float32)), name='bias', requires_grad=False)
print(w)
print(b)
print(w.name, b.name, w.requires_grad, b.requires_grad)
print(w.value())
print(w.asnumpy())
print(w.shape, w.dtype)
print(type(w * 2).__name__, w * 2)
w.set_data(Tensor(np.array([[0.0, -1.0], [1.0, 0.0]], np.float32)))
print(w.value())
s = Parameter(Tensor(1.5, mindspore.float32), name='scale')
print(s, s.value())
pt = ParameterTuple([w, s])
print(type(pt).__name__, len(pt), [p.name for p in pt])
print(Parameter(Tensor(np.ones((2, 3)), mindspore.float64), name='d'))

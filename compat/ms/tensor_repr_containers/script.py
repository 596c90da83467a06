import numpy as np
import mindspore
from mindspore import Tensor

t1 = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
t2 = Tensor(np.array([[1, 2], [3, 4]], np.int32))
t3 = Tensor(np.array([True, False]))
s = Tensor(0.5, mindspore.float32)
i = Tensor(7, mindspore.int64)
print((t1, t2))
print([t3, s, i])
print({'a': t1})
print(t1, t2)
print(repr(t1))
print(repr(s))
print(str(s), str(i))
print(f"value: {s}, int: {i}, vec: {t1}")
print(f"{s.asnumpy():.3f} {float(s):.2f} {int(i)}")
print("loss:", s)
print((Tensor(np.array([1.5e-5, 2.0], np.float32)), Tensor(np.array([1e8], np.float32))))
print((Tensor(np.array([[1.0, -2.5], [3.25, 4.0]], np.float64)),))
print([Tensor(np.array([-1, 0, 1], np.int64))])
print((Tensor(2.0, mindspore.float64), Tensor(True)))

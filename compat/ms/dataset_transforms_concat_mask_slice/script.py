import numpy as np
import mindspore as ms
import mindspore.dataset as ds
import mindspore.dataset.transforms as transforms
from mindspore.dataset.transforms import Relational

x = np.array([1, 2, 3, 2, 5], np.int32)
print(transforms.Concatenate(0, np.array([9], np.int32), np.array([7, 7], np.int32))(x))
print(transforms.Mask(Relational.EQ, 2)(x), transforms.Mask(Relational.GT, 2, ms.int32)(x))
print(transforms.Mask(Relational.LE, 3)(x), transforms.Mask(Relational.NE, 5)(x))
print(transforms.PadEnd([7], pad_value=-1)(x), transforms.PadEnd([3])(x))
print(transforms.PadEnd([3, 4], 0)(np.ones((2, 2), np.float32)))
print(transforms.Slice(slice(1, 4))(x), transforms.Slice([0, 2])(x), transforms.Slice(1)(x))
print(transforms.Slice(slice(0, 1), [1, 0])(np.arange(6).reshape(2, 3)))
data = ds.NumpySlicesDataset({"col": [[1, 2, 3], [4, 5, 2]]}, shuffle=False)
data = data.map(operations=[transforms.Mask(Relational.GT, 2), transforms.TypeCast(ms.int32)], input_columns="col")
for row in data.create_dict_iterator(output_numpy=True):
    print(row["col"])
data2 = ds.NumpySlicesDataset({"col": [[1, 2], [3, 4]]}, shuffle=False)
data2 = data2.map(operations=[transforms.PadEnd([4], 0), transforms.Concatenate(0, np.array([8]), None)], input_columns="col")
for row in data2.create_dict_iterator(output_numpy=True):
    print(row["col"])

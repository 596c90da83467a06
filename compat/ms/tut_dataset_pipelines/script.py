import numpy as np
import mindspore
from mindspore.dataset import GeneratorDataset, NumpySlicesDataset

class MyDataset:
    def __init__(self):
        self.x = np.arange(10, dtype=np.float32).reshape(5, 2)
        self.y = np.array([0, 1, 0, 1, 1], np.int32)
    def __getitem__(self, i):
        return self.x[i], self.y[i]
    def __len__(self):
        return len(self.x)

ds = GeneratorDataset(MyDataset(), column_names=["data", "label"], shuffle=False)
print(ds.get_dataset_size(), ds.get_col_names())
for d, l in ds.create_tuple_iterator():
    print(d, l, d.dtype, l.dtype, type(d).__name__)
ds = ds.batch(2)
print(ds.get_dataset_size())
for item in ds.create_dict_iterator():
    print(item["data"].shape, item["label"])
def gen():
    for i in range(3):
        yield (np.array([i, i + 1], np.float32),)
g = GeneratorDataset(gen, ["x"])
for (x,) in g.create_tuple_iterator():
    print(x)
n = NumpySlicesDataset({"a": [1, 2, 3], "b": [[1.0], [2.0], [3.0]]}, shuffle=False).batch(2, drop_remainder=True)
print(n.get_dataset_size())
for a, b in n:
    print(a, b, a.dtype, b.dtype)

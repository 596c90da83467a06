import numpy as np
import mindspore.dataset as ds

data = ds.NumpySlicesDataset({"x": np.arange(10), "y": np.arange(10) * 2}, shuffle=False)
train, test = data.split([0.8, 0.2], randomize=False)
print(train.get_dataset_size(), test.get_dataset_size())
print([int(r["x"]) for r in train.create_dict_iterator(output_numpy=True)])
print([int(r["y"]) for r in test.create_dict_iterator(output_numpy=True)])
a, b, c = data.split([3, 3, 4], randomize=False)
print([a.get_dataset_size(), b.get_dataset_size(), c.get_dataset_size()], [int(r[0]) for r in c.create_tuple_iterator(output_numpy=True)])
try:
    data.split([0.33, 0.33], randomize=False)
except ValueError as e:
    print("ValueError:", e)
p, q = data.split([0.33, 0.67], randomize=False)
print(p.get_dataset_size(), q.get_dataset_size())


def apply_func(d):
    return d.batch(4)


batched = data.apply(apply_func)
for row in batched.create_tuple_iterator(output_numpy=True):
    print(row[0], row[1])
try:
    data.split([5, 3], randomize=False)
except RuntimeError as e:
    print("RuntimeError:", e)

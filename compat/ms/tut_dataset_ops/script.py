import numpy as np
import mindspore as ms
import mindspore.dataset as ds
from mindspore.dataset import transforms

np.random.seed(7)


class RandomAccessDataset:
    def __init__(self):
        self._data = np.arange(20, dtype=np.float32).reshape(10, 2)
        self._label = np.arange(10, dtype=np.int32) % 3

    def __getitem__(self, index):
        return self._data[index], self._label[index]

    def __len__(self):
        return len(self._data)


loader = RandomAccessDataset()
dataset = ds.GeneratorDataset(source=loader, column_names=["data", "label"], shuffle=False)
print(dataset.get_dataset_size(), dataset.get_col_names(), dataset.output_shapes(), dataset.output_types())


def my_generator(start, end):
    for i in range(start, end):
        yield i


# iterable source
dataset = ds.GeneratorDataset(source=lambda: my_generator(3, 6), column_names=["data"])
for d in dataset:
    print(d, d[0].dtype, d[0].shape)


class IterableDataset():
    def __init__(self, start, end):
        self.start = start
        self.end = end

    def __next__(self):
        return next(self.data)

    def __iter__(self):
        self.data = iter(range(self.start, self.end))
        return self


dataset = ds.GeneratorDataset(source=IterableDataset(1, 4), column_names=["data"])
print([d["data"].asnumpy().item() for d in dataset.create_dict_iterator()])

# map with a python function over two columns, new output columns
def make_base():
    return ds.GeneratorDataset(source=loader, column_names=["data", "label"], shuffle=False)


def add_and_double(data, label):
    return data + label, label * 2


mapped = make_base().map(operations=add_and_double, input_columns=["data", "label"], output_columns=["sum", "twice"])
print(mapped.get_col_names())
for item in mapped.create_dict_iterator(num_epochs=1, output_numpy=True):
    print(item["sum"], item["twice"])
    break

# filter, take, skip, repeat
filtered = make_base().filter(predicate=lambda data, label: label == 0, input_columns=["data", "label"])
print([l.item() for _, l in filtered.create_tuple_iterator(output_numpy=True)])
print(make_base().take(3).get_dataset_size(), make_base().skip(7).get_dataset_size(), make_base().repeat(3).get_dataset_size())

# batch with per_batch_map and drop_remainder
def add_one(data, label, batch_info):
    return [d + 1 for d in data], label


b = make_base().batch(4, drop_remainder=True, per_batch_map=add_one, input_columns=["data", "label"])
print(b.get_dataset_size())
for data, label in b.create_tuple_iterator():
    print(data.shape, data.dtype, label)

# transforms.Compose / OneHot / TypeCast / Fill on columns
pipe = make_base().map(operations=transforms.Compose([transforms.OneHot(3), transforms.TypeCast(ms.float32)]),
                input_columns="label")
for data, label in pipe.take(3).create_tuple_iterator():
    print(label, label.dtype)

# concat and zip
d1 = ds.NumpySlicesDataset([1, 2, 3], column_names=["col"], shuffle=False)
d2 = ds.NumpySlicesDataset([4, 5], column_names=["col"], shuffle=False)
print([x.item() for (x,) in (d1 + d2).create_tuple_iterator(output_numpy=True)])
d1 = ds.NumpySlicesDataset([1, 2, 3], column_names=["col"], shuffle=False)
z = ds.zip((d1, ds.NumpySlicesDataset([7, 8, 9], column_names=["other"], shuffle=False)))
print(z.get_col_names(), [(a.item(), b.item()) for a, b in z.create_tuple_iterator(output_numpy=True)])

# NumpySlicesDataset from dict and from tuple, with a batch
ns = ds.NumpySlicesDataset({"x": np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], np.float32),
                            "y": np.array([0, 1, 0])}, shuffle=False).batch(2)
for item in ns.create_dict_iterator():
    print(item["x"], item["y"], item["y"].dtype)
print(ns.get_batch_size(), ns.get_dataset_size(), ns.output_shapes(), ns.output_types())
def mk():
    return ds.NumpySlicesDataset({"x": np.array([1, 2, 3]), "y": np.array([4, 5, 6]), "z": np.array([7, 8, 9])}, shuffle=False)
d = mk().map(operations=lambda y: (y, y * 2), input_columns=["y"], output_columns=["a", "b"])
print(d.get_col_names(), next(d.create_tuple_iterator(output_numpy=True)))
d = mk().map(operations=lambda x, z: x + z, input_columns=["x", "z"], output_columns=["s"])
print(d.get_col_names(), next(d.create_tuple_iterator(output_numpy=True)))
d = mk().map(operations=lambda z, x: (z, x), input_columns=["z", "x"], output_columns=["p", "q"])
print(d.get_col_names(), next(d.create_tuple_iterator(output_numpy=True)))
def f(x, y, info):
    return [a * 10 for a in x], [b + info.get_batch_num() for b in y]
d = mk().batch(2, per_batch_map=f, input_columns=["x", "y"])
print(d.get_col_names(), list(d.create_tuple_iterator(output_numpy=True)))
d = mk().batch(2, per_batch_map=lambda x, info: ([a + info.get_epoch_num() for a in x],), input_columns=["z"], output_columns=["zz"])
print(d.get_col_names(), list(d.create_tuple_iterator(output_numpy=True)))

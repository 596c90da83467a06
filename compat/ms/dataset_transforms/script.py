import numpy as np
import mindspore
import mindspore.dataset as ds
from mindspore.dataset import transforms, vision

data = np.arange(24, dtype=np.uint8).reshape(4, 2, 3, 1)
labels = np.array([0, 1, 2, 3], np.int32)


def make():
    return ds.NumpySlicesDataset((data, labels), column_names=["image", "label"], shuffle=False)


d = make()
print(d.get_dataset_size(), d.get_col_names(), d.output_shapes(), d.output_types())
d = make().map(operations=[vision.Rescale(1.0 / 255.0, 0), vision.HWC2CHW()], input_columns="image")
d = d.map(operations=transforms.TypeCast(mindspore.int64), input_columns="label")
for item in d.create_dict_iterator():
    print(item["image"].shape, item["image"].dtype, item["label"], item["label"].dtype)
d = make().map(operations=vision.Normalize(mean=[0.5], std=[0.25]), input_columns="image")
print(next(d.create_tuple_iterator(output_numpy=True))[0].ravel())
d = make().batch(2)
print(d.get_batch_size(), [(img.shape, lab) for img, lab in d.create_tuple_iterator()])
print(make().project(["label"]).get_col_names(), make().rename(["label"], ["y"]).get_col_names())
print(make().repeat(2).get_dataset_size(), make().take(2).get_dataset_size(), make().skip(1).get_dataset_size())
z = ds.zip((make().project(["image"]), make().project(["label"]).rename(["label"], ["lab"])))
print(z.get_col_names(), z.get_dataset_size())
print((make() + make()).get_dataset_size())
print(make().map(operations=lambda x: x * 2, input_columns="label").batch(4)
      .create_dict_iterator(output_numpy=True).__next__()["label"])
print(make().filter(predicate=lambda x: x > 1, input_columns=["label"]).get_dataset_size())
print(type(make().create_tuple_iterator()).__name__, type(make().create_dict_iterator()).__name__)
g = ds.GeneratorDataset(lambda: ((np.array([i], np.float32), np.array(i % 2, np.int32)) for i in range(5)), ["x", "y"])
print(g.get_dataset_size(), [t.asnumpy().tolist() for t, _ in g.batch(2)])
print(list(transforms.OneHot(3)(np.array([0, 2]))))
print(transforms.Compose([lambda x: x + 1, lambda x: x * 2])(np.array([1, 2])))
print(vision.ToTensor()(np.full((2, 2, 3), 51, np.uint8)).shape)
d5 = ds.NumpySlicesDataset({"a": [1, 2, 3], "b": [4, 5, 6]}, shuffle=False)
print([(x["a"], x["b"]) for x in d5.create_dict_iterator(output_numpy=True)])
d6 = ds.NumpySlicesDataset([1, 2, 3], column_names=["col"], shuffle=False)
print([x for x in d6])
d = make()
a = d.batch(2)
b = d.batch(3)
try:
    print(a.get_dataset_size())
except ValueError as e:
    print("ValueError:", e)

import numpy as np
import mindspore as ms
import mindspore.dataset as ds
from mindspore import ops, Tensor

np.random.seed(10)

data = np.arange(10, dtype=np.int32)


def mk(sampler=None, **kw):
    return ds.NumpySlicesDataset(data, column_names=["x"], sampler=sampler, **kw)


print([int(x) for (x,) in mk(ds.SequentialSampler()).create_tuple_iterator(output_numpy=True)])
print([int(x) for (x,) in mk(ds.SequentialSampler(start_index=2, num_samples=4)).create_tuple_iterator(output_numpy=True)])
print([int(x) for (x,) in mk(ds.DistributedSampler(num_shards=3, shard_id=1, shuffle=False)).create_tuple_iterator(output_numpy=True)])
print([int(x) for (x,) in mk(ds.SubsetSampler([7, 2, 5])).create_tuple_iterator(output_numpy=True)])
print([int(x) for (x,) in mk(num_shards=2, shard_id=0, shuffle=False).create_tuple_iterator(output_numpy=True)])
print(mk(ds.SequentialSampler(num_samples=3)).get_dataset_size(), mk(num_samples=4, shuffle=False).get_dataset_size())
print(mk(ds.DistributedSampler(num_shards=4, shard_id=3, shuffle=False)).get_dataset_size())


class MySampler(ds.Sampler):
    def __iter__(self):
        for i in range(0, 10, 3):
            yield i


print([int(x) for (x,) in mk(MySampler()).create_tuple_iterator(output_numpy=True)])
gd = ds.GeneratorDataset(list(zip(data, data * 2)), ["a", "b"], sampler=ds.SequentialSampler(start_index=8))
print([(int(a), int(b)) for a, b in gd.create_tuple_iterator(output_numpy=True)])


# a custom operator implemented by a python function (func_type="pyfunc")
def add(a, b):
    return a + b


custom_add = ops.Custom(add, out_shape=lambda x, _: x, out_dtype=lambda x, _: x, func_type="pyfunc")
x0 = Tensor(np.array([[0.0, 0.0], [1.0, 1.0]]).astype(np.float32))
x1 = Tensor(np.array([[2.0, 0.0], [1.0, 1.0]]).astype(np.float32))
output = custom_add(x0, x1)
print(output, output.dtype)


def square_np(x):
    return x * x


def square_bprop(x, out, dout):
    return (2 * x * dout,)


square = ops.Custom(square_np, out_shape=lambda x: x, out_dtype=lambda x: x, func_type="pyfunc", bprop=square_bprop)
v = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
print(square(v), ms.grad(lambda t: square(t).sum())(v))

import numpy as np
import mindspore as ms
import mindspore.dataset as ds
ms.set_seed(1)
d = ds.NumpySlicesDataset(np.arange(10), ["x"], shuffle=False).shuffle(4)
print([int(x) for (x,) in d.create_tuple_iterator(output_numpy=True)])
d = ds.NumpySlicesDataset(np.arange(10), ["x"], shuffle=False).shuffle(100)
print([int(x) for (x,) in d.create_tuple_iterator(output_numpy=True)])
d = ds.NumpySlicesDataset(np.arange(6), ["x"], shuffle=False).shuffle(2)
print([int(x) for (x,) in d.create_tuple_iterator(output_numpy=True)])
ms.set_seed(1)
d = ds.NumpySlicesDataset(np.arange(10), ["x"], shuffle=False).shuffle(4)
it = d.create_tuple_iterator(num_epochs=3, output_numpy=True)
for e in range(3):
    print([int(x) for (x,) in it])
d = ds.NumpySlicesDataset(np.arange(10), ["x"], shuffle=False).shuffle(4).batch(3)
print([x.tolist() for (x,) in d.create_tuple_iterator(output_numpy=True)])
d = ds.NumpySlicesDataset(np.arange(10), ["x"], shuffle=False).map(lambda x: x * 10).shuffle(3)
print([int(x) for (x,) in d.create_tuple_iterator(output_numpy=True)])
d = ds.NumpySlicesDataset(np.arange(10), ["x"], shuffle=False).shuffle(4)
it = d.create_tuple_iterator(num_epochs=2, output_numpy=True)
print([int(x) for (x,) in it], d.get_dataset_size())
print([int(x) for (x,) in it])
d = ds.NumpySlicesDataset(np.arange(8), ["x"]).shuffle(3)
it = d.create_tuple_iterator(num_epochs=2, output_numpy=True)
for e in range(2):
    out = []
    for (x,) in it:
        out.append(int(x))
        n = d.get_dataset_size()
    print(out, n)
ms.set_seed(1)
def rows(**kw):
    return [int(x) for (x,) in ds.NumpySlicesDataset(np.arange(10), ["x"], **kw).create_tuple_iterator(output_numpy=True)]
print(rows(sampler=ds.DistributedSampler(2, 0)))
print(rows(sampler=ds.DistributedSampler(2, 1)))
print(rows(num_shards=2, shard_id=0))
print(rows(sampler=ds.SubsetRandomSampler([1, 3, 5, 7, 9])))

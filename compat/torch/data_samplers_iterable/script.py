import math
import torch
from torch.utils.data import (BatchSampler, ConcatDataset, DataLoader, Dataset, IterableDataset, RandomSampler,
                              SequentialSampler, Subset, SubsetRandomSampler, TensorDataset, WeightedRandomSampler,
                              default_collate, get_worker_info)

torch.manual_seed(0)


class DictDataset(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return {"x": torch.tensor([float(i), i * 0.5]), "label": i % 3, "weight": i / 10, "name": f"s{i}"}


ds = DictDataset(7)
for batch in DataLoader(ds, batch_size=3):
    print(batch)
    print(batch["label"].dtype, batch["weight"].dtype)

print(default_collate([(1, 2.5), (3, 4.5)]))
print(default_collate([torch.tensor([1, 2]), torch.tensor([3, 4])]))
print(len(DataLoader(ds, batch_size=3)), len(DataLoader(ds, batch_size=3, drop_last=True)))
for batch in DataLoader(ds, batch_size=3, drop_last=True):
    print(batch["name"])


class MyIterableDataset(IterableDataset):
    def __init__(self, start, end):
        super().__init__()
        assert end > start, "this example code only works with end >= start"
        self.start = start
        self.end = end

    def __iter__(self):
        worker_info = get_worker_info()
        if worker_info is None:  # single-process data loading, return the full iterator
            iter_start = self.start
            iter_end = self.end
        else:  # in a worker process
            per_worker = int(math.ceil((self.end - self.start) / float(worker_info.num_workers)))
            worker_id = worker_info.id
            iter_start = self.start + worker_id * per_worker
            iter_end = min(iter_start + per_worker, self.end)
        return iter(range(iter_start, iter_end))


it_ds = MyIterableDataset(start=3, end=7)
print(list(DataLoader(it_ds, num_workers=0)))
print(list(DataLoader(it_ds, batch_size=3)))
print(list(DataLoader(it_ds, batch_size=3, drop_last=True)))
print(list(DataLoader(it_ds, batch_size=None)))

weights = [0.1, 0.9, 0.4, 0.7, 3.0, 0.6]
print(list(WeightedRandomSampler(weights, 5, replacement=True)))
print(list(WeightedRandomSampler(weights, 4, replacement=False)))
print(list(WeightedRandomSampler(torch.tensor(weights), 8, generator=torch.Generator().manual_seed(3))))
print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=True)))
print(list(SubsetRandomSampler([10, 20, 30, 40])))
print(list(RandomSampler(range(5), replacement=True, num_samples=7)))

X = torch.arange(12.0).reshape(6, 2)
y = torch.tensor([0, 1, 0, 1, 1, 0])
tds = TensorDataset(X, y)
sampler = WeightedRandomSampler([1.0, 2.0, 1.0, 2.0, 2.0, 1.0], num_samples=6)
for xb, yb in DataLoader(tds, batch_size=4, sampler=sampler):
    print(xb, yb)
for xb, yb in DataLoader(tds, batch_sampler=BatchSampler(RandomSampler(tds), 4, False)):
    print(xb.shape, yb)

cat = ConcatDataset([Subset(tds, [0, 1]), TensorDataset(torch.ones(2, 2), torch.tensor([7, 7]))])
print(len(cat), cat[3], cat.cumulative_sizes)


def collate_pad(batch):
    xs, ys = zip(*batch)
    return torch.stack(xs), torch.tensor(ys)


for xb, yb in DataLoader(tds, batch_size=4, collate_fn=collate_pad):
    print(xb.sum().item(), yb)
print(torch.rand(2))

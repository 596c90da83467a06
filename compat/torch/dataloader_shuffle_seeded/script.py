# DataLoader with shuffle, random_split and seeded generators (the batches torch produces)
import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset, random_split


class Squares(Dataset):
    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.x[i] ** 2


torch.manual_seed(0)
ds = Squares(10)
loader = DataLoader(ds, batch_size=4, shuffle=True)
for epoch in range(2):
    for xb, yb in loader:
        print(epoch, xb, yb)

X = torch.randn(12, 2)
y = torch.arange(12)
tds = TensorDataset(X, y)
train, val = random_split(tds, [9, 3])
print(len(train), len(val), train.indices, val.indices)
train, val = random_split(tds, [0.75, 0.25], generator=torch.Generator().manual_seed(42))
print(train.indices, val.indices)
for xb, yb in DataLoader(train, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(1)):
    print(yb, xb.shape)
for xb, yb in DataLoader(val, batch_size=2):
    print(yb)
print(torch.rand(3))

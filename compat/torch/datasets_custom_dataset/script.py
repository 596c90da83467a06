import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader


class CustomImageDataset(Dataset):
    def __init__(self, n, transform=None, target_transform=None):
        rng = np.random.default_rng(4)
        self.images = rng.integers(0, 256, size=(n, 1, 3, 3)).astype(np.uint8)
        self.img_labels = rng.integers(0, 10, size=n)
        self.transform = transform
        self.target_transform = target_transform

    def __len__(self):
        return len(self.img_labels)

    def __getitem__(self, idx):
        image = torch.tensor(self.images[idx], dtype=torch.float32)
        label = int(self.img_labels[idx])
        if self.transform:
            image = self.transform(image)
        if self.target_transform:
            label = self.target_transform(label)
        return image, label


def to_unit(img):
    return img / 255.0


def one_hot(y):
    return torch.zeros(10, dtype=torch.float).scatter_(0, torch.tensor(y), value=1)


training_data = CustomImageDataset(10, transform=to_unit, target_transform=one_hot)
print(len(training_data))
img, label = training_data[0]
print(img)
print(label)

plain = CustomImageDataset(10)
train_dataloader = DataLoader(plain, batch_size=4, shuffle=False)
train_features, train_labels = next(iter(train_dataloader))
print(f"Feature batch shape: {train_features.size()}")
print(f"Labels batch shape: {train_labels.size()}")
img = train_features[0].squeeze()
label = train_labels[0]
print(img)
print(f"Label: {label}")
print(train_labels, train_labels.dtype)

for i, (xb, yb) in enumerate(train_dataloader):
    print(i, tuple(xb.shape), yb.tolist())

for i, (xb, yb) in enumerate(DataLoader(training_data, batch_size=4, drop_last=True)):
    print(i, tuple(xb.shape), tuple(yb.shape), yb.argmax(dim=1))
print(len(DataLoader(plain, batch_size=4)), len(DataLoader(plain, batch_size=4, drop_last=True)))

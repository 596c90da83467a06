import io
import os
import tempfile
import torch
import torch.nn as nn
import torch.optim as optim
import torch.nn.functional as F

torch.manual_seed(0)


class NetA(nn.Module):
    def __init__(self):
        super(NetA, self).__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(-1, 16 * 5 * 5)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x


netA = NetA()


class NetB(nn.Module):
    def __init__(self):
        super(NetB, self).__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)
        self.extra = nn.Linear(10, 2)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(-1, 16 * 5 * 5)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return self.extra(x)


netB = NetB()
PATH = os.path.join(tempfile.mkdtemp(), "model.pt")
torch.save(netA.state_dict(), PATH)
r = netB.load_state_dict(torch.load(PATH, weights_only=True), strict=False)
print(r)
print(r.missing_keys, r.unexpected_keys)
print(torch.equal(netA.fc3.weight, netB.fc3.weight))
try:
    netB.load_state_dict(torch.load(PATH, weights_only=True))
except RuntimeError as e:
    print("RuntimeError:", e)
sd = netB.state_dict()
sd["fc3.bias"] = torch.zeros(3)
try:
    netA.load_state_dict({k: v for k, v in sd.items() if not k.startswith("extra")})
except RuntimeError as e:
    print("RuntimeError:", e)
print(netA.load_state_dict(netA.state_dict()))

# general checkpoint
optimizer = optim.SGD(netA.parameters(), lr=0.001, momentum=0.9)
x = torch.rand(2, 3, 32, 32)
loss = netA(x).pow(2).mean()
loss.backward()
optimizer.step()
EPOCH = 5
torch.save({
    'epoch': EPOCH,
    'model_state_dict': netA.state_dict(),
    'optimizer_state_dict': optimizer.state_dict(),
    'loss': loss,
}, PATH)
model = NetA()
optimizer2 = optim.SGD(model.parameters(), lr=0.001, momentum=0.9)
checkpoint = torch.load(PATH, weights_only=True)
model.load_state_dict(checkpoint['model_state_dict'])
optimizer2.load_state_dict(checkpoint['optimizer_state_dict'])
epoch = checkpoint['epoch']
loss = checkpoint['loss']
print(epoch, loss)
model.train()
print(optimizer2.state_dict()['param_groups'])
print(optimizer2.state_dict()['state'][0]['momentum_buffer'].shape)
loss2 = model(x).pow(2).mean()
loss2.backward()
optimizer2.step()
optimizer.zero_grad()
loss = netA(x).pow(2).mean()
loss.backward()
optimizer.step()
print(torch.equal(model.fc3.weight, netA.fc3.weight))

buf = io.BytesIO()
torch.save(netA.state_dict(), buf)
buf.seek(0)
sd = torch.load(buf)
print(list(sd.keys())[:4], type(sd).__name__)
torch.save(model, PATH)
m2 = torch.load(PATH, weights_only=False)
print(type(m2).__name__, torch.equal(m2.fc1.bias, model.fc1.bias))

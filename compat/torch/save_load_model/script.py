import os
import tempfile
import numpy as np
import torch
import torch.nn as nn
import torch.optim as optim


class TheModelClass(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 3)
        self.fc2 = nn.Linear(3, 2)

    def forward(self, x):
        x = torch.relu(self.fc1(x))
        return self.fc2(x)


model = TheModelClass()
rng = np.random.default_rng(8)
with torch.no_grad():
    for p in model.parameters():
        p.copy_(torch.from_numpy(rng.normal(size=tuple(p.shape)).astype(np.float32)))
optimizer = optim.SGD(model.parameters(), lr=0.001, momentum=0.9)

# Print model's state_dict
print("Model's state_dict:")
for param_tensor in model.state_dict():
    print(param_tensor, "\t", model.state_dict()[param_tensor].size())

x = torch.from_numpy(rng.normal(size=(2, 4)).astype(np.float32))
loss = model(x).pow(2).sum()
loss.backward()
optimizer.step()

# Print optimizer's state_dict
print("Optimizer's state_dict:")
for var_name in optimizer.state_dict():
    print(var_name, "\t", optimizer.state_dict()[var_name])

tmp = tempfile.mkdtemp()
PATH = os.path.join(tmp, "model_weights.pth")
torch.save(model.state_dict(), PATH)

model2 = TheModelClass()
model2.load_state_dict(torch.load(PATH, weights_only=True))
model2.eval()
print(torch.equal(model(x), model2(x)))
print(model2(x))

CKPT = os.path.join(tmp, "checkpoint.tar")
torch.save({
    'epoch': 5,
    'model_state_dict': model.state_dict(),
    'optimizer_state_dict': optimizer.state_dict(),
    'loss': loss,
}, CKPT)

model3 = TheModelClass()
optimizer3 = optim.SGD(model3.parameters(), lr=0.5)
checkpoint = torch.load(CKPT, weights_only=True)
model3.load_state_dict(checkpoint['model_state_dict'])
optimizer3.load_state_dict(checkpoint['optimizer_state_dict'])
epoch = checkpoint['epoch']
loss = checkpoint['loss']
print(epoch, loss)
print(optimizer3.param_groups[0]["lr"], optimizer3.param_groups[0]["momentum"])
print(optimizer3.state_dict()["state"][0]["momentum_buffer"])
model3.train()
print(model3.fc2.bias)

torch.save(model, os.path.join(tmp, "model.pth"))
t = torch.arange(6).reshape(2, 3)
torch.save([t, {"a": 1.5}], os.path.join(tmp, "misc.pt"))
print(torch.load(os.path.join(tmp, "misc.pt")))

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class AutoEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 8, 3, stride=2, padding=1),   # 8 -> 4
            nn.ReLU(),
            nn.Conv2d(8, 16, 3, stride=2, padding=1),  # 4 -> 2
            nn.ReLU(),
        )
        self.decoder = nn.Sequential(
            nn.ConvTranspose2d(16, 8, 3, stride=2, padding=1, output_padding=1),  # 2 -> 4
            nn.ReLU(),
            nn.ConvTranspose2d(8, 1, 3, stride=2, padding=1, output_padding=1),   # 4 -> 8
            nn.Sigmoid(),
        )

    def forward(self, x):
        z = self.encoder(x)
        return self.decoder(z), z


model = AutoEncoder()
print(model)
w = model.decoder[0].weight
print(w.shape, model.decoder[0].bias.shape)
print(model.decoder[2].weight[0, 0])
print(model.decoder[2].bias)

data = torch.rand(16, 1, 8, 8)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(8):
    recon, z = model(data)
    loss = F.mse_loss(recon, data)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step} loss {loss.item():.4f}")
print(recon.shape, z.shape)
print(model.decoder[0].weight.grad.shape, f"{model.decoder[0].bias.grad.abs().sum().item():.4f}")


# DCGAN generator
def weights_init(m):
    classname = m.__class__.__name__
    if classname.find('Conv') != -1:
        nn.init.normal_(m.weight.data, 0.0, 0.02)
    elif classname.find('BatchNorm') != -1:
        nn.init.normal_(m.weight.data, 1.0, 0.02)
        nn.init.constant_(m.bias.data, 0)


nz, ngf = 8, 4
netG = nn.Sequential(
    nn.ConvTranspose2d(nz, ngf * 4, 4, 1, 0, bias=False),
    nn.BatchNorm2d(ngf * 4),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False),
    nn.BatchNorm2d(ngf * 2),
    nn.ReLU(True),
    nn.ConvTranspose2d(ngf * 2, 3, 4, 2, 1, bias=False),
    nn.Tanh(),
)
netG.apply(weights_init)
print(netG)
noise = torch.randn(2, nz, 1, 1)
fake = netG(noise)
print(fake.shape, f"{fake.mean().item():.4f}", f"{fake.std().item():.4f}")
print(fake.grad_fn.name(), fake.grad_fn.next_functions[0][0].name())

# output_size picks the output padding
up = nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1)
h = torch.randn(1, 4, 6, 6)
print(up(h).shape, up(h, output_size=[12, 11]).shape, up(h, output_size=h.shape[:2] + (12, 12)).shape)
try:
    up(h, output_size=[14, 14])
except ValueError as e:
    print("ValueError:", e)

# groups, dilation, unbatched, 1-d
g = nn.ConvTranspose2d(4, 6, (3, 2), stride=(2, 1), padding=(1, 0), output_padding=(1, 0), groups=2, dilation=(1, 2))
print(g, g.weight.shape, g(torch.randn(4, 5, 5)).shape)
c1 = nn.ConvTranspose1d(3, 5, 4, stride=2, padding=1)
print(c1, c1.weight.shape, c1(torch.randn(2, 3, 7)).shape, c1(torch.randn(3, 7)).shape)

# exact small values
x = torch.arange(1., 5.).reshape(1, 1, 2, 2).requires_grad_()
k = torch.tensor([[[[1., 2.], [3., 4.]]]], requires_grad=True)
b = torch.tensor([0.5], requires_grad=True)
y = F.conv_transpose2d(x, k, b, stride=2)
print(y)
print(F.conv_transpose2d(x, k, stride=1, padding=1))
print(F.conv_transpose1d(torch.tensor([[[1., 2., 3.]]]), torch.tensor([[[1., 1.]]]), stride=2, output_padding=1))
(y * torch.arange(16.).reshape(1, 1, 4, 4)).sum().backward()
print(x.grad)
print(k.grad)
print(b.grad)


# U-Net up block: ConvTranspose2d(kernel 2, stride 2), skip concat, conv
class Up(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.up = nn.ConvTranspose2d(cin, cin // 2, kernel_size=2, stride=2)
        self.conv = nn.Conv2d(cin, cout, 3, padding=1)

    def forward(self, x1, x2):
        x1 = self.up(x1)
        dy, dx = x2.size()[2] - x1.size()[2], x2.size()[3] - x1.size()[3]
        x1 = F.pad(x1, [dx // 2, dx - dx // 2, dy // 2, dy - dy // 2])
        return F.relu(self.conv(torch.cat([x2, x1], dim=1)))


up_block = Up(8, 4)
print(up_block)
o = up_block(torch.randn(1, 8, 3, 3), torch.randn(1, 4, 7, 7))
print(o.shape, f"{o.sum().item():.3f}")

for fn in [lambda: F.conv_transpose2d(torch.randn(2, 4, 4, 4), torch.randn(3, 5, 3, 3)),
           lambda: F.conv_transpose2d(torch.randn(3, 4), torch.randn(3, 5, 3, 3)),
           lambda: F.conv_transpose2d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3, 3), stride=2, output_padding=2),
           lambda: F.conv_transpose2d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3, 3), groups=2),
           lambda: F.conv_transpose2d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3, 3), torch.randn(4)),
           lambda: F.conv_transpose1d(torch.randn(2, 3, 4, 4), torch.randn(3, 5, 3)),
           lambda: nn.ConvTranspose2d(3, 4, 3, padding_mode='reflect'),
           lambda: nn.ConvTranspose2d(3, 4, 3, groups=2)]:
    try:
        fn()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

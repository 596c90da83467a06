# 3-D (video / volumetric) layers, lazy modules and the less common losses / normalisations of torch.nn
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)


class Tiny3DNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv3d(2, 4, kernel_size=3, padding=1)
        self.bn1 = nn.BatchNorm3d(4)
        self.pool = nn.MaxPool3d(2)
        self.conv2 = nn.Conv3d(4, 4, kernel_size=(1, 3, 3), stride=(1, 2, 2), groups=2, bias=False)
        self.gap = nn.AdaptiveAvgPool3d(1)
        self.fc = nn.LazyLinear(3)

    def forward(self, x):
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = F.relu(self.conv2(x))
        x = self.gap(x).flatten(1)
        return self.fc(x)


net = Tiny3DNet()
print(net)
clip = torch.randn(2, 2, 4, 6, 6)
out = net(clip)
print(net.fc, net.fc.weight.shape)
print(out)
loss = F.cross_entropy(out, torch.tensor([0, 2]))
loss.backward()
print(loss, net.conv1.weight.grad.abs().sum(), net.conv2.weight.grad.shape, net.bn1.running_mean)
opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
opt.step()
print(net(clip).detach())

v = torch.randn(1, 2, 4, 4, 4)
print(nn.AvgPool3d(2, stride=1)(v).shape, nn.AvgPool3d((2, 2, 2))(v).flatten()[:4])
print(nn.MaxPool3d(3, stride=2, padding=1)(v).flatten()[:6])
print(F.max_pool3d(v, 2, return_indices=True)[1].flatten())
print(nn.AdaptiveAvgPool3d((2, 1, 3))(v).flatten()[:6], nn.AdaptiveMaxPool3d(2)(v).shape)
inorm = nn.InstanceNorm3d(2, affine=True)
print(inorm, inorm(v)[0, 1, 0])
s = torch.arange(8.0).reshape(1, 1, 2, 2, 2)
print(nn.ConstantPad3d((1, 0, 0, 1, 0, 0), -1.0)(s))
print(nn.ZeroPad3d(1)(s).shape, nn.ReplicationPad3d((1, 1, 0, 0, 1, 0))(s)[0, 0, :, 0], nn.ReflectionPad3d(1)(s)[0, 0, 0])
print(nn.CircularPad1d(2)(torch.arange(4.0).reshape(1, 1, 4)), nn.CircularPad2d((1, 0, 0, 1))(torch.arange(4.0).reshape(1, 1, 2, 2)))
print(F.pad(torch.arange(5.0).reshape(1, 1, 5), (2, 2), mode="reflect"), F.pad(torch.arange(4.0).reshape(1, 2, 2), (1, 1, 1, 0), mode="replicate"))

rms = nn.RMSNorm([4])
h = torch.randn(2, 3, 4, requires_grad=True)
print(rms, rms(h)[0])
(rms(h) * torch.arange(4.0)).sum().backward()
print(h.grad[0], rms.weight.grad)
print(F.rms_norm(h, (3, 4), eps=1e-6).detach()[1])
lrn = nn.LocalResponseNorm(3, alpha=1e-2, beta=0.75, k=2.0)
act = torch.randn(1, 5, 2, 2, requires_grad=True)
print(lrn, lrn(act)[0, :, 0, 0])
lrn(act).sum().backward()
print(act.grad[0, :, 1, 1])
print(nn.LPPool2d(2, 2)(torch.randn(1, 2, 4, 4)), nn.LPPool1d(1, 3, stride=2)(torch.rand(1, 1, 7)))
print(nn.ChannelShuffle(2), nn.ChannelShuffle(2)(torch.arange(6.0).reshape(1, 6, 1, 1)).flatten())

logits = torch.randn(4, 5, requires_grad=True)
target = torch.tensor([1, 0, 4, 2])
mm = nn.MultiMarginLoss(p=2, margin=0.7)
l1 = mm(logits, target)
l1.backward()
print(mm, l1, logits.grad)
print(nn.MultiMarginLoss(weight=torch.tensor([1.0, 2.0, 1.0, 0.5, 1.0]), reduction="none")(logits, target))
ml = nn.MultiLabelMarginLoss()
ml_t = torch.tensor([[1, 3, -1, 0, 0], [0, -1, 2, 2, 2], [4, 3, 2, 1, 0], [2, -1, 0, 0, 0]])
logits.grad = None
l2 = ml(logits, ml_t)
l2.backward()
print(l2, logits.grad)
anchor, pos, neg = torch.randn(3, 4), torch.randn(3, 4), torch.randn(3, 4)
tml = nn.TripletMarginWithDistanceLoss(distance_function=nn.PairwiseDistance(), margin=2.0)
print(tml(anchor, pos, neg))
cos_tml = nn.TripletMarginWithDistanceLoss(distance_function=lambda a, b: 1.0 - F.cosine_similarity(a, b), swap=True,
                                           reduction="none")
print(cos_tml(anchor, pos, neg))
fad = nn.FeatureAlphaDropout(0.4)
print(fad, fad(torch.ones(2, 4, 3))[:, :, 0])
fad.eval()
print(fad(torch.ones(1, 2, 2)))

lc = nn.LazyConv2d(3, kernel_size=2)
print(lc, lc.weight)
yc = lc(torch.randn(1, 4, 3, 3))
print(lc, lc.weight.shape, yc)
lbn = nn.LazyBatchNorm1d()
print(lbn(torch.randn(5, 3)).shape, lbn, lbn.running_mean)
try:
    nn.MultiMarginLoss(p=3)
except ValueError as e:
    print("ValueError:", e)
try:
    F.local_response_norm(torch.randn(3, 4), 2)
except ValueError as e:
    print("ValueError:", e)

# a 3-D decoder block (UNet-3D style upsampling)
up = nn.ConvTranspose3d(4, 2, kernel_size=2, stride=2)
print(up)
code = torch.randn(1, 4, 2, 2, 2, requires_grad=True)
rec = up(code)
print(rec.shape, rec[0, 0, 0])
rec.abs().sum().backward()
print(code.grad[0, :, 0, 0, 0], up.weight.grad.sum())
up2 = nn.ConvTranspose3d(2, 2, 3, stride=(1, 2, 2), padding=1, output_padding=(0, 1, 1), groups=2)
print(up2(rec).shape, up2(rec, output_size=[4, 8, 8]).shape)

# adaptive softmax (large-vocabulary language models)
asm = nn.AdaptiveLogSoftmaxWithLoss(8, 10, cutoffs=[3, 6], div_value=2.0)
print(asm)
hid = torch.randn(5, 8, requires_grad=True)
res = asm(hid, torch.tensor([0, 4, 9, 2, 7]))
print(res)
res.loss.backward()
print(hid.grad[0], asm.head.weight.grad[0], asm.tail[1][1].weight.grad[0])
print(asm.log_prob(hid.detach())[1], asm.predict(hid.detach()))
print(asm(hid[0].detach(), torch.tensor(5)).output)

# fractional max pooling (seeded pseudo-random pooling regions)
fmp = nn.FractionalMaxPool2d(3, output_ratio=(0.5, 0.5), return_indices=True)
img = torch.randn(2, 2, 9, 10, requires_grad=True)
pooled, where = fmp(img)
print(fmp, pooled[0, 1], where[1, 0])
pooled.sum().backward()
print(img.grad[1, 1, :2])
print(F.fractional_max_pool2d(torch.arange(36.0).reshape(1, 1, 6, 6), 2, output_size=4))

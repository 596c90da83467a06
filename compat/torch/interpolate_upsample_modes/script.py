import torch, torch.nn as nn, torch.nn.functional as F
torch.manual_seed(0)
x = torch.arange(1., 13.).reshape(1, 1, 3, 4)
for kw in [dict(scale_factor=2), dict(size=(5, 7)), dict(scale_factor=1.5), dict(size=(2, 3)), dict(scale_factor=(2, 0.5))]:
    for mode, ac in [("nearest", None), ("bilinear", False), ("bilinear", True), ("nearest-exact", None)]:
        y = F.interpolate(x, mode=mode, align_corners=ac, **kw)
        print(mode, ac, kw, y.shape)
        print(y)
print(nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True), nn.Upsample(size=(4, 4)), nn.UpsamplingBilinear2d(scale_factor=2), nn.UpsamplingNearest2d(size=3))
print(nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)(x))
print(F.interpolate(torch.arange(1., 5.).reshape(1, 1, 4), scale_factor=2, mode='linear'))
print(F.interpolate(torch.arange(1., 5.).reshape(1, 1, 4), size=3))
xr = torch.randn(2, 3, 5, 6, requires_grad=True)
y = F.interpolate(xr, scale_factor=2, mode='bilinear', align_corners=False)
(y * torch.arange(y.numel()).reshape(y.shape).float().sin()).sum().backward()
print(y.grad_fn.name(), f"{xr.grad.abs().sum().item():.4f}", f"{y.sum().item():.4f}")
y = F.interpolate(xr, size=(7, 9), mode='nearest')
print(y.grad_fn.name(), f"{y.sum().item():.4f}")
for fn in [lambda: F.interpolate(x, scale_factor=2, mode='nearest', align_corners=True),
           lambda: F.interpolate(x, mode='bilinear'),
           lambda: F.interpolate(x, size=2, scale_factor=2),
           lambda: F.interpolate(x[0], scale_factor=2, mode='bilinear')]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)

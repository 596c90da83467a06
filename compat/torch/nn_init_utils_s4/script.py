# nn.init and nn.utils helpers from the PyTorch docs and the GAN/normalisation tutorials
import warnings

import torch
import torch.nn as nn
from torch.nn.utils import parametrizations, parametrize

warnings.simplefilter("ignore")
torch.manual_seed(7)

w = torch.empty(3, 5)
nn.init.orthogonal_(w)
print(w)
print(torch.allclose(w @ w.t(), torch.eye(3), atol=1e-5))
w4 = torch.empty(2, 3, 2)
nn.init.orthogonal_(w4, gain=nn.init.calculate_gain("relu"))
print(w4)
sp = nn.init.sparse_(torch.empty(6, 4), sparsity=0.5, std=0.1)
print(sp)
print((sp == 0).sum(0))
print(nn.init.dirac_(torch.empty(3, 2, 3)))
print(nn.init.dirac_(torch.empty(4, 2, 1, 3), groups=2).squeeze(2))
print(nn.init.eye_(torch.empty(2, 4)))
for fn, args in [(nn.init.orthogonal_, (torch.empty(4),)), (nn.init.dirac_, (torch.empty(2, 2),)),
                 (nn.init.sparse_, (torch.empty(2, 2, 2), 0.5))]:
    try:
        fn(*args)
    except ValueError as e:
        print("ValueError:", e)

# deprecated hook-based weight norm
lin = nn.utils.weight_norm(nn.Linear(4, 3), name="weight")
print([n for n, _ in lin.named_parameters()])
print(lin.weight_g.flatten(), lin.weight_v.shape)
x = torch.randn(2, 4)
out = lin(x)
print(out)
out.sum().backward()
print(lin.weight_g.grad.flatten())
nn.utils.remove_weight_norm(lin)
print([n for n, _ in lin.named_parameters()])

# spectral norm (hook version): one power iteration per training forward
sn = nn.utils.spectral_norm(nn.Linear(5, 4))
print(sorted(n for n, _ in sn.named_buffers()), [n for n, _ in sn.named_parameters()])
for _ in range(3):
    y = sn(torch.randn(2, 5))
print(y)
print(sn.weight_u, sn.weight_v)
sn.eval()
print(sn(torch.ones(1, 5)))
nn.utils.remove_spectral_norm(sn)
print(sn.weight.shape, [n for n, _ in sn.named_parameters()])

# parametrizations
conv = parametrizations.weight_norm(nn.Conv2d(2, 3, 3), name="weight", dim=0)
print(parametrize.is_parametrized(conv), conv.parametrizations.weight.original0.flatten())
print(conv(torch.randn(1, 2, 4, 4)).flatten())
disc = parametrizations.spectral_norm(nn.Linear(6, 4))
print(disc.parametrizations.weight[0]._u)
print(disc(torch.randn(3, 6)))
orth = parametrizations.orthogonal(nn.Linear(4, 4))
q = orth.weight
print(q)
print(torch.allclose(q @ q.T, torch.eye(4), atol=1e-5))

# clipping helpers
net = nn.Sequential(nn.Linear(3, 5), nn.Tanh(), nn.Linear(5, 2))
net(torch.randn(8, 3)).pow(2).sum().backward()
grads = [p.grad for p in net.parameters() if p.grad is not None]
total = nn.utils.get_total_norm(grads)
print(total, nn.utils.get_total_norm(grads, norm_type=1), nn.utils.get_total_norm(grads, norm_type=float("inf")))
nn.utils.clip_grads_with_norm_(net.parameters(), max_norm=1.0, total_norm=total)
print(net[2].bias.grad, nn.utils.get_total_norm(grads))
print(nn.utils.clip_grad_norm(net.parameters(), 0.25))
print(net[0].bias.grad)

# conv/linear + batchnorm fusion for inference
conv = nn.Conv2d(3, 4, 3, padding=1)
bn = nn.BatchNorm2d(4)
model = nn.Sequential(conv, bn)
for _ in range(2):
    model(torch.randn(4, 3, 6, 6))
model.eval()
fused = nn.utils.fuse_conv_bn_eval(conv, bn)
xi = torch.randn(2, 3, 6, 6)
print(fused)
print(fused.bias, (fused(xi) - model(xi)).abs().max() < 1e-5)
lin, bn1 = nn.Linear(4, 3), nn.BatchNorm1d(3)
bn1(lin(torch.randn(10, 4)))
lin.eval()
bn1.eval()
fl = nn.utils.fuse_linear_bn_eval(lin, bn1)
print(fl.weight, fl.bias)

# skip_init does not touch the global RNG
state = torch.get_rng_state()
m = nn.utils.skip_init(nn.Linear, 10, 5)
print(m, m.weight.shape, torch.equal(state, torch.get_rng_state()) if isinstance(state, torch.Tensor) else True)
print(torch.rand(3))

# torch.nn.functional extras and torch.special
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)


# spatial transformer (tutorial style): localisation net -> affine grid -> bilinear sampling
class STN(nn.Module):
    def __init__(self):
        super().__init__()
        self.loc = nn.Sequential(nn.Flatten(), nn.Linear(36, 8), nn.ReLU(), nn.Linear(8, 6))
        self.loc[3].weight.data.zero_()
        self.loc[3].bias.data.copy_(torch.tensor([1, 0, 0, 0, 1, 0], dtype=torch.float))

    def forward(self, x):
        theta = self.loc(x).view(-1, 2, 3)
        theta = theta + torch.tensor([[[0.0, 0.1, 0.05], [-0.1, 0.0, 0.02]]])
        grid = F.affine_grid(theta, x.size(), align_corners=False)
        return F.grid_sample(x, grid, align_corners=False), grid


stn = STN()
img = torch.rand(2, 1, 6, 6)
out, grid = stn(img)
print(grid[0, 0], out[0, 0, :2])
out.mean().backward()
print(stn.loc[3].bias.grad, stn.loc[3].weight.grad.abs().sum())
theta = torch.tensor([[[0.9, 0.2, 0.1], [-0.2, 1.1, 0.0]]])
g = F.affine_grid(theta, (1, 1, 3, 4), align_corners=True)
src = torch.arange(12.0).reshape(1, 1, 3, 4)
print(F.grid_sample(src, g, mode="nearest", padding_mode="border", align_corners=True))
print(F.grid_sample(src, g * 1.5, mode="bilinear", padding_mode="reflection", align_corners=False))
print(F.grid_sample(src, g * 1.5, mode="bilinear", padding_mode="zeros", align_corners=True))

logits = torch.tensor([[1.0, 2.0, 0.5, -1.0], [0.0, 0.0, 3.0, 1.0]], requires_grad=True)
soft = F.gumbel_softmax(logits, tau=0.5)
hard = F.gumbel_softmax(logits, tau=1.0, hard=True)
print(soft, hard)
(hard * torch.arange(4.0)).sum().backward()
print(logits.grad)

pts = torch.randn(5, 3, requires_grad=True)
d = F.pdist(pts)
print(d, F.pdist(pts, p=1).detach(), F.pdist(pts, p=float("inf")).detach())
d.sum().backward()
print(pts.grad)

t = torch.tensor([-2.0, -0.5, 0.0, 0.7, 3.0])
print(F.relu_(t.clone()), F.elu_(t.clone(), 0.5), F.leaky_relu_(t.clone(), 0.1), F.hardtanh_(t.clone(), -1.0, 2.0))
print(F.threshold_(t.clone(), 0.5, -9.0), F.celu_(t.clone()), F.selu_(t.clone()))
x = torch.tensor([[[1.0, 5.0, 2.0, 4.0, 3.0, 0.0]]])
print(F.max_pool1d_with_indices(x, 2), F.adaptive_max_pool1d_with_indices(x, 3))
x2 = torch.randn(1, 1, 4, 4)
vals, idx = F.max_pool2d_with_indices(x2, 2, stride=2)
print(vals, idx, F.max_unpool2d(vals, idx, 2).shape)

s = torch.special
u = torch.tensor([0.25, 1.0, 2.5, 6.0], requires_grad=True)
print(s.gammaln(u), s.digamma(u), s.polygamma(1, u), s.multigammaln(u + 2, 2))
(s.gammaln(u) + s.digamma(u)).sum().backward()
print(u.grad)
p = torch.tensor([0.01, 0.3, 0.5, 0.9])
print(s.erfinv(2 * p - 1), s.ndtri(p), s.ndtr(torch.tensor([-2.0, 0.0, 1.5])), s.log_ndtr(torch.tensor([-10.0, 0.0, 3.0])))
print(s.expit(torch.tensor([-1.0, 0.0, 2.0])), s.logit(p), s.logit(p, eps=0.05), s.xlogy(torch.tensor([0.0, 2.0]), torch.tensor([0.0, 3.0])))
print(s.xlog1py(torch.tensor([0.0, 2.0]), torch.tensor([-1.0, 0.5])), s.entr(torch.tensor([0.0, 0.5, 1.0, -1.0])))
print(s.i0e(torch.tensor([0.0, 1.0, 5.0])), s.i1(torch.tensor([0.5, 2.0])), s.i1e(torch.tensor([0.5, 2.0])))
print(s.sinc(torch.tensor([0.0, 0.5, 1.25, 2.5])), s.erfcx(torch.tensor([-1.0, 0.0, 2.0, 30.0])), s.exp2(torch.tensor([3.0])))
print(s.expm1(torch.tensor([1e-5])), s.log1p(torch.tensor([1e-5])), s.round(torch.tensor([1.5, 2.5])), s.erf(torch.tensor([0.5])), s.erfc(torch.tensor([0.5])))
print(s.softmax(torch.tensor([1.0, 2.0, 3.0]), 0), s.log_softmax(torch.tensor([1.0, 2.0, 3.0]), 0), s.logsumexp(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), 1))
print(s.zeta(torch.tensor([2.0, 4.0]), torch.tensor([1.0, 2.0])), s.bessel_j0(torch.tensor([0.0, 1.0, 2.0])), s.bessel_j1(torch.tensor([1.0, 3.0])))
try:
    F.pdist(torch.randn(2, 2, 2))
except RuntimeError as e:
    print("RuntimeError:", e)

# sdpa backend selection (SDPA tutorial) and torch.nn.grad (conv/bn fusion custom Function tutorial)
from torch.nn.attention import SDPBackend, sdpa_kernel

q, k, v = torch.randn(1, 2, 4, 8), torch.randn(1, 2, 4, 8), torch.randn(1, 2, 4, 8)
with sdpa_kernel(backends=[SDPBackend.MATH]):
    print(SDPBackend.MATH, F.scaled_dot_product_attention(q, k, v, is_causal=True)[0, 1])
X = torch.randn(2, 3, 6, 6)
Wt = torch.randn(4, 3, 3, 3)
gout = torch.randn(2, 4, 4, 4)
print(torch.nn.grad.conv2d_input(X.shape, Wt, gout)[1, 2], torch.nn.grad.conv2d_weight(X, Wt.shape, gout)[3, 0])
logits_st = torch.tensor([0.2, 1.5, -0.3], requires_grad=True)
st = torch.distributions.OneHotCategoricalStraightThrough(logits=logits_st)
draw = st.rsample((3,))
(draw * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(draw, logits_st.grad)
xs = torch.tensor([-1.0, -0.6, 0.0, 0.25, 0.8, 1.0, 1.5])
for name in ["chebyshev_polynomial_t", "chebyshev_polynomial_u", "hermite_polynomial_h", "hermite_polynomial_he",
             "laguerre_polynomial_l", "legendre_polynomial_p", "shifted_chebyshev_polynomial_t"]:
    fn = getattr(torch.special, name)
    print(name, fn(xs, 4), fn(xs, 9))
shape_a = torch.tensor([0.5, 2.0, 9.0])
xv = torch.tensor([0.3, 2.5, 7.0], requires_grad=True)
pinc = torch.special.gammainc(shape_a, xv)
pinc.sum().backward()
print(pinc, torch.special.gammaincc(shape_a, xv.detach()), xv.grad)
print(torch.distributions.Chi2(torch.tensor([3.0, 10.0])).cdf(torch.tensor([7.81, 18.31])))

# torch.distributions beyond Normal/Categorical: the continuous families used by VAE / RL / Bayesian tutorials
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import (Beta, Chi2, Dirichlet, Exponential, Gamma, Geometric, Gumbel, HalfNormal,
                                 Independent, Laplace, LogNormal, MultivariateNormal, Normal, OneHotCategorical,
                                 Poisson, StudentT, Uniform, kl_divergence)
from torch.distributions.kl import register_kl

torch.manual_seed(2024)

g = Gamma(torch.tensor([0.5, 2.0, 5.0]), torch.tensor([1.0, 0.5, 2.0]))
print(g.batch_shape, g.event_shape, g.mean, g.variance, g.mode)
s = g.sample((3,))
print(s)
print(g.log_prob(s))
print(g.entropy())
print(Chi2(torch.tensor([1.0, 4.0])).sample((2,)))

b = Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 0.5]))
x = b.sample((4,))
print(x)
print(b.log_prob(x), b.entropy(), b.mean, b.variance)
print(Beta(1.5, 2.5).rsample((3,)))

d = Dirichlet(torch.tensor([[1.0, 2.0, 3.0], [0.3, 0.3, 0.3]]))
print(d.batch_shape, d.event_shape)
y = d.sample()
print(y, y.sum(-1))
print(d.log_prob(y), d.entropy(), d.mean)

loc = torch.tensor([0.5, -1.0, 2.0])
cov = torch.tensor([[1.0, 0.3, 0.0], [0.3, 2.0, 0.5], [0.0, 0.5, 1.5]])
mvn = MultivariateNormal(loc, covariance_matrix=cov)
print(mvn, mvn.batch_shape, mvn.event_shape)
z = mvn.sample((4,))
print(z)
print(mvn.log_prob(z), mvn.entropy())
print(mvn.scale_tril, mvn.variance)
mvn2 = MultivariateNormal(torch.zeros(2, 3), scale_tril=torch.eye(3).expand(2, 3, 3) * 0.5)
print(mvn2.batch_shape, mvn2.rsample().shape, mvn2.log_prob(torch.zeros(3)))
print(kl_divergence(mvn, MultivariateNormal(torch.zeros(3), torch.eye(3))))

base = Normal(torch.zeros(4, 3), torch.ones(4, 3))
ind = Independent(base, 1)
print(ind, ind.batch_shape, ind.event_shape)
print(ind.log_prob(torch.full((4, 3), 0.5)), ind.entropy())
print(ind.sample().shape, ind.rsample((2,)).shape)
print(kl_divergence(ind, Independent(Normal(torch.ones(4, 3), 2 * torch.ones(4, 3)), 1)))

e = Exponential(torch.tensor([0.5, 3.0]))
print(e.sample((3,)), e.log_prob(torch.tensor([1.0, 0.2])), e.cdf(torch.tensor([1.0, 0.2])), e.entropy())
la = Laplace(torch.tensor(0.0), torch.tensor(2.0))
print(la.sample((5,)), la.log_prob(torch.tensor(1.0)), la.cdf(torch.tensor(-1.0)), la.entropy(), la.stddev)
ln = LogNormal(torch.tensor([0.0]), torch.tensor([0.25]))
print(ln.sample((3,)).flatten(), ln.mean, ln.variance, ln.log_prob(torch.tensor([1.2])))
st = StudentT(torch.tensor([4.0]), torch.tensor([1.0]), torch.tensor([2.0]))
print(st.sample((3,)).flatten(), st.log_prob(torch.tensor([0.0])), st.entropy())
hn = HalfNormal(torch.tensor([1.5]))
print(hn.sample((3,)).flatten(), hn.log_prob(torch.tensor([1.0])), hn.mean)
gu = Gumbel(torch.tensor([1.0]), torch.tensor([0.5]))
print(gu.sample((3,)).flatten(), gu.log_prob(torch.tensor([1.0])), gu.mean, gu.entropy())
geo = Geometric(probs=torch.tensor([0.25]))
print(geo.sample((6,)).flatten(), geo.log_prob(torch.tensor([3.0])), geo.mean, geo.entropy())
oh = OneHotCategorical(logits=torch.tensor([0.0, 1.0, 2.0]))
print(oh.sample((3,)), oh.log_prob(torch.tensor([0.0, 0.0, 1.0])), oh.entropy())
print(Poisson(torch.tensor([3.0])).log_prob(torch.tensor([2.0])))

print(kl_divergence(g, Gamma(torch.ones(3), torch.ones(3))))
print(kl_divergence(b, Beta(torch.ones(2), torch.ones(2))))
print(kl_divergence(d, Dirichlet(torch.ones(3))))
print(kl_divergence(e, Exponential(torch.tensor([1.0, 1.0]))))
print(kl_divergence(Uniform(0.0, 1.0), Uniform(-1.0, 3.0)))
print(kl_divergence(Normal(0.0, 1.0), Laplace(0.5, 1.0)))


class MyNormal(Normal):
    pass


@register_kl(MyNormal, MyNormal)
def _kl_mine(p, q):
    return (p.loc - q.loc).abs()


print(kl_divergence(MyNormal(torch.tensor([1.0]), torch.tensor([1.0])), MyNormal(torch.tensor([3.0]), torch.tensor([1.0]))))


# a tiny VAE step (pytorch/examples vae): reparameterised Normal samples and the analytic KL term
class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(6, 8)
        self.mu = nn.Linear(8, 2)
        self.logvar = nn.Linear(8, 2)
        self.dec = nn.Linear(2, 6)

    def forward(self, x):
        h = F.relu(self.enc(x))
        mu, logvar = self.mu(h), self.logvar(h)
        q = Normal(mu, (0.5 * logvar).exp())
        zz = q.rsample()
        return torch.sigmoid(self.dec(zz)), q


vae = VAE()
opt = torch.optim.Adam(vae.parameters(), lr=1e-2)
data = torch.rand(5, 6)
for step in range(3):
    opt.zero_grad()
    recon, q = vae(data)
    prior = Normal(torch.zeros_like(q.loc), torch.ones_like(q.scale))
    kl = kl_divergence(q, prior).sum()
    loss = F.binary_cross_entropy(recon, data, reduction="sum") + kl
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4), round(kl.item(), 4))
print(vae.mu.weight.grad.abs().sum() > 0)

# more families, transforms and the constraint registry (as used by variational-inference code)
from torch.distributions import (FisherSnedecor, HalfCauchy, InverseGamma, Kumaraswamy, LowRankMultivariateNormal,
                                 NegativeBinomial, TransformedDistribution, biject_to, constraints, transform_to)
from torch.distributions.transforms import AffineTransform, SigmoidTransform, SoftplusTransform

torch.manual_seed(99)
hc = HalfCauchy(torch.tensor([1.0, 2.0]))
print(hc.sample((2,)), hc.log_prob(torch.tensor([0.5, 1.0])), hc.entropy())
ig = InverseGamma(torch.tensor([3.0, 1.5]), torch.tensor([2.0, 1.0]))
v = ig.sample((2,))
print(v, ig.log_prob(v), ig.mean, ig.entropy())
ku = Kumaraswamy(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 0.7]))
print(ku.sample((2,)), ku.mean, ku.variance, ku.entropy())
fs = FisherSnedecor(torch.tensor([3.0, 10.0]), torch.tensor([5.0, 20.0]))
print(fs.sample((2,)), fs.log_prob(torch.tensor([1.0, 0.5])), fs.mean)
nb = NegativeBinomial(torch.tensor([5.0, 10.0]), probs=torch.tensor([0.3, 0.8]))
print(nb.sample((3,)), nb.log_prob(torch.tensor([2.0, 30.0])), nb.mean, nb.variance)
lr = LowRankMultivariateNormal(torch.zeros(3), torch.tensor([[1.0], [0.5], [-0.3]]), torch.tensor([0.5, 1.0, 2.0]))
w = lr.rsample((2,))
print(w, lr.log_prob(w), lr.entropy(), lr.covariance_matrix)
print(biject_to(constraints.positive), transform_to(constraints.simplex))
unconstrained = torch.tensor([0.3, -1.2], requires_grad=True)
sb = biject_to(constraints.simplex)
probs = sb(unconstrained)
print(probs, sb.inv(probs), sb.log_abs_det_jacobian(unconstrained, probs))
probs[0].backward()
print(unconstrained.grad)
box = biject_to(constraints.interval(-1.0, 3.0))
print(box(torch.tensor([0.0, 2.0])), box.inv(torch.tensor([0.0, 2.0])))
print(SoftplusTransform()(torch.tensor([-1.0, 2.0])), SoftplusTransform().inv(torch.tensor([0.5, 2.0])))
td = TransformedDistribution(Normal(torch.zeros(2), torch.ones(2)), [SigmoidTransform(), AffineTransform(1.0, 2.0)])
smp = td.sample((2,))
print(smp, td.log_prob(smp), td.support)

# reparameterised gradients through Gamma / Dirichlet / Beta samples (e.g. topic models, Bayesian VAEs)
conc = torch.tensor([0.7, 2.0, 5.0], requires_grad=True)
rate = torch.tensor([1.0, 0.5, 2.0], requires_grad=True)
gs = Gamma(conc, rate).rsample((2,))
gs.sum().backward()
print(gs, conc.grad, rate.grad)
alpha = torch.tensor([0.5, 1.5, 3.0], requires_grad=True)
ds = Dirichlet(alpha).rsample((2,))
(ds * torch.tensor([1.0, -1.0, 2.0])).sum().backward()
print(ds, alpha.grad)
c1 = torch.tensor([2.0, 9.0], requires_grad=True)
c0 = torch.tensor([0.4, 11.0], requires_grad=True)
bs = Beta(c1, c0).rsample((3,))
bs.log().sum().backward()
print(bs, c1.grad, c0.grad)

# mixtures and discrete distributions: fit a Gaussian mixture with MixtureSameFamily, count data, relaxed samples
import torch
import torch.distributions as D

torch.manual_seed(123)

counts = D.Poisson(torch.tensor([0.3, 2.5, 9.0, 25.0])).sample((4,))
print(counts)
pois = D.Poisson(torch.tensor([4.0]))
print(pois.log_prob(torch.tensor([0.0, 3.0, 8.0])), pois.mean, pois.variance)
bino = D.Binomial(total_count=torch.tensor([8.0, 50.0, 120.0]), probs=torch.tensor([0.25, 0.7, 0.1]))
k = bino.sample((3,))
print(k)
print(bino.log_prob(k), bino.mean, bino.variance)
print(D.Binomial(6, logits=torch.tensor([0.0, 2.0])).entropy())
print(D.Binomial(4, torch.tensor(0.5)).enumerate_support())
mult = D.Multinomial(12, probs=torch.tensor([0.1, 0.2, 0.3, 0.4]))
c = mult.sample((2,))
print(c, c.sum(-1))
print(mult.log_prob(c), mult.mean, mult.variance)

# data from a 3-component mixture
true_mix = D.MixtureSameFamily(D.Categorical(torch.tensor([0.5, 0.3, 0.2])),
                               D.Normal(torch.tensor([-3.0, 0.5, 4.0]), torch.tensor([0.7, 0.5, 1.0])))
print(true_mix)
data = true_mix.sample((200,))
print(data[:6], data.mean(), true_mix.mean, true_mix.variance)
print(true_mix.log_prob(torch.tensor([-3.0, 0.0, 4.0])), true_mix.cdf(torch.tensor([0.0])))

logits = torch.zeros(3, requires_grad=True)
locs = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
log_scales = torch.zeros(3, requires_grad=True)
opt = torch.optim.Adam([logits, locs, log_scales], lr=0.1)
for step in range(60):
    opt.zero_grad()
    gmm = D.MixtureSameFamily(D.Categorical(logits=logits), D.Normal(locs, log_scales.exp()))
    nll = -gmm.log_prob(data).mean()
    nll.backward()
    opt.step()
    if step % 15 == 0:
        print(step, round(nll.item(), 4))
print(logits.softmax(0), locs, log_scales.exp())

# 2-D mixture with Independent components
comp = D.Independent(D.Normal(torch.tensor([[0.0, 0.0], [3.0, 3.0]]), torch.tensor([[1.0, 0.5], [0.5, 1.0]])), 1)
mix2 = D.MixtureSameFamily(D.Categorical(probs=torch.tensor([0.6, 0.4])), comp)
pts = mix2.sample((4,))
print(mix2.batch_shape, mix2.event_shape, pts, mix2.log_prob(pts))

rb = D.RelaxedBernoulli(torch.tensor([0.3]), probs=torch.tensor([0.2, 0.5, 0.9]))
sb = rb.rsample((2,))
print(sb, rb.log_prob(sb))
temp = torch.tensor(0.5)
roh = D.RelaxedOneHotCategorical(temp, logits=torch.tensor([[2.0, 0.5, -1.0], [0.0, 0.0, 0.0]]))
so = roh.rsample()
print(so, roh.log_prob(so))

wb = D.Weibull(scale=torch.tensor([2.0]), concentration=torch.tensor([1.5]))
ws = wb.sample((3,))
print(ws.flatten(), wb.log_prob(ws).flatten(), wb.mean, wb.variance, wb.entropy())
pa = D.Pareto(scale=torch.tensor([1.0, 2.0]), alpha=torch.tensor([2.5, 4.0]))
print(pa.sample((2,)), pa.log_prob(torch.tensor([1.5, 3.0])), pa.mean, pa.entropy())
print(D.Normal(torch.tensor([1.0, 0.0]), torch.tensor([2.0, 1.0])).icdf(torch.tensor([0.5, 0.9])))
print(D.kl_divergence(D.Binomial(10, torch.tensor([0.2, 0.6])), D.Binomial(10, torch.tensor([0.5, 0.5]))))
try:
    D.MixtureSameFamily(D.Categorical(torch.ones(2)), D.Normal(torch.zeros(3), torch.ones(3)))
except ValueError as e:
    print("ValueError:", e)

# module-style imports and expand (as Pyro-style code writes them)
from torch.distributions.normal import Normal
from torch.distributions.categorical import Categorical
from torch.distributions.utils import probs_to_logits

prior = Normal(torch.tensor(0.0), torch.tensor(1.0)).expand([3])
print(prior, prior.batch_shape, prior.sample(), prior.log_prob(torch.zeros(3)))
cat = Categorical(torch.tensor([0.1, 0.9])).expand([2, 2])
print(cat.batch_shape, cat.sample(), probs_to_logits(torch.tensor([0.25, 0.75])))
print(D.Independent(Normal(torch.zeros(2), torch.ones(2)), 1).expand([3]).sample().shape)

# circular and continuous-Bernoulli likelihoods
vm = D.VonMises(torch.tensor([0.0, 2.0]), torch.tensor([1.0, 8.0]))
ang = vm.sample((3,))
print(ang, vm.log_prob(ang), vm.variance)
cbp = torch.tensor([0.2, 0.5, 0.9], requires_grad=True)
cb = D.ContinuousBernoulli(probs=cbp)
pix = cb.rsample((2,))
print(pix, cb.log_prob(pix), cb.mean, cb.entropy())
cb.log_prob(torch.tensor([0.1, 0.5, 0.95])).sum().backward()
print(cbp.grad)
lgn = D.LogisticNormal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5]))
comp_s = lgn.rsample((2,))
print(lgn.batch_shape, lgn.event_shape, comp_s, lgn.log_prob(comp_s))
gpd = D.GeneralizedPareto(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]), torch.tensor([0.0, 0.3]))
ex = gpd.rsample((3,))
print(ex, gpd.log_prob(ex), gpd.mean, gpd.cdf(torch.tensor([0.5, 2.0])))

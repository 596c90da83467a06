"""Session 4 (helper B): torch.nn / functional / init / utils, torch.optim (Adafactor, swa_utils),
torch.distributions, torch.special and torch.utils.data gaps.  Expected values were observed with real
torch 2.15 (/work/venvs/torch)."""
import math
import warnings

import numpy as np
import pytest

import ferrograd.torch as torch
import ferrograd.torch.nn as nn
import ferrograd.torch.nn.functional as F


def _np(t):
    return np.asarray(t.detach().numpy(), dtype=np.float64)


def close(t, expected, atol=1e-4):
    np.testing.assert_allclose(_np(t), np.asarray(expected, dtype=np.float64), atol=atol, rtol=0)


# ------------------------------------------------------------------ distributions
def test_gamma_seeded_sample_log_prob_entropy():
    from ferrograd.torch.distributions import Gamma

    torch.manual_seed(0)
    g = Gamma(torch.tensor([0.5, 2.0, 3.5]), torch.tensor([1.0, 2.0, 0.5]))
    s = g.sample((2,))
    close(s, [[0.0007894, 0.3157703, 6.9214544], [0.1098225, 0.5044892, 7.0035486]], atol=1e-5)
    close(g.log_prob(s), [[2.9990, -0.3980, -2.2512], [0.4223, -0.3069, -2.2627]])
    close(g.entropy(), [0.0906, 0.8841, 2.6362])


def test_dirichlet_beta_seeded():
    from ferrograd.torch.distributions import Beta, Dirichlet

    torch.manual_seed(0)
    d = Dirichlet(torch.tensor([0.5, 1.0, 2.0]))
    x = d.sample()
    np.testing.assert_allclose(_np(x).sum(), 1.0, atol=1e-6)
    torch.manual_seed(1)
    b = Beta(torch.tensor([2.0, 0.7]), torch.tensor([3.0, 1.5]))
    y = b.sample()
    assert y.shape == (2,)
    close(b.mean, [0.4, 0.7 / 2.2])
    close(b.entropy(), [-0.2349, -0.2323])


def test_mvn_log_prob_entropy_kl_and_grad():
    from ferrograd.torch.distributions import MultivariateNormal, kl_divergence

    loc = torch.tensor([1.0, -1.0], requires_grad=True)
    m = MultivariateNormal(loc, torch.tensor([[2.0, 0.5], [0.5, 1.0]]))
    lp = m.log_prob(torch.tensor([0.0, 0.0]))
    close(lp, -3.2605)
    close(m.entropy(), 3.1177)
    close(kl_divergence(m, MultivariateNormal(torch.zeros(2), torch.eye(2))), 1.2202)
    lp.backward()
    close(loc.grad, [-0.8571, 1.4286])
    assert m.batch_shape == () and m.event_shape == (2,)


def test_independent_shapes_and_errors():
    from ferrograd.torch.distributions import Independent, Normal

    ind = Independent(Normal(torch.zeros(3, 2), torch.ones(3, 2)), 1)
    assert tuple(ind.batch_shape) == (3,) and tuple(ind.event_shape) == (2,)
    close(ind.log_prob(torch.ones(3, 2)), [-2.8379] * 3)
    with pytest.raises(ValueError, match="Expected reinterpreted_batch_ndims <= len"):
        Independent(Normal(torch.zeros(3), torch.ones(3)), 2)


def test_exponential_laplace_kl_registry():
    from ferrograd.torch.distributions import Exponential, Laplace, Normal, kl_divergence, register_kl

    e = Exponential(torch.tensor([1.0, 3.0]))
    close(e.log_prob(torch.tensor([0.5, 1.0])), [-0.5, -1.9014])
    close(kl_divergence(e, Exponential(torch.tensor([2.0, 2.0]))), [0.3069, 0.0721])
    la = Laplace(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
    close(la.cdf(torch.tensor([0.5, 0.0])), [0.6967, 0.3033])

    class N2(Normal):
        pass

    @register_kl(N2, N2)
    def _kl(p, q):
        return torch.tensor(42.0)

    assert kl_divergence(N2(0.0, 1.0), N2(1.0, 1.0)).item() == 42.0


def test_distribution_validation_error():
    from ferrograd.torch.distributions import Gamma

    with pytest.raises(ValueError, match="Expected parameter concentration"):
        Gamma(torch.tensor([-1.0]), torch.tensor([1.0]))


# ------------------------------------------------------------------ special
def test_special_values_and_grads():
    s = torch.special
    x = torch.tensor([0.3, 1.5, 2.0, 7.25], requires_grad=True)
    close(s.gammaln(x), [1.0958, -0.1208, 0.0, 7.0522])
    close(s.digamma(x), [-3.5025, 0.0365, 0.4228, 1.9105])
    close(s.ndtri(torch.tensor([0.1, 0.5, 0.975])), [-1.2816, 0.0, 1.9600])
    close(s.log_ndtr(torch.tensor([-30.0, -3.0, 0.0, 4.0])), [-454.3212, -6.6077, -0.6931, -3.1671e-05])
    close(s.entr(torch.tensor([0.0, 0.5])), [0.0, 0.3466])
    assert s.entr(torch.tensor([-1.0])).item() == -math.inf
    close(s.xlog1py(torch.tensor([0.0, 1.0, 2.0]), torch.tensor([1.0, 2.0, -0.5])), [0.0, 1.0986, -1.3863])
    close(s.i0e(torch.tensor([0.0, 1.0, 5.0])), [1.0, 0.4658, 0.1835])
    close(s.erfcx(torch.tensor([-1.0, 0.0, 2.0, 30.0])), [5.0090, 1.0, 0.2554, 0.0188])
    close(s.zeta(torch.tensor([2.0, 4.0]), torch.tensor([1.0, 2.0])), [1.6449, 0.0823])
    y = s.i1(x)
    y.sum().backward()
    close(x.grad, [0.5170, 0.9923, 1.4843, 185.3443], atol=2e-3)


def test_special_zeta_domain_and_names():
    r = torch.special.zeta(torch.tensor([0.5]), torch.tensor([1.0]))
    assert math.isnan(r.item())
    y = torch.special.log_ndtr(torch.tensor([0.5], requires_grad=True))
    assert y.grad_fn.name() == "SpecialLogNdtrBackward0"


# ------------------------------------------------------------------ init
def test_orthogonal_dirac_sparse():
    torch.manual_seed(0)
    w = nn.init.orthogonal_(torch.empty(3, 5))
    close(w[0], [0.5222, -0.0994, -0.7384, 0.1926, -0.3675])
    close(w @ w.t(), np.eye(3), atol=1e-5)
    d = nn.init.dirac_(torch.empty(4, 2, 3), groups=2)
    assert _np(d).sum() == 4 and d[2, 0, 1].item() == 1.0
    torch.manual_seed(0)
    sp = nn.init.sparse_(torch.empty(5, 3), 0.4, std=1.0)
    assert ((_np(sp) == 0).sum(0) >= 2).all()
    with pytest.raises(ValueError, match="Only tensors with 3, 4, or 5 dimensions are supported"):
        nn.init.dirac_(torch.empty(3, 3))
    with pytest.raises(ValueError, match="Only tensors with 2 or more dimensions are supported"):
        nn.init.orthogonal_(torch.empty(3))
    with pytest.raises(ValueError, match="Only tensors with 2 dimensions are supported"):
        nn.init.sparse_(torch.empty(2, 2, 2), 0.1)


# ------------------------------------------------------------------ nn.utils
def test_weight_norm_hooks_and_removal():
    torch.manual_seed(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lin = nn.utils.weight_norm(nn.Linear(4, 3))
    assert [n for n, _ in lin.named_parameters()] == ["bias", "weight_g", "weight_v"]
    y = lin(torch.ones(2, 4))
    assert y.grad_fn.name() == "AddmmBackward0"
    assert lin.weight.grad_fn.name() == "WeightNormInterfaceBackward0"
    nn.utils.remove_weight_norm(lin)
    assert [n for n, _ in lin.named_parameters()] == ["bias", "weight"]
    with pytest.raises(ValueError, match="weight_norm of 'weight' not found in"):
        nn.utils.remove_weight_norm(lin)


def test_spectral_norm_and_parametrizations():
    from ferrograd.torch.nn.utils import parametrizations as P

    torch.manual_seed(0)
    m = nn.utils.spectral_norm(nn.Linear(5, 4))
    assert sorted(dict(m.named_buffers())) == ["weight_u", "weight_v"]
    with pytest.raises(RuntimeError, match="Cannot register two spectral_norm hooks"):
        nn.utils.spectral_norm(m)
    s = P.spectral_norm(nn.Linear(4, 4))
    sv = np.linalg.svd(_np(s.weight), compute_uv=False)
    assert abs(sv[0] - 1.0) < 1e-3
    q = P.orthogonal(nn.Linear(3, 3))
    close(q.weight @ q.weight.T, np.eye(3), atol=1e-5)
    c = P.weight_norm(nn.Conv2d(2, 3, 3))
    assert tuple(c.parametrizations.weight.original0.shape) == (3, 1, 1, 1)


def test_clip_helpers_and_fusion():
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    net(torch.randn(5, 3)).pow(2).sum().backward()
    grads = [p.grad for p in net.parameters()]
    tn = nn.utils.get_total_norm(grads)
    want = np.sqrt(sum((_np(g) ** 2).sum() for g in grads))
    np.testing.assert_allclose(tn.item(), want, rtol=1e-5)
    nn.utils.clip_grads_with_norm_(net.parameters(), 0.5, tn)
    np.testing.assert_allclose(nn.utils.get_total_norm(grads).item(), 0.5, rtol=1e-4)
    with pytest.warns(FutureWarning):
        nn.utils.clip_grad_norm(net.parameters(), 0.1)
    conv, bn = nn.Conv2d(2, 3, 3), nn.BatchNorm2d(3)
    bn(conv(torch.randn(4, 2, 5, 5)))
    conv.eval()
    bn.eval()
    f = nn.utils.fuse_conv_bn_eval(conv, bn)
    xi = torch.randn(1, 2, 5, 5)
    assert (_np(f(xi)) - _np(bn(conv(xi)))).max() < 1e-5
    state = torch.get_rng_state()
    nn.utils.skip_init(nn.Linear, 3, 2)
    torch.set_rng_state(state)


# ------------------------------------------------------------------ nn layers / functional
def test_rmsnorm_lrn_lppool():
    torch.manual_seed(0)
    x = torch.randn(2, 3, 4)
    r = nn.RMSNorm(4)
    assert repr(r) == "RMSNorm((4,), eps=None, elementwise_affine=True)"
    xn = _np(x)
    want = xn / np.sqrt((xn ** 2).mean(-1, keepdims=True) + np.finfo(np.float32).eps)
    close(r(x), want, atol=1e-5)
    with pytest.raises(RuntimeError, match="Given normalized_shape"):
        F.rms_norm(x, (5,))
    out = nn.LocalResponseNorm(2)(torch.ones(1, 3, 2, 2))
    close(out[0, :, 0, 0], [(1 + 1e-4 * 0.5) ** -0.75, (1 + 1e-4) ** -0.75, (1 + 1e-4) ** -0.75], atol=1e-6)
    lp = nn.LPPool2d(2, 2)(torch.ones(1, 1, 2, 2) * 3)
    close(lp, [[[[6.0]]]])


def test_conv3d_matches_manual():
    torch.manual_seed(0)
    c = nn.Conv3d(2, 3, 2, padding=1, stride=(1, 2, 1))
    x = torch.randn(1, 2, 3, 4, 4, requires_grad=True)
    y = c(x)
    assert tuple(y.shape) == (1, 3, 4, 3, 5)
    assert y.grad_fn.name() == "ConvolutionBackward0"
    # direct loop reference
    w, b = _np(c.weight), _np(c.bias)
    xp = np.pad(_np(x), ((0, 0), (0, 0), (1, 1), (1, 1), (1, 1)))
    ref = np.zeros((3, 4, 3, 5))
    for o in range(3):
        for d in range(4):
            for h in range(3):
                for ww in range(5):
                    ref[o, d, h, ww] = (xp[0, :, d:d + 2, 2 * h:2 * h + 2, ww:ww + 2] * w[o]).sum() + b[o]
    close(y[0], ref, atol=1e-4)
    y.sum().backward()
    assert x.grad.shape == x.shape


def test_pool3d_pads_bn3d():
    v = torch.arange(64.0).reshape(1, 1, 4, 4, 4)
    close(nn.MaxPool3d(2)(v).flatten(), [21, 23, 29, 31, 53, 55, 61, 63])
    close(nn.AvgPool3d(2)(v).flatten(), [10.5, 12.5, 18.5, 20.5, 42.5, 44.5, 50.5, 52.5])
    close(nn.AdaptiveAvgPool3d(1)(v).flatten(), [31.5])
    _, idx = F.max_pool3d(v, 2, return_indices=True)
    assert idx.flatten().tolist() == [21, 23, 29, 31, 53, 55, 61, 63]
    s = torch.arange(8.0).reshape(1, 1, 2, 2, 2)
    assert tuple(nn.ReplicationPad3d(1)(s).shape) == (1, 1, 4, 4, 4)
    close(nn.ReflectionPad3d(1)(s)[0, 0, 0, 0], [7, 6, 7, 6])
    close(nn.CircularPad1d((2, 1))(torch.arange(3.0).reshape(1, 1, 3)), [[[1, 2, 0, 1, 2, 0]]])
    bn = nn.BatchNorm3d(2)
    bn(torch.randn(2, 2, 2, 2, 2))
    with pytest.raises(ValueError, match="expected 5D input"):
        bn(torch.randn(2, 2, 2))


def test_lazy_linear_and_conv():
    torch.manual_seed(0)
    ll = nn.LazyLinear(3)
    assert repr(ll.weight) == "<UninitializedParameter>"
    assert repr(ll) == "LazyLinear(in_features=0, out_features=3, bias=True)"
    y = ll(torch.randn(2, 5))
    assert type(ll).__name__ == "Linear" and tuple(ll.weight.shape) == (3, 5) and tuple(y.shape) == (2, 3)
    lc = nn.LazyConv2d(4, 3)
    lc(torch.randn(1, 2, 5, 5))
    assert type(lc).__name__ == "Conv2d" and tuple(lc.weight.shape) == (4, 2, 3, 3)


def test_margin_losses():
    inp = torch.tensor([[0.1, 0.2, 0.4, 0.8]], requires_grad=True)
    loss = nn.MultiMarginLoss()(inp, torch.tensor([3]))
    close(loss, ((1 - 0.8 + 0.1) + (1 - 0.8 + 0.2) + (1 - 0.8 + 0.4)) / 4)
    assert loss.grad_fn.name() == "MultiMarginLossBackward0"
    ml = nn.MultiLabelMarginLoss()(inp, torch.tensor([[3, 0, -1, 1]]))
    close(ml, 0.85)
    with pytest.raises(ValueError, match="only p == 1 and p == 2 supported"):
        nn.MultiMarginLoss(p=3)
    a, p, n = torch.zeros(2, 3), torch.ones(2, 3), torch.ones(2, 3) * 2
    close(nn.TripletMarginWithDistanceLoss()(a, p, n), max(0.0, 1 + math.sqrt(3) * (1 - 1e-6) - math.sqrt(3) * 2),
          atol=1e-4)
    with pytest.raises(ValueError, match="expected margin to be greater than 0"):
        nn.TripletMarginWithDistanceLoss(margin=0.0)


def test_gumbel_pdist_inplace_grid():
    torch.manual_seed(0)
    g = F.gumbel_softmax(torch.tensor([[1.0, 2.0, 0.5]]), tau=0.5)
    close(g.sum(), 1.0, atol=1e-6)
    h = F.gumbel_softmax(torch.tensor([[1.0, 2.0, 0.5]]), hard=True)
    assert sorted(_np(h).ravel().tolist()) == [0.0, 0.0, 1.0]
    pts = torch.tensor([[0.0, 0.0], [3.0, 4.0], [1.0, 0.0]])
    close(F.pdist(pts), [5.0, 1.0, math.sqrt(20)])
    with pytest.raises(RuntimeError, match="pdist only supports 2D tensors, got: 3D"):
        F.pdist(torch.zeros(2, 2, 2))
    t = torch.tensor([-1.0, 2.0])
    assert F.relu_(t) is t and t.tolist() == [0.0, 2.0]
    theta = torch.tensor([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
    grid = F.affine_grid(theta, (1, 1, 2, 3), align_corners=False)
    img = torch.arange(6.0).reshape(1, 1, 2, 3)
    close(F.grid_sample(img, grid, align_corners=False), _np(img))
    with pytest.raises(ValueError, match="Expected a batch of 2D affine matrices"):
        F.affine_grid(torch.zeros(1, 3, 3), (1, 1, 2, 2), align_corners=False)


def test_pad_modes():
    x = torch.arange(6.0).reshape(1, 2, 3)
    close(F.pad(x, (2, 1), mode="reflect")[0, 0], [2, 1, 0, 1, 2, 1])
    close(F.pad(x, (1, 2), mode="replicate")[0, 1], [3, 3, 4, 5, 5, 5])
    close(F.pad(x, (1, 1), mode="circular")[0, 0], [2, 0, 1, 2, 0])


# ------------------------------------------------------------------ optim
def test_swa_and_adafactor():
    from ferrograd.torch.optim.swa_utils import SWALR, AveragedModel

    torch.manual_seed(0)
    net = nn.Linear(2, 1)
    swa = AveragedModel(net)
    opt = torch.optim.SGD(net.parameters(), lr=0.1)
    sched = SWALR(opt, swa_lr=0.05, anneal_epochs=2, anneal_strategy="linear")
    snaps = []
    for _ in range(3):
        opt.zero_grad()
        net(torch.ones(1, 2)).sum().backward()
        opt.step()
        swa.update_parameters(net)
        snaps.append(_np(net.weight))
        sched.step()
    close(swa.module.weight, np.mean(snaps, 0), atol=1e-6)
    assert swa.n_averaged.item() == 3
    assert abs(sched.get_last_lr()[0] - 0.05) < 1e-9
    w = torch.ones(2, 2, requires_grad=True)
    o = torch.optim.Adafactor([w], lr=0.01)
    w.grad = torch.tensor([[1.0, -1.0], [0.5, 2.0]])
    o.step()
    close(w, [[0.98525, 1.00738], [0.99494, 0.98988]])
    with pytest.raises(ValueError, match="beta2_decay should be <= 0"):
        torch.optim.Adafactor([w], beta2_decay=0.5)


# ------------------------------------------------------------------ utils.data
def test_stack_dataset_distributed_sampler():
    from ferrograd.torch.utils.data import DistributedSampler, StackDataset, default_convert

    s = StackDataset(a=[1, 2, 3], b=[4, 5, 6])
    assert s[1] == {"a": 2, "b": 5} and len(s) == 3
    with pytest.raises(ValueError, match="Size mismatch between datasets"):
        StackDataset([1], [1, 2])
    smp = DistributedSampler(list(range(10)), num_replicas=3, rank=0, seed=1)
    smp.set_epoch(2)
    assert len(smp) == 4
    assert list(DistributedSampler(list(range(10)), 3, 0, shuffle=False)) == [0, 3, 6, 9]
    with pytest.raises(ValueError, match=r"Invalid rank 3, rank should be in the interval \[0, 1\]"):
        DistributedSampler([1, 2], 2, 3)
    t = default_convert(np.array([1, 2]))
    assert isinstance(t, torch.Tensor) and t.tolist() == [1, 2]


def test_discrete_samplers_and_mixture():
    import ferrograd.torch.distributions as D

    torch.manual_seed(0)
    assert D.Poisson(torch.tensor([0.5, 3.0, 12.0, 40.0])).sample((2,)).tolist() == [
        [2.0, 4.0, 13.0, 39.0], [0.0, 4.0, 14.0, 34.0]]
    assert D.Binomial(torch.tensor([5.0, 30.0, 100.0]), torch.tensor([0.3, 0.6, 0.05])).sample((2,)).tolist() == [
        [0.0, 18.0, 7.0], [0.0, 17.0, 3.0]]
    g = D.MixtureSameFamily(D.Categorical(torch.tensor([0.5, 0.5])),
                            D.Normal(torch.tensor([-1.0, 1.0]), torch.tensor([1.0, 1.0])))
    close(g.log_prob(torch.tensor([0.0, 2.0])), [-1.4189, -2.0939])
    close(g.variance, 2.0)
    close(D.Multinomial(10, torch.tensor([0.2, 0.3, 0.5])).log_prob(torch.tensor([2.0, 3.0, 5.0])), -2.4645)
    with pytest.raises(ValueError, match="does not equal"):
        D.MixtureSameFamily(D.Categorical(torch.ones(2)), D.Normal(torch.zeros(3), torch.ones(3)))


def test_gamma_rsample_reparameterised_grad():
    from ferrograd.torch.distributions import Gamma

    torch.manual_seed(0)
    a = torch.tensor([0.3, 1.0, 2.5, 9.0, 30.0], requires_grad=True)
    r = torch.tensor([1.0, 2.0, 0.5, 1.0, 3.0], requires_grad=True)
    s = Gamma(a, r).rsample((3,))
    assert s.grad_fn.name() == "DivBackward0"
    s.sum().backward()
    close(a.grad, [3.6071, 0.7662, 5.6865, 2.4875, 0.9320], atol=2e-4)
    close(r.grad, [-0.8531, -0.2053, -24.2780, -18.2460, -8.6367], atol=2e-3)


def test_ctc_loss_values_and_aten_gradient():
    torch.manual_seed(0)
    lp = torch.randn(6, 2, 4).log_softmax(2).requires_grad_()
    t = torch.tensor([[1, 2], [3, 3]])
    loss = F.ctc_loss(lp, t, [6, 5], [2, 2], reduction="none")
    assert loss.grad_fn.name() == "CtcLossBackward0"
    close(loss, [6.2858, 4.8993])
    loss.sum().backward()
    # ATen's gradient wrt log_probs is exp(log_probs) - posterior (not the plain derivative)
    close(lp.grad[0], [[-0.06445, -0.62573, 0.37663, 0.31355], [-0.48686, 0.38536, 0.14063, -0.03913]])
    close(lp.grad[5, 1], [0.0, 0.0, 0.0, 0.0])
    assert repr(nn.CTCLoss()) == "CTCLoss()"
    impossible = F.ctc_loss(lp.detach()[:, :1], torch.tensor([[1, 1, 1]]), [2], [3], reduction="none")
    assert math.isinf(impossible[0].item())


def test_conv_transpose3d_expand_and_submodules():
    import importlib

    x = torch.ones(1, 1, 2, 2, 2)
    y = F.conv_transpose3d(x, torch.ones(1, 1, 2, 2, 2))
    assert _np(y).ravel().tolist() == [1, 2, 1, 2, 4, 2, 1, 2, 1, 2, 4, 2, 4, 8, 4, 2, 4, 2, 1, 2, 1, 2, 4, 2, 1, 2, 1]
    ct = nn.ConvTranspose3d(4, 2, 3, stride=2, padding=1, output_padding=1)
    assert tuple(ct(torch.randn(1, 4, 2, 3, 3)).shape) == (1, 2, 4, 6, 6)
    import ferrograd.torch.distributions as D

    n = D.Normal(torch.tensor(0.0), torch.tensor(1.0)).expand([3])
    assert tuple(n.batch_shape) == (3,) and tuple(n.sample().shape) == (3,)
    mod = importlib.import_module("ferrograd.torch.distributions.multivariate_normal")
    assert mod.MultivariateNormal is D.MultivariateNormal


def test_more_families_and_biject_to():
    import ferrograd.torch.distributions as D
    from ferrograd.torch.distributions import biject_to, constraints, transform_to

    ku = D.Kumaraswamy(torch.tensor([2.0]), torch.tensor([3.0]))
    close(ku.mean, [0.4571])
    ig = D.InverseGamma(torch.tensor([3.0]), torch.tensor([2.0]))
    close(ig.mean, [1.0])
    lr = D.LowRankMultivariateNormal(torch.zeros(2), torch.tensor([[1.0], [0.5]]), torch.tensor([0.5, 1.0]))
    close(lr.covariance_matrix, [[1.5, 0.5], [0.5, 1.25]])
    mvn = D.MultivariateNormal(torch.zeros(2), torch.tensor([[1.5, 0.5], [0.5, 1.25]]))
    x = torch.tensor([0.3, -0.7])
    close(lr.log_prob(x), mvn.log_prob(x).item())
    sb = biject_to(constraints.simplex)
    y = sb(torch.tensor([0.5, -0.2]))
    close(y.sum(), 1.0, atol=1e-6)
    close(sb.inv(y), [0.5, -0.2], atol=1e-5)
    assert type(transform_to(constraints.simplex)).__name__ == "SoftmaxTransform"
    with pytest.raises(NotImplementedError):
        biject_to(constraints.one_hot)


def test_attention_backend_and_nn_grad():
    from ferrograd.torch.nn.attention import SDPBackend, sdpa_kernel

    assert str(SDPBackend.MATH) == "SDPBackend.MATH" and repr(SDPBackend.MATH) == "<SDPBackend.MATH: 0>"
    with sdpa_kernel(SDPBackend.MATH):
        pass
    torch.manual_seed(0)
    x = torch.randn(1, 2, 5, 5, requires_grad=True)
    w = torch.randn(3, 2, 3, 3, requires_grad=True)
    out = F.conv2d(x, w, stride=1)
    go = torch.randn(*out.shape)
    gx, gw = torch.autograd.grad(out, (x, w), go)
    close(nn.grad.conv2d_input(x.shape, w, go), _np(gx), atol=1e-5)
    close(nn.grad.conv2d_weight(x, w.shape, go), _np(gw), atol=1e-5)


def test_adaptive_log_softmax_and_avgpool3d_options():
    torch.manual_seed(0)
    asm = nn.AdaptiveLogSoftmaxWithLoss(8, 10, cutoffs=[3, 6], div_value=2.0)
    x = torch.randn(5, 8)
    out = asm(x, torch.tensor([0, 4, 9, 2, 7]))
    full = asm.log_prob(x)
    close(full.exp().sum(1), [1.0] * 5, atol=1e-5)
    close(out.output, [full[0, 0].item(), full[1, 4].item(), full[2, 9].item(), full[3, 2].item(),
                       full[4, 7].item()], atol=1e-5)
    close(out.loss, -_np(out.output).mean(), atol=1e-6)
    with pytest.raises(RuntimeError, match=r"Target values should be in \[0, 9\]"):
        asm(x, torch.tensor([0, 1, 2, 3, 10]))
    with pytest.raises(ValueError, match="cutoffs should be a sequence of unique"):
        nn.AdaptiveLogSoftmaxWithLoss(8, 10, cutoffs=[6, 3])
    # real torch 2.15 rejects a kernel larger than the (unpadded) input
    v = torch.ones(1, 1, 2, 2, 2)
    with pytest.raises(RuntimeError, match=r"input image \(T: 2 H: 2 W: 2\) smaller than kernel size "
                                           r"\(kT: 3 kH: 3 kW: 3\)"):
        F.avg_pool3d(v, 3, stride=2, padding=1, count_include_pad=False)


def test_pool3d_checks_and_count_include_pad_from_torch():
    # values and messages recorded from real torch 2.15
    x = (torch.arange(60.0).reshape(1, 1, 3, 4, 5) / 10).requires_grad_()
    y = F.avg_pool3d(x, 3, stride=2, padding=1, count_include_pad=False)
    close(y.flatten(), [1.3, 1.45, 1.6, 2.05, 2.2, 2.35, 3.3, 3.45, 3.6, 4.05, 4.2, 4.35], atol=1e-5)
    y.sum().backward()
    close(x.grad.flatten()[:10], [0.125, 0.20833, 0.08333, 0.20833, 0.125, 0.20833, 0.34722, 0.13889, 0.34722,
                                  0.20833], atol=1e-5)
    close(F.avg_pool3d(x, 3, stride=2, padding=1).flatten(),
          [0.38519, 0.64444, 0.47407, 0.91111, 1.46667, 1.04444, 0.97778, 1.53333, 1.06667, 1.8, 2.8, 1.93333],
          atol=1e-5)
    o = torch.ones
    half = r"pad should be at most half of effective kernel size, but got pad=2, kernel_size=2 and dilation=1"
    with pytest.raises(RuntimeError, match=half):
        F.avg_pool3d(o(1, 1, 4, 4, 4), 2, padding=2)
    with pytest.raises(RuntimeError, match=half):
        F.max_pool3d(o(1, 1, 4, 4, 4), 2, padding=2)
    for f in (F.max_pool3d, F.avg_pool3d):
        with pytest.raises(RuntimeError, match=r"non-empty 4D or 5D \(batch mode\) tensor expected for input"):
            f(o(2, 2, 2), 2)
    with pytest.raises(RuntimeError, match=r"Given input size: \(1x2x2x2\). Calculated output size: "
                                           r"\(1x0x0x0\). Output size is too small"):
        F.max_pool3d(o(1, 1, 2, 2, 2), 3)
    with pytest.raises(RuntimeError, match=r"adaptive_avg_pool3d\(\): Expected 4D or 5D tensor, but got \[4, 4\]"):
        F.adaptive_avg_pool3d(o(4, 4), 2)
    with pytest.raises(RuntimeError, match=r"grid_sampler\(\): expected grid to have size 2 in last dimension, "
                                           r"but got grid with sizes \[1, 3, 3, 3\]"):
        F.grid_sample(o(1, 1, 3, 3), o(1, 3, 3, 3), align_corners=False)
    for t in ([0, 3], [0, -1]):
        with pytest.raises(RuntimeError, match="target out of range"):
            F.multi_margin_loss(o(2, 3), torch.tensor(t))
    with pytest.raises(RuntimeError, match="Number of channels must be divisible by groups. Got 3 channels and 2 groups."):
        nn.ChannelShuffle(2)(o(1, 3, 2, 2))


def test_fractional_max_pool2d_seeded():
    torch.manual_seed(0)
    out = F.fractional_max_pool2d(torch.arange(36.0).reshape(1, 1, 6, 6), 2, output_size=3)
    assert tuple(out.shape) == (1, 1, 3, 3)
    samples = torch.tensor([[[0.5, 0.5]]])
    o, idx = F.fractional_max_pool2d(torch.arange(36.0).reshape(1, 1, 6, 6), 2, output_size=3, return_indices=True,
                                     _random_samples=samples)
    # alpha = 2: starts [1-1, 3-1, 4] -> windows at rows/cols 0, 2, 4
    assert idx.flatten().tolist() == [7, 9, 11, 19, 21, 23, 31, 33, 35]
    with pytest.raises(ValueError, match="output_ratio must be between 0 and 1"):
        nn.FractionalMaxPool2d(2, output_ratio=1.5)


def test_dirichlet_beta_reparameterised_grad():
    from ferrograd.torch.distributions import Beta, Dirichlet

    torch.manual_seed(0)
    c = torch.tensor([[0.5, 1.0, 2.0], [8.0, 9.0, 7.5], [0.1, 3.0, 0.7]], requires_grad=True)
    s = Dirichlet(c).rsample((2,))
    assert s.grad_fn.name() == "_DirichletBackward"
    (s * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
    close(c.grad, [[-0.53833, -0.31140, 0.15990], [-0.086900, -0.0071176, 0.085984], [-0.00036377, -0.15834, 0.48237]],
          atol=2e-4)
    a = torch.tensor([2.0, 0.3, 12.0], requires_grad=True)
    b = torch.tensor([3.0, 0.5, 15.0], requires_grad=True)
    Beta(a, b).rsample((3,)).pow(2).sum().backward()
    close(a.grad, [0.2267, 1.4327, 0.0571])
    close(b.grad, [-0.1595, -0.7429, -0.0507])


def test_von_mises_continuous_bernoulli():
    import ferrograd.torch.distributions as D

    torch.manual_seed(0)
    vm = D.VonMises(torch.tensor([0.0, 1.0]), torch.tensor([0.5, 4.0]))
    s = vm.sample((50,))
    assert bool((s.abs() <= math.pi).all())
    close(vm.log_prob(torch.tensor([0.0, 1.0])), [-1.39943, -0.26285])
    cb = D.ContinuousBernoulli(probs=torch.tensor([0.5, 0.9]))
    close(cb.mean, [0.5, 0.66988])
    close(cb.log_prob(torch.tensor([0.3, 0.3])), [0.0, -0.63308])


def test_logistic_normal_generalized_pareto():
    import ferrograd.torch.distributions as D

    ln = D.LogisticNormal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5]))
    assert tuple(ln.batch_shape) == () and tuple(ln.event_shape) == (3,)
    torch.manual_seed(0)
    x = ln.sample((4,))
    close(x.sum(-1), [1.0] * 4, atol=1e-6)
    gp = D.GeneralizedPareto(torch.tensor([0.0]), torch.tensor([2.0]), torch.tensor([0.0]))
    close(gp.log_prob(torch.tensor([1.0])), [-math.log(2) - 0.5])
    close(gp.cdf(torch.tensor([2.0])), [1 - math.exp(-1)])


def test_special_orthogonal_polynomials():
    s = torch.special
    x = torch.tensor([-1.0, 0.0, 0.5, 1.0])
    close(s.chebyshev_polynomial_t(x, 3), [-1.0, 0.0, -1.0, 1.0])
    close(s.chebyshev_polynomial_u(x, 2), [3.0, -1.0, 0.0, 3.0])
    close(s.hermite_polynomial_h(x, 3), [4.0, 0.0, -5.0, -4.0])
    close(s.hermite_polynomial_he(x, 3), [2.0, 0.0, -1.375, -2.0])
    close(s.laguerre_polynomial_l(x, 2), [3.5, 1.0, 0.125, -0.5])
    close(s.legendre_polynomial_p(x, 2), [1.0, -0.5, -0.125, 1.0])
    close(s.shifted_chebyshev_polynomial_t(torch.tensor([0.25]), 2), [-0.5])


def test_special_gammainc_and_gamma_cdf():
    import ferrograd.torch.distributions as D

    s = torch.special
    x = torch.tensor([0.2, 1.0, 4.0], requires_grad=True)
    p = s.gammainc(torch.tensor([0.5, 1.0, 2.5]), x)
    close(p, [math.erf(math.sqrt(0.2)), 1 - math.exp(-1), 0.84376])
    close(s.gammaincc(torch.tensor([1.0]), torch.tensor([2.0])), [math.exp(-2)])
    p.sum().backward()
    assert p.grad_fn.name() == "IgammaBackward0"
    close(x.grad[1], math.exp(-1))
    close(D.Chi2(torch.tensor([4.0])).cdf(torch.tensor([9.49])), [0.95], atol=1e-3)


def test_special_grad_fn_names_and_errors_from_torch():
    # names, values and messages recorded with real torch 2.15
    sp = torch.special
    x = torch.tensor([0.3, 0.6], requires_grad=True)
    for fn, name in [(sp.logit, "LogitBackward0"), (sp.ndtri, "SpecialNdtriBackward0"),
                     (sp.erfcx, "SpecialErfcxBackward0"), (sp.erfinv, "ErfinvBackward0"),
                     (sp.i0e, "SpecialI0EBackward0"), (sp.log_ndtr, "SpecialLogNdtrBackward0")]:
        y = fn(x)
        assert y.grad_fn.name() == name
    assert type(sp.ndtri(x).grad_fn).__name__ == "SpecialNdtriBackward0"
    y = torch.tensor([0.5, 2.0], requires_grad=True)
    r = sp.xlog1py(x, y)
    assert r.grad_fn.name() == "SpecialXlog1PyBackward0"
    r.sum().backward()
    close(r, [0.12163953483104706, 0.6591674089431763])
    close(x.grad, [0.40546509623527527, 1.0986123085021973])
    close(y.grad, [0.2, 0.2])
    x.grad = None
    r = sp.xlog1py(x, torch.tensor([[1.0], [3.0]]))
    r.sum().backward()
    close(x.grad, [2.079441547393799, 2.079441547393799], atol=1e-6)
    x.grad = None
    r = sp.ndtri(x)
    r.sum().backward()
    close(r, [-0.5244004726409912, 0.25334715843200684])
    close(x.grad, [2.876103639602661, 2.588376760482788], atol=1e-5)
    z = sp.zeta(x + 2, x)
    assert repr(z) == "tensor([16.8377,  4.2526], grad_fn=<SpecialZetaBackward0>)"
    assert sp.zeta(2.0, x).grad_fn.name() == "SpecialZetaBackward1"
    assert sp.zeta(x + 2, 1.0).grad_fn.name() == "SpecialZetaBackward2"
    # torch raises NotImplementedError; ferrograd's engine reports backward errors as RuntimeError
    with pytest.raises((NotImplementedError, RuntimeError), match="the derivative for 'zeta' is not implemented."):
        z.sum().backward()
    with pytest.raises(RuntimeError, match=r"The size of tensor a \(3\) must match the size of tensor b \(4\) at "
                                           r"non-singleton dimension 0"):
        sp.gammainc(torch.ones(3), torch.ones(4))
    with pytest.raises(NotImplementedError, match="\"ctc_loss_cpu\" not implemented for 'Long'"):
        F.ctc_loss(torch.zeros(5, 1, 3, dtype=torch.long), torch.tensor([[1, 2]]), torch.tensor([5]),
                   torch.tensor([2]))


def test_distributions_names_match_torch():
    D = torch.distributions
    assert not hasattr(D, "ExpRelaxedCategorical") and not hasattr(D, "LogitRelaxedBernoulli")
    assert D.relaxed_categorical.ExpRelaxedCategorical and D.relaxed_bernoulli.LogitRelaxedBernoulli
    assert not hasattr(D.constraints, "integer_greater_than")
    assert not hasattr(D.transforms, "Normal") and not hasattr(D.transforms, "Poisson")
    assert D.transforms.ExpTransform is D.ExpTransform and "identity_transform" in D.transforms.__all__
    assert not hasattr(torch.nn.utils.parametrizations, "norm_except_dim")
    assert not hasattr(torch.nn.attention, "enum")
    # Poisson.sample is torch.poisson (same RNG stream as torch 2.15)
    torch.manual_seed(3)
    s = D.Poisson(torch.tensor([0.5, 4., 30.])).sample((2,))
    assert s.tolist() == [[0.0, 4.0, 25.0], [0.0, 4.0, 47.0]]
    assert D.NegativeBinomial(torch.tensor([5., 20.]), probs=torch.tensor([0.3, 0.6])).sample((2,)).tolist() == \
        [[1.0, 34.0], [3.0, 17.0]]


def test_special_airy_ai_from_torch():
    # real torch 2.15 float32 values (ATen's Cephes airy_ai_forward), not differentiable
    x = torch.tensor([-3., -2.5, -1., 0., 0.5, 1., 2., 2.5, 5., 9., 10., -10., -50., 200., float('inf'),
                      float('nan')], requires_grad=True)
    y = torch.special.airy_ai(x)
    assert y.grad_fn is None and not y.requires_grad
    expect = [-0.37881430983543396, -0.11232482641935349, 0.5355609059333801, 0.35502806305885315,
              0.23169362545013428, 0.13529238104820251, 0.03492411598563194, 0.01572592556476593,
              0.00010834442946361378, 2.471168825124437e-09, 1.1047546211173653e-10, 0.04024145379662514,
              -0.1618831306695938, 0.0]
    got = y.tolist()
    assert got[:14] == expect and all(math.isnan(v) for v in got[14:])
    d = torch.special.airy_ai(torch.tensor([-3., -1., 0.5, 2.5, 9.], dtype=torch.float64))
    close(d, [-0.3788142883304339, 0.5355608832923521, 0.23169360648083345, 0.015725923380470484,
              2.4711684308724895e-09], atol=1e-15)
    assert repr(torch.special.airy_ai(torch.tensor([1, 2]))) == "tensor([0.1353, 0.0349])"


def test_xlogy_and_special_round_node_names_from_torch():
    x = torch.tensor([0.3, 0.6], requires_grad=True)
    names = [torch.xlogy(x, x + 1).grad_fn.name(), torch.xlogy(x, 2.0).grad_fn.name(),
             torch.xlogy(2.0, x).grad_fn.name(), torch.special.xlogy(x, x).grad_fn.name(),
             torch.special.round(x).grad_fn.name()]
    assert names == ["XlogyBackward0", "XlogyBackward2", "XlogyBackward1", "XlogyBackward0", "RoundBackward1"]
    y = torch.xlogy(2.0, x)
    y.sum().backward()
    assert repr(y) == "tensor([-2.4079, -1.0217], grad_fn=<XlogyBackward1>)"
    close(x.grad, [6.6667, 3.3333])
    assert repr(torch.xlogy(2, torch.tensor([1, 3]))) == "tensor([0.0000, 2.1972])"

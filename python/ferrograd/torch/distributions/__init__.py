# torch.distributions: Normal, Bernoulli, Categorical, Uniform with torch's formulas and sampling calls
# (so seeded samples match torch), argument/sample validation and kl_divergence for matching pairs.
import math
from numbers import Number

from . import constraints
from .constraints import Constraint  # noqa: F401

__all__ = ["Distribution", "Normal", "Bernoulli", "Categorical", "Uniform", "kl_divergence", "constraints",
           "Independent", "MultivariateNormal", "Exponential", "Laplace", "Cauchy", "Gamma", "Chi2", "Dirichlet",
           "Beta", "StudentT", "Geometric", "Poisson", "OneHotCategorical", "LogNormal", "HalfNormal", "Gumbel",
           "TransformedDistribution", "register_kl", "ExponentialFamily", "Binomial", "Multinomial",
           "MixtureSameFamily", "RelaxedBernoulli", "RelaxedOneHotCategorical", "Weibull", "Pareto"]


def _torch():
    from ... import torch

    return torch


def broadcast_all(*values):
    torch = _torch()
    tensors = [v for v in values if isinstance(v, torch.Tensor)]
    if not tensors:
        return tuple(torch.tensor(float(v), dtype=torch.get_default_dtype()) for v in values)
    ref = tensors[0]
    vals = [v if isinstance(v, torch.Tensor) else torch.tensor(v, dtype=ref.dtype) for v in values]
    shape = torch.broadcast_shapes(*[tuple(v.shape) for v in vals])
    return tuple(v.expand(*shape) if tuple(v.shape) != tuple(shape) else v for v in vals)


def _clamp_probs(probs):
    eps = 1.1920928955078125e-07 if probs.dtype._fg == "float32" else 2.220446049250313e-16
    return probs.clamp(min=eps, max=1 - eps)


def probs_to_logits(probs, is_binary=False):
    ps = _clamp_probs(probs)
    if is_binary:
        return ps.log() - (-ps).log1p()
    return ps.log()


def logits_to_probs(logits, is_binary=False):
    if is_binary:
        return logits.sigmoid()
    return logits.softmax(-1)


class _lazy:
    # lazy_property: computed on first access and then stored in the instance dict (as torch does).

    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        torch = _torch()
        with torch.enable_grad():
            value = self.fn(inst)
        inst.__dict__[self.fn.__name__] = value
        return value


class Distribution:
    has_rsample = False
    has_enumerate_support = False
    _validate_args = __debug__

    @staticmethod
    def set_default_validate_args(value):
        if value not in [True, False]:
            raise ValueError
        Distribution._validate_args = value

    def __init__(self, batch_shape=(), event_shape=(), validate_args=None):
        torch = _torch()
        self._batch_shape = torch.Size(batch_shape)
        self._event_shape = torch.Size(event_shape)
        if validate_args is not None:
            self._validate_args = validate_args
        if self._validate_args:
            for param, constraint in self.arg_constraints.items():
                if constraints.dependent is constraint:
                    continue
                if param not in self.__dict__ and isinstance(getattr(type(self), param, None), _lazy):
                    continue
                value = getattr(self, param)
                valid = constraint.check(value)
                if not bool(valid.all()):
                    raise ValueError(
                        f"Expected parameter {param} ({type(value).__name__} of shape {tuple(value.shape)}) "
                        f"of distribution {self!r} to satisfy the constraint {constraint!r}, "
                        f"but found invalid values:\n{value}")

    @property
    def batch_shape(self):
        return self._batch_shape

    @property
    def event_shape(self):
        return self._event_shape

    arg_constraints = {}
    support = None

    @property
    def mean(self):
        raise NotImplementedError

    @property
    def variance(self):
        raise NotImplementedError

    @property
    def stddev(self):
        return self.variance.sqrt()

    def sample(self, sample_shape=()):
        torch = _torch()
        with torch.no_grad():
            return self.rsample(sample_shape)

    def rsample(self, sample_shape=()):
        raise NotImplementedError

    def sample_n(self, n):
        return self.sample((n,))

    def expand(self, batch_shape, _instance=None):
        """A copy whose parameters are expanded to `batch_shape` (torch's per-class expand, generically)."""
        torch = _torch()
        batch_shape = torch.Size(batch_shape)
        new = type(self).__new__(type(self)) if _instance is None else _instance
        new.__dict__.update(self.__dict__)
        old = len(self._batch_shape)
        for k in list(self.__dict__):
            v = self.__dict__[k]
            if (k in self.arg_constraints or k == "_param") and isinstance(v, torch.Tensor):
                trailing = tuple(v.shape[old:])
                new.__dict__[k] = v.expand(*(tuple(batch_shape) + trailing))
        if "base_dist" in self.__dict__:
            base = self.base_dist
            extra = len(base.batch_shape) - old
            new.base_dist = base.expand(tuple(batch_shape) + tuple(base.batch_shape)[old:] if extra > 0
                                        else batch_shape)
        if "_categorical" in self.__dict__:
            new._categorical = self._categorical.expand(batch_shape)
        new._batch_shape = batch_shape
        return new

    def log_prob(self, value):
        raise NotImplementedError

    def entropy(self):
        raise NotImplementedError

    def perplexity(self):
        return self.entropy().exp()

    def _extended_shape(self, sample_shape=()):
        torch = _torch()
        return torch.Size(tuple(sample_shape) + tuple(self._batch_shape) + tuple(self._event_shape))

    def _validate_sample(self, value):
        torch = _torch()
        if not isinstance(value, torch.Tensor):
            raise ValueError("The value argument to log_prob must be a Tensor")
        event_dim_start = len(value.size()) - len(self._event_shape)
        if tuple(value.size()[event_dim_start:]) != tuple(self._event_shape):
            raise ValueError(f"The right-most size of value must match event_shape: {value.size()} vs "
                             f"{self._event_shape}.")
        actual_shape = value.size()
        expected_shape = self._batch_shape + self._event_shape
        for i, j in zip(reversed(actual_shape), reversed(expected_shape)):
            if i != 1 and j != 1 and i != j:
                raise ValueError(f"Value is not broadcastable with batch_shape+event_shape: {actual_shape} vs "
                                 f"{expected_shape}.")
        support = self.support
        valid = support.check(value)
        if not bool(valid.all()):
            raise ValueError(
                "Expected value argument "
                f"({type(value).__name__} of shape {tuple(value.shape)}) "
                f"to be within the support ({support!r}) "
                f"of the distribution {self!r}, "
                f"but found invalid values:\n{value}")

    def __repr__(self):
        param_names = [k for k, _ in self.arg_constraints.items() if k in self.__dict__]
        args_string = ", ".join(
            f"{p}: {self.__dict__[p] if self.__dict__[p].numel() == 1 else self.__dict__[p].size()}"
            for p in param_names)
        return self.__class__.__name__ + "(" + args_string + ")"


class ExponentialFamily(Distribution):
    pass


# mean/mode of the families centred at `loc` (Normal, Laplace, Cauchy, StudentT, ...): one property for all.
_loc_prop = property(lambda self: self.loc)


def _loc_scale(d, loc, scale, validate_args):
    d.loc, d.scale = broadcast_all(loc, scale)
    shape = _torch().Size() if isinstance(loc, Number) and isinstance(scale, Number) else d.loc.size()
    Distribution.__init__(d, shape, validate_args=validate_args)


class Normal(ExponentialFamily):
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True

    def __init__(self, loc, scale, validate_args=None):
        _loc_scale(self, loc, scale, validate_args)

    mean = mode = _loc_prop

    @property
    def stddev(self):
        return self.scale

    @property
    def variance(self):
        return self.stddev.pow(2)

    def sample(self, sample_shape=()):
        torch = _torch()
        shape = self._extended_shape(sample_shape)
        with torch.no_grad():
            return torch.normal(self.loc.expand(*shape), self.scale.expand(*shape))

    def rsample(self, sample_shape=()):
        torch = _torch()
        shape = self._extended_shape(sample_shape)
        eps = torch.empty(*shape, dtype=self.loc.dtype).normal_()
        return self.loc + eps * self.scale

    def log_prob(self, value):
        if self._validate_args:
            self._validate_sample(value)
        var = self.scale ** 2
        log_scale = math.log(self.scale) if isinstance(self.scale, Number) else self.scale.log()
        return -((value - self.loc) ** 2) / (2 * var) - log_scale - math.log(math.sqrt(2 * math.pi))

    def cdf(self, value):
        if self._validate_args:
            self._validate_sample(value)
        torch = _torch()
        return 0.5 * (1 + torch.erf((value - self.loc) * self.scale.reciprocal() / math.sqrt(2)))

    def icdf(self, value):
        from .. import special

        return self.loc + self.scale * special.erfinv(2 * value - 1) * math.sqrt(2)

    def entropy(self):
        return 0.5 + 0.5 * math.log(2 * math.pi) + self.scale.log()


def _binary_param(d, probs, logits):
    # Sets `d.probs` or `d.logits` (exactly one given, broadcast) and `d._param` as torch's
    # Bernoulli-like distributions do; -> the batch shape (empty for a Python number).
    if (probs is None) == (logits is None):
        raise ValueError("Either `probs` or `logits` must be specified, but not both.")
    if probs is not None:
        (d.probs,) = broadcast_all(probs)
        d._param = d.probs
    else:
        (d.logits,) = broadcast_all(logits)
        d._param = d.logits
    return _torch().Size() if isinstance(probs if probs is not None else logits, Number) else d._param.size()


def _support_values(d, values, expand):
    # enumerate_support: the support `values` as a column over d's batch dims, expanded to them if asked.
    values = values.view(*((-1,) + (1,) * len(d._batch_shape)))
    return values.expand(*((-1,) + tuple(d._batch_shape))) if expand else values


class _BinaryParams:
    # probs/logits of a one-parameter binary family (one given, the other derived on first use).

    @_lazy
    def logits(self):
        return probs_to_logits(self.probs, is_binary=True)

    @_lazy
    def probs(self):
        return logits_to_probs(self.logits, is_binary=True)

    @property
    def param_shape(self):
        return self._param.size()


class Bernoulli(_BinaryParams, ExponentialFamily):
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.boolean
    has_enumerate_support = True

    def __init__(self, probs=None, logits=None, validate_args=None):
        super().__init__(_binary_param(self, probs, logits), validate_args=validate_args)

    @property
    def mean(self):
        return self.probs

    @property
    def variance(self):
        return self.probs * (1 - self.probs)

    def sample(self, sample_shape=()):
        torch = _torch()
        shape = self._extended_shape(sample_shape)
        with torch.no_grad():
            return torch.bernoulli(self.probs.expand(*shape))

    def log_prob(self, value):
        from ..nn import functional as F

        if self._validate_args:
            self._validate_sample(value)
        logits, value = broadcast_all(self.logits, value)
        return -F.binary_cross_entropy_with_logits(logits, value, reduction="none")

    def entropy(self):
        from ..nn import functional as F

        return F.binary_cross_entropy_with_logits(self.logits, self.probs, reduction="none")

    def enumerate_support(self, expand=True):
        return _support_values(self, _torch().arange(2, dtype=self._param.dtype), expand)


def _of_categorical(name):
    # OneHotCategorical, Multinomial, ExpRelaxedCategorical: a property read from their inner `_categorical`.
    return property(lambda self: getattr(self._categorical, name))


class Categorical(Distribution):
    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}
    has_enumerate_support = True

    def __init__(self, probs=None, logits=None, validate_args=None):
        torch = _torch()
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        if probs is not None:
            if probs.dim() < 1:
                raise ValueError("`probs` parameter must be at least one-dimensional.")
            self.probs = probs / probs.sum(-1, keepdim=True)
        else:
            if logits.dim() < 1:
                raise ValueError("`logits` parameter must be at least one-dimensional.")
            self.logits = logits - logits.logsumexp(dim=-1, keepdim=True)
        self._param = self.probs if probs is not None else self.logits
        self._num_events = self._param.size()[-1]
        batch_shape = self._param.size()[:-1] if self._param.dim() > 1 else torch.Size()
        super().__init__(batch_shape, validate_args=validate_args)

    @property
    def support(self):
        return constraints.integer_interval(0, self._num_events - 1)

    @_lazy
    def logits(self):
        return probs_to_logits(self.probs)

    @_lazy
    def probs(self):
        return logits_to_probs(self.logits)

    @property
    def param_shape(self):
        return self._param.size()

    @property
    def mean(self):
        torch = _torch()
        return torch.full(tuple(self._extended_shape()), math.nan, dtype=self.probs.dtype)

    @property
    def mode(self):
        return self.probs.argmax(dim=-1)

    @property
    def variance(self):
        return self.mean

    def sample(self, sample_shape=()):
        torch = _torch()
        sample_shape = torch.Size(sample_shape)
        with torch.no_grad():
            probs_2d = self.probs.reshape(-1, self._num_events)
            samples_2d = torch.multinomial(probs_2d, sample_shape.numel(), True).T
            return samples_2d.reshape(*self._extended_shape(sample_shape))

    def log_prob(self, value):
        torch = _torch()
        if self._validate_args:
            self._validate_sample(value)
        value = value.long().unsqueeze(-1)
        value, log_pmf = torch.broadcast_tensors(value, self.logits)
        value = value[..., :1]
        return log_pmf.gather(-1, value).squeeze(-1)

    def entropy(self):
        min_real = -3.4028234663852886e38 if self.logits.dtype._fg == "float32" else -1.7976931348623157e308
        logits = self.logits.clamp(min=min_real)
        p_log_p = logits * self.probs
        return -p_log_p.sum(-1)

    def enumerate_support(self, expand=True):
        torch = _torch()
        return _support_values(self, torch.arange(self._num_events, dtype=torch.long), expand)


class Uniform(Distribution):
    has_rsample = True

    @property
    def arg_constraints(self):
        return {"low": constraints.less_than(self.high), "high": constraints.greater_than(self.low)}

    def __init__(self, low, high, validate_args=None):
        torch = _torch()
        self.low, self.high = broadcast_all(low, high)
        batch_shape = torch.Size() if isinstance(low, Number) and isinstance(high, Number) else self.low.size()
        super().__init__(batch_shape, validate_args=validate_args)

    @property
    def support(self):
        return constraints.interval(self.low, self.high)

    @property
    def mean(self):
        return (self.high + self.low) / 2

    @property
    def stddev(self):
        return (self.high - self.low) / 12 ** 0.5

    @property
    def variance(self):
        return (self.high - self.low).pow(2) / 12

    def rsample(self, sample_shape=()):
        torch = _torch()
        shape = self._extended_shape(sample_shape)
        rand = torch.rand(*shape, dtype=self.low.dtype)
        return self.low + rand * (self.high - self.low)

    def log_prob(self, value):
        if self._validate_args:
            self._validate_sample(value)
        lb = self.low.le(value).type_as(self.low)
        ub = self.high.gt(value).type_as(self.low)
        return (lb.mul(ub)).log() - (self.high - self.low).log()

    def cdf(self, value):
        result = (value - self.low) / (self.high - self.low)
        return result.clamp(min=0, max=1)

    def entropy(self):
        return (self.high - self.low).log()


def kl_divergence(p, q):
    from .kl import _dispatch_kl

    fun = _dispatch_kl(type(p), type(q))
    if fun is not None:
        return fun(p, q)
    if isinstance(p, Normal) and isinstance(q, Normal):
        var_ratio = (p.scale / q.scale).pow(2)
        t1 = ((p.loc - q.loc) / q.scale).pow(2)
        return 0.5 * (var_ratio + t1 - 1 - var_ratio.log())
    if isinstance(p, Categorical) and isinstance(q, Categorical):
        t = p.probs * (p.logits - q.logits)
        t = t.masked_fill(q.probs == 0, float("inf"))
        t = t.masked_fill(p.probs == 0, 0)
        return t.sum(-1)
    if isinstance(p, Bernoulli) and isinstance(q, Bernoulli):
        from ..nn import functional as F

        t1 = p.probs * (F.softplus(-q.logits) - F.softplus(-p.logits))
        t2 = (1 - p.probs) * (F.softplus(q.logits) - F.softplus(p.logits))
        return t1 + t2
    if isinstance(p, ExponentialFamily) and isinstance(q, ExponentialFamily):
        raise NotImplementedError("The cross KL-divergence between different exponential families cannot \
                            be computed using Bregman divergences")
    raise NotImplementedError(f"No KL(p || q) is implemented for p type {p.__class__.__name__} and q type "
                              f"{q.__class__.__name__}")


# the other families, transforms and registries (they import the classes above)
from . import utils  # noqa: E402,F401
from .transforms import (  # noqa: E402,F401
    AbsTransform, AffineTransform, ComposeTransform, CumulativeDistributionTransform, ExpTransform,
    IndependentTransform, LowerCholeskyTransform, PowerTransform, ReshapeTransform, SigmoidTransform,
    SoftmaxTransform, SoftplusTransform, StickBreakingTransform, TanhTransform, Transform, identity_transform)
from .transformed_distribution import TransformedDistribution  # noqa: E402,F401
from ._multivariate import (  # noqa: E402,F401
    Dirichlet, Independent, LowRankMultivariateNormal, MixtureSameFamily, MultivariateNormal)
from ._univariate import (  # noqa: E402,F401
    Beta, Cauchy, Chi2, ContinuousBernoulli, Exponential, FisherSnedecor, Gamma, GeneralizedPareto, Laplace,
    StudentT, VonMises)
from ._discrete import (  # noqa: E402,F401
    Binomial, Geometric, Multinomial, NegativeBinomial, OneHotCategorical, OneHotCategoricalStraightThrough, Poisson)
from ._transformed_families import (  # noqa: E402,F401
    Gumbel, HalfCauchy, HalfNormal, InverseGamma, Kumaraswamy, LogisticNormal, LogNormal, Pareto, Weibull)
from ._relaxed import (  # noqa: E402,F401
    ExpRelaxedCategorical, LogitRelaxedBernoulli, RelaxedBernoulli, RelaxedOneHotCategorical)
from .constraint_registry import biject_to, transform_to  # noqa: E402,F401
from .kl import register_kl  # noqa: E402,F401
from . import kl  # noqa: E402,F401


def _register_submodules():
    # torch.distributions.<family> modules (e.g. `from torch.distributions.normal import Normal`).
    import importlib.machinery
    import sys
    import types

    g = globals()
    table = {
        "bernoulli": ["Bernoulli"], "beta": ["Beta"], "binomial": ["Binomial"], "categorical": ["Categorical"],
        "cauchy": ["Cauchy"], "chi2": ["Chi2"], "dirichlet": ["Dirichlet"], "exponential": ["Exponential"],
        "gamma": ["Gamma"], "geometric": ["Geometric"], "gumbel": ["Gumbel"], "half_normal": ["HalfNormal"],
        "independent": ["Independent"], "laplace": ["Laplace"], "log_normal": ["LogNormal"],
        "mixture_same_family": ["MixtureSameFamily"], "multinomial": ["Multinomial"],
        "multivariate_normal": ["MultivariateNormal"], "normal": ["Normal"],
        "one_hot_categorical": ["OneHotCategorical", "OneHotCategoricalStraightThrough"], "pareto": ["Pareto"], "poisson": ["Poisson"],
        "relaxed_bernoulli": ["RelaxedBernoulli", "LogitRelaxedBernoulli"],
        "relaxed_categorical": ["RelaxedOneHotCategorical", "ExpRelaxedCategorical"], "studentT": ["StudentT"],
        "transformed_distribution": ["TransformedDistribution"], "uniform": ["Uniform"], "weibull": ["Weibull"],
        "half_cauchy": ["HalfCauchy"], "von_mises": ["VonMises"], "continuous_bernoulli": ["ContinuousBernoulli"],
        "logistic_normal": ["LogisticNormal"], "generalized_pareto": ["GeneralizedPareto"], "inverse_gamma": ["InverseGamma"], "kumaraswamy": ["Kumaraswamy"],
        "fishersnedecor": ["FisherSnedecor"], "negative_binomial": ["NegativeBinomial"],
        "lowrank_multivariate_normal": ["LowRankMultivariateNormal"],
        "distribution": ["Distribution"], "exp_family": ["ExponentialFamily"],
    }
    for sub, names in table.items():
        full = __name__ + "." + sub
        if full in sys.modules:
            continue
        mod = types.ModuleType(full)
        mod.__spec__ = importlib.machinery.ModuleSpec(full, None)
        for n in names:
            setattr(mod, n, g[n])
        if sub not in g:
            g[sub] = mod
        sys.modules[full] = mod
    # type(d) prints torch's path (torch.distributions.normal.Normal)
    for sub, names in list(table.items()) + [("constraints", dir(constraints)), ("transforms", transforms.__all__)]:
        for n in names:
            c = getattr(constraints, n) if sub == "constraints" else g[n]
            if isinstance(c, type) and c.__module__.startswith("ferrograd."):
                c.__module__ = "torch.distributions." + sub


_register_submodules()
# torch exposes these two only in relaxed_bernoulli / relaxed_categorical
del LogitRelaxedBernoulli, ExpRelaxedCategorical

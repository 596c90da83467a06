# Relaxed (Gumbel-softmax) Bernoulli and categorical distributions.
import math

from . import constraints
from . import (Categorical, Distribution, _BinaryParams, _binary_param, _clamp_probs, _of_categorical, _torch,
               broadcast_all)
from .transformed_distribution import TransformedDistribution
from .transforms import ExpTransform, SigmoidTransform


# ----------------------------------------------------------------- relaxed (Gumbel-softmax) distributions
class LogitRelaxedBernoulli(_BinaryParams, Distribution):
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.real

    def __init__(self, temperature, probs=None, logits=None, validate_args=None):
        self.temperature = temperature
        super().__init__(_binary_param(self, probs, logits), validate_args=validate_args)

    def rsample(self, sample_shape=()):
        torch = _torch()
        shape = self._extended_shape(sample_shape)
        probs = _clamp_probs(self.probs.expand(*shape))
        uniforms = _clamp_probs(torch.rand(*shape, dtype=probs.dtype))
        return (uniforms.log() - (-uniforms).log1p() + probs.log() - (-probs).log1p()) / self.temperature

    def log_prob(self, value):
        if self._validate_args:
            self._validate_sample(value)
        logits, value = broadcast_all(self.logits, value)
        diff = logits - value.mul(self.temperature)
        t = self.temperature
        logt = t.log() if hasattr(t, "log") else math.log(t)
        return logt + diff - 2 * diff.exp().log1p()


class _RelaxedParams:
    # temperature/logits/probs of a relaxed distribution read from its base distribution.

    @property
    def temperature(self):
        return self.base_dist.temperature

    @property
    def logits(self):
        return self.base_dist.logits

    @property
    def probs(self):
        return self.base_dist.probs


class RelaxedBernoulli(_RelaxedParams, TransformedDistribution):
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.unit_interval
    has_rsample = True

    def __init__(self, temperature, probs=None, logits=None, validate_args=None):
        base_dist = LogitRelaxedBernoulli(temperature, probs, logits)
        super().__init__(base_dist, SigmoidTransform(), validate_args=validate_args)

    def __repr__(self):
        return "RelaxedBernoulli()"


class ExpRelaxedCategorical(Distribution):
    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}
    support = constraints.real_vector
    has_rsample = True

    def __init__(self, temperature, probs=None, logits=None, validate_args=None):
        self._categorical = Categorical(probs, logits)
        self.temperature = temperature
        batch_shape = self._categorical.batch_shape
        event_shape = self._categorical.param_shape[-1:]
        super().__init__(batch_shape, event_shape, validate_args=validate_args)

    param_shape = _of_categorical("param_shape")
    logits = _of_categorical("logits")
    probs = _of_categorical("probs")

    def rsample(self, sample_shape=()):
        torch = _torch()
        shape = self._extended_shape(sample_shape)
        uniforms = _clamp_probs(torch.rand(*shape, dtype=self.logits.dtype))
        gumbels = -((-(uniforms.log())).log())
        scores = (self.logits + gumbels) / self.temperature
        return scores - scores.logsumexp(dim=-1, keepdim=True)

    def log_prob(self, value):
        torch = _torch()
        from .. import special

        K = self._categorical._num_events
        if self._validate_args:
            self._validate_sample(value)
        logits, value = broadcast_all(self.logits, value)
        temp = self.temperature if isinstance(self.temperature, torch.Tensor) else torch.tensor(
            float(self.temperature))
        log_scale = special.gammaln(torch.full_like(temp, float(K))) - temp.log().mul(-(K - 1))
        score = logits - value.mul(temp)
        score = (score - score.logsumexp(dim=-1, keepdim=True)).sum(-1)
        return score + log_scale


class RelaxedOneHotCategorical(_RelaxedParams, TransformedDistribution):
    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}
    support = constraints.simplex
    has_rsample = True

    def __init__(self, temperature, probs=None, logits=None, validate_args=None):
        base_dist = ExpRelaxedCategorical(temperature, probs, logits, validate_args=validate_args)
        super().__init__(base_dist, ExpTransform(), validate_args=validate_args)

    def __repr__(self):
        return "RelaxedOneHotCategorical()"

# mindspore.nn.probability.distribution: Distribution, Normal, Bernoulli, Uniform, Exponential,
# Categorical, ported from MindSpore 2.10's Python code over ferrograd's MindSpore-flavoured ops (exp/log kernels), so the
# values print as MindSpore's. Sampling draws from ferrograd's generator (not MindSpore's seeds).
from ._dists import Bernoulli, Categorical, Distribution, Exponential, Normal, Uniform  # noqa: F401

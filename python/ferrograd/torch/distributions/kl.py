"""torch.distributions.kl"""
from . import kl_divergence  # noqa: F401

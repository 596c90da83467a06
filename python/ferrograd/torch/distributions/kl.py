"""torch.distributions.kl"""
from . import kl_divergence  # noqa: F401
from ._more import register_kl  # noqa: F401

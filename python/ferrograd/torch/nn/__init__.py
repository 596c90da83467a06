"""torch.nn (filled in by the nn modules)."""
from .parameter import Parameter  # noqa: F401

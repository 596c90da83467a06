"""mindspore.nn.probability (session 4): the distribution package."""
from . import distribution  # noqa: F401

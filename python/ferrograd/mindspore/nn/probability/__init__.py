# mindspore.nn.probability: the distribution package.
from . import distribution  # noqa: F401

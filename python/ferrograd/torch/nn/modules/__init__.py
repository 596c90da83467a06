from .container import ModuleDict, ModuleList, Sequential  # noqa: F401
from .layers import *  # noqa: F401,F403
from .layers import _Loss, _WeightedLoss  # noqa: F401
from .module import Module  # noqa: F401
from .extra import *  # noqa: F401,F403

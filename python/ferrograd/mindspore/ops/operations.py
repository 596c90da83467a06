"""mindspore.ops.operations (primitives, as `P`)."""
from ._prims2 import *  # noqa: F401,F403
from .primitives import *  # noqa: F401,F403
from .._grad import GradOperation  # noqa: F401
from ._prims3 import *  # noqa: F401,F403,E402

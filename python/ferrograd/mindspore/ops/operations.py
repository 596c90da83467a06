"""mindspore.ops.operations (primitives, as `P`)."""
from .primitives import *  # noqa: F401,F403
from .._grad import GradOperation  # noqa: F401

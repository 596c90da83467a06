"""mindspore.ops.operations (primitives, as `P`)."""
from ._prims2 import *  # noqa: F401,F403
from .primitives import *  # noqa: F401,F403
from .._grad import GradOperation  # noqa: F401
from ._prims3 import *  # noqa: F401,F403,E402
from ._prims4 import *  # noqa: F401,F403,E402


def __getattr__(name):
    # every Primitive class of mindspore.ops is also in mindspore.ops.operations (P)
    if name[:1].isupper():
        from .. import ops as _ops

        value = _ops.__dict__.get(name)
        if isinstance(value, type):
            return value
    raise AttributeError(f"module 'mindspore.ops.operations' has no attribute '{name}'")

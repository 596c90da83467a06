# mindspore.ops.operations (primitives, as `P`).
from ._array_ops import *  # noqa: F401,F403
from ._math_ops import *  # noqa: F401,F403
from ._nn_ops import *  # noqa: F401,F403
from ._random_ops import *  # noqa: F401,F403
from ._other_ops import *  # noqa: F401,F403
from .primitives import *  # noqa: F401,F403
from .._grad import GradOperation  # noqa: F401
from ._func_prims import *  # noqa: F401,F403,E402


def __getattr__(name):
    # every Primitive class of mindspore.ops is also in mindspore.ops.operations (P)
    if name[:1].isupper():
        from .. import ops as _ops

        value = _ops.__dict__.get(name)
        if isinstance(value, type):
            return value
    raise AttributeError(f"module 'mindspore.ops.operations' has no attribute '{name}'")

"""mindspore.ops: functional operators and primitive classes."""
import builtins as _b

from ... import _core
from .. import _dtype
from .._grad import GradOperation, stop_gradient  # noqa: F401
from .._tensor import TAG, Parameter, Tensor, _mean, _sum, astype  # noqa: F401
from . import functional  # noqa: F401
from .functional import *  # noqa: F401,F403
from .functional import _t  # noqa: F401
from ._extra import *  # noqa: F401,F403
from .. import _tensor_ext  # noqa: F401,E402
from .. import _tensor_ext4  # noqa: F401,E402
from ._prims2 import *  # noqa: F401,F403,E402
from .primitives import *  # noqa: F401,F403
from ._prims3 import *  # noqa: F401,F403,E402
from ._gaps4 import *  # noqa: F401,F403,E402
from ._prims4 import *  # noqa: F401,F403,E402
from .._hooks import HookBackward, InsertGradientOf  # noqa: F401,E402
from ._composite3 import HyperMap, Map, MultitypeFuncGraph, partial  # noqa: F401,E402
from . import composite, operations  # noqa: F401
from .. import _grad as _g

grad = _g.grad
value_and_grad = _g.value_and_grad
vjp = _g.vjp

# mindspore.ops: functional operators and primitive classes.
import builtins as _b

from ... import _core
from .. import _dtype
from .._grad import GradOperation, stop_gradient  # noqa: F401
from .._tensor import TAG, Parameter, Tensor, _mean, _sum, astype  # noqa: F401
from . import functional  # noqa: F401
from .functional import *  # noqa: F401,F403
from .functional import _t  # noqa: F401
from ._math_func import *  # noqa: F401,F403
from ._array_func import *  # noqa: F401,F403
from ._linalg_func import *  # noqa: F401,F403
from ._nn_func import *  # noqa: F401,F403
from ._random_func import *  # noqa: F401,F403
from ._grad_func import *  # noqa: F401,F403
from .. import _tensor_ext  # noqa: F401,E402
from ._array_ops import *  # noqa: F401,F403,E402
from ._math_ops import *  # noqa: F401,F403,E402
from ._nn_ops import *  # noqa: F401,F403,E402
from ._random_ops import *  # noqa: F401,F403,E402
from ._other_ops import *  # noqa: F401,F403,E402
from .primitives import *  # noqa: F401,F403
from ._func_prims import *  # noqa: F401,F403,E402
from .._hooks import HookBackward, InsertGradientOf  # noqa: F401,E402
from .composite import HyperMap, Map, MultitypeFuncGraph  # noqa: F401,E402
from . import composite, operations  # noqa: F401
from .. import _grad as _g

grad = _g.grad
value_and_grad = _g.value_and_grad
vjp = _g.vjp

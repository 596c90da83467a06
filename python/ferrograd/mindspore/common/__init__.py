# mindspore.common.
from .. import _dtype as dtype  # noqa: F401
from .._tensor import Parameter, ParameterTuple, Tensor  # noqa: F401
from . import initializer  # noqa: F401
from .initializer import initializer as _initializer  # noqa: F401
from .. import _dtype as mstype  # noqa: F401
from .. import get_seed, jit, jit_class  # noqa: F401
from .._jit import mutable  # noqa: F401
from .._grad import _no_grad  # noqa: F401
from .._dtype import (  # noqa: F401
    bool_, float16, float32, float64, int8, int16, int32, int64, uint8,
)


def set_seed(seed):
    from .. import set_seed as _s

    _s(seed)

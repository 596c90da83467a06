# mindspore.common.dtype (usually imported as mstype).
from .._dtype import *  # noqa: F401,F403
from .._dtype import Type, dtype_to_nptype, pytype_to_dtype  # noqa: F401

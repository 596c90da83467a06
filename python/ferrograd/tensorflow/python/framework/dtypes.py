# tensorflow.python.framework.dtypes.
from ...dtypes import *  # noqa: F401,F403
from ...dtypes import DType, as_dtype  # noqa: F401

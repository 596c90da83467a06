# tensorflow.python.framework.errors_impl (the OpError classes live in ferrograd.tensorflow.errors).
from ...errors import *  # noqa: F401,F403
from ...errors import OpError, InvalidArgumentError  # noqa: F401

# tensorflow.python.ops.resource_variable_ops.
from ..._tensor import ResourceVariable  # noqa: F401

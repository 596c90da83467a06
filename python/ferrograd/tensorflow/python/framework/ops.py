# tensorflow.python.framework.ops.
from ..._tensor import EagerTensor, Tensor, convert_to_tensor  # noqa: F401

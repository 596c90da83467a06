"""mindspore.ops.composite (usually imported as C)."""
from .._grad import GradOperation, grad, stop_gradient, value_and_grad, vjp  # noqa: F401
from ._composite3 import HyperMap, Map, MultitypeFuncGraph  # noqa: F401,E402

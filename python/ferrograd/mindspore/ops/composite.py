"""mindspore.ops.composite (usually imported as C)."""
from .._grad import GradOperation, grad, stop_gradient, value_and_grad, vjp  # noqa: F401
from ._composite3 import HyperMap, Map, MultitypeFuncGraph  # noqa: F401,E402

_FROM_OPS = ("batch_dot", "clip_by_global_norm", "clip_by_value", "count_nonzero", "cummin", "dot", "matmul", "mm",
             "normal", "ones_like", "repeat_elements", "repeat_interleave", "sequence_mask", "tensor_dot", "uniform",
             "vecdot", "zeros_like")


def __getattr__(name):
    # mindspore.ops.composite (C) also carries ops' functional helpers (C.normal, C.uniform, C.gamma, ...)
    if name in _FROM_OPS:
        from .. import ops as _ops

        return _ops.__dict__[name]
    raise AttributeError(f"module 'mindspore.ops.composite' has no attribute '{name}'")

# mindspore.ops Custom and Partial primitives (MindSpore's ops/operations/{custom_ops,other_ops}.py), ops.partial.
import functools

from ... import _core
from ..._lazy import np
from .._tensor import Tensor
from .primitives import Primitive

__all__ = ["Custom", "Partial", "partial"]


class Custom(Primitive):
    """ops.Custom(func, out_shape, out_dtype, func_type='pyfunc', bprop=None): a python function on
    numpy arrays as an operator (the 'pyfunc' type, the one that runs on CPU without compiling)."""

    def __init__(self, func, out_shape=None, out_dtype=None, func_type="hybrid", bprop=None, reg_info=None):
        super().__init__("Custom")
        if func_type != "pyfunc":
            raise NotImplementedError(f"ferrograd: ops.Custom supports func_type='pyfunc' only, got '{func_type}'")
        self.func, self.out_shape, self.out_dtype, self.func_type, self.bprop = (func, out_shape, out_dtype,
                                                                                 func_type, bprop)

    def construct(self, *inputs):
        arrs = [x.asnumpy() if isinstance(x, _core.Tensor) else x for x in inputs]
        res = self.func(*arrs)
        single = not isinstance(res, (tuple, list))
        outs = [Tensor(np.asarray(np.asarray(r))) for r in ([res] if single else res)]
        tens = [x for x in inputs if isinstance(x, _core.Tensor)]
        if self.bprop is None or not single or not _core.is_grad_enabled() or not any(t.requires_grad for t in tens):
            return outs[0] if single else tuple(outs)
        out = outs[0]

        def backward(g):
            det = [x.detach() if isinstance(x, _core.Tensor) else x for x in inputs]
            r = self.bprop(*det, out, g)
            r = r if isinstance(r, tuple) else (r,)
            return [gr for x, gr in zip(inputs, r) if isinstance(x, _core.Tensor)]

        return _core.custom_node("CustomBackward", tens, out, backward)


class Partial(Primitive):
    """ops.Partial()(func, *args): func with its first arguments bound."""

    def construct(self, func, *args):
        return partial(func, *args)


def partial(func, *args):
    return functools.partial(func, *args)

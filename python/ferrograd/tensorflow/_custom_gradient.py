"""tf.custom_gradient."""
import functools

from .. import _core
from ._tensor import _T, _UnreadVariable, _arg, _wrap


def custom_gradient(f=None):
    """`@tf.custom_gradient`: f(*x) returns (y, grad_fn); the gradient of y w.r.t. the tensor
    arguments x is grad_fn(dy) (one value per tensor argument)."""
    if f is None:
        return custom_gradient

    @functools.wraps(f)
    def decorated(*args, **kwargs):
        args = [a._var if isinstance(a, _UnreadVariable) else a for a in args]
        pos = [i for i, a in enumerate(args) if isinstance(a, _T)]
        ins = [_arg(args[i]) for i in pos]
        inner = list(args)
        for i, t in zip(pos, ins):
            inner[i] = _wrap(_T.detach(t))
        prev = _core.set_grad_enabled(False)
        try:
            y, grad_fn = f(*inner, **kwargs)
        finally:
            _core.set_grad_enabled(prev)
        if not (prev and any(t.requires_grad for t in ins)):
            return y
        multi = isinstance(y, (list, tuple))
        outs = [_arg(v) for v in (y if multi else [y])]
        if multi:
            raise NotImplementedError("tf.custom_gradient with several outputs")

        def backward(g):
            r = grad_fn(_wrap(g))
            r = list(r) if isinstance(r, (list, tuple)) else [r]
            return [None if v is None else _T.detach(_arg(v)) if not _core.is_grad_enabled() else _arg(v)
                    for v in r]

        return _wrap(_core.custom_node("CustomGradient", ins, outs[0], backward))

    return decorated

"""torch.autograd.Function: Python forward/backward recorded as one node of the Rust graph."""
from ... import _core

_T = _core.Tensor


class FunctionCtx:
    def __init__(self):
        self.saved_tensors = ()
        self.needs_input_grad = ()
        self.materialize_grads = True

    def save_for_backward(self, *tensors):
        self.saved_tensors = tuple(tensors)

    def mark_non_differentiable(self, *args):
        self._non_diff = getattr(self, "_non_diff", set()) | {id(a) for a in args}

    def mark_dirty(self, *args):
        pass

    def set_materialize_grads(self, value):
        self.materialize_grads = value


class _FunctionMeta(type):
    pass


class Function(metaclass=_FunctionMeta):
    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def setup_context(ctx, inputs, output):
        raise NotImplementedError("setup_context is not implemented.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError("You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.")

    @classmethod
    def apply(cls, *args, **kwargs):
        ctx = FunctionCtx()
        ctx.needs_input_grad = tuple(isinstance(a, _T) and a.requires_grad for a in args)
        prev = _core.set_grad_enabled(False)
        try:
            if cls.setup_context is not Function.setup_context:
                # forward without ctx, then setup_context(ctx, inputs, output)
                out = cls.forward(*args, **kwargs)
                cls.setup_context(ctx, args, out)
            else:
                out = cls.forward(ctx, *args, **kwargs)
        finally:
            _core.set_grad_enabled(prev)
        tensor_pos = [i for i, a in enumerate(args) if isinstance(a, _T)]
        inputs = [args[i] for i in tensor_pos]
        name = cls.__name__ + "Backward"
        outs = out if isinstance(out, tuple) else (out,)

        def make_bw(k):
            def bw(g):
                grads = [None] * len(outs)
                grads[k] = g
                for j, o in enumerate(outs):
                    if grads[j] is None and isinstance(o, _T):
                        grads[j] = _core.full_like(o, 0.0)
                r = cls.backward(ctx, *grads)
                if not isinstance(r, tuple):
                    r = (r,)
                if len(r) < len(args):
                    r = tuple(r) + (None,) * (len(args) - len(r))
                return [r[i] for i in tensor_pos]

            return bw

        node_cls = cls.__dict__.get("_fg_node_class")
        if node_cls is None:
            # torch names the node class of a custom Function `<Name>Backward`
            node_cls = type(name, (_core.Node,), {"__module__": "torch.autograd.function"})
            cls._fg_node_class = node_cls
        non_diff = getattr(ctx, "_non_diff", set())
        wrapped = tuple(
            _core.custom_node(name, inputs, o, make_bw(k), node_cls)
            if isinstance(o, _T) and o.dtype.is_floating_point and id(o) not in non_diff else o
            for k, o in enumerate(outs)
        )
        return wrapped if isinstance(out, tuple) else wrapped[0]


class once_differentiable:
    def __new__(cls, fn):
        return fn

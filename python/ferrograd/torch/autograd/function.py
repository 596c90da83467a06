# torch.autograd.Function: Python forward/backward recorded as one node of the Rust graph.
from ... import _core

_T = _core.Tensor


class FunctionCtx:
    def __init__(self):
        self._saved = ()
        self._saved_out = None
        self.needs_input_grad = ()
        self.materialize_grads = True

    def save_for_backward(self, *tensors):
        from .graph import _hooks

        self._saved = tuple(tensors)
        if _hooks:  # saved_tensors_hooks: keep pack(t) and unpack it on access
            pack, self._unpack = _hooks[-1]
            self._packed = [None if t is None else pack(t) for t in tensors]

    @property
    def saved_tensors(self):
        # A saved output unpacks as the output with this Function's node as grad_fn (so
        # double backward through it works); it is rebuilt on access, which avoids a
        # node -> ctx -> output -> node reference cycle.
        if hasattr(self, "_packed"):
            return tuple(None if p is None else self._unpack(p) for p in self._packed)
        so = self._saved_out
        if not so:
            return self._saved
        return tuple(so[i]() if i in so else t for i, t in enumerate(self._saved))

    @property
    def saved_variables(self):
        import warnings

        warnings.warn("'saved_variables' is deprecated; use 'saved_tensors'", DeprecationWarning)
        return self.saved_tensors

    def mark_non_differentiable(self, *args):
        self._non_diff = getattr(self, "_non_diff", set()) | {id(a) for a in args}

    def mark_dirty(self, *args):
        self._dirty = args

    def set_materialize_grads(self, value):
        self.materialize_grads = value


class _FunctionMeta(type):
    pass


class Function(metaclass=_FunctionMeta):
    def __init__(self, *args, **kwargs):
        import warnings

        warnings.warn(f"{self.__class__} should not be instantiated. Methods on autograd functions are all static, so "
                      "you should invoke them on the class itself. Instantiating an autograd function will raise an "
                      "error in a future version of PyTorch.", DeprecationWarning, stacklevel=2)

    def __call__(self, *args, **kwargs):
        raise RuntimeError("Legacy autograd function with non-static forward method is deprecated. Please use new-style "
                           "autograd function with static forward method. (Example: "
                           "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)")

    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def setup_context(ctx, inputs, output):
        raise NotImplementedError("setup_context is not implemented.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError("You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.")

    vjp = backward  # a Function may define either (torch's engine calls backward, else vjp)
    generate_vmap_rule = False

    @staticmethod
    def vmap(info, in_dims, *args):
        raise NotImplementedError("To use autograd.Function with vmap, you must either override the vmap staticmethod "
                                  "or set generate_vmap_rule=True.")

    @staticmethod
    def jvp(ctx, *grad_inputs):
        raise NotImplementedError("You must implement the jvp function for custom autograd.Function to use it with forward mode AD.")

    @classmethod
    def apply(cls, *args, **kwargs):
        if cls.setup_context is not Function.setup_context:
            # torch binds keyword arguments and defaults to forward's signature: setup_context sees them all
            sig = cls.__dict__.get("_fg_sig")
            if sig is None:
                import inspect

                sig = cls._fg_sig = inspect.signature(cls.forward)
            if kwargs or len(args) < len(sig.parameters):
                b = sig.bind(*args, **kwargs)
                b.apply_defaults()
                args, kwargs = b.args, b.kwargs
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
                    if grads[j] is None and isinstance(o, _T) and ctx.materialize_grads:
                        grads[j] = _core.full_like(o, 0.0)
                r = (cls.backward if cls.backward is not Function.backward else cls.vjp)(ctx, *grads)
                return _check_grads(name, args, r if isinstance(r, tuple) else (r,), tensor_pos)

            return bw

        node_cls = cls.__dict__.get("_fg_node_class")
        if node_cls is None:
            # torch names the node class of a custom Function `<Name>Backward`
            node_cls = type(name, (_core.Node,), {"__module__": "torch.autograd.function", "__repr__": _node_repr})
            cls._fg_node_class = node_cls
        non_diff = getattr(ctx, "_non_diff", set())
        for d in getattr(ctx, "_dirty", ()):
            d._become(d)  # modified in place: bump its version (saved uses of it now fail in backward)
        fwd = _forward_ad_outputs(cls, ctx, args, outs, non_diff)
        if fwd is not None:
            return fwd if isinstance(out, tuple) else fwd[0]
        wrapped = tuple(
            _core.custom_node(name, inputs, o, make_bw(k), node_cls)
            if isinstance(o, _T) and o.dtype.is_floating_point and id(o) not in non_diff else o
            for k, o in enumerate(outs)
        )
        if non_diff or any(w is not o for w, o in zip(wrapped, outs)):
            _link_saved_outputs(ctx, outs, wrapped, name, inputs, make_bw, node_cls)
        dirty = getattr(ctx, "_dirty", ())
        if dirty:  # an input modified in place (mark_dirty) is returned itself, now with this node as history
            wrapped = tuple(o._become(w, False) or o if w is not o and any(o is d for d in dirty) else w
                            for w, o in zip(wrapped, outs))
        return wrapped if isinstance(out, tuple) else wrapped[0]


def _check_grads(name, args, r, tensor_pos):
    # torch's checks of what a custom backward returned: one gradient per forward input (extra ones must be
    # None), None for non-tensor inputs, tensors whose shape the input's expands to.
    n = len(args)
    if len(r) < n or _b_any(g is not None for g in r[n:]):
        raise RuntimeError(f"function {name} returned an incorrect number of gradients (expected {n}, got {len(r)})")
    for i, g in enumerate(r[:n]):
        if g is None:
            continue
        if not isinstance(g, _T):
            raise RuntimeError(f"expected Variable or None (got {type(g).__name__})")
        if not isinstance(args[i], _T):
            raise RuntimeError(f"function {name} returned a gradient different than None at position {i + 1}, but "
                               "the corresponding forward input was not a Variable")
        s, gs = list(args[i].shape), list(g.shape)
        if s != gs and (len(s) > len(gs) or _b_any(a not in (b, 1) for a, b in zip(s[::-1], gs[::-1]))):
            raise RuntimeError(f"Function {name} returned an invalid gradient at index {i} - got {gs} but expected "
                               f"shape compatible with {s}")
    return [r[i] for i in tensor_pos]


_b_any = any


def _forward_ad_outputs(cls, ctx, args, outs, non_diff):
    # Inside a forward-AD dual level, a Function with a jvp rule gives dual outputs whose tangents are
    # cls.jvp(ctx, *input_tangents) (the outputs are new duals, detached from the reverse graph).
    import sys

    fad = sys.modules.get("ferrograd.torch.autograd.forward_ad")
    if fad is None or not fad._levels or cls.jvp is Function.jvp:
        return None
    tangents = [fad.unpack_dual(a).tangent if isinstance(a, _T) else None for a in args]
    if all(t is None for t in tangents):
        return None
    tangents = [(_core.full_like(a, 0.0) if t is None and isinstance(a, _T) and a.dtype.is_floating_point else t)
                for a, t in zip(args, tangents)]
    r = cls.jvp(ctx, *tangents)
    r = r if isinstance(r, tuple) else (r,)
    res = []
    for k, o in enumerate(outs):
        t = r[k] if k < len(r) else None
        if isinstance(o, _T) and o.dtype.is_floating_point and id(o) not in non_diff and t is not None:
            res.append(fad.make_dual(o.detach(), t))
        else:
            res.append(o)
    return tuple(res)


def _saved_output(name, inputs, out, bw, node_cls):
    prev = _core.set_grad_enabled(True)
    try:
        return _core.custom_node(name, inputs, out, bw, node_cls)
    finally:
        _core.set_grad_enabled(prev)


def _link_saved_outputs(ctx, outs, wrapped, name, inputs, make_bw, node_cls):
    so = {}
    for i, t in enumerate(ctx._saved):
        for k, o in enumerate(outs):
            if t is o and wrapped[k] is not o:
                so[i] = (lambda k=k: _saved_output(name, inputs, outs[k], make_bw(k), node_cls))
                break
    ctx._saved_out = so or None


_ONCE_MSG = "trying to differentiate twice a function that was marked with @once_differentiable"


class _DelayedErrorNode(_core.Node):
    pass


_DelayedErrorNode.__name__ = _DelayedErrorNode.__qualname__ = "Error"


def once_differentiable(fn):
    """torch.autograd.function.once_differentiable: backward runs without recording; with
    create_graph its outputs get a node that raises if differentiated again."""
    import functools

    @functools.wraps(fn)
    def wrapper(ctx, *args):
        prev = _core.set_grad_enabled(False)
        try:
            outputs = fn(ctx, *args)
        finally:
            _core.set_grad_enabled(prev)
        if not prev or not any(isinstance(a, _T) and a.requires_grad for a in args):
            return outputs
        single = not isinstance(outputs, tuple)
        outs = (outputs,) if single else outputs

        def err(g):
            raise RuntimeError(_ONCE_MSG)

        def fake(v):
            if not isinstance(v, _T) or not v.dtype.is_floating_point:
                return v
            dummy = v.detach().requires_grad_(True)
            return _core.custom_node("Error", [dummy], v, err, _DelayedErrorNode)

        res = tuple(fake(v) for v in outs)
        return res[0] if single else res

    return wrapper


def _node_repr(self):
    # torch prints a custom Function's node with its module path
    return f"<torch.autograd.function.{type(self).__name__} object at {hex(id(self))}>"

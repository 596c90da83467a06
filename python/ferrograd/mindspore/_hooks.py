# MindSpore's gradient hooks (Hook programming tutorial): ops.HookBackward and
# Cell.register_backward_hook, as identity graph nodes whose backward passes see the gradients.
from .. import _core


def _check_hook_fn(hook_fn):
    if not callable(hook_fn):
        raise TypeError(f"Expected a callable hook function, but got {type(hook_fn).__name__}.")
    if getattr(hook_fn, "__wrapped_by_jit__", False):
        raise TypeError(f"Decorating hook function {hook_fn.__name__} with '@jit' is not supported.")


class _HookHandle:
    def __init__(self, hooks, fn):
        self._hooks, self._fn = hooks, fn

    def remove(self):
        if self._fn in self._hooks:
            self._hooks.remove(self._fn)


def register_hook(t, hook):
    """Tensor.register_hook: a tensor that does not require grad (a network input) keeps the hook
    for the gradient functions, which put it on the leaf they make of it."""
    _check_hook_fn(hook)
    if t.requires_grad or t.grad_fn is not None or not hasattr(t, "__dict__"):
        return _core.Tensor.register_hook(t, hook)
    hooks = t.__dict__.setdefault("_ms_hooks", [])
    _core.ms_input_hooks_used()  # the Rust fast path of grad now checks its arguments for hooks
    hooks.append(hook)
    return _HookHandle(hooks, hook)


def _identity_node(name, t, on_grad):
    # t unchanged, with a graph node whose backward calls on_grad(g) -> g or a replacement.
    if not isinstance(t, _core.Tensor) or not t.requires_grad or not _core.is_grad_enabled():
        return t
    return _core.custom_node(name, [t], t.detach(), lambda g: [on_grad(g)])


class HookBackward:
    """ops.HookBackward(hook_fn, cell_id=''): calling it on a tensor returns the tensor; in the
    backward pass hook_fn receives the gradient as a one-tuple and may return a replacement."""

    def __init__(self, hook_fn, cell_id=""):
        _check_hook_fn(hook_fn)
        self.hook_fn = hook_fn
        self.cell_id = cell_id

    def _on_grad(self, g):
        r = self.hook_fn((g,))
        if r is None:
            return g
        return r[0] if isinstance(r, (tuple, list)) else r

    def __call__(self, *inputs):
        outs = tuple(_identity_node("HookBackward", t, self._on_grad) for t in inputs)
        return outs[0] if len(outs) == 1 else outs


def call_with_backward_hooks(cell, args, run):
    """Runs run(*args) with cell's backward hooks: hook(cell, grad_input, grad_output) once the
    gradients of the cell's tensor inputs are known (grad_output: those of its outputs). The inputs
    go through one graph node (their flattened concatenation) so the hooks see all their gradients."""
    idx = [i for i, a in enumerate(args) if isinstance(a, _core.Tensor) and a.requires_grad]
    if not idx or not _core.is_grad_enabled():
        return run(*args)
    ts = [args[i] for i in idx]
    if len({t.dtype for t in ts}) > 1:
        ts = [t.float() for t in ts]
    gout = []
    sizes = [t.numel() for t in ts]

    def on_in(g):
        gin, o = [], 0
        for t, n in zip(ts, sizes):
            gin.append(g[o:o + n].reshape(tuple(t.shape)))
            o += n
        gin = tuple(gin)
        for hook in list(cell.__dict__.get("_backward_hooks", [])):
            r = hook(cell, gin, tuple(gout))
            if r is not None:
                gin = tuple(r) if isinstance(r, (tuple, list)) else (r,)
        gout.clear()
        return [x.expand(*t.shape) if tuple(x.shape) != tuple(t.shape) else x for x, t in zip(gin, ts)]

    packed = _core.custom_node("BackwardHook", ts, _core.cat([t.detach().reshape(-1) for t in ts], 0), on_in)
    args, o = list(args), 0
    for i, t, n in zip(idx, ts, sizes):
        args[i] = packed[o:o + n].reshape(tuple(t.shape))
        o += n

    def on_out(g):
        gout.append(g)
        return g

    out = run(*args)
    if isinstance(out, tuple):
        return tuple(_identity_node("BackwardHookOut", o, on_out) for o in out)
    return _identity_node("BackwardHookOut", out, on_out)


class InsertGradientOf:
    """ops.InsertGradientOf(f): identity in the forward pass; the backward pass uses f(grad)."""

    def __init__(self, f):
        self.f = f

    def _on_grad(self, g):
        r = self.f(g)
        if not isinstance(r, _core.Tensor):
            from ._tensor import Tensor

            r = Tensor(r, g.dtype)
        if tuple(r.shape) != tuple(g.shape):
            # the engine needs the gradient in the input's shape
            r = r.expand(*g.shape) if r.numel() == 1 or r.ndim <= g.ndim else r
        return r

    def __call__(self, x):
        return _identity_node("InsertGradientOf", x, self._on_grad)

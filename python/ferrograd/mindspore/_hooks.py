"""MindSpore's gradient hooks (Hook programming tutorial): ops.HookBackward and
Cell.register_backward_hook, as identity graph nodes whose backward passes see the gradients."""
from .. import _core


def _identity_node(name, t, on_grad):
    """t unchanged, with a graph node whose backward calls on_grad(g) -> g or a replacement."""
    if not isinstance(t, _core.Tensor) or not t.requires_grad or not _core.is_grad_enabled():
        return t
    return _core.custom_node(name, [t], t.detach(), lambda g: [on_grad(g)])


class HookBackward:
    """ops.HookBackward(hook_fn, cell_id=''): calling it on a tensor returns the tensor; in the
    backward pass hook_fn receives the gradient as a one-tuple and may return a replacement."""

    def __init__(self, hook_fn, cell_id=""):
        if not callable(hook_fn):
            raise TypeError(f"For 'HookBackward', the type of 'hook_fn' must be python function, but got "
                            f"{type(hook_fn)}.")
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
    gradients of the cell's tensor inputs are known (grad_output: those of its outputs)."""
    idx = [i for i, a in enumerate(args) if isinstance(a, _core.Tensor) and a.requires_grad]
    if not idx or not _core.is_grad_enabled():
        return run(*args)
    state = {"gout": [], "gin": {}, "n_out": 0}

    def on_in(k):
        def f(g):
            state["gin"][k] = g
            if len(state["gin"]) == len(idx):
                gin = tuple(state["gin"][i] for i in idx)
                gout = tuple(state["gout"])
                for hook in list(cell.__dict__.get("_backward_hooks", [])):
                    r = hook(cell, gin, gout)
                    if r is not None:
                        gin = tuple(r) if isinstance(r, (tuple, list)) else (r,)
                state["gin"] = {}
                state["gout"] = []
                return gin[idx.index(k)]
            return g

        return f

    def on_out(g):
        state["gout"].append(g)
        return g

    args = list(args)
    for i in idx:
        args[i] = _identity_node("BackwardHookIn", args[i], on_in(i))
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

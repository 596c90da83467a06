# torch.autograd: grad, backward, Function and gradcheck over the one Rust engine.
from ... import _core
from .function import Function, FunctionCtx  # noqa: F401
from .gradcheck import gradcheck, gradgradcheck  # noqa: F401

_T = _core.Tensor


def _seq(x):
    if x is None:
        return []
    if isinstance(x, _T):
        return [x]
    return list(x)


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True,
         allow_unused=None, is_grads_batched=False, materialize_grads=False):
    outs = _seq(outputs)
    ins = _seq(inputs)
    gos = _seq(grad_outputs) or [None] * len(outs)
    if len(gos) != len(outs):
        raise RuntimeError(f"grad requires one grad_output per output (got {len(gos)} and {len(outs)})")
    if retain_graph is None:
        retain_graph = create_graph
    if allow_unused is None:
        allow_unused = materialize_grads
    if not ins:
        raise RuntimeError("`inputs` argument to `grad()` cannot be empty.")
    if is_grads_batched:  # one backward per row of the grad_outputs, results stacked (torch vmaps this)
        for i, (g, o) in enumerate(zip(gos, outs)):
            if g is not None and tuple(g.shape[1:]) != tuple(o.shape):
                raise RuntimeError(
                    "If `is_grads_batched=True`, we interpret the first dimension of each grad_output as the batch "
                    "dimension. The sizes of the remaining dimensions are expected to match the shape of corresponding "
                    f"output, but a mismatch was detected: grad_output[{i}] has a shape of {g.shape[2:]} and "
                    f"output[{i}] has a shape of {o.shape}. If you only want some tensors in `grad_output` to be "
                    "considered batched, consider using vmap.")
        rows = [grad(outs, ins, [g[i] for g in gos], True, create_graph, allow_unused=allow_unused,
                     materialize_grads=materialize_grads) for i in range(len(gos[0]))]
        from .. import stack

        return tuple(None if r[0] is None else stack(list(r)) for r in zip(*rows))
    _in_grad[0] += 1  # autograd.grad accumulates into no .grad: post-accumulate hooks stay quiet
    try:
        res = _core.grad(outs, ins, gos, retain_graph, create_graph, True)
    finally:
        _in_grad[0] -= 1
    if not allow_unused and None in res:
        raise RuntimeError(f"The differentiated Tensor at index {res.index(None)} appears to not have been used in the "
                           "graph. Set allow_unused=True if this is the desired behavior.")
    if materialize_grads:
        res = [r if r is not None else _core.full_like(i, 0.0) for r, i in zip(res, ins)]
    return tuple(res)


_in_grad = [0]


def _prehook_adapter(hook):
    # Node.register_prehook: torch's hooks take and return the tuple of grad_outputs (one output here).
    def f(g):
        r = hook((g,))
        return None if r is None else r[0]

    return f


def _post_accumulate_hook(self, hook):
    # Tensor.register_post_accumulate_grad_hook: hook(tensor) once the gradient is in tensor.grad.  Runs as the
    # leaf's last gradient hook: it accumulates itself and hands the engine zeros to add (so a hook that sets
    # .grad to None leaves zeros behind, where torch leaves None).
    if not self.requires_grad:
        raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
    if not self.is_leaf:
        raise RuntimeError("post accumulate grad hooks cannot be registered on non-leaf tensors")
    import weakref

    ref = weakref.ref(self)  # the engine holds the hook: no strong cycle through it

    def pre(g):
        t = ref()
        if _in_grad[0] or t is None:
            return None
        old = t.grad
        if old is None:
            t.grad = g.detach().clone()
        else:
            old._add_scaled(g)
        hook(t)
        return _core.full_like(g, 0.0)

    return self.register_hook(pre)


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None, inputs=None):
    ts = _seq(tensors)
    gs = _seq(grad_tensors) or [None] * len(ts)
    if retain_graph is None:
        retain_graph = create_graph
    _core.backward(ts, gs, retain_graph, create_graph, None if inputs is None else _seq(inputs))


class Variable:
    """Deprecated torch.autograd.Variable: a new leaf sharing `data`'s storage."""

    def __new__(cls, data, requires_grad=False, volatile=False):
        return data.detach().requires_grad_(requires_grad)


from . import functional  # noqa: E402,F401
from .anomaly_mode import detect_anomaly, set_detect_anomaly  # noqa: E402,F401


def __getattr__(name):
    import importlib

    if name in ("grad_mode", "anomaly_mode", "forward_ad", "graph"):
        return importlib.import_module("." + name, __name__)
    if name in ("no_grad", "enable_grad", "set_grad_enabled", "inference_mode"):
        return getattr(importlib.import_module("." + "grad_mode", __name__), name)
    raise AttributeError(f"module 'torch.autograd' has no attribute '{name}'")

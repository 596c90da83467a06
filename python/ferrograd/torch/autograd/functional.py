"""torch.autograd.functional: jacobian and hessian built on the engine."""
from ... import _core


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False):
    import numpy as np

    single = not isinstance(inputs, tuple)
    ins = (inputs,) if single else inputs
    ins = tuple(x.detach().requires_grad_(True) for x in ins)
    out = func(*ins)
    flat = out.reshape(-1)
    rows = [[] for _ in ins]
    for k in range(flat.numel()):
        seed = np.zeros(flat.numel(), dtype=np.float64)
        seed[k] = 1
        g = _core.tensor(seed, flat.dtype, False, flat._tag)
        gs = _core.grad([flat], list(ins), [g], True, create_graph, True)
        for j, (x, gj) in enumerate(zip(ins, gs)):
            rows[j].append(gj if gj is not None else _core.full_like(x, 0.0))
    res = tuple(_core.stack(r, 0).reshape(*(tuple(out.shape) + tuple(x.shape))) for r, x in zip(rows, ins))
    return res[0] if single else res


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False):
    def grad_fn(*xs):
        y = func(*xs)
        gs = _core.grad([y], list(xs), [None], True, True, True)
        return gs[0] if len(gs) == 1 else gs

    return jacobian(grad_fn, inputs, create_graph=create_graph)

"""torch.autograd.functional: jacobian and hessian built on the engine."""
from ... import _core


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    import numpy as np

    single = not isinstance(inputs, tuple)
    ins = (inputs,) if single else inputs
    ins = tuple(x.detach().requires_grad_(True) for x in ins)
    prev = _core.set_grad_enabled(True)
    try:
        out = func(*ins)
        single_out = not isinstance(out, (tuple, list))
        outs = (out,) if single_out else tuple(out)
        per_out = []
        for o in outs:
            flat = o.reshape(-1)
            rows = [[] for _ in ins]
            for k in range(flat.numel()):
                seed = np.zeros(flat.numel(), dtype=np.float64)
                seed[k] = 1
                g = _core.tensor(seed, flat.dtype, False, flat._tag)
                gs = _core.grad([flat], list(ins), [g], True, create_graph, True)
                for j, (x, gj) in enumerate(zip(ins, gs)):
                    rows[j].append(gj if gj is not None else _core.full_like(x, 0.0))
            res = []
            for r, x in zip(rows, ins):
                if r:
                    j = _core.stack(r, 0).view(*(tuple(o.shape) + tuple(x.shape)))
                else:
                    j = _core.zeros(*(tuple(o.shape) + tuple(x.shape)), dtype=x.dtype, tag=x._tag)
                res.append(j if create_graph else j.detach())
            per_out.append(res[0] if single else tuple(res))
    finally:
        _core.set_grad_enabled(prev)
    return per_out[0] if single_out else tuple(per_out)


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False):
    def grad_fn(*xs):
        y = func(*xs)
        gs = _core.grad([y], list(xs), [None], True, True, True)
        gs = [g if g is not None else _core.full_like(x, 0.0) for g, x in zip(gs, xs)]
        return gs[0] if len(gs) == 1 else tuple(gs)

    return jacobian(grad_fn, inputs, create_graph=create_graph)


def _as_tuple(x):
    return (x, False) if isinstance(x, tuple) else ((x,), True)


def _prep(inputs, create_graph):
    ins, single = _as_tuple(inputs)
    return tuple(x.detach().requires_grad_(True) if not create_graph else x.view_as(x) if x.requires_grad
                 else x.detach().requires_grad_(True) for x in ins), single


def _grads(outs, ins, gouts, create_graph):
    gs = _core.grad(list(outs), list(ins), list(gouts), True, create_graph, True)
    return tuple(g if g is not None else _core.full_like(x, 0.0) for g, x in zip(gs, ins))


def _detach(ts, create_graph):
    return tuple(t if create_graph else t.detach() for t in ts)


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v^T J): the vector-Jacobian product, as torch.autograd.functional.vjp."""
    ins, single_in = _prep(inputs, create_graph)
    prev = _core.set_grad_enabled(True)
    try:
        out = func(*ins)
        outs, single_out = _as_tuple(out)
        if v is None:
            vs = tuple(None for _ in outs)
        else:
            vs, _ = _as_tuple(v)
        res = _grads(outs, ins, vs, create_graph)
    finally:
        _core.set_grad_enabled(prev)
    outs = _detach(outs, create_graph)
    res = _detach(res, create_graph)
    return (outs[0] if single_out else outs), (res[0] if single_in else res)


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), J v), computed with the double-backward trick as torch does."""
    ins, single_in = _prep(inputs, create_graph)
    prev = _core.set_grad_enabled(True)
    try:
        out = func(*ins)
        outs, single_out = _as_tuple(out)
        if v is None:
            vs = tuple(None for _ in ins)
        else:
            vs, _ = _as_tuple(v)
        dummies = tuple(_core.full_like(o, 0.0).requires_grad_(True) for o in outs)
        gi = _core.grad(list(outs), list(ins), list(dummies), True, True, True)
        pairs = [(g, vv) for g, vv in zip(gi, vs) if g is not None]
        if pairs:
            res = _core.grad([g for g, _ in pairs], list(dummies), [vv for _, vv in pairs], True, create_graph, True)
            res = tuple(r if r is not None else _core.full_like(o, 0.0) for r, o in zip(res, outs))
        else:
            res = tuple(_core.full_like(o, 0.0) for o in outs)
    finally:
        _core.set_grad_enabled(prev)
    outs = _detach(outs, create_graph)
    res = _detach(res, create_graph)
    return (outs[0] if single_out else outs), (res[0] if single_out else res)


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v^T H) for a scalar function."""
    ins, single_in = _prep(inputs, create_graph)
    prev = _core.set_grad_enabled(True)
    try:
        out = func(*ins)
        if out.numel() != 1:
            raise RuntimeError("The function given to vhp should return a single element Tensor")
        g1 = _core.grad([out], list(ins), [None], True, True, True)
        vs = (None,) * len(ins) if v is None else _as_tuple(v)[0]
        pairs = [(g, vv) for g, vv in zip(g1, vs) if g is not None]
        res = _core.grad([g for g, _ in pairs], list(ins), [vv for _, vv in pairs], True, create_graph, True)
        res = tuple(r if r is not None else _core.full_like(x, 0.0) for r, x in zip(res, ins))
    finally:
        _core.set_grad_enabled(prev)
    out = out if create_graph else out.detach()
    res = _detach(res, create_graph)
    return out, (res[0] if single_in else res)


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), H v); equal to vhp for the symmetric Hessian of a twice-differentiable function."""
    return vhp(func, inputs, v, create_graph, strict)

# torch.autograd.functional: jacobian, hessian, vjp, jvp, vhp, hvp built on the engine.
#
# The helpers `grads_or_zeros`, `double_vjp` and `jacobian_blocks` are shared with torch.func.
from ... import _core


def grads_or_zeros(outs, ins, gouts, create_graph, retain_graph=True):
    """d(outs)/d(ins) contracted with gouts (None = ones); zeros for inputs outs do not depend on."""
    gs = _core.grad(list(outs), list(ins), list(gouts), retain_graph, create_graph, True)
    return tuple(g if g is not None else _core.full_like(x, 0.0) for g, x in zip(gs, ins))


def double_vjp(outs, ins, tangents, create_graph):
    """J v for every output by the double-backward trick: u -> u^T J is linear in u, so its vjp
    with cotangent v (taken w.r.t. u) is J v.  `tangents` pairs with `ins` (None = ones)."""
    dummies = [_core.full_like(o, 0.0).requires_grad_(True) for o in outs]
    gi = _core.grad(list(outs), list(ins), dummies, True, True, True)
    pairs = [(g, v) for g, v in zip(gi, tangents) if g is not None]
    if not pairs:
        return tuple(_core.full_like(o, 0.0) for o in outs)
    res = _core.grad([g for g, _ in pairs], dummies, [v for _, v in pairs], True, create_graph, True)
    return tuple(r if r is not None else _core.full_like(o, 0.0) for r, o in zip(res, outs))


def _eye(n, like):
    import numpy as np

    return _core.tensor(np.eye(n, dtype=np.float64), like.dtype, False, like._tag)


def jacobian_blocks(outs, ins, create_graph):
    """[[d outs[i] / d ins[j] for j] for i], each of shape outs[i].shape + ins[j].shape, by one
    backward pass per output element (graph kept when create_graph)."""
    blocks = []
    for o in outs:
        shape_o = tuple(o.shape)
        n = o.numel()
        if n == 0 or o.grad_fn is None and not o.requires_grad:
            blocks.append([_core.zeros(*(shape_o + tuple(x.shape)), dtype=x.dtype, tag=x._tag) for x in ins])
            continue
        flat = o.reshape(-1)
        eye = _eye(n, flat)
        rows = [[] for _ in ins]
        for k in range(n):
            gs = _core.grad([flat], list(ins), [eye[k]], True, create_graph, True)
            for j, (x, g) in enumerate(zip(ins, gs)):
                rows[j].append(g if g is not None else _core.full_like(x, 0.0))
        blocks.append([_core.stack(r, 0).view(*(shape_o + tuple(x.shape))) for r, x in zip(rows, ins)])
    return blocks


def _as_tuple(x):
    return (x, False) if isinstance(x, tuple) else ((x,), True)


def _prep(inputs, create_graph):
    ins, single = _as_tuple(inputs)
    return tuple(x.view_as(x) if create_graph and x.requires_grad else x.detach().requires_grad_(True)
                 for x in ins), single


def _detach(ts, create_graph):
    return tuple(t if create_graph else t.detach() for t in ts)


def _run(func, inputs, create_graph, body, name="", strict=False):
    # Call func on differentiable copies of inputs with grad mode on, then body(out, ins).
    # Returns (out, body's result, whether inputs was a single tensor).
    ins, single_in = _prep(inputs, create_graph)
    prev = _core.set_grad_enabled(True)
    try:
        out = func(*ins)
        outs = out if isinstance(out, (tuple, list)) else (out,)
        if name and not all(isinstance(o, _core.Tensor) for o in outs):
            raise TypeError(f"The outputs of the user-provided function given to {name} must be either a Tensor or a "
                            f"tuple of Tensors but the given outputs of the user-provided function has type {type(out)}.")
        for i, o in enumerate(outs if strict else ()):
            if not o.requires_grad:
                raise RuntimeError(f"Output {i} of the user-provided function does not require gradients. The outputs "
                                   "must be computed in a differentiable manner from the input when running in strict "
                                   "mode.")
        res = body(out, ins)
    finally:
        _core.set_grad_enabled(prev)
    return out, res, single_in


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    single_out = []

    def body(out, ins):
        single_out.append(not isinstance(out, (tuple, list)))
        outs = (out,) if single_out[0] else tuple(out)
        return jacobian_blocks(outs, ins, create_graph)

    _, blocks, single = _run(func, inputs, create_graph, body, "jacobian", strict)
    per_out = [_detach(b, create_graph) for b in blocks]
    per_out = [b[0] if single else b for b in per_out]
    return per_out[0] if single_out[0] else tuple(per_out)


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False):
    def grad_fn(*xs):
        y = func(*xs)
        gs = grads_or_zeros([y], xs, [None], True)
        return gs[0] if len(gs) == 1 else tuple(gs)

    return jacobian(grad_fn, inputs, create_graph=create_graph)


def _vs(v, n):
    return (None,) * n if v is None else _as_tuple(v)[0]


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v^T J): the vector-Jacobian product, as torch.autograd.functional.vjp."""
    def body(out, ins):
        outs = _as_tuple(out)[0]
        if v is None and (len(outs) != 1 or outs[0].numel() != 1):
            raise RuntimeError("The vector v can only be None if the user-provided function returns a single Tensor "
                               "with a single element.")
        return grads_or_zeros(outs, ins, _vs(v, len(outs)), create_graph)

    out, res, single_in = _run(func, inputs, create_graph, body, "vjp", strict)
    outs, single_out = _as_tuple(out)
    outs, res = _detach(outs, create_graph), _detach(res, create_graph)
    return (outs[0] if single_out else outs), (res[0] if single_in else res)


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), J v), computed with the double-backward trick as torch does."""
    out, res, _ = _run(func, inputs, create_graph,
                       lambda out, ins: double_vjp(_as_tuple(out)[0], ins, _vs(v, len(ins)), create_graph))
    outs, single_out = _as_tuple(out)
    outs, res = _detach(outs, create_graph), _detach(res, create_graph)
    return (outs[0] if single_out else outs), (res[0] if single_out else res)


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v^T H) for a scalar function: the vjp of its gradient."""
    def body(out, ins):
        if out.numel() != 1:
            raise RuntimeError("The function given to vhp should return a single element Tensor")
        g1 = _core.grad([out], list(ins), [None], True, True, True)
        pairs = [(g, x, vv) for g, x, vv in zip(g1, ins, _vs(v, len(ins))) if g is not None]
        res = grads_or_zeros([g for g, _, _ in pairs], ins, [vv for _, _, vv in pairs], create_graph) \
            if pairs else tuple(_core.full_like(x, 0.0) for x in ins)
        return res

    out, res, single_in = _run(func, inputs, create_graph, body)
    out = out if create_graph else out.detach()
    res = _detach(res, create_graph)
    return out, (res[0] if single_in else res)


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), H v); equal to vhp for the symmetric Hessian of a twice-differentiable function."""
    return vhp(func, inputs, v, create_graph, strict)

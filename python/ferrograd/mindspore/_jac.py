# mindspore.jacrev / jacfwd / jvp over the reverse-mode engine: a Jacobian is built row by row
# from vector-Jacobian products (one-hot cotangents), so it nests (jacfwd(jacrev(f)) is a Hessian).
from .. import _core
from . import _grad as G


def _positions(grad_position, n):
    if isinstance(grad_position, int):
        if not -n <= grad_position < n:
            raise ValueError(f"For 'jacrev', the 'grad_position' must be in range [-{n}, {n}), "
                             f"but got {grad_position}.")
        return [grad_position % n], True
    if isinstance(grad_position, (tuple, list)) and grad_position:
        return [int(p) % n for p in grad_position], False
    raise TypeError(f"For 'jacrev', the type of 'grad_position' must be int or tuple, but got "
                    f"{type(grad_position).__name__}.")


def _jacobian(fn, args, positions, has_aux, name):
    nested = G._depth[0] > 0
    args = list(args)
    leaves = []
    for p in positions:
        if not G._is_t(args[p]):
            raise TypeError(f"For '{name}', the input at position {p} must be a Tensor, but got "
                            f"{type(args[p]).__name__}.")
        leaf = G._leaf(args[p], nested)[0]
        args[p] = leaf
        leaves.append(leaf)
    prev = _core.set_grad_enabled(True)
    G._depth[0] += 1
    try:
        res = fn(*args)
    finally:
        G._depth[0] -= 1
        _core.set_grad_enabled(prev)
    if has_aux:
        if not isinstance(res, tuple) or len(res) < 2:
            raise ValueError("When has_aux is True, origin fn requires more than one outputs.")
        out, aux = res[0], res[1:]
        aux = aux[0] if len(aux) == 1 else tuple(aux)
    else:
        out, aux = res, None
    outs = list(out) if isinstance(out, (tuple, list)) else [out]
    jacs = []
    for o in outs:
        per_leaf = [[] for _ in leaves]
        n = o.numel()
        flat_zero = _core.full_like(o.reshape(-1), 0.0)
        for k in range(n):
            onehot = flat_zero.clone()
            onehot[k] = 1.0
            onehot = onehot.reshape(*o.shape) if o.ndim else onehot.reshape(())
            if o.requires_grad:
                gs = G._core_grad([o], leaves, [onehot], True, nested, True)
            else:
                gs = [None] * len(leaves)
            for i, (g, leaf) in enumerate(zip(gs, leaves)):
                per_leaf[i].append(g if g is not None else G._zeros_like(leaf))
        row = []
        for i, leaf in enumerate(leaves):
            j = _core.stack(per_leaf[i], 0) if per_leaf[i] else G._zeros_like(leaf).reshape(0, *leaf.shape)
            j = j.reshape(*(tuple(o.shape) + tuple(leaf.shape)))
            if j._tag != G.TAG:
                j = j._retag(G.TAG)
            row.append(j if nested else j.detach())
        jacs.append(row)
    if not nested:
        out = G._detach_all(out)
        aux = G._detach_all(aux)
    return out, aux, jacs, isinstance(out, (tuple, list))


def _shape_jac(jacs, single_pos, multi_out):
    per = [r[0] if single_pos else tuple(r) for r in jacs]
    return tuple(per) if multi_out else per[0]


def _make_jac(fn, grad_position, has_aux, name):
    def wrapper(*args):
        positions, single = _positions(grad_position, len(args))
        _, aux, jacs, multi = _jacobian(fn, args, positions, has_aux, name)
        j = _shape_jac(jacs, single, multi)
        return (j, aux) if has_aux else j

    return wrapper


def jacrev(fn, grad_position=0, has_aux=False):
    return _make_jac(fn, grad_position, has_aux, "jacrev")


def jacfwd(fn, grad_position=0, has_aux=False):
    return _make_jac(fn, grad_position, has_aux, "jacfwd")


def jvp(fn, inputs, v, has_aux=False):
    single = G._is_t(inputs)
    ins = [inputs] if single else list(inputs)
    vs = [v] if G._is_t(v) else list(v)
    if len(vs) != len(ins):
        raise ValueError(f"For 'jvp', the length of 'v' ({len(vs)}) must be equal to the length of 'inputs' "
                         f"({len(ins)}).")
    out, aux, jacs, multi = _jacobian(fn, ins, list(range(len(ins))), has_aux, "jvp")
    res = []
    for o, row in zip(list(out) if multi else [out], jacs):
        acc = None
        for j, t in zip(row, vs):
            nd = t.ndim
            prod = j * t.reshape(*([1] * o.ndim + list(t.shape)))
            term = prod.sum(tuple(range(o.ndim, o.ndim + nd))) if nd else prod
            acc = term if acc is None else acc + term
        res.append(acc)
    jv = tuple(res) if multi else res[0]
    return (out, jv, aux) if has_aux else (out, jv)

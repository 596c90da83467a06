# torch.func's autodiff transforms (grad, grad_and_value, vjp, jvp, jacrev, jacfwd, hessian,
# linearize) over the one reverse-mode engine.
#
# A transform runs `func` with grad mode on, on differentiable stand-ins of the chosen inputs: an
# alias (a view, so a node of its own) of an input that an enclosing level already tracks, else a
# fresh leaf.  Gradients are taken with create_graph=True whenever anything outside may
# differentiate them again (an enclosing transform, or ordinary autograd through tensors the
# function reached that require grad), which is what makes grad(grad(f)), jacrev(jacfwd(f)) and
# vmap(grad(f)) compose.  At the outermost level results that only depend on the transform's own
# leaves are detached, as torch's unwrapping does; `.grad` of leaves is never touched.
import functools

from ... import _core
from ..autograd.functional import _eye, double_vjp, grads_or_zeros, jacobian_blocks
from ._pytree import tree_flatten, tree_unflatten

_T = _core.Tensor
_DEPTH = [0]
_LEAF_NODE = "torch::autograd::AccumulateGrad"


def _reaches_outside(tensors, own_leaves):
    # Whether any of `tensors` requires grad through a tensor other than `own_leaves`.
    # (Node hashes identify nodes: the Arc address of an op node, the tensor id of a leaf.)
    stack, seen, leaves = [], set(), []
    for t in tensors:
        if not isinstance(t, _T) or not t.requires_grad:
            continue
        fn = t.grad_fn
        if fn is None:
            if not any(t is l for l in own_leaves):
                return True
        else:
            stack.append(fn)
    while stack:
        n = stack.pop()
        h = hash(n)
        if h in seen:
            continue
        seen.add(h)
        for m, _ in n.next_functions:
            if m is None:
                continue
            if m.name() == _LEAF_NODE:
                leaves.append(hash(m))
            else:
                stack.append(m)
    if not leaves:
        return False
    own = {hash(l.view_as(l).grad_fn.next_functions[0][0]) for l in own_leaves}
    return any(h not in own for h in leaves)


class _Level:
    # One transform level: grad mode on, differentiable stand-ins, and the detach decision.

    __slots__ = ("top", "outer_grad", "leaves", "cg")

    def __enter__(self):
        self.top = _DEPTH[0] == 0
        self.outer_grad = _core.set_grad_enabled(True)
        self.leaves = []
        self.cg = True
        _DEPTH[0] += 1
        return self

    def __exit__(self, *exc):
        _DEPTH[0] -= 1
        _core.set_grad_enabled(self.outer_grad)
        return False

    def diff(self, x):
        if not isinstance(x, _T):
            raise ValueError(f"Thing passed to transform API must be Tensor, got {type(x)}")
        if self.outer_grad and x.requires_grad:
            return x.view_as(x)
        leaf = x.detach().requires_grad_(True)
        self.leaves.append(leaf)
        return leaf

    def decide(self, tensors):
        """Whether the gradients must carry a graph (stored in self.cg)."""
        self.cg = (not self.top) or (self.outer_grad and _reaches_outside(tensors, self.leaves))
        return self.cg

    def undo(self, tree):
        """Results as the caller sees them: detached at the outermost level unless connected."""
        if not self.top:
            return tree
        leaves, spec = tree_flatten(tree)
        if not self.cg:
            out = [t.detach() if isinstance(t, _T) else t for t in leaves]
        else:
            out = [t.detach() if isinstance(t, _T) and t.requires_grad and not _reaches_outside([t], self.leaves)
                   else t for t in leaves]
        return tree_unflatten(out, spec)


# ------------------------------------------------------------------------------------ argnums
def _validate_and_wrap_argnum(argnum, num_args):
    if not isinstance(argnum, int):
        raise RuntimeError(f"argnum must be int, got: {type(argnum)}")
    if 0 <= argnum < num_args:
        return argnum
    if -num_args <= argnum < 0:
        return argnum + num_args
    raise RuntimeError(f"Got argnum={argnum}, but only {num_args} positional inputs")


def _wrap_argnums(argnums, num_args):
    if isinstance(argnums, int):
        return _validate_and_wrap_argnum(argnums, num_args)
    if isinstance(argnums, tuple):
        res = tuple(_validate_and_wrap_argnum(a, num_args) for a in argnums)
        if len(res) == 0:
            raise RuntimeError("argnums must be non-empty")
        if len(set(res)) != len(res):
            raise RuntimeError(f"argnums elements must be unique, got {argnums}")
        return res
    raise RuntimeError(f"argnums must be int or Tuple[int, ...], got: {type(argnums)}")


def _slice_argnums(args, argnums):
    # (wrapped argnums, the selected argument(s): args[i] for an int, a tuple for a tuple).
    argnums = _wrap_argnums(argnums, len(args))
    if isinstance(argnums, int):
        return argnums, args[argnums]
    return argnums, tuple(args[i] for i in argnums)


def _replace_args(args, argnums, new):
    if isinstance(argnums, int):
        return tuple(new if i == argnums else a for i, a in enumerate(args))
    return tuple(new[argnums.index(i)] if i in argnums else a for i, a in enumerate(args))


def _make_diff(lv, args, argnums):
    # args with the differentiated ones replaced by stand-ins; the stand-ins flat and their spec.
    argnums, diff = _slice_argnums(args, argnums)
    flat, spec = tree_flatten(diff)
    flat = [lv.diff(x) for x in flat]
    return _replace_args(args, argnums, tree_unflatten(flat, spec)), flat, spec, argnums


def _split_aux(out, has_aux, api):
    if not has_aux:
        return out, None
    if not (isinstance(out, tuple) and len(out) == 2):
        raise RuntimeError(f"{api}: output of function f should be a tuple: (output, aux) if has_aux is True")
    return out


def _assert_non_empty_tensor_output(output, api):
    if (len(output) == 1 and output[0] is None) or len(output) < 1:
        raise RuntimeError(f"{api}: Expected f to be a function that has non-empty output (got output = {output})")
    for o in output:
        if not isinstance(o, _T):
            raise RuntimeError(f"{api}: expected f(*primals) to return only tensors, got unsupported type {type(o)}")


def _check_complex(name, tensors, is_input):
    for idx, t in enumerate(tensors):
        if isinstance(t, _T) and getattr(t.dtype, "is_complex", False):
            which = "inputs" if is_input else "outputs"
            raise RuntimeError(f"{name}: Expected all {which} to be real but received complex tensor at "
                               f"flattened input idx: {idx}")


def _check_floating(outs):
    for o in outs:
        if not (o.is_floating_point() or getattr(o.dtype, "is_complex", False)):
            raise RuntimeError("vjp(f, ...): All outputs of f must be floating-point or complex Tensors, "
                               f"got Tensor with dtype {o.dtype}")


def _wraps(func):
    def deco(wrapper):
        try:
            return functools.wraps(func)(wrapper)
        except (AttributeError, TypeError):
            return wrapper
    return deco


# --------------------------------------------------------------------------------- grad family
def grad_and_value(func, argnums=0, has_aux=False):
    """torch.func.grad_and_value: a function returning (gradient, value) (or (gradient, (value, aux)))."""
    @_wraps(func)
    def wrapper(*args, **kwargs):
        with _Level() as lv:
            n = len(args)
            if type(argnums) is int and -n <= argnums < n and isinstance(args[argnums], _T):
                i = argnums % n   # fast path: one tensor argument
                x = lv.diff(args[i])
                flat, spec = [x], None
                args = args[:i] + (x,) + args[i + 1:]
            else:
                args, flat, spec, _ = _make_diff(lv, args, argnums)
            output, aux = _split_aux(func(*args, **kwargs), has_aux, "grad_and_value(f)(*args)")
            if not isinstance(output, _T):
                raise RuntimeError("grad_and_value(f)(*args): Expected f(*args) to return a Tensor, "
                                   f"got {type(output)}")
            if output.dim() != 0:
                raise RuntimeError("grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got "
                                   f"tensor with {output.dim()} dims. Maybe you wanted to use the vjp or jacrev "
                                   "APIs instead?")
            lv.decide([output] if aux is None else [output] + tree_flatten(aux)[0])
            if output.requires_grad:
                g = grads_or_zeros([output], flat, [None], lv.cg)
            else:
                g = tuple(_core.full_like(x, 0.0) for x in flat)
            grads = g[0] if spec is None else tree_unflatten(list(g), spec)
            if lv.top and not lv.cg and aux is None and spec is None:
                grads, output = grads.detach(), output.detach()
            else:
                grads, output, aux = lv.undo((grads, output, aux))
        return (grads, (output, aux)) if has_aux else (grads, output)

    return wrapper


def grad(func, argnums=0, has_aux=False):
    """torch.func.grad: the gradient of a scalar function w.r.t. the argument(s) at argnums."""
    gv = grad_and_value(func, argnums, has_aux)

    @_wraps(func)
    def wrapper(*args, **kwargs):
        g, v = gv(*args, **kwargs)
        return (g, v[1]) if has_aux else g

    return wrapper


# ------------------------------------------------------------------------------------- vjp/jvp
def _vjp(func, primals, argnums, has_aux, api="vjp(f, *primals)"):
    with _Level() as lv:
        if argnums is None:
            flat, spec = tree_flatten(primals)
            flat = [lv.diff(x) for x in flat]
            args = tree_unflatten(flat, spec)
        else:
            args, flat, spec, _ = _make_diff(lv, primals, argnums)
        out, aux = _split_aux(func(*args), has_aux, "vjp(f, *primals)")
        flat_out, out_spec = tree_flatten(out)
        _assert_non_empty_tensor_output(flat_out, api)
        _check_floating(flat_out)
        lv.decide(flat_out + tree_flatten(aux)[0])
        results, aux_res = lv.undo((out, aux))
    return lv, results, aux_res, flat_out, out_spec, flat, spec


def vjp(func, *primals, has_aux=False):
    """torch.func.vjp: (func(*primals), vjp_fn[, aux]); vjp_fn(cotangents) gives one vjp per primal."""
    lv, results, aux, flat_out, out_spec, flat_in, in_spec = _vjp(func, primals, None, has_aux)

    def vjp_fn(cotangents, retain_graph=True, create_graph=None):
        if create_graph is None:
            create_graph = _core.is_grad_enabled()
        flat_ct, ct_spec = tree_flatten(cotangents)
        if ct_spec != out_spec:
            raise RuntimeError("Expected pytree structure of cotangents to be the same as pytree structure of "
                               f"outputs to the function. cotangents: {ct_spec.pprint()}, "
                               f"primal output: {out_spec.pprint()}")
        top = _DEPTH[0] == 0
        cg = create_graph and (not top or not lv.top or _reaches_outside(flat_out + flat_ct, lv.leaves))
        live = [(o, c) for o, c in zip(flat_out, flat_ct) if o.requires_grad]
        prev = _core.set_grad_enabled(True)
        try:
            if live:
                g = grads_or_zeros([o for o, _ in live], flat_in, [c for _, c in live], cg, retain_graph)
            else:
                g = tuple(_core.full_like(x, 0.0) for x in flat_in)
        finally:
            _core.set_grad_enabled(prev)
        if not cg:
            g = tuple(t.detach() for t in g)
        return tree_unflatten(list(g), in_spec)

    return (results, vjp_fn, aux) if has_aux else (results, vjp_fn)


_JVP = "jvp(f, primals, tangents)"


def jvp(func, primals, tangents, *, strict=False, has_aux=False):
    """torch.func.jvp: (func(*primals), J tangents[, aux]), by the double-vjp trick."""
    if not isinstance(primals, tuple):
        raise RuntimeError(f"{_JVP}: Expected primals to be a tuple. E.g. it should be valid to call f(*primals).")
    flat_p, p_spec = tree_flatten(primals)
    flat_t, t_spec = tree_flatten(tangents)
    if p_spec != t_spec:
        raise RuntimeError(f"{_JVP}: Expected primals and tangents to have the same python structure. For example, "
                           f"if primals is a tuple of 3 tensors, tangents also must be. Got primals with structure "
                           f"{p_spec} and tangents with structure {t_spec}")
    for name, lst in (("primals", flat_p), ("tangents", flat_t)):
        if len(lst) == 0:
            raise RuntimeError(f"{_JVP}: Expected {name} to contain at least one Tensor.")
        for x in lst:
            if not isinstance(x, _T):
                raise RuntimeError(f"{_JVP}: Expected {name} to only contain Tensors, got {type(x)}")
    for i, (p, t) in enumerate(zip(flat_p, flat_t)):
        if tuple(p.shape) != tuple(t.shape):
            raise RuntimeError(f"{_JVP}: Expected primals and tangents to have the same shape, "
                               f"but got primal shape {tuple(p.shape)} and tangent shape {tuple(t.shape)} "
                               f"at flattened index {i}")
    with _Level() as lv:
        flat = [lv.diff(x) for x in flat_p]
        out, aux = _split_aux(func(*tree_unflatten(flat, p_spec)), has_aux, _JVP)
        flat_out, out_spec = tree_flatten(out)
        _assert_non_empty_tensor_output(flat_out, _JVP)
        lv.decide(flat_out + flat_t + tree_flatten(aux)[0])
        live = [o for o in flat_out if o.requires_grad]
        if live:
            tl = iter(double_vjp(live, flat, flat_t, lv.cg))
            tan = [next(tl) if o.requires_grad else _core.full_like(o, 0.0) for o in flat_out]
        else:
            tan = [_core.full_like(o, 0.0) for o in flat_out]
        if strict and not live:
            raise RuntimeError("jvp(f, primals, tangents, strict=True): The output of f is independent of the "
                               "inputs. This is not allowed with strict=True.")
        out, tan, aux = lv.undo((out, tree_unflatten(tan, out_spec), aux))
    return (out, tan, aux) if has_aux else (out, tan)


def linearize(func, *primals):
    """torch.func.linearize: (func(*primals), jvp_fn) with jvp_fn(*tangents) = J tangents."""
    out = jvp(func, primals, tuple(tree_map_zeros(p) for p in primals))[0]

    def jvp_fn(*tangents):
        return jvp(func, primals, tangents)[1]

    return out, jvp_fn


def tree_map_zeros(tree):
    flat, spec = tree_flatten(tree)
    return tree_unflatten([_core.full_like(x, 0.0) for x in flat], spec)


# ---------------------------------------------------------------------------------- jacobians
def _forward_blocks(outs, ins, create_graph):
    # jacobian_blocks computed column by column, J e_k, by the double-vjp trick (what jacfwd's
    # jvps give, signed zeros included).
    live = [o for o in outs if o.requires_grad]
    dummies = [_core.full_like(o, 0.0).requires_grad_(True) for o in live]
    gi = _core.grad(live, list(ins), dummies, True, True, True) if live else [None] * len(ins)
    cols = [[] for _ in outs]   # cols[i][j]: the block of output i w.r.t. input j
    for x, g in zip(ins, gi):
        shape_x = tuple(x.shape)
        if g is None or x.numel() == 0:
            for i, o in enumerate(outs):
                cols[i].append(_core.zeros(*(tuple(o.shape) + shape_x), dtype=o.dtype, tag=o._tag))
            continue
        eye = _eye(x.numel(), x)
        per_out = [[] for _ in outs]
        for k in range(x.numel()):
            r = iter(_core.grad([g], dummies, [eye[k].view(*shape_x)], True, create_graph, True))
            for i, o in enumerate(outs):
                c = next(r) if o.requires_grad else None
                per_out[i].append(c if c is not None else _core.full_like(o, 0.0))
        for i, o in enumerate(outs):
            cols[i].append(_core.stack(per_out[i], -1).reshape(*(tuple(o.shape) + shape_x)))
    return cols


def _jacobian(name, func, argnums, has_aux, chunk_size=None):
    if name == "jacrev" and not (chunk_size is None or chunk_size > 0):
        raise ValueError("jacrev: `chunk_size` should be greater than 0.")

    @_wraps(func)
    def wrapper(*args):
        _check_complex(name, tree_flatten(args)[0], True)
        with _Level() as lv:
            args2, flat, spec, _ = _make_diff(lv, args, argnums)
            api = "vjp(f, *primals)" if name == "jacrev" else _JVP
            out, aux = _split_aux(func(*args2), has_aux, api)
            flat_out, out_spec = tree_flatten(out)
            _assert_non_empty_tensor_output(flat_out, api)
            _check_complex(name, flat_out, False)
            if name == "jacrev":
                _check_floating(flat_out)
            lv.decide(flat_out + tree_flatten(aux)[0])
            blocks = (jacobian_blocks if name == "jacrev" else _forward_blocks)(flat_out, flat, lv.cg)
            jac = tree_unflatten([tree_unflatten(b, spec) for b in blocks], out_spec)
            jac, aux = lv.undo((jac, aux))
        return (jac, aux) if has_aux else jac

    return wrapper


def jacrev(func, argnums=0, *, has_aux=False, chunk_size=None, _preallocate_and_copy=False):
    """torch.func.jacrev: the Jacobian of func w.r.t. the argument(s) at argnums, by reverse mode."""
    return _jacobian("jacrev", func, argnums, has_aux, chunk_size)


def jacfwd(func, argnums=0, has_aux=False, *, randomness="error"):
    """torch.func.jacfwd: the same Jacobian as jacrev (computed here by reverse mode as well)."""
    from ._vmap import _check_randomness_arg

    _check_randomness_arg(randomness)
    return _jacobian("jacfwd", func, argnums, has_aux)


def hessian(func, argnums=0):
    """torch.func.hessian: jacfwd(jacrev(func, argnums), argnums)."""
    return jacfwd(jacrev(func, argnums), argnums)

# MindSpore's functional autodiff (grad, value_and_grad, GradOperation) over the core engine.
#
# The function runs under grad mode with its differentiated inputs made fresh leaves; the engine's
# `grad` gives the gradients without touching `.grad`. Inside an outer differentiation (a grad of
# a grad) the inner one keeps inputs that already require grad and builds a differentiable graph.
import functools

from .. import _core
from ._tensor import TAG, Parameter, Tensor

_CT = _core.Tensor
_depth = [0]
_nograd = [0]
_create = [0]  # > 0 while a nested (differentiable) backward pass runs: custom bprops keep their graph
_NOGRAD_MSG = "In no_grad context, you can not calculate gradient"


class _no_grad:
    # mindspore._no_grad(): a context manager (or decorator) computing without gradients; the gradient
    # functions refuse to run inside it.

    def __enter__(self):
        self._prev = _core.set_grad_enabled(False)
        _depth[0] += 1  # (so that the gradient functions' Rust fast path hands over to Python)
        _nograd[0] += 1

    def __exit__(self, *exc):
        _core.set_grad_enabled(self._prev)
        _depth[0] -= 1
        _nograd[0] -= 1

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with _no_grad():
                return fn(*args, **kwargs)

        return wrapper


def _is_t(x):
    return isinstance(x, _CT)


def _is_param(x):
    return issubclass(x.__class__, Parameter)


_grad_enabled = _core.set_grad_enabled
_full_like = _core.full_like
_set_ms_backward = _core.set_ms_backward


def _core_grad(*args):
    # broadcast gradients are summed in MindSpore's float32 order during its backward passes
    prev = _set_ms_backward(True)
    try:
        return _core.grad(*args)
    finally:
        _set_ms_backward(prev)


# the fast path: forward, backward in MindSpore's gradient-sum order, results (one call into Rust)
_ms_value_and_grad = _core.ms_value_and_grad


def _leaf(x, nested):
    if nested and x.requires_grad:
        return x, None
    d = x.detach()
    orig = None
    if not d.is_floating_point():
        orig = d._dtype_name
        d = d._cast("float32")
    d.requires_grad_(True)
    for h in getattr(x, "_ms_hooks", ()):
        d.register_hook(h)
    return d, orig


def _flatten_out(out):
    if isinstance(out, dict):
        out = tuple(out.values())
    if isinstance(out, (tuple, list)):
        res = []
        for o in out:
            res.extend(_flatten_out(o))
        return res
    return [out] if _is_t(out) else []


def _zeros_like(x):
    return _core.full_like(x, 0.0)


def _run(fn, args, positions, weights, has_aux, sens=None, sens_given=False):
    # -> (outputs, aux tuple or None, position grads list, weight grads list).
    # integer Parameters (the given weights, else the Cell's): differentiated as float32 copies of themselves,
    # gradients cast back
    cand = weights if weights is not None else getattr(fn, "trainable_params", list)()
    ints = {id(w): w._dtype_name for w in cand if w.requires_grad and not w.is_floating_point()}
    if not ints:
        return _run1(fn, args, positions, weights, has_aux, sens, sens_given)
    swapped = [w for w in cand if id(w) in ints]
    for w in swapped:
        w._become(w.detach()._cast("float32"), False)
        _CT.requires_grad.__set__(w, True)
    try:
        return _run1(fn, args, positions, weights, has_aux, sens, sens_given, ints)
    finally:
        for w in swapped:
            _CT.requires_grad.__set__(w, False)
            w._become(w.detach()._cast(ints[id(w)]), False)


def _run1(fn, args, positions, weights, has_aux, sens, sens_given, ints=None):
    nested = _depth[0] > 0
    args = list(args)
    leaves = []
    origs = []
    made = {}
    for p in positions:
        a = args[p]
        if not _is_t(a):
            raise TypeError(f"For 'grad', the input at position {p} must be a Tensor, but got {type(a).__name__}.")
        if id(a) in made:  # MindSpore differentiates w.r.t. the tensor object: one leaf per object
            leaf, orig = made[id(a)]
        else:
            leaf, orig = _leaf(a, nested)
            if not _is_param(leaf) and leaf._tag != TAG:
                leaf = leaf._retag(TAG) if not leaf.requires_grad else leaf
            made[id(a)] = leaf, orig
        leaves.append(leaf)
        origs.append(orig)
    if made:
        sub = {k: v[0] for k, v in made.items()}
        args = [_subst(a, sub) for a in args]
    prev = _core.set_grad_enabled(True)
    _depth[0] += 1
    try:
        out = fn(*args)
    finally:
        _depth[0] -= 1
        _core.set_grad_enabled(prev)
    if has_aux:
        if not isinstance(out, tuple) or len(out) < 2:
            raise ValueError("When has_aux is True, origin fn requires more than one outputs.")
        targets = _flatten_out(out[0])
        aux = tuple(out[1:])
    else:
        targets = _flatten_out(out)
        aux = None
    if sens_given:
        gouts = _flatten_out(sens) if isinstance(sens, (tuple, list, dict)) else [sens]
        if len(gouts) != len(targets):
            gouts = (gouts * len(targets))[: len(targets)]
    else:
        gouts = [_core.full_like(t, 1.0) for t in targets]
    if weights is None:
        weights = _graph_params(fn, targets, leaves)
    inputs = leaves + list(weights)
    grads = [None] * len(inputs)
    pairs = [(t, g) for t, g in zip(targets, gouts) if t.requires_grad]
    first = {}
    want = [first.setdefault(id(x), i) for i, x in enumerate(inputs) if x.requires_grad and id(x) not in first]
    if pairs and want:
        prev = _core.set_grad_enabled(True) if nested else None
        _create[0] += nested
        try:
            res = _core_grad([p[0] for p in pairs], [inputs[i] for i in want], [p[1] for p in pairs],
                             nested, nested, True)
        finally:
            _create[0] -= nested
            if prev is not None:
                _core.set_grad_enabled(prev)
        at = {j: k for k, j in enumerate(want)}
        for i, x in enumerate(inputs):
            if id(x) in first:
                grads[i] = res[at[first[id(x)]]]
    out_grads = []
    for i, (x, g) in enumerate(zip(inputs, grads)):
        if g is None:
            g = _zeros_like(x)
        if g._tag != TAG:
            g = g._retag(TAG)
        if i < len(origs) and origs[i] is not None:
            g = g._cast(origs[i])
        elif ints and id(x) in ints:
            g = g._cast(ints[id(x)])
        out_grads.append(g)
    if not nested:
        out = _detach_all(out)
        if aux is not None:
            aux = _detach_all(aux)
    return out, aux, out_grads[: len(leaves)], out_grads[len(leaves):]


def _graph_params(fn, targets, leaves):
    # GradOperation(get_by_list=True) without weights: the leaves requiring grad the outputs use
    seen, found, skip = set(), [], {x._storage_ptr() for x in leaves}
    stack = [t.grad_fn or t for t in reversed(targets) if t.requires_grad]
    while stack:
        n = stack.pop()
        if n is None or n in seen:
            continue
        seen.add(n)
        v = n
        if not _is_t(n):
            try:
                v = n.variable
            except RuntimeError:
                stack.extend(m for m, _ in reversed(n.next_functions))
                continue
        if v._storage_ptr() not in skip:
            skip.add(v._storage_ptr())
            found.append(v)
    order = {p._storage_ptr(): (i, p) for i, p in enumerate(getattr(fn, "trainable_params", list)())}
    return sorted((order.get(v._storage_ptr(), (len(order), v))[1] for v in found),
                  key=lambda p: order.get(p._storage_ptr(), (len(order),))[0])


def _by_object(args):
    # A tensor passed twice or carrying input hooks: only _run differentiates w.r.t. the objects.
    ts = [id(a) for a in args if _is_t(a)]
    return len(set(ts)) < len(ts) or any(getattr(a, "_ms_hooks", None) for a in args)


def _subst(a, sub):
    if type(a) in (tuple, list):
        return type(a)(_subst(x, sub) for x in a)
    return sub.get(id(a), a)


def _detach_all(v):
    if isinstance(v, _CT):
        if v.requires_grad and not _is_param(v):
            return v.detach()
        return v
    if isinstance(v, tuple):
        return tuple(_detach_all(x) for x in v)
    if isinstance(v, list):
        return [_detach_all(x) for x in v]
    return v


def _norm_weights(weights):
    if weights is None:
        return None, False
    if isinstance(weights, Parameter):
        return [weights], True
    if isinstance(weights, (list, tuple)):
        ws = list(weights)
        for w in ws:
            if not isinstance(w, Parameter):
                raise TypeError("For 'grad', the 'weights' should be a Parameter or a list/tuple of "
                                f"Parameters, but got {type(w).__name__}.")
        return ws, False
    if hasattr(weights, "trainable_params"):
        return list(weights.trainable_params()), False
    raise TypeError(f"The weights you provided is expected to be a tensor, or a list or tuple. but got {weights}")


def _check_positions(grad_position):
    # grad_position as MindSpore 2.10 checks it when the gradient function is made
    # (ops/function/grad/grad_func.py): -> (positions list or None, single?).
    if grad_position is None:
        return None, False
    if isinstance(grad_position, tuple):
        if len(set(grad_position)) != len(grad_position):
            raise ValueError("There are duplicate positions in `grad_position`, please check it")
        pos = []
        for p in grad_position:
            if not isinstance(p, int):
                raise TypeError("For 'F.grad', the element in 'grad_position' must be int.")
            if p < 0:
                raise ValueError("The element in grad_position must be >= 0.")
            pos.append(int(p))
        return pos, len(pos) == 1
    if isinstance(grad_position, int):
        if grad_position < 0:
            raise ValueError("grad_position must be >= 0.")
        return [int(grad_position)], True
    raise TypeError("For 'F.grad', the 'grad_position' must be int or tuple.")


def _pack(pos, single, wlist, weight_is_single, gpos, gw, return_ids):
    pos_part = None
    if pos is not None:
        if single:
            pos_part = gpos[0]
        else:
            pos_part = tuple(gpos)
        if return_ids:
            # as MindSpore's _combine_position: (0, g) for position 0, else (index, g[i]) pairs, where
            # a single gradient tensor is itself indexed
            g = gpos[0] if single else gpos
            pos_part = (0, g) if pos == [0] else tuple((p, g[i]) for i, p in enumerate(pos))
    w_part = None
    if wlist is not None:
        if weight_is_single and not return_ids:
            w_part = gw[0]
        elif return_ids:
            w_part = tuple((w.name, g) for w, g in zip(wlist, gw))
        else:
            w_part = tuple(gw)
    if pos is not None and wlist is not None:
        return (pos_part, w_part)
    return pos_part if pos is not None else w_part


def _make(fn, grad_position, weights, has_aux, return_ids, with_value, sens_param=False):
    pos, single = _check_positions(grad_position)
    if pos is None and weights is None:
        raise ValueError("`grad_position` and `weight` can not be None at the same time.")

    def grad_fn(*args, **kwargs):
        if _nograd[0]:
            raise RuntimeError(_NOGRAD_MSG)
        if pos == []:
            raise RuntimeError("grad_position should not be empty when grad by position!")
        wlist, wsingle = _norm_weights(weights) if weights is not None else (None, False)
        if sens_param:  # the sensitivity: the `sens` keyword, else the last positional argument
            sens, args = (kwargs.pop("sens"), args) if "sens" in kwargs else (args[-1], args[:-1])
        if pos is not None:
            n = len(args)
            for p in pos:
                if p >= n:
                    raise RuntimeError(f"Position index {p} is exceed input size.")
        f = functools.partial(fn, **kwargs) if kwargs else fn
        r = None
        if wlist is None and not has_aux and not sens_param and _depth[0] == 0 and not _by_object(args):
            # the common case in one crossing into Rust (None: not that case, nothing ran)
            _depth[0] += 1
            try:
                r = _ms_value_and_grad(f, args, pos, TAG, Parameter)
            finally:
                _depth[0] -= 1
            if r is not None:
                r = (r[0], None, r[1], [])
        if r is None:
            tpos = [p for p in pos or [] if _is_t(args[p])]
            r = _run(f, args, tpos, wlist or [], has_aux, sens if sens_param else None, sens_param)
            if len(tpos) < len(pos or []):  # the gradient of a non-tensor input is ()
                it = iter(r[2])
                r = r[:2] + ([next(it) if _is_t(args[p]) else () for p in pos], r[3])
        out, aux, gpos, gw = r
        grads = _pack(pos, single, wlist, wsingle, gpos, gw, return_ids)
        if with_value:
            return out, grads
        if has_aux:
            return grads, aux
        return grads

    # the common case (positions only, no weights/aux/ids): a Rust callable runs outermost calls
    # without keyword arguments in one crossing and hands everything else to grad_fn
    if pos and weights is None and not has_aux and not return_ids and not sens_param:
        return _core.MsGradFn(fn, pos, single, with_value, TAG, Parameter, _depth, grad_fn)
    return grad_fn


def grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False, sens_param=False):
    """mindspore.grad: a function computing the gradients of `fn`."""
    return _make(fn, grad_position, weights, has_aux, return_ids, False, sens_param)


def value_and_grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False, sens_param=False):
    """mindspore.value_and_grad: a function returning (fn's output, gradients)."""
    return _make(fn, grad_position, weights, has_aux, return_ids, True, sens_param)


def vjp(fn, *inputs, weights=None, has_aux=False):
    nested = _depth[0] > 0
    out, aux, _, _ = None, None, None, None
    leaves = [_leaf(x, nested)[0] for x in inputs]
    prev = _core.set_grad_enabled(True)
    _depth[0] += 1
    try:
        res = fn(*leaves)
    finally:
        _depth[0] -= 1
        _core.set_grad_enabled(prev)
    if has_aux:
        out, aux = res[0], (res[1] if len(res) == 2 else tuple(res[1:]))
    else:
        out = res

    def vjp_fn(*v):
        targets = _flatten_out(out)
        vs = _flatten_out(v)
        g = _core_grad(targets, leaves, vs, True, nested, True)
        g = tuple(x if x is not None else _zeros_like(l) for x, l in zip(g, leaves))
        return g

    if has_aux:
        return _detach_all(out), vjp_fn, aux
    return _detach_all(out), vjp_fn


class GradOperation:
    """ops.GradOperation(get_all=False, get_by_list=False, sens_param=False)."""

    def __init__(self, get_all=False, get_by_list=False, sens_param=False):
        for k, v in (("get_all", get_all), ("get_by_list", get_by_list), ("sens_param", sens_param)):
            if not isinstance(v, bool):
                raise TypeError(f"For 'GradOperation', the '{k}' should be bool, but got {type(v).__name__}")
        self.get_all = get_all
        self.get_by_list = get_by_list
        self.sens_param = sens_param

    def __call__(self, fn, weights=None):
        get_all, get_by_list, sens_param = self.get_all, self.get_by_list, self.sens_param
        wlist, wsingle = _norm_weights(weights) if get_by_list else ([], False)

        def after_grad(*args):
            if _nograd[0]:
                raise RuntimeError(_NOGRAD_MSG)
            if sens_param:
                if not args:
                    raise TypeError("For 'GradOperation', the sens is not given.")
                args, sens = args[:-1], args[-1]
            else:
                sens = None
            tensor_pos = [i for i, a in enumerate(args) if _is_t(a)]
            if get_all:
                pos = tensor_pos
            elif get_by_list:
                pos = []
            else:
                pos = tensor_pos[:1] if tensor_pos[:1] == [0] else []
            out, aux, gpos, gw = _run(fn, args, pos, wlist, False, sens, sens_param)
            gw = gw[0] if wsingle else tuple(gw)
            if get_all and get_by_list:
                return (tuple(gpos), gw)
            if get_by_list:
                return gw
            if get_all:
                return tuple(gpos)
            return gpos[0] if gpos else ()

        return after_grad


def stop_gradient(value):
    if isinstance(value, tuple):
        return tuple(stop_gradient(v) for v in value)
    if isinstance(value, list):
        return [stop_gradient(v) for v in value]
    if _is_t(value):
        return value.detach()
    return value


def get_grad(gradients, identifier):
    """Find in the output of grad(..., return_ids=True) the gradient of a position (int) or a Parameter."""
    if not isinstance(identifier, (int, Parameter)) or isinstance(identifier, bool):
        raise TypeError(f"For 'get_grad', the 'identifier' must be int or Parameter, but got "
                        f"{type(identifier).__name__}.")
    key = identifier.name if isinstance(identifier, Parameter) else identifier

    def find(g):
        if isinstance(g, tuple) and len(g) == 2 and isinstance(g[0], (int, str)) and not isinstance(g[0], bool) \
                and _is_t(g[1]):
            return g[1] if g[0] == key else None
        if isinstance(g, (tuple, list)):
            for x in g:
                r = find(x)
                if r is not None:
                    return r
        return None

    r = find(gradients)
    if r is None:
        raise RuntimeError(f"Can not find the gradient for position or Parameter {key}")
    return r

# Eager control flow: cond, case, switch_case, while_loop, map_fn, scan, foldl/foldr, group,
# control_dependencies, py_function, ensure_shape, and small top-level helpers.
import builtins as _b
import contextlib as _contextlib

from . import _ops
from . import dtypes as _dt
from ._tensor import _T, _arg, _from_array, _np, convert_to_tensor
from ._math_ops import _npm
from .errors import InvalidArgumentError, _invalid


def _truth(pred, what="pred"):
    if isinstance(pred, _T):
        if pred._size() not in ((), (1,)):
            raise ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or "
                             "a.all()")
        return bool(_np(pred).reshape(()))
    return bool(pred)


def cond(pred, true_fn=None, false_fn=None, name=None):
    if true_fn is None:
        raise TypeError("cond(): 'true_fn' argument required")
    if false_fn is None:
        raise TypeError("cond(): 'false_fn' argument required")
    if not callable(true_fn):
        raise TypeError("'true_fn' must be callable.")
    if not callable(false_fn):
        raise TypeError("'false_fn' must be callable.")
    out = true_fn() if _truth(pred) else false_fn()
    return _to_tensors(out)


def _to_tensors(out):
    from . import nest

    if out is None:
        return None
    return nest.map_structure(lambda v: v if isinstance(v, _T) or v is None or not _is_numeric(v)
                              else convert_to_tensor(v), out)


def _is_numeric(v):
    np = _npm()
    return isinstance(v, (int, float, bool, np.ndarray, np.generic))


def case(pred_fn_pairs, default=None, exclusive=False, strict=False, name="case"):
    pairs = list(pred_fn_pairs.items()) if isinstance(pred_fn_pairs, dict) else list(pred_fn_pairs)
    for p, fn in pairs:
        if not callable(fn):
            raise TypeError("fn for pred %s must be callable." % p)
    hits = [fn for p, fn in pairs if _truth(p)]
    if exclusive and len(hits) > 1:
        raise InvalidArgumentError(None, None, "Input error: exclusive=True and more than one predicate evaluated "
                                   "to True.")
    if hits:
        return _to_tensors(hits[0]())
    if default is None:
        if not pairs:
            raise ValueError("No predicates, and no default")
        return _to_tensors(pairs[-1][1]())
    return _to_tensors(default())


def switch_case(branch_index, branch_fns, default=None, name="switch_case"):
    fns = sorted(branch_fns.items()) if isinstance(branch_fns, dict) else list(enumerate(branch_fns))
    if not fns:
        raise ValueError("Must provide at least one item in branch_fns")
    if [k for k, _ in fns] != list(range(len(fns))):
        raise ValueError("branch indices (keys) must form contiguous range of [0 to %d) but found {%s}"
                         % (len(fns), ",".join(str(k) for k, _ in fns)))
    i = int(_np(_arg(branch_index)).reshape(()))
    table = dict(fns)
    if i in table:
        return _to_tensors(table[i]())
    return _to_tensors((default or fns[-1][1])())


def while_loop(cond, body, loop_vars, shape_invariants=None, parallel_iterations=10, back_prop=True,
               swap_memory=False, maximum_iterations=None, name=None):
    from . import nest

    if not callable(cond):
        raise TypeError("'cond' must be callable.")
    if not callable(body):
        raise TypeError("'body' must be callable.")
    if parallel_iterations < 1:
        raise TypeError("'parallel_iterations' must be a positive integer.")
    single = not isinstance(loop_vars, (list, tuple)) or isinstance(loop_vars, tuple) and hasattr(loop_vars, "_fields")
    vs = nest.map_structure(lambda v: convert_to_tensor(v) if _is_numeric(v) else v, loop_vars)
    n = 0
    while True:
        if maximum_iterations is not None and n >= int(_np(_arg(maximum_iterations)).reshape(())):
            break
        if not _truth(cond(vs) if single else cond(*vs)):
            break
        out = body(vs) if single else body(*vs)
        if not single and not isinstance(out, (list, tuple)):
            out = [out]
        if not single and isinstance(out, list) and isinstance(vs, tuple):
            out = tuple(out)
        new = nest.map_structure(lambda v: convert_to_tensor(v) if _is_numeric(v) else v, out)
        _same_count(vs, new)
        vs = new
        n += 1
    return vs


def _same_count(vs, out):
    # tf.while_loop: the body must return the loop_vars' structure (TF's nest.assert_same_structure text for
    # a different number of elements).
    from . import nest
    from .data import TensorSpec

    a, b = nest.flatten(vs), nest.flatten(out)
    if len(a) == len(b):
        return
    specs = nest.map_structure(lambda v: TensorSpec(v.shape, v.dtype) if isinstance(v, _T) else v, vs)

    def text(x):
        return "type=%s str=%r" % (type(x).__name__, x)

    def dots(x):
        return repr(nest.map_structure(lambda _: ".", x)).replace("'", "")

    out_l = list(out) if isinstance(out, tuple) and not hasattr(out, "_fields") else out
    raise ValueError("The two structures don't have the same nested structure.\n\nFirst structure: %s\n\n"
                     "Second structure: %s\n\nMore specifically: The two structures don't have the same number "
                     "of elements. First structure: %s. Second structure: %s\nEntire first structure:\n%s\n"
                     "Entire second structure:\n%s" % (text(specs), text(out_l), text(specs), text(out_l),
                                                       dots(specs), dots(out_l)))


def _flat(x):
    from . import nest

    return nest.flatten(x)


def _pack(structure, flat):
    from . import nest

    return nest.pack_sequence_as(structure, flat)


def map_fn(fn, elems, dtype=None, parallel_iterations=None, back_prop=True, swap_memory=False, infer_shape=True,
           name=None, fn_output_signature=None):
    flat = [convert_to_tensor(e) for e in _flat(elems)]
    if not flat:
        raise ValueError("elems must be a Tensor or (possibly nested) sequence of Tensors. Got %s" % (elems,))
    for e in flat:
        if e.shape.rank == 0:
            raise ValueError("Elements in elems must be 1+ dimensional Tensors, not scalars")
    n = int(flat[0].shape[0])
    outs = []
    for i in range(n):
        item = _pack(elems, [e[i] for e in flat])
        outs.append(_to_tensors(fn(item)))
    sig = fn_output_signature if fn_output_signature is not None else dtype
    if not outs:
        return _ops.zeros([0], dtype=sig or flat[0].dtype) if not isinstance(sig, (list, tuple)) else []
    cols = list(zip(*[_flat(o) for o in outs]))
    flat_sig = _flat(sig) if sig is not None else [None] * len(cols)
    res = []
    for j, col in enumerate(cols):
        d = flat_sig[j] if j < len(flat_sig) else None
        col = [_ops.cast(c, d) if d is not None and not hasattr(d, "shape") and _dt.as_dtype(d) != c.dtype else c
               for c in col]
        res.append(_ops.stack(list(col)))
    return _pack(outs[0], res)


def vectorized_map(fn, elems, fallback_to_while_loop=True, warn=True):
    return map_fn(fn, elems)


def scan(fn, elems, initializer=None, parallel_iterations=10, back_prop=True, swap_memory=False, infer_shape=True,
         reverse=False, name=None):
    flat = [convert_to_tensor(e) for e in _flat(elems)]
    n = int(flat[0].shape[0])
    order = list(range(n))[::-1] if reverse else list(range(n))
    if initializer is None:
        acc = _pack(elems, [e[order[0]] for e in flat])
        order = order[1:]
        outs = [acc]
    else:
        acc = _to_tensors(initializer)
        outs = []
    for i in order:
        acc = _to_tensors(fn(acc, _pack(elems, [e[i] for e in flat])))
        outs.append(acc)
    if reverse:
        outs = outs[::-1]
    cols = list(zip(*[_flat(o) for o in outs]))
    return _pack(outs[0], [_ops.stack(list(c)) for c in cols])


def _fold(fn, elems, initializer, rev):
    flat = [convert_to_tensor(e) for e in _flat(elems)]
    n = int(flat[0].shape[0])
    order = list(range(n))[::-1] if rev else list(range(n))
    if initializer is None:
        acc = _pack(elems, [e[order[0]] for e in flat])
        order = order[1:]
    else:
        acc = _to_tensors(initializer)
    for i in order:
        acc = _to_tensors(fn(acc, _pack(elems, [e[i] for e in flat])))
    return acc


def foldl(fn, elems, initializer=None, parallel_iterations=10, back_prop=True, swap_memory=False, name=None):
    return _fold(fn, elems, initializer, False)


def foldr(fn, elems, initializer=None, parallel_iterations=10, back_prop=True, swap_memory=False, name=None):
    return _fold(fn, elems, initializer, True)


def no_op(name=None):
    return None


def group(*inputs, **kwargs):
    return None


def _tuple_fn(tensors, name=None, control_inputs=None):
    return [None if t is None else _ops.identity(t) for t in tensors]


def control_dependencies(control_inputs):
    return _contextlib.nullcontext()


def init_scope():
    return _contextlib.nullcontext()


def inside_function():
    from . import _misc, _tensor

    # a trace, or a later call that replays the traced graph (TF runs no Python then)
    return bool(_tensor._TRACING[0] or _misc._QUIET[0])


def get_current_name_scope():
    from . import _tensor

    return "/".join(_tensor._name_scopes)


def get_logger():
    import logging

    return logging.getLogger("tensorflow")


def gradients(ys, xs, grad_ys=None, name="gradients", gate_gradients=False, aggregation_method=None,
              stop_gradients=None, unconnected_gradients=None):
    raise RuntimeError("tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead.")


def hessians(ys, xs, gate_gradients=False, aggregation_method=None, name="hessians"):
    raise RuntimeError("tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead.")


def _eager_call(func, args):
    # Runs func as TF runs a py_function / numpy_function body: eagerly on every call, print visible.
    import builtins

    from . import _misc

    saved, quiet = builtins.print, _misc._QUIET[0]
    if saved is _misc._no_print:
        builtins.print = _misc._PRINT
    _misc._QUIET[0] = 0
    try:
        return func(*args)
    finally:
        builtins.print, _misc._QUIET[0] = saved, quiet


def py_function(func=None, inp=None, Tout=None, name=None):
    from . import nest

    if func is None:  # decorator form: @tf.py_function(Tout=...)
        return lambda f: lambda *args: py_function(f, list(args), Tout, name)
    out = _eager_call(func, inp or [])
    if Tout is None:
        return None
    if isinstance(Tout, (list, tuple)):
        outs = list(out) if isinstance(out, (list, tuple)) else [out]
        return [convert_to_tensor(o, dtype=d) if not isinstance(o, _T) else _ops.cast(o, d) for o, d in zip(outs, Tout)]
    return nest.map_structure(lambda o: convert_to_tensor(o, dtype=Tout) if not isinstance(o, _T) else o, out)


def numpy_function(func=None, inp=None, Tout=None, stateful=True, name=None):
    if func is None:
        return lambda f: lambda *args: numpy_function(f, list(args), Tout, stateful, name)
    np = _npm()
    args = [np.asarray(_np(_arg(a))) if isinstance(a, _T) else a for a in (inp or [])]
    out = _eager_call(func, args)
    if isinstance(Tout, (list, tuple)):
        return [_from_array(np.asarray(o).astype(_dt.as_dtype(d).name)) for o, d in zip(out, Tout)]
    return _from_array(np.asarray(out).astype(_dt.as_dtype(Tout).name))


def ensure_shape(x, shape, name=None):
    t = convert_to_tensor(x)
    want = [None if d is None else int(d) for d in (shape.as_list() if hasattr(shape, "as_list") else shape)] \
        if shape is not None and not (hasattr(shape, "rank") and shape.rank is None) else None
    have = [int(d) for d in t.shape]
    if want is not None and (len(want) != len(have) or _b.any(w is not None and w != h for w, h in zip(want, have))):
        fmt = "[%s]" % ",".join("?" if w is None else str(w) for w in want)
        raise _invalid("EnsureShape", "Shape of tensor input [%s] is not compatible with expected shape %s."
                       % (",".join(str(h) for h in have), fmt))
    return t

"""Top-level mindspore functions added in session 4: vmap, get_grad, mutable, lazy_inline, no_inline,
dtype_to_pytype, set_deterministic (PyNative semantics)."""
from .. import _core
from . import _dtype


def _is_tensor(x):
    return isinstance(x, _core.Tensor)


def _axis_size(args, in_axes):
    for a, ax in zip(args, in_axes):
        if isinstance(ax, (tuple, list)) and isinstance(a, (tuple, list)):
            n = _axis_size(a, ax)
            if n is not None:
                return n
        elif ax is not None and _is_tensor(a):
            return a.shape[ax]
        elif ax is not None and isinstance(a, (tuple, list)):
            n = _axis_size(a, [ax] * len(a))
            if n is not None:
                return n
    return None


def _slice(a, ax, i):
    if ax is None:
        return a
    if isinstance(a, (tuple, list)):
        axes = ax if isinstance(ax, (tuple, list)) else [ax] * len(a)
        return type(a)(_slice(x, x_ax, i) for x, x_ax in zip(a, axes))
    if not _is_tensor(a):
        return a
    return a.select(ax % a.ndim, i)


def _stack(outs, ax):
    first = outs[0]
    if isinstance(first, (tuple, list)):
        axes = ax if isinstance(ax, (tuple, list)) else [ax] * len(first)
        return type(first)(_stack([o[k] for o in outs], axes[k]) for k in range(len(first)))
    if ax is None:
        return first
    if not _is_tensor(first):
        from ._tensor import Tensor

        outs = [Tensor(o) for o in outs]
    return _core.stack(list(outs), ax % (outs[0].ndim + 1))


def vmap(fn, in_axes=0, out_axes=0):
    """mindspore.vmap: maps fn over an axis of its inputs (one call per slice, results stacked)."""

    def wrapped(*args):
        axes = in_axes if isinstance(in_axes, (tuple, list)) else [in_axes] * len(args)
        if len(axes) != len(args):
            raise ValueError(f"The length of 'in_axes' must be equal to the number of inputs {len(args)}, but got "
                             f"{len(axes)}.")
        n = _axis_size(args, axes)
        if n is None:
            raise ValueError("The 'in_axes' of vmap can not be all None.")
        outs = [fn(*[_slice(a, ax, i) for a, ax in zip(args, axes)]) for i in range(n)]
        return _stack(outs, out_axes)

    return wrapped


def get_grad(gradients, identifier):
    """Find in the output of grad(..., return_ids=True) the gradient of a position (int) or a Parameter."""
    from ._tensor import Parameter

    if not isinstance(identifier, (int, Parameter)) or isinstance(identifier, bool):
        raise TypeError(f"For 'get_grad', the 'identifier' must be int or Parameter, but got "
                        f"{type(identifier).__name__}.")
    key = identifier.name if isinstance(identifier, Parameter) else identifier

    def find(g):
        if isinstance(g, tuple) and len(g) == 2 and isinstance(g[0], (int, str)) and not isinstance(g[0], bool) \
                and _is_tensor(g[1]):
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


def mutable(input_data, dynamic_len=False):
    return input_data


def lazy_inline(fn=None, attrs=None, policy=None):
    def check(f):
        if getattr(f, "__name__", "") != "__init__":
            code = f.__code__
            raise ValueError(f"The lazy_inline should decorate the __init__ function, not the function: "
                             f"{f.__name__}. line: {code.co_firstlineno} in {code.co_filename}")
        return f

    if fn is None or not callable(fn):
        return check
    return check(fn)


def no_inline(fn=None):
    if fn is None:
        return lambda f: f
    return fn


def dtype_to_pytype(type_):
    name = type_._name if isinstance(type_, _dtype.Type) else str(type_)
    if name == "bool":
        return bool
    if name.startswith(("int", "uint")):
        return int
    if name.startswith(("float", "bfloat")):
        return float
    if name == "complex64" or name == "complex128":
        return complex
    raise NotImplementedError(f"Unsupported convert this type to python type: {type_}")


def set_deterministic(deterministic):
    from . import _context

    _context["deterministic"] = "ON" if deterministic else "OFF"

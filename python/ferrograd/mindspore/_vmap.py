# mindspore.vmap (PyNative semantics: one call per slice along in_axes, results stacked along out_axes).
from .. import _core


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

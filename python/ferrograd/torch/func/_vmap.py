# torch.func.vmap: run func once per index of the mapped dimension and stack the results.
#
# This gives torch's results for functions that treat each example independently (what vmap is
# for); in_dims / out_dims / nesting / kwargs / error messages follow torch.  randomness is
# validated; with "same" every example draws the same random numbers (the generator state is
# restored before each), otherwise fresh ones per example (torch's "different"; "error" does not
# detect random operations).
from ... import _core
from ._pytree import broadcast_to_and_flatten, tree_flatten, tree_unflatten

_T = _core.Tensor


def _check_randomness_arg(randomness):
    if randomness not in ["error", "different", "same"]:
        raise RuntimeError(
            f"Only allowed values for randomness are 'error', 'different', or 'same'. Got {randomness}")


def _get_name(func):
    if hasattr(func, "__name__"):
        return func.__name__
    import functools

    if isinstance(func, functools.partial):
        return f"functools.partial({_get_name(func.func)}, ...)"
    return repr(func)


def _process_batched_inputs(in_dims, args, func):
    if not isinstance(in_dims, int) and not isinstance(in_dims, tuple):
        raise ValueError(f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): expected `in_dims` to be int "
                         f"or a (potentially nested) tuple matching the structure of inputs, got: {type(in_dims)}.")
    if len(args) == 0:
        raise ValueError(f"vmap({_get_name(func)})(<inputs>): got no inputs. Maybe you forgot to add inputs, or you "
                         f"are trying to vmap over a function with no inputs. The latter is unsupported.")
    flat_args, args_spec = tree_flatten(args)
    flat_in_dims = broadcast_to_and_flatten(in_dims, args_spec)
    if flat_in_dims is None:
        raise ValueError(f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): in_dims is not compatible with "
                         f"the structure of `inputs`. in_dims has structure {tree_flatten(in_dims)[1]} but inputs "
                         f"has structure {args_spec}.")
    for i, (arg, in_dim) in enumerate(zip(flat_args, flat_in_dims)):
        if not isinstance(in_dim, int) and in_dim is not None:
            raise ValueError(f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): Got in_dim={in_dim} for an "
                             f"input but in_dim must be either an integer dimension or None.")
        if isinstance(in_dim, int) and not isinstance(arg, _T):
            raise ValueError(f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): Got in_dim={in_dim} for an "
                             f"input but the input is of type {type(arg)}. We cannot vmap over non-Tensor arguments, "
                             f"please use None as the respective in_dim")
        if in_dim is not None and (in_dim < -arg.dim() or in_dim >= arg.dim()):
            raise ValueError(f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): Got in_dim={in_dim} for some "
                             f"input, but that input is a Tensor of dimensionality {arg.dim()} so expected in_dim to "
                             f"satisfy -{arg.dim()} <= in_dim < {arg.dim()}.")
        if in_dim is not None and in_dim < 0:
            flat_in_dims[i] = in_dim % arg.dim()
    sizes = [arg.size(d) for d, arg in zip(flat_in_dims, flat_args) if d is not None]
    if len(sizes) == 0:
        raise ValueError("vmap: Expected at least one Tensor to vmap over")
    if any(s != sizes[0] for s in sizes):
        raise ValueError(f"vmap: Expected all tensors to have the same size in the mapped dimension, got sizes "
                         f"{sizes} for the mapped dimension")
    return sizes[0], flat_in_dims, flat_args, args_spec


def _check_out_dims(out_dims, func):
    if isinstance(out_dims, int):
        return
    for x in tree_flatten(out_dims)[0]:
        if not (x is None or isinstance(x, int)):
            raise ValueError(f"vmap({_get_name(func)}, ..., out_dims={out_dims}): `out_dims` must be an int, None or "
                             f"a python collection of ints representing where in the outputs the vmapped dimension "
                             f"should appear.")


def _flat_out_dims(outputs, out_spec, out_dims, func):
    def incompatible():
        raise ValueError(f"vmap({_get_name(func)}, ..., out_dims={out_dims})(<inputs>): out_dims is not compatible "
                         f"with the structure of `outputs`. out_dims has structure {tree_flatten(out_dims)[1]} but "
                         f"outputs has structure {out_spec}.")

    if isinstance(outputs, _T):
        if isinstance(out_dims, int) or out_dims is None:
            return [out_dims]
        if isinstance(out_dims, tuple) and len(out_dims) == 1:
            return list(out_dims)
        incompatible()
    res = broadcast_to_and_flatten(out_dims, out_spec)
    if res is None:
        incompatible()
    return res


def _same(a, b):
    # Whether two per-example results are equal (a result that differs per example is batched).
    if not isinstance(b, _T) or tuple(a.shape) != tuple(b.shape) or a.dtype != b.dtype:
        return False
    import numpy as np

    return bool(np.array_equal(a.detach().numpy(), b.detach().numpy(), equal_nan=True))


def _stack(name, values, out_dim):
    if out_dim is None:
        v0 = values[0]
        if isinstance(v0, _T) and any(v is not v0 and not _same(v, v0) for v in values[1:]):
            raise ValueError(f"vmap({name}, ...): `{name}` can not return a BatchedTensor when out_dim is None")
        return v0
    if not isinstance(values[0], _T):
        raise ValueError(f"vmap({name}, ...): `{name}` must only return Tensors, got type {type(values[0])}. "
                         "Did you mean to set out_dims= to None for output?")
    nd = values[0].dim() + 1
    if not -nd <= out_dim < nd:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-nd}, {nd - 1}], but got {out_dim})")
    return _core.stack(list(values), out_dim % nd)


def _rng_state():
    # (state, set_rng_state) of the default generator, or None without that API.
    import sys

    torch_mod = sys.modules[__name__.rsplit(".", 2)[0]]
    get, put = getattr(torch_mod, "get_rng_state", None), getattr(torch_mod, "set_rng_state", None)
    return (get(), put) if get is not None and put is not None else None


def vmap(func, in_dims=0, out_dims=0, randomness="error", *, chunk_size=None):
    """torch.func.vmap / torch.vmap."""
    _check_randomness_arg(randomness)
    if not (chunk_size is None or chunk_size > 0):
        raise ValueError(f"vmap: chunk_size should be None or greater than 0. (got {chunk_size})")

    def wrapped(*args, **kwargs):
        _check_out_dims(out_dims, func)
        batch, flat_in_dims, flat_args, args_spec = _process_batched_inputs(in_dims, args, func)
        state = _rng_state() if randomness == "same" else None
        per = []
        for i in range(batch):
            if state is not None:   # "same": every example draws the same random numbers
                state[1](state[0])
            sl = [a if d is None else a.select(d, i) for a, d in zip(flat_args, flat_in_dims)]
            per.append(func(*tree_unflatten(sl, args_spec), **kwargs))
        if not per:
            raise NotImplementedError("vmap over a dimension of size 0 is not supported by ferrograd")
        first = per[0]
        flat0, out_spec = tree_flatten(first)
        fod = _flat_out_dims(first, out_spec, out_dims, func)
        flats = [tree_flatten(r)[0] for r in per]
        name = _get_name(func)
        outs = [_stack(name, [f[j] for f in flats], od) for j, od in enumerate(fod)]
        return tree_unflatten(outs, out_spec)

    try:
        import functools

        wrapped = functools.wraps(func)(wrapped)
    except (AttributeError, TypeError):
        pass
    return wrapped


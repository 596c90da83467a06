# tf.custom_gradient and tf.recompute_grad (TF's eager custom_gradient: f runs on the real inputs,
# its results are identities whose gradient is grad_fn's).
import functools

from .. import _core
from . import _tensor
from ._tensor import _T, _arg, _dtype_of, _wrap, convert_to_tensor


def _in(a):
    try:
        return _arg(a)
    except Exception:
        return _core.zeros(0, dtype="float32", tag=_tensor.TAG)


def custom_gradient(f=None):
    if f is None:
        return custom_gradient

    @functools.wraps(f)
    def decorated(*args, **kwargs):
        if not _tensor._tapes:
            return f(*args, **kwargs)[0]
        import inspect

        from ._tape import GradientTape, _flatten, _pack

        with GradientTape() as vt:
            result, grad_fn = f(*args, **kwargs)
        flat_args = _flatten(list(args), [])
        known = flat_args + _flatten(kwargs, [])
        variables = [v for v in vt.watched_variables() if all(v is not i for i in known)]
        spec = inspect.getfullargspec(grad_fn)
        if variables and "variables" not in spec.args and "variables" not in spec.kwonlyargs and not spec.varkw:
            raise TypeError("@tf.custom_gradient grad_fn must accept keyword argument 'variables', since function uses "
                            "variables: {}".format(variables))
        ins = [_in(a) for a in flat_args] + list(variables)
        outs = [_arg(v) for v in _flatten(result, [])]
        nargs = len(flat_args)

        def make_bw(k):
            def backward(g):
                dys = [_wrap(g if j == k else _core.full_like(o, 0.0)) for j, o in enumerate(outs)]
                if variables:
                    in_g, var_g = grad_fn(*dys, variables=variables)
                    if len(var_g) != len(variables):
                        raise ValueError("Must return gradient for each variable from @custom_gradient grad_fn.")
                else:
                    in_g, var_g = grad_fn(*dys), []
                flat = _flatten(in_g, [])
                if len(flat) != nargs:
                    raise ValueError(f"custom_gradient function expected to return {nargs} gradients, but returned "
                                     f"{len(flat)} instead.")
                rec = _core.is_grad_enabled()
                r = []
                for v in flat + list(var_g):
                    if v is not None:
                        v = v if isinstance(v, _T) else convert_to_tensor(v)
                        v = v if rec else _T.detach(v)
                    r.append(v)
                return r

            return backward

        name = getattr(f, "__name__", "CustomGradient")
        res = [_wrap(_core.custom_node(name, ins, o, make_bw(k))) if _dtype_of(o).is_floating else _wrap(o)
               for k, o in enumerate(outs)]
        return _pack(result, iter(res))

    return decorated


def recompute_grad(f):
    """The gradient of f recomputed in the backward pass (same values as f's own gradient)."""

    @custom_gradient
    def inner(*args, **kwargs):
        result = f(*args, **kwargs)

        def grad(*dresult, variables=None):
            from ._tape import GradientTape

            vs = list(variables or [])
            with GradientTape() as t:
                t.watch(list(args) + vs)
                out = f(*args, **kwargs)
            gs = t.gradient(out, list(args) + vs, output_gradients=list(dresult))
            return (gs[:len(args)], gs[len(args):]) if variables else gs[:len(args)]

        return result, grad

    return functools.wraps(f)(inner)

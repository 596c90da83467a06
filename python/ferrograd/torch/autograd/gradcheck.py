# torch.autograd.gradcheck: analytical gradients against central differences.
from ... import _core

_T = _core.Tensor


class GradcheckError(RuntimeError):
    pass


def _outputs(fn, inputs):
    out = fn(*inputs)
    return tuple(out) if isinstance(out, (tuple, list)) else (out,)


def _numeric_column(func, inputs, i, p, oi, eps):
    flat = inputs[i].detach().numpy(True).reshape(-1)
    orig = flat[p]
    prev = _core.set_grad_enabled(False)
    try:
        flat[p] = orig + eps
        fp = _outputs(func, inputs)[oi].detach().numpy(True).reshape(-1).copy()
        flat[p] = orig - eps
        fm = _outputs(func, inputs)[oi].detach().numpy(True).reshape(-1).copy()
    finally:
        flat[p] = orig
        _core.set_grad_enabled(prev)
    return (fp - fm) / (2 * eps)


def _check_forward_ad(func, inputs, diff, eps, atol, rtol, raise_exception):
    # Forward-mode Jacobian columns (one-hot tangents through forward_ad) against central differences.
    import numpy as np

    from . import forward_ad as fwAD

    outs = _outputs(func, inputs)
    for oi, out in enumerate(outs):
        if not isinstance(out, _T) or not out.dtype.is_floating_point:
            continue
        for i in diff:
            x = inputs[i]
            for p in range(x.numel()):
                num = _numeric_column(func, inputs, i, p, oi, eps)
                seed = np.zeros(x.numel())
                seed[p] = 1.0
                tan = _core.tensor(seed.reshape(tuple(x.shape)), x.dtype, False, x._tag)
                with fwAD.dual_level():
                    args = list(inputs)
                    args[i] = fwAD.make_dual(x, tan)
                    t = fwAD.unpack_dual(_outputs(func, tuple(args))[oi]).tangent
                a = np.zeros(num.size) if t is None else t.detach().numpy(True).reshape(-1)
                if not np.allclose(a, num, rtol=rtol, atol=atol):
                    if raise_exception:
                        raise GradcheckError(f"Jacobian computed with forward mode mismatch for output {oi} with "
                                             f"respect to input {i},\nnumerical:{num}\nanalytical:{a}\n")
                    return False
    return True


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True, check_forward_ad=False,
              check_backward_ad=True, **kw):
    import numpy as np

    inputs = tuple(inputs) if isinstance(inputs, (tuple, list)) else (inputs,)
    diff = [i for i, x in enumerate(inputs) if isinstance(x, _T) and x.requires_grad]
    if check_forward_ad and not _check_forward_ad(func, inputs, diff, eps, atol, rtol, raise_exception):
        return False
    if not check_backward_ad:
        return True
    outs = _outputs(func, inputs)
    for oi, out in enumerate(outs):
        if not isinstance(out, _T) or not out.requires_grad:
            continue
        n_out = out.numel()
        # numerical Jacobian column by column (two evaluations per input element), analytical row by row
        num = {i: np.stack([_numeric_column(func, inputs, i, p, oi, eps) for p in range(inputs[i].numel())], 1)
               .reshape(n_out, -1) for i in diff}
        ana = {i: np.zeros((n_out, inputs[i].numel())) for i in diff}
        for k in range(n_out):
            seed = np.zeros(n_out)
            seed[k] = 1.0
            g_out = _core.tensor(seed.reshape(tuple(out.shape)), out.dtype, False, out._tag)
            analytical = _core.grad([out], [inputs[i] for i in diff], [g_out], True, False, True)
            for j, i in enumerate(diff):
                if analytical[j] is not None:
                    ana[i][k] = analytical[j].numpy(True).reshape(-1)
        for i in diff:
            if not np.allclose(ana[i], num[i], rtol=rtol, atol=atol):
                if raise_exception:
                    t = [_core.tensor(np.ascontiguousarray(m[i].T), None, False, out._tag) for m in (num, ana)]
                    raise GradcheckError(f"Jacobian mismatch for output {oi} with respect to input {i},\n"
                                         f"numerical:{t[0]}\nanalytical:{t[1]}\n")
                return False
    return True


def gradgradcheck(func, inputs, grad_outputs=None, **kw):
    inputs = tuple(inputs) if isinstance(inputs, (tuple, list)) else (inputs,)
    if grad_outputs is None:
        # like torch: random grad_outputs in [-1, 1) drawn with torch.testing.make_tensor
        from ..testing import make_tensor

        outs = [o for o in _outputs(func, inputs) if isinstance(o, _T) and o.requires_grad]
        grad_outputs = tuple(
            make_tensor(tuple(o.shape), dtype=o.dtype if o.dtype.is_floating_point else _float64(),
                        low=-1, high=1, requires_grad=True)
            for o in outs)
    else:
        grad_outputs = grad_outputs if isinstance(grad_outputs, tuple) else (
            tuple(grad_outputs) if isinstance(grad_outputs, list) else (grad_outputs,))
    n_in = len(inputs)

    def first(*xs):
        prev = _core.set_grad_enabled(True)  # gradcheck evaluates under no_grad for finite differences
        try:
            ins, gos = xs[:n_in], xs[n_in:]
            outs = [o for o in _outputs(func, ins) if isinstance(o, _T) and o.requires_grad]
            diff = [x for x in ins if isinstance(x, _T) and x.requires_grad]
            gs = _core.grad(outs, diff, list(gos), True, True, True)
        finally:
            _core.set_grad_enabled(prev)
        return tuple(g if g is not None else _core.full_like(x, 0.0) for g, x in zip(gs, diff))

    return gradcheck(first, tuple(inputs) + tuple(grad_outputs), **kw)


def _float64():
    from .._dtypes import float64

    return float64

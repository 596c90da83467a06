"""torch.autograd.gradcheck: analytical gradients against central differences."""
from ... import _core

_T = _core.Tensor


class GradcheckError(RuntimeError):
    pass


def _outputs(fn, inputs):
    out = fn(*inputs)
    return out if isinstance(out, tuple) else (out,)


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True, **kw):
    import numpy as np

    inputs = inputs if isinstance(inputs, tuple) else (inputs,)
    diff = [i for i, x in enumerate(inputs) if isinstance(x, _T) and x.requires_grad]
    outs = _outputs(func, inputs)
    for oi, out in enumerate(outs):
        if not isinstance(out, _T) or not out.requires_grad:
            continue
        n_out = out.numel()
        for k in range(n_out):
            seed = np.zeros(n_out)
            seed[k] = 1.0
            g_out = _core.tensor(seed.reshape(tuple(out.shape)), out.dtype, False, out._tag)
            analytical = _core.grad([out], [inputs[i] for i in diff], [g_out], True, False, True)
            for j, i in enumerate(diff):
                x = inputs[i]
                flat = x.detach().numpy(True).reshape(-1)
                num = np.zeros(flat.size)
                for p in range(flat.size):
                    orig = flat[p]
                    flat[p] = orig + eps
                    with_no = _core.set_grad_enabled(False)
                    fp = _outputs(func, inputs)[oi].numpy(True).reshape(-1)[k]
                    flat[p] = orig - eps
                    fm = _outputs(func, inputs)[oi].numpy(True).reshape(-1)[k]
                    _core.set_grad_enabled(with_no)
                    flat[p] = orig
                    num[p] = (fp - fm) / (2 * eps)
                a = analytical[j]
                a = np.zeros(flat.size) if a is None else a.numpy(True).reshape(-1)
                if not np.allclose(a, num, rtol=rtol, atol=atol):
                    if raise_exception:
                        raise GradcheckError(
                            f"Jacobian mismatch for output {oi} with respect to input {i},\n"
                            f"numerical:{num}\nanalytical:{a}\n")
                    return False
    return True


def gradgradcheck(func, inputs, grad_outputs=None, **kw):
    inputs = inputs if isinstance(inputs, tuple) else (inputs,)

    def first(*xs):
        prev = _core.set_grad_enabled(True)  # gradcheck evaluates under no_grad for finite differences
        try:
            outs = _outputs(func, xs)
            diff = [x for x in xs if isinstance(x, _T) and x.requires_grad]
            gs = _core.grad([o.sum() for o in outs], diff, [None] * len(outs), True, True, True)
        finally:
            _core.set_grad_enabled(prev)
        return tuple(g if g is not None else _core.full_like(x, 0.0) for g, x in zip(gs, diff))

    return gradcheck(first, inputs, **kw)

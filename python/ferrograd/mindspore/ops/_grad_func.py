# mindspore.ops functional transforms (MindSpore's ops/function/grad/grad_func.py and vmap).


__all__ = [
    "vmap", "get_grad", "jacfwd", "jacrev", "jvp",
]


# ------------------------------------------------------------------ functional transforms (also in mindspore.*)

def vmap(fn, in_axes=0, out_axes=0):
    from .._vmap import vmap as _v

    return _v(fn, in_axes, out_axes)


def get_grad(gradients, identifier):
    from .._grad import get_grad as _g

    return _g(gradients, identifier)


def jacfwd(fn, grad_position=0, has_aux=False):
    from .._jac import jacfwd as _j

    return _j(fn, grad_position, has_aux)


def jacrev(fn, grad_position=0, has_aux=False):
    from .._jac import jacrev as _j

    return _j(fn, grad_position, has_aux)


def jvp(fn, inputs, v, has_aux=False):
    from .._jac import jvp as _j

    return _j(fn, inputs, v, has_aux)

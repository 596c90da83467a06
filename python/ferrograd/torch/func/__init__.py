# torch.func: composable function transforms (grad, vjp, jvp, jacrev, jacfwd, hessian, vmap,
# functional_call, stack_module_state, linearize, ...) over ferrograd's reverse-mode engine.
#
# The submodules load on first use (PEP 562 __getattr__), keeping `import torch` fast.
import importlib

_WHERE = {
    "grad": "_transforms", "grad_and_value": "_transforms", "vjp": "_transforms", "jvp": "_transforms",
    "jacrev": "_transforms", "jacfwd": "_transforms", "hessian": "_transforms", "linearize": "_transforms",
    "functional_call": "_module", "stack_module_state": "_module",
    "functionalize": "_misc", "debug_unwrap": "_misc", "replace_all_batch_norm_modules_": "_misc",
}

__all__ = ["grad", "grad_and_value", "vjp", "jvp", "jacrev", "jacfwd", "hessian", "vmap", "functional_call",
           "stack_module_state", "linearize", "functionalize", "debug_unwrap", "replace_all_batch_norm_modules_"]


def vmap(func, in_dims=0, out_dims=0, randomness="error", *, chunk_size=None):
    """torch.func.vmap / torch.vmap: vectorize func over the mapped dimension of its inputs."""
    from ._vmap import vmap as impl

    return impl(func, in_dims, out_dims, randomness, chunk_size=chunk_size)


def __getattr__(name):
    mod = _WHERE.get(name)
    if mod is None:
        raise AttributeError(f"module 'torch.func' has no attribute '{name}'")
    value = getattr(importlib.import_module(f"{__name__}.{mod}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))

# torch.nn.utils.init.skip_init.


# ---------------------------------------------------------------- skip_init
def skip_init(module_cls, *args, **kwargs):
    """Builds the module without consuming the global RNG (torch builds it on the meta device and
    materialises uninitialised storage; here the parameters keep constructor values)."""
    import inspect

    from .... import torch

    if "device" not in inspect.signature(module_cls).parameters:
        raise RuntimeError("Module must support a 'device' arg to skip initialization")
    kwargs.pop("device", None)
    state = torch.get_rng_state()
    try:
        return module_cls(*args, **kwargs)
    finally:
        torch.set_rng_state(state)

# torch.func.functionalize, debug_unwrap and replace_all_batch_norm_modules_.
import functools


def functionalize(func, *, remove="mutations"):
    """torch.func.functionalize: the same outputs as func (ferrograd runs eagerly, with no graph
    capture for which removing mutations would matter)."""
    if remove not in ("mutations", "mutations_and_views"):
        raise RuntimeError(
            f"functionalize(f, remove='mutations'): received invalid argument for remove={remove}."
            " Valid options are:\n"
            "     remove='mutations': all inplace and out= operators will be removed from the program, and replaced"
            " with their out-of-place equivalents.\n"
            "     remove='mutations_and_views': In addition to the above, all aliasing operators {view} will be"
            " replaced with their non-aliasing counterparts, {view}_copy.\n")

    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)

    try:
        wrapped = functools.wraps(func)(wrapped)
    except (AttributeError, TypeError):
        pass
    return wrapped


def debug_unwrap(tensor, *, recurse=True):
    """torch.func.debug_unwrap: ferrograd's transforms do not wrap tensors, so the tensor itself."""
    return tensor


def replace_all_batch_norm_modules_(root):
    """Make every BatchNorm module in root stop tracking running statistics (in place)."""
    from ..nn.modules.batchnorm import _BatchNorm

    for m in [root] + list(root.modules()):
        if isinstance(m, _BatchNorm) and m.track_running_stats:
            m.running_mean = None
            m.running_var = None
            m.num_batches_tracked = None
            m.track_running_stats = False
    return root

# torch.autograd.forward_ad: dual tensors (primal + tangent) inside a dual level.
#
# ferrograd has no forward-mode engine yet: a dual tensor is a tensor recorded by the reverse-mode
# graph, and `unpack_dual(t).tangent` is the Jacobian-vector product obtained by differentiating a
# vector-Jacobian product (the "double backward" trick), so any op with a double-differentiable
# backward works. Tangent values can differ from torch's in the last bits.
from collections import namedtuple

from ... import _core

_T = _core.Tensor
_levels = []  # one dict per level: id(dual) -> (dual, tangent)

UnpackedDualTensor = namedtuple("UnpackedDualTensor", ["primal", "tangent"])
UnpackedDualTensor.__module__ = "torch.autograd.forward_ad"


def enter_dual_level():
    if _levels:
        raise RuntimeError("Nested forward mode AD is not supported at the moment")
    _levels.append({})
    return len(_levels) - 1


def exit_dual_level(*, level=None):
    if not _levels:
        raise RuntimeError("Trying to exit a forward AD level that was not the last one that was created. This is "
                           "not supported.")
    _levels.pop()


class dual_level:
    def __enter__(self):
        return enter_dual_level()

    def __exit__(self, *exc):
        exit_dual_level()
        return False


def _dual_info(t):
    if not _levels:
        return None
    return _levels[-1].get(id(t))


def make_dual(tensor, tangent, *, level=None):
    if not _levels:
        raise RuntimeError("Trying to create a dual Tensor for forward AD but no level exists, make sure to "
                           "enter_dual_level() first.")
    if not tensor.dtype.is_floating_point:
        raise ValueError(f"Expected primal to be floating point or complex, but got: {tensor.dtype}")
    if not tangent.dtype.is_floating_point:
        raise ValueError(f"Expected tangent to be floating point or complex, but got: {tangent.dtype}")
    if tuple(tensor.shape) != tuple(tangent.shape):
        raise RuntimeError("Trying to set a forward gradient that has a different size than that of the original "
                           f"Tensor, this is not supported. Tensor is of size {list(tensor.shape)} while the given "
                           f"forward gradient is of size {list(tangent.shape)}.")
    prev = _core.set_grad_enabled(True)
    try:
        dual = tensor.view_as(tensor) if tensor.requires_grad else tensor.detach().requires_grad_(True)
    finally:
        _core.set_grad_enabled(prev)
    _levels[-1][id(dual)] = (dual, tangent)
    return dual


def _jvp(t):
    duals = list(_levels[-1].values())
    if not duals or not t.requires_grad or not t.dtype.is_floating_point:
        return None
    prev = _core.set_grad_enabled(True)
    try:
        u = _core.full_like(t, 0.0).requires_grad_(True)
        gs = _core.grad([t], [d for d, _ in duals], [u], True, True, True)
        pairs = [(g, tan) for g, (_, tan) in zip(gs, duals) if g is not None and g.requires_grad]
        if not pairs:
            return None if all(g is None for g in gs) else _core.full_like(t, 0.0).detach()
        # retain: the double-backward graph runs through the forward graph, which later unpacks reuse
        r = _core.grad([g for g, _ in pairs], [u], [tan.to(g.dtype) for g, tan in pairs], True, False, True)[0]
    finally:
        _core.set_grad_enabled(prev)
    return r.detach() if r is not None else _core.full_like(t, 0.0).detach()


def unpack_dual(tensor, *, level=None):
    if not isinstance(tensor, _T) or not _levels:
        return UnpackedDualTensor(tensor, None)
    info = _dual_info(tensor)
    if info is not None:
        return UnpackedDualTensor(tensor.detach(), info[1])
    tangent = _jvp(tensor)
    return UnpackedDualTensor(tensor.detach() if tangent is not None else tensor, tangent)

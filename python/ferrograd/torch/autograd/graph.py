# torch.autograd.graph: Node (the base class of every grad_fn) and the saved-tensor hook contexts.  The pack /
# unpack hooks apply to what custom Functions save (ctx.save_for_backward); built-in ops keep their own tensors.
import contextlib

from ... import _core

Node = _core.Node
_hooks = []  # active (pack, unpack) pairs, innermost last
_disabled = []


class saved_tensors_hooks:
    def __init__(self, pack_hook, unpack_hook):
        self.pack_hook, self.unpack_hook = pack_hook, unpack_hook

    def __enter__(self):
        if _disabled:
            raise RuntimeError(_disabled[-1])
        _hooks.append((self.pack_hook, self.unpack_hook))

    def __exit__(self, *exc):
        _hooks.pop()


class save_on_cpu(saved_tensors_hooks):
    def __init__(self, pin_memory=False, device_type="cuda"):
        super().__init__(lambda t: t, lambda t: t)  # on the cpu the saved copy is the tensor


@contextlib.contextmanager
def disable_saved_tensors_hooks(error_message):
    if _hooks:
        raise RuntimeError(error_message)
    _disabled.append(error_message)
    try:
        yield
    finally:
        _disabled.pop()


def increment_version(tensor):
    for t in (tensor,) if isinstance(tensor, _core.Tensor) else tensor:
        t._become(t)

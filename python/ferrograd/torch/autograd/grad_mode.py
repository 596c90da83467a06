# torch.autograd.grad_mode: the grad-mode context managers (the same classes as torch.no_grad etc.).
from .. import enable_grad, inference_mode, no_grad, set_grad_enabled  # noqa: F401

for _c in (enable_grad, inference_mode, no_grad, set_grad_enabled):
    _c.__module__ = "torch.autograd.grad_mode"
del _c

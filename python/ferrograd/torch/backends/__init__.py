# torch.backends: only the CPU backend exists in ferrograd.
from . import cudnn, mps  # noqa: F401

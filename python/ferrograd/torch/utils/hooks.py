# torch.utils.hooks: the handle every register_*hook returns.
from ..nn.modules.module import RemovableHandle  # noqa: F401

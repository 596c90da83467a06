# mindspore.common.api.
from .. import jit, jit_class, ms_memory_recycle  # noqa: F401

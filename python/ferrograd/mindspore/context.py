# mindspore.context (the older spelling of mindspore.set_context).
from . import (  # noqa: F401
    GRAPH_MODE, PYNATIVE_MODE, get_auto_parallel_context, get_context, reset_auto_parallel_context,
    set_auto_parallel_context, set_context,
)


class ParallelMode:
    STAND_ALONE = "stand_alone"
    DATA_PARALLEL = "data_parallel"

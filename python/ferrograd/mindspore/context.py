"""mindspore.context (the older spelling of mindspore.set_context)."""
from . import GRAPH_MODE, PYNATIVE_MODE, get_context, set_context  # noqa: F401


class ParallelMode:
    STAND_ALONE = "stand_alone"
    DATA_PARALLEL = "data_parallel"


def set_auto_parallel_context(**kwargs):
    pass


def reset_auto_parallel_context():
    pass

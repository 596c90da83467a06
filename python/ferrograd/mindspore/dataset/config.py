# mindspore.dataset.config: the pipeline seed (used by shuffles in this in-memory implementation).
_state = {"seed": None, "num_parallel_workers": 8, "prefetch_size": 16}


def set_seed(seed):
    import numpy as np

    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise ValueError(f"Input seed is not within the required interval of [0, 4294967295].")
    _state["seed"] = seed
    np.random.seed(seed)


def get_seed():
    s = _state["seed"]
    return 5489 if s is None else s  # mindspore.dataset's default seed (std::mt19937's)


def set_num_parallel_workers(num):
    _state["num_parallel_workers"] = num


def get_num_parallel_workers():
    return _state["num_parallel_workers"]


def set_prefetch_size(size):
    _state["prefetch_size"] = size


def get_prefetch_size():
    return _state["prefetch_size"]

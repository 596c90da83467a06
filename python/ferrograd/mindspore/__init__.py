"""The MindSpore dialect: MindSpore 2.x names and conventions (PyNative mode) over ferrograd's
one tensor type. `python -m ferrograd run script.py` maps `import mindspore` here."""
from .. import _core
from . import _dtype
from ._dtype import (  # noqa: F401
    Type,
    bfloat16,
    bool_,
    double,
    float16,
    float32,
    float64,
    float_,
    half,
    int8,
    int16,
    int32,
    int64,
    int_,
    uint8,
    uint16,
    uint32,
    uint64,
    dtype_to_nptype,
    pytype_to_dtype,
)
from ._tensor import Parameter, ParameterTuple, Tensor, is_tensor  # noqa: F401
from ._grad import grad, value_and_grad, vjp  # noqa: F401

__version__ = "2.10.0+ferrograd"
dtype = _dtype

GRAPH_MODE = 0
PYNATIVE_MODE = 1
_context = {"mode": PYNATIVE_MODE, "device_target": "CPU"}


def set_context(**kwargs):
    _context.update(kwargs)


def get_context(attr_key):
    return _context.get(attr_key)


def set_device(device_target, device_id=None):
    _context["device_target"] = device_target


_seed = [None]


def set_seed(seed):
    if not isinstance(seed, int):
        raise TypeError("The argument 'seed' must be type of int, but got {}.".format(type(seed)))
    if seed < 0:
        raise ValueError(f"For 'global_seed', the 'seed' must be int and must >= 0, but got '{seed}' with type 'int'.")
    _seed[0] = seed
    _core.manual_seed(seed)
    import numpy as np

    # as MindSpore: the global seed seeds numpy's global generator, which the initializers draw from
    np.random.seed(seed)
    from . import _random

    _random.reset_op_seeds()

    from .common import initializer as _init

    _init._rng[0] = np.random.RandomState(seed)


def get_seed():
    return _seed[0]


def jit(fn=None, *args, **kwargs):
    if fn is None or not callable(fn):
        return lambda f: f
    return fn


ms_function = jit


def ms_class(cls):
    return cls


jit_class = ms_class


def data_sync():
    pass


def from_numpy(array):
    return Tensor(array)


def tensor(input_data=None, dtype=None, **kw):
    return Tensor(input_data, dtype, **kw)


def save_checkpoint(save_obj, ckpt_file_name, **kwargs):
    import pickle

    if hasattr(save_obj, "parameters_and_names"):
        data = {n: p.asnumpy() for n, p in save_obj.parameters_and_names()}
    elif isinstance(save_obj, dict):
        data = {k: (v.asnumpy() if hasattr(v, "asnumpy") else v) for k, v in save_obj.items()}
    else:
        data = {}
        for p in save_obj:
            if isinstance(p, dict):
                v = p["data"]
                data[p["name"]] = v.asnumpy() if hasattr(v, "asnumpy") else v
            else:
                data[p.name] = p.asnumpy()
    with open(ckpt_file_name, "wb") as f:
        pickle.dump(data, f)


def load_checkpoint(ckpt_file_name, net=None, **kwargs):
    import pickle

    with open(ckpt_file_name, "rb") as f:
        data = pickle.load(f)
    params = {k: Parameter(Tensor(v), name=k) for k, v in data.items()}
    if net is not None:
        load_param_into_net(net, params)
    return params


def load_param_into_net(net, parameter_dict, strict_load=False):
    not_loaded = []
    used = set()
    for name, p in net.parameters_and_names():
        if name in parameter_dict:
            p.set_data(parameter_dict[name])
            used.add(name)
        else:
            not_loaded.append(name)
    return not_loaded, [k for k in parameter_dict if k not in used]


from . import common, context, nn, ops  # noqa: E402,F401
from . import numpy  # noqa: E402,F401
from .common import initializer  # noqa: E402,F401


_LAZY = {"train": None, "amp": None, "dataset": None, "Model": "train", "LossMonitor": "train.callback",
         "TimeMonitor": "train.callback", "CheckpointConfig": "train.callback", "ModelCheckpoint": "train.callback"}


def __getattr__(name):
    # mindspore.train / amp / dataset (and mindspore.Model, ...) load on first use
    if name in _LAZY:
        import importlib

        mod = importlib.import_module("." + (_LAZY[name] or name), __name__)
        value = mod if _LAZY[name] is None else getattr(mod, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'mindspore' has no attribute '{name}'")

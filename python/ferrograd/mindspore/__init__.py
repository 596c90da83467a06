# The MindSpore dialect: MindSpore 2.x names and conventions (PyNative mode) over ferrograd's
# one tensor type. `python -m ferrograd run script.py` maps `import mindspore` here.
import functools

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
from ._grad import _no_grad, grad, value_and_grad, vjp  # noqa: F401

__version__ = "2.10.0+ferrograd"
dtype = _dtype

GRAPH_MODE = 0
PYNATIVE_MODE = 1
_context = {"mode": PYNATIVE_MODE, "device_target": "CPU",
            # MindSpore 2.10's defaults on CPU (get_context of keys nobody set)
            "max_call_depth": 1000, "device_id": 0, "save_graphs": 0, "save_graphs_path": ".", "jit_level": "",
            "pynative_synchronize": False, "enable_graph_kernel": False, "check_bprop": False,
            "max_device_memory": 1024.0, "runtime_num_threads": 2, "jit_syntax_level": 2, "deterministic": "OFF",
            "print_file_path": "", "mempool_block_size": 1.0, "enable_reduce_precision": True}


def _check_device(target):
    # a CPU-only MindSpore: the other targets fail to load
    if target not in ("CPU", "GPU", "Ascend", "Davinci"):
        raise ValueError(f"For 'context.set_context', the argument 'device_target' must be one of ['CPU', 'GPU', "
                         f"'Ascend', 'Davinci'], but got {target}.")
    if target != "CPU":
        raise RuntimeError(f"Unsupported device target {target}. This process only supports one of the ['CPU']. "
                           f"Please check whether the {target} environment is installed and configured correctly, and "
                           f"check whether current mindspore wheel package was built with \"-e {target}\". For "
                           f"details, please refer to \"Device load error message\".")


_CTX_KEYS = set("""aoe_config aoe_job_type aoe_tune_mode ascend_config atomic_clean_policy auto_tune_mode
bias_add_comm_swap check_bprop compile_cache_path compute_communicate_fusion_level conv_allow_hf32 conv_allow_tf32
conv_dgrad_algo conv_fprop_algo conv_wgrad_algo cur_step_num dataset_broadcast_opt_level debug_level deterministic
device_id device_target disable_format_transform enable_allreduce_slice_to_reducescatter enable_auto_mixed_precision
enable_begin_end_inline_opt enable_compile_cache enable_concat_eliminate_opt enable_flash_attention_load_balance
enable_fused_cast_add_opt enable_grad_comm_opt enable_graph_kernel enable_interleave_parallel_branch
enable_interleave_split_concat_branch enable_offloading_packed_experts enable_opt_shard_comm_opt
enable_parallel_split enable_profiling enable_reduce_precision enable_sparse enable_task_opt env_config_path
exec_order ge_options gpu_config graph_kernel_flags hccl_watchdog host_scheduling_max_threshold infer_boost
inter_op_parallel_num interleaved_layernorm_comm interleaved_matmul_comm jit_compile jit_config
jit_enable_inplace_ops jit_level jit_syntax_level last_triggered_step load_compile_cache matmul_allow_hf32
matmul_allow_tf32 matmul_grad_comm_overlap max_call_depth max_device_memory memory_optimize_level
mempool_block_size mode need_ckpt op_debug_option op_precision_mode op_timeout pp_1f1b_overlap precision_mode
print_file_path profiling_options pynative_synchronize recompute_allgather_overlap_fagrad recompute_comm_overlap
reserve_class_name_in_scope runtime_num_threads save_checkpoint_steps save_compile_cache save_graphs
save_graphs_path topo_order variable_memory_max_size""".split())


def set_context(**kwargs):
    if "device_target" in kwargs:
        _check_device(kwargs["device_target"])
    for k in kwargs:
        if k not in _CTX_KEYS:
            raise ValueError(f"For 'context.set_context', the keyword argument {k} is not recognized! For detailed "
                             f"usage of 'set_context', please refer to the Mindspore official website.")
    if kwargs.get("mode", 0) not in (0, 1):
        raise ValueError("For 'context.set_context', the argument 'mode' should be context.GRAPH_MODE (0) or "
                         f"context.PYNATIVE_MODE (1), but got {kwargs['mode']}.")
    _context.update(kwargs)


def get_context(attr_key):
    if attr_key not in _CTX_KEYS:
        raise ValueError(f"For 'context.get_context', the argument {attr_key} is not recognized! For detailed "
                         f"usage of 'get_context', please refer to the Mindspore official website.")
    return _context.get(attr_key)


class JitConfig:
    def __init__(self, jit_level="", exc_mode="auto", jit_syntax_level="", debug_level="RELEASE",
                 infer_boost="off", **kwargs):
        self.jit_config_dict = dict(kwargs, jit_level=jit_level, exc_mode=exc_mode, jit_syntax_level=jit_syntax_level,
                                    debug_level=debug_level, infer_boost=infer_boost)


def set_device(device_target, device_id=None):
    _check_device(device_target)
    _context["device_target"] = device_target


def run_check():
    """Prints what MindSpore's installation check prints (the multiplication runs on ferrograd's CPU)."""
    print("MindSpore version: ", __version__.split("+")[0])
    ops.Mul()(Tensor([1.0, 2.0, 3.0]), Tensor([4.0, 5.0, 6.0])).asnumpy()
    print("The result of multiplication calculation is correct, MindSpore has been installed on platform "
          f"[{get_context('device_target')}] successfully!")


def get_py_obj_dtype(obj):
    t = obj if isinstance(obj, type) else type(obj)
    return _dtype.float64 if t is float else _dtype.pytype_to_dtype(t)


def frombuffer(buffer, dtype, count=-1, offset=0):
    import numpy as np

    return Tensor(np.frombuffer(buffer, dtype._name, count, offset).copy(), dtype)


def set_recursion_limit(recursion_limit=1000):
    pass


def ms_memory_recycle():
    pass


_auto_parallel = {"parallel_mode": "stand_alone", "dataset_strategy": "data_parallel", "device_num": 1,
                  "global_rank": 0, "gradients_mean": False, "full_batch": False}


def set_auto_parallel_context(**kwargs):
    _auto_parallel.update(kwargs)


def get_auto_parallel_context(attr_key):
    return _auto_parallel.get(attr_key)


def reset_auto_parallel_context():
    _auto_parallel.update(parallel_mode="stand_alone", dataset_strategy="data_parallel", device_num=1, global_rank=0,
                          gradients_mean=False, full_batch=False)


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
    # the global seed is also the dataset pipeline's seed (mindspore.dataset.config.get_seed())
    from .dataset import config as _ds_config

    _ds_config._state["seed"] = seed


def get_seed():
    return _seed[0]


def _jit_wrap(fn):
    if type(fn).__name__ != "function":
        return fn

    @functools.wraps(fn)
    def staging_specialize(*args, **kwargs):
        return fn(*args, **kwargs)

    staging_specialize.__wrapped_by_jit__ = True
    return staging_specialize


def jit(fn=None, *args, **kwargs):
    if fn is None or not callable(fn):
        return _jit_wrap
    return _jit_wrap(fn)


def jit_class(cls):
    return cls


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
    for k, v in (kwargs.get("append_dict") or {}).items():
        # append_dict entries (int, float, bool, str, Tensor) are saved next to the parameters
        data[k] = v.asnumpy() if hasattr(v, "asnumpy") else v
    if not str(ckpt_file_name).endswith(".ckpt"):
        ckpt_file_name = str(ckpt_file_name) + ".ckpt"
    with open(ckpt_file_name, "wb") as f:
        pickle.dump(data, f)


def load_checkpoint(ckpt_file_name, net=None, **kwargs):
    import os
    import pickle

    if not os.path.exists(ckpt_file_name):
        raise ValueError(f"For 'load_checkpoint', the checkpoint file: {ckpt_file_name} does not exist, please check "
                         f"whether the 'ckpt_file_name' is correct.")
    if not str(ckpt_file_name).endswith(".ckpt"):
        raise ValueError(f"For 'load_checkpoint', the checkpoint file format must same with 'format', but got "
                         f"file_name:'{ckpt_file_name}', format:'ckpt'")
    with open(ckpt_file_name, "rb") as f:
        data = pickle.load(f)
    spec, filt = kwargs.get("specify_prefix"), kwargs.get("filter_prefix")
    spec = [spec] if isinstance(spec, str) else spec
    filt = [filt] if isinstance(filt, str) else filt
    choice = kwargs.get("choice_func")

    def keep(name):
        if spec or filt:
            ok = not spec or any(name.startswith(x) for x in spec)
            return ok and not (filt and any(name.startswith(x) for x in filt))
        return choice is None or choice(name)

    import numpy as _np

    params = {}
    for k, v in data.items():
        if not keep(k):
            continue
        if isinstance(v, str):
            params[k] = v
        elif isinstance(v, (bool, int, float)) and not isinstance(v, _np.ndarray):
            # append_dict numbers come back as Parameters (int64 / float32)
            params[k] = Parameter(Tensor(v), name=k)
        else:
            params[k] = Parameter(Tensor(v), name=k)
    if not params:
        raise ValueError("The loaded parameter dict is empty after filter or specify, please check whether "
                         "'filter_prefix' or 'specify_prefix' are set correctly.")
    if net is not None:
        load_param_into_net(net, params, kwargs.get("strict_load", False))
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
         "TimeMonitor": "train.callback", "CheckpointConfig": "train.callback", "ModelCheckpoint": "train.callback",
         "jacrev": "_jac", "jacfwd": "_jac", "jvp": "_jac", "CSRTensor": "_sparse", "COOTensor": "_sparse",
         "export": "_mindir", "load": "_mindir",
         # names mindspore re-exports from mindspore.train
         "LossScaleManager": "_loss_scale", "FixedLossScaleManager": "_loss_scale",
         "DynamicLossScaleManager": "_loss_scale", "Callback": "train.callback", "RunContext": "train.callback",
         "LambdaCallback": "train.callback", "EarlyStopping": "train.callback", "History": "train.callback",
         "Metric": "train.metrics", "Accuracy": "train.metrics", "MAE": "train.metrics", "MSE": "train.metrics",
         "Loss": "train.metrics", "Top1CategoricalAccuracy": "train.metrics",
         "Top5CategoricalAccuracy": "train.metrics", "TopKCategoricalAccuracy": "train.metrics",
         "get_metric_fn": "train.metrics", "Precision": "train.metrics", "Recall": "train.metrics",
         "F1": "train.metrics", "Fbeta": "train.metrics", "Dice": "train.metrics", "Perplexity": "train.metrics",
         "CosineSimilarity": "train.metrics", "LearningRateScheduler": "train.callback",
         "ReduceLROnPlateau": "train.callback", "vmap": "_vmap", "get_grad": "_grad", "mutable": "_jit",
         "lazy_inline": "_jit", "no_inline": "_jit", "dtype_to_pytype": "_dtype"}


def set_deterministic(deterministic):
    _context["deterministic"] = "ON" if deterministic else "OFF"


def __getattr__(name):
    if name == "bool":  # mindspore.bool (a module-level def would hide the builtin here)
        return _dtype.bool_
    # mindspore.train / amp / dataset (and mindspore.Model, ...) load on first use
    if name in _LAZY:
        import importlib

        mod = importlib.import_module("." + (_LAZY[name] or name), __name__)
        value = mod if _LAZY[name] is None else getattr(mod, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'mindspore' has no attribute '{name}'")


def _alias_modules(base, table):
    # MindSpore's deeper module paths (`mindspore.nn.wrap.cell_wrapper`, `mindspore.ops.operations.nn_ops`,
    # ...) as aliases of the dialect's flat modules, which hold the same names.
    import importlib
    import sys

    for target, names in table:
        mod = importlib.import_module(f"{base}.{target}" if target else base)
        for n in names.split():
            full = f"{base}.{n}"
            sys.modules.setdefault(full, mod)
            parent = sys.modules[full.rsplit(".", 1)[0]]
            if not hasattr(parent, "__path__"):
                parent.__path__ = []


_alias_modules(__name__, (
    ("nn", "nn.layer nn.layer.basic nn.layer.activation nn.layer.conv nn.layer.normalization nn.layer.pooling "
           "nn.layer.container nn.layer.embedding nn.layer.rnns nn.layer.math nn.layer.transformer "
           "nn.wrap.cell_wrapper nn.wrap.loss_scale nn.wrap.grad_reducer"),
    ("nn.optim", "nn.optim.optimizer nn.optim.momentum nn.optim.sgd nn.optim.adam nn.optim.lamb nn.optim.rmsprop "
                 "nn.optim.adagrad nn.optim.ftrl"),
    ("nn.loss", "nn.loss.loss"),
    ("ops.operations", "ops.operations.nn_ops ops.operations.array_ops ops.operations.math_ops "
                       "ops.operations.comm_ops ops.operations.debug_ops ops.operations.other_ops "
                       "ops.operations.random_ops ops.operations.control_ops"),
    ("ops.composite", "ops.composite.base ops.composite.multitype_ops"),
    ("ops.primitives", "ops.primitive"),
    ("ops", "ops.function ops.function.math_func ops.function.array_func ops.function.nn_func"),
))

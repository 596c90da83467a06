# Process-level torch API: layout/memory_format objects, compile, typename, precision/thread/determinism
# flags, legacy tensor types (torch.FloatTensor & co.), eager cond/while_loop, torch.version.
import builtins as _b

from .. import _core
from ._common import TAG, _T, _tt, _warn_once


# ---- misc torch.* API ----
class layout:
    """torch.layout (only torch.strided here)."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "torch." + self._name

    def __reduce__(self):
        return (layout, (self._name,))


class memory_format:
    """torch.memory_format (tensors here are always in contiguous_format)."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "torch." + self._name


layout.__module__ = memory_format.__module__ = "torch"
strided = layout("strided")
contiguous_format = memory_format("contiguous_format")
channels_last = memory_format("channels_last")
channels_last_3d = memory_format("channels_last_3d")
preserve_format = memory_format("preserve_format")


def compile(model=None, *, fullgraph=False, dynamic=None, backend="inductor", mode=None, options=None,
            disable=False):
    """torch.compile: runs `model` eagerly (same results, no graph capture here); a Module comes back wrapped in
    an OptimizedModule as in torch."""
    if model is None:
        return lambda m: compile(m)
    from .nn import Module

    if isinstance(model, Module):
        return _optimized_module()(model)
    return model


def _optimized_module():
    global _OptimizedModule
    if _OptimizedModule is None:
        from .nn import Module

        class OptimizedModule(Module):
            def __init__(self, mod):
                super().__init__()
                self._orig_mod = mod

            def forward(self, *args, **kwargs):
                return self._orig_mod(*args, **kwargs)

            def __getattr__(self, name):
                try:
                    return super().__getattr__(name)
                except AttributeError:
                    return getattr(self._modules["_orig_mod"], name)

        OptimizedModule.__module__ = "torch._dynamo.eval_frame"
        _OptimizedModule = OptimizedModule
    return _OptimizedModule


_OptimizedModule = None


def typename(obj):
    if isinstance(obj, _T):
        return obj.type()
    module = getattr(type(obj), "__module__", "") or ""
    qual = type(obj).__qualname__
    if module in ("", "builtins", "__builtin__"):
        return qual
    return module + "." + qual


_flags = {"matmul_precision": "highest", "interop": 2, "warn_always": False}


def get_float32_matmul_precision():
    return _flags["matmul_precision"]


def set_float32_matmul_precision(precision):
    if precision not in ("highest", "high", "medium"):
        raise RuntimeError(f"Invalid value for set_float32_matmul_precision: {precision}")
    _flags["matmul_precision"] = precision


def get_num_interop_threads():
    return _flags["interop"]


def set_num_interop_threads(n):
    _flags["interop"] = n


def set_flush_denormal(mode):
    return True


def set_warn_always(b):
    _flags["warn_always"] = _b.bool(b)


def is_warn_always_enabled():
    return _flags["warn_always"]


def is_storage(obj):
    return False


# ---- legacy tensor types (torch.FloatTensor & co.) ----
_LEGACY = {"FloatTensor": "float32", "DoubleTensor": "float64", "HalfTensor": "float16",
           "BFloat16Tensor": "bfloat16", "LongTensor": "int64", "IntTensor": "int32", "BoolTensor": "bool"}
_OPT_NAMES = {"float32": "float", "float64": "double", "float16": "c10::Half", "bfloat16": "c10::BFloat16",
              "int64": "long int", "int32": "int", "bool": "bool"}


class tensortype(type):
    """The metaclass of torch.FloatTensor & co.: calling one builds a tensor of its dtype, isinstance
    checks the dtype."""

    @property
    def dtype(cls):
        return getattr(_tt(), cls._dtype_name)

    def __instancecheck__(cls, obj):
        return isinstance(obj, _T) and obj.dtype is cls.dtype

    def __repr__(cls):
        return f"<class 'torch.{cls.__name__}'>"

    def __call__(cls, *args, **kw):
        tt = _tt()
        dtype = cls.dtype
        if not args:
            return tt.zeros(0, dtype=dtype)
        if len(args) == 1 and isinstance(args[0], _T):
            if args[0].dtype is not dtype:
                opts = "device=cpu, layout=Strided, requires_grad=false (default), pinned_memory=false (default), " \
                       "memory_format=(nullopt))"
                raise TypeError(f"expected TensorOptions(dtype={_OPT_NAMES[dtype._fg]}, {opts} (got TensorOptions("
                                f"dtype={_OPT_NAMES[args[0].dtype._fg]}, {opts})")
            return args[0]
        if len(args) == 1 and isinstance(args[0], tt.Size):
            return tt.zeros(*args[0], dtype=dtype)
        if len(args) == 1 and not isinstance(args[0], _b.int):
            return _core.tensor(args[0], dtype, False, TAG)
        return tt.zeros(*args, dtype=dtype)


def _legacy_types():
    out = {}
    for name, dt in _LEGACY.items():
        cls = tensortype(name, (), {"_dtype_name": dt, "__module__": "torch"})
        out[name] = cls
    return out


def set_default_tensor_type(t):
    _warn_once("torch.set_default_tensor_type() is deprecated as of PyTorch 2.1, please use "
               "torch.set_default_dtype() and torch.set_default_device() as alternatives.")
    tt = _tt()
    if isinstance(t, str):
        t = getattr(tt, t.split(".")[-1])
    tt.set_default_dtype(t.dtype)


def _type_method(old):
    def type(self, dtype=None, non_blocking=False, **kw):
        if isinstance(dtype, tensortype):
            dtype = dtype.dtype
        return old(self, dtype, **kw) if dtype is not None else old(self)

    return type


# ---- torch.cond / torch.while_loop (eager) ----
def cond(pred, true_fn, false_fn, operands=()):
    p = pred.item() if isinstance(pred, _T) else pred
    return (true_fn if p else false_fn)(*tuple(operands))


def while_loop(cond_fn, body_fn, carried_inputs, additional_inputs=None):
    extra = tuple(additional_inputs or ())
    vals = tuple(carried_inputs)
    while _b.bool(cond_fn(*vals, *extra)):
        vals = tuple(body_fn(*vals, *extra))
    return vals


# ---- small torch.* utilities ----
def compiled_with_cxx11_abi():
    return True


def is_vulkan_available():
    return False


def init_num_threads():
    return None


_DEBUG_MODES = {"default": 0, "warn": 1, "error": 2, 0: 0, 1: 1, 2: 2}


def set_deterministic_debug_mode(debug_mode):
    if debug_mode not in _DEBUG_MODES:
        raise RuntimeError(f"invalid value of debug_mode, expected one of `default`, `warn`, `error`, but got "
                           f"{debug_mode}")
    m = _DEBUG_MODES[debug_mode]
    _tt().use_deterministic_algorithms(m > 0, warn_only=m == 1)


def get_deterministic_debug_mode():
    tt = _tt()
    if not tt.are_deterministic_algorithms_enabled():
        return 0
    return 1 if tt.is_deterministic_algorithms_warn_only_enabled() else 2


class _Version:
    # torch.version

    def __init__(self):
        self.__version__ = _tt().__version__
        self.cuda = None
        self.hip = None
        self.xpu = None
        self.debug = False
        self.git_version = "unknown"

    def __repr__(self):
        return "<module 'torch.version'>"


_deterministic = [False, False]


def use_deterministic_algorithms(mode, *, warn_only=False):
    _deterministic[0] = _b.bool(mode)
    _deterministic[1] = _b.bool(warn_only)


def are_deterministic_algorithms_enabled():
    return _deterministic[0]


def is_deterministic_algorithms_warn_only_enabled():
    return _deterministic[1]

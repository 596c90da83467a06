# The TensorFlow dialect: TF 2.x eager API (GradientTape, Variable, tf.function, Keras 2
# optimizers) over ferrograd's one tensor type (tag 2).
#
# Tensors are core tensors re-labelled as `EagerTensor`; TF's rules live here in thin Python: no
# implicit type promotion (InvalidArgumentError), Python ints -> int32 and floats -> float32, tapes
# record only what they watch.
from . import dtypes
from ._misc import Function, function
from ._misc import print_ as print  # noqa: A001
from ._ops import (abs, add, add_n, argmax, argmin, broadcast_to, cast, ceil, clip_by_value, concat,  # noqa: F401
                   constant, cos, divide, equal, exp, expand_dims, eye, fill, floor, floordiv, gather, greater,
                   greater_equal, identity, less, less_equal, linspace, log, logical_and, logical_not, logical_or,
                   matmul, maximum, minimum, mod, multiply, negative, not_equal, one_hot, ones, ones_like, pow,
                   range, rank, reduce_all, reduce_any, reduce_logsumexp, reduce_max, reduce_mean, reduce_min,
                   reduce_prod, reduce_sum, reshape, round, rsqrt, shape, sigmoid, sign, sin, size, sqrt, square,
                   squeeze, stack, stop_gradient, subtract, tan, tanh, tensordot, tile, transpose, truediv,
                   unstack, where, zeros, zeros_like)
from ._tape import GradientTape, UnconnectedGradients
from ._clip_ops import clip_by_norm  # noqa: F401
from ._custom_gradient import custom_gradient, recompute_grad  # noqa: F401
from ._linalg_ops import norm  # noqa: F401
from ._tensor import EagerTensor, Tensor, Variable, convert_to_tensor  # noqa: F401
from .dtypes import (DType, TensorShape, as_dtype, bfloat16, bool, double, float16, float32, float64,  # noqa: F401
                     half, int32, int64)
from . import errors, keras, math, nest, nn, random  # noqa: E402,F401
from ._array_ops import (argsort, boolean_mask, cumprod, cumsum, einsum, gather_nd, meshgrid, pad, repeat,  # noqa: E402,F401,E501
                    reverse, scatter_nd, sequence_mask, slice, sort, split, strided_slice, tensor_scatter_nd_add,
                    tensor_scatter_nd_update, unique)
from . import data  # noqa: E402,F401
from .data import TensorSpec  # noqa: E402,F401

__version__ = "2.21.0"


def _setup_logging():
    # TF's Python logger prints 'WARNING:tensorflow:message' to stderr.
    import logging
    import sys as _sys

    log = logging.getLogger("tensorflow")
    if not log.handlers:
        class _Stderr(logging.StreamHandler):
            @property
            def stream(self):
                return _sys.stderr

            @stream.setter
            def stream(self, value):
                pass

        h = _Stderr()
        h.setFormatter(logging.Formatter("%(levelname)s:tensorflow:%(message)s"))
        log.addHandler(h)
        log.propagate = False
        log.setLevel(logging.WARNING)


_setup_logging()
VERSION = __version__
newaxis = None


def is_tensor(x):
    return isinstance(x, (Tensor, Variable))


def executing_eagerly():
    from . import _misc as _m, _tensor as _t

    return not (_t._TRACING[0] or _m._QUIET[0])


def _bshape(x, y):
    import numpy as np

    try:
        return np.broadcast_shapes(tuple(x), tuple(y))
    except ValueError:
        return None


def broadcast_static_shape(shape_x, shape_y):
    r = _bshape(shape_x, shape_y)
    if r is None:
        raise ValueError("Incompatible shapes for broadcasting. Two shapes are compatible if for each dimension pair "
                         "they are either equal or one of them is 1. Received: %s and %s." % (shape_x, shape_y))
    return TensorShape(r)


def broadcast_dynamic_shape(shape_x, shape_y):
    x, y = convert_to_tensor(shape_x), convert_to_tensor(shape_y)
    r = _bshape(x.numpy(), y.numpy())
    if r is None:
        from .errors import _invalid

        raise _invalid("BroadcastArgs", "Incompatible shapes: %s vs. %s" % (x.numpy().tolist(), y.numpy().tolist()),
                       name=False)
    return _ops.constant(list(r), dtype=x.dtype)


def get_static_value(tensor, partial=False):
    if isinstance(tensor, Variable):
        return None
    return tensor.numpy() if is_tensor(tensor) else tensor


from . import linalg  # noqa: E402


class _Config:
    class experimental:
        @staticmethod
        def enable_op_determinism():
            pass

    @staticmethod
    def run_functions_eagerly(run_eagerly):
        _misc._EAGER[0] = not not run_eagerly

    @staticmethod
    def functions_run_eagerly():
        return _misc._EAGER[0]

    @staticmethod
    def list_physical_devices(device_type=None):
        import collections

        dev = collections.namedtuple("PhysicalDevice", ["name", "device_type"])
        return [] if device_type not in (None, "CPU") else [dev("/physical_device:CPU:0", "CPU")]

    @staticmethod
    def list_logical_devices(device_type=None):
        import collections

        dev = collections.namedtuple("LogicalDevice", ["name", "device_type"])
        return [] if device_type not in (None, "CPU") else [dev("/device:CPU:0", "CPU")]

    @staticmethod
    def set_visible_devices(devices, device_type=None):
        pass

    set_logical_device_configuration = set_visible_devices

    @staticmethod
    def get_visible_devices(device_type=None):
        return config.list_physical_devices(device_type)

    @staticmethod
    def get_logical_device_configuration(device):
        return None

    class threading:
        _intra = _inter = 0

        @classmethod
        def set_intra_op_parallelism_threads(cls, n):
            cls._intra = n  # TF: 0 lets the system choose (the core count)
            from .. import _core
            _core.num_threads(n if n > 0 else _core.cpu_count())

        @classmethod
        def get_intra_op_parallelism_threads(cls):
            return cls._intra

        @classmethod
        def set_inter_op_parallelism_threads(cls, n):
            cls._inter = n  # ferrograd runs ops one after another: nothing else to set

        @classmethod
        def get_inter_op_parallelism_threads(cls):
            return cls._inter


config = _Config()


class _Debugging:
    @staticmethod
    def set_log_device_placement(enabled):
        pass


debugging = _Debugging()


def device(name):
    import contextlib

    return contextlib.nullcontext()


class name_scope:
    """tf.name_scope: variables created inside are named 'scope/name:0'."""

    def __init__(self, name):
        self._scope = str(name).rstrip("/")

    def __enter__(self):
        from . import _tensor

        _tensor._name_scopes.append(self._scope)
        return "/".join(_tensor._name_scopes) + "/"

    def __exit__(self, *exc):
        from . import _tensor

        _tensor._name_scopes.pop()
        return False


_RESTORE_PENDING = []  # tf.train.Checkpoint restores with values not yet matched (deferred)


class Module:
    """tf.Module: collects the tf.Variables reachable from attributes."""

    def __init__(self, name=None):
        if name is None:
            import re

            name = re.sub(r"((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))", r"_\1", type(self).__name__).lower()
        self._name = name

    @property
    def name(self):
        return self._name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        if _RESTORE_PENDING and name[:1] != "_":  # a checkpoint restore waits for this variable (tf.train)
            from .train import _apply_pending

            _apply_pending()

    @staticmethod
    def _leaves(v, out):
        if isinstance(v, dict):
            for k in sorted(v, key=str):
                Module._leaves(v[k], out)
        elif isinstance(v, (list, tuple)):
            for e in v:
                Module._leaves(e, out)
        else:
            out.append(v)
        return out

    def _flatten(self, predicate, seen=None):
        # TF's module walk: this module's attributes (sorted keys, nested structures flattened)
        # first, then the submodules found there, recursively; each object once.
        seen = set() if seen is None else seen
        subs = []
        for k in sorted(vars(self)):
            for leaf in Module._leaves(vars(self)[k], []):
                if id(leaf) in seen:
                    continue
                seen.add(id(leaf))
                if predicate(leaf):
                    yield leaf
                if isinstance(leaf, Module):
                    subs.append(leaf)
        for m in subs:
            yield from m._flatten(predicate, seen)

    @property
    def variables(self):
        return tuple(self._flatten(lambda v: isinstance(v, Variable)))

    @property
    def trainable_variables(self):
        return tuple(self._flatten(lambda v: isinstance(v, Variable) and v.trainable))

    @property
    def non_trainable_variables(self):
        return tuple(self._flatten(lambda v: isinstance(v, Variable) and not v.trainable))

    @property
    def submodules(self):
        return tuple(self._flatten(lambda v: isinstance(v, Module)))

    @property
    def name_scope(self):
        return name_scope(self._name)

    @staticmethod
    def with_name_scope(method):
        import functools

        @functools.wraps(method)
        def wrapped(self, *args, **kwargs):
            with self.name_scope:
                return method(self, *args, **kwargs)

        return wrapped


import sys as _sys  # noqa: E402


def _register_ops():
    # Register the ops modules' names in tf, tf.math, tf.nn, tf.linalg (only where the module lacks them).
    from . import (_array_ops, _clip_ops, _control_flow, _init_ops, _linalg_ops, _math_ops, _nn_ops, linalg as L,
                   math as M, nn as N)

    g = {"softmax": N.softmax, "log_softmax": N.log_softmax, "tensordot": _ops.tensordot}
    for m in (_math_ops, _array_ops, _clip_ops, _control_flow, _nn_ops, _linalg_ops, _init_ops):
        g.update(vars(m))
    for mod, names in (
            (_sys.modules[__name__],
             "acos acosh asin asinh atan atanh cosh sinh roll searchsorted reverse_sequence unique_with_counts "
             "unravel_index shape_n identity_n tensor_scatter_nd_sub tensor_scatter_nd_max tensor_scatter_nd_min "
             "clip_by_global_norm cond case switch_case while_loop map_fn vectorized_map scan foldl foldr no_op "
             "group control_dependencies init_scope inside_function get_current_name_scope get_logger "
             "gradients hessians py_function numpy_function ensure_shape realdiv truncatediv truncatemod "
             "scalar_mul saturate_cast random_normal_initializer random_uniform_initializer"),
            (M, "acos acosh asin asinh atan atanh cosh sinh lgamma digamma erfc erfinv rint log_sigmoid softsign "
                "logical_xor xlogy xlog1py xdivy multiply_no_nan reciprocal_no_nan scalar_mul "
                "zero_fraction polyval invert_permutation is_non_decreasing is_strictly_increasing "
                "cumulative_logsumexp segment_max segment_min segment_mean segment_prod unsorted_segment_max "
                "unsorted_segment_min unsorted_segment_mean unsorted_segment_sqrt_n unsorted_segment_prod "
                "softmax log_softmax"),
            (N, "gelu selu crelu softsign batch_normalization normalize_moments weighted_cross_entropy_with_logits "
                "log_poisson_loss compute_average_loss scale_regularization_loss depth_to_space space_to_depth "
                "max_pool1d avg_pool1d conv2d_transpose conv1d_transpose zero_fraction"),
            (L, "cholesky triangular_solve cholesky_solve slogdet logdet cross normalize set_diag tensor_diag "
                "tensor_diag_part qr svd eigh eigvalsh pinv matrix_rank lstsq expm global_norm tensordot")):
        for n in names.split():
            if not hasattr(mod, n):
                setattr(mod, n, g[n])


def _install_more():
    # Ops modules (math/array/nn/linalg/control flow), tf.debugging, strings, tf.function extras.
    import types as _types

    from . import _concrete_function, _dataset_ops, _debugging, _strings, _tensor_shape, _variable_ops

    _register_ops()
    for m in (_tensor_shape, _variable_ops, _dataset_ops):
        m._install()
    _strings._install(_sys.modules[__name__])
    _concrete_function._install()
    g0 = globals()
    g0.setdefault("IndexedSlices", _variable_ops.IndexedSlices)
    g0.setdefault("VariableAggregation", _variable_ops.VariableAggregation)
    g0.setdefault("VariableSynchronization", _variable_ops.VariableSynchronization)
    from ._tensor_array import TensorArray

    g0.setdefault("TensorArray", TensorArray)
    _debugging._install(debugging, _sys.modules[__name__])
    g = globals()
    _nc = lambda func=None: func if func is not None else (lambda f: f)  # noqa: E731
    g.setdefault("autograph", _types.SimpleNamespace(  # AutoGraph: ferrograd runs tf.functions eagerly
        set_verbosity=lambda level, alsologtostdout=False: None, trace=print,
        experimental=_types.SimpleNamespace(do_not_convert=_nc, set_loop_options=lambda **kw: None)))
    g.setdefault("version", _types.SimpleNamespace(VERSION=__version__, GIT_VERSION="v2.21.0",
                                                   COMPILER_VERSION="", GRAPH_DEF_VERSION=2051))
    from .keras import initializers as _ki

    g.setdefault("constant_initializer", _ki.Constant)
    g.setdefault("zeros_initializer", _ki.Zeros)
    g.setdefault("ones_initializer", _ki.Ones)
    if not hasattr(_ki, "identity"):
        _ki.identity = _ki.Identity
    from .keras import activations as _ka

    def gelu(x, approximate=False):
        return nn.gelu(x, approximate)

    def mish(x):
        return x * _ops.tanh(_ops.softplus(x))

    def deserialize(name, custom_objects=None, use_legacy_format=False):
        if custom_objects and name in custom_objects:
            return custom_objects[name]
        return _ka.get(name)

    for fn in (gelu, mish, deserialize):
        fn.__module__ = _ka.__name__
        if not hasattr(_ka, fn.__name__):
            setattr(_ka, fn.__name__, fn)
    from .keras import losses as _kl, metrics as _km, optimizers as _ko

    g.setdefault("losses", _kl)
    g.setdefault("metrics", _km)
    g.setdefault("optimizers", _ko)
    g.setdefault("initializers", _ki)
    g.setdefault("atan2", math.atan2)


_install_more()


def __getattr__(name):
    # tf.tuple: served lazily so the module's own code keeps the builtin `tuple`
    if name == "tuple":
        from ._control_flow import _tuple_fn

        return _tuple_fn
    if name in ("image", "saved_model", "train", "test", "compat"):
        import importlib

        return importlib.import_module(__name__ + "." + name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# mindspore.Tensor, Parameter and ParameterTuple over ferrograd's one tensor type (tag 1).
#
# Op results are plain ``_core.Tensor`` objects tagged 1; the metaclass makes
# ``isinstance(r, mindspore.Tensor)`` true for them, and the dialect's ext table (looked up when
# normal attribute lookup fails) gives them MindSpore's extra methods.
import builtins as _b

from .. import _core
from . import _dtype
from ._dtype import Type

TAG = 1
_CT = _core.Tensor
_CORE_NAMES = {"float32", "float64", "int64", "int32", "bool", "float16"}


def _np():
    import numpy as np

    return np


def _display_dtype(t):
    # MindSpore dtype name of a tensor ('float16' for a Float16 tensor stored as float32).
    return getattr(t, "_msdt", None) or t._dtype_name


def _as_type(dtype):
    if dtype is None or isinstance(dtype, Type):
        return dtype
    if isinstance(dtype, str):
        return _dtype.by_name({"bool_": "bool"}.get(dtype, dtype))
    t = _dtype.pytype_to_dtype(dtype)
    if t is None:
        raise TypeError(f"For 'Tensor', the 'dtype' must be a mindspore type, but got {dtype}.")
    return t


def _prepare(input_data, dtype):
    # -> (data for the core, core dtype name or None, MindSpore display dtype or None).
    np = None
    dtype = _as_type(dtype)
    msdt = None
    data = input_data
    if isinstance(data, _CT):
        src = getattr(data, "_msdt", None)
        data = data.numpy(True).copy()
        if src and dtype is None:
            dtype = _dtype.by_name(src)
    elif isinstance(data, (_b.bool, _b.int, _b.float)) and type(data).__module__ != "numpy":
        np = _np()
        if isinstance(data, _b.bool):
            data = np.array(data)
        elif isinstance(data, _b.int):
            data = np.array(data, "int64")
        else:
            data = np.array(data, "float32")
    elif type(data).__module__ == "numpy":
        np = _np()
        data = np.asarray(data)
        if dtype is None and data.dtype.name not in _CORE_NAMES:
            dtype = _dtype.from_numpy(data.dtype)
            if dtype is None:
                raise TypeError(f"For Tensor, the input_data is a numpy array whose dtype {data.dtype} "
                                f"is not supported.")
    if dtype is not None and dtype._store:
        # a type the core stores wider: round through numpy, remember the display type
        np = _np()
        data = np.asarray(data).astype(dtype._name).astype(dtype._store)
        msdt = dtype._name
        return data, dtype._store, msdt
    return data, (dtype._fg if dtype is not None else None), msdt


class _TensorMeta(type):
    def __instancecheck__(cls, obj):
        if cls is Tensor:
            return isinstance(obj, _CT) and obj._tag == TAG
        return type.__instancecheck__(cls, obj)

    def __getattr__(cls, name):
        # Tensor.min(x), Tensor.argsort(x), ...: the dialect's ext methods are class attributes too
        if not name.startswith("__") and name in EXT:
            return EXT[name]
        raise AttributeError(f"type object '{cls.__name__}' has no attribute '{name}'")


class Tensor(_CT, metaclass=_TensorMeta):
    """mindspore.Tensor(input_data=None, dtype=None, shape=None, init=None, ...)."""

    def __new__(cls, input_data=None, dtype=None, shape=None, init=None, const_arg=False, device=None,
                internal=False, **kwargs):
        if input_data is None:
            if shape is None:
                raise ValueError("For 'Tensor', 'input_data' and 'shape' can not be None at the same time.")
            shape = (shape,) if isinstance(shape, int) else tuple(shape)
            if any(d is None or d == -1 for d in shape) and cls is Tensor:
                # a dynamic-shape placeholder (Cell.set_inputs): no data, -1 for unknown dimensions
                t = _DynTensor(None, dtype, tuple(0 if d is None or d == -1 else d for d in shape))
                t._dyn = tuple(-1 if d is None else d for d in shape)
                return t
            if init is not None:
                from .common.initializer import initializer

                t = initializer(init, shape, _as_type(dtype) or _dtype.float32)
                if cls is Tensor:
                    t._lazy = True  # printed as <uninitialized> until init_data() or asnumpy()
                return t
            input_data = _np().zeros(shape, dtype=(_as_type(dtype) or _dtype.float32)._name)
        if isinstance(input_data, (list, tuple)) and len(input_data) == 0 and dtype is None:
            dtype = _dtype.float32
        data, core_dt, msdt = _prepare(input_data, dtype)
        obj = _CT.__new__(cls, data, dtype=core_dt, tag=TAG)
        if msdt:
            obj._msdt = msdt
        return obj

    def __init__(self, *args, **kwargs):
        pass

    def register_hook(self, hook):
        from ._hooks import register_hook

        return register_hook(self, hook)

    @property
    def dtype(self):
        m = getattr(self, "_msdt", None)
        if m:
            return _dtype.by_name(m)
        return _CT.dtype.__get__(self)

    def __reduce_ex__(self, proto):
        # through this module's function: the class's __module__ is MindSpore's name
        return (_rebuild_tensor, (asnumpy(self),))

    @staticmethod
    def from_numpy(array):
        # shares memory with the numpy array (like MindSpore) when its layout allows it
        np = _np()
        if isinstance(array, np.ndarray) and array.dtype.name in _CORE_NAMES and array.size:
            t = _core.from_numpy_shared(array, TAG)
            t.__class__ = _SharedTensor
            return t
        return Tensor(array)

    def __str__(self):
        if self.__dict__.get("_lazy"):
            return "Tensor(shape=%s, dtype=%s, value=\n<uninitialized>)" % (list(self.shape), self.dtype)
        return _str(self)

    def __repr__(self):
        if self.__dict__.get("_lazy"):
            return self.__str__()
        return _repr(self)

    @property
    def has_init(self):
        return bool(self.__dict__.get("_lazy"))

    def init_data(self, *args, **kwargs):
        self.__dict__.pop("_lazy", None)
        return self

    # methods whose MindSpore signature differs from the core's torch-named ones; results of
    # operations get the same behaviour through the ext table where the core lacks the name
    def argmin(self, axis=None, keepdims=False, *, dim=None, keepdim=None):
        return _CT.argmin(self, axis if dim is None else dim, keepdims if keepdim is None else keepdim)._cast("int32")

    def mean(self, axis=None, keep_dims=False, *, dim=None, keepdim=None):
        # also the mean(dim=None, keepdim=False) overload
        return _mean(self, axis if dim is None else dim, keep_dims if keepdim is None else keepdim)

    def add(self, other, *, alpha=1):
        return self + other * alpha if alpha != 1 else self + other

    def sub(self, other, *, alpha=1):
        return self - other * alpha if alpha != 1 else self - other

    def divide(self, other, *, rounding_mode=None):
        return _CT.div(self, other, rounding_mode=rounding_mode)

    def gather(self, *args, **kw):
        # gather(dim, index) (elements along dim) or gather(input_indices, axis, batch_dims=0) (ops.gather)
        if isinstance(args[0] if args else kw.get("dim"), _b.int):
            return _CT.gather(self, *args, **kw)
        from .ops.functional import gather

        return gather(self, *args, **kw)

    def select(self, *args, **kw):
        # select(dim, index) or select(condition, y): condition ? self : y
        if args and isinstance(args[0], _b.int) or "dim" in kw:
            return _CT.select(self, *args, **kw)
        c, y = (list(args) + [kw.get("condition"), kw.get("y")])[:2] if len(args) < 2 else args
        return _core.where_(c, self, y if isinstance(y, _CT) else Tensor(y, self.dtype))

    def sum(self, axis=None, dtype=None, keepdims=False, initial=None, *, dim=None, keepdim=None):
        # also the sum(dim=None, keepdim=False, *, dtype=None) overload
        return _sum(self, axis if dim is None else dim, dtype, keepdims if keepdim is None else keepdim, initial)

    def squeeze(self, axis=None):
        return _CT.squeeze(self, axis)

    def expand_as(self, other=None, *, x=None):
        return _CT.expand_as(self, other if x is None else x)

    def remainder(self, other=None, *, divisor=None):
        return _CT.remainder(self, other if divisor is None else divisor)

    def chunk(self, chunks, dim=0, *, axis=None):
        return _CT.chunk(self, chunks, dim if axis is None else axis)

    def flatten(self, order="C", *args, start_dim=0, end_dim=-1):
        if isinstance(order, int):  # the flatten(start_dim=0, end_dim=-1) overload
            start_dim, end_dim = order, (args[0] if args else end_dim)
        return _CT.flatten(self, start_dim, end_dim)


def _norm_axis(axis):
    if axis is None or axis == ():
        return None
    if isinstance(axis, list):
        return tuple(axis)
    return axis


def _full_reduce(x, mean):
    # Full sum/mean of a float32 tensor as MindSpore's CPU reduce kernel does it: accumulated
    # in double, rounded to float32 once (a mean then divides in float32). None for other dtypes
    # (the core's own op).
    if x._dtype_name != "float32" or x.numel() == 0:
        return None
    s = _core.sum_flavor(x, None, False, "f64")
    return _CT.__truediv__(s, x.numel()) if mean else s


def _mean(x, axis=None, keep_dims=False):
    if not x.is_floating_point() and x._dtype_name != "bool":  # an integer mean keeps the dtype (truncated)
        return _mean(x._cast("float64"), axis, keep_dims)._cast(x._dtype_name)
    axis = _norm_axis(axis)
    if axis is None:
        r = _full_reduce(x, True)
        if r is None:
            r = _CT.mean(x)
        return r.reshape([1] * x.ndim) if keep_dims else r
    return _CT.mean(x, axis, keep_dims)


def _sum(x, axis=None, dtype=None, keepdims=False, initial=None):
    axis = _norm_axis(axis)
    if x._dtype_name == "bool":
        x = x._cast("int64")
    if axis is None:
        r = _full_reduce(x, False)
        if r is None:
            r = _CT.sum(x)
        if keepdims:
            r = r.reshape([1] * x.ndim)
    else:
        r = _CT.sum(x, axis, keepdims)
    if initial is not None:
        r = r + initial
    if dtype is not None:
        r = astype(r, dtype)
    return r


def asnumpy(self):
    if type(self) is not _CT and hasattr(self, "__dict__"):
        self.__dict__.pop("_lazy", None)
    m = getattr(self, "_msdt", None)
    if m:
        return _values(self).astype(m)
    if self._dtype_name != "bfloat16" and self.is_contiguous():
        return self.numpy(True)  # shares the tensor's memory, as MindSpore's
    return _values(self).copy()  # bfloat16: float32 values (numpy has no bfloat16)


def astype(self, dtype, copy=True):
    dtype = _as_type(dtype)
    if dtype._store:
        return Tensor(asnumpy(self), dtype)
    if self.requires_grad:
        return self._cast(dtype._fg)
    r = self._cast(dtype._fg)
    return r


def _extreme(big):
    np_kw = ("axis", "keepdims", "initial", "where", "return_indices")

    def op(self, *args, **kw):
        if "dim" in kw or "keepdim" in kw or (args and args[0] is not None and not any(k in kw for k in np_kw)):
            # max(dim, keepdim=False) -> (values, indices)
            dim = kw.get("dim", args[0] if args else None)
            keep = kw.get("keepdim", args[1] if len(args) > 1 else False)
            return (self.amax(dim, keep) if big else self.amin(dim, keep)), (_CT.argmax if big else _CT.argmin)(self, dim, keep)
        axis = kw.get("axis", args[0] if args else None)
        if axis is None:  # MindSpore 2.10 reduces everything and ignores keepdims/initial/where here
            return self.amax() if big else self.amin()
        keepdims = kw.get("keepdims", args[1] if len(args) > 1 else False)
        from .ops.functional import _extreme as ex

        return ex(self, axis, keepdims, kw.get("initial"), kw.get("where"), big, kw.get("return_indices", False))
    return op


_ext_max, _ext_min = _extreme(True), _extreme(False)


def expand_dims(self, axis):
    return self.unsqueeze(axis)


def _all(self, axis=None, keep_dims=False, *, dim=None, keepdim=None):
    b = self.bool().logical_not().long()
    return _sum(b, axis if dim is None else dim, None, keep_dims if keepdim is None else keepdim) == 0


def _any(self, axis=None, keep_dims=False, *, dim=None, keepdim=None):
    b = self.bool().long()
    return _sum(b, axis if dim is None else dim, None, keep_dims if keepdim is None else keepdim) > 0


def _var(self, axis=None, ddof=0, keepdims=False):
    m = _mean(self, axis, True)
    d = self - m
    n = self.numel() if axis is None else _b.int(_np().prod([self.shape[i] for i in ((axis,) if isinstance(axis, _b.int) else axis)]))
    return _sum(d * d, axis, None, keepdims) / _b.max(n - ddof, 0)


def _std(self, axis=None, ddof=0, keepdims=False, *, dim=None, correction=None, keepdim=None):
    if dim is not None or correction is not None or keepdim is not None:  # std(dim, *, correction=1, keepdim=False)
        axis, ddof, keepdims = dim, 1 if correction is None else correction, bool(keepdim)
    return _var(self, axis, ddof, keepdims).sqrt()


def _itemsize(self):
    return _np().dtype(_display_dtype(self).replace("bfloat16", "float16")).itemsize


def _format(self, spec):
    if not spec:
        return str(self)
    return format(asnumpy(self), spec)


def _tile(self, reps):
    reps = tuple(reps)
    x = self
    while x.ndim < len(reps):
        x = x.unsqueeze(0)
    reps = (1,) * (x.ndim - len(reps)) + reps
    for d, r in enumerate(reps):
        if r != 1:
            x = _core.cat([x] * r, d)
    return x


def _broadcast_to(self, shape):
    shape = tuple(s if s != -1 else self.shape[i - (len(shape) - self.ndim)] for i, s in enumerate(shape))
    return self.expand(*shape)


EXT = {
    "_msdt": None,
    "asnumpy": asnumpy,
    "astype": astype,
    "max": _ext_max,
    "min": _ext_min,
    "expand_dims": expand_dims,
    "all": _all,
    "any": _any,
    "var": _var,
    "std": _std,
    "itemsize": property(_itemsize),
    "nbytes": property(lambda self: _itemsize(self) * self.numel()),
    "strides": property(lambda self: tuple(s * _itemsize(self) for s in self.stride())),
    "copy": lambda self: self.clone(),
    "tile": _tile,
    "broadcast_to": _broadcast_to,
    "init_data": lambda self, *a, **k: self,
    "asnumpy_of_slice_persistent_data": lambda self, *a: asnumpy(self),
    "has_init": False,
    "is_persistent_data": lambda self: False,
    "__format__": _format,
    "__array_priority__": 1000,
    "ravel": lambda self: self.reshape(-1),
    "square": lambda self: self * self,
    "negative": lambda self: -self,
    "fill": lambda self, value: _core.full_like(self, value),
}


def _values(t):
    # numpy has no bfloat16: a bfloat16 tensor prints from its (exact) float32 values
    if t._dtype_name == "bfloat16":
        return _CT.numpy(_CT.float(_CT.detach(t)), True)
    return t.numpy(True)


def _repr(t):
    from .._fmt import ms_fmt

    return ms_fmt.tensor_repr(_values(t), _display_dtype(t))


def _str(t):
    from .._fmt import ms_fmt

    return ms_fmt.tensor_str(_values(t), _display_dtype(t))


Tensor.__module__ = "mindspore.common.tensor"  # type(t) prints as in MindSpore


class _DynTensor(Tensor):
    shape = property(lambda self: self._dyn)

    def __repr__(self):
        return f"Tensor(shape={list(self._dyn)}, dtype={self.dtype}, value=\n)"

    def asnumpy(self):
        raise ValueError("negative dimensions are not allowed")

    def __str__(self):
        return str(self.asnumpy())


_DynTensor.__name__ = _DynTensor.__qualname__ = "Tensor"
_DynTensor.__module__ = "mindspore.common.tensor"
# op results are core tensors: they print so too, unless the torch dialect (loaded in the same
# process) has named the core class already
if _CT.__module__ == "ferrograd._core":
    _CT.__module__ = "mindspore.common.tensor"


class _SharedTensor(_CT):
    # A core tensor sharing a numpy array's memory (Tensor.from_numpy), shown as MindSpore's Tensor.

    __slots__ = ()


_SharedTensor.__name__ = _SharedTensor.__qualname__ = "Tensor"
_SharedTensor.__module__ = "mindspore.common.tensor"
_core.register_dialect(TAG, EXT, list(_dtype.CORE), tuple, _repr, _str)


# ------------------------------------------------------------------ Parameter

_pid = [2]  # MindSpore's generated names: "Parameter#<n>" (its import made two unnamed Parameters)


def _gen_name():
    _pid[0] += 1
    return f"Parameter#{_pid[0] - 1}"


class Parameter(Tensor):
    """mindspore.Parameter(default_input, name=None, requires_grad=True, ...)."""

    def __new__(cls, default_input=None, name=None, requires_grad=True, layerwise_parallel=False,
                parallel_optimizer=True, storage_format="", device=None):
        if isinstance(default_input, _b.float):
            default_input = _np().array(default_input, "float32")
        elif isinstance(default_input, _b.bool):
            raise ValueError("Parameter data can not be `bool`")
        elif isinstance(default_input, _b.int):
            default_input = _np().array(default_input, "int32")
        if not isinstance(requires_grad, _b.bool):
            raise TypeError("The argument `requires_grad` must be bool type")
        data, core_dt, msdt = _prepare(default_input, None)
        obj = _CT.__new__(cls, data, dtype=core_dt, tag=TAG)
        if msdt:
            obj._msdt = msdt
        obj.name = name
        obj._ms_rg = _b.bool(requires_grad)
        obj._ms_lp = _b.bool(layerwise_parallel)
        if requires_grad and obj.is_floating_point():
            _CT.requires_grad.__set__(obj, True)
        return obj

    def __init__(self, *args, **kwargs):
        pass

    @property
    def name(self):
        return self._ms_name

    @name.setter
    def name(self, value):
        if isinstance(value, str):
            value = value.strip()
        elif value is not None:
            raise ValueError("The type of the Parameter's name should be 'string' or 'None', "
                             f"but got {type(value)}.")
        self._ms_name = value or _gen_name()

    @property
    def requires_grad(self):
        return self._ms_rg

    @requires_grad.setter
    def requires_grad(self, value):
        if not isinstance(value, _b.bool):
            raise TypeError("The 'requires_grad' attribute of parameter must be set as bool.")
        self._ms_rg = value
        if self.is_floating_point():
            _CT.requires_grad.__set__(self, value)

    def value(self):
        t = self._retag(TAG)
        return t

    def set_data(self, data, slice_shape=False, sliced=False):
        if not isinstance(data, _CT):
            data = Tensor(data, self.dtype)
        src = data
        if tuple(data.shape) != tuple(self.shape):  # MindSpore 2.10 lets the shape change
            self._become(data.detach()._cast(self._dtype_name).clone())
        m = getattr(self, "_msdt", None)
        if m:
            src = Tensor(asnumpy(data), _dtype.by_name(m))
        elif src._dtype_name != self._dtype_name:
            src = src._cast(self._dtype_name)
        self._assign(src.detach())
        return self

    @property
    def layerwise_parallel(self):
        return getattr(self, "_ms_lp", False)

    def clone(self, init="same"):
        p = Parameter(Tensor(asnumpy(self)), name=self.name, requires_grad=self.requires_grad)
        if init != "same":
            from .common.initializer import initializer

            p.set_data(initializer(init, tuple(self.shape), self.dtype))
        return p

    def init_data(self, *args, **kwargs):
        return self

    is_init = False

    @property
    def data(self):
        return _CT.detach(self)  # a Tensor sharing the Parameter's memory, as MindSpore's

    inited_param = None
    sliced = unique = False
    parallel_optimizer, comm_fusion = True, 1

    def __str__(self):
        from .._fmt import ms_fmt

        return ms_fmt.parameter_repr(self.name, self.shape, _display_dtype(self), self.requires_grad)

    __repr__ = __str__

    def __format__(self, spec):
        return format(str(self), spec)

    def __reduce_ex__(self, proto):
        return (_rebuild_parameter, (asnumpy(self), self.name, self.requires_grad))

    def __hash__(self):
        return id(self)

    def __deepcopy__(self, memo):
        return self.clone()

    def __copy__(self):
        return self.clone()


class ParameterTuple(tuple):
    """A tuple of Parameters."""

    def __new__(cls, iterable=()):
        data = tuple(iterable)
        ids = set()
        names = set()
        for x in data:
            if not isinstance(x, Parameter):
                raise TypeError(f"For ParameterTuple initialization, ParameterTuple input should be 'Parameter' "
                                f"collection, but got a {type(iterable)}. ")
            if id(x) not in ids:
                if x.name in names:
                    raise ValueError(f"The value {x} , its name '{x.name}' already exists. "
                                     "Please set a unique name for the parameter.")
                names.add(x.name)
                ids.add(id(x))
        return tuple.__new__(cls, data)

    def clone(self, prefix, init="same"):
        out = []
        for p in self:
            c = p.clone(init)
            c.name = prefix + "." + p.name
            if init == "zeros":
                c._assign(_core.full_like(c, 0.0).detach())
            elif init == "ones":
                c._assign(_core.full_like(c, 1.0).detach())
            out.append(c)
        return ParameterTuple(out)


def is_tensor(obj):
    return isinstance(obj, Tensor)


def _rebuild_tensor(arr):
    return Tensor(arr)


def _rebuild_parameter(arr, name, requires_grad):
    return Parameter(Tensor(arr), name, requires_grad)


# type(p) prints <class 'abc.Parameter'> as in MindSpore (its Parameter class is made by a factory)
Parameter.__module__ = "abc"

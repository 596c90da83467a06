# TF tensors over the core tensor: EagerTensor (a no-dict Python subclass of the core Tensor that
# results are re-labelled to), ResourceVariable, conversion rules (int32/float32 defaults, no type
# promotion), operators with TF's dtype checks and errors, and the tape access hook.
import builtins as _b

from .. import _core
from . import dtypes as _dt
from .errors import InvalidArgumentError, _invalid

TAG = 2
_T = _core.Tensor
_PYNUM = (_b.int, _b.float, _b.bool)

# recording tapes, innermost last (GradientTape pushes itself while recording). While any tape
# records, the core logs the variables ops use and the grad-requiring results they produce
# (`_core._TapeBase` reads them); each tape takes the entries logged while it recorded.
_tapes = []
_log_var = _core.tf_log_var
_log_out = _core.tf_log_out


def _touch(v):
    # A Variable was read: tapes that watch accessed variables start watching it.
    if _tapes and v._trainable:
        _log_var(v)


def _wrap(t):
    # Re-labels a core result as a TF EagerTensor (no copy); results computed while tapes record
    # are remembered by them (TF can differentiate w.r.t. any tensor its tape produced).
    if t.__class__ is _T:
        if t._tag != TAG:
            t = t._retag(TAG)
        t.__class__ = EagerTensor
        if _tapes:
            _log_out(t)
    return t


def _dtype_of(t):
    return _dt.float16 if getattr(t, "_half", False) else _dt._BY_NAME[t._dtype_name]


def _np(t):
    # numpy values of a TF tensor, in its TF dtype (float16 shown as float16).
    t = t if isinstance(t, _T) else t._var
    if t._dtype_name == "bfloat16":
        # numpy has no bfloat16: the (exact) float32 values
        return _T.numpy(_T.float(_T.detach(t)), True)
    a = _T.numpy(t, True)
    if getattr(t, "_half", False):
        import numpy as np

        a = a.astype(np.float16)
    return a


def _has_typed(v, depth=0):
    if isinstance(v, _T) or hasattr(v, "__array_interface__") or isinstance(v, _UnreadVariable):
        return True
    if isinstance(v, (list, tuple)) and depth < 8:
        return _b.any(_has_typed(e, depth + 1) for e in v)
    return False


def _to_array(value, dtype=None):
    # Python data / numpy -> numpy array with TF's conversion rules.
    import numpy as np

    if isinstance(value, _UnreadVariable):
        value = value._var
    if isinstance(value, _T):
        arr = _np(value)
    elif isinstance(value, (np.ndarray, np.generic)):
        arr = np.asarray(value)
    else:
        if isinstance(value, str) or isinstance(value, bytes):
            raise TypeError("ferrograd: string tensors are not supported")
        typed = _has_typed(value)
        try:
            arr = np.asarray(value)
        except ValueError as e:
            raise ValueError("Can't convert non-rectangular Python sequence to Tensor.") from e
        if not typed:
            if arr.dtype.kind == "f":
                arr = arr.astype(np.float32) if dtype is None else arr
            elif arr.dtype.kind in "iu":
                if dtype is None:
                    if arr.size and (arr.max() > 2147483647 or arr.min() < -2147483648):
                        arr = arr.astype(np.int64)
                    else:
                        arr = arr.astype(np.int32)
            elif arr.dtype.kind == "b":
                pass
            elif arr.size == 0 and arr.dtype.kind != "O":
                arr = arr.astype(np.float32)
            else:
                raise TypeError("Failed to convert elements of %r to Tensor." % (value,))
    if dtype is not None:
        d = _dt.as_dtype(dtype)
        if arr.dtype.name != d.name:
            if not isinstance(value, (_T, np.ndarray)) and not (isinstance(value, np.generic)):
                if d.is_integer and arr.dtype.kind == "f" and arr.size:
                    raise TypeError("Cannot convert %r to EagerTensor of dtype %s" % (value, d.name))
                if d.is_bool and arr.dtype.kind != "b" and arr.size:
                    raise TypeError("Cannot convert %r to EagerTensor of dtype %s" % (value, d.name))
            arr = arr.astype(d.name)
    if arr.dtype.kind in "iu" and arr.dtype.name not in ("int32", "int64"):
        arr = arr.astype(np.int64 if arr.dtype.itemsize >= 4 else np.int32)
    return arr


def _from_array(arr):
    flags = getattr(arr, "flags", None)
    if flags is not None and not flags.c_contiguous:  # the core copies a contiguous buffer in memory order
        import numpy as np

        arr = np.ascontiguousarray(arr)
    return _wrap(_core.tensor(arr, None, False, TAG))


def _read(v):
    # The value of a Variable as a new tensor (differentiable).
    _touch(v)
    r = _T.clone(v)
    return _wrap(r)


def convert_to_tensor(value, dtype=None, dtype_hint=None, name=None):
    if isinstance(value, (str, bytes)) or type(value).__name__ == "StringTensor" or \
            isinstance(value, (list, tuple)) and value and isinstance(value[0], (str, bytes, list)):
        from . import _strings

        if _strings.is_stringy(value):
            return _strings.constant(value)
    if isinstance(value, _UnreadVariable):
        value = value._var
    if isinstance(value, _T):
        if isinstance(value, Variable):
            if dtype is not None and _dt.as_dtype(dtype) is not _dtype_of(value):
                raise ValueError("Tensor conversion requested dtype %s for Tensor with dtype %s: %r"
                                 % (_dt.as_dtype(dtype).name, _dtype_of(value).name, value))
            return _read(value)
        if dtype is not None and _dt.as_dtype(dtype) is not _dtype_of(value):
            raise ValueError("Tensor conversion requested dtype %s for Tensor with dtype %s: %r"
                             % (_dt.as_dtype(dtype).name, _dtype_of(value).name, value))
        return _wrap(value)
    if dtype is None and dtype_hint is not None:
        try:
            return _from_array(_to_array(value, dtype_hint))
        except (TypeError, ValueError):
            pass
    return _from_array(_to_array(value, dtype))


def _arg(x):
    # An op input: a tensor usable by the core (Variables are used directly, after the access hook).
    if isinstance(x, _T):
        if x._is_var:
            _touch(x)
        elif x._tag != TAG:
            return _wrap(x._retag(TAG))
        return x
    if isinstance(x, _UnreadVariable):
        return _arg(x._var)
    return _from_array(_to_array(x))


def _arg_like(x, like):
    # Second input of a binary op: converted to the dtype of `like` (Python values), checked
    # equal (tensors).
    if isinstance(x, _T) or isinstance(x, _UnreadVariable):
        return _arg(x)
    if type(x) in (float, int) and getattr(like, "_dtype_name", None) in _FAST_SCALAR:
        # `x * 0.5`: one rounding from the double, as the NumPy conversion does, without its cost
        return _wrap(_core.full([], x, like._dtype_name, False, TAG))
    return _from_array(_to_array(x, _dtype_of(like)))


_FAST_SCALAR = ("float32", "float64", "float16")


def _shape_str(t):
    return "[" + ",".join(str(d) for d in t._size()) + "]"


def _check_same(op, a, b, idx=1):
    da, db = _dtype_of(a), _dtype_of(b)
    if da is not db:
        raise InvalidArgumentError(
            None, None,
            "cannot compute %s as input #%d(zero-based) was expected to be a %s tensor but is a %s tensor [Op:%s] name: "
            % (op, idx, da._tfname, db._tfname, op))


def _binop(a, b, fn, op, swap=False, rfn=None):
    # a (self, a TF tensor) op b; swap: b op a. fn is the core method (rfn its reflected form).
    if a._is_var:
        _touch(a)
    if b.__class__ in _PYNUM:
        if b.__class__ is _b.float and not a.dtype.is_floating:
            raise TypeError("Cannot convert %r to EagerTensor of dtype %s" % (b, _dtype_of(a).name))
        o = b
    else:
        o = _arg_like(b, a)
        if swap:
            _check_same(op, o, a, 1)
        else:
            _check_same(op, a, o, 1)
    try:
        if swap:
            r = rfn(a, o) if o.__class__ in _PYNUM else fn(o, a)
        else:
            r = fn(a, o)
    except RuntimeError as e:
        if isinstance(o, _T) and "size" in str(e):
            x, y = (o, a) if swap else (a, o)
            raise _invalid(op, "Incompatible shapes: %s vs. %s" % (_shape_str(x), _shape_str(y))) from None
        raise
    return _wrap(r)


def _truediv(a, b, swap=False):
    if a._is_var:
        _touch(a)
    if b.__class__ in _PYNUM and not (b.__class__ is _b.float and not a.dtype.is_floating):
        o = _arg_like(b, a) if b.__class__ in (float, int) else _from_array(_to_array(b, _dtype_of(a)))
    else:
        o = _arg_like(b, a)
        _check_same("RealDiv", o, a, 1) if swap else _check_same("RealDiv", a, o, 1)
    x, y = (o, a) if swap else (a, o)
    if not _dtype_of(a).is_floating:
        d = "float64" if _dtype_of(a).size >= 4 else "float32"
        x, y = x._cast(d), y._cast(d)
    try:
        return _wrap(_T.__truediv__(x, y))
    except RuntimeError as e:
        if "size" in str(e):
            raise _invalid("RealDiv", "Incompatible shapes: %s vs. %s" % (_shape_str(x), _shape_str(y))) from None
        raise


def _mk(fn, op, swap=False, rfn=None):
    if swap:
        def method(self, other):
            return _binop(self, other, fn, op, swap, rfn)

        return method

    def method(self, other):
        # fast path: two TF tensors (EagerTensor / ResourceVariable) of the same dtype
        if other.__class__ in _FAST and self._half is other._half and self._dtype_name == other._dtype_name:
            if _tapes:
                if other._is_var:
                    _touch(other)
                if self._is_var:
                    _touch(self)
            try:
                r = fn(self, other)
            except RuntimeError:
                return _binop(self, other, fn, op)
            if r.__class__ is _T:
                r.__class__ = EagerTensor
                if _tapes:
                    _log_out(r)
            return r
        return _binop(self, other, fn, op, swap, rfn)

    return method


_OPS = (("AddV2", 0), ("Sub", 1), ("Mul", 2))
_raw_bin = _core.tf_raw_bin


def _binop_fallback(a, b, op, reflect):
    # `a op b` (reflect: `b op a`) when the core's fast path does not apply (Python values,
    # other dtypes, float16, bad shapes): TF's conversion rules and errors (op: 0 +, 1 -, 2 *).
    name = _OPS[op][0]
    return _binop(a, b, lambda x, y: _raw_bin(x, y, op, False), name, reflect, lambda x, y: _raw_bin(x, y, op, True))


def _cmp(fn, op):
    def method(self, other):
        if other is None:
            return NotImplemented
        return _binop(self, other, fn, op)

    return method



def _neg_step_key(t, key):
    # Slices with a negative step (allowed in TF): (key with them widened to ':', [(out_dim, indices)]).
    k = key if isinstance(key, tuple) else (key,)
    if not any(isinstance(e, slice) and e.step is not None and e.step < 0 for e in k):
        return None
    if not all(e is None or e is Ellipsis or isinstance(e, (int, slice)) for e in k):
        return None
    shape = tuple(_T.shape.__get__(t))
    n_real = sum(1 for e in k if e is not None and e is not Ellipsis)
    new, flips, d, out = [], [], 0, 0
    for e in k:
        if e is None:
            new.append(e)
            out += 1
        elif e is Ellipsis:
            skip = len(shape) - n_real
            new.append(e)
            d += skip
            out += skip
        elif isinstance(e, slice):
            if e.step is not None and e.step < 0:
                flips.append((out, list(range(shape[d]))[e]))
                new.append(slice(None))
            else:
                new.append(e)
            d += 1
            out += 1
        else:
            new.append(e)
            d += 1
    return tuple(new), flips

class _TFOps:
    # Operators and EagerTensor methods shared by EagerTensor and ResourceVariable.

    __slots__ = ()
    _is_var = False

    # + - * are the core's operators: for TF tensors they check TF's dtype rule in Rust and
    # return EagerTensors; other operands go to _binop_fallback
    __floordiv__ = _mk(_T.__floordiv__, "FloorDiv")
    __rfloordiv__ = _mk(_T.__floordiv__, "FloorDiv", True, _T.__rfloordiv__)
    __mod__ = _mk(_T.__mod__, "FloorMod")
    __rmod__ = _mk(_T.__mod__, "FloorMod", True, _T.__rmod__)
    __lt__ = _cmp(_T.__lt__, "Less")
    __le__ = _cmp(_T.__le__, "LessEqual")
    __gt__ = _cmp(_T.__gt__, "Greater")
    __ge__ = _cmp(_T.__ge__, "GreaterEqual")

    def __truediv__(self, other):
        return _truediv(self, other)

    def __rtruediv__(self, other):
        return _truediv(self, other, True)

    def __pow__(self, other, mod=None):
        if other.__class__ in _PYNUM and other.__class__ is not _b.bool:
            if self._is_var:
                _touch(self)
            if other.__class__ is _b.float and not self.dtype.is_floating:
                raise TypeError("Cannot convert %r to EagerTensor of dtype %s" % (other, _dtype_of(self).name))
            if other and self.requires_grad and __import__("math").frexp(other)[0] not in (0.5, -0.5):
                # TF's _PowGrad order, (grad * y) * x ** (y - 1); the same as torch's for y = +-2**k
                from ._math_ops import _node

                x = self
                return _node("PowGrad", [x], _T.__pow__(_T.detach(x), other),
                             lambda g: [_arg(_wrap(g) * other * _wrap(x) ** (other - 1))])
            return _wrap(_T.__pow__(self, other))
        return _binop(self, other, _T.__pow__, "Pow")

    def __rpow__(self, other):
        return _binop(self, other, _T.__pow__, "Pow", True, _T.__rpow__)

    def __matmul__(self, other):
        from . import _ops

        return _ops.matmul(self, other)

    def __rmatmul__(self, other):
        from . import _ops

        return _ops.matmul(other, self)

    def __neg__(self):
        if self._is_var:
            _touch(self)
        return _wrap(_T.__neg__(self))

    def __pos__(self):
        return self

    def __abs__(self):
        if self._is_var:
            _touch(self)
        return _wrap(_T.__abs__(self))

    def __invert__(self):
        return _wrap(_T.__invert__(self))

    def __and__(self, other):
        return _binop(self, other, _T.__and__, "LogicalAnd")

    __rand__ = __and__

    def __or__(self, other):
        return _binop(self, other, _T.__or__, "LogicalOr")

    __ror__ = __or__

    def __xor__(self, other):
        return _binop(self, other, _T.__xor__, "LogicalXor")

    def __eq__(self, other):
        if other is None:
            return False
        try:
            o = _arg_like(other, self)
        except (TypeError, ValueError):
            return False
        if _dtype_of(o) is not _dtype_of(self):
            _check_same("Equal", self, o)
        try:
            return _binop(self, o, _T.__eq__, "Equal")
        except InvalidArgumentError:
            return _wrap(_core.tensor(False, None, False, TAG))

    def __ne__(self, other):
        if other is None:
            return True
        try:
            o = _arg_like(other, self)
        except (TypeError, ValueError):
            return True
        try:
            return _binop(self, o, _T.__ne__, "NotEqual")
        except InvalidArgumentError:
            return _wrap(_core.tensor(True, None, False, TAG))

    def __hash__(self):
        return id(self)

    def __bool__(self):
        if _T.numel(self) != 1:
            raise ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        return _T.__bool__(self)

    def __len__(self):
        if _T.dim(self) == 0:
            raise TypeError("Scalar tensor has no `len()`")
        return _T.__len__(self)

    def __getitem__(self, key):
        if self._is_var:
            _touch(self)
        rev = _neg_step_key(self, key)
        if rev is not None:
            key, flips = rev
            out = _T.__getitem__(self, key)
            for dim, idx in flips:
                out = _T.index_select(out, dim, _core.tensor(idx, dtype="int64"))
            out = _wrap(out)
        else:
            out = _wrap(_T.__getitem__(self, key))
        if self._is_var and out.__class__ is EagerTensor:
            out.__class__ = _VarSlice
            _VAR_SLICES[id(out)] = (out, self, key)
            while len(_VAR_SLICES) > 64:
                del _VAR_SLICES[next(iter(_VAR_SLICES))]
        return out

    def __iter__(self):
        if _T.dim(self) == 0:
            raise TypeError("Cannot iterate over a scalar tensor.")
        if self._is_var:
            _touch(self)
        return iter([_wrap(e) for e in _T.__iter__(self)])

    # in-place operators rebind (tensors are immutable in TF)
    def __iadd__(self, other):
        return self.__add__(other)

    def __isub__(self, other):
        return self.__sub__(other)

    def __imul__(self, other):
        return self.__mul__(other)

    def __itruediv__(self, other):
        return self.__truediv__(other)

    def __format__(self, spec):
        a = _np(self)
        if a.ndim == 0:
            return format(a[()], spec)
        return format(a, spec) if spec else str(a)

    def numpy(self):
        a = _np(self).copy()
        return a[()] if a.ndim == 0 else a

    def get_shape(self):
        return self.shape

    def set_shape(self, shape):
        if not self.shape.is_compatible_with(shape):
            raise ValueError("Tensor's shape %s is not compatible with supplied shape %s" % (self.shape, _dt.TensorShape(shape)))

    @property
    def device(self):
        return "/job:localhost/replica:0/task:0/device:CPU:0"

    @property
    def backing_device(self):
        return self.device

    def ref(self):
        return _Ref(self)

    experimental_ref = ref

    def cpu(self):
        return self

    def _copy(self):
        return _wrap(_T.clone(self).detach())

    def __reduce__(self):
        from . import _ops

        return (_ops.constant, (self.numpy(),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self



_TFOps.__array_priority__ = 100


class _Absent:
    # Hides a torch-named core method: TF tensors have no `.sum`/`.mean`/... (numpy's
    # np.mean(t) must fall back to converting the tensor, as with TensorFlow).

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, typ=None):
        raise AttributeError("'EagerTensor' object has no attribute '%s'" % self.name)


for _n in ("all", "any", "argmax", "argmin", "argsort", "clip", "cumprod", "cumsum", "max", "mean", "min", "prod",
           "ptp", "repeat", "reshape", "round", "sort", "squeeze", "std", "sum", "swapaxes", "take", "trace",
           "transpose", "var", "nonzero", "diagonal", "compress", "choose", "searchsorted", "resize", "partition",
           "argpartition", "dot", "astype", "flatten", "view", "T"):
    _a = _Absent()
    _a.name = _n
    setattr(_TFOps, _n, _a)
del _n, _a


class _Ref:
    __slots__ = ("_obj",)

    def __init__(self, obj):
        self._obj = obj

    def deref(self):
        return self._obj

    def __hash__(self):
        return id(self._obj)

    def __eq__(self, other):
        return isinstance(other, _Ref) and other._obj is self._obj

    def __repr__(self):
        return "<Reference wrapping %r>" % (self._obj,)


_Ref.__name__ = _Ref.__qualname__ = "Reference"


class _TensorMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, _T) and obj._tag == TAG and not isinstance(obj, Variable)

    def __subclasscheck__(cls, sub):
        return isinstance(sub, type) and issubclass(sub, EagerTensor)


class Tensor(metaclass=_TensorMeta):
    """`tf.Tensor`: every TF-dialect tensor (not Variables) is an instance."""

    OVERLOADABLE_OPERATORS = frozenset()


class EagerTensor(_TFOps, _T):
    __slots__ = ()


_name_scopes = []  # open tf.name_scope names (variables created inside get them as prefix)
_VAR_SLICES = {}  # id -> (slice tensor, variable, key): recent slices of variables, for `v[i].assign(x)`


class _VarSlice(EagerTensor):
    # A slice of a tf.Variable (`v[0, 1]`): an EagerTensor that also has TF's sliced `assign`.

    __slots__ = ()

    def _sliced(self):
        ent = _VAR_SLICES.get(id(self))
        if ent is None or ent[0] is not self:
            raise AttributeError("'tensorflow.python.framework.ops.EagerTensor' object has no attribute 'assign'")
        return ent[1], ent[2]

    def assign(self, value, use_locking=None, name=None, read_value=True):
        var, key = self._sliced()
        import numpy as np

        a = _np(var).copy()
        v = _np(value) if isinstance(value, _T) else np.asarray(value, dtype=a.dtype)
        a[key] = v
        var._assign(_from_array(a))
        return _UnreadVariable(var) if read_value else None


_VarSlice.__name__ = _VarSlice.__qualname__ = "EagerTensor"


class _HalfTensor(EagerTensor):
    # float16 tensor: float32 storage holding float16-rounded values.

    __slots__ = ()
    _half = True

    @property
    def dtype(self):
        return _dt.float16

    def __array__(self, dtype=None, copy=None):
        a = _np(self)
        return a if dtype is None else a.astype(dtype)


EagerTensor._half = False
# classes whose instances take the operators' fast path (set once the classes exist)
_FAST = set()
EagerTensor.__module__ = "tensorflow.python.framework.ops"
_HalfTensor.__name__ = "EagerTensor"


# ---------------------------------------------------------------- Variables

_SHAPE_ERR = ("Cannot assign value to variable ' %s': Shape mismatch.The variable shape %s, and the "
              "assigned value shape %s are incompatible.")


class _VariableMeta(type):
    def __instancecheck__(cls, obj):
        if cls is Variable and isinstance(obj, _UnreadVariable):
            return True
        return type.__instancecheck__(cls, obj)


class Variable(_TFOps, _T, metaclass=_VariableMeta):
    """`tf.Variable`: a leaf tensor (requiring grad when trainable) with in-place assignment."""

    _is_var = True
    _half = False

    def __new__(cls, initial_value=None, trainable=None, validate_shape=True, caching_device=None,
                name=None, variable_def=None, dtype=None, import_scope=None, constraint=None,
                synchronization=None, aggregation=None, shape=None, **kwargs):
        if cls is Variable:
            cls = ResourceVariable
        if initial_value is None:
            raise ValueError("The initial value is not specified.")
        if callable(initial_value) and not isinstance(initial_value, (_T, _UnreadVariable)):
            initial_value = initial_value()
        src = convert_to_tensor(initial_value, dtype)
        decl = None if shape is None else shape if isinstance(shape, _dt.TensorShape) else _dt.TensorShape(shape)
        if decl is not None and not decl.is_fully_defined():
            cls = _ShapeVariable
        obj = _T.__new__(cls, src, tag=TAG)
        if cls is _ShapeVariable:
            obj._decl_shape = decl
        if name is None:
            name = "Variable"
        name = str(name)
        if _name_scopes and ":" not in name:
            name = "/".join(_name_scopes) + "/" + name  # tf.name_scope / keras layer scopes
        obj._name = name if ":" in name else name + ":0"
        obj._trainable = True if trainable is None else _b.bool(trainable)
        obj._half_var = getattr(src, "_half", False)
        obj._constraint = constraint
        if aggregation is not None or synchronization is not None:
            obj._aggregation, obj._synchronization = aggregation, synchronization
        if obj._trainable and src.dtype.is_floating:
            _T.requires_grad.__set__(obj, True)
        if _VAR_HOOK:  # a tf.function is tracing: note variables the user's code creates
            import sys
            import weakref

            f = sys._getframe(1)
            if not f.f_code.co_filename.startswith(_PKG_DIR):
                _VAR_HOOK[-1].append((weakref.ref(obj), f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        return obj

    def __init__(self, *args, **kwargs):
        pass

    @property
    def name(self):
        return self._name

    @property
    def trainable(self):
        return self._trainable

    @property
    def constraint(self):
        return self._constraint

    @property
    def handle(self):
        return self

    @property
    def initializer(self):
        return None

    def value(self):
        return _read(self)

    def read_value(self):
        return _read(self)

    def numpy(self):
        a = _np(self).copy()
        return a[()] if a.ndim == 0 else a

    def _value_arg(self, value):
        v = value._var if isinstance(value, _UnreadVariable) else value
        if isinstance(v, _T):
            if _dtype_of(v) is not _dtype_of(self):
                raise ValueError("Tensor conversion requested dtype %s for Tensor with dtype %s: %r"
                                 % (_dtype_of(self).name, _dtype_of(v).name, v))
            return v
        return _from_array(_to_array(v, _dtype_of(self)))

    def assign(self, value, use_locking=None, name=None, read_value=True):
        v = self._value_arg(value)
        if tuple(v._size()) != tuple(self._size()):
            raise ValueError(_SHAPE_ERR % (self._name, _dt.TensorShape(self._size()), _dt.TensorShape(v._size())))
        self._assign(v)
        return _UnreadVariable(self) if read_value else None

    def assign_add(self, delta, use_locking=None, name=None, read_value=True):
        v = self._value_arg(delta)
        self._add_scaled(v, 1.0)
        return _UnreadVariable(self) if read_value else None

    def assign_sub(self, delta, use_locking=None, name=None, read_value=True):
        v = self._value_arg(delta)
        self._assign(_T.__sub__(self.detach(), v))
        return _UnreadVariable(self) if read_value else None

    def __iadd__(self, other):
        raise RuntimeError("`variable += value` with `tf.Variable`s is not supported. Use `variable.assign_add(value)` "
                           "to modify the variable, or `out = variable + value` if you need to get a new output Tensor.")

    def __isub__(self, other):
        raise RuntimeError("`variable -= value` with `tf.Variable`s is not supported. Use `variable.assign_sub(value)` "
                           "to modify the variable, or `out = variable * value` if you need to get a new output Tensor.")

    def __repr__(self):
        from .._fmt import tf_fmt

        if _TRACING[0]:  # inside a tf.function trace a variable prints without its value
            return "<tf.Variable '%s' shape=%s dtype=%s>" % (self._name, tf_fmt.shape_str(self._size()),
                                                              _dtype_of(self).name)
        return tf_fmt.variable_repr(_np(self), self._name, _dtype_of(self).name)

    __str__ = __repr__

    def __hash__(self):
        return id(self)

    def __reduce__(self):
        return (Variable, (self.numpy(),), None)

    def get_shape(self):
        return self.shape


class ResourceVariable(Variable):
    pass


class _ShapeVariable(ResourceVariable):
    # A Variable created with a shape that has unknown dimensions (shape=[None], tf.TensorShape(None)): it shows
    # that shape and takes assigned values of any compatible shape.

    @property
    def shape(self):
        return self._decl_shape

    def assign(self, value, use_locking=None, name=None, read_value=True):
        v = self._value_arg(value)
        got = _dt.TensorShape(v._size())
        if not self._decl_shape.is_compatible_with(got):
            raise ValueError(_SHAPE_ERR % (self._name, self._decl_shape, got))
        if tuple(v._size()) == tuple(self._size()):
            self._assign(v)
        else:
            self._become(_from_array(_np(v).copy()))
        return _UnreadVariable(self) if read_value else None

    def __repr__(self):
        r = Variable.__repr__(self)
        return r.replace(" shape=%s " % _dt.TensorShape(self._size()), " shape=%s " % self._decl_shape, 1)

    __str__ = __repr__


_ShapeVariable.__name__ = _ShapeVariable.__qualname__ = "ResourceVariable"
_ShapeVariable.__module__ = ResourceVariable.__module__


ResourceVariable.__module__ = "tensorflow.python.ops.resource_variable_ops"
_FAST.update((EagerTensor, ResourceVariable))
_FAST = frozenset(_FAST)


class _UnreadVariable:
    # What assign* return: reads the variable when used, prints as 'UnreadVariable'.

    __slots__ = ("_var",)

    def __init__(self, var):
        self._var = var

    def __getattr__(self, name):
        return getattr(self._var, name)

    def __repr__(self):
        from .._fmt import tf_fmt

        r = tf_fmt.variable_repr(_np(self._var), "UnreadVariable", _dtype_of(self._var).name)
        return r.replace("'UnreadVariable:0'", "'UnreadVariable'", 1)

    __str__ = __repr__

    def numpy(self):
        return self._var.numpy()

    def __array__(self, dtype=None, copy=None):
        return self._var.__array__(dtype)

    def __float__(self):
        return float(self._var)

    def __int__(self):
        return int(self._var)

    def __bool__(self):
        return _b.bool(self._var)

    def __len__(self):
        return len(self._var)

    def __iter__(self):
        return iter(self._var)

    def __format__(self, spec):
        return format(self._var, spec)


def _delegate(name):
    def f(self, *args):
        return getattr(self._var, name)(*args)

    f.__name__ = name
    return f


for _n in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
           "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__matmul__",
           "__rmatmul__", "__neg__", "__abs__", "__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__",
           "__getitem__"):
    setattr(_UnreadVariable, _n, _delegate(_n))
_UnreadVariable.__hash__ = lambda self: id(self)
del _n


# ---------------------------------------------------------------- dialect registration

_VAR_HOOK = []  # while tf.function traces: [(weakref, file, line, function)] of Variables created by user code
_PKG_DIR = __file__.rsplit("/", 2)[0]
_TRACING = [0]  # depth of tf.function traces (Python code TF runs only while tracing)
_PLACEHOLDERS = {}  # id(tensor) -> 'Tensor("a:0", ...)' while tf.function traces (see _misc.Function)


def _graph_repr(text):
    # repr of a graph tensor from its str: 'Tensor("a:0", shape=(), dtype=string)' ->
    # "<tf.Tensor 'a:0' shape=() dtype=string>" (TF's Tensor.__repr__ during tracing).
    import re

    m = re.fullmatch(r'Tensor\("(.*)", shape=(.*), dtype=(\w+)\)', text)
    return "<tf.Tensor '%s' shape=%s dtype=%s>" % m.groups() if m else text


def _repr(t):
    from .._fmt import tf_fmt

    if _PLACEHOLDERS and id(t) in _PLACEHOLDERS:
        return _graph_repr(_PLACEHOLDERS[id(t)])
    if isinstance(t, Variable):
        return Variable.__repr__(t)
    return tf_fmt.tensor_repr(_np(t), _dtype_of(t).name)


def _str(t):
    from .._fmt import tf_fmt

    if _PLACEHOLDERS and id(t) in _PLACEHOLDERS:
        return _PLACEHOLDERS[id(t)]
    if isinstance(t, Variable):
        return Variable.__repr__(t)
    return tf_fmt.tensor_str(_np(t), _dtype_of(t).name)


def _ext_format(self, spec):
    return _TFOps.__format__(self, spec)


_EXT = {
    "__format__": _ext_format,
    "_is_var": False,
    "_half": False,
    "_trainable": False,
    "get_shape": lambda self: self.shape,
    "device": property(lambda self: "/job:localhost/replica:0/task:0/device:CPU:0"),
    "_keras_mask": property(lambda self: _keras_mask(self)),
}


def _keras_mask(t):
    # tf-keras's `tensor._keras_mask` (kept by keras/_recurrent.py's mask table).
    from .keras._recurrent import get_keras_mask

    m = get_keras_mask(t)
    if m is None:
        raise AttributeError("'tensorflow.python.framework.ops.EagerTensor' object has no attribute '_keras_mask'")
    return m

_core.register_dialect(TAG, _EXT, list(_dt.CORE_ORDER), _dt.TensorShape, _repr, _str)
_core.tf_register(EagerTensor, ResourceVariable, _binop_fallback)

# TensorFlow's DType objects (`tf.float32`, ...) and TensorShape.
import builtins as _b


class DType:
    """`tf.dtypes.DType`: repr `tf.float32`, str `<dtype: 'float32'>`."""

    __slots__ = ("_name", "_fg", "is_floating", "is_integer", "is_bool", "size", "_tfname")

    def __init__(self, name, fg, is_floating, is_integer, size, tfname):
        self._name = name
        self._fg = fg  # storage dtype in the core
        self.is_floating = is_floating
        self.is_integer = is_integer
        self.is_bool = name == "bool"
        self.size = size
        self._tfname = tfname  # C++ DataTypeString: float, double, int32, ...

    @property
    def name(self):
        return self._name

    @property
    def base_dtype(self):
        return self

    @property
    def real_dtype(self):
        return self

    @property
    def is_complex(self):
        return False

    @property
    def is_unsigned(self):
        return False

    @property
    def is_numpy_compatible(self):
        return True

    @property
    def as_numpy_dtype(self):
        import numpy as np

        return np.dtype(self._name).type

    @property
    def as_datatype_enum(self):
        return _ENUMS[self._name]

    @property
    def min(self):
        import numpy as np

        return (np.finfo if self.is_floating else np.iinfo)(self._name).min

    @property
    def max(self):
        import numpy as np

        return (np.finfo if self.is_floating else np.iinfo)(self._name).max

    def is_compatible_with(self, other):
        return as_dtype(other) is self

    def __repr__(self):
        return "tf." + self._name

    def __str__(self):
        return "<dtype: '%s'>" % self._name

    def __eq__(self, other):
        if other is self:
            return True
        try:
            return as_dtype(other) is self
        except (TypeError, KeyError, ValueError):
            return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._name)

    def __reduce__(self):
        return (as_dtype, (self._name,))


float16 = half = DType("float16", "float16", True, False, 2, "half")
bfloat16 = DType("bfloat16", "bfloat16", True, False, 2, "bfloat16")
float32 = DType("float32", "float32", True, False, 4, "float")
float64 = double = DType("float64", "float64", True, False, 8, "double")
int32 = DType("int32", "int32", False, True, 4, "int32")
int64 = DType("int64", "int64", False, True, 8, "int64")
bool = DType("bool", "bool", False, False, 1, "bool")
_ENUMS = {"float32": 1, "float64": 2, "int32": 3, "int64": 9, "bool": 10, "bfloat16": 14, "float16": 19}
_BY_NAME = {d._name: d for d in (float16, float32, float64, int32, int64, bool, bfloat16)}
_BY_NAME.update({"float": float32, "double": float64, "half": float16, "bool_": bool})
# order expected by _core.register_dialect: float32, float64, int64, int32, bool, float16, bfloat16
CORE_ORDER = (float32, float64, int64, int32, bool, float16, bfloat16)


_DATATYPE_ENUM = {1: "float32", 2: "float64", 3: "int32", 4: "uint8", 5: "int16", 6: "int8", 8: "complex64",
                  9: "int64", 10: "bool", 14: "bfloat16", 17: "uint16", 18: "complex128", 19: "float16",
                  22: "uint32", 23: "uint64"}


def as_dtype(type_value):
    """`tf.as_dtype`: a DType, a name, a numpy dtype/type or a Python type."""
    if isinstance(type_value, DType):
        return type_value
    if type_value is _b.float:
        return float32
    if type_value is _b.int:
        return int32
    if type_value is _b.bool:
        return bool
    if isinstance(type_value, str):
        name = type_value
    elif isinstance(type_value, int) and not isinstance(type_value, _b.bool):
        # a types_pb2.DataType enum value
        name = _DATATYPE_ENUM.get(type_value)
        if name is None:
            raise TypeError("Cannot convert %r to a dtype. %r is not a valid DataType enum value" % (type_value,
                                                                                                  type_value))
    else:
        name = getattr(type_value, "name", None) or getattr(type_value, "__name__", None)
        if name is None:
            import numpy as np

            name = np.dtype(type_value).name
    try:
        return _BY_NAME[name]
    except KeyError:
        raise TypeError("Cannot convert %r to a dtype. data type %r not understood" % (type_value, name)) from None


class TensorShape:
    """`tf.TensorShape` of a fully known shape: str `(2, 3)`, repr `TensorShape([2, 3])`."""

    __slots__ = ("_dims", "_unk")

    def __init__(self, dims):
        self._unk = dims is None or getattr(dims, "_unk", False)  # TensorShape(None): unknown rank
        if isinstance(dims, TensorShape):
            dims = dims._dims
        elif dims is None:
            dims = ()
        elif isinstance(dims, _b.int):
            dims = (dims,)
        self._dims = tuple(None if d is None else _b.int(d) for d in dims)

    @property
    def rank(self):
        return None if self._unk else len(self._dims)

    ndims = rank

    @property
    def dims(self):
        return list(self._dims)

    def as_list(self):
        if self._unk:
            raise ValueError("as_list() is not defined on an unknown TensorShape.")
        return list(self._dims)

    def __reduce__(self):
        # through this module: the class's __module__ is TensorFlow's name
        return (_tensor_shape, (self._dims,))

    def num_elements(self):
        if self._unk:
            return None
        n = 1
        for d in self._dims:
            if d is None:
                return None
            n *= d
        return n

    def is_fully_defined(self):
        return not self._unk and all(d is not None for d in self._dims)

    def is_compatible_with(self, other):
        other = TensorShape(other)
        return self._unk or other._unk or len(self._dims) == len(other._dims) and all(
            a is None or b is None or a == b for a, b in zip(self._dims, other._dims))

    def assert_is_compatible_with(self, other):
        if not self.is_compatible_with(other):
            raise ValueError("Shapes %s and %s are incompatible" % (self, TensorShape(other)))

    def __len__(self):
        return len(self._dims)

    def __iter__(self):
        return iter(self._dims)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return TensorShape(self._dims[k])
        return self._dims[k]

    def __eq__(self, other):
        try:
            o = TensorShape(other)
            return (self._unk, self._dims) == (o._unk, o._dims)
        except TypeError:
            return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._unk, self._dims))

    def __add__(self, other):
        return TensorShape(self._dims + TensorShape(other)._dims)

    def concatenate(self, other):
        return self + other

    def __bool__(self):
        return True

    def __str__(self):
        if self._unk:
            return "<unknown>"
        dims = ["None" if d is None else str(d) for d in self._dims]
        if len(dims) == 1:
            return "(%s,)" % dims[0]
        return "(%s)" % ", ".join(dims)

    def __repr__(self):
        if self._unk:
            return "TensorShape(None)"
        return "TensorShape([%s])" % ", ".join("None" if d is None else str(d) for d in self._dims)

# type(x.dtype) / type(x.shape) print as in TensorFlow
DType.__module__ = "tensorflow.python.framework.dtypes"
TensorShape.__module__ = "tensorflow.python.framework.tensor_shape"


def _tensor_shape(dims):
    return TensorShape(dims)


def cast(x, dtype, name=None):
    from ._ops import cast as c

    return c(x, dtype)

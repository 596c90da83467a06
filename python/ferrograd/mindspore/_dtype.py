# MindSpore dtype objects: ``mindspore.float32`` prints ``Float32`` and reprs ``mindspore.float32``.


class Type:
    """A MindSpore number type (``mindspore.common.dtype``)."""

    __slots__ = ("_fg", "_name", "_store")

    def __init__(self, fg, name, store=None):
        self._fg = store or fg  # the core dtype that stores it
        self._name = fg  # MindSpore's own name ('float16' is stored as float32)
        self._store = store

    def __str__(self):
        from .._fmt import ms_fmt

        return ms_fmt.dtype_name(self._name)

    def __repr__(self):
        return "mindspore." + self._name

    def __reduce__(self):
        return (by_name, (self._name,))

    def __eq__(self, other):
        if isinstance(other, Type):
            return self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash(self._name)

    def to_numpy(self):
        import numpy as np

        return np.dtype(self._name)


float32 = Type("float32", "Float32")
float64 = Type("float64", "Float64")
int64 = Type("int64", "Int64")
int32 = Type("int32", "Int32")
bool_ = Type("bool", "Bool")
float16 = Type("float16", "Float16")
bfloat16 = Type("bfloat16", "BFloat16")
int8 = Type("int8", "Int8", store="int32")
int16 = Type("int16", "Int16", store="int32")
uint8 = Type("uint8", "UInt8", store="int32")
uint16 = Type("uint16", "UInt16", store="int32")
uint32 = Type("uint32", "UInt32", store="int64")
uint64 = Type("uint64", "UInt64", store="int64")
float_ = float32
double = float64
half = float16
int_ = int32
# order expected by _core.register_dialect
CORE = (float32, float64, int64, int32, bool_, float16, bfloat16)
_ALL = {d._name: d for d in (float32, float64, int64, int32, bool_, float16, bfloat16, int8, int16,
                             uint8, uint16, uint32, uint64)}

number_type = tuple(_ALL.values())
float_type = (float16, float32, float64, bfloat16)
int_type = (int8, int16, int32, int64)
uint_type = (uint8, uint16, uint32, uint64)


def by_name(name):
    return _ALL[name]


def from_numpy(np_dtype):
    """The MindSpore type of a numpy dtype (None when it has no counterpart)."""
    return _ALL.get(str(np_dtype))


def pytype_to_dtype(obj):
    import builtins

    if obj is builtins.bool:
        return bool_
    if obj is builtins.int:
        return int64
    if obj is builtins.float:
        return float32
    return from_numpy(obj)


def dtype_to_nptype(t):
    return t.to_numpy().type


def dtype_to_pytype(type_):
    name = type_._name if isinstance(type_, Type) else str(type_)
    if name == "bool":
        return bool
    if name.startswith(("int", "uint")):
        return int
    if name.startswith(("float", "bfloat")):
        return float
    if name == "complex64" or name == "complex128":
        return complex
    raise NotImplementedError(f"Unsupported convert this type to python type: {type_}")

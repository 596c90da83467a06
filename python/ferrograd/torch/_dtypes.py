# torch's dtype objects and torch.Size.


class dtype:
    __slots__ = ("_fg", "is_floating_point", "itemsize", "is_signed")

    def __init__(self, name, is_float, itemsize):
        self._fg = name
        self.is_floating_point = is_float
        self.itemsize = itemsize
        self.is_signed = name != "bool"

    def __repr__(self):
        return "torch." + self._fg

    __str__ = __repr__

    def __reduce__(self):
        return (_by_name, (self._fg,))


float32 = float = dtype("float32", True, 4)
float64 = double = dtype("float64", True, 8)
int64 = long = dtype("int64", False, 8)
int32 = int = dtype("int32", False, 4)
bool = dtype("bool", False, 1)
float16 = half = dtype("float16", True, 2)
bfloat16 = dtype("bfloat16", True, 2)
# order expected by _core.register_dialect
ALL = (float32, float64, int64, int32, bool, float16, bfloat16)
_NAMES = {d._fg: d for d in ALL}


def _by_name(name):
    return _NAMES[name]


class Size(tuple):
    def __repr__(self):
        return "torch.Size([" + ", ".join(repr(d) for d in self) + "])"

    __str__ = __repr__

    def numel(self):
        n = 1
        for d in self:
            n *= d
        return n

    def __getitem__(self, k):
        r = tuple.__getitem__(self, k)
        return Size(r) if isinstance(k, slice) else r


class device:
    def __init__(self, type="cpu", index=None):
        if isinstance(type, device):
            type = type.type
        self.type = str(type).split(":")[0]
        self.index = index

    def __repr__(self):
        return f"device(type='{self.type}')"

    def __str__(self):
        return self.type

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(self.type)

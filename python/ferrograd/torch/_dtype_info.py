# dtype information: torch.finfo, torch.iinfo, promote_types, can_cast.
from ._common import _tt


# ---- dtype info ----
class finfo:
    _DATA = {
        "float32": dict(bits=32, eps=1.1920928955078125e-07, max=3.4028234663852886e38,
                        min=-3.4028234663852886e38, tiny=1.1754943508222875e-38, resolution=1e-06),
        "float64": dict(bits=64, eps=2.220446049250313e-16, max=1.7976931348623157e308,
                        min=-1.7976931348623157e308, tiny=2.2250738585072014e-308, resolution=1e-15),
        "float16": dict(bits=16, eps=0.0009765625, max=65504.0, min=-65504.0, tiny=6.103515625e-05,
                        resolution=0.001),
        "bfloat16": dict(bits=16, eps=0.0078125, max=3.3895313892515355e38, min=-3.3895313892515355e38,
                         tiny=1.1754943508222875e-38, resolution=0.01),
    }

    def __init__(self, type=None):
        t = _tt()
        type = type or t.get_default_dtype()
        if type._fg not in self._DATA:
            raise TypeError(f"torch.finfo() requires a floating point input type. Use torch.iinfo to handle "
                            f"'torch.finfo'")
        self.dtype = type._fg
        for k, v in self._DATA[type._fg].items():
            setattr(self, k, v)
        self.smallest_normal = self.tiny

    def __repr__(self):
        return (f"finfo(resolution={self.resolution:g}, min={self.min:g}, max={self.max:g}, eps={self.eps:g}, "
                f"smallest_normal={self.smallest_normal:g}, tiny={self.tiny:g}, dtype={self.dtype})")


class iinfo:
    _DATA = {"int64": (64, -(1 << 63), (1 << 63) - 1), "int32": (32, -(1 << 31), (1 << 31) - 1),
             "bool": (8, 0, 1)}

    def __init__(self, type):
        if type._fg not in self._DATA:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo to handle "
                            "'torch.iinfo'")
        self.dtype = type._fg
        self.bits, self.min, self.max = self._DATA[type._fg]

    def __repr__(self):
        return f"iinfo(min={self.min:g}, max={self.max:g}, dtype={self.dtype})"


def promote_types(type1, type2):
    t = _tt()
    return (t.zeros(1, dtype=type1) + t.zeros(1, dtype=type2)).dtype


def can_cast(from_, to):
    order = {"bool": 0, "int32": 1, "int64": 1, "float32": 2, "float64": 2}
    return order[from_._fg] <= order[to._fg]

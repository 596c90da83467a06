# mindspore.numpy dtype names and constants (MindSpore's numpy/dtypes.py).
import math as _math

from . import _dtype

__all__ = [
    "float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool_", "pi", "inf", "nan", "NINF",
    "PINF", "int_", "float_", "uint", "uint16", "uint32", "uint64",
]

float16, float32, float64 = _dtype.float16, _dtype.float32, _dtype.float64
int8, int16, int32, int64, uint8, bool_ = (_dtype.int8, _dtype.int16, _dtype.int32, _dtype.int64, _dtype.uint8,
                                           _dtype.bool_)
pi = _math.pi
inf = float("inf")
nan = float("nan")
NINF = float("-inf")
PINF = float("inf")

int_ = _dtype.int32
float_ = _dtype.float32
uint = _dtype.uint32
uint16, uint32, uint64 = _dtype.uint16, _dtype.uint32, _dtype.uint64

# MindSpore 2.x tensor printing.
#
# * ``str(t)`` / ``print(t)`` / f-strings: MindSpore returns ``str(t.asnumpy())``,
#   so this is numpy's own ``str`` of the array (numpy print options apply).
# * ``repr(t)``: MindSpore's C++ ``Tensor::ToStringRepr`` /
#   ``TensorStringifier`` (fixed-width scientific floats, comma separated,
#   3+3 summaries, line feed every 12 floats in 1-D, ...), ported here.
# * ``Parameter`` str/repr: ``Parameter (name=w, shape=(5, 5), dtype=Float32,
#   requires_grad=True)``.
#
# Public API
# ----------
# tensor_str(arr, dtype) -> str
# tensor_repr(arr, dtype) -> str
# parameter_repr(name, shape, dtype, requires_grad=True) -> str
# dtype_name(dtype) -> str            ('float32' -> 'Float32')
# shape_str(shape) -> str             (MindSpore shapes are tuples: '(5, 5)')

import math

import numpy as np

__all__ = ["tensor_str", "tensor_repr", "parameter_repr", "dtype_name", "shape_str"]

_DISPLAY = {
    "float16": "Float16",
    "float32": "Float32",
    "float64": "Float64",
    "bfloat16": "BFloat16",
    "int8": "Int8",
    "int16": "Int16",
    "int32": "Int32",
    "int64": "Int64",
    "uint8": "UInt8",
    "uint16": "UInt16",
    "uint32": "UInt32",
    "uint64": "UInt64",
    "bool": "Bool",
    "complex64": "Complex64",
    "complex128": "Complex128",
}
_FROM_DISPLAY = {v.lower(): k for k, v in _DISPLAY.items()}
_ALIASES = {
    "bool_": "bool",
    "float": "float32",
    "double": "float64",
    "half": "float16",
    "int": "int32",
    "long": "int64",
    "short": "int16",
}

_NUMPY_DTYPE = {
    "float16": "float16",
    "float32": "float32",
    "float64": "float64",
    "bfloat16": "float32",
    "int8": "int8",
    "int16": "int16",
    "int32": "int32",
    "int64": "int64",
    "uint8": "uint8",
    "uint16": "uint16",
    "uint32": "uint32",
    "uint64": "uint64",
    "bool": "bool",
    "complex64": "complex64",
    "complex128": "complex128",
}


def _canon(dtype):
    name = str(dtype)
    for pre in ("mindspore.", "mstype.", "ms."):
        if name.startswith(pre):
            name = name[len(pre):]
    low = name.lower()
    if low in _FROM_DISPLAY:
        return _FROM_DISPLAY[low]
    return _ALIASES.get(low, low)


def dtype_name(dtype):
    """MindSpore display name of a dtype: 'float32' -> 'Float32'."""
    c = _canon(dtype)
    return _DISPLAY.get(c, str(dtype))


def shape_str(shape):
    """``str(t.shape)``: MindSpore shapes are Python tuples."""
    return str(tuple(int(d) for d in shape))


def _as_array(arr, dtype):
    c = _canon(dtype)
    a = np.asarray(arr)
    np_name = _NUMPY_DTYPE.get(c)
    if np_name is not None and a.dtype != np.dtype(np_name):
        a = a.astype(np_name)
    return a


def _numpy_version():
    parts = []
    for p in np.__version__.split(".")[:2]:
        digits = "".join(ch for ch in p if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


_NEW_FLOAT_CUTOFFS = _numpy_version() >= (2, 3)


def tensor_str(arr, dtype):
    """``str(t)`` / ``print(t)`` / ``f"{t}"``: numpy's str of ``t.asnumpy()``.

    MindSpore 2.x runs with numpy < 2, whose float32/float16 positional/
    scientific cutoffs (1e16 for scalars, 1e8 for arrays) numpy >= 2.3 only
    keeps in ``legacy='2.2'`` mode; that mode is applied here unless the user
    chose a legacy mode of their own (other numpy print options are honoured,
    as in MindSpore)."""
    a = _as_array(arr, dtype)
    if _canon(dtype) == "bfloat16":
        # asnumpy() gives an ml_dtypes bfloat16 array: numpy prints each element as its
        # scalar str ('%f'), unpadded
        if a.ndim == 0:
            return "%f" % float(a)
        return np.array2string(a, separator=" ", formatter={"all": lambda v: "%f" % float(v)})
    if _NEW_FLOAT_CUTOFFS and np.get_printoptions().get("legacy") is False:
        with np.printoptions(legacy="2.2"):
            return str(a)
    return str(a)


def parameter_repr(name, shape, dtype, requires_grad=True):
    """``str``/``repr`` of a ``mindspore.Parameter``."""
    return "Parameter (name=%s, shape=%s, dtype=%s, requires_grad=%s)" % (
        name,
        shape_str(shape),
        dtype_name(dtype),
        bool(requires_grad),
    )


# ------------------------------------------------------------ C++ stringifier

_THRESHOLD = 6
_HALF = _THRESHOLD >> 1
_THRESHOLD_1D = 1000


def _c_special(v):
    # glibc spelling of non-finite values ('-nan' keeps the sign bit).
    if math.isnan(v):
        return "-nan" if math.copysign(1.0, v) < 0 else "nan"
    return "inf" if v > 0 else "-inf"


def _float_scalar(v):
    # std::ostream << value with default flags: %g, precision 6
    v = float(v)
    if not math.isfinite(v):
        return _c_special(v)
    return "%g" % v


def _float_elem(v, half):
    # setw(15) setprecision(8) scientific right  (float16: setw(11) precision 4)
    width, prec = (11, 4) if half else (15, 8)
    v = float(v)
    if not math.isfinite(v):
        s = _c_special(v)
    else:
        s = "%.*e" % (prec, v)
    return s.rjust(width)


class _Pad(str):
    """An integer element still waiting for its final width."""


class _Stringifier:
    def __init__(self, flat, shape, kind, half):
        self.data = flat
        self.shape = shape
        self.ndim = len(shape)
        self.size = len(flat)
        self.kind = kind  # 'f', 'b', 'i', 'c'
        self.half = half
        self.max_width = 0
        self.out = []

    def _elem(self, v, is_scalar):
        kind = self.kind
        if kind == "f":
            return _float_scalar(v) if is_scalar else _float_elem(v, self.half)
        if kind == "b":
            s = "True" if v else "False"
            return s if is_scalar else s.rjust(5)
        if kind == "c":
            # ComplexStorage: real, sign of imag (from its sign bit), imag, 'j'
            im = float(v.imag)
            sign = "" if math.copysign(1.0, im) < 0 else "+"
            return _float_scalar(v.real) + sign + _float_scalar(im) + "j"
        # bfloat16 ('g'): ostream << float, right-aligned to the widest element like integers
        s = _float_scalar(v) if kind == "g" else str(int(v))
        if is_scalar:
            return s
        self.max_width = max(self.max_width, len(s))
        # right-aligned to the widest integer once everything is known
        return _Pad(s)

    def output_data(self, cursor, start, end, use_comma):
        out = self.out
        is_scalar = self.ndim == 0 and end - start == 1
        kind = self.kind
        linefeed = 12 if kind in ("f", "b") else 24
        data = self.data
        i = start
        while i < end and cursor + i < self.size:
            out.append(self._elem(data[cursor + i], is_scalar))
            if not is_scalar and i != end - 1:
                if use_comma:
                    out.append(",")
                out.append(" ")
            if (not is_scalar and self.ndim == 1 and end - start > _HALF
                    and (i + 1) % linefeed == 0):
                out.append("\n ")
            i += 1

    def recurse(self, cursor, depth, use_comma):
        """Returns the new cursor."""
        out = self.out
        if depth >= self.ndim:
            return cursor
        out.append("[")
        shape = self.shape
        num = shape[depth]
        if depth == self.ndim - 1:
            if (num > _THRESHOLD and self.ndim > 1) or (num > _THRESHOLD_1D and self.ndim == 1):
                self.output_data(cursor, 0, _HALF, use_comma)
                out.append(" ... ")
                self.output_data(cursor, num - _HALF, num, use_comma)
            else:
                self.output_data(cursor, 0, num, use_comma)
            cursor += num
        else:
            indent = " " * (depth + 1)
            for i in range(min(_HALF, num)):
                if i > 0:
                    if use_comma:
                        out.append(",")
                    out.append("\n" + indent)
                cursor = self.recurse(cursor, depth + 1, use_comma)
            if num > _THRESHOLD:
                if use_comma:
                    out.append(",")
                out.append("\n" + indent + "...")
                ignored = 1
                for d in shape[depth + 1:]:
                    ignored *= d
                cursor += ignored * (num - _THRESHOLD)
            if num > _HALF:
                for i in range(min(num - _HALF, _HALF)):
                    if use_comma and (i != 0 or num <= _THRESHOLD):
                        out.append(",")
                    out.append("\n" + indent)
                    cursor = self.recurse(cursor, depth + 1, use_comma)
        out.append("]")
        return cursor

    def to_string(self, use_comma):
        if self.size == 0:
            return ""
        if self.size == 1 and self.ndim == 0:
            return self._elem(self.data[0], True)
        self.recurse(0, 0, use_comma)
        w = self.max_width
        return "".join(p.rjust(w) if type(p) is _Pad else p for p in self.out)


def _data_to_string(a, c, use_comma):
    if c in ("float16", "float32", "float64"):
        kind = "f"
    elif c == "bool":
        kind = "b"
    elif c in ("complex64", "complex128"):
        kind = "c"
    elif c == "bfloat16":
        kind = "g"
    else:
        kind = "i"
    flat = a.reshape(-1)
    st = _Stringifier(flat, tuple(int(d) for d in a.shape), kind, c == "float16")
    return st.to_string(use_comma)


def tensor_repr(arr, dtype):
    """``repr(t)`` of a MindSpore Tensor (``Tensor(shape=[..], dtype=.., value=..)``)."""
    c = _canon(dtype)
    a = _as_array(arr, c)
    shape = "[" + ", ".join(str(int(d)) for d in a.shape) + "]"
    sep = "\n" if a.ndim > 1 else " "
    return "Tensor(shape=%s, dtype=%s, value=%s%s)" % (
        shape, dtype_name(c), sep, _data_to_string(a, c, True))

# TensorFlow 2.x printing.
#
# * ``str(t)`` / ``print(t)`` of an EagerTensor:
#   ``tf.Tensor(<str(numpy)>, shape=(2, 2), dtype=float32)`` (a newline is put
#   before the value when numpy's text is multi-line).
# * ``repr(t)``: ``<tf.Tensor: shape=(), dtype=float32, numpy=-2.0>`` (Python
#   ``repr`` of the item for scalars, numpy ``repr`` of the array otherwise).
# * ``repr(v)`` == ``str(v)`` of a ``tf.Variable``:
#   ``<tf.Variable 'x:0' shape=() dtype=float32, numpy=0.0>``.
# * ``tf.print``: the C++ ``Tensor::SummarizeValue(summarize, print_v2=True)``
#   layout (``[1 2 3]``, 6/9 significant digits for float32, 15/17 for float64,
#   bools as 1/0, ``...`` beyond ``summarize`` items per dimension) inside the
#   Python ``pprint``-based template of ``tf.print``.
#
# str/repr use the running numpy (print options honoured, as in TensorFlow).
# TensorFlow 2.21 runs on numpy 2.x; numpy >= 2.3 is assumed for its float32 /
# float16 scientific cutoffs (1e6 / 1e3); older numpy prints such values
# positionally.
#
# Public API
# ----------
# tensor_str(arr, dtype=None) -> str
# tensor_repr(arr, dtype=None) -> str
# variable_repr(arr, name, dtype=None) -> str
# shape_str(shape) -> str                           ('(2, 2)', '()', '(3,)')
# print_value(arr, summarize=3) -> str              (one tensor as tf.print shows it)
# print_args(*objs, sep=" ", summarize=3, is_tensor=None, to_array=None) -> str
#     (the whole line tf.print writes, without the trailing ``end``)

import math
import pprint
import random
import struct
from fractions import Fraction

import numpy as np

__all__ = [
    "tensor_str",
    "tensor_repr",
    "variable_repr",
    "shape_str",
    "print_value",
    "print_args",
    "format_float32",
    "format_float64",
]

_ALIASES = {
    "float": "float32",
    "double": "float64",
    "half": "float16",
    "bool_": "bool",
}


def _canon(dtype, arr):
    if dtype is None:
        return np.asarray(arr).dtype.name
    name = str(dtype)
    for pre in ("tf.", "<dtype: '"):
        if name.startswith(pre):
            name = name[len(pre):]
    name = name.rstrip("'>")
    return _ALIASES.get(name, name)


def _as_array(arr, dtype):
    name = _canon(dtype, arr)
    a = np.asarray(arr)
    try:
        npd = np.dtype(name)
    except TypeError:
        npd = None
    if npd is not None and a.dtype != npd:
        a = a.astype(npd)
    return a, name


def shape_str(shape):
    """``str(tf.TensorShape)`` for a fully known shape."""
    dims = [str(int(d)) if d is not None else "None" for d in shape]
    if len(dims) == 1:
        return "(%s,)" % dims[0]
    return "(%s)" % ", ".join(dims)


def _bfloat16_text(a, is_repr):
    # .numpy() is an ml_dtypes bfloat16 array: numpy prints each element as its scalar str
    # ('%g'), unpadded
    g = {"all": lambda v: "%g" % float(v)}
    if is_repr:
        if a.ndim == 0:
            return repr(a.item())
        return "array(" + np.array2string(a, separator=", ", prefix="array(", formatter=g) + ", dtype=bfloat16)"
    if a.ndim == 0:
        return "%g" % float(a)
    return np.array2string(a, separator=" ", formatter=g)


def _numpy_text(a, is_repr, name=None):
    if name == "bfloat16":
        text = _bfloat16_text(a, is_repr)
    elif is_repr:
        if a.ndim == 0:
            # EagerTensor._numpy() of a scalar is a numpy scalar -> repr(.item())
            text = repr(a.item())
        else:
            text = repr(a)
    else:
        text = str(a)
    if "\n" in text:
        text = "\n" + text
    return text


def tensor_str(arr, dtype=None):
    """``str(t)`` / ``print(t)``: ``tf.Tensor(-2.0, shape=(), dtype=float32)``."""
    a, name = _as_array(arr, dtype)
    return "tf.Tensor(%s, shape=%s, dtype=%s)" % (
        _numpy_text(a, False, name), shape_str(a.shape), name)


def tensor_repr(arr, dtype=None):
    """``repr(t)``: ``<tf.Tensor: shape=(), dtype=float32, numpy=-2.0>``."""
    a, name = _as_array(arr, dtype)
    return "<tf.Tensor: shape=%s, dtype=%s, numpy=%s>" % (
        shape_str(a.shape), name, _numpy_text(a, True, name))


def variable_repr(arr, name, dtype=None):
    """``repr(v)`` (and ``str(v)``) of an eager ``tf.Variable``.

    ``name`` is the variable's ``.name`` (``'x:0'``); a bare ``'x'`` gets the
    ``':0'`` output suffix appended, like TensorFlow's naming."""
    a, dname = _as_array(arr, dtype)
    name = str(name)
    if ":" not in name:
        name += ":0"
    return "<tf.Variable '%s' shape=%s dtype=%s, numpy=%s>" % (
        name, shape_str(a.shape), dname, _numpy_text(a, True, dname))


# ------------------------------------------------------------------ tf.print

_F32 = struct.Struct("<f")


def _round_f32(x):
    # float64 -> nearest float32 (ties to even), as a Python float.
    try:
        return _F32.unpack(_F32.pack(x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def _float32_roundtrips(s, v):
    # Does strtof(s) give exactly the float32 value v?
    #
    # Fast path through float64; the decimal -> float64 -> float32 double
    # rounding can only differ from a direct strtof when the float64 lands
    # exactly on a float32 rounding midpoint, which is then settled exactly.
    fd = float(v)
    d64 = float(s)
    if d64 == fd:
        return True
    reflected = 2.0 * d64 - fd  # a float32 iff d64 is a midpoint next to fd
    if not (math.isfinite(reflected) and _round_f32(reflected) == reflected):
        return _round_f32(d64) == fd
    f = np.float32(fd)
    lo = np.nextafter(f, np.float32(-np.inf))
    hi = np.nextafter(f, np.float32(np.inf))
    try:
        d = Fraction(s)
    except (ValueError, ZeroDivisionError):
        return False
    if d == Fraction(fd):
        return True
    fv = Fraction(float(f))
    # the rounding interval of f among float32 values
    if np.isfinite(lo):
        lo_mid = (Fraction(float(lo)) + fv) / 2
    else:
        lo_mid = None
    if np.isfinite(hi):
        hi_mid = (Fraction(float(hi)) + fv) / 2
    else:
        hi_mid = None
    even = (int(f.view(np.uint32)) & 1) == 0
    if lo_mid is not None:
        if d < lo_mid or (d == lo_mid and not even):
            return False
    if hi_mid is not None:
        if d > hi_mid or (d == hi_mid and not even):
            return False
    return True


def format_float32(v):
    """tsl FloatToBuffer: '%.6g', or '%.9g' when that does not round-trip."""
    v = float(v)
    if math.isnan(v):
        return "-nan" if math.copysign(1.0, v) < 0 else "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    s = "%.6g" % v
    if not _float32_roundtrips(s, v):
        s = "%.9g" % v
    return s


def format_float64(v):
    """tsl DoubleToBuffer: '%.15g', or '%.17g' when that does not round-trip."""
    v = float(v)
    if math.isnan(v):
        return "-nan" if math.copysign(1.0, v) < 0 else "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    s = "%.15g" % v
    if float(s) != v:
        s = "%.17g" % v
    return s


def _element_formatter(a):
    kind = a.dtype.kind
    if kind == "f":
        if a.dtype == np.float64:
            return format_float64
        return format_float32  # float32, float16 (printed via float)
    if kind == "b":
        return lambda v: "1" if v else "0"
    if kind in "iu":
        return lambda v: str(int(v))
    if kind in "SUO":
        return lambda v: '"%s"' % (v.decode("utf-8", "backslashreplace") if isinstance(v, bytes) else v)
    return lambda v: "?"


def _dim_spacing(dim_index, num_dims, out):
    if dim_index == num_dims - 1:
        out.append(" ")
        return
    out.append("\n" * (num_dims - dim_index - 1))
    out.append(" " * (dim_index + 1))


def _summarize(a, limit, fmt):
    # Tensor::SummarizeValue(limit, print_v2=True) for a non-0-d array.
    shape = a.shape
    num_dims = len(shape)
    flat = a.reshape(-1)
    strides = [1] * num_dims
    for d in range(num_dims - 2, -1, -1):
        strides[d] = strides[d + 1] * shape[d + 1]
    out = []

    def rec(dim_index, data_index):
        if dim_index == num_dims:
            out.append(fmt(flat[data_index]))
            return
        out.append("[")
        count = shape[dim_index]
        start_of_end = max(limit, count - limit)
        per = strides[dim_index]
        i = 0
        while i < limit and i < count:
            if i > 0:
                _dim_spacing(dim_index, num_dims, out)
            rec(dim_index + 1, data_index + per * i)
            i += 1
        if count > 2 * limit:
            _dim_spacing(dim_index, num_dims, out)
            out.append("...")
        for i in range(start_of_end, count):
            _dim_spacing(dim_index, num_dims, out)
            rec(dim_index + 1, data_index + per * i)
        out.append("]")

    rec(0, 0)
    return "".join(out)


def print_value(arr, summarize=3):
    """One tensor as ``tf.print`` shows it (``summarize`` items at each end of
    every dimension; ``summarize=-1`` or ``None`` prints everything)."""
    a = np.asarray(arr)
    num = int(a.size)
    if summarize is None or summarize < 0:
        summarize = num
    limit = min(int(summarize), num)
    fmt = _element_formatter(a)
    if a.dtype == np.bool_ and limit == 0:
        return ""  # SummarizeArray<bool> with no data
    if a.ndim == 0:
        s = fmt(a[()]) if limit > 0 else ""
        return s + ("..." if num > limit else "")
    return _summarize(a, limit, fmt)


# --- template construction (tensorflow/python/ops/logging_ops.py print_v2)


def _is_namedtuple(x):
    return isinstance(x, tuple) and hasattr(x, "_fields")


def _flatten(x, is_tensor, acc):
    # tf.nest.flatten order (dicts by sorted key).
    if is_tensor(x):
        acc.append(x)
    elif isinstance(x, dict):
        for k in sorted(x):
            _flatten(x[k], is_tensor, acc)
    elif isinstance(x, (list, tuple)):
        for e in x:
            _flatten(e, is_tensor, acc)
    else:
        acc.append(x)
    return acc


def _map(x, is_tensor, fn):
    # tf.nest.map_structure over tensors (non-tensor leaves kept).
    if is_tensor(x):
        return fn(x)
    if isinstance(x, dict):
        items = [(k, _map(x[k], is_tensor, fn)) for k in sorted(x)]
        try:
            return type(x)(items)
        except TypeError:
            return dict(items)
    if _is_namedtuple(x):
        return type(x)(*[_map(e, is_tensor, fn) for e in x])
    if isinstance(x, (list, tuple)):
        return type(x)(_map(e, is_tensor, fn) for e in x)
    return x


def _generate_placeholder_string(x, default_placeholder="{}"):
    placeholder = default_placeholder
    rng = random.Random(5)
    while placeholder in x:
        placeholder = placeholder + str(rng.randint(0, 9))
    return placeholder


def print_args(*objs, sep=" ", summarize=3, is_tensor=None, to_array=None):
    """The text ``tf.print(*objs, sep=sep, summarize=summarize)`` writes,
    without the trailing ``end`` (os.linesep by default).

    Tensors are recognised by ``is_tensor`` (default: numpy ndarrays) and
    converted with ``to_array`` (default: ``np.asarray``); everything else is
    a plain Python object (strings at top level print raw, others via
    ``pprint.pformat``, as in TensorFlow)."""
    if is_tensor is None:
        is_tensor = lambda x: isinstance(x, np.ndarray)  # noqa: E731
    if to_array is None:
        to_array = np.asarray

    tensor_free = [_map(o, is_tensor, lambda t: "") for o in objs]
    tensor_free_template = " ".join(pprint.pformat(x) for x in tensor_free)
    placeholder = _generate_placeholder_string(tensor_free_template)

    templates = []
    tensors = []
    for o in objs:
        for leaf in _flatten(o, is_tensor, []):
            if is_tensor(leaf):
                tensors.append(leaf)
        if isinstance(o, str):
            templates.append(o)
        else:
            templates.append(pprint.pformat(_map(o, is_tensor, lambda t: placeholder)))
    template = sep.join(templates)
    template = template.replace("'" + placeholder + "'", placeholder)

    # string_format: split on the placeholder and interleave the values
    pieces = template.split(placeholder)
    if len(pieces) - 1 != len(tensors):
        raise ValueError(
            "%d placeholders in template for %d tensors" % (len(pieces) - 1, len(tensors)))
    out = [pieces[0]]
    for t, rest in zip(tensors, pieces[1:]):
        out.append(print_value(to_array(t), summarize))
        out.append(rest)
    return "".join(out)

# PyTorch-style tensor printing (``repr(t)`` / ``str(t)`` of a CPU tensor).
#
# Behaviour follows ``torch/_tensor_str.py`` (precision 4, threshold 1000,
# edgeitems 3, linewidth 80, automatic scientific mode, "int mode" for
# integer-valued floats, ``...`` summaries, suffix wrapping).  Data is given as
# a numpy array plus the torch dtype name; no torch import is involved.
#
# Public API
# ----------
# tensor_str(arr, dtype, *, requires_grad=False, grad_fn=None,
#            prefix="tensor(", indent=None) -> str
# parameter_repr(arr, dtype, *, requires_grad=True) -> str
# format_tensor(arr, dtype, format_spec="", **kw) -> str     (Tensor.__format__)
# size_repr(shape) -> str                                      ("torch.Size([2, 3])")
# dtype_repr(dtype) -> str                                     ("torch.float32")
# set_printoptions(precision=None, threshold=None, edgeitems=None,
#                  linewidth=None, profile=None, sci_mode=None) -> None
# get_printoptions() -> dict
# printoptions(**kwargs)  (context manager)
# set_default_dtype(dtype) / get_default_dtype() -> str

import contextlib
import math

import numpy as np

__all__ = [
    "tensor_str",
    "parameter_repr",
    "format_tensor",
    "size_repr",
    "dtype_repr",
    "set_printoptions",
    "get_printoptions",
    "printoptions",
    "set_default_dtype",
    "get_default_dtype",
    "PRINT_OPTS",
]


class _PrinterOptions:
    precision = 4
    threshold = 1000
    edgeitems = 3
    linewidth = 80
    sci_mode = None


PRINT_OPTS = _PrinterOptions()


def set_printoptions(
    precision=None,
    threshold=None,
    edgeitems=None,
    linewidth=None,
    profile=None,
    sci_mode=None,
):
    """Same semantics as ``torch.set_printoptions`` (note: ``sci_mode`` is
    always overwritten, so omitting it resets it to automatic)."""
    if profile is not None:
        if profile == "default":
            PRINT_OPTS.precision = 4
            PRINT_OPTS.threshold = 1000
            PRINT_OPTS.edgeitems = 3
            PRINT_OPTS.linewidth = 80
        elif profile == "short":
            PRINT_OPTS.precision = 2
            PRINT_OPTS.threshold = 1000
            PRINT_OPTS.edgeitems = 2
            PRINT_OPTS.linewidth = 80
        elif profile == "full":
            PRINT_OPTS.precision = 4
            PRINT_OPTS.threshold = math.inf
            PRINT_OPTS.edgeitems = 3
            PRINT_OPTS.linewidth = 80
    if precision is not None:
        PRINT_OPTS.precision = precision
    if threshold is not None:
        PRINT_OPTS.threshold = threshold
    if edgeitems is not None:
        PRINT_OPTS.edgeitems = edgeitems
    if linewidth is not None:
        PRINT_OPTS.linewidth = linewidth
    PRINT_OPTS.sci_mode = sci_mode


def get_printoptions():
    """Current options as a dict (like ``torch._tensor_str.get_printoptions``)."""
    return {
        "precision": PRINT_OPTS.precision,
        "threshold": PRINT_OPTS.threshold,
        "edgeitems": PRINT_OPTS.edgeitems,
        "linewidth": PRINT_OPTS.linewidth,
        "sci_mode": PRINT_OPTS.sci_mode,
    }


@contextlib.contextmanager
def printoptions(**kwargs):
    """Temporarily change print options (like ``torch._tensor_str.printoptions``)."""
    old = get_printoptions()
    set_printoptions(**kwargs)
    try:
        yield
    finally:
        set_printoptions(**old)


# ---------------------------------------------------------------- dtypes

_ALIASES = {
    "float": "float32",
    "double": "float64",
    "half": "float16",
    "long": "int64",
    "int": "int32",
    "short": "int16",
    "bool_": "bool",
    "cfloat": "complex64",
    "cdouble": "complex128",
}

# torch dtype name -> numpy dtype used to hold the values while formatting
_NUMPY_DTYPE = {
    "float16": "float16",
    "bfloat16": "float32",  # values are expected already widened to float32
    "float32": "float32",
    "float64": "float64",
    "int8": "int8",
    "int16": "int16",
    "int32": "int32",
    "int64": "int64",
    "uint8": "uint8",
    "uint16": "uint16",
    "uint32": "uint32",
    "uint64": "uint64",
    "bool": "bool",
}

_FLOATING = {"float16", "bfloat16", "float32", "float64"}

_DEFAULT_DTYPE = ["float32"]


def _dtype_name(dtype):
    if dtype is None:
        return None
    name = str(dtype)
    if name.startswith("torch."):
        name = name[len("torch."):]
    name = _ALIASES.get(name, name)
    return name


def set_default_dtype(dtype):
    """Mirror of ``torch.set_default_dtype`` for printing purposes (the
    default floating dtype is the one whose ``dtype=`` suffix is omitted)."""
    _DEFAULT_DTYPE[0] = _dtype_name(dtype)


def get_default_dtype():
    return _DEFAULT_DTYPE[0]


def dtype_repr(dtype):
    """``str(torch.float32)`` -> ``'torch.float32'``."""
    return "torch." + _dtype_name(dtype)


def size_repr(shape):
    """``repr(torch.Size(shape))``, e.g. ``'torch.Size([2, 3])'``."""
    return "torch.Size([" + ", ".join(str(int(d)) for d in shape) + "])"


# ---------------------------------------------------------------- formatter


class _Formatter:
    # Decides width / int mode / scientific mode from the (summarized) data.

    def __init__(self, values, floating):
        self.floating_dtype = floating
        self.int_mode = True
        self.sci_mode = False
        self.max_width = 1

        flat = values.reshape(-1)
        if not floating:
            for v in flat.tolist():
                self.max_width = max(self.max_width, len("{}".format(v)))
        else:
            v64 = flat.astype(np.float64)
            nz = v64[np.isfinite(v64) & (v64 != 0)]
            if nz.size == 0:
                # no valid number: int mode, no sci mode (even if forced)
                return
            absv = np.abs(nz)
            vmin = float(absv.min())
            vmax = float(absv.max())
            self.int_mode = bool(np.all(np.ceil(nz) == nz))
            if PRINT_OPTS.sci_mode is None:
                self.sci_mode = vmax / vmin > 1000.0 or vmax > 1.0e8 or vmin < 1.0e-4
            else:
                self.sci_mode = bool(PRINT_OPTS.sci_mode)
            prec = PRINT_OPTS.precision
            vals = nz.tolist()
            if self.sci_mode:
                spec = "{:.%de}" % prec
                extra = 0
            elif self.int_mode:
                # integer-valued floats get a trailing '.', hence the +1
                spec = "{:.0f}"
                extra = 1
            else:
                spec = "{:.%df}" % prec
                extra = 0
            for x in vals:
                self.max_width = max(self.max_width, len(spec.format(x)) + extra)

    def width(self):
        return self.max_width

    def format(self, value):
        if self.floating_dtype:
            if self.sci_mode:
                ret = ("{:%d.%de}" % (self.max_width, PRINT_OPTS.precision)).format(value)
            elif self.int_mode:
                ret = "{:.0f}".format(value)
                if not (math.isinf(value) or math.isnan(value)):
                    ret += "."
            else:
                ret = ("{:.%df}" % PRINT_OPTS.precision).format(value)
        else:
            ret = "{}".format(value)
        return (self.max_width - len(ret)) * " " + ret


# ---------------------------------------------------------------- layout


def _vector_str(a, indent, summarize, formatter):
    element_length = formatter.width() + 2
    elements_per_line = max(
        1, int(math.floor((PRINT_OPTS.linewidth - indent) / element_length))
    )
    e = PRINT_OPTS.edgeitems
    if summarize and not e:
        data = ["..."]
    elif summarize and a.shape[0] > 2 * e:
        data = (
            [formatter.format(v) for v in a[:e].tolist()]
            + [" ..."]
            + [formatter.format(v) for v in a[-e:].tolist()]
        )
    else:
        data = [formatter.format(v) for v in a.tolist()]
    lines = [
        ", ".join(data[i:i + elements_per_line])
        for i in range(0, len(data), elements_per_line)
    ]
    return "[" + ("," + "\n" + " " * (indent + 1)).join(lines) + "]"


def _tensor_str_with_formatter(a, indent, summarize, formatter):
    dim = a.ndim
    if dim == 0:
        return formatter.format(a.item())
    if dim == 1:
        return _vector_str(a, indent, summarize, formatter)
    e = PRINT_OPTS.edgeitems
    n = a.shape[0]
    if summarize and n > 2 * e:
        slices = (
            [_tensor_str_with_formatter(a[i], indent + 1, summarize, formatter) for i in range(0, e)]
            + ["..."]
            + [_tensor_str_with_formatter(a[i], indent + 1, summarize, formatter) for i in range(n - e, n)]
        )
    else:
        slices = [
            _tensor_str_with_formatter(a[i], indent + 1, summarize, formatter) for i in range(n)
        ]
    return "[" + ("," + "\n" * (dim - 1) + " " * (indent + 1)).join(slices) + "]"


def _summarized_data(a):
    dim = a.ndim
    e = PRINT_OPTS.edgeitems
    if dim == 0:
        return a
    if dim == 1:
        if a.shape[0] > 2 * e:
            return np.concatenate((a[:e], a[-e:]))
        return a
    if not e:
        return np.zeros((0,) * dim, dtype=a.dtype)
    n = a.shape[0]
    if n > 2 * e:
        rows = [a[i] for i in range(0, e)] + [a[i] for i in range(n - e, n)]
    else:
        rows = [a[i] for i in range(n)]
    return np.stack([_summarized_data(r) for r in rows])


def _tensor_body(a, indent, floating):
    if a.size == 0:
        return "[]"
    summarize = a.size > PRINT_OPTS.threshold
    if a.dtype == np.float16:
        a = a.astype(np.float32)
    formatter = _Formatter(_summarized_data(a) if summarize else a, floating)
    return _tensor_str_with_formatter(a, indent, summarize, formatter)


def _add_suffixes(tensor_str, suffixes, indent, force_newline):
    tensor_strs = [tensor_str]
    last_line_len = len(tensor_str) - tensor_str.rfind("\n") + 1
    for suffix in suffixes:
        suffix_len = len(suffix)
        if force_newline or last_line_len + suffix_len + 2 > PRINT_OPTS.linewidth:
            tensor_strs.append(",\n" + " " * indent + suffix)
            last_line_len = indent + suffix_len
            force_newline = False
        else:
            tensor_strs.append(", " + suffix)
            last_line_len += suffix_len + 2
    tensor_strs.append(")")
    return "".join(tensor_strs)


def _as_array(arr, name):
    np_name = _NUMPY_DTYPE.get(name)
    a = np.asarray(arr)
    if np_name is not None and a.dtype != np.dtype(np_name):
        a = a.astype(np_name)
    return a


def tensor_str(arr, dtype, *, requires_grad=False, grad_fn=None, prefix="tensor(", indent=None):
    """What ``repr(t)`` / ``str(t)`` print for a CPU torch tensor holding ``arr``.

    dtype: torch dtype name ('float32', 'float64', 'int64', 'bool', ...;
    'torch.float32' and aliases like 'double' are accepted).
    grad_fn: name of the grad_fn class (e.g. 'MulBackward0'); when given,
    ``grad_fn=<...>`` is shown, otherwise ``requires_grad=True`` if set.
    """
    name = _dtype_name(dtype)
    if name is None:
        name = _dtype_name(np.asarray(arr).dtype.name)
    a = _as_array(arr, name)
    if indent is None:
        indent = len(prefix)
    default = _DEFAULT_DTYPE[0]
    default_complex = "complex128" if default == "float64" else "complex64"
    suffixes = []
    if a.size == 0:
        # explicit shape unless it is (0,), and dtype unless the default float
        if a.ndim != 1:
            suffixes.append("size=" + str(tuple(int(d) for d in a.shape)))
        if name != default:
            suffixes.append("dtype=torch." + name)
        body = "[]"
    else:
        if not PRINT_OPTS.edgeitems:
            suffixes.append("size=" + str(tuple(int(d) for d in a.shape)))
        if name not in (default, default_complex, "int64", "bool"):
            suffixes.append("dtype=torch." + name)
        body = _tensor_body(a, indent, name in _FLOATING)
    if grad_fn is not None:
        g = str(grad_fn)
        if g.startswith("<") and g.endswith(">"):
            g = g[1:-1]
        suffixes.append("grad_fn=<" + g + ">")
    elif requires_grad:
        suffixes.append("requires_grad=True")
    return _add_suffixes(prefix + body, suffixes, indent, False)


def parameter_repr(arr, dtype, *, requires_grad=True):
    """``repr(torch.nn.Parameter(...))``: 'Parameter containing:\\n' + tensor repr."""
    return "Parameter containing:\n" + tensor_str(arr, dtype, requires_grad=requires_grad)


def format_tensor(arr, dtype, format_spec="", **kw):
    """``format(t, spec)`` / f-string of a tensor: 0-d tensors format their
    Python scalar (``f"{torch.tensor(2.)}"`` -> '2.0'); others use object
    formatting of the repr (a non-empty spec raises TypeError like torch)."""
    name = _dtype_name(dtype)
    a = _as_array(arr, name)
    if a.ndim == 0:
        return format(a.item(), format_spec)  # Tensor.__format__: detach().item()
    s = tensor_str(a, name, **kw)
    if format_spec:
        raise TypeError("unsupported format string passed to Tensor.__format__")
    return s

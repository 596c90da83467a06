"""tf.debugging assertions in eager mode (raise at once, messages as TF's eager ones)."""
from . import _ops
from . import dtypes as _dt
from ._tensor import _T, _np, convert_to_tensor
from .errors import InvalidArgumentError, _invalid


def _npm():
    import numpy as np

    return np


def _fmt(a):
    np = _npm()
    return np.array2string(np.asarray(a).reshape(-1), separator=" ") if False else str(np.asarray(a).reshape(-1))


def _pair(x, y):
    x = convert_to_tensor(x)
    y = convert_to_tensor(y, dtype=x.dtype) if not isinstance(y, _T) else y
    return x, y


def _binary_assert(sym, npop, x, y, message=None, summarize=None):
    np = _npm()
    x, y = _pair(x, y)
    a, b = _np(x), _np(y)
    try:
        ok = npop(a, b)
    except ValueError:
        raise _invalid("BroadcastArgs", "Incompatible shapes: %s vs. %s" % (list(a.shape), list(b.shape)))
    if np.all(ok):
        return None
    lines = []
    if message:
        lines.append(str(message))
    lines.append("Condition x %s y did not hold." % sym)
    if a.shape == b.shape:
        bad = np.argwhere(~np.broadcast_to(ok, a.shape))
        lines.append("Indices of first %d different values:" % len(bad))
        lines.append(str(bad))
        lines.append("Corresponding x values:")
        lines.append(str(a[tuple(bad.T)]))
        lines.append("Corresponding y values:")
        lines.append(str(b[tuple(bad.T)]))
    n = summarize or 3
    lines.append("First %d elements of x:" % min(a.size, n))
    lines.append(str(a.reshape(-1)[:n]))
    lines.append("First %d elements of y:" % min(b.size, n))
    lines.append(str(b.reshape(-1)[:n]))
    raise InvalidArgumentError(None, None, "\n".join(lines))


def assert_equal(x, y, message=None, summarize=None, name=None):
    return _binary_assert("==", lambda a, b: a == b, x, y, message, summarize)


def assert_none_equal(x, y, message=None, summarize=None, name=None):
    return _binary_assert("!=", lambda a, b: a != b, x, y, message, summarize)


def assert_less(x, y, message=None, summarize=None, name=None):
    return _binary_assert("<", lambda a, b: a < b, x, y, message, summarize)


def assert_less_equal(x, y, message=None, summarize=None, name=None):
    return _binary_assert("<=", lambda a, b: a <= b, x, y, message, summarize)


def assert_greater(x, y, message=None, summarize=None, name=None):
    return _binary_assert(">", lambda a, b: a > b, x, y, message, summarize)


def assert_greater_equal(x, y, message=None, summarize=None, name=None):
    return _binary_assert(">=", lambda a, b: a >= b, x, y, message, summarize)


def _sign_assert(cond, npop, x, message):
    np = _npm()
    x = convert_to_tensor(x)
    a = _np(x)
    if np.all(npop(a)):
        return None
    vals = "[" + ", ".join("'%s'" % repr(float(v) if a.dtype.kind == "f" else v) for v in a.reshape(-1)[:3]) + "]"
    msg = (str(message) if message else "") + "\nCondition x %s did not hold element-wise:\nx (shape=%s dtype=%s) = \n%s" \
        % (cond, tuple(a.shape), x.dtype.name, vals)
    raise InvalidArgumentError(None, None, msg)


def assert_positive(x, data=None, summarize=None, message=None, name=None):
    return _sign_assert("> 0", lambda a: a > 0, x, message)


def assert_negative(x, data=None, summarize=None, message=None, name=None):
    return _sign_assert("< 0", lambda a: a < 0, x, message)


def assert_non_negative(x, data=None, summarize=None, message=None, name=None):
    return _sign_assert(">= 0", lambda a: a >= 0, x, message)


def assert_non_positive(x, data=None, summarize=None, message=None, name=None):
    return _sign_assert("<= 0", lambda a: a <= 0, x, message)


def assert_rank(x, rank, message=None, name=None):
    x = convert_to_tensor(x)
    r = int(_np(convert_to_tensor(rank)).reshape(())) if isinstance(rank, _T) else int(rank)
    if x.shape.rank != r:
        raise ValueError("%sTensor %s must have rank %d.  Received rank %d, shape %s"
                         % ((str(message) + ".  ") if message else "", "", r, x.shape.rank, x.shape))


def assert_rank_at_least(x, rank, message=None, name=None):
    x = convert_to_tensor(x)
    if x.shape.rank < int(rank):
        raise ValueError("%sTensor %s must have rank at least %d.  Received rank %d, shape %s"
                         % ((str(message) + ".  ") if message else "", "", int(rank), x.shape.rank, x.shape))


def assert_rank_in(x, ranks, message=None, name=None):
    x = convert_to_tensor(x)
    ranks = [int(r) for r in ranks]
    if x.shape.rank not in ranks:
        raise ValueError("%sTensor %s must have rank in %s.  Received rank %d, shape %s"
                         % ((str(message) + ".  ") if message else "", "", tuple(ranks), x.shape.rank, x.shape))


def assert_scalar(tensor, message=None, name=None):
    t = convert_to_tensor(tensor)
    if t.shape.rank != 0:
        raise ValueError("%sExpected scalar shape, saw shape: %s." % ((str(message) + " ") if message else "",
                                                                      t.shape))


def assert_type(tensor, tf_type, message=None, name=None):
    t = tensor if isinstance(tensor, _T) else convert_to_tensor(tensor)
    d = _dt.as_dtype(tf_type)
    if t.dtype != d:
        raise TypeError("%s%s must be of type %r; got %r" % ((str(message) + " ") if message else "", "tensor", d,
                                                            t.dtype))


def assert_integer(x, message=None, name=None):
    t = convert_to_tensor(x)
    if not t.dtype.is_integer:
        raise TypeError("%sExpected Tensor %s to be of integer type but got dtype %r"
                        % ((str(message) + " ") if message else "", "", t.dtype))


def is_numeric_tensor(tensor):
    return isinstance(tensor, _T) and (tensor.dtype.is_floating or tensor.dtype.is_integer)


def check_numerics(tensor, message, name=None):
    np = _npm()
    t = convert_to_tensor(tensor)
    a = _np(t)
    if np.isnan(a).any():
        raise _invalid("CheckNumerics", "%s : Tensor had NaN values" % message)
    if np.isinf(a).any():
        raise _invalid("CheckNumerics", "%s : Tensor had Inf values" % message)
    return _ops.identity(t)


def assert_all_finite(t, msg, name=None, x=None, message=None):
    return check_numerics(t if t is not None else x, msg if msg is not None else message)


def assert_near(x, y, rtol=None, atol=None, message=None, summarize=None, name=None):
    np = _npm()
    x, y = _pair(x, y)
    eps = np.finfo(_np(x).dtype).eps if x.dtype.is_floating else 0
    rtol = 10 * eps if rtol is None else rtol
    atol = 10 * eps if atol is None else atol
    a, b = _np(x), _np(y)
    if np.all(np.abs(a - b) <= atol + rtol * np.abs(b)):
        return None
    from ._ops import constant

    d = x.dtype.name
    lines = ["Expected 'tf.Tensor(False, shape=(), dtype=bool)' to be true. Summarized data: %r"
             % (str(message or "").encode(),),
             "%r" % ("x and y not equal to tolerance rtol = %s, atol = %s" % (constant(rtol, dtype=x.dtype),
                                                                              constant(atol, dtype=x.dtype))).encode(),
             "%r" % ("x (shape=%s dtype=%s) = " % (tuple(a.shape), d)).encode(),
             " ".join(str(v) for v in a.reshape(-1)[:summarize or 3]),
             "%r" % ("y (shape=%s dtype=%s) = " % (tuple(b.shape), d)).encode(),
             " ".join(str(v) for v in b.reshape(-1)[:summarize or 3])]
    raise InvalidArgumentError(None, None, "\n".join(lines))


def assert_proper_iterable(values):
    import numpy as np

    if isinstance(values, (_T, np.ndarray, str, bytes)):
        raise TypeError("Expected argument \"values\" to be a \"proper\" iterable.  Found: %s" % type(values))
    if not hasattr(values, "__iter__"):
        raise TypeError("Expected argument \"values\" to be iterable.  Found: %s" % type(values))


def assert_shapes(shapes, data=None, summarize=None, message=None, name=None):
    items = list(shapes.items()) if isinstance(shapes, dict) else list(shapes)
    sizes = {}
    for x, spec in items:
        t = convert_to_tensor(x)
        spec = [spec] if isinstance(spec, str) and len(spec) != 1 else list(spec)
        dims = [int(d) for d in t.shape]
        if len(spec) != len(dims) and "." not in "".join(str(s) for s in spec):
            raise ValueError("%sSpecified by tensor %s dimension %d.  Tensor %s must have rank %d.  Received rank %d, "
                             "shape %s" % ((str(message) + ".  ") if message else "", "", 0, "", len(spec), len(dims),
                                           t.shape))
        for i, (s, d) in enumerate(zip(spec, dims)):
            if isinstance(s, int):
                if s != d:
                    raise ValueError("%sSpecified explicitly. Tensor %s dimension %d must have size %d. Received size "
                                     "%d, shape %s" % ((str(message) + ".  ") if message else "", "", i, s, d, t.shape))
            elif s is not None and s != ".":
                if s in sizes and sizes[s] != d:
                    raise ValueError("%sTensor %s dimension %d must have size %d.  Received size %d, shape %s"
                                     % ((str(message) + ".  ") if message else "", "", i, sizes[s], d, t.shape))
                sizes[s] = d


def Assert(condition, data, summarize=None, name=None):
    np = _npm()
    c = _np(convert_to_tensor(condition)) if not isinstance(condition, bool) else condition
    if not np.all(c):
        parts = []
        for d in data:
            if isinstance(d, str):
                parts.append(repr(d.encode()))
            else:
                parts.append(str(_np(convert_to_tensor(d))))
        raise InvalidArgumentError(None, None, "Expected '%s' to be true. Summarized data: %s"
                                   % (convert_to_tensor(condition), "\n".join(parts)))


def _install(debugging, tf):
    g = globals()
    for n in ("assert_equal assert_none_equal assert_less assert_less_equal assert_greater assert_greater_equal "
              "assert_positive assert_negative assert_non_negative assert_non_positive assert_rank "
              "assert_rank_at_least assert_rank_in assert_scalar assert_type assert_integer is_numeric_tensor "
              "check_numerics assert_all_finite assert_near assert_proper_iterable assert_shapes Assert").split():
        setattr(debugging, n, staticmethod(g[n]) if isinstance(debugging, type) else g[n])
    for n in ("assert_equal", "assert_less", "assert_greater", "assert_rank", "Assert"):
        if not hasattr(tf, n):
            setattr(tf, n, g[n])

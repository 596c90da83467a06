# tf.debugging assertions in eager mode (raise at once, messages as TF's eager ones).
from . import _ops
from . import dtypes as _dt
from ._tensor import _T, _np, convert_to_tensor
from .errors import InvalidArgumentError, _invalid


def _npm():
    import numpy as np

    return np


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
        op = {"==": "Equal", "!=": "NotEqual", "<": "Less", "<=": "LessEqual", ">": "Greater", ">=": "GreaterEqual"}
        raise _invalid(op[sym], "Incompatible shapes: %s vs. %s" % (list(a.shape), list(b.shape)))
    if np.all(ok):
        return None
    lines = []
    if message:
        lines.append(str(message))
    lines.append("Condition x %s y did not hold." % sym)
    n = 3 if summarize is None else summarize if summarize >= 0 else 1 << 62
    if a.shape == b.shape and a.ndim:
        bad = np.argwhere(~np.broadcast_to(ok, a.shape))[:n]
        lines += ["Indices of first %d different values:" % len(bad), str(bad), "Corresponding x values:",
                  str(a[tuple(bad.T)]), "Corresponding y values:", str(b[tuple(bad.T)])]
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
    vals = str([str(v) for v in a.reshape(-1)[:3]] + (["..."] if a.size > 3 else []))
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
        raise TypeError('%sExpected "x" to be integer type.  Found: tensor of dtype %s'
                        % ((str(message) + ".  ") if message else "", t.dtype))


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
             _summarize(x, summarize or 3),
             "%r" % ("y (shape=%s dtype=%s) = " % (tuple(b.shape), d)).encode(),
             _summarize(y, summarize or 3)]
    raise InvalidArgumentError(None, None, "\n".join(lines))


def assert_proper_iterable(values):
    import numpy as np

    if isinstance(values, (_T, np.ndarray, str, bytes)):
        raise TypeError("Expected argument \"values\" to be a \"proper\" iterable.  Found: %s" % type(values))
    if not hasattr(values, "__iter__"):
        raise TypeError("Expected argument \"values\" to be iterable.  Found: %s" % type(values))


def assert_shapes(shapes, data=None, summarize=None, message=None, name=None):
    """check_ops.assert_shapes in eager mode: ranks first, then sizes (symbols bind to the first size seen)."""
    pre = (str(message) + ".  ") if message else ""
    items = [(convert_to_tensor(x), sp) for x, sp in (shapes.items() if isinstance(shapes, dict) else shapes)
             if sp is not None]
    nm = lambda t: "shape=%s dtype=%s" % (t.shape, t.dtype.name)  # noqa: E731
    dims = []
    for t, sp in items:
        if not hasattr(sp, "__iter__") and not hasattr(sp, "__getitem__"):
            raise ValueError("%sTensor %s.  Specified shape must be an iterable.  An iterable has the attribute "
                             "`__iter__` or `__getitem__`.  Received specified shape: %s" % (pre, nm(t), sp))
        sp = tuple(sp)
        for i, sym in enumerate(sp):
            if sym in (Ellipsis, "*") and i:
                raise ValueError("%sTensor %s specified shape index %d.  Symbol `...` or `*` for a variable number of "
                                 "unspecified dimensions is only allowed as the first entry" % (pre, nm(t), i))
        inner = bool(sp) and sp[0] in (Ellipsis, "*")
        sym = list(sp[1:] if inner else sp) or [1]
        dims.append((t, inner, [int(d) for d in t.shape] or [1], sym))
        if inner:
            if len(sym) > 1:
                assert_rank_at_least(t, len(sym), message)
        elif len(sym) == 1:
            assert_rank_in(t, [0, 1], message)
        else:
            assert_rank(t, len(sym), message)
    seen = {}
    for t, inner, actual, sym in dims:
        for i, s in enumerate(sym):
            if s is None or s == ".":
                continue
            d = i - len(sym) if inner else i
            if isinstance(s, int) or s in seen:
                want, why = (int(s), "Specified explicitly") if isinstance(s, int) else \
                    (seen[s][0], "Specified by tensor %s dimension %d" % (nm(seen[s][1]), seen[s][2]))
                if actual[d] != want:
                    raise ValueError("%s%s.  Tensor %s dimension %s must have size %d.  Received size %d, shape %s"
                                     % (pre, why, nm(t), d, want, actual[d], t.shape))
            else:
                seen[s] = (actual[d], t, d)


def _summarize(d, n):
    np = _npm()
    a = np.asarray(d.encode() if isinstance(d, str) else d.numpy() if hasattr(d, "numpy") else d)
    if not a.ndim:
        return str(a[()]) if n else ""
    flat = a.reshape(-1)
    return ", ".join([str(v) for v in flat[:n]] + (["..."] if flat.size > n else []))


def Assert(condition, data, summarize=None, name=None):
    np = _npm()
    c = _np(convert_to_tensor(condition)) if not isinstance(condition, bool) else condition
    if not np.all(c):
        n = 3 if summarize is None else summarize if summarize >= 0 else 1 << 62
        raise InvalidArgumentError(None, None, "Expected '%s' to be true. Summarized data: %s"
                                   % (condition, "\n".join(_summarize(d, n) for d in data)))


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

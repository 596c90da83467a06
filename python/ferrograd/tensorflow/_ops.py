# TF's functions (tf.constant, tf.reduce_sum, tf.matmul, ...) over the core tensor.
import builtins as _b

from .. import _core
from . import dtypes as _dt
from ._tensor import EagerTensor
from ._tensor import (TAG, _T, Variable, _arg, _arg_like, _binop, _check_same, _dtype_of, _from_array, _np, _read,
                      _to_array, _touch, _wrap, convert_to_tensor)
from .errors import InvalidArgumentError, _invalid


def constant(value, dtype=None, shape=None, name="Const"):
    if (isinstance(value, (str, bytes)) or isinstance(value, (list, tuple)) and value and
            not isinstance(value[0], (int, float, _T))) or getattr(value, "dtype", None) is not None and \
            getattr(value.dtype, "kind", None) in ("U", "S", "O"):
        from . import _strings

        if _strings.is_stringy(value):  # a tf.string tensor
            return _strings.constant(value)
    if isinstance(value, _T) and not isinstance(value, Variable) and getattr(value, "_var", None) is None:
        if dtype is not None and _dt.as_dtype(dtype) is not _dtype_of(value):  # TF: no cast of an EagerTensor
            raise TypeError("Expected tensor %s with dtype %r, but got dtype %r." % (
                _np(value), _dt.as_dtype(dtype), _dtype_of(value)))
        t = value
    elif isinstance(value, _T) and dtype is not None and _dt.as_dtype(dtype) is not _dtype_of(value):
        t = cast(value, dtype)
    elif isinstance(value, _T):
        t = _wrap(_T.detach(convert_to_tensor(value)))
    else:
        t = _from_array(_to_array(value, dtype))
    if shape is not None:
        shape = [int(d) for d in shape]
        n = 1
        for d in shape:
            n *= d
        if t._size() != tuple(shape):
            if _T.numel(t) == 1:
                import numpy as np

                t = _from_array(np.full(shape, _np(t).reshape(())[()], dtype=_np(t).dtype))
            elif _T.numel(t) == n:
                t = _wrap(_T.reshape(t, shape))
            else:
                raise TypeError("Eager execution of tf.constant with unsupported shape. Tensor %s (converted from %r) has %d elements, but got `shape` %s with %d elements)."
                                % (t, value, _T.numel(t), tuple(shape), n))
    return t


def identity(input, name=None):
    x = _arg(input)
    return _read(x) if x._is_var else _wrap(_T._named(x, "Identity") if x.requires_grad else _T.detach(x))


def stop_gradient(input, name=None):
    return _wrap(_T.detach(_arg(input)))


def cast(x, dtype, name=None):
    d = _dt.as_dtype(dtype)
    x = _arg(x)
    if _dtype_of(x) is d:
        return _read(x) if x._is_var else x
    src = _dtype_of(x)
    if src.is_floating and d.is_integer:
        # truncation toward zero; no gradient through integer casts
        return _wrap(_T._cast(_T.detach(x), d._fg))
    if d.is_bool:
        return _wrap(_T.__ne__(_T.detach(x), 0))
    r = _T._cast(x, d._fg)
    return _wrap(r)


def _shape_list(shape):
    if isinstance(shape, _T):
        shape = _np(shape).tolist()
    if isinstance(shape, (int,)):
        return [int(shape)]
    return [int(d) for d in shape]


def zeros(shape, dtype=_dt.float32, name=None, layout=None):
    d = _dt.as_dtype(dtype)
    if d is _dt.float16:
        import numpy as np

        return _from_array(np.zeros(_shape_list(shape), np.float16))
    return _wrap(_core.zeros(*_shape_list(shape), dtype=d._fg, tag=TAG)) if _shape_list(shape) else \
        _wrap(_core.full([], 0, d._fg, False, TAG))


def ones(shape, dtype=_dt.float32, name=None, layout=None):
    d = _dt.as_dtype(dtype)
    s = _shape_list(shape)
    return _wrap(_core.full(s, 1, d._fg, False, TAG))


def fill(dims, value, name=None, layout=None):
    v = _to_array(value)
    return _wrap(_core.full(_shape_list(dims), v.reshape(())[()].item(), v.dtype.name, False, TAG))


def zeros_like(input, dtype=None, name=None, layout=None):
    x = _arg(input)
    d = _dt.as_dtype(dtype) if dtype is not None else _dtype_of(x)
    return _wrap(_core.full(list(x._size()), 0, d._fg, False, TAG))


def ones_like(input, dtype=None, name=None, layout=None):
    x = _arg(input)
    d = _dt.as_dtype(dtype) if dtype is not None else _dtype_of(x)
    return _wrap(_core.full(list(x._size()), 1, d._fg, False, TAG))


def _scalar(v):
    if isinstance(v, _T):
        return _np(v)[()].item()
    return v


def range(start, limit=None, delta=1, dtype=None, name="range"):
    import numpy as np

    if limit is None:
        start, limit = 0, start
    vals = [start, limit, delta]
    tdt = None
    for v in vals:
        if isinstance(v, _T):
            tdt = _dtype_of(v)
    start, limit, delta = _scalar(start), _scalar(limit), _scalar(delta)
    if dtype is not None:
        d = _dt.as_dtype(dtype)
    elif tdt is not None and not _b.any(isinstance(v, float) for v in (start, limit, delta)):
        d = tdt
    else:
        d = _dt.float32 if _b.any(isinstance(v, float) for v in (start, limit, delta)) else _dt.int32
    if delta == 0:
        raise _invalid("Range", "Requires delta != 0: 0", wrapped=True)
    if d.is_integer:
        arr = np.arange(int(start), int(limit), int(delta), dtype=d.name)
    else:
        npd = np.dtype(d.name)
        s, l, dl = npd.type(start), npd.type(limit), npd.type(delta)
        size = int(np.ceil(abs((float(l) - float(s)) / float(dl)))) if (l - s) * dl > 0 else 0
        arr = np.empty(size, npd)
        val = s
        for i in _b.range(size):
            arr[i] = val
            val = npd.type(val + dl)
    return _from_array(arr)


def linspace(start, stop, num, name=None, axis=0):
    """linspace_nd: start + delta * range(1, num - 1) between start and stop, along `axis`."""
    import numpy as np

    if isinstance(start, (list, tuple)):
        start = convert_to_tensor(start)
    s = _arg(start) if isinstance(start, _T) else None
    d = _dtype_of(s) if s is not None else _dt.float32
    if s is None and isinstance(start, (int, np.integer)) and not isinstance(start, bool):
        d = _dt.float64  # int32 start/stop: TF's delta is a true division -> float64
    elif s is None and isinstance(start, np.floating):
        d = _dt.as_dtype(start.dtype.name)
    elif d.is_integer:
        d = _dt.float64
    npd = np.dtype(d.name)
    a, b = (np.asarray(_np(_arg(v)) if isinstance(v, _T) else v).astype(npd) for v in (start, stop))
    a, b = np.broadcast_arrays(a, b)
    ax, num = axis % (a.ndim + 1), int(_scalar(num))
    a, b = np.expand_dims(a, ax), np.expand_dims(b, ax)
    n = _b.max(num - 1, 1)
    step = ((b - a) / npd.type(n)).astype(npd)
    i = np.arange(1, n, dtype=npd).reshape([-1 if k == ax else 1 for k in _b.range(a.ndim)])
    out = np.concatenate([a, (a + (step * i).astype(npd)).astype(npd), b], axis=ax)
    return _from_array(np.ascontiguousarray(np.take(out, np.arange(num), axis=ax)))


def eye(num_rows, num_columns=None, batch_shape=None, dtype=_dt.float32, name=None):
    d = _dt.as_dtype(dtype)
    t = _wrap(_core.eye(int(num_rows), None if num_columns is None else int(num_columns), d._fg, False, TAG))
    if batch_shape:
        import numpy as np

        t = _from_array(np.broadcast_to(_np(t), tuple(batch_shape) + tuple(t._size())).copy())
    return t


# ---------------------------------------------------------------- elementwise

def _un(method, op=None):
    def f(x, name=None):
        x = _arg(x)
        return _wrap(method(x))

    return f


def _float_un(method, opname):
    def f(x, name=None):
        x = _arg(x)
        if not _dtype_of(x).is_floating:
            raise _invalid(opname, "Value for attr 'T' of %s is not in the list of allowed values: bfloat16, half, float, double, complex64, complex128\n\t; NodeDef: {{node %s}}; Op<name=%s; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"
                           % (_dtype_of(x).name, opname, opname), wrapped=False)
        return _wrap(method(x))

    f.__name__ = opname.lower()
    return f


_ET = EagerTensor
_FLOATS = frozenset(("float32", "float64"))
_sum_flavor = _core.sum_flavor
_unary_flavor = _core.unary_flavor
_tf_unary = _core.tf_unary_flavor
_tf_sum_all = _core.tf_sum_all


def _flavor(x, name):
    # float32 op with the Eigen kernel arithmetic TensorFlow's CPU ops use (Rust kernel flavour;
    # its gradient is TF's differentiable formula, so nested tapes work).
    return _wrap(_core.unary_flavor(x, name))


def _f32(x):
    return x._dtype_name == "float32" and not getattr(x, "_half", False)


def _eigen_un(method, opname, flavor=None, log1p=None, packet=None):
    # float32: TF's Eigen flavour of the op (`packet`: _s4fast's, from 8 elements); other dtypes: the core op.
    core = _float_un(method, opname)

    def f(x, name=None):
        x = _arg(x)
        if x._dtype_name != "float32" or getattr(x, "_half", False):
            return core(x)
        if packet is not None:
            if _T.numel(x) < 8:
                return core(x)
            from . import _s4fast

            return getattr(_s4fast, packet)(x)
        if log1p is not None and x.requires_grad and _T.numel(x) >= 8 and _core.is_grad_enabled():
            from ._s4fast import log_grad_via_reciprocal

            return log_grad_via_reciprocal(x, _flavor(_T.detach(x), flavor), log1p)
        return _flavor(x, flavor)

    f.__name__ = opname.lower()
    return f


exp = _eigen_un(_T.exp, "Exp", "exp_eigen")
log = _eigen_un(_T.log, "Log", "log_eigen", False)
log1p = _eigen_un(_T.log1p, "Log1p", "log1p_eigen", True)
sin = _eigen_un(_T.sin, "Sin", "sin_eigen")
cos = _eigen_un(_T.cos, "Cos", "cos_eigen")
tanh = _eigen_un(_T.tanh, "Tanh", "tanh_eigen")
rsqrt = _eigen_un(_T.rsqrt, "Rsqrt", packet="eigen_rsqrt")
reciprocal = _eigen_un(_T.reciprocal, "Reciprocal", packet="eigen_reciprocal")
sqrt = _float_un(_T.sqrt, "Sqrt")
expm1 = _float_un(_T.expm1, "Expm1")
floor = _un(_T.floor)
ceil = _un(_T.ceil)
abs = _un(_T.abs)
negative = _un(_T.neg)
sign = _un(_T.sign)
round = _un(_T.round)


def tan(x, name=None):
    x = _arg(x)
    return _wrap(_T.__truediv__(_T.sin(x), _T.cos(x)))


def square(x, name=None):
    x = _arg(x)
    return _wrap(_T.__mul__(x, x))


def sigmoid(x, name=None):
    r = _tf_unary(x, "sigmoid_eigen")  # float32 EagerTensor / Variable, in one crossing
    if r is not None:
        return r
    x = _arg(x)
    if x._dtype_name == "float32" and not getattr(x, "_half", False):
        return _flavor(x, "sigmoid_eigen")
    return _wrap(_T.sigmoid(x))


def relu(features, name=None):
    return _wrap(_T.relu(_arg(features)))


def softplus(features, name=None):
    x = _arg(features)
    if _f32(x):
        # TF's Softplus kernel: x above -thr, exp(x) below thr, else log1p(exp(x)) (thr = log(eps) + 2)
        thr = -13.942385152878742
        xw = _wrap(_T.detach(x))
        mid = clip_by_value(xw, thr, -thr)
        out = where(xw > -thr, xw, where(xw < thr, exp(xw), log1p(exp(mid))))
        if not x.requires_grad or not _core.is_grad_enabled():
            return out
        # TF's Softplus gradient: grad * sigmoid(x)
        return _wrap(_core.custom_node("SoftplusGrad", [x], out, lambda g: [_arg(_wrap(g) * sigmoid(_wrap(x)))]))
    # relu(x) + log1p(exp(-|x|))
    return _wrap(_T.__add__(_T.relu(x), _arg(log1p(exp(_wrap(_T.neg(_T.abs(x))))))))


def pow(x, y, name=None):
    if isinstance(x, _T) or hasattr(x, "_var") or not isinstance(y, _T):
        return _tf(x).__pow__(y)
    return _tf(y).__rpow__(x)


def _tf(x):
    return x if isinstance(x, _T) and x.__class__ is not _T else _arg(x)


def add(x, y, name=None):
    return _tf(x).__add__(y) if isinstance(x, _T) or not isinstance(y, _T) else _tf(y).__radd__(x)


def subtract(x, y, name=None):
    return _tf(x).__sub__(y) if isinstance(x, _T) or not isinstance(y, _T) else _tf(y).__rsub__(x)


def multiply(x, y, name=None):
    return _tf(x).__mul__(y) if isinstance(x, _T) or not isinstance(y, _T) else _tf(y).__rmul__(x)


def divide(x, y, name=None):
    return _tf(x).__truediv__(y) if isinstance(x, _T) or not isinstance(y, _T) else _tf(y).__rtruediv__(x)


truediv = divide


def floordiv(x, y, name=None):
    return _tf(x).__floordiv__(y) if isinstance(x, _T) or not isinstance(y, _T) else _tf(y).__rfloordiv__(x)


floor_div = floordiv


def mod(x, y, name=None):
    return _tf(x).__mod__(y) if isinstance(x, _T) or not isinstance(y, _T) else _tf(y).__rmod__(x)


floormod = mod


def _two(x, y):
    if isinstance(x, _T) or not isinstance(y, _T):
        a = _arg(x)
        b = _arg_like(y, a)
    else:
        b = _arg(y)
        a = _arg_like(x, b)
    return a, b


def maximum(x, y, name=None):
    a, b = _two(x, y)
    _check_same("Maximum", a, b)
    return _wrap(_T.maximum(a, b))


def minimum(x, y, name=None):
    a, b = _two(x, y)
    _check_same("Minimum", a, b)
    return _wrap(_T.minimum(a, b))


def _cmpf(method, op):
    def f(x, y, name=None):
        a, b = _two(x, y)
        _check_same(op, a, b)
        return _binop(a, b, getattr(_T, method), op)

    return f


equal = _cmpf("__eq__", "Equal")
not_equal = _cmpf("__ne__", "NotEqual")
less = _cmpf("__lt__", "Less")
less_equal = _cmpf("__le__", "LessEqual")
greater = _cmpf("__gt__", "Greater")
greater_equal = _cmpf("__ge__", "GreaterEqual")


def logical_and(x, y, name=None):
    return _arg(x).__and__(y)


def logical_or(x, y, name=None):
    return _arg(x).__or__(y)


def logical_not(x, name=None):
    return _wrap(_T.logical_not(_arg(x)))


def where(condition, x=None, y=None, name=None):
    c = _arg(condition)
    if x is None and y is None:
        import numpy as np

        return _from_array(np.argwhere(_np(c)).astype(np.int64))
    a, b = _two(x, y)
    return _wrap(_core.where_(c, a, b))


def clip_by_value(t, clip_value_min, clip_value_max, name=None):
    x = _arg(t)
    return minimum(maximum(x, clip_value_min), clip_value_max)


def add_n(inputs, name=None):
    inputs = [_arg(i) for i in inputs]
    r = inputs[0]
    for i in inputs[1:]:
        r = _T.__add__(r, i)
    return _wrap(r) if len(inputs) > 1 else identity(r)


# ---------------------------------------------------------------- reductions

def _axes(x, axis):
    if axis is None:
        return None
    if isinstance(axis, _T):
        axis = _np(axis).tolist()
    if isinstance(axis, (list, tuple)):
        return [int(a) for a in axis]
    return [int(axis)]


def _check_axes(op, x, axes):
    nd = _T.dim(x)
    for a in axes or ():
        if not -nd <= a < _b.max(nd, 1):
            raise _invalid(op, "Invalid reduction dimension (%d for input with %d dimension(s)" % (a, nd), name=True)


def _empty_reduce(x, axes):
    return axes is not None and len(axes) == 0


def reduce_sum(input_tensor, axis=None, keepdims=False, name=None):
    if axis is None and keepdims.__class__ is _b.bool:
        r = _tf_sum_all(input_tensor, keepdims)  # float EagerTensor / Variable, in one crossing
        if r is not None:
            return r
    x = _arg(input_tensor)
    ax = _axes(x, axis)
    _check_axes("Sum", x, ax)
    if _empty_reduce(x, ax):
        return identity(x)
    d = _dtype_of(x)
    if d.is_bool:
        x = _T._cast(x, "int64")
    if d.is_integer or d.is_bool:
        r = _T.sum(x, ax, keepdims)
        if d.is_integer and r._dtype_name != d.name:
            r = _T._cast(r, d.name)
    else:
        r = _core.sum_flavor(x, ax, keepdims, "eigen")
    return _wrap(r)


def reduce_mean(input_tensor, axis=None, keepdims=False, name=None):
    x = _arg(input_tensor)
    ax = _axes(x, axis)
    _check_axes("Mean", x, ax)
    if _empty_reduce(x, ax):
        return identity(x)
    d = _dtype_of(x)
    if d.is_integer:
        import numpy as np

        s = _np(_T.sum(x, ax, keepdims)).astype(np.int64)
        n = _b.max(1, _T.numel(x) // _b.max(1, s.size))
        q = (np.abs(s) // n) * np.sign(s)
        return _from_array(np.asarray(q, dtype=d.name))
    s_ = _core.sum_flavor(x, ax, keepdims, "eigen")
    n = _T.numel(x) // _b.max(1, _T.numel(s_))
    return _wrap(_T.__truediv__(s_, float(_b.max(n, 1))))


def _reduce_extreme(op_name, fn, input_tensor, axis, keepdims):
    x = _arg(input_tensor)
    ax = _axes(x, axis)
    _check_axes(op_name, x, ax)
    if _empty_reduce(x, ax):
        return identity(x)
    if ax is None:
        r = fn(x, list(_b.range(_T.dim(x))), keepdims) if _T.dim(x) else x
    else:
        r = fn(x, ax, keepdims)
    return _wrap(r)


def reduce_max(input_tensor, axis=None, keepdims=False, name=None):
    return _reduce_extreme("Max", _T.amax, input_tensor, axis, keepdims)


def reduce_min(input_tensor, axis=None, keepdims=False, name=None):
    return _reduce_extreme("Min", _T.amin, input_tensor, axis, keepdims)


def reduce_prod(input_tensor, axis=None, keepdims=False, name=None):
    x = _arg(input_tensor)
    ax = _axes(x, axis)
    _check_axes("Prod", x, ax)
    if ax is None:
        if keepdims:
            r = x
            for a in _b.range(_T.dim(x)):
                r = _T.prod(r, a, True)
            return _wrap(r)
        r = _T.prod(x)
        return _wrap(r if r._dtype_name == x._dtype_name else _T._cast(r, x._dtype_name))
    r = x
    for a in sorted([a % _b.max(_T.dim(x), 1) for a in ax], reverse=True):
        r = _T.prod(r, a, keepdims)
    if r._dtype_name != x._dtype_name:
        r = _T._cast(r, x._dtype_name)
    return _wrap(r)


def reduce_all(input_tensor, axis=None, keepdims=False, name=None):
    x = _arg(input_tensor)
    s = reduce_sum(_T._cast(_T.logical_not(x), "int64"), axis, keepdims)
    return _wrap(_T.__eq__(s, 0))


def reduce_any(input_tensor, axis=None, keepdims=False, name=None):
    x = _arg(input_tensor)
    s = reduce_sum(_T._cast(x, "bool")._cast("int64"), axis, keepdims)
    return _wrap(_T.__gt__(s, 0))


def reduce_logsumexp(input_tensor, axis=None, keepdims=False, name=None):
    x = _arg(input_tensor)
    m = stop_gradient(reduce_max(x, axis, True))
    r = _T.__add__(log(reduce_sum(exp(_T.__sub__(x, m)), axis, True)), m)
    if not keepdims:
        ax = _axes(x, axis)
        r = _T.squeeze(r, ax if ax is not None else None) if _T.dim(r) else r
    return _wrap(r)


def argmax(input, axis=None, output_type=_dt.int64, name=None):
    x = _arg(input)
    r = _T.argmax(x, 0 if axis is None else int(_scalar(axis)))
    return cast(_wrap(r), output_type)


def argmin(input, axis=None, output_type=_dt.int64, name=None):
    x = _arg(input)
    r = _T.argmin(x, 0 if axis is None else int(_scalar(axis)))
    return cast(_wrap(r), output_type)


# ---------------------------------------------------------------- shapes

def reshape(tensor, shape, name=None):
    x = _arg(tensor)
    s = _shape_list(shape)
    n = _T.numel(x)
    known = 1
    for d in s:
        if d != -1:
            known *= d
    if -1 in s:
        if known == 0 or n % known:
            raise _invalid("Reshape", "Input to reshape is a tensor with %d values, but the requested shape requires a multiple of %d" % (n, known), name=False)
    elif known != n:
        raise _invalid("Reshape", "Input to reshape is a tensor with %d values, but the requested shape has %d" % (n, known), name=False)
    return _wrap(_T.reshape(x, s))


def shape(input, out_type=_dt.int32, name=None):
    x = _arg(input)
    import numpy as np

    return _from_array(np.asarray(x._size(), dtype=_dt.as_dtype(out_type).name))


def size(input, out_type=_dt.int32, name=None):
    import numpy as np

    return _from_array(np.asarray(_T.numel(_arg(input)), dtype=_dt.as_dtype(out_type).name))


def rank(input, name=None):
    import numpy as np

    return _from_array(np.asarray(_T.dim(_arg(input)), dtype=np.int32))


def transpose(a, perm=None, conjugate=False, name="transpose"):
    x = _arg(a)
    nd = _T.dim(x)
    if perm is None:
        perm = list(_b.range(nd - 1, -1, -1))
    perm = _shape_list(perm)
    return _wrap(_T.permute(x, *perm)) if nd else identity(x)


def expand_dims(input, axis, name=None):
    return _wrap(_T.unsqueeze(_arg(input), int(_scalar(axis))))


def squeeze(input, axis=None, name=None):
    x = _arg(input)
    ax = _axes(x, axis)
    return _wrap(_T.squeeze(x, ax) if ax is not None else _T.squeeze(x))


def concat(values, axis, name="concat"):
    ts = [_arg(v) for v in values]
    for t in ts[1:]:
        _check_same("ConcatV2", ts[0], t)
    return _wrap(_core.cat(ts, int(_scalar(axis))))


def stack(values, axis=0, name="stack"):
    ts = [_arg(v) for v in values]
    if ts:
        ts = [ts[0]] + [_arg_like(v, ts[0]) for v in ts[1:]]
    for t in ts[1:]:
        _check_same("Pack", ts[0], t)
    return _wrap(_core.stack(ts, int(axis)))


def unstack(value, num=None, axis=0, name="unstack"):
    x = _arg(value)
    return [_wrap(e) for e in _T.unbind(x, axis)]


def tile(input, multiples, name=None):
    x = _arg(input)
    m = _shape_list(multiples)
    r = x
    for d, k in enumerate(m):
        if k != 1:
            r = _core.cat([r] * k, d)
    return _wrap(r)


def broadcast_to(input, shape, name=None):
    return _wrap(_T.expand(_arg(input), *_shape_list(shape)))


def gather(params, indices, validate_indices=None, axis=None, batch_dims=0, name=None):
    x = _arg(params)
    idx = _arg(indices)
    b = int(batch_dims) + (_T.dim(idx) if batch_dims < 0 else 0)
    ax = b if axis is None else int(axis) % _T.dim(x)
    if b:  # batch_dims: one gather over the batch-flattened params (axis == batch_dims)
        import math

        if ax != b:
            raise NotImplementedError("ferrograd: tf.gather with batch_dims and axis != batch_dims")
        bs, ish, rest = list(x._size()[:b]), list(idx._size()[b:]), list(x._size()[b + 1:])
        n, p = math.prod(bs), x._size()[b]
        off = _np(idx).reshape([n] + ish).astype("int64") + (_b.__import__("numpy").arange(n) * p).reshape(
            [n] + [1] * len(ish))
        r = gather(_T.reshape(x, [n * p] + rest), _from_array(off))
        return reshape(r, bs + ish + rest)
    if _T.dim(idx) == 0:
        return _wrap(_T.select(x, ax, int(_scalar(idx))))
    flat = _T.reshape(idx._cast("int64"), [-1])
    try:
        r = _T.index_select(x, ax, flat)
    except IndexError:
        v, n = _np(flat), x._size()[ax]
        i = int(((v < 0) | (v >= n)).argmax())
        raise _invalid("GatherV2", "indices[%d] = %d is not in [0, %d)" % (i, v[i], n), name=False) from None
    a = ax % _T.dim(x)
    s = list(x._size()[:a]) + list(idx._size()) + list(x._size()[a + 1:])
    return _wrap(_T.reshape(r, s))


def one_hot(indices, depth, on_value=None, off_value=None, axis=None, dtype=None, name=None):
    import numpy as np

    d = _dt.as_dtype(dtype) if dtype is not None else _dt.float32
    if on_value is None and off_value is None and axis is None and d.name in ("float32", "float64", "int32", "int64"):
        # (indices[..., None] == range(depth)) in Rust; indices outside [0, depth) give zero rows
        hit = _core.one_hot_mask(_arg(indices), int(depth))
        return _wrap(hit._cast(d.name))
    idx = _np(_arg(indices)).astype(np.int64)
    eye_ = np.eye(int(depth), dtype=d.name)
    out = np.zeros(idx.shape + (int(depth),), d.name)
    valid = (idx >= 0) & (idx < depth)
    out[valid] = eye_[idx[valid]]
    if on_value is not None or off_value is not None:
        on = 1 if on_value is None else _scalar(on_value)
        off = 0 if off_value is None else _scalar(off_value)
        out = np.where(out == 1, on, off).astype(d.name)
    return _from_array(out)


# ---------------------------------------------------------------- matmul

_tf_matmul = _core.tf_matmul
_graph_fn_depth = [0, 0]  # depth of graph functions, of which Model.predict ones


class _GraphFn:
    # Marks code TF runs inside a tf.function graph (Keras fit/evaluate/predict and the
    # *_on_batch methods unless compiled with run_eagerly=True): there grappler fuses MatMul +
    # BiasAdd into _FusedMatMul, whose Eigen contraction runs oneDNN's sgemm even for one row or
    # column (see `_fused_matmul`).
    __slots__ = ("on", "predict")

    def __init__(self, model=None, predict=False):
        self.on = not getattr(model, "_run_eagerly", False)
        self.predict = predict

    def __enter__(self):
        if self.on:
            _graph_fn_depth[0] += 1
            _graph_fn_depth[1] += self.predict

    def __exit__(self, *exc):
        if self.on:
            _graph_fn_depth[0] -= 1
            _graph_fn_depth[1] -= self.predict


def _fused_matmul(a, b, linear=False):
    # MatMul feeding a BiasAdd (Dense): _FusedMatMul's forward inside graphs, else tf.matmul.
    # Grappler leaves a BiasAdd whose output is fetched unfused: taken to be a linear Dense under
    # Model.predict (its output is then the model's output).
    if _graph_fn_depth[0] and not (linear and _graph_fn_depth[1]):
        x = _arg(a)
        y = _arg_like(b, x)
        if len(x._size()) == 2 and len(y._size()) == 2 and _is_f32(x) and _is_f32(y) and \
                x._size()[1] == y._size()[0]:
            return _wrap(_tf_matmul(x, y, False, False, True))
    return matmul(a, b)


def _is_f32(t):
    return t._dtype_name == "float32" and not getattr(t, "_half", False)


def matmul(a, b, transpose_a=False, transpose_b=False, adjoint_a=False, adjoint_b=False,
           a_is_sparse=False, b_is_sparse=False, output_type=None, grad_a=False, grad_b=False, name=None):
    if isinstance(a, _T) or not isinstance(b, _T):
        x = _arg(a)
        y = _arg_like(b, x)
    else:
        y = _arg(b)
        x = _arg_like(a, y)
    _check_same("MatMul", x, y)
    ta, tb = transpose_a or adjoint_a, transpose_b or adjoint_b
    sa, sb = x._size(), y._size()
    if len(sa) < 2 or len(sb) < 2:
        raise _invalid("MatMul", "In[0] and In[1] has different ndims: %s vs. %s" % (_dt.TensorShape(sa), _dt.TensorShape(sb)) if len(sa) != len(sb)
                       else "In[0] is not a matrix. Instead it has shape %s" % (_dt.TensorShape(sa),))
    k1 = sa[-2] if ta else sa[-1]
    k2 = sb[-1] if tb else sb[-2]
    if k1 != k2:
        op = "MatMul" if len(sa) == 2 and len(sb) == 2 else "BatchMatMulV2"
        raise _invalid(op, "Matrix size-incompatible: In[0]: [%s], In[1]: [%s]" % (",".join(map(str, sa)), ",".join(map(str, sb))))
    if len(sa) == 2 and len(sb) == 2 and _is_f32(x) and _is_f32(y):
        # TF's CPU MatMul arithmetic and _MatMulGrad (rust/core/src/ops/flavor_tf_matmul.rs)
        return _wrap(_tf_matmul(x, y, ta, tb))
    if ta:
        x = _T.swapaxes(x, -2, -1)
    if tb:
        y = _T.swapaxes(y, -2, -1)
    return _wrap(_T.matmul(x, y))


def tensordot(a, b, axes, name=None):
    x, y = _arg(a), _arg(b)
    if isinstance(axes, int):
        ax_a = list(_b.range(_T.dim(x) - axes, _T.dim(x)))
        ax_b = list(_b.range(axes))
    else:
        ax_a, ax_b = [list(v) if isinstance(v, (list, tuple)) else [v] for v in axes]
        ax_a, ax_b = [int(i) % _T.dim(x) for i in ax_a], [int(i) % _T.dim(y) for i in ax_b]
    fa = [i for i in _b.range(_T.dim(x)) if i not in ax_a]
    fb = [i for i in _b.range(_T.dim(y)) if i not in ax_b]
    sa, sb = x._size(), y._size()
    import math as _m

    xa = _T.reshape(_T.permute(x, *(fa + ax_a)), [_m.prod([sa[i] for i in fa]), _m.prod([sa[i] for i in ax_a])])
    yb = _T.reshape(_T.permute(y, *(ax_b + fb)), [_m.prod([sb[i] for i in ax_b]), _m.prod([sb[i] for i in fb])])
    r = _tf_matmul(xa, yb, False, False) if _is_f32(xa) and _is_f32(yb) else _T.matmul(xa, yb)
    return _wrap(_T.reshape(r, [sa[i] for i in fa] + [sb[i] for i in fb]))


# ---------------------------------------------------------------- nn

def softmax(logits, axis=None, name=None):
    x = _arg(logits)
    ax = -1 if axis is None else int(axis)
    m = _T.detach(_T.amax(x, ax, True))
    e = exp(_wrap(_T.__sub__(x, m)))
    s = _core.sum_flavor(e, [ax], True, "eigen")
    return _wrap(_T.__mul__(e, _T.reciprocal(s)))


def log_softmax(logits, axis=None, name=None):
    x = _arg(logits)
    ax = -1 if axis is None else int(axis)
    m = _T.detach(_T.amax(x, ax, True))
    sh = _T.__sub__(x, m)
    return _wrap(_T.__sub__(sh, _T.log(_T.sum(_T.exp(sh), ax, True))))


def sigmoid_cross_entropy_with_logits(labels=None, logits=None, name=None):
    lg = _arg(logits)
    lb = _arg_like(labels, lg)
    if lg._size() != lb._size():
        raise ValueError("logits and labels must have the same shape (%s vs %s)" % (_dt.TensorShape(lg._size()), _dt.TensorShape(lb._size())))
    zeros_ = _core.full_like(lg, 0.0)
    cond = _T.__ge__(lg, zeros_)
    relu_logits = _core.where_(cond, lg, zeros_)
    neg_abs = _core.where_(cond, _T.neg(lg), lg)
    r = _T.__add__(_T.__sub__(relu_logits, _T.__mul__(lg, lb)), _arg(log1p(exp(_wrap(neg_abs)))))
    return _wrap(r)


def softmax_cross_entropy_with_logits(labels, logits, axis=-1, name=None):
    lg = _arg(logits)
    lb = _arg_like(labels, lg)
    if not (_core.is_grad_enabled() and (lg.requires_grad or lb.requires_grad)):
        return _wrap(_T.neg(_T.sum(_T.__mul__(lb, log_softmax(lg, axis)), axis)))
    # TF's SoftmaxCrossEntropyWithLogits kernel: its gradient for the logits is the kernel's
    # backprop output softmax - labels (exp(shifted) / sum - labels, whatever the labels sum to),
    # for the labels -log_softmax(logits)
    lgd, lbd = _T.detach(lg), _T.detach(lb)
    lsm = _arg(log_softmax(lgd, axis))
    y = _T.neg(_T.sum(_T.__mul__(lbd, lsm), axis))
    ax = int(axis) % max(len(lg._size()), 1)

    def backward(g):
        # recording (a gradient of the gradient): the backprop output and log_softmax depend on the logits
        src, ls = (lg, _arg(log_softmax(lg, axis))) if _core.is_grad_enabled() else (lgd, lsm)
        gx = _T.unsqueeze(g, ax)
        m = _T.detach(_T.amax(lgd, ax, True))
        e = _T.exp(_T.__sub__(src, m))
        prob = _T.__truediv__(e, _T.sum(e, ax, True))
        return [_T.__mul__(gx, _T.__sub__(prob, lbd)), _T.__mul__(gx, _T.neg(ls))]

    return _wrap(_core.custom_node("SoftmaxCrossEntropyWithLogits", [lg, lb], y, backward))


def sparse_softmax_cross_entropy_with_logits(labels=None, logits=None, name=None):
    """SparseSoftmaxXentWithLogits: log(sum(exp(x - max))) - (x - max)[label]; gradient softmax - onehot."""
    lg = _arg(logits)
    idx = _T.unsqueeze(_arg(labels)._cast("int64"), -1)
    b = _T.__sub__(_T.detach(lg), _T.detach(_T.amax(lg, -1, True)))
    e = _arg(exp(_wrap(b)))
    sm = _core.sum_flavor(e, [-1], True, "eigen")
    y = _T.squeeze(_T.__sub__(_T.log(sm), _T.gather(b, -1, idx)), [-1])

    def backward(g):
        import numpy as np

        oh = _from_array(np.eye(lg._size()[-1], dtype=lg._dtype_name)[_np(idx)[..., 0]])
        return [_T.__mul__(_T.unsqueeze(g, -1), _T.__sub__(_T.__truediv__(e, sm), oh))]

    return _wrap(_core.custom_node("SparseSoftmaxCrossEntropyWithLogits", [lg], y, backward))


def l2_loss(t, name=None):
    x = _arg(t)
    return _wrap(_T.__truediv__(_T.sum(_T.__mul__(x, x)), 2.0))


def leaky_relu(features, alpha=0.2, name=None):
    x = _arg(features)
    return _wrap(_T.maximum(x, _T.__mul__(x, alpha)))


def elu(features, name=None):
    x = _arg(features)
    if _f32(x):
        # Eigen: select(x < 0, exp(x) - 1, x) with the packet exp; EluGrad: g * (y + 1) where y < 0
        import numpy as np
        from . import _eigen

        a = _np(x)
        y = _from_array(np.where(a < 0, (_eigen.exp(a) - np.float32(1)).astype(np.float32), a))
        if not (x.requires_grad and _core.is_grad_enabled()):
            return y

        def backward(g):
            zero = _core.full_like(out, 0.0)
            return [_core.where_(_T.__lt__(out, zero), _T.__mul__(g, _T.__add__(out, 1.0)), g)]

        out = _core.custom_node("EluGrad", [x], y, backward)
        return _wrap(out)
    z = _core.full_like(x, 0.0)
    return _wrap(_core.where_(_T.__gt__(x, z), x, _T.expm1(x)))


def bias_add(value, bias, data_format=None, name=None):
    return _arg(value).__add__(bias)


# tf.math.sigmoid and tf.reduce_sum are Rust entry points for float EagerTensors/Variables (no
# Python frame: a GradientTape step spends a fifth of its time in such wrappers); the Python
# versions above take every other call.
_core.tf_fast_fallbacks(sigmoid, reduce_sum)
sigmoid, reduce_sum = _core.tf_fast.sigmoid, _core.tf_fast.reduce_sum

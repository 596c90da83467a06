# tf.math beyond _ops: special functions (Eigen/libm ports, bit-exact), xlogy and friends,
# segment reductions, counting. Values are computed with numpy and get a gradient built from TF ops
# (so nested tapes see a differentiable formula).
import builtins as _b
import math as _math

from .. import _core
from . import _ops
from . import dtypes as _dt
from ._ops import _scalar
from ._tensor import TAG, _T, _arg, _dtype_of, _from_array, _np, _wrap, convert_to_tensor
from .errors import _invalid


def _npm():
    import numpy as np

    return np


def _node(name, ins, out, backward):
    # Attach a gradient to `out` (a tensor computed without the graph) when an input needs one.
    if not _b.any(t.requires_grad for t in ins) or not _core.is_grad_enabled():
        return out
    return _wrap(_core.custom_node(name, ins, out, backward))


def _xop_check(op, x, y, allowed="half, bfloat16, float, double, complex64, complex128",
               dtypes="DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128"):
    # TF's checks for a binary float op (Xlogy, Xlog1py, Xdivy): the attr 'T', same dtypes, broadcastable
    # shapes, each with TF's message, before any computation.
    from ._tensor import _check_same, _shape_str

    d = _dtype_of(x)
    if not (d.is_floating or d.is_complex):
        raise _invalid(op, "Value for attr 'T' of %s is not in the list of allowed values: %s\n\t; NodeDef: "
                           "{{node %s}}; Op<name=%s; signature=x:T, y:T -> z:T; attr=T:type,allowed=[%s]>"
                       % (d.name, allowed, op, op, dtypes), wrapped=False)
    _check_same(op, x, y, 1)
    sa, sb = list(x.shape), list(y.shape)
    for i in range(1, min(len(sa), len(sb)) + 1):
        if sa[-i] != sb[-i] and sa[-i] != 1 and sb[-i] != 1:
            raise _invalid(op, "Incompatible shapes: %s vs. %s" % (_shape_str(x), _shape_str(y)))


def _ids_prefix_check(op, a, ids, name=False):
    # Unsorted segment ops: data.shape must start with segment_ids.shape.
    if tuple(a.shape[:ids.ndim]) != tuple(ids.shape):
        fmt = lambda sh: "[" + ",".join(str(v) for v in sh) + "]"  # noqa: E731
        raise _invalid(op, "data.shape = %s does not start with segment_ids.shape = %s"
                       % (fmt(a.shape), fmt(ids.shape)), name=name)


def _sorted_ids_check(op, a, ids):
    # Sorted segment ops (SegmentSum/Mean/Max/Min/Prod): TF's checks on segment_ids.
    np = _npm()
    if ids.ndim != 1 or (a.ndim and ids.shape[0] != a.shape[0]):
        raise _invalid(op, "segment_ids should be the same size as dimension 0 of input.", name=False)
    if ids.size and ids[0] < 0:
        raise _invalid(op, "Segment id %d out of range [0, %d), possibly because 'segment_ids' input is not "
                           "sorted." % (ids[0], ids[-1] + 1), name=False)
    if ids.size > 1 and bool(np.any(ids[1:] < ids[:-1])):
        raise _invalid(op, "segment ids are not increasing", name=False)


def _square_check(op, a):
    if a.ndim < 2:
        raise _invalid(op, "Input tensor 0 must have rank >= 2, got %d" % a.ndim)
    if a.shape[-1] != a.shape[-2]:
        raise _invalid(op, "Input matrix must be square.")


def _check_float(x, op):
    if not _dtype_of(x).is_floating:
        raise _invalid(op, "Value for attr 'T' of %s is not in the list of allowed values: bfloat16, half, float, "
                       "double, complex64, complex128\n\t; NodeDef: {{node %s}}; Op<name=%s; signature=x:T -> y:T; "
                       "attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128]>"
                       % (_dtype_of(x).name, op, op), wrapped=False)


def _unary(op, npfn, dfn):
    # An elementwise float op: numpy forward (in the input's dtype); gradient dfn(g, x, y) written as TF's
    # registered gradient (math_grad.py), with TF ops so nested tapes see it.
    def f(x, name=None):
        x = _arg(x)
        _check_float(x, op)
        a = _np(x)
        with _npm().errstate(all="ignore"):
            r = _from_array(_npm().asarray(npfn(a)).astype(a.dtype))
        # y recomputed in the backward (same values) so nested tapes differentiate through it
        return _node(op + "Grad", [x], r, lambda g: [_arg(dfn(_wrap(g), _wrap(x), f(_wrap(x))))])

    f.__name__ = op.lower()
    return f


def _vec(fn):
    def g(a):
        np = _npm()
        return np.vectorize(fn, otypes=[np.float64])(a)

    return g


def _digamma_scalar(x):
    if x <= 0 and x == _math.floor(x):
        return float("nan")
    r = 0.0
    if x < 0:  # reflection
        return _digamma_scalar(1 - x) - _math.pi / _math.tan(_math.pi * x)
    while x < 6:
        r -= 1 / x
        x += 1
    f = 1 / (x * x)
    return r + _math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))))


def _trigamma_scalar(x):
    r = 0.0
    while x < 6:
        r += 1 / (x * x)
        x += 1
    f = 1 / (x * x)
    return r + 1 / x + f / 2 + (1 / x) * f * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)))


def _erfinv_np(a):
    np = _npm()
    a = np.asarray(a, np.float64)
    # Giles' approximation refined by two Newton steps on erf
    w = -np.log(np.clip((1.0 - a) * (1.0 + a), 1e-300, None))
    x = np.where(w < 5, _giles(w - 2.5, True), _giles(np.sqrt(np.maximum(w, 5)) - 3, False)) * a
    erf = np.vectorize(_math.erf, otypes=[np.float64])
    for _ in range(3):
        x = x - (erf(x) - a) / (2 / _math.sqrt(_math.pi) * np.exp(-x * x))
    return np.where(np.abs(a) == 1, np.sign(a) * np.inf, np.where(np.abs(a) > 1, np.nan, x))


def _giles(w, small):
    if small:
        cs = [2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087, -0.00125372503,
              -0.00417768164, 0.246640727, 1.50140941]
    else:
        cs = [-0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613,
              0.00943887047, 1.00167406, 2.83297682]
    p = cs[0]
    for c in cs[1:]:
        p = c + p * w
    return p


def _by_packets(packet_fn, scalar_fn):
    # Eigen's TensorExecutor on AVX (TF's CPU build, no FMA): float32 in packets of 8 through the
    # vectorized kernel, the tail (n % 8 elements) through the scalar libm function.
    def run(a):
        from ._s4fast import _packets

        return scalar_fn(a) if a.dtype != _npm().float32 else _packets(a, packet_fn, scalar_fn)

    return run


def _pacos_f32(x):
    np = _npm()
    f = np.float32
    p6, p5, p4 = f(2.36423197202384471893310546875e-3), f(-1.1368644423782825469970703125e-2), \
        f(2.717843465507030487060546875e-2)
    p3, p2, p1, p0 = f(-4.8969544470310211181640625e-2), f(8.8804088532924652099609375e-2), \
        f(-0.214591205120086669921875), f(1.57079637050628662109375)
    neg = np.signbit(x)
    ax = np.abs(x)
    x2 = x * x
    pe = p6 * x2 + p4
    po = p5 * x2 + p3
    pe = pe * x2 + p2
    po = po * x2 + p1
    pe = pe * x2 + p0
    p = po * ax + pe
    r = np.sqrt(f(1) - ax) * p
    return np.where(neg, f(np.pi) - r, r).astype(f)


def _pasin_f32(x):
    np = _npm()
    f = np.float32
    ax = np.abs(x)
    x_large = np.sqrt(f(0.5) - f(0.5) * ax)
    large = f(0.5) < ax
    xs = np.where(large, x_large, ax).astype(f)
    x2 = xs * xs
    alpha = [f(5.08838854730129241943359375e-2), f(3.95139865577220916748046875e-2),
             f(7.550220191478729248046875e-2), f(0.16664917767047882080078125), f(1.00000011920928955078125)]
    p = alpha[0]
    for c in alpha[1:]:
        p = p * x2 + c
    p = p * xs
    p = np.where(large, f(np.pi / 2) - f(2) * p, p).astype(f)
    p = np.where(np.signbit(x), -p, p)
    return np.where(ax > f(1), f(np.nan), p).astype(f)


def _patan_f32(x):
    np = _npm()
    f = np.float32
    ax = np.abs(x)
    large = ax > f(1)
    from ._s4fast import _rcp

    xs = np.where(large, _rcp(ax), ax).astype(f)  # Eigen's preciprocal: RCPPS + one Newton step
    x2 = xs * xs
    p = (f(1.12026982009410858154296875e-01) * x2 + f(7.296695709228515625e-01)) * x2 + f(8.109951019287109375e-01)
    q = ((f(1.00917108356952667236328125e-02) * x2 + f(2.8318560123443603515625e-01)) * x2 + f(1.0)) * x2 + \
        f(8.109951019287109375e-01)
    r = xs * (p / q)
    r = np.where(large, f(np.pi / 2) - r, r).astype(f)
    return np.where(np.signbit(x), -r, r).astype(f)


def _patanh_f32(x):
    np = _npm()
    f = np.float32
    alpha = [f(0.1819281280040740966796875), f(8.2311116158962249755859375e-2), f(0.14672131836414337158203125),
             f(0.1997792422771453857421875), f(0.3333373963832855224609375)]
    x2 = x * x
    x3 = x * x2
    p = alpha[0]
    for c in alpha[1:]:
        p = p * x2 + c
    p = x3 * p + x
    r = (f(1) + x) / (f(1) - x)
    r = f(0.5) * _np(_ops.log(_from_array(np.ascontiguousarray(r, dtype=f))))  # Eigen's plog
    ax = np.abs(x)
    out = np.where(f(0.5) <= ax, r, p)
    out = np.where(ax == f(1), np.where(np.signbit(x), f(-np.inf), f(np.inf)), out)
    return np.where(ax > f(1), f(np.nan), out).astype(f)


def _erf_eigen(a):
    # Eigen's generic_fast_erf<float> (TF's Erf kernel, packets and scalars alike), no FMA.
    np = _npm()
    if a.dtype != np.float32:
        return _vec(_math.erf)(a)
    f = np.float32
    alpha = [f(2.123732201653183437883853912353515625e-06), f(2.861979592125862836837768554687500000e-04),
             f(3.658048342913389205932617187500000000e-03), f(5.243302136659622192382812500000000000e-02),
             f(1.874160766601562500000000000000000000e-01), f(1.128379106521606445312500000000000000e+00)]
    beta = [f(3.89185734093189239501953125000e-05), f(1.14329601638019084930419921875e-03),
            f(1.47520881146192550659179687500e-02), f(1.12945675849914550781250000000e-01),
            f(4.99425798654556274414062500000e-01), f(1.0)]
    x2 = np.minimum(f(16.0), a * a)
    p = alpha[0]
    for c in alpha[1:]:
        p = p * x2 + c
    p = a * p
    q = beta[0]
    for c in beta[1:]:
        q = q * x2 + c
    return np.maximum(np.minimum(p / q, f(1.0)), f(-1.0)).astype(f)


def _erfc_eigen(a):
    # Eigen's generic_fast_erfc<float>: packets of 8 take preciprocal (RCPPS + Newton), the tail 1/x.
    np = _npm()
    if a.dtype != np.float32:
        return 1.0 - _vec(_math.erf)(a)
    return _by_packets(lambda t: _erfc_f32(t, True), lambda t: _erfc_f32(t, False))(a)


def _erfc_f32(a, packet):
    np = _npm()
    f = np.float32
    x = np.minimum(np.maximum(a, f(-11.0)), f(11.0))
    alpha = [f(5.61802298761904239654541015625e-04), f(-4.91381669417023658752441406250e-03),
             f(2.67075151205062866210937500000e-02), f(-1.12800106406211853027343750000e-01),
             f(3.76122951507568359375000000000e-01), f(-1.12837910652160644531250000000e+00)]
    x2 = x * x
    p = alpha[0]
    for c in alpha[1:]:
        p = p * x2 + c
    small = x * p + f(1.0)
    gamma = [f(1.0208116471767425537109375e-01), f(4.2920666933059692382812500e-01),
             f(3.2379078865051269531250000e-01), f(5.3971976041793823242187500e-02)]
    delta = [f(1.7251677811145782470703125e-02), f(3.9137163758277893066406250e-01), f(1.0),
             f(6.2173241376876831054687500e-01), f(9.5662862062454223632812500e-02)]
    x2_lo = (x.astype(np.float64) * x - x2).astype(f)
    exp2_hi = _np(_ops.exp(_from_array(np.ascontiguousarray(-x2))))
    z = exp2_hi - exp2_hi * x2_lo
    if packet:
        from ._s4fast import _rcp

        q2 = _rcp(np.ascontiguousarray(x2, dtype=f))
    else:
        q2 = f(1.0) / x2
    num = gamma[0]
    for c in gamma[1:]:
        num = num * q2 + c
    den = delta[0]
    for c in delta[1:]:
        den = den * q2 + c
    r = num / (x * den)
    large = z * r + np.where(x < 0, f(2.0), f(0.0))
    return np.where(f(1.0) < x2, large, small).astype(f)


def erf(x, name=None):
    return _erf_op(x)


def _inv_sqrt_one_minus_sq(x):
    return _ops.reciprocal(_ops.sqrt(1 - _ops.square(x)))


acos = _unary("Acos", _by_packets(_pacos_f32, lambda a: _npm().arccos(a)),
              lambda g, x, y: -g * _inv_sqrt_one_minus_sq(x))
asin = _unary("Asin", _by_packets(_pasin_f32, lambda a: _npm().arcsin(a)),
              lambda g, x, y: g * _inv_sqrt_one_minus_sq(x))
atan = _unary("Atan", _by_packets(_patan_f32, lambda a: _npm().arctan(a)),
              lambda g, x, y: g * _ops.reciprocal(1 + _ops.square(x)))
acosh = _unary("Acosh", lambda a: _npm().arccosh(a), lambda g, x, y: g / sinh(y))
asinh = _unary("Asinh", lambda a: _npm().arcsinh(a), lambda g, x, y: g / cosh(y))
atanh = _unary("Atanh", _by_packets(_patanh_f32, lambda a: _npm().arctanh(a)), lambda g, x, y: g * _ops.reciprocal(1 - _ops.square(x)))
sinh = _unary("Sinh", lambda a: _npm().sinh(a), lambda g, x, y: g * cosh(x))
cosh = _unary("Cosh", lambda a: _npm().cosh(a), lambda g, x, y: g * sinh(x))
_erf_op = _unary("Erf", _erf_eigen,
                 lambda g, x, y: g * _ops.cast(2 / _math.sqrt(_math.pi), x.dtype) * _ops.exp(-_ops.square(x)))
erfc = _unary("Erfc", _erfc_eigen,
              lambda g, x, y: g * _ops.cast(-2 / _math.sqrt(_math.pi), x.dtype) * _ops.exp(-_ops.square(x)))
erfinv = _unary("Erfinv", _erfinv_np,
                lambda g, x, y: g * _ops.cast(_math.sqrt(_math.pi) / 2, x.dtype) * _ops.exp(_ops.square(y)))


def _lgamma_np(a):
    np = _npm()
    if a.dtype == np.float32:
        f = _libm("lgammaf")
        if f is not None:
            return np.array([f(float(v)) for v in a.reshape(-1)], np.float32).reshape(a.shape)
    return _vec(_math.lgamma)(a)


_LIBM = {}


def _libm(name):
    if name not in _LIBM:
        try:
            import ctypes

            fn = getattr(ctypes.CDLL("libm.so.6"), name)
            fn.restype, fn.argtypes = ctypes.c_float, [ctypes.c_float]
            _LIBM[name] = fn
        except (OSError, AttributeError):
            _LIBM[name] = None
    return _LIBM[name]


def _digamma_eigen(a):
    # Eigen's digamma_impl (what TF's Digamma kernel runs), in the input's precision.
    np = _npm()
    ft = a.dtype.type
    A = [ft(-4.16666666666666666667E-3), ft(3.96825396825396825397E-3), ft(-8.33333333333333333333E-3),
         ft(8.33333333333333333333E-2)]
    if a.dtype == np.float64:
        A = [8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3,
             -4.16666666666666666667E-3, 3.96825396825396825397E-3, -8.33333333333333333333E-3,
             8.33333333333333333333E-2]
    out = np.empty(a.shape, a.dtype)
    flat = out.reshape(-1)
    with np.errstate(all="ignore"):
        for i, x in enumerate(a.reshape(-1)):
            x = ft(x)
            neg, nz = False, ft(0)
            if x <= 0:
                neg, q = True, x
                p = ft(np.floor(q))
                if p == q:
                    flat[i] = np.nan
                    continue
                nz = ft(q - p)
                if nz != ft(0.5):
                    if nz > ft(0.5):
                        p = ft(p + 1)
                        nz = ft(q - p)
                    nz = ft(ft(np.pi) / ft(np.tan(ft(ft(np.pi) * nz))))
                else:
                    nz = ft(0)
                x = ft(1 - x)
            s, w = x, ft(0)
            while s < 10:
                w = ft(w + ft(1 / s))
                s = ft(s + 1)
            lim = 1.0e8 if a.dtype == np.float32 else 1.0e17
            if s < lim:
                z = ft(ft(1) / ft(s * s))
                r = A[0]
                for c in A[1:]:
                    r = ft(ft(r * z) + c)
                y = ft(z * r)
            else:
                y = ft(0)
            y = ft(ft(ft(np.log(s)) - ft(ft(0.5) / s)) - y) - w
            flat[i] = ft(y - nz) if neg else y
    return out


lgamma = _unary("Lgamma", _lgamma_np, lambda g, x, y: g * digamma(x))
digamma = _unary("Digamma", _digamma_eigen, lambda g, x, y: g * _trigamma(x))


_trigamma = _unary("Polygamma", _vec(_trigamma_scalar), lambda g, x, y: _ops.zeros_like(x))


def rint(x, name=None):
    x = _arg(x)
    return _from_array(_npm().rint(_np(x)))


def log_sigmoid(x, name=None):
    x = _arg(x)
    return -_ops.softplus(-_wrap(x))


def softsign(features, name=None):
    x = _arg(features)
    xd = _wrap(_T.detach(x))
    out = xd / (_ops.abs(xd) + 1)
    # SoftsignGrad kernel: g / (1 + |x|)^2
    return _node("SoftsignGrad", [x], out, lambda g: [_arg(_wrap(g) / _ops.square(1 + _ops.abs(_wrap(x))))])


def logical_xor(x, y, name="LogicalXor"):
    return _ops.logical_and(_ops.logical_or(x, y), _ops.logical_not(_ops.logical_and(x, y)))


def xlogy(x, y, name=None):
    x, y = _wrap(_arg(x)), _arg(y)
    _xop_check("Xlogy", x, y)
    xy = x * _ops.log(_wrap(y))
    return _ops.where(_ops.equal(x, 0), _ops.zeros_like(xy), xy)


def xlog1py(x, y, name=None):
    x, y = _wrap(_arg(x)), _arg(y)
    _xop_check("Xlog1py", x, y)
    xy = x * _ops.log1p(_wrap(y))
    return _ops.where(_ops.equal(x, 0), _ops.zeros_like(xy), xy)


def xdivy(x, y, name=None):
    x, y = _wrap(_arg(x)), _wrap(_arg(y))
    _xop_check("Xdivy", x, y)
    safe = _ops.where(_ops.equal(x, 0), _ops.ones_like(y), y)
    q = x / safe
    return _ops.where(_ops.equal(x, 0), _ops.zeros_like(q), q)


def multiply_no_nan(x, y, name=None):
    x, y = _wrap(_arg(x)), _wrap(_arg(y))
    zero = _ops.equal(y, 0)
    xs = _ops.where(zero, _ops.zeros_like(x), x)
    return xs * y


def reciprocal_no_nan(x, name=None):
    x = _wrap(_arg(x))
    zero = _ops.equal(x, 0)
    r = 1 / _ops.where(zero, _ops.ones_like(x), x)
    return _ops.where(zero, _ops.zeros_like(r), r)


def scalar_mul(scalar, x, name=None):
    return _ops.multiply(_ops.cast(scalar, _wrap(_arg(x)).dtype) if not isinstance(scalar, _T) else scalar, x)


def realdiv(x, y, name=None):
    return _ops.divide(x, y)


def truncatediv(x, y, name=None):
    np = _npm()
    a, b = _np(_arg(x)), _np(_arg(y))
    if a.dtype.kind == "f":
        return _from_array((np.trunc(a / b)).astype(a.dtype))
    return _from_array((np.sign(a) * np.sign(b) * (np.abs(a) // np.abs(b))).astype(a.dtype))


def truncatemod(x, y, name=None):
    np = _npm()
    a, b = _np(_arg(x)), _np(_arg(y))
    return _from_array(np.fmod(a, b).astype(a.dtype))


def zero_fraction(value, name=None):
    x = _np(_arg(value))
    return _from_array(_npm().float32(_npm().mean(x == 0) if x.size else _npm().nan))


def saturate_cast(value, dtype, name=None):
    np = _npm()
    d = _dt.as_dtype(dtype)
    x = _wrap(_arg(value))
    if d.is_integer:
        info = np.iinfo(d.name)
        x = _ops.clip_by_value(x, _ops.cast(info.min, x.dtype), _ops.cast(info.max, x.dtype)) \
            if x.dtype.is_floating and x.dtype.size >= 4 else x
    return _ops.cast(x, d)


def polyval(coeffs, x, name=None):
    if not isinstance(coeffs, list):
        raise ValueError("Argument coeffs must be list type. Received type %s." % type(coeffs))
    x = convert_to_tensor(x)
    if not coeffs:
        return _ops.zeros_like(x)
    p = convert_to_tensor(coeffs[0], dtype=x.dtype)
    for c in coeffs[1:]:
        p = convert_to_tensor(c, dtype=x.dtype) + p * x
    return p


def invert_permutation(x, name=None):
    np = _npm()
    a = _np(_arg(x))
    if a.ndim != 1:
        raise _invalid("InvertPermutation", "invert_permutation expects a 1D vector.", name=False)
    seen = np.zeros(a.size, bool)
    for d in a.tolist():
        if not 0 <= d < a.size:
            raise _invalid("InvertPermutation", "%d is not between 0 and %d" % (d, a.size), name=False)
        if seen[d]:
            raise _invalid("InvertPermutation", "%d is duplicated in the input." % d, name=False)
        seen[d] = True
    r = np.empty_like(a)
    r[a] = np.arange(a.size, dtype=a.dtype)
    return _from_array(r)


def is_non_decreasing(x, name=None):
    a = _np(_arg(x)).reshape(-1)
    return _from_array(_npm().bool_(bool((a[1:] >= a[:-1]).all())))


def is_strictly_increasing(x, name=None):
    a = _np(_arg(x)).reshape(-1)
    return _from_array(_npm().bool_(bool((a[1:] > a[:-1]).all())))


def cumulative_logsumexp(x, axis=0, exclusive=False, reverse=False, name=None):
    """TF's CumulativeLogsumexp: a running max + log1p(exp(min - max)) in the input's precision."""
    from ._array_ops import cumsum

    np = _npm()
    xt = _arg(x)
    d = _dtype_of(xt)
    if not d.is_floating:
        raise _invalid("CumulativeLogsumexp", "Value for attr 'T' of %s is not in the list of allowed values: "
                       "bfloat16, half, float, double\n\t; NodeDef: {{node CumulativeLogsumexp}}; "
                       "Op<name=CumulativeLogsumexp; signature=x:T, axis:Tidx -> out:T; attr=exclusive:bool,"
                       "default=false; attr=reverse:bool,default=false; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, "
                       "DT_FLOAT, DT_DOUBLE]; attr=Tidx:type,default=DT_INT32,allowed=[DT_INT32, DT_INT64]>"
                       % d.name, wrapped=False)
    a = _np(xt)
    ax = int(axis) % a.ndim
    m = np.moveaxis(a, ax, 0)
    if reverse:
        m = m[::-1]
    out = np.empty_like(m)
    acc = np.full(m.shape[1:], -np.inf, m.dtype)
    with np.errstate(all="ignore"):
        for i in range(m.shape[0]):
            if exclusive:
                out[i] = acc
            hi, lo = np.maximum(acc, m[i]), np.minimum(acc, m[i])
            acc = np.where(lo == -np.inf, hi, hi + np.log1p(np.exp(lo - hi))).astype(m.dtype)
            if not exclusive:
                out[i] = acc
    if reverse:
        out = out[::-1]
    r = _from_array(np.ascontiguousarray(np.moveaxis(out, 0, ax)))

    def backward(g):
        xw = _wrap(xt)
        return [_arg(_ops.exp(xw) * cumsum(_wrap(g) * _ops.exp(-r), ax, exclusive=exclusive, reverse=not reverse))]

    return _node("CumulativeLogsumexpGrad", [xt], r, backward)


# ---------------------------------------------------------------- segments


def _ids(segment_ids):
    np = _npm()
    return (_np(_arg(segment_ids)) if isinstance(segment_ids, _T) else np.asarray(segment_ids)).astype(np.int64)


def _seg_minmax(data, segment_ids, num, kind, sorted_):
    np = _npm()
    x = _arg(data)
    a = _np(x)
    ids = _ids(segment_ids)
    shape = (num,) + a.shape[1:]
    if a.dtype.kind == "f":
        fill = (np.finfo(a.dtype).min if kind == "max" else np.finfo(a.dtype).max)
    else:
        fill = (np.iinfo(a.dtype).min if kind == "max" else np.iinfo(a.dtype).max)
    out = np.full(shape, fill, a.dtype)
    (np.maximum if kind == "max" else np.minimum).at(out, ids, a)
    if sorted_:
        empty = np.ones(num, bool)
        empty[ids] = False
        out[empty] = 0
    r = _from_array(out)

    def backward(g):

        idx = _from_array(ids)
        sel = _ops.equal(_wrap(x), _ops.gather(r, idx))
        cnt = unsorted_segment_sum(_ops.cast(sel, x._dtype_name), idx, num)
        gg = _ops.gather(_wrap(g) / cnt, idx)
        return [_arg(_ops.where(sel, gg, _ops.zeros_like(gg)))]

    return _node("SegmentMinMaxGrad", [x], r, backward)


def _num(ids):
    return int(ids.max()) + 1 if ids.size else 0


def _sorted_seg(op, data, segment_ids):
    ids = _ids(segment_ids)
    _sorted_ids_check(op, _np(_arg(data)), ids)
    return ids


def segment_max(data, segment_ids, name=None):
    _sorted_seg("SegmentMax", data, segment_ids)
    return _seg_minmax(data, segment_ids, _num(_ids(segment_ids)), "max", True)


def segment_min(data, segment_ids, name=None):
    _sorted_seg("SegmentMin", data, segment_ids)
    return _seg_minmax(data, segment_ids, _num(_ids(segment_ids)), "min", True)


def unsorted_segment_max(data, segment_ids, num_segments, name=None):
    _ids_prefix_check("UnsortedSegmentMax", _np(_arg(data)), _ids(segment_ids))
    return _seg_minmax(data, segment_ids, int(_ops._scalar(num_segments)), "max", False)


def unsorted_segment_min(data, segment_ids, num_segments, name=None):
    _ids_prefix_check("UnsortedSegmentMin", _np(_arg(data)), _ids(segment_ids))
    return _seg_minmax(data, segment_ids, int(_ops._scalar(num_segments)), "min", False)


def _counts(ids, num, like, extra_dims):
    np = _npm()
    c = np.bincount(ids[ids >= 0].reshape(-1), minlength=num).astype(np.dtype(like._dtype_name) if like._dtype_name != "bfloat16"
                                                 else np.float32)
    return _from_array(c.reshape((num,) + (1,) * extra_dims))


def _seg_scaled(data, segment_ids, num_segments, root):
    x = _arg(data)
    ids, num = _ids(segment_ids), int(_ops._scalar(num_segments))
    _ids_prefix_check("UnsortedSegmentSum", _np(x), ids, name=True)
    s = unsorted_segment_sum(x, ids, num)
    c = _counts(ids, num, x, _T.dim(x) - ids.ndim)
    c = _ops.maximum(c, _ops.ones_like(c))
    return s / (_ops.sqrt(c) if root else c)


def unsorted_segment_mean(data, segment_ids, num_segments, name=None):
    return _seg_scaled(data, segment_ids, num_segments, False)


def unsorted_segment_sqrt_n(data, segment_ids, num_segments, name=None):
    return _seg_scaled(data, segment_ids, num_segments, True)


def segment_mean(data, segment_ids, name=None):
    ids = _sorted_seg("SegmentMean", data, segment_ids)
    return unsorted_segment_mean(data, ids, _num(ids))


def unsorted_segment_prod(data, segment_ids, num_segments, name=None):
    np = _npm()
    x = _arg(data)
    a = _np(x)
    ids, num = _ids(segment_ids), int(_ops._scalar(num_segments))
    _ids_prefix_check("UnsortedSegmentProd", a, ids)
    out = np.ones((num,) + a.shape[1:], a.dtype)
    np.multiply.at(out, ids, a)
    r = _from_array(out)

    def backward(g):
        idx = _from_array(ids)
        # d prod / d x_i = prod / x_i (x_i != 0)
        return [_arg(_ops.gather(_wrap(g) * r, idx) / _wrap(x))]

    return _node("SegmentProdGrad", [x], r, backward)


def segment_prod(data, segment_ids, name=None):
    ids = _sorted_seg("SegmentProd", data, segment_ids)
    return unsorted_segment_prod(data, ids, _num(ids))


def is_finite(x, name=None):
    import numpy as np

    return _from_array(np.isfinite(_np(_arg(x))))


def is_inf(x, name=None):
    import numpy as np

    return _from_array(np.isinf(_np(_arg(x))))


def reduce_euclidean_norm(input_tensor, axis=None, keepdims=False, name=None):
    from ._ops import reduce_sum, sqrt

    t = _arg(input_tensor)
    return sqrt(reduce_sum(t * t, axis, keepdims))


def divide_no_nan(x, y, name=None):
    from ._ops import _two, where, zeros_like

    a, b = _two(x, y)
    zero = _wrap(b) == 0
    safe = where(zero, _wrap(_ones_like(b)), b)
    quotient = _wrap(_T.__truediv__(a, _arg(safe)))
    return where(zero, zeros_like(quotient), quotient)


def _ones_like(t):
    return _core.full(list(t._size()), 1, t._dtype_name, False, TAG)


def atan2(y, x, name=None):
    from ..torch import _composite  # torch's differentiable composite on torch-tagged views

    return _wrap(_composite.atan2(_arg(y)._retag(0), _arg(x)._retag(0)))


def _segment(data, segment_ids, num_segments):
    import numpy as np

    from ._array_ops import _index

    x = _arg(data)
    ids = _np(_arg(segment_ids)).astype(np.int64) if isinstance(segment_ids, _T) else np.asarray(segment_ids,
                                                                                                  np.int64)
    shape = list(x._size())
    if ids.ndim != 1:  # segment_ids of rank k index the first k dimensions of data
        x = _T.reshape(x, [int(np.prod(ids.shape))] + shape[ids.ndim:])
        shape = list(x._size())
        ids = ids.reshape(-1)
    if ids.size and ids.min() < 0:  # TF drops the rows with a negative id
        keep = np.nonzero(ids >= 0)[0]
        x = _T.index_select(x, 0, _index(keep))
        ids = ids[keep]
    out = [int(num_segments)] + shape[1:]
    return _wrap(_T._index_add_into(x, 0, _index(ids), out))


def segment_sum(data, segment_ids, name=None):
    import numpy as np


    ids = _np(_arg(segment_ids)) if isinstance(segment_ids, _T) else np.asarray(segment_ids)
    _sorted_ids_check("SegmentSum", _np(_arg(data)), ids.astype(np.int64))
    return _segment(data, ids, int(ids.max()) + 1 if ids.size else 0)


def unsorted_segment_sum(data, segment_ids, num_segments, name=None):
    import numpy as np


    ids, num = _ids(segment_ids), int(_scalar(num_segments))
    _ids_prefix_check("UnsortedSegmentSum", _np(_arg(data)), ids, name=True)
    bad = np.argwhere(ids >= num)
    if bad.size:
        at = tuple(int(v) for v in bad[0])
        raise _invalid("UnsortedSegmentSum", "segment_ids[%s] = %d is out of range [0, %d)"
                       % (",".join(str(v) for v in at), ids[at], num))
    return _segment(data, segment_ids, _scalar(num_segments))


def confusion_matrix(labels, predictions, num_classes=None, weights=None, dtype=_dt.int32, name=None):
    import numpy as np

    lab = np.asarray(_np(_arg(labels)) if isinstance(labels, _T) else labels, np.int64)
    pre = np.asarray(_np(_arg(predictions)) if isinstance(predictions, _T) else predictions, np.int64)
    n = int(_scalar(num_classes)) if num_classes is not None else int(max(lab.max(), pre.max())) + 1
    w = np.ones(lab.shape) if weights is None else np.asarray(_np(_arg(weights)) if isinstance(weights, _T)
                                                              else weights)
    out = np.zeros((n, n), _dt.as_dtype(dtype).name)
    np.add.at(out, (lab, pre), w.astype(out.dtype))
    return _from_array(out)


def bincount(arr, weights=None, minlength=None, maxlength=None, dtype=_dt.int32, name=None, axis=None,
             binary_output=False):
    """tf.math.bincount; axis=-1 counts each row of a 2-D input."""
    import numpy as np

    a = np.asarray(_np(_arg(arr)) if isinstance(arr, _T) else arr, np.int64)
    rows = a.reshape(-1, a.shape[-1]) if axis == -1 else a.reshape(1, -1)
    n = int(a.max()) + 1 if a.size else 0
    if minlength is not None:
        n = max(n, int(minlength))
    if maxlength is not None:
        n = min(n, int(maxlength))
    w = None if weights is None else np.broadcast_to(_np(_arg(weights)), a.shape).reshape(rows.shape)
    out = np.stack([np.bincount(r[r < n], None if w is None else w[i][r < n], n)[:n] for i, r in enumerate(rows)])
    if binary_output:
        out = (out > 0).astype(out.dtype)
    out = out.astype(w.dtype if w is not None else _dt.as_dtype(dtype).name)
    return _from_array(out if axis == -1 else out[0])

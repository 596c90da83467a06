"""Session-4 additions to the TF dialect: more tf.math / tf.nn / tf.linalg functions, tf control flow in
eager mode (cond, while_loop, map_fn, scan, foldl/foldr, case, switch_case), tf.debugging assertions
and small top-level helpers. Elementwise functions compute values with numpy and attach a gradient
built from TF ops (so nested tapes see a differentiable formula)."""
import builtins as _b
import collections as _collections
import contextlib as _contextlib
import math as _math

from .. import _core
from . import _ops
from . import dtypes as _dt
from ._tensor import _T, _arg, _dtype_of, _from_array, _np, _wrap, convert_to_tensor
from .errors import InvalidArgumentError, _invalid


def _npm():
    import numpy as np

    return np


def _node(name, ins, out, backward):
    """Attach a gradient to `out` (a tensor computed without the graph) when an input needs one."""
    if not _b.any(t.requires_grad for t in ins) or not _core.is_grad_enabled():
        return out
    return _wrap(_core.custom_node(name, ins, out, backward))


def _xop_check(op, x, y, allowed="half, bfloat16, float, double, complex64, complex128",
               dtypes="DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_COMPLEX64, DT_COMPLEX128"):
    """TF's checks for a binary float op (Xlogy, Xlog1py, Xdivy): the attr 'T', same dtypes, broadcastable
    shapes, each with TF's message, before any computation."""
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
    """Unsorted segment ops: data.shape must start with segment_ids.shape."""
    if tuple(a.shape[:ids.ndim]) != tuple(ids.shape):
        fmt = lambda sh: "[" + ",".join(str(v) for v in sh) + "]"  # noqa: E731
        raise _invalid(op, "data.shape = %s does not start with segment_ids.shape = %s"
                       % (fmt(a.shape), fmt(ids.shape)), name=name)


def _sorted_ids_check(op, a, ids):
    """Sorted segment ops (SegmentSum/Mean/Max/Min/Prod): TF's checks on segment_ids."""
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
    """An elementwise float op: numpy forward (in the input's dtype); gradient dfn(g, x, y) written as TF's
    registered gradient (math_grad.py), with TF ops so nested tapes see it."""
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


def _sqrt_pi_2():
    return _math.sqrt(_math.pi) / 2


def _by_packets(packet_fn, scalar_fn):
    """Eigen's TensorExecutor on AVX (TF's CPU build, no FMA): float32 in packets of 8 through the
    vectorized kernel, the tail (n % 8 elements) through the scalar libm function."""
    def run(a):
        np = _npm()
        if a.dtype != np.float32:
            return scalar_fn(a)
        flat = a.reshape(-1)
        n8 = flat.size - flat.size % 8
        out = np.empty_like(flat)
        with np.errstate(all="ignore"):
            out[:n8] = packet_fn(flat[:n8])
            out[n8:] = scalar_fn(flat[n8:])
        return out.reshape(a.shape)

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
    """Eigen's generic_fast_erf<float> (TF's Erf kernel, packets and scalars alike), no FMA."""
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
    """Eigen's generic_fast_erfc<float>: packets of 8 take preciprocal (RCPPS + Newton), the tail 1/x."""
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
    """Eigen's digamma_impl (what TF's Digamma kernel runs), in the input's precision."""
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
def _zeta2_eigen(a):
    """Eigen's zeta_impl(2, q) (cephes) in the input's precision: polygamma(1, q) = zeta(2, q)."""
    np = _npm()
    ft = a.dtype.type
    A = [12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
         -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15,
         1.8152105401943546773e17, -7.1661652561756670113e18]
    A = [ft(v) for v in A]
    machep = ft(np.finfo(a.dtype).eps / 2)
    x = ft(2)
    out = np.empty(a.shape, a.dtype)
    flat = out.reshape(-1)
    with np.errstate(all="ignore"):
        for i, q in enumerate(a.reshape(-1)):
            q = ft(q)
            if q <= 0:
                flat[i] = np.inf if q == np.floor(q) else np.nan
                continue
            s = ft(np.power(q, -x))
            aa, b, done = q, ft(0), False
            for _ in range(9):
                aa = ft(aa + 1)
                b = ft(np.power(aa, -x))
                s = ft(s + b)
                if abs(ft(b / s)) < machep:
                    done = True
                    break
            if not done:
                w = aa
                s = ft(s + ft(ft(b * w) / ft(x - 1)))
                s = ft(s - ft(ft(0.5) * b))
                aa, k = ft(1), ft(0)
                for j in range(12):
                    aa = ft(aa * ft(x + k))
                    b = ft(b / w)
                    t = ft(ft(aa * b) / A[j])
                    s = ft(s + t)
                    if abs(ft(t / s)) < machep:
                        break
                    k = ft(k + 1)
                    aa = ft(aa * ft(x + k))
                    b = ft(b / w)
            flat[i] = s
    return out


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
    from ._more import cumsum

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
        from ._more import unsorted_segment_sum

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


def unsorted_segment_mean(data, segment_ids, num_segments, name=None):
    from ._more import unsorted_segment_sum

    x = _arg(data)
    ids, num = _ids(segment_ids), int(_ops._scalar(num_segments))
    _ids_prefix_check("UnsortedSegmentSum", _np(x), ids, name=True)
    s = unsorted_segment_sum(x, ids, num)
    c = _counts(ids, num, x, _T.dim(x) - ids.ndim)
    return s / _ops.maximum(c, _ops.ones_like(c))


def unsorted_segment_sqrt_n(data, segment_ids, num_segments, name=None):
    from ._more import unsorted_segment_sum

    x = _arg(data)
    ids, num = _ids(segment_ids), int(_ops._scalar(num_segments))
    _ids_prefix_check("UnsortedSegmentSum", _np(x), ids, name=True)
    s = unsorted_segment_sum(x, ids, num)
    c = _counts(ids, num, x, _T.dim(x) - ids.ndim)
    return s / _ops.sqrt(_ops.maximum(c, _ops.ones_like(c)))


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


# ---------------------------------------------------------------- array functions

def roll(input, shift, axis, name=None):
    x = _wrap(_arg(input))
    shifts = [int(s) for s in (_np(_arg(shift)).reshape(-1) if not isinstance(shift, int) else [shift])]
    axes = [int(a) for a in (_np(_arg(axis)).reshape(-1) if not isinstance(axis, int) else [axis])]
    if len(shifts) != len(axes):
        raise _invalid("Roll", "shift and axis must have the same size", name=True)
    total = _collections.OrderedDict()
    nd = x.shape.rank
    for s, a in zip(shifts, axes):
        if not -nd <= a < nd:
            raise _invalid("Roll", "axis %d is out of range" % a, name=True)
        total[a % nd] = total.get(a % nd, 0) + s
    for a, s in total.items():
        n = int(x.shape[a])
        if n == 0:
            continue
        s %= n
        if s:
            idx = _from_array(_npm().concatenate([_npm().arange(n - s, n), _npm().arange(0, n - s)]).astype("int32"))
            x = _ops.gather(x, idx, axis=a)
    return x


def searchsorted(sorted_sequence, values, side="left", out_type=_dt.int32, name=None):
    np = _npm()
    s, v = _np(_arg(sorted_sequence)), _np(_arg(values))
    if s.ndim == 1 and v.ndim == 1:
        r = np.searchsorted(s, v, side=side)
    else:
        s2, v2 = s.reshape(-1, s.shape[-1]), v.reshape(-1, v.shape[-1])
        if s2.shape[0] != v2.shape[0]:
            raise _invalid("LowerBound" if side == "left" else "UpperBound",
                           "Leading dim_size of both tensors must match.", name=True)
        r = np.stack([np.searchsorted(a, b, side=side) for a, b in zip(s2, v2)]).reshape(v.shape)
    return _from_array(r.astype(_dt.as_dtype(out_type).name))


def reverse_sequence(input, seq_lengths, seq_axis=None, batch_axis=None, name=None):
    np = _npm()
    x = _wrap(_arg(input))
    lens = _np(_arg(seq_lengths)).astype(np.int64)
    seq_axis, batch_axis = int(seq_axis), int(batch_axis or 0)
    shape = [int(d) for d in x.shape]
    if lens.shape != (shape[batch_axis],):
        raise _invalid("ReverseSequence", "Length of seq_lengths != input.dims(%d), (%d vs. %d)"
                       % (batch_axis, lens.size, shape[batch_axis]), name=False)
    for i, v in enumerate(lens.tolist()):
        if v < 0:
            raise _invalid("ReverseSequence", "seq_lens(%d) < 0" % i, name=False)
        if v > shape[seq_axis]:
            raise _invalid("ReverseSequence", "seq_lens(%d) > input.dims(%d)" % (i, seq_axis), name=False)
    idx = np.indices(shape)
    seq = idx[seq_axis]
    b = idx[batch_axis]
    L = lens[b]
    new = np.where(seq < L, L - 1 - seq, seq)
    flat = np.ravel_multi_index(tuple(new if i == seq_axis else idx[i] for i in range(len(shape))), shape)
    return _ops.reshape(_ops.gather(_ops.reshape(x, [-1]), _from_array(flat.reshape(-1).astype(np.int64))), shape)


UniqueWithCounts = _collections.namedtuple("UniqueWithCounts", ["y", "idx", "count"])


def unique_with_counts(x, out_idx=_dt.int32, name=None):
    np = _npm()
    a = _np(_arg(x))
    _, first, inv, cnt = np.unique(a, return_index=True, return_inverse=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    d = _dt.as_dtype(out_idx).name
    return UniqueWithCounts(_from_array(a[np.sort(first)]), _from_array(rank[inv.reshape(-1)].astype(d)),
                            _from_array(cnt[order].astype(d)))


def unravel_index(indices, dims, name=None):
    np = _npm()
    i, d = _np(_arg(indices)), _np(_arg(dims))
    if i.ndim > 1:
        raise _invalid("UnravelIndex", 'The indices can only be scalar or vector, got "[%s]"'
                       % ",".join(str(v) for v in i.shape), name=False)
    if i.size and (int(i.max()) >= int(np.prod(d))):
        raise _invalid("UnravelIndex", "index is out of bound as with dims", name=False)
    dims = [int(v) for v in d.reshape(-1)]
    strides = [int(np.prod(dims[k + 1:])) for k in range(len(dims))]
    # TF's kernel: (index / stride) % dim with C++ truncating division (so negatives give negatives)
    r = np.array([np.fmod(np.sign(i) * (np.abs(i) // st), dm) for st, dm in zip(strides, dims)], dtype=i.dtype)
    return _from_array(r)


def shape_n(input, out_type=_dt.int32, name=None):
    return [_ops.shape(t, out_type=out_type) for t in input]


def identity_n(input, name=None):
    return [_ops.identity(t) for t in input]


def _scatter_np(tensor, indices, updates, fn):
    np = _npm()
    t = _np(_arg(tensor)).copy()
    idx = _np(_arg(indices)).astype(np.int64)
    u = _np(_arg(updates)).astype(t.dtype)
    k = idx.shape[-1]
    idx2 = idx.reshape(-1, k)
    u2 = u.reshape((idx2.shape[0],) + t.shape[k:])
    for j in range(idx2.shape[0]):
        key = tuple(idx2[j])
        t[key] = fn(t[key], u2[j])
    return _from_array(t)


def tensor_scatter_nd_sub(tensor, indices, updates, name=None):
    from ._more import tensor_scatter_nd_add

    return tensor_scatter_nd_add(tensor, indices, -_wrap(_arg(updates)))


def tensor_scatter_nd_max(tensor, indices, updates, name=None):
    return _scatter_np(tensor, indices, updates, _npm().maximum)


def tensor_scatter_nd_min(tensor, indices, updates, name=None):
    return _scatter_np(tensor, indices, updates, _npm().minimum)


def global_norm(t_list, name=None):
    """tf.linalg.global_norm: sqrt(2 * sum(l2_loss(t)))."""
    ts = [t for t in t_list if t is not None]
    if not ts:
        return _ops.constant(0.0)
    half = _ops.reduce_sum(_ops.stack([_ops.l2_loss(t) for t in ts]))
    return _ops.sqrt(half * 2)


def clip_by_global_norm(t_list, clip_norm, use_norm=None, name=None):
    if not isinstance(t_list, (list, tuple)) or isinstance(t_list, str):
        raise TypeError("`t_list` should be a sequence of tensors. Received %s." % type(t_list))
    norm = global_norm(t_list) if use_norm is None else convert_to_tensor(use_norm)
    clip = _ops.cast(clip_norm, norm.dtype)
    scale = clip * _ops.minimum(1.0 / norm, _ops.ones_like(norm) / clip)
    out = [None if t is None else _ops.identity(_wrap(_arg(t)) * _ops.cast(scale, _wrap(_arg(t)).dtype))
           for t in t_list]
    return out, norm


# ---------------------------------------------------------------- control flow (eager)

def _truth(pred, what="pred"):
    if isinstance(pred, _T):
        if pred._size() not in ((), (1,)):
            raise ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or "
                             "a.all()")
        return bool(_np(pred).reshape(()))
    return bool(pred)


def cond(pred, true_fn=None, false_fn=None, name=None):
    if true_fn is None:
        raise TypeError("cond(): 'true_fn' argument required")
    if false_fn is None:
        raise TypeError("cond(): 'false_fn' argument required")
    if not callable(true_fn):
        raise TypeError("'true_fn' must be callable.")
    if not callable(false_fn):
        raise TypeError("'false_fn' must be callable.")
    out = true_fn() if _truth(pred) else false_fn()
    return _to_tensors(out)


def _to_tensors(out):
    from . import nest

    if out is None:
        return None
    return nest.map_structure(lambda v: v if isinstance(v, _T) or v is None or not _is_numeric(v)
                              else convert_to_tensor(v), out)


def _is_numeric(v):
    np = _npm()
    return isinstance(v, (int, float, bool, np.ndarray, np.generic))


def case(pred_fn_pairs, default=None, exclusive=False, strict=False, name="case"):
    pairs = list(pred_fn_pairs.items()) if isinstance(pred_fn_pairs, dict) else list(pred_fn_pairs)
    for p, fn in pairs:
        if not callable(fn):
            raise TypeError("fn for pred %s must be callable." % p)
    hits = [fn for p, fn in pairs if _truth(p)]
    if exclusive and len(hits) > 1:
        raise InvalidArgumentError(None, None, "Input error: exclusive=True and more than one predicate evaluated "
                                   "to True.")
    if hits:
        return _to_tensors(hits[0]())
    if default is None:
        if not pairs:
            raise ValueError("No predicates, and no default")
        return _to_tensors(pairs[-1][1]())
    return _to_tensors(default())


def switch_case(branch_index, branch_fns, default=None, name="switch_case"):
    fns = sorted(branch_fns.items()) if isinstance(branch_fns, dict) else list(enumerate(branch_fns))
    if not fns:
        raise ValueError("Must provide at least one item in branch_fns")
    if [k for k, _ in fns] != list(range(len(fns))):
        raise ValueError("branch indices (keys) must form contiguous range of [0 to %d) but found {%s}"
                         % (len(fns), ",".join(str(k) for k, _ in fns)))
    i = int(_np(_arg(branch_index)).reshape(()))
    table = dict(fns)
    if i in table:
        return _to_tensors(table[i]())
    return _to_tensors((default or fns[-1][1])())


def while_loop(cond, body, loop_vars, shape_invariants=None, parallel_iterations=10, back_prop=True,
               swap_memory=False, maximum_iterations=None, name=None):
    from . import nest

    if not callable(cond):
        raise TypeError("'cond' must be callable.")
    if not callable(body):
        raise TypeError("'body' must be callable.")
    if parallel_iterations < 1:
        raise TypeError("'parallel_iterations' must be a positive integer.")
    single = not isinstance(loop_vars, (list, tuple)) or isinstance(loop_vars, tuple) and hasattr(loop_vars, "_fields")
    vs = nest.map_structure(lambda v: convert_to_tensor(v) if _is_numeric(v) else v, loop_vars)
    n = 0
    while True:
        if maximum_iterations is not None and n >= int(_np(_arg(maximum_iterations)).reshape(())):
            break
        if not _truth(cond(vs) if single else cond(*vs)):
            break
        out = body(vs) if single else body(*vs)
        if not single and not isinstance(out, (list, tuple)):
            out = [out]
        if not single and isinstance(out, list) and isinstance(vs, tuple):
            out = tuple(out)
        new = nest.map_structure(lambda v: convert_to_tensor(v) if _is_numeric(v) else v, out)
        _same_count(vs, new)
        vs = new
        n += 1
    return vs


def _same_count(vs, out):
    """tf.while_loop: the body must return the loop_vars' structure (TF's nest.assert_same_structure text for
    a different number of elements)."""
    from . import nest
    from .data import TensorSpec

    a, b = nest.flatten(vs), nest.flatten(out)
    if len(a) == len(b):
        return
    specs = nest.map_structure(lambda v: TensorSpec(v.shape, v.dtype) if isinstance(v, _T) else v, vs)

    def text(x):
        return "type=%s str=%r" % (type(x).__name__, x)

    def dots(x):
        return repr(nest.map_structure(lambda _: ".", x)).replace("'", "")

    out_l = list(out) if isinstance(out, tuple) and not hasattr(out, "_fields") else out
    raise ValueError("The two structures don't have the same nested structure.\n\nFirst structure: %s\n\n"
                     "Second structure: %s\n\nMore specifically: The two structures don't have the same number "
                     "of elements. First structure: %s. Second structure: %s\nEntire first structure:\n%s\n"
                     "Entire second structure:\n%s" % (text(specs), text(out_l), text(specs), text(out_l),
                                                       dots(specs), dots(out_l)))


def _flat(x):
    from . import nest

    return nest.flatten(x)


def _pack(structure, flat):
    from . import nest

    return nest.pack_sequence_as(structure, flat)


def map_fn(fn, elems, dtype=None, parallel_iterations=None, back_prop=True, swap_memory=False, infer_shape=True,
           name=None, fn_output_signature=None):
    flat = [convert_to_tensor(e) for e in _flat(elems)]
    if not flat:
        raise ValueError("elems must be a Tensor or (possibly nested) sequence of Tensors. Got %s" % (elems,))
    for e in flat:
        if e.shape.rank == 0:
            raise ValueError("Elements in elems must be 1+ dimensional Tensors, not scalars")
    n = int(flat[0].shape[0])
    outs = []
    for i in range(n):
        item = _pack(elems, [e[i] for e in flat])
        outs.append(_to_tensors(fn(item)))
    sig = fn_output_signature if fn_output_signature is not None else dtype
    if not outs:
        return _ops.zeros([0], dtype=sig or flat[0].dtype) if not isinstance(sig, (list, tuple)) else []
    cols = list(zip(*[_flat(o) for o in outs]))
    flat_sig = _flat(sig) if sig is not None else [None] * len(cols)
    res = []
    for j, col in enumerate(cols):
        d = flat_sig[j] if j < len(flat_sig) else None
        col = [_ops.cast(c, d) if d is not None and not hasattr(d, "shape") and _dt.as_dtype(d) != c.dtype else c
               for c in col]
        res.append(_ops.stack(list(col)))
    return _pack(outs[0], res)


def vectorized_map(fn, elems, fallback_to_while_loop=True, warn=True):
    return map_fn(fn, elems)


def scan(fn, elems, initializer=None, parallel_iterations=10, back_prop=True, swap_memory=False, infer_shape=True,
         reverse=False, name=None):
    flat = [convert_to_tensor(e) for e in _flat(elems)]
    n = int(flat[0].shape[0])
    order = list(range(n))[::-1] if reverse else list(range(n))
    if initializer is None:
        acc = _pack(elems, [e[order[0]] for e in flat])
        order = order[1:]
        outs = [acc]
    else:
        acc = _to_tensors(initializer)
        outs = []
    for i in order:
        acc = _to_tensors(fn(acc, _pack(elems, [e[i] for e in flat])))
        outs.append(acc)
    if reverse:
        outs = outs[::-1]
    cols = list(zip(*[_flat(o) for o in outs]))
    return _pack(outs[0], [_ops.stack(list(c)) for c in cols])


def _fold(fn, elems, initializer, rev):
    flat = [convert_to_tensor(e) for e in _flat(elems)]
    n = int(flat[0].shape[0])
    order = list(range(n))[::-1] if rev else list(range(n))
    if initializer is None:
        acc = _pack(elems, [e[order[0]] for e in flat])
        order = order[1:]
    else:
        acc = _to_tensors(initializer)
    for i in order:
        acc = _to_tensors(fn(acc, _pack(elems, [e[i] for e in flat])))
    return acc


def foldl(fn, elems, initializer=None, parallel_iterations=10, back_prop=True, swap_memory=False, name=None):
    return _fold(fn, elems, initializer, False)


def foldr(fn, elems, initializer=None, parallel_iterations=10, back_prop=True, swap_memory=False, name=None):
    return _fold(fn, elems, initializer, True)


def no_op(name=None):
    return None


def group(*inputs, **kwargs):
    return None


def _tuple_fn(tensors, name=None, control_inputs=None):
    return [None if t is None else _ops.identity(t) for t in tensors]


def control_dependencies(control_inputs):
    return _contextlib.nullcontext()


def init_scope():
    return _contextlib.nullcontext()


def inside_function():
    from . import _misc, _tensor

    # a trace, or a later call that replays the traced graph (TF runs no Python then)
    return bool(_tensor._TRACING[0] or _misc._QUIET[0])


def get_current_name_scope():
    from . import _tensor

    return "/".join(_tensor._name_scopes)


def get_logger():
    import logging

    return logging.getLogger("tensorflow")


def gradients(ys, xs, grad_ys=None, name="gradients", gate_gradients=False, aggregation_method=None,
              stop_gradients=None, unconnected_gradients=None):
    raise RuntimeError("tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead.")


def hessians(ys, xs, gate_gradients=False, aggregation_method=None, name="hessians"):
    raise RuntimeError("tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead.")


def py_function(func=None, inp=None, Tout=None, name=None):
    from . import nest

    out = func(*(inp or []))
    if Tout is None:
        return None
    if isinstance(Tout, (list, tuple)):
        outs = list(out) if isinstance(out, (list, tuple)) else [out]
        return [convert_to_tensor(o, dtype=d) if not isinstance(o, _T) else _ops.cast(o, d) for o, d in zip(outs, Tout)]
    return nest.map_structure(lambda o: convert_to_tensor(o, dtype=Tout) if not isinstance(o, _T) else o, out)


def numpy_function(func=None, inp=None, Tout=None, stateful=True, name=None):
    np = _npm()
    args = [np.asarray(_np(_arg(a))) if isinstance(a, _T) else a for a in (inp or [])]
    out = func(*args)
    if isinstance(Tout, (list, tuple)):
        return [_from_array(np.asarray(o).astype(_dt.as_dtype(d).name)) for o, d in zip(out, Tout)]
    return _from_array(np.asarray(out).astype(_dt.as_dtype(Tout).name))


def ensure_shape(x, shape, name=None):
    t = convert_to_tensor(x)
    want = [None if d is None else int(d) for d in (shape.as_list() if hasattr(shape, "as_list") else shape)] \
        if shape is not None and not (hasattr(shape, "rank") and shape.rank is None) else None
    have = [int(d) for d in t.shape]
    if want is not None and (len(want) != len(have) or _b.any(w is not None and w != h for w, h in zip(want, have))):
        fmt = "[%s]" % ",".join("?" if w is None else str(w) for w in want)
        raise _invalid("EnsureShape", "Shape of tensor input [%s] is not compatible with expected shape %s."
                       % (",".join(str(h) for h in have), fmt))
    return t


# ---------------------------------------------------------------- tf.nn

def gelu(features, approximate=False, name=None):
    x = _wrap(_arg(features))
    if approximate:
        c = _ops.cast(0.7978845608028654, x.dtype)
        return 0.5 * x * (1.0 + _ops.tanh(c * (x + _ops.cast(0.044715, x.dtype) * _ops.pow(x, 3))))
    return 0.5 * x * erfc(-x * _ops.cast(0.7071067811865476, x.dtype))  # TF 2.21 nn_ops.gelu


def selu(features, name=None):
    """TF's Selu kernel: x < 0 ? scale_alpha * (exp(x) - 1) : scale * x; SeluGrad:
    g * (y < 0 ? y + scale_alpha : scale)."""
    x = _arg(features)
    xd = _wrap(_T.detach(x))
    scale = _ops.cast(1.0507009873554804934193349852946, xd.dtype)
    scale_alpha = _ops.cast(1.7580993408473768599402175208123, xd.dtype)
    neg = xd < 0
    y = _ops.where(neg, scale_alpha * (_ops.exp(_ops.minimum(xd, _ops.zeros_like(xd))) - 1), scale * xd)

    def backward(g):
        yy = _wrap(_T.detach(y))
        return [_arg(_wrap(g) * _ops.where(yy < 0, yy + scale_alpha, _ops.zeros_like(yy) + scale))]

    return _node("SeluGrad", [x], y, backward)


def crelu(features, axis=-1, name=None):
    x = _wrap(_arg(features))
    return _ops.relu(_ops.concat([x, -x], axis))


def batch_normalization(x, mean, variance, offset, scale, variance_epsilon, name=None):
    inv = _ops.rsqrt(variance + variance_epsilon)
    if scale is not None:
        inv = inv * scale
    x = _wrap(_arg(x))
    return x * _ops.cast(inv, x.dtype) + _ops.cast(offset - mean * inv if offset is not None else -mean * inv,
                                                     x.dtype)


def normalize_moments(counts, mean_ss, variance_ss, shift, name=None):
    divisor = _ops.reciprocal(counts)
    if shift is not None:
        shifted_mean = mean_ss * divisor
        mean = shifted_mean + shift
    else:
        shifted_mean = mean_ss * divisor
        mean = shifted_mean
    variance = variance_ss * divisor - _ops.square(shifted_mean)
    return mean, variance


def weighted_cross_entropy_with_logits(labels, logits, pos_weight, name=None):
    labels, logits = _wrap(_arg(labels)), _wrap(_arg(logits))
    log_weight = 1 + (pos_weight - 1) * labels
    return (1 - labels) * logits + log_weight * (_ops.log1p(_ops.exp(-_ops.abs(logits))) + _ops.relu(-logits))


def log_poisson_loss(targets, log_input, compute_full_loss=False, name=None):
    targets, log_input = _wrap(_arg(targets)), _wrap(_arg(log_input))
    result = _ops.exp(log_input) - log_input * targets
    if compute_full_loss:
        point_five = _ops.constant(0.5, dtype=targets.dtype)
        two_pi = _ops.constant(2 * _math.pi, dtype=targets.dtype)
        stirling = targets * _ops.log(targets) - targets + point_five * _ops.log(two_pi * targets)
        zeros = _ops.zeros_like(targets)
        ones = _ops.ones_like(targets)
        cond = _ops.logical_and(targets >= zeros, targets <= ones)
        result += _ops.where(cond, zeros, stirling)
    return result


def compute_average_loss(per_example_loss, sample_weight=None, global_batch_size=None):
    loss = _wrap(_arg(per_example_loss))
    if sample_weight is not None:
        loss = loss * _ops.cast(sample_weight, loss.dtype)
    if global_batch_size is None:
        global_batch_size = _ops.cast(_ops.size(loss) if loss.shape.rank == 0 else _ops.shape(loss)[0], loss.dtype)
    return _ops.reduce_sum(loss) / _ops.cast(global_batch_size, loss.dtype)


def scale_regularization_loss(regularization_loss):
    return _ops.reduce_sum(regularization_loss)


def depth_to_space(input, block_size, data_format="NHWC", name=None):
    x = _wrap(_arg(input))
    n, h, w, c = [int(d) for d in x.shape]
    b = int(block_size)
    if c % (b * b):
        raise _invalid("DepthToSpace", "Input depth dimension %d should be divisible by: %d" % (c, b * b))
    y = _ops.reshape(x, [n, h, w, b, b, c // (b * b)])
    y = _ops.transpose(y, [0, 1, 3, 2, 4, 5])
    return _ops.reshape(y, [n, h * b, w * b, c // (b * b)])


def space_to_depth(input, block_size, data_format="NHWC", name=None):
    x = _wrap(_arg(input))
    n, h, w, c = [int(d) for d in x.shape]
    b = int(block_size)
    if h % b or w % b:
        raise _invalid("SpaceToDepth", "Image width %d and height %d should be divisible by block_size: %d"
                       % (w, h, b))
    y = _ops.reshape(x, [n, h // b, b, w // b, b, c])
    y = _ops.transpose(y, [0, 1, 3, 2, 4, 5])
    return _ops.reshape(y, [n, h // b, w // b, b * b * c])


def max_pool1d(input, ksize, strides, padding, data_format="NWC", name=None):
    from ._conv import max_pool2d

    if _T.dim(_arg(input)) != 3:
        raise _invalid("MaxPool", "tensor_in_shape must have 2 spatial dimensions. %d 0" % (_T.dim(_arg(input)) + 1))

    k = ksize[0] if isinstance(ksize, (list, tuple)) else ksize
    s = strides[0] if isinstance(strides, (list, tuple)) else strides
    return _ops.squeeze(max_pool2d(_ops.expand_dims(input, 1), [1, int(k)], [1, int(s)], padding), [1])


def avg_pool1d(input, ksize, strides, padding, data_format="NWC", name=None):
    from ._conv import avg_pool2d

    if _T.dim(_arg(input)) != 3:
        raise _invalid("AvgPool", "tensor_in_shape must have 2 spatial dimensions. %d 0" % (_T.dim(_arg(input)) + 1))

    k = ksize[0] if isinstance(ksize, (list, tuple)) else ksize
    s = strides[0] if isinstance(strides, (list, tuple)) else strides
    return _ops.squeeze(avg_pool2d(_ops.expand_dims(input, 1), [1, int(k)], [1, int(s)], padding), [1])


def conv2d_transpose(input, filters, output_shape, strides, padding="SAME", data_format="NHWC", dilations=None,
                     name=None):
    """tf.nn.conv2d_transpose (the input gradient of conv2d): the input dilated by the strides, padded, and
    convolved with the spatially flipped filter (filters: [kh, kw, out_channels, in_channels])."""
    from ._conv import _pair, conv2d
    from ._more import pad, reverse

    if data_format not in ("NHWC", None):
        raise NotImplementedError("tf.nn.conv2d_transpose: only NHWC is supported on CPU")
    x, k = _wrap(_arg(input)), _wrap(_arg(filters))
    osh = [int(d) for d in (_np(_arg(output_shape)).reshape(-1) if isinstance(output_shape, _T) else output_shape)]
    n, h, w, cin = [int(d) for d in x.shape]
    kh, kw, cout, kin = [int(d) for d in k.shape]
    if kin != cin:
        raise _invalid("Conv2DBackpropInput", "Conv2DCustomBackpropInput: filter and out_backprop must have the "
                       "same out_depth", name=False)
    ss, ds = _pair(strides), _pair(dilations or 1)
    if osh[3] != cout:
        raise _invalid("Conv2DBackpropInput", "Conv2DCustomBackpropInput: Size of out_backprop doesn't match "
                       "computed: actual = %d, computed = %d" % (cout, osh[3]), name=False)
    pads = []
    for dim, (i, o, kk, s, d) in enumerate(zip((h, w), osh[1:3], (kh, kw), ss, ds)):
        keff = (kk - 1) * d + 1
        if isinstance(padding, str) and padding.upper() == "SAME":
            total = max((-(-o // s) - 1) * s + keff - o, 0)
            before = total // 2
            expect = -(-o // s)
        elif isinstance(padding, str):
            before = 0
            expect = (o - keff) // s + 1
        else:
            p = [list(q) for q in padding]
            p = p[1:3] if len(p) == 4 else p
            before = p[dim][0]
            expect = (o + p[dim][0] + p[dim][1] - keff) // s + 1
        if expect != i:
            raise _invalid("Conv2DBackpropInput", "Conv2DCustomBackpropInput: Size of out_backprop doesn't match "
                           "computed: actual = %d, computed = %d spatial_dim: %d input: %d filter: %d output: %d "
                           "stride: %d dilation: %d" % (i, expect, dim + 1, o, kk, i, s, d), name=False)
        ld = (i - 1) * s + 1
        pb = keff - 1 - before
        pa = o + keff - 1 - ld - pb
        pads.append((pb, pa))
    np = _npm()
    if ss[0] > 1 or ss[1] > 1:
        # dilate: scatter the input into a zero tensor at stride positions (differentiable gather)
        ldh, ldw = (h - 1) * ss[0] + 1, (w - 1) * ss[1] + 1
        zero = _ops.zeros([n, 1, w, cin], dtype=x.dtype)
        xz = _ops.concat([x, zero], 1)
        hi = np.full(ldh, h, np.int32)
        hi[::ss[0]] = np.arange(h)
        x = _ops.gather(xz, _from_array(hi), axis=1)
        zero = _ops.zeros([n, ldh, 1, cin], dtype=x.dtype)
        xz = _ops.concat([x, zero], 2)
        wi = np.full(ldw, w, np.int32)
        wi[::ss[1]] = np.arange(w)
        x = _ops.gather(xz, _from_array(wi), axis=2)
    (pt, pb_), (pl, pr) = pads
    crop_t, crop_b, crop_l, crop_r = max(-pt, 0), max(-pb_, 0), max(-pl, 0), max(-pr, 0)
    x = pad(x, [[0, 0], [max(pt, 0), max(pb_, 0)], [max(pl, 0), max(pr, 0)], [0, 0]])
    if crop_t or crop_b or crop_l or crop_r:
        hh, ww = int(x.shape[1]), int(x.shape[2])
        x = x[:, crop_t:hh - crop_b, crop_l:ww - crop_r, :]
    kf = _ops.transpose(reverse(k, [0, 1]), [0, 1, 3, 2])
    return conv2d(x, kf, 1, "VALID", dilations=ds)


def conv1d_transpose(input, filters, output_shape, strides, padding="SAME", data_format="NWC", dilations=None,
                     name=None):
    s = strides[0] if isinstance(strides, (list, tuple)) else strides
    d = 1 if dilations is None else (dilations[0] if isinstance(dilations, (list, tuple)) else dilations)
    osh = [int(v) for v in (_np(_arg(output_shape)).reshape(-1) if isinstance(output_shape, _T) else output_shape)]
    out = conv2d_transpose(_ops.expand_dims(input, 1), _ops.expand_dims(filters, 0), [osh[0], 1, osh[1], osh[2]],
                           [1, int(s)], padding, dilations=[1, int(d)])
    return _ops.squeeze(out, [1])


# ---------------------------------------------------------------- tf.linalg

def _lin_node(name, ins, arr, backward):
    return _node(name, ins, _from_array(arr), backward)


def cholesky(input, name=None):
    np = _npm()
    x = _arg(input)
    a = _np(x)
    _square_check("Cholesky", a)
    try:
        l = np.linalg.cholesky(a).astype(a.dtype)
    except np.linalg.LinAlgError:
        raise _invalid("Cholesky", "Cholesky decomposition was not successful. The input might not be valid.")
    L = _from_array(l)

    def backward(g):
        # TF's _CholeskyGrad
        Linv = _from_array(np.linalg.inv(l).astype(a.dtype))
        middle = _ops.matmul(L, _wrap(g), transpose_a=True)
        from . import linalg

        d = linalg.diag_part(middle)
        middle = linalg.band_part(middle, -1, 0) - linalg.diag(d) * 0.5
        ga = _ops.matmul(_ops.matmul(Linv, middle, transpose_a=True), Linv)
        ga = ga + linalg.matrix_transpose(ga)
        return [_arg(ga * 0.5)]

    return _node("CholeskyGrad", [x], L, backward)


def triangular_solve(matrix, rhs, lower=True, adjoint=False, name=None):
    np = _npm()
    A, B = _arg(matrix), _arg(rhs)
    a, b = _np(A), _np(B)
    if a.shape[-1] != a.shape[-2]:
        raise _invalid("MatrixTriangularSolve", "In[0] matrices in the last dimensions must be square (%d =/= %d)"
                       % (a.shape[-1], a.shape[-2]))
    if a.shape[-1] != b.shape[-2]:
        fmt = lambda sh: "[" + ",".join(str(v) for v in sh) + "]"  # noqa: E731
        raise _invalid("MatrixTriangularSolve", "In[0] mismatch In[1] shape: %d vs. %d: %s %s %d %d"
                       % (a.shape[-1], b.shape[-2], fmt(a.shape), fmt(b.shape), bool(lower), bool(adjoint)))
    m = np.tril(a) if lower else np.triu(a)
    if adjoint:
        m = np.swapaxes(m, -1, -2)
    r = np.linalg.solve(m, b).astype(a.dtype)
    X = _from_array(r)

    def backward(g):
        from . import linalg

        gb = triangular_solve(_wrap(A), _wrap(g), lower=lower, adjoint=not adjoint)
        ga = -_ops.matmul(X, gb, transpose_b=True) if adjoint else -_ops.matmul(gb, X, transpose_b=True)
        ga = linalg.band_part(ga, -1, 0) if lower else linalg.band_part(ga, 0, -1)
        return [_arg(ga), _arg(gb)]

    return _node("MatrixTriangularSolveGrad", [A, B], X, backward)


def cholesky_solve(chol, rhs, name=None):
    y = triangular_solve(chol, rhs, lower=True, adjoint=False)
    return triangular_solve(chol, y, lower=True, adjoint=True)


def slogdet(input, name=None):
    np = _npm()
    x = _arg(input)
    a = _np(x)
    _square_check("LogMatrixDeterminant", a)
    s, ld = np.linalg.slogdet(a)
    S = _from_array(s.astype(a.dtype))
    LD = _from_array(np.asarray(ld).astype(a.dtype))

    def backward(g):
        from . import linalg

        inv = linalg.inv(_wrap(x))
        gg = _wrap(g)
        return [_arg(_ops.reshape(gg, list(gg.shape) + [1, 1]) * linalg.matrix_transpose(inv))]

    return S, _node("LogMatrixDeterminantGrad", [x], LD, backward)


def logdet(matrix, name=None):
    from . import linalg

    L = cholesky(matrix)
    return 2.0 * _ops.reduce_sum(_ops.log(linalg.diag_part(L)), axis=-1)


def cross(a, b, name=None):
    from .errors import FailedPreconditionError
    from ._tensor import _shape_str

    a, b = _wrap(_arg(a)), _wrap(_arg(b))
    if list(a.shape) != list(b.shape):
        raise _invalid("Cross", "Both inputs must be of same shape: %s vs. %s" % (_shape_str(a), _shape_str(b)))
    if a.shape.rank < 1 or a.shape[-1] != 3:
        raise FailedPreconditionError(None, None, "{{function_node __wrapped__Cross_device_/job:localhost/replica:0/"
                                      "task:0/device:CPU:0}} Cross-products are only defined for 3-element vectors. "
                                      "[Op:Cross] name: ")
    a0, a1, a2 = a[..., 0], a[..., 1], a[..., 2]
    b0, b1, b2 = b[..., 0], b[..., 1], b[..., 2]
    return _ops.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], axis=-1)


def normalize(tensor, ord="euclidean", axis=None, name=None):
    from ._extra import norm as _norm

    n = _norm(tensor, ord=ord, axis=axis, keepdims=True)
    return _wrap(_arg(tensor)) / n, n


def set_diag(input, diagonal, name="set_diag", k=0, align="RIGHT_LEFT"):
    np = _npm()
    x = _wrap(_arg(input))
    d = _wrap(_arg(diagonal))
    r, c = int(x.shape[-2]), int(x.shape[-1])
    m = min(r, c)
    mask = np.zeros((r, c), bool)
    mask[np.arange(m), np.arange(m)] = True
    from . import linalg

    full = linalg.diag(d) if r == c else _ops.pad(linalg.diag(d), [[0, 0]] * (x.shape.rank - 2) +
                                                    [[0, r - m], [0, c - m]])
    return _ops.where(_from_array(mask), full, x)


def tensor_diag(diagonal, name=None):
    x = _wrap(_arg(diagonal))
    shape = [int(d) for d in x.shape]
    n = 1
    for d in shape:
        n *= d
    flat = _ops.reshape(x, [n])
    from . import linalg

    return _ops.reshape(linalg.diag(flat), shape + shape)


def tensor_diag_part(input, name=None):
    x = _wrap(_arg(input))
    shape = [int(d) for d in x.shape]
    half = shape[:len(shape) // 2]
    n = 1
    for d in half:
        n *= d
    from . import linalg

    return _ops.reshape(linalg.diag_part(_ops.reshape(x, [n, n])), half)


def _np_fn(fn):
    def f(input, *args, **kwargs):
        x = _np(_arg(input))
        r = fn(x, *args, **kwargs)
        if isinstance(r, (list, tuple)):
            return [_from_array(_npm().asarray(v).astype(x.dtype)) for v in r]
        return _from_array(_npm().asarray(r).astype(x.dtype))

    return f


def qr(input, full_matrices=False, name=None):
    np = _npm()
    a = _np(_arg(input))
    q, r = np.linalg.qr(a, mode="complete" if full_matrices else "reduced")
    return _collections.namedtuple("Qr", ["q", "r"])(_from_array(q.astype(a.dtype)), _from_array(r.astype(a.dtype)))


def svd(tensor, full_matrices=False, compute_uv=True, name=None):
    np = _npm()
    a = _np(_arg(tensor))
    if not compute_uv:
        return _from_array(np.linalg.svd(a, compute_uv=False).astype(a.dtype))
    u, s, vh = np.linalg.svd(a, full_matrices=full_matrices)
    return (_from_array(s.astype(a.dtype)), _from_array(u.astype(a.dtype)),
            _from_array(np.swapaxes(vh, -1, -2).astype(a.dtype)))


def eigh(tensor, name=None):
    np = _npm()
    a = _np(_arg(tensor))
    w, v = np.linalg.eigh(a)
    return _from_array(w.astype(a.dtype)), _from_array(v.astype(a.dtype))


def eigvalsh(tensor, name=None):
    np = _npm()
    a = _np(_arg(tensor))
    return _from_array(np.linalg.eigvalsh(a).astype(a.dtype))


def pinv(a, rcond=None, validate_args=False, name=None):
    np = _npm()
    x = _np(_arg(a))
    if rcond is None:
        rcond = 10.0 * max(x.shape[-2:]) * np.finfo(x.dtype).eps
    return _from_array(np.linalg.pinv(x, rcond=rcond).astype(x.dtype))


def matrix_rank(a, tol=None, validate_args=False, name=None):
    np = _npm()
    x = _np(_arg(a))
    return _from_array(np.asarray(np.linalg.matrix_rank(x, tol=tol)).astype(np.int32))


def lstsq(matrix, rhs, l2_regularizer=0.0, fast=True, name=None):
    from . import linalg

    A, B = _wrap(_arg(matrix)), _wrap(_arg(rhs))
    At = linalg.matrix_transpose(A)
    n = int(A.shape[-1])
    gram = _ops.matmul(At, A) + l2_regularizer * _ops.eye(n, dtype=A.dtype)
    return cholesky_solve(cholesky(gram), _ops.matmul(At, B))


def expm(input, name=None):
    """tf.linalg.expm with TF's gradient (_MatrixExponentialGrad: the upper-right block of the exponential
    of [[A^H, g], [0, A^H]]); the float64 scaling-and-squaring kernel is the torch dialect's matrix_exp one."""
    np = _npm()
    from ..torch._tensor_more import _expm64

    x = _arg(input)
    if not (_wrap(x).dtype.is_floating or _wrap(x).dtype.is_complex):
        raise ValueError(f"tf.linalg.expm does not support matrices of type {_wrap(x).dtype}")
    a = _np(x)
    if a.ndim < 2:
        d = "[%s]" % ",".join(["1"] + [str(v) for v in a.shape])
        raise _invalid("MatMul", f"Matrix size-incompatible: In[0]: {d}, In[1]: {d}")
    if a.shape[-1] != a.shape[-2]:
        d = "[%d,%d,%d]" % (_math.prod(a.shape[:-2]), a.shape[-2], a.shape[-1])
        raise _invalid("BatchMatMulV2", f"Matrix size-incompatible: In[0]: {d}, In[1]: {d}")
    e = _from_array(_expm64(a.astype(np.float64)).astype(a.dtype))
    n = a.shape[-1]

    def backward(g):
        At = _np(x).astype(np.float64).swapaxes(-1, -2)
        big = np.concatenate([np.concatenate([At, _np(g).astype(np.float64)], -1),
                              np.concatenate([np.zeros_like(At), At], -1)], -2)
        return [_arg(_from_array(_expm64(big)[..., :n, n:].astype(a.dtype)))]

    return _node("MatrixExponentialGrad", [x], e, backward)


def _install():
    """Register the names in tf, tf.math, tf.nn, tf.linalg (only where the module lacks them)."""
    import sys

    from . import linalg as L, math as M, nn as N

    tf = sys.modules[__name__.rsplit(".", 1)[0]]
    g = globals()
    for n in ("acos acosh asin asinh atan atanh cosh sinh roll searchsorted reverse_sequence unique_with_counts "
              "unravel_index shape_n identity_n tensor_scatter_nd_sub tensor_scatter_nd_max tensor_scatter_nd_min "
              "clip_by_global_norm cond case switch_case while_loop map_fn vectorized_map scan foldl foldr no_op "
              "group control_dependencies init_scope inside_function get_current_name_scope get_logger "
              "gradients hessians py_function numpy_function ensure_shape realdiv truncatediv truncatemod "
              "scalar_mul saturate_cast random_normal_initializer random_uniform_initializer").split():
        if not hasattr(tf, n):
            setattr(tf, n, g[n])
    M.erf = erf  # Eigen's fast erf (the earlier numpy/libm one differed in the last bits)
    for n in ("acos acosh asin asinh atan atanh cosh sinh lgamma digamma erfc erfinv rint log_sigmoid softsign "
              "logical_xor xlogy xlog1py xdivy multiply_no_nan reciprocal_no_nan scalar_mul "
              "zero_fraction polyval invert_permutation is_non_decreasing is_strictly_increasing "
              "cumulative_logsumexp segment_max segment_min segment_mean segment_prod unsorted_segment_max "
              "unsorted_segment_min unsorted_segment_mean unsorted_segment_sqrt_n unsorted_segment_prod").split():
        if not hasattr(M, n):
            setattr(M, n, g[n])
    if not hasattr(M, "softmax"):
        M.softmax = N.softmax
    if not hasattr(M, "log_softmax"):
        M.log_softmax = N.log_softmax
    for n in ("gelu selu crelu softsign batch_normalization normalize_moments weighted_cross_entropy_with_logits "
              "log_poisson_loss compute_average_loss scale_regularization_loss depth_to_space space_to_depth "
              "max_pool1d avg_pool1d conv2d_transpose conv1d_transpose zero_fraction").split():
        if not hasattr(N, n):
            setattr(N, n, g[n])
    for n in ("cholesky triangular_solve cholesky_solve slogdet logdet cross normalize set_diag tensor_diag "
              "tensor_diag_part qr svd eigh eigvalsh pinv matrix_rank lstsq expm global_norm").split():
        if not hasattr(L, n):
            setattr(L, n, g[n])
    if not hasattr(L, "tensordot"):
        L.tensordot = _ops.tensordot


class _V2Init:
    """tf.*_initializer (init_ops_v2): seeded ones draw stateless with seed [seed, 0]."""

    def __init__(self, seed=None):
        self.seed = seed

    def get_config(self):
        return {k: v for k, v in vars(self).items()}

    @classmethod
    def from_config(cls, config):
        return cls(**config)


class random_normal_initializer(_V2Init):
    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        self.mean, self.stddev = mean, stddev
        super().__init__(seed)

    def __call__(self, shape, dtype=_dt.float32, **kwargs):
        from . import random

        if self.seed is not None:
            return random.stateless_normal(shape, [self.seed, 0], self.mean, self.stddev, dtype)
        return random.normal(shape, self.mean, self.stddev, dtype)


class random_uniform_initializer(_V2Init):
    def __init__(self, minval=-0.05, maxval=0.05, seed=None):
        self.minval, self.maxval = minval, maxval
        super().__init__(seed)

    def __call__(self, shape, dtype=_dt.float32, **kwargs):
        from . import random

        if self.seed is not None:
            return random.stateless_uniform(shape, [self.seed, 0], self.minval, self.maxval, dtype)
        return random.uniform(shape, self.minval, self.maxval, dtype)

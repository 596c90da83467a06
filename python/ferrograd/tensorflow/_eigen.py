# float32 emulation (numpy) of the Eigen kernels TensorFlow's CPU ops use, so printed digits
# match TF: pexp_float, the logistic functor (packet and scalar paths) and the vectorised sum
# reduction order. No FMA (TF's CPU wheels are built for AVX without FMA contraction).
#
# The dialect no longer calls this module: the same algorithms run in Rust as kernel flavours
# (rust/core/src/ops/flavors.rs, `_core.unary_flavor(t, "sigmoid_eigen")`, `_core.sum_flavor`).
# It stays as the readable reference that tests/test_kernel_flavors.py checks the Rust kernels
# against bit for bit.
import numpy as np

f32 = np.float32
PACKET = 8  # AVX float packet


def _madd(a, b, c):
    return (a * b + c).astype(f32)


def pexp(x):
    x = np.asarray(x, f32)
    with np.errstate(over="ignore", invalid="ignore"):
        zero_mask = x < f32(-104.0)
        xc = np.minimum(x, f32(88.723))
        m = np.floor(_madd(xc, f32(1.44269504088896341), f32(0.5))).astype(f32)
        r = _madd(m, f32(-0.693359375), xc)
        r = _madd(m, f32(2.12194440e-4), r)
        r2 = (r * r).astype(f32)
        p_even = _madd(r2, f32(1.37449637986719608306884765625e-3), f32(4.166965186595916748046875e-2))
        p_odd = _madd(r2, f32(8.36894474923610687255859375e-3), f32(0.16666518151760101318359375))
        p_even = _madd(r2, p_even, f32(0.49999988079071044921875))
        p_low = (r + f32(1)).astype(f32)
        y = _madd(r, p_odd, p_even)
        y = _madd(r2, y, p_low)
        e = np.ldexp(y, np.nan_to_num(m).astype(np.int32)).astype(f32)
        e = np.maximum(e, x)
        return np.where(zero_mask, f32(0), e).astype(f32)


def _logistic_packet(x):
    zero_mask = x < f32(-104.0)
    x = np.minimum(x, f32(16.6355324))
    x = (x * f32(0.5)).astype(f32)
    m = np.floor(_madd(x, f32(1.44269504088896341), f32(0.5))).astype(f32)
    r = _madd(m, f32(-0.693359375), x)
    r = _madd(m, f32(2.12194440e-4), r)
    r2 = (r * r).astype(f32)
    p_even = _madd(r2, f32(4.1898667812347412109375e-2), f32(0.49999141693115234375))
    p_odd = _madd(r2, f32(8.33471305668354034423828125e-3), f32(0.16666877269744873046875))
    p_low = (r + f32(1)).astype(f32)
    p = _madd(r, p_odd, p_even)
    p = _madd(r2, p, p_low)
    e = np.ldexp(p, np.nan_to_num(m).astype(np.int32)).astype(f32)
    e = (e * e).astype(f32)
    return np.where(zero_mask, f32(0), (e / (f32(1) + e)).astype(f32))


def _exp_scalar(x):
    # std::exp on float (glibc expf: correctly rounded).
    return np.exp(np.asarray(x, np.float64)).astype(f32)


def _logistic_scalar(x):
    e = _exp_scalar(np.minimum(x, f32(16.6355324)))
    return (e / (f32(1) + e)).astype(f32)


def _by_packets(fn_packet, fn_scalar, x):
    # Eigen's executor: whole packets through the packet path, the tail through the scalar one.
    flat = np.ascontiguousarray(x, f32).reshape(-1)
    n = flat.size
    k = (n // PACKET) * PACKET
    out = np.empty(n, f32)
    with np.errstate(over="ignore", invalid="ignore"):
        if k:
            out[:k] = fn_packet(flat[:k])
        if k < n:
            out[k:] = fn_scalar(flat[k:])
    return out.reshape(np.shape(x))


def sigmoid(x):
    return _by_packets(_logistic_packet, _logistic_scalar, x)


def exp(x):
    return _by_packets(pexp, _exp_scalar, x)


def _divup(a, b):
    return -(-a // b)


def _predux(p):
    while p.shape[-1] > 1:
        h = p.shape[-1] // 2
        p = (p[..., :h] + p[..., h:]).astype(p.dtype)
    return p[..., 0]


def sum_rows(a):
    """Eigen's vectorised InnerMostDimReducer over the last axis of a float array (rows of at
    most 8192 values): four packet accumulators over blocks of 4 packets, combined in order,
    then the leftover whole packets, the scalar tail, and a tree reduction of the packet."""
    P = PACKET if a.dtype == np.float32 else PACKET // 2
    n = a.shape[-1]
    sh = a.shape[:-1]
    accs = [np.zeros(sh + (P,), a.dtype) for _ in range(4)]
    un = (n // (4 * P)) * 4 * P
    vec = (n // P) * P
    for j in range(0, un, 4 * P):
        for k in range(4):
            accs[k] = accs[k] + a[..., j + k * P:j + (k + 1) * P]
    p = ((accs[0] + accs[1]) + accs[2]) + accs[3]
    for j in range(un, vec, P):
        p = p + a[..., j:j + P]
    acc = np.zeros(sh, a.dtype)
    for j in range(vec, n):
        acc = acc + a[..., j]
    return (acc + _predux(p)).astype(a.dtype)


def sum_all(a, first=0):
    """TF's full float reduce_sum over a 1-D array (single-threaded sizes): the reducer above,
    split in halves (packet-aligned) above 8192 values."""
    P = PACKET if a.dtype == np.float32 else PACKET // 2
    n = a.shape[-1]
    if n > P * 1024:
        split = P * _divup(first + _divup(n, 2), P)
        nl = min(split - first, n)
        acc = a.dtype.type(a.dtype.type(0) + sum_all(a[:nl], first))
        if nl < n:
            acc = a.dtype.type(acc + sum_all(a[nl:], split))
        return acc
    return a.dtype.type(sum_rows(a[None, :])[0])


def _polevl(x, coeffs):
    p = np.full_like(x, f32(coeffs[0]))
    for c in coeffs[1:]:
        p = _madd(p, x, f32(c))
    return p


def tanh_rational(a_x):
    x = np.clip(np.asarray(a_x, f32), f32(-7.90738964080810547), f32(7.90738964080810547))
    x2 = (x * x).astype(f32)
    x3 = (x2 * x).astype(f32)
    p = _polevl(x2, (1.394553628e-8, 2.102733560e-5, 3.520756727e-3, 1.340216100e-1))
    q = _polevl(x2, (8.015776984e-7, 3.326951409e-4, 2.597254514e-2, 4.673548340e-1, 1.0))
    p = _madd(x3, p, x)
    return (p / q).astype(f32)


def tanh_exp(x):
    x = np.asarray(x, f32)
    x2 = (x * x).astype(f32)
    x3 = (x2 * x).astype(f32)
    p = _polevl(x2, (-1.46725140511989593505859375e-02, -3.333333432674407958984375e-01))
    q = _polevl(x2, (1.570280082523822784423828125e-02, 4.4401752948760986328125e-01, 1.0))
    small = _madd(x3, (p / q).astype(f32), x)
    ax = np.abs(x)
    s = pexp((f32(2) * ax).astype(f32))
    abs_tanh = (f32(1) - (f32(2) / (s + f32(1))).astype(f32)).astype(f32)
    large = np.copysign(np.where(ax > f32(16), f32(1), abs_tanh), x).astype(f32)
    return np.where(ax > f32(1.25), large, small).astype(f32)


def plog(x0):
    x0 = np.asarray(x0, f32)
    with np.errstate(divide="ignore", invalid="ignore"):
        mant, ex = np.frexp(x0)
        x = mant.astype(f32)
        e = ex.astype(f32)
        mask = x < f32(0.707106781186547524)
        tmp = np.where(mask, x, f32(0))
        x = (x - f32(1)).astype(f32)
        e = (e - np.where(mask, f32(1), f32(0))).astype(f32)
        x = (x + tmp).astype(f32)
        p = _madd(x, f32(0.18256296349849254), f32(1.0000000190281063))
        p = _madd(x, p, f32(1.0000000190281136))
        p = (x * p).astype(f32)
        q = _madd(x, f32(0.049616247954120038), f32(0.59923249590823520))
        q = _madd(x, q, f32(1.4999999999999927))
        q = _madd(x, q, f32(1))
        x = (p / q).astype(f32)
        x = _madd(e, f32(0.693147180559945309417), x)
        x = np.where(x0 == np.inf, f32(np.inf), x)
        x = np.where((x0 < 0) | np.isnan(x0), f32(np.nan), x)
        return np.where(x0 == 0, f32(-np.inf), x).astype(f32)


def _log_scalar(x):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log(np.asarray(x, np.float64)).astype(f32)


def log(x):
    return _by_packets(plog, _log_scalar, x)


def _psincos(x_in, sine):
    _x = np.asarray(x_in, f32)
    x = np.abs(_x)
    y = (x * f32(0.636619746685028076171875)).astype(f32)
    y_round = (y + f32(12582912)).astype(f32)
    y_int = y_round.view(np.int32)
    y = (y_round - f32(12582912)).astype(f32)
    x = _madd(y, f32(-1.5703125), x)
    x = _madd(y, f32(-0.000483989715576171875), x)
    x = _madd(y, f32(1.62865035235881805419921875e-07), x)
    x = _madd(y, f32(5.5644315544167710640977020375430583953857421875e-11), x)
    huge = np.abs(_x) >= f32(25966.0 if sine else 18838.0)
    if sine:
        sign_bit = (_x.view(np.uint32) ^ (y_int.astype(np.uint32) << np.uint32(30))) & np.uint32(0x80000000)
    else:
        sign_bit = ((y_int + 1).astype(np.uint32) << np.uint32(30)) & np.uint32(0x80000000)
    poly_mask = (y_int & 1) == 0
    x2 = (x * x).astype(f32)
    y1 = f32(2.4372266125283204019069671630859375e-05)
    y1 = _madd(np.full_like(x2, y1), x2, f32(-0.00138865201734006404876708984375))
    y1 = _madd(y1, x2, f32(0.041666619479656219482421875))
    y1 = _madd(y1, x2, f32(-0.5))
    y1 = _madd(y1, x2, f32(1.0))
    y2 = np.full_like(x2, f32(-0.0001959234114083702898469196984621021329076029360294342041015625))
    y2 = _madd(y2, x2, f32(0.0083326873655616851693794799871284340042620897293090820312500000))
    y2 = _madd(y2, x2, f32(-0.1666666203982298255503735617821803316473960876464843750000000000))
    y2 = (y2 * x2).astype(f32)
    y2 = _madd(y2, x, x)
    if sine:
        r = np.where(poly_mask, y2, y1)
    else:
        r = np.where(poly_mask, y1, y2)
    r = (r.view(np.uint32) ^ sign_bit).view(f32)
    if huge.any():
        ref = (np.sin if sine else np.cos)(_x.astype(np.float64)).astype(f32)
        r = np.where(huge, ref, r)
    return r.astype(f32)


def sin(x):
    return _by_packets(lambda v: _psincos(v, True), lambda v: np.sin(np.asarray(v, np.float64)).astype(f32), x)


def cos(x):
    return _by_packets(lambda v: _psincos(v, False), lambda v: np.cos(np.asarray(v, np.float64)).astype(f32), x)


def softplus(x):
    x = np.asarray(x, f32)
    threshold = f32(np.log(np.float32(np.finfo(np.float32).eps))) + f32(2)
    too_large = x > -threshold
    too_small = x < f32(np.exp(np.float64(threshold)))
    e = exp(x)
    mid = log((e + f32(1)).astype(f32))
    return np.where(too_large, x, np.where(too_small, e, mid)).astype(f32)

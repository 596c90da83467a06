# ATen's CPU samplers (gamma, Dirichlet, binomial, Poisson; same mt19937 draws, so seeded samples match
# torch) and the reparameterised gamma/Dirichlet gradients.
import math

from . import _torch


# ----------------------------------------------------------------- ATen samplers
def _gamma_draw(gen, alpha, is_double_acc):
    # ATen sample_gamma (Marsaglia-Tsang) with double uniform/normal draws from the generator.
    # `is_double_acc`: alpha arithmetic in float64 (dirichlet / float64 tensors) else float32.
    import numpy as np

    f = (lambda v: float(v)) if is_double_acc else (lambda v: float(np.float32(v)))

    def uniform():
        return float(gen.uniform_f64(1)[0])

    def normal():
        if gen.next_double_normal is not None:
            v = gen.next_double_normal
            gen.next_double_normal = None
            return v
        u1, u2 = gen.uniform_f64(2)
        r = math.sqrt(-2.0 * math.log1p(-float(u2)))
        theta = 2.0 * math.pi * float(u1)
        gen.next_double_normal = r * math.sin(theta)
        return r * math.cos(theta)

    alpha = f(alpha)
    scale = 1.0
    if alpha < 1.0:
        if alpha == 0.0:
            return 0.0
        scale *= math.pow(1 - uniform(), f(1.0 / alpha))
        alpha = f(alpha + 1.0)
    third = float(np.float32(1.0) / np.float32(3.0))
    d = f(alpha - third)
    c = 1.0 / math.sqrt(9.0 * d)
    k = float(np.float32(0.0331))
    while True:
        while True:
            x = normal()
            y = 1.0 + c * x
            if y > 0:
                break
        v = y * y * y
        u = 1 - uniform()
        xx = x * x
        if u < 1.0 - k * xx * xx:
            return scale * d * v
        if math.log(u) < 0.5 * xx + d * (1.0 - v + math.log(v)):
            return scale * d * v


def _plain_standard_gamma(alpha):
    # torch._standard_gamma(alpha) on CPU (serial kernel over the contiguous elements).
    import numpy as np

    from .. import _random

    torch = _torch()
    gen = _random._gen(None)
    a = alpha.detach().contiguous().numpy(True)
    dbl = a.dtype == np.float64
    flat = a.reshape(-1)
    out = np.empty(flat.shape, dtype=a.dtype)
    tiny = np.finfo(a.dtype).tiny
    for i, av in enumerate(flat):
        s = _gamma_draw(gen, av, dbl)
        out[i] = max(tiny, a.dtype.type(s))
    return torch.tensor(out.reshape(a.shape), dtype=alpha.dtype)


def _plain_sample_dirichlet(alpha):
    import numpy as np

    from .. import _random

    torch = _torch()
    gen = _random._gen(None)
    a = alpha.detach().contiguous().numpy(True)
    flat = a.reshape(-1).astype(np.float64)
    g = np.empty(flat.shape, dtype=np.float64)
    for i, av in enumerate(flat):
        g[i] = max(np.finfo(np.float64).tiny, _gamma_draw(gen, av, True))
    g = g.reshape(a.shape)
    s = np.zeros(a.shape[:-1] + (1,), dtype=np.float64)
    for j in range(a.shape[-1]):
        s[..., 0] += g[..., j]
    r = (g / s).astype(a.dtype)
    r = np.minimum(np.nextafter(a.dtype.type(1), a.dtype.type(0)), np.maximum(np.finfo(a.dtype).tiny, r))
    return torch.tensor(r, dtype=alpha.dtype)


# ----------------------------------------------------------------- discrete samplers (ATen CPU kernels)
_STIRLING_TAIL = [0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509,
                  0.01664469118982119, 0.01387612882307075, 0.01189670994589177, 0.01041126526197209,
                  0.009255462182712733, 0.008330563433362871]


def _stirling_approx_tail(k):
    if k <= 9:
        return _STIRLING_TAIL[int(k)]
    kp1sq = (k + 1) * (k + 1)
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1)


def _uniform1(gen):
    return float(gen.uniform_f64(1)[0])


def _binomial_inversion(gen, count, prob):
    geom_sum = 0.0
    num_geom = 0
    logprob = math.log1p(-prob)
    while True:
        U = _uniform1(gen)
        geom = math.ceil(math.log(U) / logprob)
        geom_sum += geom
        if geom_sum > count:
            break
        num_geom += 1
    return num_geom


def _btrs(gen, count, prob):
    stddev = math.sqrt(count * prob * (1 - prob))
    b = 1.15 + 2.53 * stddev
    a = -0.0873 + 0.0248 * b + 0.01 * prob
    c = count * prob + 0.5
    v_r = 0.92 - 4.2 / b
    r = prob / (1 - prob)
    alpha = (2.83 + 5.1 / b) * stddev
    m = math.floor((count + 1) * prob)
    while True:
        U = _uniform1(gen) - 0.5
        V = _uniform1(gen)
        us = 0.5 - abs(U)
        k = math.floor((2 * a / us + b) * U + c)
        if k < 0 or k > count:
            continue
        if us >= 0.07 and V <= v_r:
            return k
        V = math.log(V * alpha / (a / (us * us) + b))
        upperbound = ((m + 0.5) * math.log((m + 1) / (r * (count - m + 1)))
                      + (count + 1) * math.log((count - m + 1) / (count - k + 1))
                      + (k + 0.5) * math.log(r * (count - k + 1) / (k + 1))
                      + _stirling_approx_tail(m) + _stirling_approx_tail(count - m)
                      - _stirling_approx_tail(k) - _stirling_approx_tail(count - k))
        if V <= upperbound:
            return k


def _sample_binomial(gen, count, prob, f):
    if count <= 0.0 or prob <= 0.0:
        return 0.0
    if prob >= 1.0:
        return count
    if prob <= 0.5:
        if f(count * prob) >= 10.0:
            return _btrs(gen, count, prob)
        return _binomial_inversion(gen, count, prob)
    if prob > 0.5:
        qprob = f(1.0 - prob)
        if f(count * qprob) >= 10.0:
            return count - _btrs(gen, count, qprob)
        return count - _binomial_inversion(gen, count, qprob)
    return math.nan


def _elementwise_sampler(fn, *tensors):
    import numpy as np

    from .. import _random

    torch = _torch()
    gen = _random._gen(None)
    arrs = [t.detach().contiguous().numpy(True) for t in tensors]
    dt = arrs[0].dtype
    f = (lambda v: float(v)) if dt == np.float64 else (lambda v: float(np.float32(v)))
    flat = [a.reshape(-1) for a in arrs]
    out = np.empty(flat[0].shape, dtype=dt)
    for i in range(out.size):
        out[i] = fn(gen, *[f(a[i]) for a in flat], f)
    return torch.tensor(out.reshape(arrs[0].shape), dtype=tensors[0].dtype)


def poisson(input, generator=None):
    return _torch().poisson(input, generator)


def binomial(count, prob, generator=None):
    return _elementwise_sampler(lambda g, n, p, f: _sample_binomial(g, n, p, f), count, prob)


# ----------------------------------------------------------------- reparameterised gamma gradient
_COEF_UV = [
    [0.16009398, -0.094634809, 0.025146376, -0.0030648343, 1, 0.32668115, 0.10406089, 0.0014179084],
    [0.53487893, 0.1298071, 0.065735949, -0.0015649758, 0.16639465, 0.020070113, -0.0035938915, -0.00058392623],
    [0.040121004, -0.0065914022, -0.0026286047, -0.0013441777, 0.017050642, -0.0021309326, 0.00085092367,
     -1.5247877e-07],
]


def _digamma1(x):
    from ..special import _k_digamma
    import numpy as np

    return float(_k_digamma(np.array([x]))[0])


def _standard_gamma_grad_one(alpha, x):
    # ATen standard_gamma_grad_one: d sample / d alpha at fixed CDF (double accumulation).
    if x < 0.8:
        numer = 1.0
        denom = alpha
        series1 = numer / denom
        series2 = numer / (denom * denom)
        for i in range(1, 6):
            numer *= -x / i
            denom += 1
            series1 += numer / denom
            series2 += numer / (denom * denom)
        pow_x_alpha = math.pow(x, alpha)
        gamma_pdf = math.pow(x, alpha - 1) * math.exp(-x)
        gamma_cdf = pow_x_alpha * series1
        gamma_cdf_alpha = (math.log(x) - _digamma1(alpha)) * gamma_cdf - pow_x_alpha * series2
        result = -gamma_cdf_alpha / gamma_pdf
        return 0.0 if math.isnan(result) else result
    if alpha > 8.0:
        if 0.9 * alpha <= x <= 1.1 * alpha:
            numer_1 = 1 + 24 * alpha * (1 + 12 * alpha)
            numer_2 = (1440 * (alpha * alpha) + 6 * x * (53 - 120 * x) - 65 * x * x / alpha
                       + alpha * (107 + 3600 * x))
            denom = 1244160 * (alpha * alpha) * (alpha * alpha)
            return numer_1 * numer_2 / denom
        denom = math.sqrt(8 * alpha)
        term2 = denom / (alpha - x)
        term3 = math.pow(x - alpha - alpha * math.log(x / alpha), -1.5)
        term23 = term2 - term3 if x < alpha else term2 + term3
        term1 = math.log(x / alpha) * term23 - math.sqrt(2 / alpha) * (alpha + x) / ((alpha - x) * (alpha - x))
        stirling = 1 + 1 / (12 * alpha) * (1 + 1 / (24 * alpha))
        numer = x * term1
        return -stirling * numer / denom
    u = math.log(x / alpha)
    v = math.log(alpha)
    coef_v = [_COEF_UV[0][i] + u * (_COEF_UV[1][i] + u * _COEF_UV[2][i]) for i in range(8)]
    p = coef_v[0] + v * (coef_v[1] + v * (coef_v[2] + v * coef_v[3]))
    q = coef_v[4] + v * (coef_v[5] + v * (coef_v[6] + v * coef_v[7]))
    return math.exp(p / q)


def _standard_gamma_grad(alpha, x):
    import numpy as np

    torch = _torch()
    a = alpha.detach().contiguous().numpy(True)
    xs = np.broadcast_to(x.detach().contiguous().numpy(True), a.shape)
    out = np.array([_standard_gamma_grad_one(float(av), float(xv)) for av, xv in zip(a.reshape(-1), xs.reshape(-1))],
                   dtype=np.float64).reshape(a.shape).astype(a.dtype)
    return torch.tensor(out, dtype=alpha.dtype)


def _standard_gamma(alpha):  # differentiable
    torch = _torch()
    if not (alpha.requires_grad and torch.is_grad_enabled()):
        return _plain_standard_gamma(alpha)
    from ..special import _attach

    out = _plain_standard_gamma(alpha.detach())
    o = out.detach()
    return _attach("StandardGammaBackward0", [alpha], out, lambda g: [g * _standard_gamma_grad(alpha.detach(), o)])


# ----------------------------------------------------------------- reparameterised Dirichlet gradient (ATen)
def _beta_grad_alpha_small(x, alpha, beta):
    factor = _digamma1(alpha) - _digamma1(alpha + beta) - math.log(x)
    numer = 1.0
    series = numer / alpha * (factor + 1 / alpha)
    for i in range(1, 11):
        numer *= (i - beta) * x / i
        denom = alpha + i
        series += numer / denom * (factor + 1 / denom)
    result = x * math.pow(1 - x, -beta) * series
    return 0.0 if math.isnan(result) else result


def _beta_grad_beta_small(x, alpha, beta):
    factor = _digamma1(alpha + beta) - _digamma1(beta)
    numer, betas, dbetas, series = 1.0, 1.0, 0.0, factor / alpha
    for i in range(1, 9):
        numer *= -x / i
        dbetas = dbetas * (beta - i) + betas
        betas = betas * (beta - i)
        series += numer / (alpha + i) * (dbetas + factor * betas)
    result = -math.pow(1 - x, 1 - beta) * series
    return 0.0 if math.isnan(result) else result


def _beta_grad_alpha_mid(x, alpha, beta):
    total = alpha + beta
    mean = alpha / total
    std = math.sqrt(alpha * beta / (total + 1)) / total
    if mean - 0.1 * std <= x <= mean + 0.1 * std:
        poly = 47 * x * (beta * beta) * (beta * beta) + alpha * (
            (43 + 20 * (16 + 27 * beta) * x) * (beta * beta) * beta + alpha * (
                3 * (59 + 180 * beta - 90 * x) * (beta * beta) + alpha * (
                    (453 + 1620 * beta * (1 - x) - 455 * x) * beta + alpha * (
                        8 * (1 - x) * (135 * beta - 11)))))
        prefactor_num = (1 + 12 * alpha) * (1 + 12 * beta) / (total * total)
        prefactor_den = 12960 * alpha * alpha * alpha * beta * beta * (1 + 12 * total)
        return prefactor_num / (1 - x) * poly / prefactor_den
    prefactor = -x / math.sqrt(2 * alpha * beta / total)
    stirling = ((1 + 1 / (12 * alpha) + 1 / (288 * alpha * alpha)) * (1 + 1 / (12 * beta) + 1 / (288 * beta * beta))
                / (1 + 1 / (12 * total) + 1 / (288 * total * total)))
    term1_num = 2 * (alpha * alpha) * (x - 1) + alpha * beta * (x - 1) - x * (beta * beta)
    axbx = alpha * (x - 1) + beta * x
    term1_den = math.sqrt(2 * alpha / beta) * math.pow(total, 1.5) * axbx * axbx
    term1 = term1_num / term1_den
    term2 = 0.5 * math.log(alpha / (total * x))
    term3_num = math.sqrt(8 * alpha * beta / total)
    term3_den = beta * x + alpha * (x - 1)
    term3 = term3_num / term3_den
    term4_base = beta * math.log(beta / (total * (1 - x))) + alpha * math.log(alpha / (total * x))
    term4 = math.pow(term4_base, -1.5)
    term1234 = term1 + term2 * (term3 + (term4 if x < mean else -term4))
    return stirling * prefactor * term1234


_DIR_C = [
    [[[1.003668233, -0.01061107488, -0.0657888334, 0.01201642863],
      [0.6336835991, -0.3557432599, 0.05486251648, -0.001465281033],
      [-0.03276231906, 0.004474107445, 0.002429354597, -0.0001557569013]],
     [[0.221950385, -0.3187676331, 0.01799915743, 0.01074823814],
      [-0.2951249643, 0.06219954479, 0.01535556598, 0.001550077057],
      [0.02155310298, 0.004170831599, 0.001292462449, 6.976601077e-05]],
     [[-0.05980841433, 0.008441916499, 0.01085618172, 0.002319392565],
      [0.02911413504, 0.01400243777, -0.002721828457, 0.000751041181],
      [0.005900514878, -0.001936558688, -9.495446725e-06, 5.385558597e-05]]],
    [[[1, -0.02924021934, -0.04438342661, 0.007285809825],
      [0.6357567472, -0.3473456711, 0.05454656494, -0.002407477521],
      [-0.03301322327, 0.004845219414, 0.00231480583, -0.0002307248149]],
     [[0.5925320577, -0.1757678135, 0.01505928619, 0.000564515273],
      [0.1014815858, -0.06589186703, 0.01272886114, -0.0007316646956],
      [-0.007258481865, 0.001096195486, 0.0003934994223, -4.12701925e-05]],
     [[0.06469649321, -0.0236701437, 0.002902096474, -5.896963079e-05],
      [0.001925008108, -0.002869809258, 0.0008000589141, -6.063713228e-05],
      [-0.0003477407336, 6.959756487e-05, 1.097287507e-05, -1.650964693e-06]]],
]


def _dirichlet_grad_one(x, alpha, total):
    beta = total - alpha
    boundary = total * x * (1 - x)
    if x <= 0.5 and boundary < 2.5:
        return _beta_grad_alpha_small(x, alpha, beta)
    if x >= 0.5 and boundary < 0.75:
        return -_beta_grad_beta_small(1 - x, beta, alpha)
    if alpha > 6 and beta > 6:
        return _beta_grad_alpha_mid(x, alpha, beta)
    u = math.log(x)
    a = math.log(alpha) - u
    b = math.log(total) - a
    pow_u = [1, u, u * u]
    pow_a = [1, a, a * a]
    p = q = 0.0
    for i in range(3):
        for j in range(3):
            ua = pow_u[i] * pow_a[j]
            c0, c1 = _DIR_C[0][i][j], _DIR_C[1][i][j]
            p += ua * (c0[0] + b * (c0[1] + b * (c0[2] + b * c0[3])))
            q += ua * (c1[0] + b * (c1[1] + b * (c1[2] + b * c1[3])))
    approx = x * (_digamma1(total) - _digamma1(alpha)) / beta
    return p / q * approx


def _dirichlet_grad(x, concentration, total):
    import numpy as np

    torch = _torch()
    xa = x.detach().contiguous().numpy(True)
    ca = concentration.detach().contiguous().numpy(True)
    ta = total.detach().contiguous().numpy(True)
    f = np.float32 if xa.dtype == np.float32 else np.float64
    out = np.array([_dirichlet_grad_one(float(f(xv)), float(f(av)), float(f(tv)))
                    for xv, av, tv in zip(xa.reshape(-1), ca.reshape(-1), ta.reshape(-1))],
                   dtype=np.float64).reshape(xa.shape).astype(xa.dtype)
    return torch.tensor(out, dtype=x.dtype)


def _sample_dirichlet(alpha):  # as torch's _Dirichlet Function
    torch = _torch()
    if not (alpha.requires_grad and torch.is_grad_enabled()):
        return _plain_sample_dirichlet(alpha)
    from ..autograd.function import Function

    class _Dirichlet(Function):
        @staticmethod
        def forward(ctx, concentration):
            x = _plain_sample_dirichlet(concentration)
            ctx.save_for_backward(x, concentration)
            return x

        @staticmethod
        def backward(ctx, grad_output):
            x, concentration = ctx.saved_tensors
            total = concentration.sum(-1, True).expand_as(concentration)
            grad = _dirichlet_grad(x, concentration, total)
            return grad * (grad_output - (x * grad_output).sum(-1, True))

    return _Dirichlet.apply(alpha)

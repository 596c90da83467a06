# TF's float32 Reciprocal / Rsqrt kernels on AVX with EIGEN_FAST_MATH (no FMA): packets of 8 start from
# the x86 RCPPS / RSQRTPS estimate (`_core.x86_estimate`) and take one Newton step (Eigen's
# generic_reciprocal_newton_step / generic_rsqrt_newton_step); the n % 8 tail is computed exactly (scalar
# path). Gradients are TF's kernels: InvGrad -dy * y * y, RsqrtGrad -0.5 * (dy * y) * (y * y).
from .. import _core
from ._tensor import _T, _from_array, _np, _wrap


def _estimate(a, kind):
    import numpy as np

    return np.frombuffer(_core.x86_estimate(np.ascontiguousarray(a, np.float32).tobytes(), kind), np.float32)


def _packets(a, packet_fn, tail_fn):
    import numpy as np

    flat = a.reshape(-1)
    n8 = flat.size - flat.size % 8
    out = np.empty_like(flat)
    with np.errstate(all="ignore"):
        out[:n8] = packet_fn(flat[:n8])
        out[n8:] = tail_fn(flat[n8:])
    return out.reshape(a.shape)


def _rcp(a):
    import numpy as np

    x = _estimate(a, 0)
    tmp = np.float32(1) - a * x
    return np.where(np.isnan(tmp), x, x * tmp + x).astype(np.float32)


def _rsqrt(a):
    import numpy as np

    x = _estimate(a, 1)
    r2 = a * x
    half_r = x * np.float32(-0.5)
    h_n = r2 * x + np.float32(-1)
    inv = half_r * h_n + x
    return np.where(np.isnan(inv), x, inv).astype(np.float32)


def _node(name, x, y, backward):
    if not x.requires_grad or not _core.is_grad_enabled():
        return y
    return _wrap(_core.custom_node(name, [x], y, backward))


def eigen_reciprocal(x):
    import numpy as np

    a = _np(x)
    y = _from_array(_packets(a, _rcp, lambda t: (np.float32(1) / t).astype(np.float32)))
    def backward(g):
        yy = eigen_reciprocal(x)  # same values; differentiable for nested tapes
        return [_T.__mul__(_T.__mul__(_T.neg(g), yy), yy)]

    return _node("InvGrad", x, y, backward)


def eigen_rsqrt(x):
    import numpy as np

    a = _np(x)
    y = _from_array(_packets(a, _rsqrt, lambda t: (np.float32(1) / np.sqrt(t)).astype(np.float32)))
    def backward(g):
        yy = eigen_rsqrt(x)  # same values; differentiable for nested tapes
        return [_T.__mul__(_T.__mul__(_T.__mul__(g, yy), -0.5), _T.__mul__(yy, yy))]

    return _node("RsqrtGrad", x, y, backward)


def log_grad_via_reciprocal(x, y, plus_one):
    """Log / Log1p of a float32 tensor of >= 8 elements with TF's gradients: _LogGrad grad * reciprocal(x),
    _Log1pGrad grad * reciprocal(1 + x), where Reciprocal is the fast-math kernel (packets of 8)."""
    def backward(g):
        from . import _ops

        xw = _wrap(x)
        r = _ops.reciprocal(1 + xw if plus_one else xw)
        return [_T.__mul__(g, r)]

    return _wrap(_core.custom_node("Log1pGrad" if plus_one else "LogGrad", [x], y, backward))

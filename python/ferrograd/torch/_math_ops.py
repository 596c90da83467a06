# Pointwise and scan math: logaddexp2, logcumsumexp, cumsum with dtype, fmax/fmin, gcd/lcm, ldexp, frexp,
# nextafter, angle, real/imag of real tensors, prelu, vdot, nanmedian, addr, rsub.
import builtins as _b
import math as _math

from .. import _core
from ._nodes import _node
from ._common import _T, _as_t, _float_of, _int_binary, _needs_grad, _np, _out, _sum_to, _t, _tt
from ._inplace import _apply_inplace


def logaddexp2(input, other, *, out=None):
    """torch's kernel: m + log1p(exp2(-|a - b|)) / ln 2 in the input's precision; a where both are +-inf."""
    np = _np()
    x = _float_of(input)
    y = _as_t(other, x)
    y = y if y.dtype.is_floating_point else y.to(x.dtype)
    a, b = np.broadcast_arrays(x.detach().numpy(True), y.detach().numpy(True).astype(x.numpy(True).dtype))
    # torch's CPU kernel: log1p(exp2(-|a - b|)) in the input's precision, then one fused multiply-add
    # m + t * (1/ln 2) (exact product and sum in double, one rounding)
    inv_ln2 = float(a.dtype.type(1.0 / _math.log(2.0)))
    with np.errstate(all="ignore"):
        t = np.log1p(np.exp2(-np.abs(a - b))).astype(np.float64)
        m = np.maximum(a, b).astype(np.float64)
        r = m + t * inv_ln2
        r = np.where(np.isinf(a) & (a == b), a.astype(np.float64), r).astype(a.dtype)
    res = _t(np.ascontiguousarray(r), x.dtype)
    if _needs_grad(x, y):
        def back(g):
            wa = ((x - y) * _math.log(2.0)).sigmoid()
            return [_sum_to(g * wa, x.shape), _sum_to(g * (1 - wa), y.shape)]

        res = _node("Logaddexp2Backward0", [x, y], res, back)
    return _out(res, out)


def logcumsumexp(input, dim):
    x = _float_of(input)
    if x.dim() == 0:
        return x.clone()
    m = x.amax(dim, True).detach()
    m = _core.where_(m.abs() == _math.inf, _core.full_like(m, 0.0), m)
    r = cumsum((x - m).exp(), dim).log() + m
    return r._named("LogcumsumexpBackward0")


def cumsum(input, dim=None, *, dtype=None, out=None, axis=None):
    dim = dim if axis is None else axis  # torch's parser takes NumPy's name
    if dim is None:
        raise TypeError("cumsum() missing 1 required positional argument: 'dim'")
    x = input if dtype is None else input.to(dtype)
    # torch's accumulation types, CumsumBackward0 with a differentiable reverse-cumsum rule
    return _out(_core.cumsum(x, dim), out)


def cumsum_(self, dim, *, dtype=None):
    return _apply_inplace(self, lambda s: cumsum(s, dim, dtype=dtype))


def cumprod_(self, dim, *, dtype=None):
    return _apply_inplace(self, lambda s: s.cumprod(dim))


def _fminmax(name, input, other, better, out):
    other = _as_t(other, input)
    a, b = input.detach(), other.detach()
    keep = better(a, b).logical_or(b != b).logical_or(a == b)
    r = _core.where_(keep, a, b)
    if _needs_grad(input, other):
        def back(g):
            tie = (a == b).to(g.dtype)
            w_self = better(a, b).logical_or(b != b).to(g.dtype) + tie * 0.5
            w_other = better(b, a).logical_or((a != a).logical_and(b == b)).to(g.dtype) + tie * 0.5
            gs, go = g * w_self, g * w_other
            return [_sum_to(gs, input.shape), _sum_to(go, other.shape)]

        r = _node(name, [input, other], r, back)
    return _out(r, out)


def fmax(input, other, *, out=None):
    return _fminmax("FmaxBackward0", input, other, lambda a, b: a > b, out)


def fmin(input, other, *, out=None):
    return _fminmax("FminBackward0", input, other, lambda a, b: a < b, out)


def gcd(input, other, *, out=None):
    return _out(_int_binary("gcd", _np().gcd, input, other), out)


def lcm(input, other, *, out=None):
    return _out(_int_binary("lcm", _np().lcm, input, other), out)


def ldexp(input, other, *, out=None):
    x = _float_of(input)
    r = x * (2.0 ** _as_t(other).to(x.dtype) if isinstance(other, _T) else 2.0 ** other)
    return _out(r._named("LdexpBackward0") if r.grad_fn is not None else r, out)


def frexp(input, *, out=None):
    np = _np()
    if not input.dtype.is_floating_point:
        raise RuntimeError("torch.frexp() only supports floating-point dtypes")
    m, e = np.frexp(input.numpy(True))
    return _tt().return_types.frexp(_t(m, input.dtype), _t(e.astype(np.int32)))


def nextafter(input, other, *, out=None):
    np = _np()
    b = other.numpy(True) if isinstance(other, _T) else other
    a = input.numpy(True)
    return _out(_t(np.nextafter(a, np.asarray(b, dtype=a.dtype)), input.dtype), out)


def angle(input, *, out=None):
    np = _np()
    x = _float_of(input)
    a = x.detach().numpy(True)
    r = _t(np.where(np.isnan(a), a, np.where(a < 0, np.pi, 0.0)).astype(a.dtype), x.dtype)
    if _needs_grad(x):
        r = _node("AngleBackward0", [x], r, lambda g: [g * 0])
    return _out(r, out)


def sgn_(self):
    return _apply_inplace(self, lambda s: s.sign())


def positive(input):
    if input.dtype is _tt().bool:
        raise RuntimeError("The `+` operator, on a bool tensor is not supported.")
    return input


def isreal(input):
    return _core.full_like(input, True, _tt().bool)


def real(self):
    return self


def _imag(self):
    raise TypeError("imag is not implemented for tensors with non-complex dtypes.")


def resolve(self):
    return self


def hardshrink(input, lambd=0.5):
    keep = (input > lambd).logical_or(input < -lambd)
    return _core.where_(keep, input, _core.full_like(input, 0.0))._named("HardshrinkBackward0")


def prelu(input, weight):
    w = weight
    if w.numel() > 1 and input.dim() >= 2:
        w = w.reshape(*([w.numel()] + [1] * (input.dim() - 2)))
    return _core.where_(input > 0, input, input * w)._named("PreluKernelBackward0")


def vdot(input, other):
    if input.dim() != 1 or other.dim() != 1:
        raise RuntimeError(f"1D tensors expected, but got {input.dim()}D and {other.dim()}D tensors")
    return input.dot(other)


def nanmedian(input, dim=None, keepdim=False):
    np = _np()
    tt = _tt()
    a = input.numpy(True)
    if dim is None:
        flat = a.reshape(-1)
        ok = flat[~np.isnan(flat)] if a.dtype.kind == "f" else flat
        if ok.size == 0:
            return _t(np.array(np.nan, dtype=a.dtype), input.dtype)
        idx = np.flatnonzero(flat == np.sort(ok, kind="stable")[(ok.size - 1) // 2])[0]
        return input.reshape(-1)[_b.int(idx)]._named("NanmedianBackward0")
    d = dim % _b.max(a.ndim, 1)
    moved = np.moveaxis(a, d, -1)
    rows = moved.reshape(-1, moved.shape[-1])
    idx = np.zeros(rows.shape[0], dtype=np.int64)
    for i, row in enumerate(rows):
        ok = np.flatnonzero(~np.isnan(row)) if a.dtype.kind == "f" else np.arange(row.size)
        if ok.size == 0:
            idx[i] = 0
            continue
        order = ok[np.argsort(row[ok], kind="stable")]
        idx[i] = order[(ok.size - 1) // 2]
    it = _t(idx.reshape(moved.shape[:-1]))
    vals = input.gather(d, it.unsqueeze(d))
    if not keepdim:
        vals = vals.squeeze(d)
    else:
        it = it.unsqueeze(d)
    return tt.return_types.nanmedian(vals._named("NanmedianBackward1"), it)


def fill(input, value):
    v = value.to(input.dtype) if isinstance(value, _T) else value
    return _core.full_like(input, 0.0) + v if isinstance(v, _T) else _core.full_like(input, v)


def addr(input, vec1, vec2, *, beta=1, alpha=1):
    o = vec1.unsqueeze(1) * vec2.unsqueeze(0)
    if beta == 0:
        return (o * alpha)._named("AddrBackward0")
    return (input * beta + o * alpha)._named("AddrBackward0")


def adjoint(input):
    return input.transpose(-2, -1)


def rsub(input, other, *, alpha=1):
    return other - input * alpha if alpha != 1 else other - input


def _imag_fn(input):
    raise TypeError("imag is not implemented for tensors with non-complex dtypes.")


def sgn(input):
    return input.sign()


def logaddexp(input, other):
    m = input.maximum(other).detach()
    return m + ((input - m).exp() + (other - m).exp()).log()


def float_power(input, exponent):
    t = _tt()
    x = input.to(t.float64) if isinstance(input, _T) else t.tensor(input, dtype=t.float64)
    e = exponent.to(t.float64) if isinstance(exponent, _T) else exponent
    return x.pow(e)


def _div_trunc(input, other):
    # torch.div(..., rounding_mode='trunc'): the quotient rounded toward zero, in the inputs' promoted dtype.
    tt = _tt()
    r = input.div(other).trunc()
    dt = tt.result_type(input, other)
    return r if r.dtype == dt else r.to(dt)

# mindspore.ops functional interface.
import builtins as _b

from ... import _core
from .. import _dtype
from .._grad import _depth as _grad_depth
from .._grad import stop_gradient  # noqa: F401
from .._tensor import TAG, Tensor, _mean, _sum, astype

_CT = _core.Tensor

__all__ = [
    "abs", "absolute", "add", "sub", "subtract", "mul", "multiply", "div", "divide", "true_divide", "neg",
    "negative", "square", "sqrt", "rsqrt", "exp", "log", "log1p", "expm1", "sin", "cos", "tan", "tanh", "sigmoid",
    "relu", "relu6", "leaky_relu", "softmax", "log_softmax", "pow", "matmul", "bmm", "dot", "reduce_sum", "sum",
    "reduce_mean", "mean", "prod", "reduce_max", "reduce_min", "argmax", "argmin", "max", "min",
    "amax", "amin", "maximum", "minimum", "concat", "cat", "stack", "reshape", "transpose", "permute",
    "expand_dims", "unsqueeze", "squeeze", "flatten", "cast", "ones", "zeros", "ones_like", "zeros_like", "fill",
    "full", "full_like", "shape", "size", "rank", "numel", "broadcast_to", "tile", "where", "select", "equal",
    "not_equal", "greater", "greater_equal", "less", "less_equal", "gt", "ge", "lt", "le", "eq", "ne",
    "logical_and", "logical_or", "logical_not", "clamp", "clip", "clip_by_value", "floor", "ceil", "round", "sign",
    "reciprocal", "arange", "linspace", "eye", "binary_cross_entropy_with_logits", "binary_cross_entropy",
    "cross_entropy", "nll_loss", "mse_loss", "l1_loss", "one_hot", "gather", "split", "chunk", "isnan", "isinf",
    "isfinite", "norm", "std", "var", "stop_gradient", "dtype", "randn", "rand", "uniform", "normal",
    "standard_normal", "sort", "topk", "cumsum", "masked_fill", "gelu", "silu", "softplus", "elu", "hardtanh",
    "depend", "tensor_dot", "outer", "t", "swapaxes", "mm",
]


def _t(x, like=None):
    if isinstance(x, _CT):
        return x
    if like is not None and isinstance(x, (int, float, bool)):
        return Tensor(x, like.dtype if isinstance(x, float) and like.is_floating_point() else None)
    return Tensor(x)


def _unop(name):
    f = getattr(_CT, name)

    def op(input):
        return f(_t(input))

    op.__name__ = name
    return op


for _n in ("sqrt", "rsqrt", "sin", "cos", "tanh", "relu", "floor", "ceil",
           "sign", "reciprocal", "log1p", "expm1", "neg"):
    globals()[_n] = _unop(_n)
negative = neg


def expm1(input):
    x = _t(input)
    if x._dtype_name != "float32" or (x.requires_grad and _core.is_grad_enabled() and _in_nested()):
        return x.expm1()
    import numpy as np

    # MindSpore 2.10's CPU Expm1 kernel gives expf(x) - 1 in float32 (checked against it)
    out = Tensor((np.exp(x.numpy(True).astype(np.float64)).astype(np.float32) - np.float32(1)).astype(np.float32))
    if not x.requires_grad:
        return out
    return _core.custom_node("Expm1Backward", [x], out, lambda g: [g * (out + 1)])


def _ms_kernel(x, fwd, bwd, name):
    # Forward with MindSpore's CPU kernel arithmetic (float32), backward from tensor ops.
    if x._dtype_name != "float32" or (x.requires_grad and _core.is_grad_enabled() and _in_nested()):
        return None
    out = Tensor(fwd(x.numpy(True)))
    if not x.requires_grad:
        return out
    return _core.custom_node(name, [x], out, lambda g: [bwd(g, out)])


def _in_nested():
    return _grad_depth[0] > 1


# MindSpore's CPU kernel arithmetic for float32 exp/log/sigmoid (Rust kernel flavours; the gradient
# is the usual differentiable formula). Inside a grad of a grad the standard kernels are used.
_unary_flavor = _core.unary_flavor


def exp(input):
    x = input if isinstance(input, _CT) else _t(input)
    if x._dtype_name == "float32" and not (_grad_depth[0] > 1 and x.requires_grad and _core.is_grad_enabled()):
        return _unary_flavor(x, "exp_ms")
    return x.exp()


def log(input):
    x = input if isinstance(input, _CT) else _t(input)
    if x._dtype_name == "float32" and not (_grad_depth[0] > 1 and x.requires_grad and _core.is_grad_enabled()):
        return _unary_flavor(x, "log_ms")
    return x.log()


def sigmoid(input):
    x = input if isinstance(input, _CT) else _t(input)
    if x._dtype_name == "float32" and not (_grad_depth[0] > 1 and x.requires_grad and _core.is_grad_enabled()):
        return _unary_flavor(x, "sigmoid_ms")
    if x._dtype_name == "float16":  # the CPU kernel's float16 arithmetic: 1 / (1 + exp(-x)), rounded at each step
        out = ((-x.detach()).exp() + 1).reciprocal()  # and SigmoidGrad's dy * y * (1 - y)
        return _core.custom_node("SigmoidBackward", [x], out, lambda g: [g * out * (1 - out)]) if x.requires_grad else out
    return x.sigmoid()


def tanh(input):
    x = input if isinstance(input, _CT) else _t(input)
    if x._dtype_name == "float32" and not (_grad_depth[0] > 1 and x.requires_grad and _core.is_grad_enabled()):
        return _unary_flavor(x, "tanh_ms")
    return x.tanh()


def _np_softmax(a, axis):
    import numpy as np

    from .._losses import ms_exp

    from .._losses import _expf

    m = a.max(axis=axis, keepdims=True)
    # the last-axis kernel uses the vectorised polynomial exp, other axes the C library's
    last = axis in (-1, a.ndim - 1)
    e = (ms_exp if last else _expf)((a - m).astype(np.float32))
    if last:
        # nnacl SoftmaxLastAxis: 8-lane then one 4-lane block sum, scalar tail; times 1/sum
        n, i = e.shape[-1], 0
        s = np.zeros(e.shape[:-1], np.float32)
        for L in (8, 4):
            if i + L <= n:
                acc = np.zeros(e.shape[:-1] + (L,), np.float32)
                while i + L <= n:
                    acc = acc + e[..., i:i + L]
                    i += L
                h = np.zeros(e.shape[:-1], np.float32)
                for j in range(L):
                    h = h + acc[..., j]
                s = s + h
        for j in range(i, n):
            s = s + e[..., j]
        return (e * (np.float32(1) / s)[..., None]).astype(np.float32)
    s = np.take(np.cumsum(e, axis=axis, dtype=np.float32), [-1], axis=axis)
    return (e / s).astype(np.float32)


def abs(input):
    return _t(input).abs()


absolute = abs


def tan(input):
    x = _t(input)
    if x._dtype_name == "float32" and not (x.requires_grad and _core.is_grad_enabled() and _in_nested()):
        import numpy as np

        # the C library's tanf (correctly rounded), as MindSpore's CPU kernel
        out = Tensor(np.tan(x.numpy(True).astype(np.float64)).astype(np.float32))
        if not x.requires_grad:
            return out
        return _core.custom_node("TanBackward", [x], out, lambda g: [g / (x.detach().cos() * x.detach().cos())])
    return x.sin() / x.cos()


def square(input):
    x = _t(input)
    return x * x


def round(input, *, decimals=0):
    return _t(input).round(decimals)


def _bin(a, b):
    if isinstance(a, _CT):
        return a, b
    return _t(a, b if isinstance(b, _CT) else None), b


def add(input, other, *, alpha=1):
    a, b = _bin(input, other)
    return a + (b * alpha if alpha != 1 else b)


def sub(input, other, *, alpha=1):
    a, b = _bin(input, other)
    return a - (b * alpha if alpha != 1 else b)


subtract = sub


def mul(input, other):
    a, b = _bin(input, other)
    return a * b


multiply = mul


def div(input, other, *, rounding_mode=None):
    a, b = _bin(input, other)
    if rounding_mode == "floor":
        return a // b
    if rounding_mode == "trunc":
        return _CT.div(a, b, rounding_mode="trunc")
    return a / b


divide = true_divide = div


def pow(input, exponent):
    a, b = _bin(input, exponent)
    if (isinstance(b, _CT) and a._dtype_name == "float32" and b._dtype_name == "float32"
            and not _in_nested_any(a, b)):
        r = _pow_tensor(a, b)
        if r is not None:
            return r
    return a ** b


def _pow_tensor(a, b):
    # float32 tensor ** tensor as the CPU kernel evaluates it: expf(y * logf(x)) (positive bases).
    import numpy as np

    from .._losses import _expf, _logf

    x = a.numpy(True)
    if not (x > 0).all():
        return None
    y = b.numpy(True)
    out = Tensor(np.asarray(_expf((y * _logf(x)).astype(np.float32))))
    if not (a.requires_grad or b.requires_grad):
        return out

    def backward(g):
        a_ = a.detach().requires_grad_(a.requires_grad)
        b_ = b.detach().requires_grad_(b.requires_grad)
        ins = [t for t in (a_, b_) if t.requires_grad]
        prev = _core.set_grad_enabled(True)
        try:
            r = list(_core.grad([a_ ** b_], ins, [g], False, False, True))
        finally:
            _core.set_grad_enabled(prev)
        return [r.pop(0) if a.requires_grad else None, r.pop(0) if b.requires_grad else None]

    return _core.custom_node("PowBackward", [a, b], out, backward)


def maximum(input, other):
    a, b = _bin(input, other)
    return a.maximum(_t(b, a))


def minimum(input, other):
    a, b = _bin(input, other)
    return a.minimum(_t(b, a))


def relu6(input):
    return _t(input).clamp(0.0, 6.0)


def leaky_relu(input, alpha=0.2):
    x = _t(input)
    return _core.where_(x > 0, x, x * alpha)


def gelu(input_x, approximate="none"):
    import math

    x = _t(input_x)
    if approximate == "tanh":
        return 0.5 * x * (1 + ((x + 0.044715 * x * x * x) * math.sqrt(2 / math.pi)).tanh())
    from .. import _tensor  # noqa: F401

    return 0.5 * x * (1 + _erf(x / math.sqrt(2)))


def _erf(x):
    import numpy as np

    a = x.numpy(True)
    import math

    v = np.vectorize(math.erf)(a).astype(a.dtype)
    out = Tensor(v)
    return out


def silu(input):
    x = _t(input)
    return x * sigmoid(x)


def softplus(input, beta=1, threshold=20):
    x = _t(input)
    return log(exp(x * beta) + 1) / beta


def _blocked4(x, simd, tail):
    # A MindSpore CPU kernel that handles the flat data in blocks of 4 with SIMD arithmetic and the last
    # n % 4 elements with scalar (C library) arithmetic.
    n = x.numel()
    m = n - n % 4
    if m == n or x.ndim == 0:
        return simd(x) if m == n else tail(x)
    f = x.reshape(-1)
    return _core.cat([simd(f[:m]), tail(f[m:])], 0).reshape(tuple(x.shape)) if m else tail(x)


def elu(input_x, alpha=1.0):
    x = _t(input_x)
    if x._dtype_name == "float32":
        e = _blocked4(x, exp, lambda v: v.exp())
    else:
        e = x.exp()
    return _core.where_(x > 0, x, (e - 1) * alpha)


def hardtanh(input, min_val=-1.0, max_val=1.0):
    return _t(input).clamp(min_val, max_val)


def softmax(input, axis=-1, *, dtype=None):
    x = _t(input)
    if isinstance(axis, (tuple, list)):
        axis = axis[0]
    if isinstance(axis, int) and not -x.ndim <= axis < (x.ndim or 1):
        raise ValueError(f"For primitive[Softmax], the axis must be in [{-x.ndim},{x.ndim}), but got {axis}.")
    r = None
    nd = x.ndim
    if nd and x._dtype_name == "float32" and isinstance(axis, int) and -nd <= axis < nd and \
            not (_grad_depth[0] > 1 and x.requires_grad and _core.is_grad_enabled()):
        # MindSpore's CPU softmax arithmetic (Rust kernel flavour, SoftmaxGrad's formula)
        r = _core.softmax_flavor(x, axis, "ms")
    elif nd:
        r = _ms_kernel(x, lambda a: _np_softmax(a, axis),
                       lambda g, out: (g - (g * out).sum(axis, True)) * out, "SoftmaxBackward")
    if r is None:
        r = x.softmax(axis)
    return astype(r, dtype) if dtype is not None else r


def log_softmax(logits, axis=-1):
    return _t(logits).log_softmax(axis)


# ------------------------------------------------------------------ matmul

def _matmul_error(a, b):
    sa, sb = tuple(a.shape), tuple(b.shape)
    if len(sa) == 0 or len(sb) == 0:
        return None
    ka = sa[-1]
    kb = sb[-2] if len(sb) >= 2 else sb[0]
    if ka != kb:
        return RuntimeError(f"For 'MatMulExt' op, shape1[-1] must be equal to shape2[-2], but got {ka} and {kb}.")
    return None


def matmul(input, other):
    a, b = _t(input), _t(other)
    err = _matmul_error(a, b)
    if err is not None:
        return _pending(err)
    if a._dtype_name != b._dtype_name:
        raise TypeError(f"For 'MatMul', the type of 'x2' should be same as 'x1', but got 'x1' with type "
                        f"Tensor[{a.dtype}] and 'x2' with type Tensor[{b.dtype}].")
    if a._dtype_name == "float32" and a.ndim == 2 and b.ndim == 2:
        return _core.ms_matmul_ext(a, b)
    if a._dtype_name == "float32" and a.ndim >= 2 and b.ndim >= 2 and (a.ndim > 2 or b.ndim > 2):
        r = _batched_ms_matmul(a, b)
        if r is not None:
            return r
    if a._dtype_name == "float32" and a.ndim <= 2 and b.ndim <= 2 and not _in_nested_any(a, b):
        return _fma_matmul(a, b)
    return a.matmul(b)


def _batched_ms_matmul(a, b):
    # MindSpore's CPU BatchMatMul gives, slice by slice, its 2-D MatMul's bits (and an N-D x 2-D product is one
    # 2-D MatMul of the flattened rows): run the flavoured 2-D kernel per batch slice (differentiable).
    if _in_nested_any(a, b):
        return None
    m, k, n = a.shape[-2], a.shape[-1], b.shape[-1]
    if b.ndim == 2:
        lead = tuple(a.shape[:-2])
        return _core.ms_matmul_ext(a.reshape(-1, k), b).reshape(*lead, m, n)
    import numpy as np

    lead = tuple(np.broadcast_shapes(tuple(a.shape[:-2]), tuple(b.shape[:-2])))
    nb = int(np.prod(lead)) if lead else 1
    if nb > 1024:
        return None
    a3 = (a if tuple(a.shape[:-2]) == lead else a.broadcast_to(lead + (m, k))).reshape(nb, m, k)
    b3 = (b if tuple(b.shape[:-2]) == lead else b.broadcast_to(lead + (k, n))).reshape(nb, k, n)
    outs = [_core.ms_matmul_ext(x, y) for x, y in zip(a3.unbind(0), b3.unbind(0))]
    return _core.stack(outs, 0).reshape(*lead, m, n)


def _in_nested_any(a, b):
    from .. import _grad

    return _grad._depth[0] > 1 and (a.requires_grad or b.requires_grad)



def _dot_np(x2, y2):
    # The gradient matmuls' CPU arithmetic: products summed in two interleaved float32
    # accumulators (even and odd k), then added.
    import numpy as np

    m, k, n = x2.shape[0], x2.shape[1], y2.shape[1]
    if m * k * n > 1 << 22:
        return (x2 @ y2).astype(np.float32)
    p = (x2[:, :, None] * y2[None, :, :]).astype(np.float32)
    z = np.zeros((m, n), np.float32)
    a0 = np.cumsum(p[:, 0::2, :], axis=1, dtype=np.float32)[:, -1, :] if k > 0 else z
    a1 = np.cumsum(p[:, 1::2, :], axis=1, dtype=np.float32)[:, -1, :] if k > 1 else z
    return (a0 + a1).astype(np.float32)


def _fma_np(x2, y2):
    import numpy as np

    acc = np.zeros((x2.shape[0], y2.shape[1]), np.float32)
    xd = x2.astype(np.float64)
    yd = y2.astype(np.float64)
    for k in range(x2.shape[1]):
        acc = (xd[:, k:k + 1] * yd[k:k + 1, :] + acc).astype(np.float32)
    return acc


def _fma_matmul(a, b):
    # ops.matmul with MatMulExt's CPU arithmetic (1-D operands: a running fused multiply-add
    # over k; 2-D: the BLAS kernel; gradients: `_dot_np`).
    import numpy as np

    x = a.numpy(True)
    y = b.numpy(True)
    x2 = x.reshape(1, -1) if x.ndim == 1 else x
    y2 = y.reshape(-1, 1) if y.ndim == 1 else y
    # 1-D operands: a running fused multiply-add over k; 2-D @ 2-D: the BLAS-style kernel
    acc = _fma_np(x2, y2) if (x.ndim == 1 or y.ndim == 1) else (x2 @ y2).astype(np.float32)
    oshape = acc.shape
    if x.ndim == 1:
        acc = acc[0]
    if y.ndim == 1:
        acc = acc[..., 0]
    out = Tensor(np.array(acc, order="C"))
    if not (a.requires_grad or b.requires_grad):
        return out

    def backward(g):
        g2 = g.numpy(True).astype(np.float32).reshape(oshape)
        ga = Tensor(np.asarray(_dot_np(g2, np.ascontiguousarray(y2.T)).reshape(x.shape))) \
            if a.requires_grad else None
        gb = Tensor(np.asarray(_dot_np(np.ascontiguousarray(x2.T), g2).reshape(y.shape))) \
            if b.requires_grad else None
        return [ga, gb]

    return _core.custom_node("MatMulBackward", [a, b], out, backward)


def mm(input, mat2):
    return matmul(input, mat2)


def bmm(input_x, mat2):
    x, m = _t(input_x), _t(mat2)
    return x.bmm(m) if x.ndim == 3 and m.ndim == 3 else matmul(x, m)  # N-D: batched over the leading axes


def dot(input, other):
    a, b = _t(input), _t(other)
    if a.ndim <= 2 and b.ndim <= 2:
        return matmul(a, b)
    # N-D: numpy.dot (last axis of input with the second-to-last of other)
    n = b.shape[-2]
    bt = b.movedim(-2, 0).reshape(n, -1)
    return matmul(a.reshape(-1, n), bt).reshape(tuple(a.shape[:-1]) + tuple(b.shape[:-2]) + tuple(b.shape[-1:]))


def outer(input, vec2):
    return _t(input).unsqueeze(1) * _t(vec2).unsqueeze(0)


def tensor_dot(x1, x2, axes):
    import numpy as np

    return Tensor(np.tensordot(x1.asnumpy(), x2.asnumpy(), axes))


def _pending(err):
    from .._pending import pending

    return pending(err)


# ------------------------------------------------------------------ reductions

def reduce_sum(x, axis=(), keep_dims=False):
    return _sum(_t(x), axis, None, keep_dims)


def sum(input, dim=None, keepdim=False, *, dtype=None):
    return _sum(_t(input), dim, dtype, keepdim)


def reduce_mean(x, axis=(), keep_dims=False):
    return _mean(_t(x), axis, keep_dims)


def mean(input, axis=None, keep_dims=False):
    return _mean(_t(input), axis, keep_dims)


def prod(input, axis=None, keep_dims=False, dtype=None):
    x = _t(input)
    if axis is None or axis == ():
        r = x.prod()
        return r.reshape([1] * x.ndim) if keep_dims else r
    if isinstance(axis, (tuple, list)):
        for a in sorted((d % x.ndim for d in axis), reverse=True):
            x = x.prod(a, keep_dims)
        return x
    return x.prod(axis, keep_dims)




def _extreme(x, axis, keepdims, initial, where, big, index=False):
    # max/min (and the index when `index`) over `axis`; `where` masks elements out, `initial` joins the
    # reduction and wins ties (its index is 0).
    x = _t(x)
    if axis is None or axis == ():
        axis = tuple(range(x.ndim))
    if where is not None and where is not True:
        import numpy as np

        lim = getattr((np.finfo if x.is_floating_point() else np.iinfo)(x._dtype_name), "min" if big else "max")
        x = _core.where_(_t(where), x, _core.full_like(x, lim))
    r = x.amax(axis, keepdims) if big else x.amin(axis, keepdims)
    i = (_CT.argmax if big else _CT.argmin)(x, axis, keepdims) if index else None
    if initial is not None:
        init = _core.full_like(r, initial)
        win = init >= r if big else init <= r
        r = _core.where_(win, init, r)
        i = _core.where_(win, _core.full_like(i, 0), i) if index else None
    return (r, i) if index else r


def amax(input, axis=None, keepdims=False, *, initial=None, where=None):
    return _extreme(input, axis, keepdims, initial, where, True)


def amin(input, axis=None, keepdims=False, *, initial=None, where=None):
    return _extreme(input, axis, keepdims, initial, where, False)


def reduce_max(x, axis=(), keep_dims=False):
    return amax(x, axis, keep_dims)


def reduce_min(x, axis=(), keep_dims=False):
    return amin(x, axis, keep_dims)


def argmax(input, dim=None, keepdim=False):
    r = _CT.argmax(_t(input), dim, keepdim)
    return r


def argmin(input, axis=None, keepdims=False):
    return _CT.argmin(_t(input), axis, keepdims)._cast("int32")  # the Argmin primitive's int32


def max(input, axis=None, keepdims=False, *, initial=None, where=None):
    if axis is None:
        # MindSpore 2.10 returns (max, index) here too, with the index always 0
        return (_t(input).amax(), Tensor(0))
    return _extreme(input, axis, keepdims, initial, where, True, True)


def min(input, axis=None, keepdims=False, *, initial=None, where=None):
    if axis is None:
        # MindSpore 2.10 returns (min, index) here too, with the index always 0
        return (_t(input).amin(), Tensor(0))
    return _extreme(input, axis, keepdims, initial, where, False, True)


def std(input, axis=None, ddof=0, keepdims=False):
    from .._tensor import _std

    return _std(_t(input), axis, ddof, keepdims)


def var(input, axis=None, ddof=0, keepdims=False):
    from .._tensor import _var

    return _var(_t(input), axis, ddof, keepdims)


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None):
    x = _t(A)
    nd = _b.max(x.ndim, 1)
    if not isinstance(dim, (list, tuple)) and dim is not None and not -nd <= dim < nd:
        prim = "ReduceSum" if ord is None or ord == 2 else "LpNorm"
        raise ValueError(f"For primitive[{prim}], the axis value must be in [-{nd},{nd}), but got {dim}.")
    if ord is None:
        if dtype is not None:
            x = astype(x, dtype)
        return _sum(x * x, dim, None, keepdim).sqrt()
    from . import _linalg_func as G  # vector / matrix norms by ord, as MindSpore's math_func.norm

    if dim is None:
        if x.ndim not in (1, 2):
            return None  # MindSpore 2.10's math_func.norm falls through and returns None here
        dim = (0, 1) if x.ndim == 2 else 0
    if isinstance(dim, (list, tuple)) and len(dim) == 2:
        return G.matrix_norm(x, ord, tuple(dim), keepdim, dtype=dtype)
    return G.vector_norm(x, ord, dim, keepdim, dtype=dtype)


def cumsum(x, axis, dtype=None):
    from ._math_ops import _scan

    r = _scan(x, axis)
    return astype(r, dtype) if dtype is not None else r


# ------------------------------------------------------------------ shape

def _shape_err_concat(tensors, axis):
    shapes = [tuple(t.shape) for t in tensors]
    nd = len(shapes[0])
    ax = axis % nd if nd else 0
    for s in shapes[1:]:
        if len(s) != nd:
            raise ValueError(f"For primitive[Concat], all tensors should have the same rank, but got "
                             f"{nd} and {len(s)}.")
        for d in range(nd):
            if d != ax and s[d] != shapes[0][d]:
                all_s = ", ".join("[const vector]{" + ", ".join(str(v) for v in sh) + "}" for sh in shapes)
                raise ValueError(f"For primitive[Concat], shapes of tensors must match except in given concat "
                                 f"axis {axis}, but got mismatch in {d}(all input shapes are [const vector]"
                                 f"{{{all_s}}})!")


def concat(tensors, axis=0):
    ts = [_t(t) for t in tensors]
    _shape_err_concat(ts, axis)
    return _core.cat(ts, axis)


cat = concat


def stack(tensors, axis=0):
    return _core.stack([_t(t) for t in tensors], axis)


def reshape(input, shape):
    x = _t(input)
    if isinstance(shape, int):
        shape = (shape,)
    shape = tuple(shape)
    n = x.numel()
    known = 1
    for s in shape:
        if s != -1:
            known *= s
    bad = (shape.count(-1) > 1 or (-1 not in shape and known != n)
           or (-1 in shape and (known == 0 or n % known != 0)))
    if bad:
        raise ValueError("proposed_shape '[const vector]{" + ", ".join(str(s) for s in shape)
                         + f"}}' is invalid for input of size {n}")
    return x.reshape(*shape)


def transpose(input, input_perm):
    return _t(input).permute(*input_perm)


def permute(input, axis):
    return _t(input).permute(*axis)


def swapaxes(input, axis0, axis1):
    return _t(input).swapaxes(axis0, axis1)


def t(input):
    return _t(input).t()


def expand_dims(input_x, axis):
    return _t(input_x).unsqueeze(axis)


def unsqueeze(input, dim):
    return _t(input).unsqueeze(dim)


def squeeze(input, axis=None):
    x = _t(input)
    if isinstance(axis, list):
        axis = tuple(axis)
    return _CT.squeeze(x, axis)


def flatten(input, order="C", *, start_dim=1, end_dim=-1):
    x = _t(input)
    if x.ndim == 0:
        return x.reshape(1)
    return _CT.flatten(x, start_dim, end_dim)


def broadcast_to(input, shape):
    from .._tensor import _broadcast_to

    return _broadcast_to(_t(input), shape)


def tile(input, dims):
    from .._tensor import _tile

    return _tile(_t(input), dims)


def split(tensor, split_size_or_sections, axis=0):
    r = _t(tensor).split(split_size_or_sections, axis)
    return tuple(r)


def chunk(input, chunks, axis=0):
    return tuple(_t(input).chunk(chunks, axis))


def gather(input_params, input_indices, axis=0, batch_dims=0):
    x = _t(input_params)
    idx = _t(input_indices)
    axis %= _b.max(x.ndim, 1)
    if batch_dims:  # the leading batch_dims dimensions of params and indices pair up
        b = batch_dims + idx.ndim if batch_dims < 0 else batch_dims
        return _core.stack([gather(x[i], idx[i], axis - 1, b - 1) for i in range(x.shape[0])], 0) if b else \
            gather(x, idx, axis)
    flat = idx.reshape(-1)._cast("int64")
    r = x.index_select(axis, flat)
    shape = list(x.shape[:axis]) + list(idx.shape) + list(x.shape[axis + 1:])
    return r.reshape(*shape)


def masked_fill(input_x, mask, value):
    return _t(input_x).masked_fill(mask, value)


def cast(input, dtype):
    if not isinstance(dtype, _dtype.Type):
        raise TypeError(f"For 'Cast', the input 'dtype' should be mindspore dtype, but got {dtype}.")
    return astype(_t(input), dtype)


def shape(input_x):
    return tuple(input_x.shape)


def size(input_x):
    return _t(input_x).numel()


numel = size


def rank(input_x):
    return _t(input_x).ndim


def dtype(input_x):
    return input_x.dtype


def _shape_arg(shape):
    if isinstance(shape, int):
        return (shape,)
    return tuple(shape)


def _creation(shape, value, dtype, name=None):
    import numpy as np

    dt = dtype or _dtype.float32
    for i, d in enumerate(_shape_arg(shape) if name else ()):
        if d < 0:
            raise ValueError(f"For primitive[{name}], the {'the ' * (name == 'Zeros')}{i}th dimension of input "
                             f"shape must be greater than or equal to 0, but got {d}.")
    return Tensor(np.full(_shape_arg(shape), value, dtype=dt._name.replace("bfloat16", "float32")), dt)


def ones(shape, dtype=None):
    return _creation(shape, 1, dtype, "Ones")


def zeros(size, dtype=None):
    return _creation(size, 0, dtype, "Zeros")


def full(size, fill_value, *, dtype=None):
    # MindSpore 2.10: without dtype the result is int64 whatever the fill value (1.2 -> 1, True -> 1)
    return _creation(size, fill_value, _dtype.int64 if dtype is None else dtype)


def fill(type, shape, value):
    return _creation(shape, value, type)


def _like(input, value, dtype):
    x = _t(input)
    if dtype is not None:
        return _creation(tuple(x.shape), value, dtype)
    m = getattr(x, "_msdt", None)
    if m:
        return _creation(tuple(x.shape), value, _dtype.by_name(m))
    return _core.full_like(x, value)


def ones_like(input, *, dtype=None):
    return _like(input, 1.0, dtype)


def zeros_like(input, *, dtype=None):
    return _like(input, 0.0, dtype)


def full_like(input, fill_value, *, dtype=None):
    return _like(input, fill_value, dtype)


def arange(start=0, end=None, step=1, *, dtype=None):
    import numpy as np

    if end is None:
        start, end = 0, start
    vals = [v.item() if isinstance(v, _CT) else v for v in (start, end, step)]
    isf = _b.any(isinstance(v, float) for v in vals)
    a = np.arange(*vals)
    if dtype is None:
        dtype = _dtype.float32 if isf else _dtype.int64
    return Tensor(a.astype(dtype._name), dtype)


def linspace(start, end, steps):
    import numpy as np

    return Tensor(np.linspace(float(start), float(end), int(steps)).astype("float32"))


def eye(n, m=None, dtype=None):
    import numpy as np

    dt = dtype or _dtype.float32
    return Tensor(np.eye(n, m).astype(dt._name), dt)


def _rng():
    import numpy as np

    return np.random


def _rand_shape(size):
    shape = size[0] if len(size) == 1 and isinstance(size[0], (tuple, list)) else size
    return tuple(int(d) for d in shape)


def _rand_kernel(seed, kernel_name):
    # MindSpore: a fresh StandardNormal / UniformReal primitive seeded by _get_graph_seed per call
    from .. import _random

    return _random.KernelRng(*_random.get_graph_seed(seed, kernel_name))


def randn(*size, dtype=None, seed=None):
    if dtype is not None and dtype not in (_dtype.float16, _dtype.float32, _dtype.float64, _dtype.bfloat16):
        raise ValueError(f"For 'randn', the 'dtype' must be a float type, but got {dtype}.")
    dt = dtype or _dtype.float32
    out = _rand_kernel(seed, "randn").standard_normal(_rand_shape(size))
    return Tensor(out, _dtype.float32).astype(dt) if dt != _dtype.float32 else Tensor(out, dt)


def standard_normal(shape, seed=None):
    return Tensor(_rand_kernel(seed, "standard_normal").standard_normal(_rand_shape((shape,))), _dtype.float32)


def rand(*size, dtype=None, seed=None):
    if dtype is not None and dtype not in (_dtype.float16, _dtype.float32, _dtype.float64, _dtype.bfloat16):
        raise ValueError(f"For 'rand', the 'dtype' must be a float type, but got {dtype}.")
    dt = dtype or _dtype.float32
    out = _rand_kernel(seed, "rand").uniform_real(_rand_shape(size))
    return Tensor(out, _dtype.float32).astype(dt) if dt != _dtype.float32 else Tensor(out, dt)


def uniform(shape, minval, maxval, seed=None, dtype=None):
    if not isinstance(minval, _CT) or not isinstance(maxval, _CT):
        raise TypeError("For functional operator[uniform], the input[minval] and input[maxval] must be a Tensor.")
    dt = dtype or _dtype.float32
    if dt not in (_dtype.int32, _dtype.float32):
        raise TypeError(f"For 'uniform', the 'dtype' must be in [Int32, Float32], but got {dt}.")
    if minval.dtype != dt or maxval.dtype != dt:
        raise TypeError(f"For 'uniform', the dtype of minval and maxval must be the same as 'dtype' {dt}, "
                        f"but got {minval.dtype} and {maxval.dtype}.")
    k = _rand_kernel(seed, "uniform")
    if dt == _dtype.int32:
        lo, hi = int(minval.item()), int(maxval.item())
        if hi <= lo:
            raise ValueError(f"For 'Random', invalid min/max values: ({lo}/{hi})")
        return Tensor(k.uniform_int(_rand_shape((shape,)), lo, hi).astype("int32"), _dtype.int32)
    return Tensor(k.uniform_real(_rand_shape((shape,))), _dtype.float32) * (maxval - minval) + minval


def normal(shape, mean, stddev, seed=None):
    mean = mean if isinstance(mean, _CT) else Tensor(mean)
    stddev = stddev if isinstance(stddev, _CT) else Tensor(stddev)
    value = Tensor(_rand_kernel(seed, "normal").standard_normal(_rand_shape((shape,))), _dtype.float32)
    return value * stddev + mean


def where(condition, input=None, other=None):
    c = _t(condition)
    if input is None:
        import numpy as np

        return tuple(Tensor(i.astype("int64")) for i in np.nonzero(c.asnumpy()))
    return _core.where_(c, input, other)


def select(condition, input, other):
    t = input if isinstance(input, _CT) else other if isinstance(other, _CT) else None
    c = lambda v: v if isinstance(v, _CT) else Tensor(v, t.dtype if t is not None and isinstance(v, float) else None)
    return _core.where_(_t(condition), c(input), c(other))


def _cmp(name):
    def op(input, other):
        a, b = _bin(input, other)
        return getattr(_CT, name)(a, b)

    op.__name__ = name
    return op


equal = eq = _cmp("eq")
not_equal = ne = _cmp("ne")
greater = gt = _cmp("gt")
greater_equal = ge = _cmp("ge")
less = lt = _cmp("lt")
less_equal = le = _cmp("le")


def logical_and(input, other):
    return _t(input).logical_and(_t(other))


def logical_or(input, other):
    return _t(input).logical_or(_t(other))


def logical_not(input):
    return _t(input).logical_not()


def _num(v):
    return v.item() if isinstance(v, _CT) else v


def clamp(input, min=None, max=None):
    x = _t(input)
    if isinstance(min, _CT) and min.numel() > 1 or isinstance(max, _CT) and max.numel() > 1:
        x = x if min is None else x.maximum(_t(min, x))
        return x if max is None else x.minimum(_t(max, x))
    return x.clamp(_num(min), _num(max))


clip = clamp


def clip_by_value(x, clip_value_min=None, clip_value_max=None):
    return clamp(x, clip_value_min, clip_value_max)


def isnan(input):
    return input != input


def isinf(input):
    return input.abs() == float("inf")


def isfinite(input):
    return (input == input).logical_and(input.abs() != float("inf"))


def sort(input_x, axis=-1, descending=False):
    import numpy as np

    a = input_x.asnumpy()
    idx = np.argsort(-a if descending else a, axis=axis, kind="stable")
    return Tensor(np.take_along_axis(a, idx, axis)), Tensor(idx.astype("int32"))


def _nth_element(idx, v, nth):
    # libstdc++'s std::nth_element(idx, idx + nth, idx + n) ordering indices by v[i] > v[j] (introselect:
    # median-of-3 unguarded partitions while more than 3 remain, then an insertion sort).
    first, last = 0, len(idx)
    while last - first > 3:
        a, b, c = idx[first + 1], idx[first + (last - first) // 2], idx[last - 1]
        m = (b if v[b] > v[c] else c if v[a] > v[c] else a) if v[a] > v[b] else \
            (a if v[a] > v[c] else c if v[b] > v[c] else b)
        j = idx.index(m, first + 1)
        idx[first], idx[j] = m, idx[first]
        p, lo, hi = v[m], first + 1, last
        while True:
            while v[idx[lo]] > p:
                lo += 1
            hi -= 1
            while p > v[idx[hi]]:
                hi -= 1
            if lo >= hi:
                break
            idx[lo], idx[hi] = idx[hi], idx[lo]
            lo += 1
        first, last = (lo, last) if lo <= nth else (first, lo)
    for i in range(first + 1, last):
        val, j = idx[i], i
        while j > first and v[val] > v[idx[j - 1]]:
            idx[j] = idx[j - 1]
            j -= 1
        idx[j] = val
    return idx


def topk(input, k, dim=None, largest=True, sorted=True):
    import numpy as np

    x = _t(input)
    d = (-1 if dim is None else dim) % _b.max(x.ndim, 1)
    a = np.moveaxis(x.asnumpy(), d, -1) if x.ndim else x.asnumpy().reshape(1)
    rows = a.reshape(-1, a.shape[-1])
    idx = np.argsort(-rows if largest else rows, axis=-1, kind="stable")[:, :k]
    if largest and k <= rows.shape[1] // 2:
        # MindSpore's CPU TopK: nth_element, then a stable sort of the first k (the order of ties)
        for r, row in enumerate(rows):
            if len(np.unique(row)) < len(row):
                v = row.tolist()
                idx[r] = _b.sorted(_nth_element(list(range(len(v))), v, k)[:k], key=v.__getitem__, reverse=True)
    i = Tensor(np.moveaxis(idx.reshape(a.shape[:-1] + (k,)), -1, d) if x.ndim else idx.reshape(k))
    return (x.gather(d, i) if x.ndim else x.reshape(1)[i]), i._cast("int32")


def one_hot(indices, depth, on_value=1, off_value=0, axis=-1):
    from .. import _core
    from .._tensor import TAG

    hit = _core.one_hot_mask(indices, depth)
    val = lambda v: _core.full([], float(_num(v)), "float32", False, TAG)
    out = _core.where_(hit, val(on_value), val(off_value))
    if axis != -1:
        out = out.movedim(-1, axis)
    dt = on_value.dtype if isinstance(on_value, _CT) else _dtype.float32 if isinstance(on_value, float) else _dtype.int64
    return out if dt == _dtype.float32 else out.astype(dt)


def depend(value, expr):
    return value


# ------------------------------------------------------------------ losses

def _reduce(x, reduction):
    if reduction == "mean":
        return x.mean()
    if reduction == "sum":
        return x.sum()
    if reduction == "none":
        return x
    raise ValueError(f"For 'reduction', the value should be 'none', 'mean' or 'sum', but got {reduction}.")


def binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None, reduction="mean"):
    from .. import _losses

    return _losses.bce_with_logits(_t(input), _t(target), weight, pos_weight, reduction)


def binary_cross_entropy(input, target, weight=None, reduction="mean"):
    from .. import _losses

    return _losses.bce(_t(input), _t(target), weight, reduction)


def mse_loss(input, target, reduction="mean"):
    d = _t(input) - _t(target)
    return _reduce(d * d, reduction)


def l1_loss(input, target, reduction="mean"):
    return _reduce((_t(input) - _t(target)).abs(), reduction)


def cross_entropy(input, target, weight=None, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    from .. import _losses

    return _losses.cross_entropy(_t(input), _t(target), weight, ignore_index, reduction, label_smoothing)


def nll_loss(inputs, target, weight=None, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    from .. import _losses

    return _losses.nll_loss(_t(inputs), _t(target), weight, ignore_index, reduction, label_smoothing)


def partial(func, *args):
    """ops.partial / F.partial: func with its first arguments bound."""
    import functools

    return functools.partial(func, *args)


def __getattr__(name):
    # mindspore.ops.functional (imported as F in MindSpore code) exposes the functional operators of
    # mindspore.ops: functions defined in the other ops modules resolve here too
    if name[:1].islower() and not name.startswith("_") and name not in _NOT_IN_F:
        from .. import ops as _ops

        if name in _ops.__dict__:
            return _ops.__dict__[name]
    raise AttributeError(f"module 'mindspore.ops.functional' has no attribute '{name}'")


# mindspore.ops names that MindSpore 2.10's ops.functional does not have
_NOT_IN_F = {"composite", "functional", "masked_scatter", "operations", "prim_attr_register", "primitives"}

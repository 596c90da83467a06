# Loss kernels with MindSpore's float32 evaluation order (forward in numpy, gradient as a
# custom node built from differentiable tensor ops).
from .._lazy import np

from .. import _core
from ._tensor import TAG, Tensor

_CT = _core.Tensor
_THREADS = [None]


def _threads():
    if _THREADS[0] is None:
        import os

        _THREADS[0] = max(1, min(os.cpu_count() or 1, 32))
    return _THREADS[0]


def _seq_sum(flat):
    s = np.float32(0)
    for v in flat:
        s = np.float32(s + v)
    return s


def _partial_sum(flat):
    # Sum as MindSpore's CPU kernels do: one running float32 sum per thread chunk, then the
    # chunk sums in order.
    n = flat.size
    t = min(n, _threads())
    if t == 0:
        return np.float32(0)
    stride = -(-n // t)
    total = np.float32(0)
    for k in range(t):
        s = np.float32(0)
        for v in flat[k * stride:(k + 1) * stride]:
            s = np.float32(s + v)
        total = np.float32(total + s)
    return total


_P = None


def _fma(a, b, c):
    return (a.astype(np.float64) * b + c).astype(np.float32)


def ms_exp(x):
    """exp as MindSpore's CPU (nnacl, AVX2 + FMA) kernels evaluate it: a degree-5 polynomial on
    the reduced argument."""
    f = np.float32
    p0, p1, p2, p3, p4, p5 = f(0.693147), f(1) / f(120), f(1) / f(24), f(1) / f(6), f(0.5), f(1)
    x = np.clip(np.asarray(x, np.float32), f(-88), f(88))
    integer = np.rint((x / p0).astype(np.float32)).astype(np.int32)
    d = _fma(-integer.astype(np.float32), p0, x)
    x1 = _fma(d, p1, p2)
    s1 = _fma(d, x1, p3)
    x2 = _fma(d, s1, p4)
    s2 = _fma(d, x2, p5)
    de = _fma(d, s2, p5)
    ie = ((integer + 127) << 23).astype(np.int32).view(np.float32)
    return (de * ie).astype(np.float32)


def ms_sigmoid(x):
    one = np.float32(1)
    return (one / (one + ms_exp(-np.asarray(x, np.float32)))).astype(np.float32)


def _expf(x):
    # glibc expf (correctly rounded): float64 exp rounded to float32.
    return np.exp(np.asarray(x, np.float64)).astype(np.float32)


def _logf(x):
    return np.log(np.asarray(x, np.float64)).astype(np.float32)


def _arr(x, like):
    if x is None:
        return np.ones_like(like)
    if isinstance(x, _CT):
        return x.numpy(True).astype(np.float32, copy=False)
    return np.asarray(x, np.float32)


def bce_with_logits(logits, label, weight, pos_weight, reduction):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"For 'BCEWithLogitsLoss', the 'reduction' must be 'none', 'mean' or 'sum', "
                         f"but got {reduction}.")
    x = logits.numpy(True).astype(np.float32, copy=False)
    y = np.broadcast_to(label.numpy(True).astype(np.float32, copy=False), x.shape)
    w = np.broadcast_to(_arr(weight, x), x.shape)
    pw = np.broadcast_to(_arr(pos_weight, x), x.shape)
    one = np.float32(1)
    with np.errstate(over="ignore"):
        mx = np.maximum(-x, np.float32(0))
        log_weight = (pw - one) * y + one
        log_exp = _logf((_expf(-mx) + _expf(-x - mx)).astype(np.float32))
        loss = (one - y) * x + log_weight * (log_exp + mx)
        loss = (loss * w).astype(np.float32)
    if reduction == "none":
        out = loss
    else:
        s = _partial_sum(loss.reshape(-1))
        out = np.float32(s / np.float32(x.size)) if reduction == "mean" else s
    res = Tensor(np.asarray(out, np.float32))
    if not logits.requires_grad:
        return res
    wt = weight if isinstance(weight, _CT) else None
    # MindSpore passes a tensor of ones for a missing pos_weight, and its gradient rule
    # ((t + 1 - y) * sigmoid(x) - t) with t = y * pos_weight keeps that rounding
    pwt = pos_weight if isinstance(pos_weight, _CT) else _core.full_like(logits.detach(), 1.0)
    n = x.size

    def backward(g):
        if _core.is_grad_enabled() or logits._dtype_name != "float32":
            sig = logits.sigmoid()
        else:
            sig = Tensor(ms_sigmoid(logits.numpy(True)))
        if pwt is not None:
            t = label * pwt
            dx = (((t + 1.0) - label) * sig - t) * g
        else:
            dx = (sig - label) * g
        if wt is not None:
            dx = dx * wt
        if reduction == "mean":
            dx = dx / float(n)
        return [dx]

    return _core.custom_node("BCEWithLogitsLossBackward", [logits], res, backward)


def bce(logits, labels, weight, reduction):
    x = logits.numpy(True).astype(np.float32, copy=False)
    y = labels.numpy(True).astype(np.float32, copy=False)
    w = _arr(weight, x) if weight is not None else None
    eps = np.float32(1e-12)
    one = np.float32(1)
    loss = -(y * _logf(np.maximum(x, eps)) + (one - y) * _logf(np.maximum(one - x, eps)))
    if w is not None:
        loss = w * loss
    loss = loss.astype(np.float32)
    if reduction == "none":
        out = loss
    else:
        s = _seq_sum(loss.reshape(-1))
        out = np.float32(s / np.float32(x.size)) if reduction == "mean" else s
    res = Tensor(np.asarray(out, np.float32))
    if not logits.requires_grad:
        return res
    n = x.size

    def backward(g):
        xx = logits.detach()
        d = (xx - labels) / ((1.0 - xx) * xx).clamp(1e-12, None)
        if weight is not None:
            d = d * weight
        if reduction == "mean":
            d = d / float(n)
        return [d * g]

    return _core.custom_node("BinaryCrossEntropyBackward", [logits], res, backward)


def _reduce(x, reduction):
    if x._dtype_name == "float32" and reduction in ("mean", "sum") and x.ndim == 1:
        # MindSpore's ReduceSum order (float32 lanes), then the division by the count
        s = _core.sum_flavor(x, None, False, "ms")
        return s / float(x.shape[0]) if reduction == "mean" else s
    if reduction == "mean":
        return x.mean()
    if reduction == "sum":
        return x.sum()
    return x


def nll_loss(inputs, target, weight, ignore_index, reduction, label_smoothing):
    c = inputs.shape[1]
    tgt = target._cast("int64")
    onehot = _onehot(tgt, c, inputs)
    loss = -(inputs * onehot).sum(1)
    if weight is not None:
        wsel = (onehot * weight).sum(1)
        loss = loss * wsel
        if reduction == "mean":
            return loss.sum() / wsel.sum()
    return _reduce(loss, reduction)


def _onehot(tgt, c, like):
    # (arange(c) == target) in like's dtype, classes on axis 1; targets outside [0, c) give zero rows.
    oh = _core.one_hot_mask(tgt, c)
    oh = oh._cast(like._dtype_name)
    return oh.movedim(-1, 1) if oh.ndim > 2 else oh


def _inner_log_softmax(x, axis):
    # MindSpore's `_innner_log_softmax`, x - logsumexp(x, axis, keepdim), as the composite of
    # its CPU kernels: x - (log(sum(exp(x - max))) + max) (polynomial exp, the ReduceSum order,
    # the vectorised log), differentiated op by op like MindSpore does.
    if x._dtype_name != "float32":
        return x.log_softmax(axis)
    mx = x.amax(axis, True)
    e = _core.unary_flavor(x - mx, "exp_ms")
    s = _core.sum_flavor(e, [axis], True, "ms")
    return x - (_core.unary_flavor(s, "log_ms") + mx)


def cross_entropy(inputs, target, weight, ignore_index, reduction, label_smoothing):
    class_dim = 0 if inputs.ndim == 1 else 1
    logp = _inner_log_softmax(inputs, class_dim)
    if target.is_floating_point():
        # class probabilities
        c = inputs.shape[class_dim]
        tgt = target
        if label_smoothing > 0:
            tgt = tgt * (1 - label_smoothing) + label_smoothing / c
        loss = -(logp * tgt)
        if weight is not None:
            loss = loss * weight
        loss = loss.sum(class_dim)
        if reduction == "mean":
            return loss.sum() / float(inputs.shape[0] if inputs.ndim > 1 else 1)
        return _reduce(loss, reduction)
    c = inputs.shape[class_dim]
    if label_smoothing > 0:
        tgt = target._cast("int64")
        onehot = _onehot(tgt, c, inputs)
        nll = -(logp * onehot).sum(class_dim)
        smooth = -(logp.sum(class_dim)) / float(c)
        if reduction == "mean":
            return nll.mean() * (1 - label_smoothing) + smooth.mean() * label_smoothing
        if reduction == "sum":
            return nll.sum() * (1 - label_smoothing) + smooth.sum() * label_smoothing
        return nll * (1 - label_smoothing) + smooth * label_smoothing
    return nll_loss(logp, target, weight, ignore_index, reduction, 0.0)


def _fused_ok(logits, labels):
    return (isinstance(logits, _CT) and isinstance(labels, _CT) and logits._dtype_name == "float32"
            and logits.ndim == 2)


def softmax_ce(logits, labels):
    """SoftmaxCrossEntropyWithLogits kernel: (per-row loss, backprop), MindSpore's CPU float32
    arithmetic (ferrograd-core `ops::flavor_ms_nn`) for 2-D float32 logits."""
    if _fused_ok(logits, labels) and tuple(labels.shape) == tuple(logits.shape):
        return _core.ms_sce(logits, labels)
    loss = -(logits.log_softmax(-1) * labels).sum(-1)
    return loss, (logits.softmax(-1) - labels).detach()


def softmax_ce_dense(logits, labels):
    """SoftmaxCrossEntropyWithLogits kernel: per-row loss."""
    return softmax_ce(logits, labels)[0]


def sparse_softmax_ce(logits, labels, is_grad=False):
    """SparseSoftmaxCrossEntropyWithLogits kernel: the batch-mean loss (or, with `is_grad`, its
    gradient), MindSpore's CPU float32 arithmetic for 2-D float32 logits."""
    if _fused_ok(logits, labels) and labels._dtype_name in ("int32", "int64"):
        return _core.ms_sparse_sce(logits, labels, is_grad)
    c = logits.shape[-1]
    onehot = _onehot(labels._cast("int64"), c, logits)
    if is_grad:
        return ((logits.softmax(-1) - onehot) / float(logits.shape[0])).detach()
    return (-(logits.log_softmax(-1) * onehot).sum(-1)).mean()

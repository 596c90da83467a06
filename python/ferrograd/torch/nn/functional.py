# torch.nn.functional over ferrograd's tensor ops; composite losses carry torch's grad_fn names.
import math as _math
import warnings as _warnings

from ... import _core

_T = _core.Tensor
_TAG = 0


def _reduction_enum(reduction):
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    return reduction


def _legacy_reduction(size_average, reduce, reduction):
    if size_average is None and reduce is None:
        return reduction
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    if size_average and reduce:
        return "mean"
    if reduce:
        return "sum"
    return "none"


def _reduce(loss, reduction):
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    if reduction == "none":
        return loss
    raise ValueError(f"{reduction} is not a valid value for reduction")


def _scalar(v, like):
    return _core.full([], v, like.dtype, False, _TAG)


# ---- activations ----
def relu(input, inplace=False):
    return input.relu()


def relu6(input, inplace=False):
    return hardtanh(input, 0.0, 6.0)


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    return input.clamp(min_val, max_val)._named("HardtanhBackward0")


def leaky_relu(input, negative_slope=0.01, inplace=False):
    out = _core.where_(input > 0, input, input * negative_slope)
    return out._named("LeakyReluBackward0")


def elu(input, alpha=1.0, inplace=False):
    out = _core.where_(input > 0, input, input.expm1() * alpha)
    return out._named("EluBackward0")


def silu(input, inplace=False):
    return (input * input.sigmoid())._named("SiluBackward0")


def softplus(input, beta=1.0, threshold=20.0):
    bx = input * beta
    soft = bx.exp().log1p() / beta
    return _core.where_(bx > threshold, input, soft)._named("SoftplusBackward0")


def logsigmoid(input):
    return (-softplus(-input))._named("LogSigmoidBackward0")


def sigmoid(input):
    return input.sigmoid()


def tanh(input):
    return input.tanh()


def _get_softmax_dim(name, ndim, stacklevel):
    _warnings.warn(
        f"Implicit dimension choice for {name} has been deprecated. "
        "Change the call to include dim=X as an argument.",
        stacklevel=stacklevel,
    )
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim("softmax", input.dim(), _stacklevel)
    if dtype is not None:
        input = input.to(dtype)
    return input.softmax(dim)


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim("log_softmax", input.dim(), _stacklevel)
    if dtype is not None:
        input = input.to(dtype)
    return input.log_softmax(dim)


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim("softmin", input.dim(), _stacklevel)
    return (-input).softmax(dim)


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    denom = input.norm(p, dim, True).clamp_min(eps).expand_as(input)
    return input / denom


# ---- linear / dropout / misc ----
_fused_cls = {}


def _fused(name, out, ins):
    # One graph node `name` whose edges are `ins` (as torch's fused kernels have); its backward
    # differentiates the composite `out` that was computed from `ins`.
    if out.grad_fn is None:
        return out
    live = [i for i, x in enumerate(ins) if x is not None and x.requires_grad]
    src = [ins[i] for i in live]

    def bw(g):
        gs = _core.grad([out], src, [g], True, _core.is_grad_enabled(), True)
        r = [None] * len(ins)
        for i, gi in zip(live, gs):
            r[i] = gi
        return [r[i] for i in range(len(ins)) if ins[i] is not None]

    cls = _fused_cls.get(name)
    if cls is None:
        cls = _fused_cls[name] = type(name, (_core.Node,), {"__module__": "torch.autograd.graph"})
    return _core.custom_node(name, [x for x in ins if x is not None], out, bw, cls)


def linear(input, weight, bias=None):
    if bias is not None:
        # 2-D input: one fused addmm node (AddmmBackward0 with edges bias, input, weight.t())
        out = _core.linear_addmm(input, weight, bias)
        if out is not None:
            return out
    nd = input.dim()
    if nd == 2:
        if bias is None:
            return input.mm(weight.t())
        # bias first, renamed in place: AddmmBackward0's first edge is the bias, as in torch
        return (bias + input.mm(weight.t()))._renamed("AddmmBackward0")
    out = input.matmul(weight.t())
    if bias is not None:
        out = out + bias
    if bias is not None or nd > 2:
        out = out._named("UnsafeViewBackward0")
    return out


def bilinear(input1, input2, weight, bias=None):
    out = (input1.unsqueeze(1).unsqueeze(-2).matmul(weight.unsqueeze(0)).matmul(input2.unsqueeze(1).unsqueeze(-1)))
    out = out.squeeze(-1).squeeze(-1)
    return out + bias if bias is not None else out


def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0.0:
        return input
    if p == 1.0:
        return input * _core.zeros(dtype=input.dtype, tag=_TAG)
    # ATen (CPU): noise = empty_like(input).bernoulli_(1 - p).div_(1 - p); input * noise
    from .. import _random

    noise = _random.bernoulli_(_core.full_like(input.detach(), 0.0, None, False), 1.0 - p)
    noise = noise / (1.0 - p)
    if inplace:
        return input.mul_(noise)
    return input * noise


def one_hot(tensor, num_classes=-1):
    return _core.one_hot(tensor, num_classes)


def pad(input, pad, mode="constant", value=None):
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) > 2 * input.dim():
        raise RuntimeError("Padding length should be less than or equal to two times the input dimension but got "
                           f"padding length {len(pad)} and input of dimension {input.dim()}")
    if mode != "constant":
        if mode not in ("reflect", "replicate", "circular"):
            raise NotImplementedError(f"Unrecognised padding mode {mode}")
        if value is not None and value != 0:
            raise AssertionError(f'Padding mode "{mode}" doesn\'t take in value argument')
        from .modules.padding import _pad_index

        if mode == "circular":
            return _pad_circular(input, pad)
        return _pad_index(input, pad, mode)
    value = 0.0 if value is None else value
    x = input
    nd = x.dim()
    for i in range(len(pad) // 2):
        d = nd - 1 - i
        lo, hi = pad[2 * i], pad[2 * i + 1]
        parts = []
        if lo > 0:
            s = list(x.shape)
            s[d] = lo
            parts.append(_core.full(s, value, x.dtype, False, _TAG))
        parts.append(x)
        if hi > 0:
            s = list(x.shape)
            s[d] = hi
            parts.append(_core.full(s, value, x.dtype, False, _TAG))
        x = _core.cat(parts, d) if len(parts) > 1 else x
    return x


def _pad_circular(x, pad):
    import numpy as np

    for i in range(len(pad) // 2):
        d = x.dim() - 1 - i
        lo, hi = pad[2 * i], pad[2 * i + 1]
        n = x.shape[d]
        if lo > n or hi > n:
            raise RuntimeError("Padding value causes wrapping around more than once.")
        idx = np.arange(-lo, n + hi) % n
        x = x.index_select(d, _core.tensor(idx.astype(np.int64), None, False, _TAG))
    return x


def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    # as ATen: each input divided by its (clamped) norm, then the product summed (SumBackward1)
    n1 = x1.norm(2, dim, True).clamp_min(eps)
    n2 = x2.norm(2, dim, True).clamp_min(eps)
    return ((x1 / n1) * (x2 / n2)).sum(dim)


# ---- losses ----
def _check_same_size(input, target, name):
    if tuple(target.shape) != tuple(input.shape):
        _warnings.warn(
            f"Using a target size ({target.shape}) that is different to the input size ({input.shape}). "
            "This will likely lead to incorrect results due to broadcasting. "
            "Please ensure they have the same size.",
            stacklevel=3,
        )


def _weighted(loss, weight, input, reduction, mean_by_weight=True):
    # torch's Python path for a loss given `weight`: elementwise loss * weight, mean over sum(weight) or count.
    if tuple(weight.shape) != tuple(input.shape):
        raise ValueError("Weights and input must have the same size.")
    loss = loss * weight
    if reduction == "mean":
        return loss.sum() / weight.sum() if mean_by_weight else loss.mean()
    if reduction not in ("none", "sum"):
        raise ValueError(f"Invalid reduction mode: {reduction}. Expected one of 'none', 'mean', 'sum'.")
    return _reduce(loss, reduction)


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    _check_same_size(input, target, "mse_loss")
    d = input - target
    if weight is not None:
        return _weighted(d.pow(2), weight, input, reduction)
    return _fused("MseLossBackward0", _reduce(d * d, reduction), [input, target])


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    _check_same_size(input, target, "l1_loss")
    loss = (input - target).abs()
    if weight is not None:
        return _weighted(loss, weight, input, reduction)
    return _reduce(loss, reduction)


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    _check_same_size(input, target, "smooth_l1_loss")
    d = (input - target).abs()
    if beta == 0.0:
        loss = d
    else:
        loss = _core.where_(d < beta, d * d * (0.5 / beta), d - 0.5 * beta)
    return _reduce(loss, reduction)._named("SmoothL1LossBackward0")


def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    _check_same_size(input, target, "huber_loss")
    d = (input - target).abs()
    loss = _core.where_(d < delta, d * d * 0.5, (d - 0.5 * delta) * delta)
    if weight is not None:
        return _weighted(loss._named("HuberLossBackward0"), weight, input, reduction, False)
    return _reduce(loss, reduction)._named("HuberLossBackward0")


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    if tuple(target.shape) != tuple(input.shape):
        raise ValueError(
            f"Using a target size ({target.shape}) that is different to the input size ({input.shape}) is deprecated. "
            "Please ensure they have the same size.")
    if not bool(((input >= 0) & (input <= 1)).all()):
        raise RuntimeError("all elements of input should be between 0 and 1")
    log_p = input.log().clamp_min(-100.0)
    log_1mp = (1 - input).log().clamp_min(-100.0)
    loss = (target - 1) * log_1mp - target * log_p
    if weight is not None:
        loss = loss * weight
    return _reduce(loss, reduction)._named("BinaryCrossEntropyBackward0")


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    if tuple(target.shape) != tuple(input.shape):
        raise ValueError(f"Target size ({target.shape}) must be the same as input size ({input.shape})")
    prev = _core.set_grad_enabled(False)
    try:
        # log_sigmoid(x) = min(x, 0) - log1p(exp(-|x|)), as torch computes it
        log_sig = input.clamp_max(0.0) - (-input.abs()).exp().log1p()
        log_weight = None
        if pos_weight is not None:
            log_weight = (pos_weight - 1) * target + 1
            log_sig_w = log_sig * log_weight
        else:
            log_sig_w = log_sig
        loss = (1 - target) * input - log_sig_w
        if weight is not None:
            loss = loss * weight
    finally:
        _core.set_grad_enabled(prev)

    def backward(g):
        # d/dx = lw * sigmoid(x) - pw * y ; d/dy = -x - (pw - 1) * log_sigmoid(x)
        sig = input.sigmoid()
        if pos_weight is not None:
            gx = log_weight * sig - pos_weight * target
            gy = -input - (pos_weight - 1) * log_sig
        else:
            gx = sig - target
            gy = -input
        if weight is not None:
            gx = gx * weight
            gy = gy * weight
        gx = g * gx
        gy = g * gy
        return [_sum_to(gx, input.shape), _sum_to(gy, target.shape)]

    loss = _core.custom_node("BinaryCrossEntropyWithLogitsBackward0", [input, target], loss, backward)
    return _reduce(loss, reduction)._named("BinaryCrossEntropyWithLogitsBackward0")


def _sum_to(g, shape):
    shape = tuple(shape)
    if tuple(g.shape) == shape:
        return g
    lead = g.dim() - len(shape)
    if lead > 0:
        g = g.sum(tuple(range(lead)))
    dims = tuple(i for i, s in enumerate(shape) if s == 1 and g.shape[i] != 1)
    if dims:
        g = g.sum(dims, True)
    return g


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    _reduction_enum(reduction)
    if input.dim() < 1:
        raise ValueError(f"Expected 1 or more dimensions (got {input.dim()})")
    if target._dtype_name not in ("int64", "int32"):
        names = {"float32": "Float", "float64": "Double", "bool": "Bool", "float16": "Half"}
        raise RuntimeError(f"expected target dtype to be Long or Byte, but got {names.get(target._dtype_name, target._dtype_name)}")
    if input.dim() == 1:
        if target.dim() != 0:
            raise ValueError(f"Expected input batch_size ({1}) to match target batch_size ({target.shape[0]}).")
        x = input.unsqueeze(0)
        t = target.unsqueeze(0)
        loss = nll_loss(x, t, weight, None, ignore_index, None, reduction)
        return loss.squeeze(0)._named("NllLossBackward0") if reduction == "none" else loss
    n = input.shape[0]
    if target.dim() == 0 or target.shape[0] != n:
        tb = target.shape[0] if target.dim() else 1
        raise ValueError(f"Expected input batch_size ({n}) to match target batch_size ({tb}).")
    if input.dim() == 2:
        # one NllLossBackward0 node in Rust, ATen's cascade sums (None: half types, mixed dtypes)
        out = _core.nll_loss_torch(input, target, weight, _NLL_REDUCTION[reduction], ignore_index)
        if out is not None:
            return out
    t = target.long()
    import numpy as _np

    ta = t.numpy(True)
    ignored = ta == ignore_index
    c = input.shape[1]
    valid = ta[~ignored]
    if valid.size and (valid.min() < 0 or valid.max() >= c):
        bad = int(valid[(valid < 0) | (valid >= c)][0])
        raise IndexError(f"Target {bad} is out of bounds.")
    any_ignored = bool(ignored.any())
    if any_ignored:
        t = _core.tensor(_np.where(ignored, 0, ta), None, False, _TAG)
    picked = input.gather(1, t.unsqueeze(1)).squeeze(1)
    w = None
    if weight is not None:
        w = weight.index_select(0, t.reshape(-1)).reshape(*t.shape)
    if any_ignored:
        mask = _core.tensor((~ignored).astype(_np.float32), input.dtype, False, _TAG)
        w = mask if w is None else w * mask
    loss = -(picked * w) if w is not None else -picked
    if reduction == "none":
        out = loss
    elif reduction == "sum":
        out = loss.sum()
    else:
        out = loss.sum() / (w.sum() if w is not None else _scalar(float(loss.numel()), loss))
    return out._named("NllLossBackward0")


_NLL_REDUCTION = {"none": 0, "mean": 1, "sum": 2}


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    _reduction_enum(reduction)
    if not 0.0 <= label_smoothing <= 1.0:
        raise RuntimeError(f"label_smoothing must be between 0.0 and 1.0. Got: {label_smoothing}")
    class_dim = 0 if input.dim() == 1 else 1
    n_classes = input.shape[class_dim]
    if not input.is_floating_point():
        raise NotImplementedError(f'"log_softmax_{"lastdim_" if class_dim == input.dim() - 1 else ""}kernel_impl" '
                                  f"not implemented for '{input.type()[6:-6]}'")
    logp = input.log_softmax(class_dim)
    if target.is_floating_point():
        # class probabilities
        if tuple(target.shape) != tuple(input.shape):
            raise RuntimeError("0D or 1D target tensor expected, multi-target not supported" if target.dim() == 2 else
                               f"expected target dtype to be Long or Byte, but got {target.type()[6:-6]}")
        if label_smoothing > 0:
            target = target * (1 - label_smoothing) + label_smoothing / n_classes
        prod = logp * target
        if weight is not None:
            shape = [1] * input.dim()
            shape[class_dim] = n_classes
            prod = prod * weight.reshape(*shape)
        if reduction == "mean":
            return (-prod.sum() / (input.numel() / n_classes))._named("DivBackward1")
        if reduction == "sum":
            return -prod.sum()
        return -prod.sum(class_dim)
    nll = nll_loss(logp, target, weight, None, ignore_index, None, reduction)
    if label_smoothing <= 0:
        return nll
    import numpy as _np

    ignore_mask = target.numpy(True) == ignore_index
    if weight is not None:
        shape = [1] * input.dim()
        shape[class_dim] = n_classes
        smooth = -(logp * weight.reshape(*shape)).sum(class_dim)
    else:
        smooth = -logp.sum(class_dim)
    if ignore_mask.any():
        keep = _core.tensor((~ignore_mask).astype(_np.float32), input.dtype, False, _TAG)
        smooth = smooth * keep
    if reduction == "mean":
        if weight is not None:
            ta = _np.where(ignore_mask, 0, target.numpy(True))
            wsum = (weight.numpy(True)[ta] * (~ignore_mask)).sum()
            ret = smooth.sum() / float(wsum)
        else:
            ret = smooth.sum() / float((~ignore_mask).sum())
    elif reduction == "sum":
        ret = smooth.sum()
    else:
        ret = smooth
    return nll * (1 - label_smoothing) + ret * (label_smoothing / n_classes)


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    if log_target:
        loss = target.exp() * (target - input)
    else:
        loss = _core.where_(target > 0, target * (target.clamp_min(1e-45).log() - input), target * 0)
    if reduction == "batchmean":
        return loss.sum() / input.shape[0]
    return _reduce(loss, reduction)


# ---- normalization / embedding / gelu (composites of core ops) ----
def gelu(input, approximate="none"):
    import math as _m

    if approximate == "tanh":
        inner = (input + 0.044715 * input * input * input) * _m.sqrt(2.0 / _m.pi)
        return (0.5 * input * (1.0 + inner.tanh()))._named("GeluBackward0")
    from .._composite import erf

    return (input * 0.5 * (1.0 + erf(input * (1.0 / _m.sqrt(2.0)))))._named("GeluBackward0")


def mish(input, inplace=False):
    return input * softplus(input).tanh()


def hardsigmoid(input, inplace=False):
    return ((input + 3.0).clamp(0.0, 6.0) / 6.0)


def hardswish(input, inplace=False):
    return input * hardsigmoid(input)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    if tuple(input.shape[input.dim() - len(normalized_shape):]) != tuple(normalized_shape):
        ns = list(normalized_shape)
        raise RuntimeError(f"Given normalized_shape={ns}, expected input with shape [*, {str(ns)[1:-1]}], but got "
                           f"input of size{list(input.shape)}")
    dims = tuple(range(input.dim() - len(normalized_shape), input.dim()))
    mean = input.mean(dims, True)
    d = input - mean
    var = (d * d).mean(dims, True)
    out = d * (var + eps).rsqrt()
    if weight is not None:
        out = out * weight
    if bias is not None:
        out = out + bias
    return out._named("NativeLayerNormBackward0")


def _bn_cl_stats(x2, threads):
    # torch's channels-last collect_stats for an (N, C) float32 array (NC11 inputs go there): float
    # per-thread buffers over contiguous row chunks (fused multiply-add for the squares), summed in
    # double; with N <= threads one float accumulator per channel.
    import numpy as np

    f32, D = np.float32, np.float64
    N, C = x2.shape
    if N > threads:
        chunk = -(-N // threads)
        parts = [(a, min(N, a + chunk)) for a in range(0, N, chunk)]
        s = np.zeros(C, D)
        for a, b in parts:
            # sequential float adds per channel (np.add.accumulate is sequential)
            s = s + np.add.accumulate(x2[a:b], axis=0, dtype=f32)[-1].astype(D)
        mean = (s / N).astype(f32)
        vs = np.zeros(C, D)
        for a, b in parts:
            acc = np.zeros(C, f32)
            for i in range(a, b):
                d = (x2[i] - mean).astype(D)
                acc = (acc.astype(D) + d * d).astype(f32)
            vs = vs + acc.astype(D)
        return mean, vs.astype(f32)
    mean = (np.cumsum(x2.astype(D), axis=0)[-1] / N).astype(f32)
    acc = np.zeros(C, f32)
    for i in range(N):
        d = (x2[i] - mean).astype(D)
        acc = (acc.astype(D) + d * d).astype(f32)
    return mean, acc


def _bn_exact(input, running_mean, running_var, weight, bias, training, momentum, eps):
    # torch's CPU batch_norm values for a contiguous float32 input (numpy): stats with double
    # accumulation (or the channels-last buffers when H*W == 1), invstd = 1/sqrt(var + eps) in double,
    # alpha = invstd * w, beta = fma(-mean, alpha, b), out = fma(x, alpha, beta); running stats
    # updated in double. Returns (out, new_running_mean, new_running_var) as float32 arrays.
    import numpy as np

    from .. import get_num_threads

    f32, D = np.float32, np.float64
    x = input.detach().numpy(True)
    N0, C = x.shape[0], x.shape[1]
    img = x.size // max(N0 * C, 1)
    n = x.size // C
    w = weight.detach().numpy(True).astype(f32) if weight is not None else np.ones(C, f32)
    b = bias.detach().numpy(True).astype(f32) if bias is not None else np.zeros(C, f32)
    new_rm = new_rv = None
    if training:
        if img == 1:
            mean, vs = _bn_cl_stats(x.reshape(N0, C), max(1, get_num_threads()))
        else:
            xc = np.moveaxis(x.reshape(N0, C, img), 1, 0).reshape(C, -1)
            mean = (np.cumsum(xc.astype(D), axis=1)[:, -1] / n).astype(f32)
            d = (xc - mean[:, None]).astype(f32)
            vs = np.cumsum((d * d).astype(D), axis=1)[:, -1].astype(f32)
        var = (vs / f32(n)).astype(f32)
        with np.errstate(divide="ignore"):
            invstd = np.where((var == 0) & (eps == 0), f32(0), (1.0 / np.sqrt(var.astype(D) + eps))).astype(f32)
        # running = momentum * stat + (1 - momentum) * running in float (the variance with a fused
        # multiply-add, as torch's kernel compiles)
        mom = f32(momentum)
        keep = f32(f32(1) - mom)
        if running_mean is not None:
            rm0 = running_mean.detach().numpy(True).astype(f32)
            new_rm = ((mom * mean).astype(f32) + (keep * rm0).astype(f32)).astype(f32)
        if running_var is not None:
            # var_sum is a float tensor: var_sum / (n - 1) is a float division
            with np.errstate(divide="ignore", invalid="ignore"):
                unbiased = (vs / f32(n - 1)).astype(f32)
            rv0 = running_var.detach().numpy(True).astype(f32)
            new_rv = (D(mom) * unbiased.astype(D) + (keep * rv0).astype(f32).astype(D)).astype(f32)
    else:
        mean = running_mean.detach().numpy(True).astype(f32)
        rv = running_var.detach().numpy(True).astype(f32)
        invstd = (f32(1) / np.sqrt((rv + f32(eps)).astype(f32))).astype(f32)
    alpha = (invstd * w).astype(f32)
    beta = (b.astype(D) - mean.astype(D) * alpha.astype(D)).astype(f32)
    shape = [1, C] + [1] * (x.ndim - 2)
    out = (x.astype(D) * alpha.reshape(shape).astype(D) + beta.reshape(shape).astype(D)).astype(f32)
    return out, new_rm, new_rv


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    from .. import float32

    if (input.dtype is float32 and input.dim() >= 2 and input.numel() > 0 and input.is_contiguous()
            and (training or (running_mean is not None and running_var is not None))
            and all(t is None or t.dtype is float32 for t in (running_mean, running_var, weight, bias))):
        return _batch_norm_exact(input, running_mean, running_var, weight, bias, training, momentum, eps)
    return _batch_norm_composite(input, running_mean, running_var, weight, bias, training, momentum, eps)


def _batch_norm_exact(input, running_mean, running_var, weight, bias, training, momentum, eps):
    from ... import _core

    out, new_rm, new_rv = _bn_exact(input, running_mean, running_var, weight, bias, training, momentum, eps)
    needs = _core.is_grad_enabled() and any(
        t is not None and t.requires_grad for t in (input, weight, bias))
    if needs:
        # graph of the composite formula, values moved onto torch's bits (the difference is a few ulps)
        g = _batch_norm_composite(input, None if training else running_mean, None if training else running_var,
                                  weight, bias, training, momentum, eps)
        import numpy as np

        delta = (out.astype(np.float64) - g.detach().numpy(True).astype(np.float64)).astype(np.float32)
        res = (g + _core.tensor(delta, input.dtype, False, input._tag))._named("NativeBatchNormBackward0")
    else:
        res = _core.tensor(out, input.dtype, False, input._tag)
    if training:
        prev = _core.set_grad_enabled(False)
        try:
            if new_rm is not None:
                running_mean._assign(_core.tensor(new_rm, running_mean.dtype, False, running_mean._tag))
            if new_rv is not None:
                running_var._assign(_core.tensor(new_rv, running_var.dtype, False, running_var._tag))
        finally:
            _core.set_grad_enabled(prev)
    return res


def _batch_norm_composite(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1,
                          eps=1e-5):
    dims = (0,) + tuple(range(2, input.dim()))
    shape = [1, input.shape[1]] + [1] * (input.dim() - 2)
    if training:
        n = input.numel() // input.shape[1]
        mean = input.mean(dims, True)
        d = input - mean
        var = (d * d).mean(dims, True)
        if running_mean is not None:
            from ... import _core

            prev = _core.set_grad_enabled(False)
            try:
                m = mean.detach().reshape(-1)
                v = var.detach().reshape(-1) * (n / max(n - 1, 1))
                running_mean._assign(running_mean * (1 - momentum) + m * momentum)
                running_var._assign(running_var * (1 - momentum) + v * momentum)
            finally:
                _core.set_grad_enabled(prev)
        out = d * (var + eps).rsqrt()
    else:
        out = (input - running_mean.reshape(*shape)) * (running_var.reshape(*shape) + eps).rsqrt()
    if weight is not None:
        out = out * weight.reshape(*shape)
    if bias is not None:
        out = out + bias.reshape(*shape)
    return out._named("NativeBatchNormBackward0")


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
              sparse=False):
    from ... import _core

    w = weight
    if padding_idx is not None:
        if padding_idx < 0:
            padding_idx += weight.shape[0]
        import numpy as np

        keep = np.ones((weight.shape[0], 1), dtype=bool)
        keep[padding_idx] = False
        w = _core.where_(_core.tensor(keep, None, False, 0), weight, weight.detach())
    if max_norm is not None:
        _embedding_renorm_(weight, input, max_norm, norm_type)
    try:
        out = w.index_select(0, input.reshape(-1))
    except IndexError:
        if input.is_floating_point():
            raise RuntimeError("Expected tensor for argument #1 'indices' to have one of the following scalar types: "
                               f"Long, Int; but got {input.type()} instead (while checking arguments for embedding)"
                               ) from None
        raise IndexError("index out of range in self") from None
    return out.reshape(*(tuple(input.shape) + (weight.shape[1],)))._named("EmbeddingBackward0")


def _embedding_renorm_(weight, input, max_norm, norm_type):
    # ATen's embedding_renorm_: rows looked up whose norm exceeds max_norm are scaled (in place, untracked)
    # by max_norm / (norm + 1e-7).
    import numpy as np

    idx = np.unique(input.numpy().reshape(-1))
    w = weight.detach()
    rows = w[_core.tensor(idx, None, False, _TAG)]
    norms = rows.norm(norm_type, 1).numpy().astype(np.float64)
    sel = norms > max_norm
    if sel.any():
        scale = _core.tensor((max_norm / (norms[sel] + 1e-7))[:, None], None, False, _TAG).to(w.dtype)
        w[_core.tensor(idx[sel], None, False, _TAG)] = rows[_core.tensor(np.nonzero(sel)[0], None, False, _TAG)] * scale


# ---- 2-D convolution and pooling (im2col with index_select + matmul) ----
def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def _windows(x, kh, kw, sh, sw, dh, dw):
    # x: (N, C, H, W) -> (N, C, kh, kw, Ho, Wo) windows (differentiable gathers).
    N, C, H, W = x.shape
    Ho = (H - dh * (kh - 1) - 1) // sh + 1
    Wo = (W - dw * (kw - 1) - 1) // sw + 1
    if Ho <= 0 or Wo <= 0:
        raise RuntimeError(f"Calculated output size: ({Ho}x{Wo}). Output size is too small")
    hidx = [oh * sh + i * dh for i in range(kh) for oh in range(Ho)]
    widx = [ow * sw + j * dw for j in range(kw) for ow in range(Wo)]
    i64 = _core.tensor(0).dtype
    x1 = x.index_select(2, _core.tensor(hidx, i64, False, _TAG)).reshape(N, C, kh, Ho, W)
    x2 = x1.index_select(4, _core.tensor(widx, i64, False, _TAG)).reshape(N, C, kh, Ho, kw, Wo)
    return x2.permute(0, 1, 2, 4, 3, 5), Ho, Wo


def _conv_padding(padding, kh, kw, dh, dw):
    if isinstance(padding, str):
        if padding == "valid":
            return (0, 0, 0, 0)
        if padding == "same":
            th, tw = dh * (kh - 1), dw * (kw - 1)
            return (tw // 2, tw - tw // 2, th // 2, th - th // 2)
        raise ValueError(f"Invalid padding string {padding!r}")
    ph, pw = _pair(padding)
    return (pw, pw, ph, ph)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    unbatched = input.dim() == 3
    x = input.unsqueeze(0) if unbatched else input
    O, Cg, kh, kw = weight.shape
    sh, sw = _pair(stride)
    dh, dw = _pair(dilation)
    p = _conv_padding(padding, kh, kw, dh, dw)
    if any(p):
        x = pad(x, p)
    N, C = x.shape[0], x.shape[1]
    if C != Cg * groups:
        raise RuntimeError(
            f"Given groups={groups}, weight of size {list(weight.shape)}, expected input{list(input.shape)} to have "
            f"{Cg * groups} channels, but got {C} channels instead")
    win, Ho, Wo = _windows(x, kh, kw, sh, sw, dh, dw)  # (N, C, kh, kw, Ho, Wo)
    outs = []
    og = O // groups
    for g in range(groups):
        wg = win if groups == 1 else win.narrow(1, g * Cg, Cg)
        cols = wg.permute(0, 4, 5, 1, 2, 3).reshape(N * Ho * Wo, Cg * kh * kw)
        wt = weight if groups == 1 else weight.narrow(0, g * og, og)
        outs.append(cols.mm(wt.reshape(og, Cg * kh * kw).t()))
    out = outs[0] if groups == 1 else _core.cat(outs, 1)
    out = out.reshape(N, Ho, Wo, O).permute(0, 3, 1, 2)
    if bias is not None:
        out = out + bias.reshape(1, O, 1, 1)
    out = out.contiguous() if hasattr(out, "contiguous") else out
    if unbatched:
        out = out.squeeze(0)
    return out._named("ConvolutionBackward0")


def _pool_len(n, k, s, p, d, ceil):
    # ATen's pooling_output_shape; with ceil_mode the last window must start inside the (left-padded) input.
    o = (n + 2 * p - d * (k - 1) - 1 + (s - 1 if ceil else 0)) // s + 1
    return o - 1 if ceil and (o - 1) * s >= n + p else o


def _pool_prep(input, kernel_size, stride, padding, dilation, pad_value, ceil_mode=False):
    unbatched = input.dim() == 3
    x = input.unsqueeze(0) if unbatched else input
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(stride if stride is not None and stride != [] else kernel_size)
    dh, dw = _pair(dilation)
    ph, pw = _pair(padding)
    # ceil_mode: extra bottom/right padding so that the partial last windows exist
    eh, ew = ((_pool_len(n, k, st, p, d, True) - 1) * st + d * (k - 1) + 1 - n - 2 * p if ceil_mode else 0
              for n, k, st, p, d in ((x.shape[-2], kh, sh, ph, dh), (x.shape[-1], kw, sw, pw, dw)))
    if ph or pw or eh > 0 or ew > 0:
        x = pad(x, (pw, pw + max(ew, 0), ph, ph + max(eh, 0)), value=pad_value)
    win, Ho, Wo = _windows(x, kh, kw, sh, sw, dh, dw)
    N, C = x.shape[0], x.shape[1]
    flat = win.permute(0, 1, 4, 5, 2, 3).reshape(N, C, Ho, Wo, kh * kw)
    return flat, unbatched


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    flat, unbatched = _pool_prep(input, kernel_size, stride, padding, dilation, float("-inf"), ceil_mode)
    idx = flat.argmax(-1, True)
    out = flat.gather(-1, idx).squeeze(-1)
    if unbatched:
        out = out.squeeze(0)
    out = out._named("MaxPool2DWithIndicesBackward0")
    if return_indices:
        return out, _pool_indices(idx, input.shape[-2:], flat.shape[2:4], kernel_size, stride, padding, dilation,
                                  unbatched)
    return out


def _pool_indices(arg, in_hw, out_hw, kernel_size, stride, padding, dilation, unbatched):
    # Flat (row * W + col) input positions of the window elements chosen by `arg` (N, C, Ho, Wo, 1).
    import numpy as np

    kh, kw = _pair(kernel_size)
    sh, sw = _pair(stride if stride is not None and stride != [] else kernel_size)
    dh, dw = _pair(dilation)
    ph, pw = _pair(padding)
    (Ho, Wo), W = out_hw, in_hw[1]
    rows = np.arange(Ho)[:, None, None, None] * sh - ph + np.arange(kh)[None, None, :, None] * dh
    cols = np.arange(Wo)[None, :, None, None] * sw - pw + np.arange(kw)[None, None, None, :] * dw
    table = (rows * W + cols).reshape(Ho, Wo, kh * kw)
    a = arg.numpy().squeeze(-1)
    ind = np.take_along_axis(np.broadcast_to(table, a.shape + (kh * kw,)), a[..., None], -1)[..., 0]
    if unbatched:
        ind = ind[0]
    return _core.tensor(np.ascontiguousarray(ind, dtype=np.int64), None, False, _TAG)


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    flat, unbatched = _pool_prep(input, kernel_size, stride, padding, 1, 0.0, ceil_mode)
    (kh, kw), (ph, pw) = _pair(kernel_size), _pair(padding)
    if divisor_override or ceil_mode or (ph or pw) and not count_include_pad:
        import numpy as np

        def counts(n, k, st, p, o):  # ATen's avg_pool2d divisor along one axis
            start = np.arange(o) * st - p
            end = np.minimum(start + k, n + p)
            return end - start if count_include_pad else np.minimum(end, n) - np.maximum(start, 0)

        sh, sw = _pair(stride if stride is not None and stride != [] else kernel_size)
        Ho, Wo = flat.shape[2], flat.shape[3]
        div = (np.full((Ho, Wo), float(divisor_override)) if divisor_override else
               np.outer(counts(input.shape[-2], kh, sh, ph, Ho), counts(input.shape[-1], kw, sw, pw, Wo)))
        out = flat.sum(-1) / _core.tensor(div.astype(np.float64), None, False, _TAG).to(flat.dtype)
    else:
        out = flat.mean(-1)
    if unbatched:
        out = out.squeeze(0)
    return out._named("AvgPool2DBackward0")


def adaptive_avg_pool2d(input, output_size):
    oh, ow = _pair(output_size)
    H, W = input.shape[-2], input.shape[-1]
    oh = H if oh is None else oh
    ow = W if ow is None else ow
    if H % oh == 0 and W % ow == 0:
        return avg_pool2d(input, (H // oh, W // ow))._named("AdaptiveAvgPool2DBackward0")
    raise NotImplementedError("ferrograd: adaptive_avg_pool2d needs output sizes dividing the input")


def pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False):
    d = x1 - x2 + eps
    if p == 2.0:
        r = (d * d).sum(-1, keepdim).sqrt()
    elif p == 1.0:
        r = d.abs().sum(-1, keepdim)
    else:
        r = d.abs().pow(p).sum(-1, keepdim).pow(1.0 / p)
    return r._named("NormBackward1")


_LAZY_FUNCTIONS = {n: m for m, names in {
    "conv": "conv1d conv3d",
    "pooling": "max_pool1d avg_pool1d adaptive_avg_pool1d adaptive_max_pool1d adaptive_max_pool2d "
               "max_pool1d_with_indices max_pool2d_with_indices max_pool3d_with_indices "
               "adaptive_max_pool1d_with_indices adaptive_max_pool2d_with_indices max_pool3d avg_pool3d "
               "adaptive_avg_pool3d adaptive_max_pool3d lp_pool1d lp_pool2d lp_pool3d fractional_max_pool2d "
               "fractional_max_pool2d_with_indices",
    "transformer": "scaled_dot_product_attention multi_head_attention_forward",
    "convtranspose": "conv_transpose1d conv_transpose2d unfold fold max_unpool1d max_unpool2d conv_transpose3d",
    "activation": "selu celu glu logsigmoid softsign tanhshrink threshold hardshrink softshrink prelu rrelu "
                  "gumbel_softmax relu_ elu_ leaky_relu_ hardtanh_ threshold_ celu_ selu_ rrelu_",
    "normalization": "group_norm rms_norm local_response_norm",
    "instancenorm": "instance_norm",
    "pixelshuffle": "pixel_shuffle pixel_unshuffle",
    "upsampling": "interpolate upsample affine_grid grid_sample upsample_nearest upsample_bilinear",
    "sparse": "embedding_bag",
    "dropout": "dropout1d dropout2d dropout3d alpha_dropout feature_alpha_dropout",
    "loss": "margin_ranking_loss hinge_embedding_loss soft_margin_loss cosine_embedding_loss triplet_margin_loss "
            "multilabel_soft_margin_loss poisson_nll_loss gaussian_nll_loss multi_margin_loss "
            "multilabel_margin_loss triplet_margin_with_distance_loss",
    "distance": "pdist",
    "channelshuffle": "channel_shuffle native_channel_shuffle",
    "ctc": "ctc_loss",
}.items() for n in names.split()}


def __getattr__(name):
    mod = _LAZY_FUNCTIONS.get(name)
    if mod is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(".modules." + mod, __package__), name)
    globals()[name] = value
    return value

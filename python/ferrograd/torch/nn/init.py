# torch.nn.init: in-place initialisers (under no_grad), with torch's fan and gain rules.
import math
import warnings

from ... import _core

_TAG = 0


def _no_grad_fill(tensor, fn):
    prev = _core.set_grad_enabled(False)
    try:
        tensor.copy_(fn())
    finally:
        _core.set_grad_enabled(prev)
    return tensor


def calculate_gain(nonlinearity, param=None):
    linear_fns = ["linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d"]
    if nonlinearity in linear_fns or nonlinearity == "sigmoid":
        return 1
    elif nonlinearity == "tanh":
        return 5.0 / 3
    elif nonlinearity == "relu":
        return math.sqrt(2.0)
    elif nonlinearity == "leaky_relu":
        if param is None:
            negative_slope = 0.01
        elif not isinstance(param, bool) and isinstance(param, (int, float)):
            negative_slope = param
        else:
            raise ValueError(f"negative_slope {param} not a valid number")
        return math.sqrt(2.0 / (1 + negative_slope**2))
    elif nonlinearity == "selu":
        return 3.0 / 4
    else:
        raise ValueError(f"Unsupported nonlinearity {nonlinearity}")


def _calculate_fan_in_and_fan_out(tensor):
    dimensions = tensor.dim()
    if dimensions < 2:
        raise ValueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    num_input_fmaps = tensor.size(1)
    num_output_fmaps = tensor.size(0)
    receptive_field_size = 1
    if tensor.dim() > 2:
        for s in tensor.shape[2:]:
            receptive_field_size *= s
    return num_input_fmaps * receptive_field_size, num_output_fmaps * receptive_field_size


def _calculate_correct_fan(tensor, mode):
    mode = mode.lower()
    valid_modes = ["fan_in", "fan_out"]
    if mode not in valid_modes:
        raise ValueError(f"Mode {mode} not supported, please use one of {valid_modes}")
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    return fan_in if mode == "fan_in" else fan_out


def uniform_(tensor, a=0.0, b=1.0, generator=None):
    from .. import _random

    return _random.uniform_(tensor, a, b, generator=generator)


def normal_(tensor, mean=0.0, std=1.0, generator=None):
    from .. import _random

    return _random.normal_(tensor, mean, std, generator=generator)


def trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0, generator=None):
    # torch 2.15: resample normals outside [a, b] when the mass inside is > 0.3, else rejection
    # sampling from uniform(a, b) against the normal's log-density (same draws, same order)
    import numpy as np

    from .. import _mt, _random

    def norm_cdf(x):
        return (1.0 + math.erf(x / math.sqrt(2.0))) / 2.0

    if (mean < a - 2 * std) or (mean > b + 2 * std):
        warnings.warn("mean is more than 2 std from [a, b] in nn.init.trunc_normal_. "
                      "The distribution of values may be incorrect.", stacklevel=2)
    g = _random._gen(generator)
    n = tensor.numel()
    dbl = tensor.dtype._fg == "float64"
    dt = np.float64 if dbl else np.float32
    p = norm_cdf((b - mean) / std) - norm_cdf((a - mean) / std)
    if p > 0.3:
        lo, hi = float(dt(a)), float(dt(b))
        res = _mt.normal(g, n, float(mean), float(std), dbl)
        while True:
            mask = (res < lo) | (res > hi)
            if not mask.any():
                break
            res = np.where(mask, _mt.normal(g, n, float(mean), float(std), dbl), res)
    else:
        mode = max(a, min(mean, b))
        log_peak = -0.5 * ((mode - mean) / std) ** 2

        def log_pdf(c):
            c = (c - dt(mean)).astype(dt)
            c = (c / dt(std)).astype(dt)
            c = (c * c).astype(dt)
            c = (c * dt(-0.5)).astype(dt)
            return (c - dt(log_peak)).astype(dt)

        res = _mt.uniform(g, n, a, b, dbl)
        pending = np.log(_mt.uniform(g, n, 0.0, 1.0, dbl)) > log_pdf(res)
        while pending.any():
            cand = _mt.uniform(g, n, a, b, dbl)
            res = np.where(pending, cand, res)
            pending = np.where(pending, np.log(_mt.uniform(g, n, 0.0, 1.0, dbl)) > log_pdf(cand), pending)
    prev = _core.set_grad_enabled(False)
    try:
        tensor.copy_(_core.tensor(np.asarray(res, dt).reshape(tuple(tensor.shape)), tensor.dtype, False, _TAG))
    finally:
        _core.set_grad_enabled(prev)
    return tensor


def constant_(tensor, val):
    prev = _core.set_grad_enabled(False)
    try:
        tensor.fill_(val)
    finally:
        _core.set_grad_enabled(prev)
    return tensor


def ones_(tensor):
    return constant_(tensor, 1.0)


def zeros_(tensor):
    return constant_(tensor, 0.0)


def eye_(tensor):
    if tensor.dim() != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    return _no_grad_fill(tensor, lambda: _core.eye(tensor.shape[0], tensor.shape[1], tensor.dtype, False, _TAG))


def xavier_uniform_(tensor, gain=1.0, generator=None):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    a = math.sqrt(3.0) * std
    return uniform_(tensor, -a, a)


def xavier_normal_(tensor, gain=1.0, generator=None):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    return normal_(tensor, 0.0, std)


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu", generator=None):
    if 0 in tuple(tensor.shape):
        warnings.warn("Initializing zero-element tensors is a no-op", stacklevel=2)
        return tensor
    fan = _calculate_correct_fan(tensor, mode)
    gain = calculate_gain(nonlinearity, a)
    std = gain / math.sqrt(fan)
    bound = math.sqrt(3.0) * std
    return uniform_(tensor, -bound, bound)


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu", generator=None):
    if 0 in tuple(tensor.shape):
        warnings.warn("Initializing zero-element tensors is a no-op", stacklevel=2)
        return tensor
    fan = _calculate_correct_fan(tensor, mode)
    gain = calculate_gain(nonlinearity, a)
    std = gain / math.sqrt(fan)
    return normal_(tensor, 0, std)


def dirac_(tensor, groups=1):
    import numpy as np

    dimensions = tensor.dim()
    if dimensions not in [3, 4, 5]:
        raise ValueError("Only tensors with 3, 4, or 5 dimensions are supported")
    sizes = tuple(tensor.shape)
    if sizes[0] % groups != 0:
        raise ValueError("dim 0 must be divisible by groups")
    out_chans_per_grp = sizes[0] // groups
    min_dim = min(out_chans_per_grp, sizes[1])
    a = np.zeros(sizes, dtype=np.float64)
    for g in range(groups):
        for d in range(min_dim):
            a[(g * out_chans_per_grp + d, d) + tuple(s // 2 for s in sizes[2:])] = 1
    return _no_grad_fill(tensor, lambda: _core.tensor(a, tensor.dtype, False, _TAG))


def orthogonal_(tensor, gain=1, generator=None):
    import numpy as np

    if tensor.dim() < 2:
        raise ValueError("Only tensors with 2 or more dimensions are supported")
    if tensor.numel() == 0:
        return tensor
    rows = tensor.size(0)
    cols = tensor.numel() // rows
    flattened = _core.zeros(rows, cols, dtype=tensor.dtype, requires_grad=False, tag=_TAG)
    from .._random import normal_ as _rnormal

    _rnormal(flattened, 0.0, 1.0, generator=generator)
    a = flattened.numpy(True)
    if rows < cols:
        a = a.T
    q, r = np.linalg.qr(a)
    q = q.astype(a.dtype)
    ph = np.sign(np.diag(r)).astype(a.dtype)
    q = q * ph
    if rows < cols:
        q = q.T
    q = (q * np.asarray(gain, dtype=a.dtype)).astype(a.dtype)
    return _no_grad_fill(tensor, lambda: _core.tensor(np.ascontiguousarray(q).reshape(tuple(tensor.shape)),
                                                      tensor.dtype, False, _TAG))


def sparse_(tensor, sparsity, std=0.01, generator=None):
    if tensor.dim() != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    from .._random import normal_ as _rnormal, randperm as _randperm

    rows, cols = tuple(tensor.shape)
    num_zeros = int(math.ceil(sparsity * rows))
    prev = _core.set_grad_enabled(False)
    try:
        _rnormal(tensor, 0.0, std, generator=generator)
        import numpy as np

        a = tensor.numpy(True).copy()
        for col_idx in range(cols):
            row_indices = _randperm(rows).numpy(True)
            a[row_indices[:num_zeros], col_idx] = 0
        tensor.copy_(_core.tensor(a, tensor.dtype, False, _TAG))
    finally:
        _core.set_grad_enabled(prev)
    return tensor


# deprecated aliases without the trailing underscore
eye = eye_
dirac = dirac_
orthogonal = orthogonal_
sparse = sparse_
uniform = uniform_
normal = normal_
constant = constant_
xavier_uniform = xavier_uniform_
xavier_normal = xavier_normal_
kaiming_uniform = kaiming_uniform_
kaiming_normal = kaiming_normal_

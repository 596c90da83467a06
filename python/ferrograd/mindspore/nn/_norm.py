# mindspore.nn normalisation layers: BatchNorm1d/2d, LayerNorm, GroupNorm.
from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Parameter, Tensor
from ..common.initializer import initializer
from .cell import Cell


def _bn(x, running_mean, running_var, weight, bias, training, momentum, eps):
    # Batch normalisation over axis 1 of a 2-D..4-D tensor. `momentum` is the weight of the batch
    # statistic in the running averages (MindSpore's BatchNorm op attribute: 1 - layer momentum).
    axes = tuple(d for d in range(x.ndim) if d != 1)
    shape = [1] * x.ndim
    shape[1] = -1
    if training:
        m = x.mean(axes, True)
        d = x - m
        v = (d * d).mean(axes, True)
        n = x.numel() // x.shape[1]
        if running_mean is not None:
            mom = np.float32(momentum)
            bm = m.detach().reshape(-1).asnumpy()
            bv = v.detach().reshape(-1).asnumpy() * np.float32(n / max(n - 1, 1))
            rm = running_mean.asnumpy()
            rv = running_var.asnumpy()
            _assign(running_mean, (rm * (np.float32(1) - mom) + bm * mom).astype(np.float32))
            _assign(running_var, (rv * (np.float32(1) - mom) + bv.astype(np.float32) * mom).astype(np.float32))
        y = d * (v + eps).rsqrt()
    else:
        y = (x - running_mean.reshape(*shape)) * (running_var.reshape(*shape) + eps).rsqrt()
    if weight is not None:
        y = y * weight.reshape(*shape)
    if bias is not None:
        y = y + bias.reshape(*shape)
    return y


def _assign(p, arr):
    _core.Tensor._assign(p, Tensor(np.asarray(arr)))


class _BatchNorm(Cell):
    _ndims = (2,)

    def __init__(self, num_features, eps=1e-5, momentum=0.9, affine=True, gamma_init="ones", beta_init="zeros",
                 moving_mean_init="zeros", moving_var_init="ones", use_batch_statistics=None, data_format="NCHW",
                 dtype=_dtype.float32):
        super().__init__()
        cls = type(self).__name__
        if not isinstance(num_features, int) or isinstance(num_features, bool):
            raise TypeError(f"For '{cls}', the type of 'num_features' must be int, "
                            f"but got {type(num_features).__name__}.")
        if num_features < 1:
            raise ValueError(f"For '{cls}', the 'num_features' must be at least 1, but got {num_features}.")
        if momentum < 0 or momentum > 1:
            raise ValueError(f"For '{cls}', the 'momentum' must be a number in range [0, 1], but got {momentum}.")
        self.use_batch_statistics = use_batch_statistics
        self.num_features = num_features
        self.eps = eps
        self.format = data_format
        self.beta_init, self.gamma_init = beta_init, gamma_init
        self.moving_mean_init, self.moving_var_init = moving_mean_init, moving_var_init
        self.moving_mean = Parameter(initializer(moving_mean_init, num_features, dtype=dtype), name="mean",
                                     requires_grad=False)
        self.moving_variance = Parameter(initializer(moving_var_init, num_features, dtype=dtype), name="variance",
                                         requires_grad=False)
        self.gamma = Parameter(initializer(gamma_init, num_features, dtype=dtype), name="gamma",
                               requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_features, dtype=dtype), name="beta", requires_grad=affine)
        self.momentum = 1.0 - momentum

    def _check_input_dim(self, x):
        if x.ndim not in self._ndims:
            raise ValueError(self._dim_msg.format(cls=type(self).__name__, n=x.ndim))

    def construct(self, x):
        self._check_input_dim(x)
        if x.shape[1] != self.num_features:
            raise ValueError(f"For 'BatchNorm', the size of 'x' at axis 1 must equal 'num_features' "
                             f"({self.num_features}), but got {x.shape[1]}.")
        train = self.training if self.use_batch_statistics is None else self.use_batch_statistics
        return _bn(x, self.moving_mean, self.moving_variance, self.gamma, self.beta, train, self.momentum, self.eps)

    def extend_repr(self):
        return "num_features={}, eps={}, momentum={}, gamma={}, beta={}, moving_mean={}, moving_variance={}".format(
            self.num_features, self.eps, 1.0 - self.momentum, self.gamma, self.beta, self.moving_mean,
            self.moving_variance)


class BatchNorm1d(_BatchNorm):
    _ndims = (2, 3)
    _dim_msg = "For '{cls}', the must have 2 dims or 3 dims, but got {n}."


class BatchNorm2d(_BatchNorm):
    _ndims = (4,)
    _dim_msg = "For '{cls}', the in_shape must have 4 dims, but got {n}."


class LayerNorm(Cell):
    """nn.LayerNorm(normalized_shape, begin_norm_axis=-1, begin_params_axis=-1, gamma_init='ones',
    beta_init='zeros', epsilon=1e-7)."""

    def __init__(self, normalized_shape, begin_norm_axis=-1, begin_params_axis=-1, gamma_init="ones",
                 beta_init="zeros", epsilon=1e-7, dtype=_dtype.float32):
        super().__init__()
        if not isinstance(normalized_shape, (tuple, list)):
            raise TypeError(f"For '{type(self).__name__}', the type of 'normalized_shape' must be tuple[int] or "
                            f"list[int], but got {normalized_shape} and the type is {type(normalized_shape)}.")
        if not normalized_shape:
            raise ValueError("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one "
                             f"element, but got normalized_shape = {normalized_shape}")
        self.normalized_shape = normalized_shape
        self.begin_norm_axis = begin_norm_axis
        self.begin_params_axis = begin_params_axis
        self.epsilon = epsilon
        self.gamma = Parameter(initializer(gamma_init, normalized_shape, dtype=dtype), name="gamma")
        self.beta = Parameter(initializer(beta_init, normalized_shape, dtype=dtype), name="beta")

    def construct(self, input_x):
        x = input_x
        nd = x.ndim
        axes = tuple(range(self.begin_norm_axis % nd, nd))
        m = x.mean(axes, True)
        d = x - m
        v = (d * d).mean(axes, True)
        y = d * (v + self.epsilon).rsqrt()
        from .._ln_ms import ms_layer_norm

        return ms_layer_norm(y * self.gamma + self.beta, x, axes, self.epsilon, self.gamma, self.beta)

    def extend_repr(self):
        return "normalized_shape={}, begin_norm_axis={}, begin_params_axis={}, gamma{}, beta={}".format(
            self.normalized_shape, self.begin_norm_axis, self.begin_params_axis, self.gamma, self.beta)


class GroupNorm(Cell):
    def __init__(self, num_groups, num_channels, eps=1e-05, affine=True, gamma_init="ones", beta_init="zeros",
                 dtype=_dtype.float32):
        super().__init__()
        if num_channels % num_groups != 0:
            raise ValueError(f"For '{type(self).__name__}', the 'num_channels' must be divided by 'num_groups', "
                             f"but got 'num_channels': {num_channels}, 'num_groups': {num_groups}.")
        self.num_groups = num_groups
        self.num_channels = num_channels
        self.eps = eps
        self.affine = affine
        self.gamma = Parameter(initializer(gamma_init, num_channels, dtype=dtype), name="gamma",
                               requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_channels, dtype=dtype), name="beta", requires_grad=affine)

    def construct(self, x):
        return _group_norm(x, self.num_groups, self.gamma, self.beta, self.eps)

    def extend_repr(self):
        return f"num_groups={self.num_groups}, num_channels={self.num_channels}"




class BatchNorm3d(Cell):
    """nn.BatchNorm3d: MindSpore's reshape to (N, C, D*H, W) through a BatchNorm2d named bn2d."""

    def __init__(self, num_features, eps=1e-05, momentum=0.9, affine=True, gamma_init="ones", beta_init="zeros",
                 moving_mean_init="zeros", moving_var_init="ones", use_batch_statistics=None,
                 dtype=_dtype.float32):
        super().__init__()
        from ._norm import BatchNorm2d

        self.bn2d = BatchNorm2d(num_features=num_features, eps=eps, momentum=momentum, affine=affine,
                                gamma_init=gamma_init, beta_init=beta_init, moving_mean_init=moving_mean_init,
                                moving_var_init=moving_var_init, use_batch_statistics=use_batch_statistics,
                                data_format="NCHW", dtype=dtype)

    def construct(self, x):
        if x.ndim != 5:
            raise ValueError(f"For 'BatchNorm3d', the in_shape must have 5 dims, but got {x.ndim}.")
        s = tuple(x.shape)
        return self.bn2d(x.reshape(s[0], s[1], s[2] * s[3], s[4])).reshape(*s)


class LRN(Cell):
    def __init__(self, depth_radius=5, bias=1.0, alpha=1.0, beta=0.5, norm_region="ACROSS_CHANNELS"):
        super().__init__()
        self.depth_radius, self.bias, self.alpha, self.beta = depth_radius, bias, alpha, beta
        self.norm_region = norm_region

    def construct(self, x):
        from ..ops import _nn_func

        return _nn_func.lrn(x, self.depth_radius, self.bias, self.alpha, self.beta, self.norm_region)


def _group_norm(x, num_groups, weight=None, bias=None, eps=1e-05):
    # nn.GroupNorm / ops.group_norm. MindSpore's CPU kernel works in double (mean, variance, normalise, scale,
    # shift) and rounds once: that value replaces the float32 graph's (whose gradient is kept).
    g = x.reshape(x.shape[0], num_groups, -1)
    d = g - g.mean(-1, True)
    y = (d * ((d * d).mean(-1, True) + eps).rsqrt()).reshape(*x.shape)
    shape = [1] * x.ndim
    shape[1] = -1
    if weight is not None:
        y = y * weight.reshape(*shape)
    if bias is not None:
        y = y + bias.reshape(*shape)
    if x._dtype_name != "float32":
        return y
    a = x.asnumpy().astype(np.float64).reshape(x.shape[0], num_groups, -1)
    e = ((a - a.mean(-1, keepdims=True)) / np.sqrt(a.var(-1, keepdims=True) + eps)).reshape(tuple(x.shape))
    if weight is not None:
        e = e * weight.asnumpy().astype(np.float64).reshape(shape)
    if bias is not None:
        e = e + bias.asnumpy().astype(np.float64).reshape(shape)
    e = e.astype(np.float32)
    if not y.requires_grad:
        return Tensor(e)
    return y + Tensor(e - y.asnumpy())  # exact: the two float32 values are ulps apart

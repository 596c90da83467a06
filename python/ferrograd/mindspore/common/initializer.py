# mindspore.common.initializer: Initializer classes and `initializer(init, shape, dtype)`.
#
# Random initialisers take one seed from numpy's global generator per call, as MindSpore does
# (so later numpy draws in a script stay the same); the values themselves come from numpy's
# generator seeded with it, not MindSpore's C++ one.
import math
import numbers

from ..._lazy import np

from .. import _dtype
from .._tensor import Tensor

_rng = [None]


def _numpy_seed():
    return np.random.randint(low=1, high=(1 << 63), dtype=np.int64)


def _gen():
    return np.random.RandomState(int(_numpy_seed()) % (2 ** 32))


def _ms_random(kind, shape, **kw):
    # MindSpore's initializer generator (Philox, seeded by one draw from numpy's global RNG), float32.
    from ... import _core

    return _core.ms_init_random(kind, int(_numpy_seed()), [int(d) for d in shape], **kw).asnumpy()


def _uniform(lo, hi, shape):
    return _ms_random("uniform", shape, a=lo, b=hi)


def _normal(mean, sigma, shape):
    return _ms_random("normal", shape, mean=mean, sigma=sigma)


class Initializer:
    """The abstract base class of the initializers."""

    def __init__(self, **kwargs):
        self._kwargs = kwargs
        self._seed = None

    def _initialize(self, arr):
        raise NotImplementedError

    def __call__(self, arr):
        return self._initialize(arr)

    @property
    def shape(self):
        return getattr(self, "_shape", None)


def _calculate_fan_in_and_fan_out(shape):
    dimensions = len(shape)
    if dimensions < 2:
        raise ValueError("'fan_in' and 'fan_out' can not be computed for tensor with fewer than"
                         " 2 dimensions, but got dimensions {}.".format(dimensions))
    if dimensions == 2:
        return shape[1], shape[0]
    rf = 1
    for d in shape[2:]:
        rf *= d
    return shape[1] * rf, shape[0] * rf


def _calculate_gain(nonlinearity, param=None):
    if nonlinearity in ("linear", "conv1d", "conv2d", "conv3d", "sigmoid"):
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else param
        return math.sqrt(2.0 / (1 + slope ** 2))
    raise ValueError(f"For 'HeUniform', the argument 'nonlinearity' should be one of "
                     f"['sigmoid', 'tanh', 'relu' or 'leaky_relu'], but got {nonlinearity}.")


class Zero(Initializer):
    def _initialize(self, arr):
        arr[...] = 0


class One(Initializer):
    def _initialize(self, arr):
        arr[...] = 1


class Constant(Initializer):
    def __init__(self, value):
        super().__init__(value=value)
        self.value = value

    def _initialize(self, arr):
        arr[...] = self.value


class Uniform(Initializer):
    def __init__(self, scale=0.07):
        super().__init__(scale=scale)
        self.scale = scale

    def _initialize(self, arr):
        arr[...] = _uniform(-self.scale, self.scale, arr.shape)


class Normal(Initializer):
    def __init__(self, sigma=0.01, mean=0.0):
        super().__init__(sigma=sigma, mean=mean)
        self.sigma = sigma
        self.mean = mean

    def _initialize(self, arr):
        arr[...] = _normal(self.mean, self.sigma, arr.shape)


class TruncatedNormal(Initializer):
    def __init__(self, sigma=0.01, mean=0.0, a=-2.0, b=2.0):
        super().__init__(sigma=sigma, mean=mean, a=a, b=b)
        self.sigma, self.mean, self.a, self.b = sigma, mean, a, b

    def _initialize(self, arr):
        if not self.sigma > 0:
            raise RuntimeError("TruncatedNormal: invalid sigma {:g}.".format(self.sigma))
        arr[...] = _ms_random("truncated_normal", arr.shape, a=self.a, b=self.b, mean=self.mean, sigma=self.sigma)


class HeUniform(Initializer):
    def __init__(self, negative_slope=0, mode="fan_in", nonlinearity="leaky_relu"):
        super().__init__(negative_slope=negative_slope, mode=mode, nonlinearity=nonlinearity)
        self.negative_slope, self.mode, self.nonlinearity = negative_slope, mode, nonlinearity

    def _initialize(self, arr):
        fan_in, fan_out = _calculate_fan_in_and_fan_out(arr.shape)
        fan = fan_in if self.mode == "fan_in" else fan_out
        std = _calculate_gain(self.nonlinearity, self.negative_slope) / math.sqrt(fan)
        bound = math.sqrt(3.0) * std
        arr[...] = _uniform(-bound, bound, arr.shape)


class HeNormal(Initializer):
    def __init__(self, negative_slope=0, mode="fan_in", nonlinearity="leaky_relu"):
        super().__init__(negative_slope=negative_slope, mode=mode, nonlinearity=nonlinearity)
        self.negative_slope, self.mode, self.nonlinearity = negative_slope, mode, nonlinearity

    def _initialize(self, arr):
        fan_in, fan_out = _calculate_fan_in_and_fan_out(arr.shape)
        fan = fan_in if self.mode == "fan_in" else fan_out
        std = _calculate_gain(self.nonlinearity, self.negative_slope) / math.sqrt(fan)
        arr[...] = _normal(0, std, arr.shape)


class XavierUniform(Initializer):
    def __init__(self, gain=1):
        super().__init__(gain=gain)
        self.gain = gain

    def _initialize(self, arr):
        n_in, n_out = _calculate_fan_in_and_fan_out(arr.shape)
        b = self.gain * math.sqrt(6.0 / (n_in + n_out))
        arr[...] = _uniform(-b, b, arr.shape)


class XavierNormal(Initializer):
    def __init__(self, gain=1):
        super().__init__(gain=gain)
        self.gain = gain

    def _initialize(self, arr):
        n_in, n_out = _calculate_fan_in_and_fan_out(arr.shape)
        std = self.gain * math.sqrt(2.0 / float(n_in + n_out))
        arr[...] = _normal(0, std, arr.shape)


class Identity(Initializer):
    def _initialize(self, arr):
        arr[...] = np.eye(arr.shape[0], arr.shape[1])


_ALIASES = {
    "zeros": Zero, "zero": Zero, "ones": One, "one": One, "normal": Normal, "uniform": Uniform,
    "truncatednormal": TruncatedNormal, "truncated_normal": TruncatedNormal, "heuniform": HeUniform,
    "he_uniform": HeUniform, "henormal": HeNormal, "he_normal": HeNormal, "xavieruniform": XavierUniform,
    "xavier_uniform": XavierUniform, "xaviernormal": XavierNormal, "xavier_normal": XavierNormal,
    "identity": Identity, "eye": Identity,
}


def initializer(init, shape=None, dtype=_dtype.float32):
    """A Tensor of `shape` and `dtype` filled by `init` (an Initializer, its name, a number or a Tensor)."""
    if not isinstance(init, (Tensor, numbers.Number, str, Initializer)):
        raise TypeError("For 'initializer', the type of the 'init' argument should be 'Tensor', 'number', "
                        f"'string' or 'initializer', but got {type(init)}.")
    if isinstance(init, Tensor):
        if shape is not None:
            s = tuple(shape) if isinstance(shape, (tuple, list)) else (shape,)
            if tuple(init.shape) != s:
                raise ValueError("For 'initializer', the shape of the 'init' argument should be same as the "
                                 f"argument 'shape', but got the 'init' shape {list(init.shape)} and the "
                                 f"'shape' {list(s)}.")
        return init
    if isinstance(shape, list):
        shape = tuple(shape)
    elif isinstance(shape, numbers.Number):
        shape = (shape,)
    if shape is None:
        shape = ()
    for v in shape:
        if not isinstance(v, int) or v <= 0:
            raise ValueError(f"For 'initializer', the argument 'shape' is invalid, the value of 'shape' must be "
                             f"positive integer, but got {shape}")
    if isinstance(init, str):
        key = init.lower()
        if key not in _ALIASES:
            raise ValueError(f"For 'initializer', the 'init' '{init}' is not supported.")
        init = _ALIASES[key]()
    elif isinstance(init, numbers.Number):
        init = Constant(init)
    arr = np.zeros(shape, dtype=np.float64)
    init._initialize(arr)
    name = dtype._name if isinstance(dtype, _dtype.Type) else str(dtype)
    return Tensor(arr.astype(name.replace("bfloat16", "float32")), dtype)



class Orthogonal(Initializer):
    def __init__(self, gain=1.):
        super().__init__(gain=gain)
        self.gain = gain

    def _initialize(self, arr):
        if len(arr.shape) < 2:
            raise ValueError('For Orthogonal initializer, the dimension of the initialized tensor should'
                             ' be no less than 2, but got {}.'.format(len(arr.shape)))
        rows = arr.shape[0]
        cols = int(np.prod(arr.shape)) // rows
        data = _normal(0, 1, (rows, cols)).astype(np.float32)
        if rows < cols:
            data = data.T
        q, r = np.linalg.qr(data)
        q *= np.sign(np.diag(r))
        if rows < cols:
            q = q.T
        arr[...] = (q * self.gain).reshape(arr.shape)


class VarianceScaling(Initializer):
    def __init__(self, scale=1.0, mode='fan_in', distribution='truncated_normal'):
        super().__init__(scale=scale, mode=mode, distribution=distribution)
        if scale <= 0.:
            raise ValueError("For VarianceScaling initializer, "
                             "the argument 'scale' must be greater than 0, but got {}.".format(scale))
        if mode not in ['fan_in', 'fan_out', 'fan_avg']:
            raise ValueError("For VarianceScaling initializer, the argument 'mode' must be fan_in, "
                             "fan_out or fan_avg, but got {}.".format(mode))
        if distribution not in ['uniform', 'truncated_normal', 'untruncated_normal']:
            raise ValueError("For VarianceScaling initializer, the argument 'distribution' must be uniform, "
                             "truncated_norm or untruncated_norm, but got {}.".format(distribution))
        self.scale = scale
        self.mode = mode
        self.distribution = distribution

    def _initialize(self, arr):
        scale = self.scale
        fan_in, fan_out = _calculate_fan_in_and_fan_out(arr.shape)
        if self.mode == 'fan_in':
            scale /= max(1., fan_in)
        elif self.mode == 'fan_out':
            scale /= max(1., fan_out)
        else:
            scale /= max(1., (fan_in + fan_out) / 2.)
        # as MindSpore 2.10: only 'truncated_norm' (not the default 'truncated_normal') takes the truncated
        # branch, so the default distribution draws uniformly
        if self.distribution == 'truncated_norm':
            stddev = np.sqrt(scale) / 0.87962566103423978
            arr[...] = _ms_random("truncated_normal", arr.shape, a=-2, b=2, mean=0, sigma=stddev)
        elif self.distribution == 'untruncated_normal':
            arr[...] = _normal(0, np.sqrt(scale), arr.shape)
        else:
            limit = np.sqrt(3.0 * scale)
            arr[...] = _uniform(-limit, limit, arr.shape)


class Dirac(Initializer):
    def __init__(self, groups=1):
        super().__init__()
        self.groups = groups

    def _initialize(self, arr):
        dimension = len(arr.shape)
        data = np.zeros(arr.shape)
        if dimension not in [3, 4, 5]:
            raise ValueError("For Dirac initializer, only support "
                             "to initialize tensor with dimension of 3, 4 or 5, but got {}.".format(dimension))
        shapes = arr.shape
        if shapes[0] % self.groups != 0:
            raise ValueError("For Dirac initializer, the first dimension of"
                             "the initialized tensor must be divisible by groups, "
                             "but got first dimension{}, groups{}.".format(shapes[0], self.groups))
        out_channel_per_group = shapes[0] // self.groups
        min_dim = min(out_channel_per_group, shapes[1])
        for group in range(self.groups):
            for dim in range(min_dim):
                idx = (group * out_channel_per_group + dim, dim) + tuple(s // 2 for s in shapes[2:])
                data[idx] = 1
        arr[...] = data


class Sparse(Initializer):
    def __init__(self, sparsity, sigma=0.01):
        super().__init__()
        self.sparsity = sparsity
        self.sigma = sigma

    def _initialize(self, arr):
        if len(arr.shape) != 2:
            raise ValueError('For Sparse initializer, the dimension of the initialized tensor should be 2, '
                             'but got {}.'.format(len(arr.shape)))
        rows, cols = arr.shape
        zero_num = int(np.ceil(self.sparsity * rows))
        data = _normal(0, self.sigma, arr.shape)
        for col_idx in range(cols):
            row_idx = np.random.permutation(list(range(rows)))[: zero_num]
            data[row_idx, col_idx] = 0.
        arr[...] = data


# printed as MindSpore's classes (layers show their weight_init objects in repr)
for _c in (Initializer, Zero, One, Constant, Uniform, Normal, TruncatedNormal, HeUniform, HeNormal, XavierUniform,
           XavierNormal, Identity, Orthogonal, VarianceScaling, Dirac, Sparse):
    _c.__module__ = "mindspore.common.initializer"
del _c

_ALIASES.update({"orthogonal": Orthogonal, "variancescaling": VarianceScaling, "dirac": Dirac, "sparse": Sparse})

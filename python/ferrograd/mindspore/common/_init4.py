"""mindspore.common.initializer classes added in session 4: Orthogonal, VarianceScaling, Dirac, Sparse (MindSpore
2.10's algorithms; the random draws come from the same Philox generator seeded by numpy's global RNG)."""
from ..._lazy import np

from .initializer import Initializer, _calculate_fan_in_and_fan_out, _ms_random, _normal, _uniform


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


for _c in (Orthogonal, VarianceScaling, Dirac, Sparse):
    _c.__module__ = "mindspore.common.initializer"
del _c

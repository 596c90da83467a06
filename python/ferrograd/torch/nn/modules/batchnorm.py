# BatchNorm1d/2d/3d.
__all__ = ["BatchNorm1d", "BatchNorm2d", "BatchNorm3d"]
from .... import _core
from .. import functional as F
from ..parameter import Parameter
from .module import Module


class _BatchNorm(Module):
    _expected_dims = ()

    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=True, track_running_stats=True,
                 device=None, dtype=None, bias=True):
        super().__init__()
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.affine, self.track_running_stats = affine, track_running_stats
        if affine:
            self.weight = Parameter(_core.ones(num_features, dtype=dtype, tag=0))
            if bias:
                self.bias = Parameter(_core.zeros(num_features, dtype=dtype, tag=0))
            else:
                self.register_parameter("bias", None)
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)
        if track_running_stats:
            self.register_buffer("running_mean", _core.zeros(num_features, dtype=dtype, tag=0))
            self.register_buffer("running_var", _core.ones(num_features, dtype=dtype, tag=0))
            self.register_buffer("num_batches_tracked", _core.tensor(0, None, False, 0))
        else:
            self.register_buffer("running_mean", None)
            self.register_buffer("running_var", None)
            self.register_buffer("num_batches_tracked", None)

    def reset_running_stats(self):
        if self.track_running_stats:
            self.running_mean._assign(_core.full_like(self.running_mean, 0.0))
            self.running_var._assign(_core.full_like(self.running_var, 1.0))
            self.num_batches_tracked._assign(_core.full_like(self.num_batches_tracked, 0))

    def forward(self, input):
        if input.dim() not in self._expected_dims:
            raise ValueError(f"expected {' or '.join(str(d) + 'D' for d in self._expected_dims)} input "
                             f"(got {input.dim()}D input)")
        momentum = 0.0 if self.momentum is None else self.momentum
        if self.training and self.track_running_stats:
            self.num_batches_tracked._assign(self.num_batches_tracked + 1)
            if self.momentum is None:
                momentum = 1.0 / float(self.num_batches_tracked.item())
        use_batch = self.training or not self.track_running_stats
        if use_batch and input.numel() // input.shape[1] <= 1 and self.training:
            raise ValueError(f"Expected more than 1 value per channel when training, got input size {input.shape}")
        rm = self.running_mean if (not self.training or self.track_running_stats) else None
        rv = self.running_var if (not self.training or self.track_running_stats) else None
        return F.batch_norm(input, rm, rv, self.weight, self.bias, use_batch, momentum, self.eps)

    def extra_repr(self):
        return ("{num_features}, eps={eps}, momentum={momentum}, affine={affine}, bias={use_bias}, "
                "track_running_stats={track_running_stats}".format(**self.__dict__, use_bias=self.bias is not None))


class BatchNorm1d(_BatchNorm):
    _expected_dims = (2, 3)


class BatchNorm2d(_BatchNorm):
    _expected_dims = (4,)


class BatchNorm3d(_BatchNorm):
    _expected_dims = (5,)

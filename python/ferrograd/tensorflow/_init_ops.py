# tf.*_initializer (init_ops_v2).

from . import dtypes as _dt


class _V2Init:
    # tf.*_initializer (init_ops_v2): seeded ones draw stateless with seed [seed, 0].

    def __init__(self, seed=None):
        self.seed = seed

    def get_config(self):
        return {k: v for k, v in vars(self).items()}

    @classmethod
    def from_config(cls, config):
        return cls(**config)


class random_normal_initializer(_V2Init):
    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        self.mean, self.stddev = mean, stddev
        super().__init__(seed)

    def __call__(self, shape, dtype=_dt.float32, **kwargs):
        from . import random

        if self.seed is not None:
            return random.stateless_normal(shape, [self.seed, 0], self.mean, self.stddev, dtype)
        return random.normal(shape, self.mean, self.stddev, dtype)


class random_uniform_initializer(_V2Init):
    def __init__(self, minval=-0.05, maxval=0.05, seed=None):
        self.minval, self.maxval = minval, maxval
        super().__init__(seed)

    def __call__(self, shape, dtype=_dt.float32, **kwargs):
        from . import random

        if self.seed is not None:
            return random.stateless_uniform(shape, [self.seed, 0], self.minval, self.maxval, dtype)
        return random.uniform(shape, self.minval, self.maxval, dtype)

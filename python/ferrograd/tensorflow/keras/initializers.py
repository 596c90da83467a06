# tf.keras.initializers (Keras 2 / tf-keras): each random initializer draws from TF's stateless
# ops with seed [s, 0], where s is the given seed or, when none is given, one drawn on first use
# from Python's `random` (or from the generator keras.utils.set_random_seed installs), as tf-keras
# does; so seeded scripts get Keras's initial weights.
import math as _math
import random as _pyrandom

from .. import _ops, dtypes as _dt, random as _random

_SEED_GENERATOR = {"generator": None}


def _create_seed(seed):
    if seed is not None:
        return seed
    gen = _SEED_GENERATOR["generator"]
    return (gen or _pyrandom).randint(1, int(1e9))


def _float_dtype(dtype):
    d = _dt.as_dtype(dtype or "float32")
    if not d.is_floating:
        raise ValueError(f"Expected floating point type, got {d}.")
    return d


class Initializer:
    def __call__(self, shape, dtype=None, **kwargs):
        raise NotImplementedError("Initializer subclasses must implement the `__call__()` method.")

    def get_config(self):
        return {}

    @classmethod
    def from_config(cls, config):
        config.pop("dtype", None)
        return cls(**config)


class Zeros(Initializer):
    def __call__(self, shape, dtype=None, **kwargs):
        return _ops.zeros(shape, dtype=_dt.as_dtype(dtype or "float32"))


class Ones(Initializer):
    def __call__(self, shape, dtype=None, **kwargs):
        return _ops.ones(shape, dtype=_dt.as_dtype(dtype or "float32"))


class Constant(Initializer):
    def __init__(self, value=0):
        self.value = value

    def __call__(self, shape, dtype=None, **kwargs):
        return _ops.constant(self.value, dtype=_dt.as_dtype(dtype or "float32"), shape=shape)

    def get_config(self):
        return {"value": self.value}


class _Seeded(Initializer):
    def __init__(self, seed=None):
        self.seed = seed
        self._seed = None

    def _stateless_seed(self):
        if self._seed is None:
            self._seed = _create_seed(self.seed)
        return [self._seed, 0]


class RandomUniform(_Seeded):
    def __init__(self, minval=-0.05, maxval=0.05, seed=None):
        super().__init__(seed)
        self.minval, self.maxval = minval, maxval

    def __call__(self, shape, dtype=None, **kwargs):
        d = _dt.as_dtype(dtype or "float32")
        return _random.stateless_uniform(shape, self._stateless_seed(), self.minval, self.maxval, d)

    def get_config(self):
        return {"minval": self.minval, "maxval": self.maxval, "seed": self.seed}


class RandomNormal(_Seeded):
    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        super().__init__(seed)
        self.mean, self.stddev = mean, stddev

    def __call__(self, shape, dtype=None, **kwargs):
        return _random.stateless_normal(shape, self._stateless_seed(), self.mean, self.stddev, _float_dtype(dtype))

    def get_config(self):
        return {"mean": self.mean, "stddev": self.stddev, "seed": self.seed}


class TruncatedNormal(RandomNormal):
    def __call__(self, shape, dtype=None, **kwargs):
        return _random.stateless_truncated_normal(shape, self._stateless_seed(), self.mean, self.stddev,
                                                  _float_dtype(dtype))


def _compute_fans(shape):
    shape = [int(s) for s in shape]
    if len(shape) < 1:
        return 1, 1
    if len(shape) == 1:
        return shape[0], shape[0]
    if len(shape) == 2:
        return shape[0], shape[1]
    rf = 1
    for d in shape[:-2]:
        rf *= d
    return shape[-2] * rf, shape[-1] * rf


class VarianceScaling(_Seeded):
    def __init__(self, scale=1.0, mode="fan_in", distribution="truncated_normal", seed=None):
        super().__init__(seed)
        if scale <= 0.0:
            raise ValueError(f"`scale` must be positive float. Received: scale={scale}.")
        if mode not in {"fan_in", "fan_out", "fan_avg"}:
            raise ValueError(f"Invalid `mode` argument: {mode}. Please use one of the {{'fan_in', 'fan_out', "
                             f"'fan_avg'}}.")
        distribution = distribution.lower()
        if distribution == "normal":
            distribution = "truncated_normal"
        if distribution not in {"uniform", "truncated_normal", "untruncated_normal"}:
            raise ValueError(f"Invalid `distribution` argument: {distribution}.Allowed distributions: "
                             f"{{'uniform', 'truncated_normal', 'untruncated_normal'}}.")
        self.scale, self.mode, self.distribution = scale, mode, distribution

    def __call__(self, shape, dtype=None, **kwargs):
        d = _float_dtype(dtype)
        scale = self.scale
        fan_in, fan_out = _compute_fans(shape)
        if self.mode == "fan_in":
            scale /= max(1.0, fan_in)
        elif self.mode == "fan_out":
            scale /= max(1.0, fan_out)
        else:
            scale /= max(1.0, (fan_in + fan_out) / 2.0)
        seed = self._stateless_seed()
        if self.distribution == "truncated_normal":
            # constant from scipy.stats.truncnorm.std(a=-2, b=2, loc=0., scale=1.)
            stddev = _math.sqrt(scale) / 0.87962566103423978
            return _random.stateless_truncated_normal(shape, seed, 0.0, stddev, d)
        if self.distribution == "untruncated_normal":
            return _random.stateless_normal(shape, seed, 0.0, _math.sqrt(scale), d)
        limit = _math.sqrt(3.0 * scale)
        return _random.stateless_uniform(shape, seed, -limit, limit, d)

    def get_config(self):
        return {"scale": self.scale, "mode": self.mode, "distribution": self.distribution, "seed": self.seed}


def _variance_scaling(cname, scale, mode, distribution):
    def __init__(self, seed=None):
        VarianceScaling.__init__(self, scale, mode, distribution, seed)

    return type(cname, (VarianceScaling,), {"__init__": __init__, "__module__": __name__,
                                            "get_config": lambda self: {"seed": self.seed}})


GlorotUniform = _variance_scaling("GlorotUniform", 1.0, "fan_avg", "uniform")
GlorotNormal = _variance_scaling("GlorotNormal", 1.0, "fan_avg", "truncated_normal")
HeNormal = _variance_scaling("HeNormal", 2.0, "fan_in", "truncated_normal")
HeUniform = _variance_scaling("HeUniform", 2.0, "fan_in", "uniform")
LecunNormal = _variance_scaling("LecunNormal", 1.0, "fan_in", "truncated_normal")
LecunUniform = _variance_scaling("LecunUniform", 1.0, "fan_in", "uniform")


class Identity(Initializer):
    def __init__(self, gain=1.0):
        self.gain = gain

    def __call__(self, shape, dtype=None, **kwargs):
        if len(shape) != 2:
            raise ValueError(f"Identity matrix initializer can only be used for 2D matrices. Received: shape={shape} "
                             f"of rank {len(shape)}.")
        d = _float_dtype(dtype)
        return _ops.eye(shape[0], shape[1], dtype=d) * _ops.constant(self.gain, dtype=d)


class Orthogonal(_Seeded):
    """Keras 2 Orthogonal: QR of a seeded standard normal sample of shape (max(rows, cols),
    min(rows, cols)), q * sign(diag(r)), transposed when rows < cols, times gain. The float32 QR
    follows TF's Eigen kernel (keras/_eigen_qr.py) while min(rows, cols) < 48, so it gives TF's
    numbers; larger ones use numpy's LAPACK QR (same matrix to about 1e-7, last digits differ)."""

    def __init__(self, gain=1.0, seed=None):
        super().__init__(seed)
        self.gain = gain

    def __call__(self, shape, dtype=None, **kwargs):
        import numpy as np

        d = _float_dtype(dtype)
        shape = [int(s) for s in shape]
        if len(shape) < 2:
            raise ValueError(f"The tensor to initialize must be at least two-dimensional. Received: "
                             f"shape={tuple(shape)} of rank {len(shape)}.")
        rows = 1
        for s in shape[:-1]:
            rows *= s
        cols = shape[-1]
        flat = [max(cols, rows), min(cols, rows)]
        a = _random.stateless_normal(flat, self._stateless_seed(), 0.0, 1.0, d).numpy()
        from . import _eigen_qr

        if a.dtype == np.float32 and flat[1] < _eigen_qr.BLOCKED_FROM:
            q, r = _eigen_qr.qr(a)
            q = (q * np.sign(np.diag(r))).astype(np.float32)
        else:
            q, r = np.linalg.qr(a.astype(np.float64))
            q = (q * np.sign(np.diag(r))).astype(a.dtype)
        if rows < cols:
            q = q.T
        q = _ops.constant(np.ascontiguousarray(q).reshape(shape), dtype=d)
        return _ops.constant(self.gain, dtype=d) * q

    def get_config(self):
        return {"gain": self.gain, "seed": self.seed}


_ALIASES = {
    "zeros": Zeros, "ones": Ones, "constant": Constant, "random_uniform": RandomUniform, "uniform": RandomUniform,
    "random_normal": RandomNormal, "normal": RandomNormal, "truncated_normal": TruncatedNormal,
    "variance_scaling": VarianceScaling, "glorot_uniform": GlorotUniform, "glorot_normal": GlorotNormal,
    "he_normal": HeNormal, "he_uniform": HeUniform, "lecun_normal": LecunNormal, "lecun_uniform": LecunUniform,
    "identity": Identity, "orthogonal": Orthogonal,
}
for _c in list(_ALIASES.values()):
    _ALIASES[_c.__name__.lower()] = _c
zeros, ones, constant = Zeros, Ones, Constant
random_uniform, random_normal, truncated_normal = RandomUniform, RandomNormal, TruncatedNormal
glorot_uniform, glorot_normal, he_normal, he_uniform = GlorotUniform, GlorotNormal, HeNormal, HeUniform
lecun_normal, lecun_uniform, variance_scaling = LecunNormal, LecunUniform, VarianceScaling
orthogonal = Orthogonal


def get(identifier):
    if identifier is None:
        return None
    if isinstance(identifier, Initializer) or callable(identifier) and not isinstance(identifier, type):
        return identifier
    if isinstance(identifier, type):
        return identifier()
    if isinstance(identifier, dict):
        cls = _ALIASES[identifier["class_name"].lower()]
        return cls.from_config(dict(identifier.get("config", {})))
    key = str(identifier)
    cls = _ALIASES.get(key) or _ALIASES.get(key.lower())
    if cls is None:
        raise ValueError(f"Could not interpret initializer identifier: {identifier}")
    return cls()


def serialize(initializer):
    return {"class_name": type(initializer).__name__, "config": initializer.get_config()}


def deserialize(config):
    return get(config)

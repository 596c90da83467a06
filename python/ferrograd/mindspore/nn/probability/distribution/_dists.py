# Distribution classes (see package docstring).
from ....._lazy import np
from .... import _dtype
from ...._tensor import Tensor
from ....ops import _math_func as MF
from ....ops import functional as F
from ...cell import Cell


def _as_tensor(v, dtype):
    if v is None:
        return None
    if isinstance(v, Tensor) or hasattr(v, "asnumpy"):
        return v
    return Tensor(np.asarray(v, np.float32), dtype)


def _fill(like, value):
    return F.full(tuple(like.shape), value, dtype=like.dtype)


def _sel(cond, a, b):
    from ..... import _core

    return _core.where_(cond, a, b)


class Distribution(Cell):
    def __init__(self, seed, dtype, name, param):
        super().__init__()
        if seed is None:
            seed = 0
        if not isinstance(name, str):
            raise TypeError(f"For '{type(self).__name__}', the type of 'name' should be 'str', but got type "
                            f"'{type(name).__name__}'.")
        if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
            raise ValueError(f"For '{name}', the 'seed' must be int and must >= 0, but got '{seed}'.")
        self._name = name
        self._seed = seed
        self._dtype = dtype
        self._parameters = {k: v for k, v in param.items() if not (k == "self" or k.startswith("_"))}
        self.default_parameters = []
        self.parameter_names = []
        self.parameter_type = _dtype.float32
        pd = self._parameters.get("param_dict", {})
        self._is_scalar_batch = all(v is None or isinstance(v, (int, float)) for v in pd.values())
        shape = None
        if all(v is not None for v in pd.values()) and pd:
            acc = None
            for v in pd.values():
                t = _as_tensor(v, _dtype.float32)
                acc = t if acc is None else t + acc
            shape = tuple(acc.shape)
        self._batch_shape = shape
        self._broadcast_shape = shape

    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype

    @property
    def seed(self):
        return self._seed

    @property
    def parameters(self):
        return self._parameters

    @property
    def is_scalar_batch(self):
        return self._is_scalar_batch

    @property
    def batch_shape(self):
        return self._batch_shape

    @property
    def broadcast_shape(self):
        return self._broadcast_shape

    def _add_parameter(self, value, name):
        t = _as_tensor(value, self.parameter_type)
        self.default_parameters.append(t)
        self.parameter_names.append(name)
        return t

    def _check_param_type(self, *args):
        out = []
        for arg, name, default in zip(args, self.parameter_names, self.default_parameters):
            if arg is None:
                if default is None:
                    raise ValueError(f"{name} must be specified.")
                arg = default
            out.append(_as_tensor(arg, self.parameter_type))
        if len(out) == 1:
            return out[0]
        shape = tuple(np.broadcast_shapes(*[tuple(t.shape) for t in out]))
        return tuple(t if tuple(t.shape) == shape else t.broadcast_to(shape) for t in out)

    # derived quantities, as MindSpore's base class
    def prob(self, value, *args, **kwargs):
        if hasattr(self, "_prob"):
            return self._prob(value, *args, **kwargs)
        return F.exp(self._log_prob(value, *args, **kwargs))

    def log_prob(self, value, *args, **kwargs):
        if hasattr(self, "_log_prob"):
            return self._log_prob(value, *args, **kwargs)
        return F.log(self._prob(value, *args, **kwargs))

    def cdf(self, value, *args, **kwargs):
        if hasattr(self, "_cdf"):
            return self._cdf(value, *args, **kwargs)
        if hasattr(self, "_log_cdf"):
            return F.exp(self._log_cdf(value, *args, **kwargs))
        if hasattr(self, "_survival_function"):
            return 1.0 - self._survival_function(value, *args, **kwargs)
        return 1.0 - F.exp(self._log_survival(value, *args, **kwargs))

    def log_cdf(self, value, *args, **kwargs):
        if hasattr(self, "_log_cdf"):
            return self._log_cdf(value, *args, **kwargs)
        return F.log(self.cdf(value, *args, **kwargs))

    def survival_function(self, value, *args, **kwargs):
        if hasattr(self, "_survival_function"):
            return self._survival_function(value, *args, **kwargs)
        if hasattr(self, "_log_survival"):
            return F.exp(self._log_survival(value, *args, **kwargs))
        return 1.0 - self.cdf(value, *args, **kwargs)

    def log_survival(self, value, *args, **kwargs):
        if hasattr(self, "_log_survival"):
            return self._log_survival(value, *args, **kwargs)
        return F.log(self.survival_function(value, *args, **kwargs))

    def mean(self, *args, **kwargs):
        return self._mean(*args, **kwargs)

    def mode(self, *args, **kwargs):
        return self._mode(*args, **kwargs)

    def sd(self, *args, **kwargs):
        if hasattr(self, "_sd"):
            return self._sd(*args, **kwargs)
        return F.sqrt(self._var(*args, **kwargs))

    def var(self, *args, **kwargs):
        if hasattr(self, "_var"):
            return self._var(*args, **kwargs)
        s = self._sd(*args, **kwargs)
        return s * s

    def entropy(self, *args, **kwargs):
        return self._entropy(*args, **kwargs)

    def kl_loss(self, dist, *args, **kwargs):
        return self._kl_loss(dist, *args, **kwargs)

    def cross_entropy(self, dist, *args, **kwargs):
        return self._cross_entropy(dist, *args, **kwargs)

    def sample(self, *args, **kwargs):
        return self._sample(*args, **kwargs)

    def get_dist_args(self, *args, **kwargs):
        return self._get_dist_args(*args, **kwargs)

    def get_dist_type(self):
        return self._get_dist_type()

    def construct(self, name, *args, **kwargs):
        if name in ("prob", "log_prob", "cdf", "log_cdf", "survival_function", "log_survival", "var", "sd", "mode",
                    "mean", "entropy", "kl_loss", "cross_entropy", "sample", "get_dist_args", "get_dist_type"):
            return getattr(self, name)(*args, **kwargs)
        raise Exception("Invalid name")

    # Shared boilerplate of the concrete distributions. Each subclass sets `_dist_type` (the name MindSpore's
    # get_dist_type returns) and `_repr_fields` ((label, attribute) pairs printed for a scalar batch).
    _dist_type = None
    _repr_fields = ()

    def extend_repr(self):
        if self.is_scalar_batch:
            return ", ".join(f"{label} = {getattr(self, attr)}" for label, attr in self._repr_fields)
        return "batch_shape = {}".format(self._broadcast_shape)

    def _get_dist_type(self):
        return self._dist_type

    def _get_dist_args(self, *args, **kwargs):
        vals = list(args) + [kwargs.get(n) for n in self.parameter_names[len(args):]]
        return tuple(d if v is None else v for v, d in zip(vals, self.default_parameters))

    def _cross_entropy(self, dist, *args, **kwargs):
        # cross_entropy(dist, <params of b>, <own params>) = entropy(own) + kl_loss(dist, b, own)
        self._check_dist(dist)
        own_args = args[len(self.parameter_names):]
        own_kwargs = {k: v for k, v in kwargs.items() if not k.endswith("_b")}
        return self._entropy(*own_args, **own_kwargs) + self._kl_loss(dist, *args, **kwargs)

    def _check_dist(self, dist):
        if dist != self._get_dist_type():
            raise ValueError(f"Expected dist input is {self._get_dist_type()}, but got {dist}.")

    def _sample_shape(self, shape, batch):
        if not isinstance(shape, tuple):
            raise TypeError(f"For '{self.name}', the type of 'shape' should be 'tuple', but got type "
                            f"'{type(shape).__name__}'.")
        origin = shape + batch
        return origin, (origin if origin != () else (1,))

    @staticmethod
    def _sample_out(origin, v):
        return v.reshape(()) if origin == () else v


def _check_greater_zero(t, name):
    if t is not None and (t.asnumpy() <= 0).any():
        raise ValueError(f"{name} must be greater than zero.")


def _check_prob(t):
    if t is not None:
        a = t.asnumpy()
        if (a < 0).any():
            raise ValueError("Probabilities must be greater than or equal to zero")
        if (a > 1).any():
            raise ValueError("Probabilities must be less than or equal to one")


class Normal(Distribution):
    _dist_type = "Normal"
    _repr_fields = (("mean", "_mean_value"), ("standard deviation", "_sd_value"))

    def __init__(self, mean=None, sd=None, seed=None, dtype=_dtype.float32, name="Normal"):
        param = dict(locals())
        param["param_dict"] = {"mean": mean, "sd": sd}
        super().__init__(seed, dtype, name, param)
        self._mean_value = self._add_parameter(mean, "mean")
        self._sd_value = self._add_parameter(sd, "sd")
        _check_greater_zero(self._sd_value, "Standard deviation")
        self.coff = Tensor(-0.5 * np.log(2.0 * np.pi), dtype)

    def _mean(self, mean=None, sd=None):
        return self._check_param_type(mean, sd)[0]

    _mode = _mean

    def _sd(self, mean=None, sd=None):
        return self._check_param_type(mean, sd)[1]

    def _entropy(self, mean=None, sd=None):
        mean, sd = self._check_param_type(mean, sd)
        return F.log(F.sqrt(Tensor(np.e * 2.0 * np.pi, _dtype.float32))) + F.log(sd)

    def _log_prob(self, value, mean=None, sd=None):
        value = value.astype(self.dtype)
        mean, sd = self._check_param_type(mean, sd)
        z = (value - mean) / sd
        return -0.5 * (z * z) + (self.coff - F.log(sd))

    def _cdf(self, value, mean=None, sd=None):
        value = value.astype(self.dtype)
        mean, sd = self._check_param_type(mean, sd)
        sqrt2 = F.sqrt(Tensor(2.0, _dtype.float32))
        return 0.5 * (1.0 + MF.erf((value - mean) / (sd * sqrt2)))

    def _kl_loss(self, dist, mean_b, sd_b, mean=None, sd=None):
        self._check_dist(dist)
        mean_b, sd_b = _as_tensor(mean_b, self.parameter_type), _as_tensor(sd_b, self.parameter_type)
        mean_a, sd_a = self._check_param_type(mean, sd)
        dls = F.log(sd_a) - F.log(sd_b)
        d = mean_a / sd_b - mean_b / sd_b
        return 0.5 * (d * d) + 0.5 * F.expm1(2 * dls) - dls

    def _sample(self, shape=(), mean=None, sd=None):
        mean, sd = self._check_param_type(mean, sd)
        origin, sshape = self._sample_shape(shape, tuple((mean + sd).shape))
        v = F.normal(sshape, mean, sd, self.seed).astype(self.dtype)
        return self._sample_out(origin, v)


class Bernoulli(Distribution):
    _dist_type = "Bernoulli"
    _repr_fields = (("probs", "_probs"),)

    def __init__(self, probs=None, seed=None, dtype=_dtype.int32, name="Bernoulli"):
        param = dict(locals())
        param["param_dict"] = {"probs": probs}
        super().__init__(seed, dtype, name, param)
        self._probs = self._add_parameter(probs, "probs1")
        _check_prob(self._probs)

    @property
    def probs(self):
        return self._probs

    def _mean(self, probs1=None):
        return self._check_param_type(probs1)

    def _mode(self, probs1=None):
        p = self._check_param_type(probs1)
        return _sel(p > 0.5, F.full(tuple(p.shape), 1, dtype=self.dtype), F.full(tuple(p.shape), 0, dtype=self.dtype))

    def _var(self, probs1=None):
        p = self._check_param_type(probs1)
        return F.exp(F.log(1.0 - p) + F.log(p))

    def _entropy(self, probs1=None):
        p1 = self._check_param_type(probs1)
        p0 = 1.0 - p1
        return -(p0 * F.log(p0)) - p1 * F.log(p1)

    def _log_prob(self, value, probs1=None):
        value = value.astype(self.parameter_type)
        p1 = self._check_param_type(probs1)
        eps = float(np.finfo(np.float32).eps)
        p1 = F.clip_by_value(p1, eps, 1.0 - eps)
        p0 = 1.0 - p1
        return F.log(p1) * value + F.log(p0) * (1.0 - value)

    def _cdf(self, value, probs1=None):
        value = value.astype(self.parameter_type).floor()
        p1 = self._check_param_type(probs1)
        b = value * p1
        value = value.broadcast_to(tuple(b.shape))
        p0 = (1.0 - p1).broadcast_to(tuple(b.shape))
        zeros, ones = _fill(b, 0.0), _fill(b, 1.0)
        return _sel(value < 1.0, _sel(value < 0.0, zeros, p0), ones)

    def _kl_loss(self, dist, probs1_b, probs1=None):
        self._check_dist(dist)
        pb = _as_tensor(probs1_b, self.parameter_type)
        pa = self._check_param_type(probs1)
        return pa * F.log(pa / pb) + (1.0 - pa) * F.log((1.0 - pa) / (1.0 - pb))

    def _sample(self, shape=(), probs1=None):
        p = self._check_param_type(probs1)
        origin, sshape = self._sample_shape(shape, tuple(p.shape))
        u = F.uniform(sshape, Tensor(0.0), Tensor(1.0), self.seed)
        v = (u < p).astype(self.dtype)
        return self._sample_out(origin, v)


class Uniform(Distribution):
    _dist_type = "Uniform"
    _repr_fields = (("low", "_low"), ("high", "_high"))

    def __init__(self, low=None, high=None, seed=None, dtype=_dtype.float32, name="Uniform"):
        param = dict(locals())
        param["param_dict"] = {"low": low, "high": high}
        super().__init__(seed, dtype, name, param)
        self._low = self._add_parameter(low, "low")
        self._high = self._add_parameter(high, "high")
        if self._low is not None and self._high is not None and (self._high.asnumpy() - self._low.asnumpy() <= 0).any():
            raise ValueError("high - low must be greater than zero.")

    @property
    def low(self):
        return self._low

    @property
    def high(self):
        return self._high

    def _mean(self, low=None, high=None):
        low, high = self._check_param_type(low, high)
        return (low + high) / 2.0

    def _var(self, low=None, high=None):
        low, high = self._check_param_type(low, high)
        d = high - low
        return d * d / 12.0

    def _entropy(self, low=None, high=None):
        low, high = self._check_param_type(low, high)
        return F.log(high - low)

    def _prob(self, value, low=None, high=None):
        value = value.astype(self.dtype)
        low, high = self._check_param_type(low, high)
        prob = F.exp(F.full(tuple(value.shape), -1.0, dtype=self.dtype) * F.log(high - low))
        zeros = _fill(prob, 0.0)
        return _sel(value <= high, _sel(value < low, zeros, prob), zeros)

    def _kl_loss(self, dist, low_b, high_b, low=None, high=None):
        self._check_dist(dist)
        low_b, high_b = _as_tensor(low_b, self.parameter_type), _as_tensor(high_b, self.parameter_type)
        low_a, high_a = self._check_param_type(low, high)
        kl = F.log(high_b - low_b) - F.log(high_a - low_a)
        ok = (low_b <= low_a).logical_and(high_a <= high_b)
        return _sel(ok, kl, _fill(kl, float("inf")))

    def _cdf(self, value, low=None, high=None):
        value = value.astype(self.dtype)
        low, high = self._check_param_type(low, high)
        prob = (value - low) / (high - low)
        zeros, ones = _fill(prob, 0.0), _fill(prob, 1.0)
        return _sel(value < high, _sel(value < low, zeros, prob), ones)

    def _sample(self, shape=(), low=None, high=None):
        low, high = self._check_param_type(low, high)
        origin, sshape = self._sample_shape(shape, tuple((low + high).shape))
        u = F.uniform(sshape, Tensor(0.0), Tensor(1.0), self.seed)
        v = ((high - low) * u + low).astype(self.dtype)
        return self._sample_out(origin, v)


class Exponential(Distribution):
    _dist_type = "Exponential"
    _repr_fields = (("rate", "_rate"),)

    def __init__(self, rate=None, seed=None, dtype=_dtype.float32, name="Exponential"):
        param = dict(locals())
        param["param_dict"] = {"rate": rate}
        super().__init__(seed, dtype, name, param)
        self._rate = self._add_parameter(rate, "rate")
        _check_greater_zero(self._rate, "rate")
        self.minval = float(np.finfo(np.float32).tiny)

    @property
    def rate(self):
        return self._rate

    def _mean(self, rate=None):
        return 1.0 / self._check_param_type(rate)

    def _mode(self, rate=None):
        r = self._check_param_type(rate)
        return F.full(tuple(r.shape), 0.0, dtype=self.dtype)

    _sd = _mean

    def _entropy(self, rate=None):
        return 1.0 - F.log(self._check_param_type(rate))

    def _log_prob(self, value, rate=None):
        value = value.astype(self.dtype)
        rate = self._check_param_type(rate)
        prob = F.log(rate) - rate * value
        return _sel(value < _fill(prob, 0.0), _fill(prob, float("-inf")), prob)

    def _cdf(self, value, rate=None):
        value = value.astype(self.dtype)
        rate = self._check_param_type(rate)
        cdf = 1.0 - F.exp(-1.0 * rate * value)
        zeros = _fill(cdf, 0.0)
        return _sel(value < zeros, zeros, cdf)

    def _log_survival(self, value, rate=None):
        value = value.astype(self.dtype)
        rate = self._check_param_type(rate)
        sf = -1.0 * rate * value
        zeros = _fill(sf, 0.0)
        return _sel(value < zeros, zeros, sf)

    def _kl_loss(self, dist, rate_b, rate=None):
        self._check_dist(dist)
        rb = _as_tensor(rate_b, self.parameter_type)
        ra = self._check_param_type(rate)
        return F.log(ra) - F.log(rb) + rb / ra - 1.0

    def _sample(self, shape=(), rate=None):
        rate = self._check_param_type(rate)
        origin, sshape = self._sample_shape(shape, tuple(rate.shape))
        u = F.uniform(sshape, Tensor(self.minval), Tensor(1.0), self.seed)
        v = (-(F.log(u) / rate)).astype(self.dtype)
        return self._sample_out(origin, v)


class Categorical(Distribution):
    _dist_type = "Categorical"
    _repr_fields = (("probs", "_probs"),)

    def __init__(self, probs=None, seed=None, dtype=_dtype.int32, name="Categorical"):
        param = dict(locals())
        param["param_dict"] = {"probs": probs}
        super().__init__(seed, dtype, name, param)
        self._probs = self._add_parameter(probs, "probs")
        if self._probs is not None:
            a = self._probs.asnumpy()
            if a.ndim == 0:
                raise ValueError("For 'Categorical', the rank of probs must be greater than 0.")
            _check_prob(self._probs)
            if not np.allclose(a.sum(-1), 1.0, atol=1e-6):
                raise ValueError("Probabilities for each category should sum to one for Categorical distribution.")
            if a.shape[:-1] == ():
                self._is_scalar_batch = True
            self._broadcast_shape = self._broadcast_shape[:-1]

    @property
    def probs(self):
        return self._probs

    def _index(self, probs):
        return Tensor(np.arange(0.0, probs.shape[-1], 1.0).astype(np.float32))

    def _mean(self, probs=None):
        p = self._check_param_type(probs)
        return F.sum(self._index(p) * p, -1, keepdim=True)

    def _mode(self, probs=None):
        p = self._check_param_type(probs)
        from .... import _core

        return _core.Tensor.argmax(p, -1, False).astype(self.dtype)

    def _var(self, probs=None):
        p = self._check_param_type(probs)
        idx = self._index(p)
        m = F.sum(idx * p, -1, keepdim=True)
        return F.sum((idx * idx) * p, -1, keepdim=True) - m * m

    def _entropy(self, probs=None):
        p = self._check_param_type(probs)
        return (-F.sum(F.log(p) * p, -1, keepdim=True)).squeeze()

    def _kl_loss(self, dist, probs_b, probs=None):
        self._check_dist(dist)
        pb = _as_tensor(probs_b, self.parameter_type)
        pa = self._check_param_type(probs)
        la, lb = F.log(pa), F.log(pb)
        return F.sum(F.softmax(la, -1) * (F.log_softmax(la, -1) - F.log_softmax(lb, -1)), -1, keepdim=True).squeeze()

    def _pick(self, value, probs, table, fill_low):
        value = value.astype(probs.dtype)
        v = value.asnumpy()
        v = np.where((v < 0) & (v > -1), np.float32(0), np.floor(v)).astype(np.float32)
        drop = v.ndim == 0 and tuple(probs.shape[:-1]) == ()
        if drop:
            v = v[..., None]
        v = v[..., None]
        n = probs.shape[-1]
        shape = np.broadcast_shapes(tuple(probs.shape), v.shape)
        tab = table.broadcast_to(shape).reshape(-1, n)
        vv = np.broadcast_to(v, shape)[..., :1].reshape(-1)
        idx = np.clip(vv, 0, n - 1).astype(np.int64)
        flat = tab.reshape(-1).index_select(0, Tensor(np.arange(vv.shape[0]) * n + idx))
        bad = (vv < 0) | (vv > n - 1) if not fill_low else (vv < 0)
        fill = np.float32(np.nan) if not fill_low else np.float32(0)
        out = _sel(Tensor(bad), F.full((vv.shape[0],), float(fill), dtype=flat.dtype), flat)
        out = out.reshape(*shape[:-1])
        return out.squeeze() if drop else out

    def _log_prob(self, value, probs=None):
        p = self._check_param_type(probs)
        return self._pick(value, p, F.log(p), False)

    def _cdf(self, value, probs=None):
        p = self._check_param_type(probs)
        return self._pick(value, p, F.cumsum(p, p.ndim - 1), True)

    def _sample(self, shape=(), probs=None):
        p = self._check_param_type(probs)
        origin, sshape = self._sample_shape(shape, tuple(p.shape[:-1]))
        n = int(np.prod(sshape))
        pa = p.asnumpy().reshape(-1, p.shape[-1]).astype(np.float64)
        rs = np.random.RandomState(self.seed or None)
        draws = np.stack([rs.choice(pa.shape[1], size=n // pa.shape[0] or 1, p=row / row.sum()) for row in pa], 1)
        v = Tensor(draws.reshape(sshape).astype(np.int64)).astype(self.dtype)
        return self._sample_out(origin, v)


for _c in (Distribution, Normal, Bernoulli, Uniform, Exponential, Categorical):
    _c.__module__ = "mindspore.nn.probability.distribution." + _c.__name__.lower()
del _c

# tf.keras.optimizers.schedules (tf-keras): learning rates as functions of the step, computed in
# the initial rate's dtype (float32) as tf-keras does.
import math

from .. import _ops, dtypes as _dt


class LearningRateSchedule:
    def __call__(self, step):
        raise NotImplementedError(f"Learning rate schedule '{self.__class__.__name__}' must override `__call__`.")

    def get_config(self):
        raise NotImplementedError(f"Learning rate schedule '{self.__class__.__name__}' must override `get_config`.")

    @classmethod
    def from_config(cls, config):
        return cls(**config)


class _Stored(LearningRateSchedule):
    # The constructor's arguments are the attributes and the config.

    def _keep(self, args):
        self._config = [k for k in args if k != "self"]
        self.__dict__.update((k, args[k]) for k in self._config)

    def get_config(self):
        return {k: getattr(self, k) for k in self._config}


def _f32(v):
    return _ops.cast(_ops.convert_to_tensor(v), _dt.float32) if not isinstance(v, (int, float)) else \
        _ops.constant(v, dtype=_dt.float32)


class ExponentialDecay(_Stored):
    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False, name=None):
        self._keep(locals())

    def __call__(self, step):
        lr = _f32(self.initial_learning_rate)
        p = _ops.cast(step, lr.dtype) / _f32(self.decay_steps)
        if self.staircase:
            p = _ops.floor(p)
        return _ops.multiply(lr, _ops.pow(_f32(self.decay_rate), p))


class InverseTimeDecay(_Stored):
    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False, name=None):
        self._keep(locals())

    def __call__(self, step):
        lr = _f32(self.initial_learning_rate)
        p = _ops.cast(step, lr.dtype) / _f32(self.decay_steps)
        if self.staircase:
            p = _ops.floor(p)
        return lr / (1.0 + _f32(self.decay_rate) * p)


class PiecewiseConstantDecay(_Stored):
    def __init__(self, boundaries, values, name=None):
        if len(boundaries) != len(values) - 1:
            raise ValueError("The length of boundaries should be 1 less than the length of values. Received: "
                             f"boundaries={boundaries} of length {len(boundaries)}, and values={values} of length "
                             f"{len(values)}.")
        self._keep(locals())

    def __call__(self, step):
        s = float(_ops.convert_to_tensor(step).numpy())
        for b, v in zip(self.boundaries, self.values):
            if s <= b:
                return _f32(v)
        return _f32(self.values[-1])


class PolynomialDecay(_Stored):
    def __init__(self, initial_learning_rate, decay_steps, end_learning_rate=0.0001, power=1.0, cycle=False,
                 name=None):
        self._keep(locals())

    def __call__(self, step):
        lr = _f32(self.initial_learning_rate)
        end = _f32(self.end_learning_rate)
        power = _f32(self.power)
        s = _ops.cast(step, lr.dtype)
        steps = _f32(self.decay_steps)
        if self.cycle:
            mult = _ops.where(_ops.equal(s, 0), 1.0, _ops.ceil(s / steps))
            steps = steps * mult
        else:
            s = _ops.minimum(s, steps)
        frac = s / steps
        return _ops.multiply(lr - end, _ops.pow(1 - frac, power)) + end


class CosineDecay(_Stored):
    def __init__(self, initial_learning_rate, decay_steps, alpha=0.0, name=None, warmup_target=None,
                 warmup_steps=0):
        self._keep(locals())
        if warmup_target is not None or warmup_steps:
            raise NotImplementedError("CosineDecay: warmup is not supported")

    def __call__(self, step):
        lr = _f32(self.initial_learning_rate)
        steps = _f32(self.decay_steps)
        s = _ops.minimum(_ops.cast(step, lr.dtype), steps)
        frac = s / steps
        cos = 0.5 * (1.0 + _ops.cos(_f32(math.pi) * frac))
        decayed = (1 - self.alpha) * cos + self.alpha
        return _ops.multiply(lr, decayed)


def serialize(schedule):
    return {"class_name": type(schedule).__name__, "config": schedule.get_config()}


def deserialize(config, custom_objects=None):
    return globals()[config["class_name"]].from_config(config["config"])

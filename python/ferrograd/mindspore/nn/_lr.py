# mindspore.nn dynamic learning-rate lists (piecewise_constant_lr, exponential_decay_lr, ...) and
# LearningRateSchedule cells (ExponentialDecayLR, CosineDecayLR, ...), with MindSpore's formulas.
import math

from ..._lazy import np
from .._tensor import Tensor
from .cell import Cell


def _pre(cls, name):
    return f"For '{cls}', the '{name}'" if cls else f"The '{name}'"


def _pos_int(v, name, cls=None):
    if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
        raise (TypeError if not isinstance(v, int) else ValueError)(
            f"{_pre(cls, name)} must be int and must > 0, but got '{v}' with type '{type(v).__name__}'.")


def _float(v, name, cls=None, positive=True):
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise TypeError(f"{_pre(cls, name)} must be float, but got '{type(v).__name__}'")
    if (positive and v <= 0) or v < 0:
        raise ValueError(f"{_pre(cls, name)} must be float and must {'>' if positive else '>='} 0, but got '{v}' "
                         f"with type '{type(v).__name__}'.")
    if not isinstance(v, float):
        raise TypeError(f"{_pre(cls, name)} must be float, but got '{type(v).__name__}'")


def _check_inputs(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair):
    _pos_int(total_step, "total_step")
    _pos_int(step_per_epoch, "step_per_epoch")
    _pos_int(decay_epoch, "decay_epoch")
    _float(learning_rate, "learning_rate")
    _float(decay_rate, "decay_rate")
    if not isinstance(is_stair, bool):
        raise TypeError(f"The type of 'is_stair' must be 'bool', but got '{type(is_stair).__name__}'.")


def piecewise_constant_lr(milestone, learning_rates):
    if not isinstance(milestone, (tuple, list)):
        raise TypeError(f"The type of 'milestone' must be 'tuple' or 'list', but got '{type(milestone).__name__}'.")
    if len(milestone) != len(learning_rates):
        raise ValueError(f"For 'piecewise_constant_lr', the size of 'milestone' must be same with the size of "
                         f"'learning_rates', but got 'milestone' size: {len(milestone)}, 'learning_rates' size: "
                         f"{len(learning_rates)}.")
    lr = []
    last_item = 0
    for i, item in enumerate(milestone):
        _pos_int(item, f"milestone[{i}]")
        if not isinstance(learning_rates[i], float):
            raise TypeError(f"The type of 'learning_rates[{i}]' must be 'float', "
                            f"but got '{type(learning_rates[i]).__name__}'.")
        if item < last_item:
            raise ValueError(f"For 'piecewise_constant_lr', the value of milestone[{i}] must be greater than "
                             f"milestone[{i - 1}], but got milestone[{i}]: {milestone[i]}, milestone[{i - 1}]: "
                             f"{milestone[i - 1]}.")
        lr += [learning_rates[i]] * (item - last_item)
        last_item = item
    return lr


def exponential_decay_lr(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair=False):
    _check_inputs(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair)
    lr = []
    for i in range(total_step):
        if is_stair:
            lr.append(learning_rate * decay_rate ** math.floor(math.floor(i / step_per_epoch) / decay_epoch))
        else:
            lr.append(learning_rate * decay_rate ** (math.floor(i / step_per_epoch) / decay_epoch))
    return lr


def natural_exp_decay_lr(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair=False):
    _check_inputs(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair)

    def function(x, y):
        return math.floor(x / y) * y if is_stair else x

    return [learning_rate * math.e ** (-decay_rate * function(math.floor(i / step_per_epoch), decay_epoch))
            for i in range(total_step)]


def inverse_decay_lr(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair=False):
    _check_inputs(learning_rate, decay_rate, total_step, step_per_epoch, decay_epoch, is_stair)
    lr = []
    for i in range(total_step):
        if is_stair:
            lr.append(learning_rate / (1 + decay_rate * math.floor(math.floor(i / step_per_epoch) / decay_epoch)))
        else:
            lr.append(learning_rate / (1 + decay_rate * math.floor(i / step_per_epoch) / decay_epoch))
    return lr


def cosine_decay_lr(min_lr, max_lr, total_step, step_per_epoch, decay_epoch):
    if not isinstance(min_lr, float):
        raise TypeError(f"For 'cosine_decay_lr', the argument 'min_lr' must be type of float, but got 'min_lr' "
                        f"type: {type(min_lr)}.")
    _float(min_lr, "min_lr", None, False)
    _float(max_lr, "max_lr")
    _pos_int(total_step, "total_step")
    _pos_int(step_per_epoch, "step_per_epoch")
    _pos_int(decay_epoch, "decay_epoch")
    if min_lr >= max_lr:
        raise ValueError(f"For 'cosine_decay_lr', the 'max_lr' must be greater than the 'min_lr', but got 'max_lr' "
                         f"value: {max_lr}, 'min_lr' value: {min_lr}.")
    delta = 0.5 * (max_lr - min_lr)
    lr = []
    for i in range(total_step):
        tmp_epoch = min(math.floor(i / step_per_epoch), decay_epoch)
        lr.append(min_lr + delta * (1 + math.cos(math.pi * tmp_epoch / decay_epoch)))
    return lr


def polynomial_decay_lr(learning_rate, end_learning_rate, total_step, step_per_epoch, decay_epoch, power,
                        update_decay_epoch=False):
    _float(learning_rate, "learning_rate")
    if not isinstance(end_learning_rate, float):
        raise TypeError(f"For 'polynomial_decay_lr', the argument 'end_learning_rate' must be type of float, but got "
                        f"'end_learning_rate' type: {type(end_learning_rate)}.")
    _float(end_learning_rate, "end_learning_rate", None, False)
    _float(power, "power")
    _pos_int(total_step, "total_step")
    _pos_int(step_per_epoch, "step_per_epoch")
    _pos_int(decay_epoch, "decay_epoch")
    origin = decay_epoch

    def function(x, y):
        if update_decay_epoch:
            return origin * max(math.ceil(y / origin), 1), y
        return x, min(x, y)

    lr = []
    delta = learning_rate - end_learning_rate
    for i in range(total_step):
        current_epoch = math.floor(i / step_per_epoch)
        decay_epoch, tmp_epoch = function(decay_epoch, current_epoch)
        lr.append(delta * (1 - tmp_epoch / decay_epoch) ** power + end_learning_rate)
    return lr


def warmup_lr(learning_rate, total_step, step_per_epoch, warmup_epoch):
    if not isinstance(learning_rate, float):
        raise TypeError(f"For 'warmup_lr', the argument 'learning_rate' must be type of float, but got "
                        f"'learning_rate' type: {type(learning_rate)}.")
    _float(learning_rate, "learning_rate", None, False)
    _pos_int(warmup_epoch, "warmup_epoch")
    _pos_int(total_step, "total_step")
    _pos_int(step_per_epoch, "step_per_epoch")
    lr = []
    for i in range(total_step):
        current_epoch = math.floor(i / step_per_epoch)
        lr.append(learning_rate * min(warmup_epoch, current_epoch) / warmup_epoch)
    return lr


# ------------------------------------------------------------------ LearningRateSchedule cells

def _f32(v):
    return np.float32(v.asnumpy() if isinstance(v, Tensor) or hasattr(v, "asnumpy") else v)


def _out(v):
    return Tensor(np.asarray(v, np.float32))


class LearningRateSchedule(Cell):
    def __init__(self):
        super().__init__()

    def construct(self, global_step):
        raise NotImplementedError


def _check_sched(learning_rate, decay_rate, decay_steps, is_stair, cls):
    _pos_int(decay_steps, "decay_steps", cls)
    _float(learning_rate, "learning_rate", cls)
    _float(decay_rate, "decay_rate", cls)
    if not isinstance(is_stair, bool):
        raise TypeError(f"For '{cls}', the type of 'is_stair' must be 'bool', but got '{type(is_stair).__name__}'.")


class _DecayLR(LearningRateSchedule):
    # The (learning_rate, decay_rate, decay_steps, is_stair) schedules.

    def __init__(self, learning_rate, decay_rate, decay_steps, is_stair=False):
        super().__init__()
        _check_sched(learning_rate, decay_rate, decay_steps, is_stair, type(self).__name__)
        self.learning_rate, self.decay_rate, self.decay_steps, self.is_stair = (learning_rate, decay_rate,
                                                                                decay_steps, is_stair)

    def _progress(self, global_step):
        # global_step / decay_steps in float32, floored when is_stair.
        p = np.float32(_f32(global_step) / np.float32(self.decay_steps))
        return np.floor(p) if self.is_stair else p


class ExponentialDecayLR(_DecayLR):
    def construct(self, global_step):
        p = self._progress(global_step)
        return _out(np.float32(self.learning_rate) * np.power(np.float32(self.decay_rate), p, dtype=np.float32))


class NaturalExpDecayLR(_DecayLR):
    def construct(self, global_step):
        p = _f32(global_step)
        if self.is_stair:
            p = np.float32(np.floor(p / np.float32(self.decay_steps)) * np.float32(self.decay_steps))
        e = np.power(np.float32(math.e), np.float32(-self.decay_rate) * p, dtype=np.float32)
        return _out(np.float32(self.learning_rate) * e)


class InverseDecayLR(_DecayLR):
    def construct(self, global_step):
        p = self._progress(global_step)
        return _out(np.float32(self.learning_rate) / (np.float32(1) + np.float32(self.decay_rate) * p))


class CosineDecayLR(LearningRateSchedule):
    def __init__(self, min_lr, max_lr, decay_steps):
        super().__init__()
        cls = type(self).__name__
        if not isinstance(min_lr, float):
            raise TypeError(f"For 'CosineDecayLR', the argument 'min_lr' must be type of float, but got 'min_lr' "
                            f"type: {type(min_lr)}.")
        _float(min_lr, "min_lr", cls, False)
        _float(max_lr, "max_lr", cls)
        _pos_int(decay_steps, "decay_steps", cls)
        if min_lr >= max_lr:
            raise ValueError(f"For 'CosineDecayLR', the 'max_lr' must be greater than the 'min_lr', but got 'max_lr' "
                             f"value: {max_lr}, 'min_lr' value: {min_lr}.")
        self.min_lr, self.max_lr, self.decay_steps = min_lr, max_lr, decay_steps
        self.delta = 0.5 * (max_lr - min_lr)

    def construct(self, global_step):
        p = np.float32(min(_f32(global_step), np.float32(self.decay_steps)))
        s = np.sin(np.float32(math.pi) * np.float32(p / np.float32(self.decay_steps) + np.float32(0.5)),
                   dtype=np.float32)
        return _out(np.float32(self.min_lr) + np.float32(self.delta) * (np.float32(1.0) + s))


class PolynomialDecayLR(LearningRateSchedule):
    def __init__(self, learning_rate, end_learning_rate, decay_steps, power, update_decay_steps=False):
        super().__init__()
        cls = type(self).__name__
        _float(learning_rate, "learning_rate", cls)
        if not isinstance(end_learning_rate, float):
            raise TypeError(f"For 'PolynomialDecayLR', the argument 'end_learning_rate' must be type of float, but "
                            f"got 'end_learning_rate' type: {type(end_learning_rate)}.")
        _float(end_learning_rate, "end_learning_rate", cls, False)
        _pos_int(decay_steps, "decay_steps", cls)
        _float(power, "power", cls)
        self.decay_steps = decay_steps
        self.start_learning_rate = learning_rate
        self.end_learning_rate = end_learning_rate
        self.diff_learning_rate = learning_rate - end_learning_rate
        self.power = power
        self.update_decay_steps = update_decay_steps

    def construct(self, global_step):
        g = _f32(global_step)
        d = np.float32(self.decay_steps)
        if self.update_decay_steps:
            d = np.float32(d * max(np.ceil(np.float32(g / d)), np.float32(1)))
        else:
            g = min(g, d)
        p = np.float32(g / d)
        pw = np.power(np.float32(1.0) - p, np.float32(self.power), dtype=np.float32)
        return _out(np.float32(self.diff_learning_rate) * pw + np.float32(self.end_learning_rate))


class WarmUpLR(LearningRateSchedule):
    def __init__(self, learning_rate, warmup_steps):
        super().__init__()
        if not isinstance(learning_rate, float):
            raise TypeError(f"For 'WarmUpLR', the argument 'learning_rate' must be type of float, but got "
                            f"'learning_rate' type: {type(learning_rate)}.")
        _float(learning_rate, "learning_rate", type(self).__name__, False)
        _pos_int(warmup_steps, "warmup_steps", type(self).__name__)
        self.warmup_steps = warmup_steps
        self.learning_rate = learning_rate

    def construct(self, global_step):
        pct = np.float32(np.float32(min(_f32(global_step), np.float32(self.warmup_steps)))
                         / np.float32(self.warmup_steps))
        return _out(np.float32(self.learning_rate) * pct)

"""torch.optim.lr_scheduler PolynomialLR, SequentialLR, ChainedScheduler, CyclicLR (torch's formulas)."""
import math
from bisect import bisect_right
from functools import partial

from ._sched_extra import _Initial, _base, _format_param


def _initial_step(s):
    s._step_count = 0
    if isinstance(s, _Initial):
        s._is_initial = True
        try:
            s.step()
        finally:
            s._is_initial = False
    else:
        s.step()


def _closed_form(s):
    if hasattr(s, "_get_closed_form_lr"):
        return s._get_closed_form_lr()
    n, e = type(s).__name__, s.last_epoch
    if n == "StepLR":
        return [b * s.gamma ** (e // s.step_size) for b in s.base_lrs]
    if n == "MultiStepLR":
        return [b * s.gamma ** bisect_right(s.milestones, e) for b in s.base_lrs]
    if n == "ExponentialLR":
        return [b * s.gamma ** e for b in s.base_lrs]
    if n == "CosineAnnealingLR":
        return [s.eta_min + (b - s.eta_min) * (1 + math.cos(math.pi * e / s.T_max)) / 2 for b in s.base_lrs]
    if n == "LinearLR":
        return [b * (s.start_factor + (s.end_factor - s.start_factor) * min(s.total_iters, e) / s.total_iters)
                for b in s.base_lrs]
    if n == "ConstantLR":
        return [b * (s.factor + (e >= s.total_iters) * (1 - s.factor)) for b in s.base_lrs]
    return s.get_lr()


def _update_lr(s, epoch):
    s.last_epoch = epoch
    values = _closed_form(s)
    for group, lr in zip(s.optimizer.param_groups, values):
        group["lr"] = lr
    s._last_lr = [group["lr"] for group in s.optimizer.param_groups]


def _check_scheds(self, optimizer, schedulers):
    for i, s in enumerate(schedulers):
        if not hasattr(s, "optimizer"):
            raise TypeError(f"{self.__class__.__name__} at index {i} should have `optimizer` as its attribute.")
        if type(s).__name__ == "ReduceLROnPlateau":
            raise ValueError(f"{self.__class__.__name__} does not support `ReduceLROnPlateau` scheduler as it "
                             "requires additional kwargs to be specified when calling `step`, "
                             f"but got one at index {i} in the given schedulers sequence.")
        if optimizer != s.optimizer:
            raise ValueError(f"{self.__class__.__name__} expects all schedulers to belong to the same optimizer, but "
                             f"got scheduler {s.__class__.__name__} at index {i} has {s.optimizer}, "
                             f"which is different from {optimizer.__class__.__name__}.")


def _make():
    LRScheduler = _base()

    class PolynomialLR(_Initial, LRScheduler):
        def __init__(self, optimizer, total_iters=5, power=1.0, last_epoch=-1):
            self.total_iters, self.power = total_iters, power
            self._start(optimizer, last_epoch)

        def get_lr(self):
            if self._is_initial or self.last_epoch > self.total_iters:
                return [group["lr"] for group in self.optimizer.param_groups]
            decay_factor = ((1.0 - self.last_epoch / self.total_iters)
                            / (1.0 - (self.last_epoch - 1) / self.total_iters)) ** self.power
            return [group["lr"] * decay_factor for group in self.optimizer.param_groups]

        def _get_closed_form_lr(self):
            return [base_lr * (1.0 - min(self.total_iters, self.last_epoch) / self.total_iters) ** self.power
                    for base_lr in self.base_lrs]

    class SequentialLR(LRScheduler):
        def __init__(self, optimizer, schedulers, milestones, last_epoch=-1):
            if len(schedulers) < 1:
                raise ValueError(f"{self.__class__.__name__} expects at least one scheduler, but got no scheduler.")
            _check_scheds(self, optimizer, schedulers)
            if len(milestones) != len(schedulers) - 1:
                raise ValueError("Sequential Schedulers expects number of schedulers provided to be one more "
                                 f"than the number of milestone points, but got number of schedulers {len(schedulers)} "
                                 f"and the number of milestones to be equal to {len(milestones)}")
            self._schedulers = schedulers
            self._milestones = milestones
            self.last_epoch = last_epoch + 1
            self.optimizer = optimizer
            for group in self.optimizer.param_groups:
                group["lr"] = group["initial_lr"]
            self.recursive_undo()
            idx = bisect_right(self._milestones, 0)
            _initial_step(self._schedulers[idx])
            self._last_lr = schedulers[idx].get_last_lr()

        def recursive_undo(self, sched=None):
            scheds = self if sched is None else sched
            if hasattr(scheds, "_schedulers"):
                for s in scheds._schedulers:
                    self.recursive_undo(s)
            elif hasattr(scheds, "last_epoch"):
                scheds.last_epoch -= 1

        def step(self):
            self.last_epoch += 1
            idx = bisect_right(self._milestones, self.last_epoch)
            scheduler = self._schedulers[idx]
            if idx > 0 and self._milestones[idx - 1] == self.last_epoch:
                _update_lr(scheduler, 0)
            else:
                scheduler.step()
            self._last_lr = scheduler.get_last_lr()

        def state_dict(self):
            sd = {k: v for k, v in self.__dict__.items() if k not in ("optimizer", "_schedulers")}
            sd["_schedulers"] = [s.state_dict() for s in self._schedulers]
            return sd

        def load_state_dict(self, state_dict):
            _schedulers = state_dict.pop("_schedulers")
            self.__dict__.update(state_dict)
            state_dict["_schedulers"] = _schedulers
            for idx, s in enumerate(_schedulers):
                self._schedulers[idx].load_state_dict(s)

    class ChainedScheduler(LRScheduler):
        def __init__(self, schedulers, optimizer=None):
            if len(schedulers) < 1:
                raise ValueError(f"{self.__class__.__name__} expects at least one scheduler to be chained, "
                                 "but got no scheduler.")
            optimizer = optimizer or schedulers[0].optimizer
            _check_scheds(self, optimizer, schedulers)
            self._schedulers = schedulers
            self.optimizer = optimizer
            self._last_lr = [group["lr"] for group in self._schedulers[-1].optimizer.param_groups]

        def step(self):
            for scheduler in self._schedulers:
                scheduler.step()
            self._last_lr = [group["lr"] for group in self._schedulers[-1].optimizer.param_groups]

        state_dict = SequentialLR.state_dict
        load_state_dict = SequentialLR.load_state_dict

    class CyclicLR(LRScheduler):
        def __init__(self, optimizer, base_lr, max_lr, step_size_up=2000, step_size_down=None, mode="triangular",
                     gamma=1.0, scale_fn=None, scale_mode="cycle", cycle_momentum=True, base_momentum=0.8,
                     max_momentum=0.9, last_epoch=-1):
            from .optimizer import Optimizer

            if not isinstance(optimizer, Optimizer):
                raise TypeError(f"{type(optimizer).__name__} is not an Optimizer")
            self.optimizer = optimizer
            base_lrs = _format_param("base_lr", optimizer, base_lr)
            if last_epoch == -1:
                for lr, group in zip(base_lrs, optimizer.param_groups):
                    group["lr"] = lr
            self.max_lrs = _format_param("max_lr", optimizer, max_lr)
            step_size_up = float(step_size_up)
            step_size_down = float(step_size_down) if step_size_down is not None else step_size_up
            self.total_size = step_size_up + step_size_down
            self.step_ratio = step_size_up / self.total_size
            if mode not in ["triangular", "triangular2", "exp_range"] and scale_fn is None:
                raise ValueError("mode is invalid and scale_fn is None")
            self.mode, self.gamma = mode, gamma
            self._scale_fn_custom = scale_fn
            self.scale_mode = scale_mode
            self._init_scale_fn()
            self.cycle_momentum = cycle_momentum
            if cycle_momentum:
                if "momentum" not in optimizer.defaults and "betas" not in optimizer.defaults:
                    raise ValueError("optimizer must support momentum or beta1 with `cycle_momentum` option enabled")
                self.use_beta1 = "betas" in self.optimizer.defaults
                self.base_momentums = _format_param("base_momentum", optimizer, base_momentum)
                self.max_momentums = _format_param("max_momentum", optimizer, max_momentum)
                if last_epoch == -1:
                    for m_momentum, b_momentum, group in zip(self.max_momentums, self.base_momentums,
                                                             optimizer.param_groups):
                        if self.use_beta1:
                            group["betas"] = (m_momentum, *group["betas"][1:])
                        else:
                            group["momentum"] = m_momentum
                        group["max_momentum"] = m_momentum
                        group["base_momentum"] = b_momentum
            super().__init__(optimizer, last_epoch)
            self.base_lrs = base_lrs

        def _init_scale_fn(self):
            if self._scale_fn_custom is not None:
                return
            if self.mode == "triangular":
                self._scale_fn_ref = self._triangular_scale_fn
                self.scale_mode = "cycle"
            elif self.mode == "triangular2":
                self._scale_fn_ref = self._triangular2_scale_fn
                self.scale_mode = "cycle"
            elif self.mode == "exp_range":
                self._scale_fn_ref = partial(self._exp_range_scale_fn, self.gamma)
                self.scale_mode = "iterations"

        def scale_fn(self, x):
            if self._scale_fn_custom is not None:
                return self._scale_fn_custom(x)
            return self._scale_fn_ref(x)

        @staticmethod
        def _triangular_scale_fn(x):
            return 1.0

        @staticmethod
        def _triangular2_scale_fn(x):
            return 1 / (2.0 ** (x - 1))

        @staticmethod
        def _exp_range_scale_fn(gamma, x):
            return gamma ** x

        def get_lr(self):
            cycle = math.floor(1 + self.last_epoch / self.total_size)
            x = 1.0 + self.last_epoch / self.total_size - cycle
            if x <= self.step_ratio:
                scale_factor = x / self.step_ratio
            else:
                scale_factor = (x - 1) / (self.step_ratio - 1)
            arg = cycle if self.scale_mode == "cycle" else self.last_epoch
            lrs = [base_lr + (max_lr - base_lr) * scale_factor * self.scale_fn(arg)
                   for base_lr, max_lr in zip(self.base_lrs, self.max_lrs)]
            if self.cycle_momentum:
                momentums = [max_m - (max_m - base_m) * scale_factor * self.scale_fn(arg)
                             for base_m, max_m in zip(self.base_momentums, self.max_momentums)]
                for param_group, momentum in zip(self.optimizer.param_groups, momentums):
                    if self.use_beta1:
                        param_group["betas"] = (momentum, *param_group["betas"][1:])
                    else:
                        param_group["momentum"] = momentum
            return lrs

        def state_dict(self):
            state = {k: v for k, v in self.__dict__.items() if k != "optimizer"}
            state.pop("_scale_fn_ref", None)
            fn = state.pop("_scale_fn_custom")
            state["_scale_fn_custom"] = None
            if fn is not None and not isinstance(fn, type(_make)):
                state["_scale_fn_custom"] = fn.__dict__.copy()
            return state

    out = {}
    for c in (PolynomialLR, SequentialLR, ChainedScheduler, CyclicLR):
        c.__qualname__ = c.__name__
        c.__module__ = LRScheduler.__module__
        out[c.__name__] = c
    return out

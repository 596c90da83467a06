"""More torch.optim.lr_scheduler classes: ReduceLROnPlateau, LinearLR, ConstantLR, MultiplicativeLR,
OneCycleLR, CosineAnnealingWarmRestarts (torch's recursive/closed forms, same float operations)."""
import math


def _base():
    from .lr_scheduler import LRScheduler

    return LRScheduler


def _format_param(name, optimizer, param):
    if isinstance(param, (list, tuple)):
        if len(param) != len(optimizer.param_groups):
            raise ValueError(f"{name} must have the same length as optimizer.param_groups. {name} has "
                             f"{len(param)} values, param_groups has {len(optimizer.param_groups)}.")
        return list(param)
    return [param] * len(optimizer.param_groups)


class _Initial:
    """Mixin: `_is_initial` is True during the step the constructor makes."""

    def _start(self, optimizer, last_epoch):
        self._is_initial = True
        try:
            _base().__init__(self, optimizer, last_epoch)
        finally:
            self._is_initial = False


def _make():
    LRScheduler = _base()

    class LinearLR(_Initial, LRScheduler):
        def __init__(self, optimizer, start_factor=1.0 / 3, end_factor=1.0, total_iters=5, last_epoch=-1):
            if start_factor > 1.0 or start_factor <= 0:
                raise ValueError("Starting multiplicative factor expected to be greater than 0 and less or equal "
                                 "to 1.")
            if end_factor > 1.0 or end_factor < 0:
                raise ValueError("Ending multiplicative factor expected to be between 0 and 1.")
            self.start_factor, self.end_factor, self.total_iters = start_factor, end_factor, total_iters
            self._start(optimizer, last_epoch)

        def get_lr(self):
            if self.last_epoch == 0:
                return [group["lr"] * self.start_factor for group in self.optimizer.param_groups]
            if self._is_initial or self.last_epoch > self.total_iters:
                return [group["lr"] for group in self.optimizer.param_groups]
            return [group["lr"] * (1.0 + (self.end_factor - self.start_factor)
                                   / (self.total_iters * self.start_factor
                                      + (self.last_epoch - 1) * (self.end_factor - self.start_factor)))
                    for group in self.optimizer.param_groups]

    class ConstantLR(_Initial, LRScheduler):
        def __init__(self, optimizer, factor=1.0 / 3, total_iters=5, last_epoch=-1):
            if factor > 1.0 or factor < 0:
                raise ValueError("Constant multiplicative factor expected to be between 0 and 1.")
            self.factor, self.total_iters = factor, total_iters
            self._start(optimizer, last_epoch)

        def get_lr(self):
            if self.last_epoch == 0:
                return [group["lr"] * self.factor for group in self.optimizer.param_groups]
            if self.last_epoch != self.total_iters:
                return [group["lr"] for group in self.optimizer.param_groups]
            return [group["lr"] * (1.0 / self.factor) for group in self.optimizer.param_groups]

    class MultiplicativeLR(_Initial, LRScheduler):
        def __init__(self, optimizer, lr_lambda, last_epoch=-1):
            if not isinstance(lr_lambda, (list, tuple)):
                self.lr_lambdas = [lr_lambda] * len(optimizer.param_groups)
            else:
                if len(lr_lambda) != len(optimizer.param_groups):
                    raise ValueError(f"Expected {len(optimizer.param_groups)} lr_lambdas, but got {len(lr_lambda)}")
                self.lr_lambdas = list(lr_lambda)
            for fn in self.lr_lambdas:
                if not callable(fn):
                    raise TypeError(f"lr_lambda should be a function, but got {type(fn).__name__}")
            self._start(optimizer, last_epoch)

        def get_lr(self):
            if not self._is_initial:
                return [group["lr"] * lmbda(self.last_epoch)
                        for lmbda, group in zip(self.lr_lambdas, self.optimizer.param_groups)]
            return [group["lr"] for group in self.optimizer.param_groups]

    class CosineAnnealingWarmRestarts(LRScheduler):
        def __init__(self, optimizer, T_0, T_mult=1, eta_min=0.0, last_epoch=-1):
            if T_0 <= 0 or not isinstance(T_0, int):
                raise ValueError(f"Expected positive integer T_0, but got {T_0}")
            if T_mult < 1 or not isinstance(T_mult, int):
                raise ValueError(f"Expected integer T_mult >= 1, but got {T_mult}")
            if not isinstance(eta_min, (float, int)):
                raise ValueError(f"Expected float or int eta_min, but got {eta_min} of type {type(eta_min)}")
            self.T_0, self.T_i, self.T_mult, self.eta_min, self.T_cur = T_0, T_0, T_mult, eta_min, last_epoch
            super().__init__(optimizer, last_epoch)

        def get_lr(self):
            return [self.eta_min + (base_lr - self.eta_min) * (1 + math.cos(math.pi * self.T_cur / self.T_i)) / 2
                    for base_lr in self.base_lrs]

        def step(self, epoch=None):
            if epoch is None and self.last_epoch < 0:
                epoch = 0
            if epoch is None:
                epoch = self.last_epoch + 1
                self.T_cur = self.T_cur + 1
                if self.T_cur >= self.T_i:
                    self.T_cur = self.T_cur % self.T_i
                    self.T_i = self.T_i * self.T_mult
            else:
                if epoch < 0:
                    raise ValueError(f"Expected non-negative epoch, but got {epoch}")
                if epoch >= self.T_0:
                    if self.T_mult == 1:
                        self.T_cur = epoch % self.T_0
                    else:
                        n = int(math.log((epoch / self.T_0 * (self.T_mult - 1) + 1), self.T_mult))
                        self.T_cur = epoch - self.T_0 * (self.T_mult ** n - 1) / (self.T_mult - 1)
                        self.T_i = self.T_0 * self.T_mult ** n
                else:
                    self.T_i = self.T_0
                    self.T_cur = epoch
            self._step_count = getattr(self, "_step_count", 0) + 1
            self.last_epoch = math.floor(epoch)
            for group, lr in zip(self.optimizer.param_groups, self.get_lr()):
                group["lr"] = lr
            self._last_lr = [group["lr"] for group in self.optimizer.param_groups]

    class OneCycleLR(LRScheduler):
        def __init__(self, optimizer, max_lr, total_steps=None, epochs=None, steps_per_epoch=None, pct_start=0.3,
                     anneal_strategy="cos", cycle_momentum=True, base_momentum=0.85, max_momentum=0.95,
                     div_factor=25.0, final_div_factor=1e4, three_phase=False, last_epoch=-1):
            self.optimizer = optimizer
            if total_steps is not None:
                if total_steps <= 0 or not isinstance(total_steps, int):
                    raise ValueError(f"Expected positive integer total_steps, but got {total_steps}")
                self.total_steps = total_steps
            elif epochs is not None and steps_per_epoch is not None:
                if not isinstance(epochs, int) or epochs <= 0:
                    raise ValueError(f"Expected positive integer epochs, but got {epochs}")
                if not isinstance(steps_per_epoch, int) or steps_per_epoch <= 0:
                    raise ValueError(f"Expected positive integer steps_per_epoch, but got {steps_per_epoch}")
                self.total_steps = epochs * steps_per_epoch
            else:
                raise ValueError("You must define either total_steps OR (epochs AND steps_per_epoch)")
            if three_phase:
                self._schedule_phases = [
                    {"end_step": float(pct_start * self.total_steps) - 1, "start_lr": "initial_lr",
                     "end_lr": "max_lr", "start_momentum": "max_momentum", "end_momentum": "base_momentum"},
                    {"end_step": float(2 * pct_start * self.total_steps) - 2, "start_lr": "max_lr",
                     "end_lr": "initial_lr", "start_momentum": "base_momentum", "end_momentum": "max_momentum"},
                    {"end_step": self.total_steps - 1, "start_lr": "initial_lr", "end_lr": "min_lr",
                     "start_momentum": "max_momentum", "end_momentum": "max_momentum"},
                ]
            else:
                self._schedule_phases = [
                    {"end_step": float(pct_start * self.total_steps) - 1, "start_lr": "initial_lr",
                     "end_lr": "max_lr", "start_momentum": "max_momentum", "end_momentum": "base_momentum"},
                    {"end_step": self.total_steps - 1, "start_lr": "max_lr", "end_lr": "min_lr",
                     "start_momentum": "base_momentum", "end_momentum": "max_momentum"},
                ]
            if pct_start < 0 or pct_start > 1 or not isinstance(pct_start, float):
                raise ValueError(f"Expected float between 0 and 1 pct_start, but got {pct_start}")
            if anneal_strategy not in ["cos", "linear"]:
                raise ValueError(f"anneal_strategy must be one of 'cos' or 'linear', instead got {anneal_strategy}")
            self._anneal_func_type = anneal_strategy
            max_lrs = _format_param("max_lr", optimizer, max_lr)
            if last_epoch == -1:
                for idx, group in enumerate(optimizer.param_groups):
                    group["initial_lr"] = max_lrs[idx] / div_factor
                    group["max_lr"] = max_lrs[idx]
                    group["min_lr"] = group["initial_lr"] / final_div_factor
            self.cycle_momentum = cycle_momentum
            if cycle_momentum:
                if "momentum" not in optimizer.defaults and "betas" not in optimizer.defaults:
                    raise ValueError("optimizer must support momentum or beta1 with `cycle_momentum` option enabled")
                self.use_beta1 = "betas" in optimizer.defaults
                max_ms = _format_param("max_momentum", optimizer, max_momentum)
                base_ms = _format_param("base_momentum", optimizer, base_momentum)
                if last_epoch == -1:
                    for m_m, b_m, group in zip(max_ms, base_ms, optimizer.param_groups):
                        if self.use_beta1:
                            group["betas"] = (m_m, *group["betas"][1:])
                        else:
                            group["momentum"] = m_m
                        group["max_momentum"] = m_m
                        group["base_momentum"] = b_m
            super().__init__(optimizer, last_epoch)

        def _anneal_func(self, start, end, pct):
            if self._anneal_func_type == "cos":
                cos_out = math.cos(math.pi * pct) + 1
                return end + (start - end) / 2.0 * cos_out
            return (end - start) * pct + start

        def get_lr(self):
            lrs = []
            step_num = self.last_epoch
            if step_num > self.total_steps:
                raise ValueError(f"Tried to step {step_num} times. The specified number of total steps is "
                                 f"{self.total_steps}")
            for group in self.optimizer.param_groups:
                start_step = 0.0
                computed_momentum = None
                for i, phase in enumerate(self._schedule_phases):
                    end_step = phase["end_step"]
                    if step_num <= end_step or i == len(self._schedule_phases) - 1:
                        pct = (step_num - start_step) / (end_step - start_step)
                        computed_lr = self._anneal_func(group[phase["start_lr"]], group[phase["end_lr"]], pct)
                        if self.cycle_momentum:
                            computed_momentum = self._anneal_func(group[phase["start_momentum"]],
                                                                  group[phase["end_momentum"]], pct)
                        break
                    start_step = phase["end_step"]
                lrs.append(computed_lr)
                if self.cycle_momentum:
                    if self.use_beta1:
                        group["betas"] = (computed_momentum, *group["betas"][1:])
                    else:
                        group["momentum"] = computed_momentum
            return lrs

    class ReduceLROnPlateau(LRScheduler):
        def __init__(self, optimizer, mode="min", factor=0.1, patience=10, threshold=1e-4, threshold_mode="rel",
                     cooldown=0, min_lr=0, eps=1e-8):
            if factor >= 1.0:
                raise ValueError("Factor should be < 1.0.")
            self.factor = factor
            from .optimizer import Optimizer

            if not isinstance(optimizer, Optimizer):
                raise TypeError(f"{type(optimizer).__name__} is not an Optimizer")
            self.optimizer = optimizer
            if isinstance(min_lr, (list, tuple)):
                if len(min_lr) != len(optimizer.param_groups):
                    raise ValueError(f"expected {len(optimizer.param_groups)} min_lrs, got {len(min_lr)}")
                self.default_min_lr = None
                self.min_lrs = list(min_lr)
            else:
                self.default_min_lr = min_lr
                self.min_lrs = [min_lr] * len(optimizer.param_groups)
            self.patience = patience
            self.cooldown = cooldown
            self.eps = eps
            self.last_epoch = 0
            self._last_lr = [group["lr"] for group in optimizer.param_groups]
            if mode not in {"min", "max"}:
                raise ValueError("mode " + mode + " is unknown!")
            if threshold_mode not in {"rel", "abs"}:
                raise ValueError("threshold mode " + threshold_mode + " is unknown!")
            self.mode, self.threshold, self.threshold_mode = mode, threshold, threshold_mode
            self.mode_worse = math.inf if mode == "min" else -math.inf
            self._reset()

        def _reset(self):
            self.best = self.mode_worse
            self.cooldown_counter = 0
            self.num_bad_epochs = 0

        @property
        def in_cooldown(self):
            return self.cooldown_counter > 0

        def is_better(self, a, best):
            if self.mode == "min" and self.threshold_mode == "rel":
                return a < best * (1.0 - self.threshold)
            if self.mode == "min" and self.threshold_mode == "abs":
                return a < best - self.threshold
            if self.mode == "max" and self.threshold_mode == "rel":
                return a > best * (self.threshold + 1.0)
            return a > best + self.threshold

        _is_better = is_better

        def step(self, metrics, epoch=None):
            current = float(metrics)
            if epoch is None:
                epoch = self.last_epoch + 1
            else:
                import warnings

                warnings.warn("The epoch parameter in `scheduler.step()` was not necessary and is being "
                              "deprecated where possible. Please use `scheduler.step()` to step the scheduler. "
                              "During the deprecation, if epoch is different from None, the closed form is used "
                              "instead of the new chainable form, where available. Please open an issue if you "
                              "are unable to replicate your use case: "
                              "https://github.com/pytorch/pytorch/issues/new/choose.", UserWarning, stacklevel=2)
            self.last_epoch = epoch
            if self.is_better(current, self.best):
                self.best = current
                self.num_bad_epochs = 0
            else:
                self.num_bad_epochs += 1
            if self.in_cooldown:
                self.cooldown_counter -= 1
                self.num_bad_epochs = 0
            if self.num_bad_epochs > self.patience:
                self._reduce_lr(epoch)
                self.cooldown_counter = self.cooldown
                self.num_bad_epochs = 0
            self._last_lr = [group["lr"] for group in self.optimizer.param_groups]

        def _reduce_lr(self, epoch):
            if len(self.optimizer.param_groups) != len(self.min_lrs):
                if self.default_min_lr is None:
                    raise RuntimeError("The number of param groups in the `optimizer` "
                                       f"({len(self.optimizer.param_groups)}) differs from when `ReduceLROnPlateau` "
                                       f"was initialized ({len(self.min_lrs)}), usually due to a new param group "
                                       "being added to the optimizer. Please modify the `min_lrs` field to match "
                                       "the length of the `optimizer` param groups.")
                self.min_lrs = [self.default_min_lr] * len(self.optimizer.param_groups)
            for i, group in enumerate(self.optimizer.param_groups):
                old_lr = float(group["lr"])
                new_lr = max(old_lr * self.factor, self.min_lrs[i])
                if old_lr - new_lr > self.eps:
                    group["lr"] = new_lr

        def state_dict(self):
            return {k: v for k, v in self.__dict__.items() if k != "optimizer"}

    out = {}
    for c in (LinearLR, ConstantLR, MultiplicativeLR, CosineAnnealingWarmRestarts, OneCycleLR, ReduceLROnPlateau):
        c.__qualname__ = c.__name__
        c.__module__ = LRScheduler.__module__
        out[c.__name__] = c
    return out

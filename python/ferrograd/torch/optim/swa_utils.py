# torch.optim.swa_utils: AveragedModel, SWALR, update_bn and the averaging functions.
import itertools
import math
from copy import deepcopy

from ..nn.modules.module import Module
from .optimizer import _lerp_

__all__ = ["AveragedModel", "update_bn", "SWALR", "get_ema_multi_avg_fn", "get_swa_multi_avg_fn",
           "get_ema_avg_fn", "get_swa_avg_fn"]


def _torch():
    from ... import torch

    return torch


def get_ema_multi_avg_fn(decay=0.999):
    if decay < 0.0 or decay > 1.0:
        raise ValueError(f"Invalid decay value {decay} provided. Please provide a value in [0,1] range.")

    def ema_update(ema_param_list, current_param_list, _):
        torch = _torch()
        with torch.no_grad():
            if ema_param_list[0].is_floating_point():
                for e, c in zip(ema_param_list, current_param_list):
                    _lerp_(e, c, 1 - decay)
            else:
                for e, c in zip(ema_param_list, current_param_list):
                    e.copy_(e * decay + c * (1 - decay))

    return ema_update


def get_swa_multi_avg_fn():
    def swa_update(averaged_param_list, current_param_list, num_averaged):
        torch = _torch()
        with torch.no_grad():
            if averaged_param_list[0].is_floating_point():
                w = 1 / (num_averaged + 1)
                w = w.item() if isinstance(w, torch.Tensor) else w
                for a, c in zip(averaged_param_list, current_param_list):
                    _lerp_(a, c, w)
            else:
                for a, c in zip(averaged_param_list, current_param_list):
                    a.copy_(a + (c - a) / (num_averaged + 1))

    return swa_update


def get_ema_avg_fn(decay=0.999):
    if decay < 0.0 or decay > 1.0:
        raise ValueError(f"Invalid decay value {decay} provided. Please provide a value in [0,1] range.")

    def ema_update(ema_param, current_param, num_averaged):
        return decay * ema_param + (1 - decay) * current_param

    return ema_update


def get_swa_avg_fn():
    def swa_update(averaged_param, current_param, num_averaged):
        return averaged_param + (current_param - averaged_param) / (num_averaged + 1)

    return swa_update


class AveragedModel(Module):
    def __init__(self, model, device=None, avg_fn=None, multi_avg_fn=None, use_buffers=False):
        super().__init__()
        torch = _torch()
        assert avg_fn is None or multi_avg_fn is None, "Only one of avg_fn and multi_avg_fn should be provided"
        self.module = deepcopy(model)
        self.register_buffer("n_averaged", torch.tensor(0, dtype=torch.long))
        self.avg_fn = avg_fn
        self.multi_avg_fn = multi_avg_fn
        self.use_buffers = use_buffers

    def forward(self, *args, **kwargs):
        return self.module(*args, **kwargs)

    def update_parameters(self, model):
        torch = _torch()
        self_param = (itertools.chain(self.module.parameters(), self.module.buffers())
                      if self.use_buffers else self.parameters())
        model_param = (itertools.chain(model.parameters(), model.buffers())
                       if self.use_buffers else model.parameters())
        self_param_detached = []
        model_param_detached = []
        copy_param = bool(self.n_averaged == 0)
        with torch.no_grad():
            for p_averaged, p_model in zip(self_param, model_param):
                self_param_detached.append(p_averaged)
                model_param_detached.append(p_model.detach())
                if copy_param:
                    p_averaged.copy_(p_model.detach())
            if self.n_averaged > 0:
                if self.multi_avg_fn is not None or self.avg_fn is None:
                    groups = {}
                    for a, m in zip(self_param_detached, model_param_detached):
                        groups.setdefault(str(a.dtype), ([], []))
                        groups[str(a.dtype)][0].append(a)
                        groups[str(a.dtype)][1].append(m)
                    fn = self.multi_avg_fn or get_swa_multi_avg_fn()
                    for a_list, m_list in groups.values():
                        fn(a_list, m_list, self.n_averaged)
                else:
                    for p_averaged, p_model in zip(self_param_detached, model_param_detached):
                        p_averaged.copy_(self.avg_fn(p_averaged.detach(), p_model, self.n_averaged))
            if not self.use_buffers:
                for b_swa, b_model in zip(self.module.buffers(), model.buffers()):
                    b_swa.copy_(b_model.detach())
            self.n_averaged.copy_(self.n_averaged + 1)


def update_bn(loader, model, device=None):
    from ..nn.modules.batchnorm import _BatchNorm

    momenta = {}
    for module in model.modules():
        if isinstance(module, _BatchNorm):
            module.reset_running_stats()
            momenta[module] = module.momentum
    if not momenta:
        return
    was_training = model.training
    model.train()
    for module in momenta.keys():
        module.momentum = None
    torch = _torch()
    with torch.no_grad():
        for input in loader:
            if isinstance(input, (list, tuple)):
                input = input[0]
            model(input)
    for bn_module in momenta.keys():
        bn_module.momentum = momenta[bn_module]
    model.train(was_training)


def _make_swalr():
    from .lr_scheduler import _format_param
    from .lr_scheduler import LRScheduler

    class SWALR(LRScheduler):
        def __init__(self, optimizer, swa_lr, anneal_epochs=10, anneal_strategy="cos", last_epoch=-1):
            swa_lrs = _format_param("swa_lr", optimizer, swa_lr)
            for swa_lr, group in zip(swa_lrs, optimizer.param_groups):
                group["swa_lr"] = swa_lr
            if anneal_strategy not in ["cos", "linear"]:
                raise ValueError(f"anneal_strategy must be one of 'cos' or 'linear', instead got {anneal_strategy}")
            self.anneal_func = self._cosine_anneal if anneal_strategy == "cos" else self._linear_anneal
            if not isinstance(anneal_epochs, int) or anneal_epochs < 0:
                raise ValueError(f"anneal_epochs must be equal or greater than 0, got {anneal_epochs}")
            self.anneal_epochs = anneal_epochs
            super().__init__(optimizer, last_epoch)

        @staticmethod
        def _linear_anneal(t):
            return t

        @staticmethod
        def _cosine_anneal(t):
            return (1 - math.cos(math.pi * t)) / 2

        @staticmethod
        def _get_initial_lr(lr, swa_lr, alpha):
            if alpha == 1:
                return swa_lr
            return (lr - alpha * swa_lr) / (1 - alpha)

        def get_lr(self):
            step = self._step_count - 1
            if self.anneal_epochs == 0:
                step = max(1, step)
            prev_t = max(0, min(1, (step - 1) / max(1, self.anneal_epochs)))
            prev_alpha = self.anneal_func(prev_t)
            prev_lrs = [self._get_initial_lr(group["lr"], group["swa_lr"], prev_alpha)
                        for group in self.optimizer.param_groups]
            t = max(0, min(1, step / max(1, self.anneal_epochs)))
            alpha = self.anneal_func(t)
            return [group["swa_lr"] * alpha + lr * (1 - alpha)
                    for group, lr in zip(self.optimizer.param_groups, prev_lrs)]

    from ..nn.modules.module import _HOMES

    SWALR.__qualname__, _HOMES[SWALR], SWALR.__module__ = "SWALR", __name__, "torch.optim.swa_utils"
    return SWALR


def __getattr__(name):
    if name == "SWALR":
        value = _make_swalr()
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

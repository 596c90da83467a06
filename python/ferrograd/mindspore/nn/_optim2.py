"""More mindspore.nn optimizers: Adagrad and RMSProp (float32 updates as MindSpore's CPU kernels)."""
from ..._lazy import np
from .optim import Optimizer


class Adagrad(Optimizer):
    """nn.Adagrad(params, accum=0.1, learning_rate=0.001, update_slots=True, loss_scale=1.0, weight_decay=0.0)."""

    def __init__(self, params, accum=0.1, learning_rate=0.001, update_slots=True, loss_scale=1.0, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        if not isinstance(accum, float) or accum < 0:
            raise ValueError(f"For 'Adagrad', the 'accum' must be float and must >= 0, but got '{accum}' with type "
                             f"'{type(accum).__name__}'.")
        self.accum_init = accum
        self.update_slots = update_slots
        object.__setattr__(self, "_accum", [np.full(p.shape, accum, np.float32) for p in self._parameters])

    def _update(self, i, p, g, lr):
        acc = self._accum[i]
        if self.update_slots:
            acc[...] = (acc + (g * g).astype(np.float32)).astype(np.float32)
        return (p - (lr * g).astype(np.float32) / np.sqrt(acc, dtype=np.float32)).astype(np.float32)


class RMSProp(Optimizer):
    """nn.RMSProp(params, learning_rate=0.1, decay=0.9, momentum=0.0, epsilon=1e-10, use_locking=False,
    centered=False, loss_scale=1.0, weight_decay=0.0)."""

    def __init__(self, params, learning_rate=0.1, decay=0.9, momentum=0.0, epsilon=1e-10, use_locking=False,
                 centered=False, loss_scale=1.0, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        if not isinstance(decay, float) or decay < 0:
            raise ValueError(f"For 'RMSProp', the 'decay' must be float and must >= 0, but got '{decay}' with type "
                             f"'{type(decay).__name__}'.")
        if not isinstance(momentum, float) or momentum < 0:
            raise ValueError(f"For 'RMSProp', the 'momentum' must be float and must >= 0, but got '{momentum}' "
                             f"with type '{type(momentum).__name__}'.")
        if not isinstance(epsilon, float) or epsilon <= 0:
            raise ValueError(f"For 'RMSProp', the 'epsilon' must be float and must > 0, but got '{epsilon}' with "
                             f"type '{type(epsilon).__name__}'.")
        self.decay = decay
        self.momentum = momentum
        self.epsilon = epsilon
        self.centered = centered
        object.__setattr__(self, "_ms", [np.ones(p.shape, np.float32) for p in self._parameters])
        object.__setattr__(self, "_mom", [np.zeros(p.shape, np.float32) for p in self._parameters])
        object.__setattr__(self, "_mg", [np.zeros(p.shape, np.float32) for p in self._parameters])

    def _update(self, i, p, g, lr):
        f = np.float32
        d, m, eps = f(self.decay), f(self.momentum), f(self.epsilon)
        ms, mom = self._ms[i], self._mom[i]
        ms[...] = (ms * d + (g * g).astype(f) * (f(1) - d)).astype(f)
        if self.centered:
            mg = self._mg[i]
            mg[...] = (mg * d + g * (f(1) - d)).astype(f)
            denom = np.sqrt((ms - mg * mg + eps).astype(f), dtype=f)
        else:
            denom = np.sqrt((ms + eps).astype(f), dtype=f)
        mom[...] = (mom * m + (lr * g).astype(f) / denom).astype(f)
        return (p - mom).astype(f)

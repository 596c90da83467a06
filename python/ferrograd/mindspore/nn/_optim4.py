"""More mindspore.nn optimizers (session 4): Adadelta, AdaMax, ASGD, Rprop, ProximalAdagrad, FTRL, LazyAdam
(float32 updates in MindSpore 2.10's CPU kernel / Python order)."""
from ..._lazy import np
from .optim import Adam, Optimizer

class Adadelta(Optimizer):
    def __init__(self, params, learning_rate=1.0, rho=0.9, epsilon=1e-6, loss_scale=1.0, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        if not 0.0 <= rho <= 1.0:
            raise ValueError(f"For 'Adadelta', the 'rho' must be in range [0.0, 1.0], but got {rho}.")
        self.rho = rho
        self.epsilon = epsilon
        object.__setattr__(self, "_accum", [np.zeros(p.shape, np.float32) for p in self._parameters])
        object.__setattr__(self, "_accum_update", [np.zeros(p.shape, np.float32) for p in self._parameters])

    def _update(self, i, p, g, lr):
        f = np.float32
        rho, eps = f(self.rho), f(self.epsilon)
        acc, upd = self._accum[i], self._accum_update[i]
        acc[...] = (acc * rho + (f(1) - rho) * (g * g)).astype(f)
        update = (np.sqrt((upd + eps).astype(f), dtype=f) * g / np.sqrt((acc + eps).astype(f), dtype=f)).astype(f)
        upd[...] = (upd * rho + (f(1) - rho) * (update * update)).astype(f)
        return (p - lr * update).astype(f)


class AdaMax(Optimizer):
    def __init__(self, params, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-08, weight_decay=0.0,
                 loss_scale=1.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        object.__setattr__(self, "_m", [np.zeros(p.shape, np.float32) for p in self._parameters])
        object.__setattr__(self, "_v", [np.zeros(p.shape, np.float32) for p in self._parameters])
        object.__setattr__(self, "_b1p", np.float32(1))
        object.__setattr__(self, "_b1p_step", -1)

    def _update(self, i, p, g, lr):
        f = np.float32
        if self._b1p_step != self._step:
            object.__setattr__(self, "_b1p", f(self._b1p * f(self.beta1)))
            object.__setattr__(self, "_b1p_step", self._step)
        b1, b2, eps = f(self.beta1), f(self.beta2), f(self.eps)
        m, v = self._m[i], self._v[i]
        m[...] = (b1 * m + (f(1) - b1) * g).astype(f)
        v[...] = np.maximum((b2 * v).astype(f), np.abs(g)).astype(f)
        return (p - (lr / (f(1) - self._b1p)) * (m / (v + eps))).astype(f)


class ASGD(Optimizer):
    def __init__(self, params, learning_rate=0.1, lambd=1e-4, alpha=0.75, t0=1e6, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay)
        self.lambd, self.alpha, self.t0 = lambd, alpha, t0
        object.__setattr__(self, "_mu", [np.float32(1) for _ in self._parameters])
        object.__setattr__(self, "_eta", [np.float32(0) for _ in self._parameters])
        object.__setattr__(self, "_ax", [np.zeros(p.shape, np.float32) for p in self._parameters])

    def _update(self, i, p, g, lr):
        f = np.float32
        step = self._step + 1  # global_step after its increment
        if step == 1:
            self._eta[i] = f(lr)
        eta, mu = self._eta[i], self._mu[i]
        new = (p * (f(1) - f(self.lambd) * eta) - eta * g).astype(f)
        if mu != 1:
            self._ax[i][...] = (self._ax[i] + (new - self._ax[i]) * mu).astype(f)
        else:
            self._ax[i][...] = new
        self._eta[i] = f(f(lr) / np.power(f(f(1) + f(self.lambd) * f(lr) * f(step)), f(self.alpha), dtype=f))
        self._mu[i] = f(f(1) / np.maximum(f(1), f(f(step) - f(self.t0))))
        return new


class Rprop(Optimizer):
    def __init__(self, params, learning_rate=0.1, etas=(0.5, 1.2), step_sizes=(1e-6, 50.), weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay)
        if not isinstance(etas, tuple):
            raise TypeError("For Rprop, etas must be a tuple, but got {}.".format(type(etas)))
        if len(etas) != 2:
            raise ValueError("For Rprop, etas must be a tuple with the size of 2, but got {}.".format(len(etas)))
        if not isinstance(step_sizes, tuple):
            raise TypeError("For Rprop, step_sizes must be a tuple, but got {}.".format(type(etas)))
        if len(step_sizes) != 2:
            raise ValueError("For Rprop, step_sizes must be a tuple with the size of 2, but got {}."
                             .format(len(step_sizes)))
        if step_sizes[0] > step_sizes[1]:
            raise ValueError("For Rprop, maximal step size should not be less than minimal step size, but got {} > {}."
                             .format(step_sizes[0], step_sizes[1]))
        if etas[1] <= 1.0:
            raise ValueError("For Rprop, etaplus must be greater than 1.0, but got etaplus {}.".format(etas[1]))
        self.etaminus, self.etaplus = etas
        self.step_size_min, self.step_size_max = step_sizes
        object.__setattr__(self, "_prev", [np.zeros(p.shape, np.float32) for p in self._parameters])
        object.__setattr__(self, "_ss", [np.zeros(p.shape, np.float32) for p in self._parameters])

    def _update(self, i, p, g, lr):
        f = np.float32
        ss = (np.ones(p.shape, f) * f(lr)).astype(f) if self._step == 0 else self._ss[i]
        s = np.sign((g * self._prev[i]).astype(f))
        s = np.where(s > 0, f(self.etaplus), s)
        s = np.where(s < 0, f(self.etaminus), s)
        s = np.where(s == 0, f(1), s).astype(f)
        ss = np.clip((ss * s).astype(f), f(self.step_size_min), f(self.step_size_max)).astype(f)
        gu = np.where(s == f(self.etaminus), f(0), g).astype(f)
        self._prev[i][...] = gu
        self._ss[i][...] = ss
        return (p - np.sign(gu) * ss).astype(f)


class ProximalAdagrad(Optimizer):
    def __init__(self, params, accum=0.1, learning_rate=0.001, l1=0.0, l2=0.0, use_locking=False, loss_scale=1.0,
                 weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        self.l1, self.l2, self.use_locking = l1, l2, use_locking
        object.__setattr__(self, "_accum", [np.full(p.shape, accum, np.float32) for p in self._parameters])

    def _update(self, i, p, g, lr):
        f = np.float32
        acc = self._accum[i]
        acc[...] = (acc + g * g).astype(f)
        # as MindSpore's CPU kernel: the adaptive rate lr / sqrt(accum) also scales l1 and l2
        alr = (lr * (f(1) / np.sqrt(acc, dtype=f))).astype(f)
        prox = (p - g * alr).astype(f)
        l1, l2 = f(self.l1), f(self.l2)
        if l1 > 0:
            return (np.sign(prox) * np.fmax(np.abs(prox) - alr * l1, f(0)) / (f(1) + l2 * alr)).astype(f)
        return (prox / (f(1) + l2 * alr)).astype(f)


class FTRL(Optimizer):
    def __init__(self, params, initial_accum=0.1, learning_rate=0.001, lr_power=-0.5, l1=0.0, l2=0.0,
                 use_locking=False, loss_scale=1.0, weight_decay=0.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        self.lr_power, self.l1, self.l2, self.use_locking = lr_power, l1, l2, use_locking
        object.__setattr__(self, "_accum", [np.full(p.shape, initial_accum, np.float32) for p in self._parameters])
        object.__setattr__(self, "_linear", [np.zeros(p.shape, np.float32) for p in self._parameters])

    def _update(self, i, p, g, lr):
        f = np.float32
        acc, lin = self._accum[i], self._linear[i]
        lp, l1, l2 = f(self.lr_power), f(self.l1), f(self.l2)
        new_acc = (acc + g * g).astype(f)
        if lp == f(-0.5):
            a_new, a_old = np.sqrt(new_acc, dtype=f), np.sqrt(acc, dtype=f)
        else:
            a_new, a_old = np.power(new_acc, -lp, dtype=f), np.power(acc, -lp, dtype=f)
        lin[...] = (lin + (g - ((a_new - a_old) / lr).astype(f) * p)).astype(f)
        quad = (a_new / lr + f(2) * l2).astype(f)
        acc[...] = new_acc
        # MindSpore 2.10's CPU kernel takes l1 - linear for either sign of linear (checked against it)
        return np.where(np.abs(lin) > l1, ((l1 - lin) / quad).astype(f), f(0)).astype(f)


class LazyAdam(Adam):
    """nn.LazyAdam: on dense gradients the Adam update."""

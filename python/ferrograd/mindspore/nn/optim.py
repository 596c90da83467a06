# mindspore.nn optimizers, called as `optimizer(grads)`. Updates follow MindSpore's CPU kernels
# element by element in float32 (numpy), so results match digit for digit.
from ..._lazy import np

from ... import _core
from .._tensor import Parameter, ParameterTuple, Tensor
from .cell import Cell


def _fma(a, b, c):
    # a * b + c rounded once, as the compiled kernels' fused multiply-add does.
    return (np.asarray(a, np.float64) * np.asarray(b, np.float64) + np.asarray(c, np.float64)).astype(np.float32)


def _lr_value(lr):
    if isinstance(lr, _core.Tensor):
        return float(lr.asnumpy().reshape(-1)[0])
    return float(lr)


class Optimizer(Cell):
    def __init__(self, learning_rate, parameters, weight_decay=0.0, loss_scale=1.0):
        super().__init__(auto_prefix=False)
        if parameters is None:
            raise ValueError(f"For '{type(self).__name__}', the 'parameters' can not be None.")
        params = list(parameters)
        if not params:
            raise ValueError(f"For '{type(self).__name__}', the argument 'parameters' must not be empty.")
        groups = []
        order = None
        is_group = isinstance(params[0], dict)
        is_group_lr = False
        if is_group:
            keys = ['params', 'lr', 'weight_decay', 'order_params', 'grad_centralization']
            for num, g in enumerate(params):
                bad = [k for k in g.keys() if k not in keys]
                if bad:
                    raise KeyError(f"For 'Optimizer', the key in group params must be one of in {keys}, "
                                   f"but got {bad}.")
                if "order_params" in g:
                    if len(g.keys()) > 1:
                        raise ValueError(f"For 'Optimizer', the order params dict in group parameters should only "
                                         f"include the 'order_params' key, but got {g.keys()}.")
                    order = list(g["order_params"])
                    continue
                ps = list(g["params"])
                lr = g.get("lr", learning_rate)
                if "lr" in g:
                    is_group_lr = True
                    if isinstance(lr, (int, float)) or (isinstance(lr, _core.Tensor) and lr.ndim == 0):
                        lr = Parameter(Tensor(np.float32(_lr_value(lr))), name="learning_rate_group_" + str(num))
                groups.append((ps, lr, g.get("weight_decay", weight_decay)))
        else:
            groups.append((params, learning_rate, weight_decay))
        flat, lrs, wds = [], [], []
        for ps, lr, wd in groups:
            for p in ps:
                if is_group and p.name in [q.name for q in flat]:
                    raise RuntimeError(f"For 'Optimizer', the {p.name} parameter already exists, it does not "
                                       f"support repeated setting. Please check whether the optimizer parameter "
                                       f"has been set multiple times.")
                flat.append(p)
                lrs.append(lr)
                wds.append(float(wd))
        if order:
            if len(order) != len(flat):
                raise ValueError(f"For 'Optimizer',the length of order parameters must be the same as the length of "
                                 f"group parameters, but got order parameters' length {len(order)}, "
                                 f"group parameters' length {len(flat)}.")
            names = [q.name for q in order]
            idx = sorted(range(len(flat)), key=lambda i: names.index(flat[i].name))
            flat, lrs, wds = [flat[i] for i in idx], [lrs[i] for i in idx], [wds[i] for i in idx]
        # mindspore's flags: grouped parameters decay when their group's weight_decay > 0, ungrouped ones
        # unless their name contains 'beta' or 'gamma'
        object.__setattr__(self, "_decay_flags", [w > 0 if is_group else ("beta" not in p.name and "gamma" not in
                                                                          p.name) for p, w in zip(flat, wds)])
        self.is_group = is_group
        self.is_group_lr = is_group_lr
        self.is_group_params_ordered = order is not None
        self.dynamic_lr = any(not (isinstance(v, (int, float)) or (isinstance(v, _core.Tensor) and v.ndim == 0))
                              for v in (lrs if is_group_lr else [learning_rate]))
        if isinstance(learning_rate, Cell):
            object.__setattr__(self, "learning_rate", learning_rate)
        if isinstance(learning_rate, (int, float)) and learning_rate < 0:
            raise ValueError(f"For '{type(self).__name__}', the 'learning_rate' must be >= 0, "
                             f"but got {learning_rate}.")
        if isinstance(learning_rate, (list, tuple)) or (isinstance(learning_rate, _core.Tensor) and
                                                         learning_rate.ndim == 1):
            learning_rate = _IteratorLearningRate(learning_rate)
        self.learning_rate = learning_rate
        object.__setattr__(self, "_parameters", ParameterTuple(flat))
        object.__setattr__(self, "_lrs", lrs)
        object.__setattr__(self, "_wds", wds)
        self.weight_decay = (tuple(Tensor(np.float32(w)) for w in wds) if is_group else
                             Tensor(np.float32(weight_decay)) if isinstance(weight_decay, (int, float)) else weight_decay)
        self.loss_scale = loss_scale
        object.__setattr__(self, "_step", 0)

    target = "CPU"  # where the parameters are updated (the device)
    unique = True

    @property
    def parameters(self):
        return self._parameters

    def decay_weight(self, gradients):
        """gradient + weight_decay * parameter for the parameters that decay (custom optimizers' helper)."""
        return tuple(g + p * Tensor(np.float32(w)) if w > 0 and f else g
                     for p, g, w, f in zip(self._parameters, gradients, self._wds, self._decay_flags))

    def scale_grad(self, gradients):
        ls = self.loss_scale
        return tuple(g * Tensor(np.float32(1.0 / ls)) for g in gradients) if ls != 1.0 else tuple(gradients)

    def gradients_centralization(self, gradients):
        return tuple(gradients)

    flatten_gradients = gradients_centralization

    def get_weight_decay(self):
        wd = self._wds if self.is_group else self._wds[:1]
        wd = tuple(w * self.loss_scale for w in wd)
        return wd if self.is_group else wd[0]

    def get_lr(self):
        if self.is_group_lr:
            # one learning rate per parameter: the groups' Parameters, or this step's values when dynamic
            if self.dynamic_lr:
                return tuple(Tensor(np.float32(self._cur_lr(v))) for v in self._lrs)
            return tuple(self._lr_param(v) for v in self._lrs)
        lr = self.learning_rate
        v = np.float32(self._cur_lr(lr))
        if isinstance(lr, (int, float)) or (isinstance(lr, _core.Tensor) and lr.ndim == 0):
            # a fixed learning rate is the optimizer's Parameter 'learning_rate' in MindSpore
            return Parameter(Tensor(v), name="learning_rate")
        return Tensor(v)

    def _lr_param(self, v):
        if isinstance(v, Parameter):
            return v
        if isinstance(v, (int, float)) or (isinstance(v, _core.Tensor) and v.ndim == 0):
            return Parameter(Tensor(np.float32(_lr_value(v))), name="learning_rate")
        if isinstance(v, (list, tuple)) or isinstance(v, _core.Tensor):
            return _IteratorLearningRate(v)
        return v

    def get_lr_parameter(self, param):
        if isinstance(param, Parameter):
            plist = [param]
        elif isinstance(param, list):
            plist = param
        else:
            raise TypeError(f"For 'get_lr_parameter', the 'param' must be 'Parameter' or 'list' type, "
                            f"but got {type(param)}.")
        ids = [id(p) for p in self._parameters]
        out = []
        for p in plist:
            if id(p) not in ids:
                raise ValueError(f"For 'get_lr_parameter', the parameter {p.name} is not in optimizer, please check "
                                 f"whether the argument 'param' is correct.")
            v = self._lr_param(self._lrs[ids.index(id(p))] if self.is_group_lr else self.learning_rate)
            out.append(v.learning_rate if isinstance(v, _IteratorLearningRate) else v)
        return out if isinstance(param, list) else out[0]

    def _cur_lr(self, lr):
        # The learning rate of this step: a number, a Tensor, a list (dynamic lr) or a schedule cell.
        if isinstance(lr, (list, tuple)):
            return float(lr[min(self._step, len(lr) - 1)])
        if isinstance(lr, _core.Tensor) and lr.ndim == 1:
            return float(lr.asnumpy()[min(self._step, lr.shape[0] - 1)])
        if isinstance(lr, Cell):
            return _lr_value(lr(Tensor(np.int32(self._step))))
        return _lr_value(lr)

    def _decay(self, i, p, g):
        wd = self._wds[i]
        if wd > 0 and self._decay_flags[i]:
            return (p * np.float32(wd) + g).astype(np.float32)
        return g

    def _grads(self, gradients):
        gradients = tuple(gradients)
        if len(gradients) != len(self._parameters):
            raise ValueError(f"For '{type(self).__name__}', the number of gradients ({len(gradients)}) does not "
                             f"match the number of parameters ({len(self._parameters)}).")
        out = []
        for g in gradients:
            a = g.numpy(True).astype(np.float32, copy=True)
            if self.loss_scale != 1.0:
                a = (a / np.float32(self.loss_scale)).astype(np.float32)
            out.append(a)
        return out

    def _write(self, p, arr):
        _core.Tensor._assign(p, Tensor(arr.astype(p._dtype_name, copy=False)))

    def construct(self, gradients):
        grads = self._grads(gradients)
        for i, (p, g) in enumerate(zip(self._parameters, grads)):
            pv = p.numpy(True).astype(np.float32, copy=True)
            g = self._decay(i, pv, g)
            new = self._update(i, pv, g, np.float32(self._cur_lr(self._lrs[i])))
            self._write(p, new)
        object.__setattr__(self, "_step", self._step + 1)
        return True

    def _update(self, i, p, g, lr):
        raise NotImplementedError


class _IteratorLearningRate(Cell):
    # A list / 1-D Tensor learning rate: step i takes element i (mindspore's inner LearningRateSchedule).

    def __init__(self, learning_rate, name="learning_rate"):
        super().__init__()
        vals = learning_rate.asnumpy() if isinstance(learning_rate, _core.Tensor) else learning_rate
        object.__setattr__(self, "_values", [float(v) for v in vals])
        object.__setattr__(self, "learning_rate", Parameter(Tensor(np.asarray(self._values, np.float32)), name=name))

    def construct(self, global_step):
        step = int(_lr_value(global_step)) if not isinstance(global_step, int) else global_step
        return Tensor(np.float32(self._values[min(step, len(self._values) - 1)]))


class SGD(Optimizer):
    def __init__(self, params, learning_rate=0.1, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False,
                 loss_scale=1.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        if isinstance(momentum, int):
            momentum = float(momentum)
        if not isinstance(momentum, float):
            raise TypeError(f"For 'SGD', the argument 'momentum' must be float type, but got {type(momentum)}.")
        if momentum < 0.0:
            raise ValueError(f"For 'SGD', the argument 'momentum' must be at least 0.0, but got {momentum}.")
        if nesterov and (momentum <= 0.0 or dampening != 0.0):
            raise ValueError(f"For 'SGD', if 'nesterov' is true, 'momentum' must be > 0.0 and 'dampening' must "
                             f"equal to 0.0, but got 'momentum' {momentum}, 'dampening' {dampening}.")
        self.momentum_value = momentum
        self.dampening = float(dampening)
        self.nesterov = nesterov
        object.__setattr__(self, "_accum", [np.zeros(p.shape, np.float32) for p in self._parameters])
        object.__setattr__(self, "_stat", [np.ones(p.shape, np.float32) for p in self._parameters])

    def _update(self, i, p, g, lr):
        m = np.float32(self.momentum_value)
        if m > 0:
            accum, stat = self._accum[i], self._stat[i]
            first = stat > 0
            # the kernel's accum * momentum + (1 - dampening) * grad compiles to one fused multiply-add
            upd = _fma(accum, m, ((np.float32(1) - np.float32(self.dampening)) * g).astype(np.float32))
            accum[...] = np.where(first, g, upd)
            stat[...] = 0
            if self.nesterov:
                g = (g + (accum * m).astype(np.float32)).astype(np.float32)
            else:
                g = accum.copy()
        return (p - (lr * g).astype(np.float32)).astype(np.float32)


class Momentum(Optimizer):
    def __init__(self, params, learning_rate, momentum, weight_decay=0.0, loss_scale=1.0, use_nesterov=False):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        if isinstance(momentum, float) and momentum < 0.0:
            raise ValueError(f"For 'Momentum', the argument 'momentum' must be at least 0.0, but got {momentum}.")
        self.momentum_value = float(momentum)
        self.use_nesterov = use_nesterov
        object.__setattr__(self, "_moments", [np.zeros(p.shape, np.float32) for p in self._parameters])

    def _update(self, i, p, g, lr):
        m = np.float32(self.momentum_value)
        acc = self._moments[i]
        # ApplyMomentumCpuKernelMod: accumulate * moment + gradient, two roundings (no FMA)
        acc[...] = (acc * m + g).astype(np.float32)
        if self.use_nesterov:
            return (p - (g * lr + acc * m * lr)).astype(np.float32)
        return (p - lr * acc).astype(np.float32)


class Adam(Optimizer):
    def __init__(self, params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, use_locking=False,
                 use_nesterov=False, weight_decay=0.0, loss_scale=1.0, use_amsgrad=False, **kwargs):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.use_nesterov = use_nesterov
        object.__setattr__(self, "_m", [np.zeros(p.shape, np.float32) for p in self._parameters])
        object.__setattr__(self, "_v", [np.zeros(p.shape, np.float32) for p in self._parameters])
        object.__setattr__(self, "_b1p", np.float32(1))
        object.__setattr__(self, "_b2p", np.float32(1))

    def construct(self, gradients):
        object.__setattr__(self, "_b1p", np.float32(self._b1p * np.float32(self.beta1)))
        object.__setattr__(self, "_b2p", np.float32(self._b2p * np.float32(self.beta2)))
        return super().construct(gradients)

    def _update(self, i, p, g, lr):
        one = np.float32(1)
        b1, b2, eps = np.float32(self.beta1), np.float32(self.beta2), np.float32(self.eps)
        new_lr = np.float32(lr * np.sqrt(one - self._b2p, dtype=np.float32) / (one - self._b1p))
        m, v = self._m[i], self._v[i]
        m[...] = (m + (g - m) * (one - b1)).astype(np.float32)
        v[...] = (v + (g * g - v) * (one - b2)).astype(np.float32)
        sq = np.sqrt(v, dtype=np.float32)
        if self.use_nesterov:
            return (p - new_lr * (m * b1 + (one - b1) * g) / (sq + eps)).astype(np.float32)
        return (p - new_lr * m / (sq + eps)).astype(np.float32)


class AdamWeightDecay(Adam):
    def __init__(self, params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-6, weight_decay=0.0):
        super().__init__(params, learning_rate, beta1, beta2, eps)
        self.wd = weight_decay

    def _update(self, i, p, g, lr):
        one = np.float32(1)
        b1, b2, eps = np.float32(self.beta1), np.float32(self.beta2), np.float32(self.eps)
        m, v = self._m[i], self._v[i]
        m[...] = (b1 * m + (one - b1) * g).astype(np.float32)
        v[...] = (b2 * v + (one - b2) * g * g).astype(np.float32)
        upd = m / (np.sqrt(v, dtype=np.float32) + eps)
        if self.wd > 0:
            upd = upd + np.float32(self.wd) * p
        return (p - lr * upd).astype(np.float32)


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

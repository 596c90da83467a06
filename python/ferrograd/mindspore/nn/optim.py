"""mindspore.nn optimizers, called as `optimizer(grads)`. Updates follow MindSpore's CPU kernels
element by element in float32 (numpy), so results match digit for digit."""
from ..._lazy import np

from ... import _core
from .._tensor import Parameter, ParameterTuple, Tensor
from .cell import Cell


def _fma(a, b, c):
    """a * b + c rounded once, as the compiled kernels' fused multiply-add does."""
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
        if isinstance(params[0], dict):
            for g in params:
                ps = list(g["params"])
                groups.append((ps, g.get("lr", learning_rate), g.get("weight_decay", weight_decay)))
        else:
            groups.append((params, learning_rate, weight_decay))
        flat, lrs, wds = [], [], []
        for ps, lr, wd in groups:
            for p in ps:
                flat.append(p)
                lrs.append(lr)
                wds.append(float(wd))
        if isinstance(learning_rate, Cell):
            object.__setattr__(self, "learning_rate", learning_rate)
        if isinstance(learning_rate, (int, float)) and learning_rate < 0:
            raise ValueError(f"For '{type(self).__name__}', the 'learning_rate' must be >= 0, "
                             f"but got {learning_rate}.")
        self.learning_rate = learning_rate
        object.__setattr__(self, "_parameters", ParameterTuple(flat))
        object.__setattr__(self, "_lrs", lrs)
        object.__setattr__(self, "_wds", wds)
        self.weight_decay = weight_decay
        self.loss_scale = loss_scale
        object.__setattr__(self, "_step", 0)

    @property
    def parameters(self):
        return self._parameters

    def get_lr(self):
        lr = self.learning_rate
        v = np.float32(self._cur_lr(lr))
        if isinstance(lr, (int, float)) or (isinstance(lr, _core.Tensor) and lr.ndim == 0):
            # a fixed learning rate is the optimizer's Parameter 'learning_rate' in MindSpore
            return Parameter(Tensor(v), name="learning_rate")
        return Tensor(v)

    def _cur_lr(self, lr):
        """The learning rate of this step: a number, a Tensor, a list (dynamic lr) or a schedule cell."""
        if isinstance(lr, (list, tuple)):
            return float(lr[min(self._step, len(lr) - 1)])
        if isinstance(lr, _core.Tensor) and lr.ndim == 1:
            return float(lr.asnumpy()[min(self._step, lr.shape[0] - 1)])
        if isinstance(lr, Cell):
            return _lr_value(lr(Tensor(np.int32(self._step))))
        return _lr_value(lr)

    def _decay(self, i, p, g):
        wd = self._wds[i]
        pname = self._parameters[i].name
        if wd > 0 and "beta" not in pname and "gamma" not in pname:
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
        _core.Tensor._assign(p, Tensor(np.ascontiguousarray(arr.astype(p._dtype_name, copy=False))))

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
        acc[...] = _fma(acc, m, g)
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

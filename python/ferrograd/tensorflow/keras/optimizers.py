# tf.keras.optimizers as tf-keras 2.21 has them (TF_USE_LEGACY_KERAS=1): the Keras 2 optimizers
# (`tf_keras.src.optimizers.{sgd,adam}`, iteration variable 'iteration') with their update_step
# formulas evaluated in the variable's dtype, so float32 results match digit for digit; and
# `tf.keras.optimizers.legacy.SGD/Adam` (optimizer_v2, the ResourceApply* kernels' formulas).
import logging

from ... import _core
from .. import _tensor
from .._tensor import _T, Variable, _UnreadVariable, _arg, _from_array, _np


_log = logging.getLogger("tensorflow")


class Optimizer:
    _HYPERS = ()

    def __init__(self, name, gradient_aggregator=None, gradient_transformers=None, **kwargs):
        self._name = name
        self.clipnorm = kwargs.pop("clipnorm", None)
        self.clipvalue = kwargs.pop("clipvalue", None)
        self.global_clipnorm = kwargs.pop("global_clipnorm", None)
        self._initial_decay = kwargs.pop("decay", 0.0)
        kwargs.pop("jit_compile", None)
        kwargs.pop("is_legacy_optimizer", None)
        if kwargs:
            raise TypeError("Unexpected keyword argument passed to optimizer: %s" % (sorted(kwargs)[0],))
        self._slots = {}
        self._iterations = None
        self._hyper = {}

    @property
    def name(self):
        return self._name

    @property
    def iterations(self):
        if self._iterations is None:
            self._iterations = Variable(0, name="iter", dtype="int64", trainable=False)
        return self._iterations

    @iterations.setter
    def iterations(self, v):
        self._iterations = v

    def _set_hyper(self, name, value):
        self._hyper[name] = value

    def _get_hyper(self, name, dtype="float32"):
        import numpy as np

        v = self._hyper[name]
        if callable(v) and not isinstance(v, (_T, _UnreadVariable)):
            v = v(self.iterations)
        if isinstance(v, (_T, _UnreadVariable)):
            v = _np(v._var if isinstance(v, _UnreadVariable) else v)[()]
        return np.dtype(dtype).type(v)

    def __getattr__(self, name):
        hyper = self.__dict__.get("_hyper")
        if hyper is not None and name in hyper:
            return hyper[name]
        if name == "lr" and hyper is not None and "learning_rate" in hyper:
            return hyper["learning_rate"]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        if name == "lr":
            name = "learning_rate"
        hyper = self.__dict__.get("_hyper")
        if hyper is not None and name in hyper:
            old = hyper[name]
            if isinstance(old, Variable) and not callable(value):
                old.assign(value)
            else:
                hyper[name] = value
            return
        object.__setattr__(self, name, value)

    def _serialize_hyperparameter(self, k):  # optimizer_v2: Python numbers as given, variables' values
        v = self._hyper[k]
        return v if isinstance(v, (int, float)) or callable(v) and not isinstance(v, _T) else self._get_hyper(k)

    def get_config(self):
        cfg = {"name": self._name}
        for k in self._HYPERS:
            cfg[k] = self._serialize_hyperparameter(k)
            if k == "learning_rate":
                cfg["decay"] = self._initial_decay
        return cfg

    def variables(self):
        out = [self.iterations]
        for slots in self._slots.values():
            out.extend(slots.values())
        return out

    weights = property(variables)

    def get_slot(self, var, slot_name):
        return self._slots[id(var)][slot_name]

    def get_slot_names(self):
        return list(self._SLOTS)

    def add_slot(self, var, slot_name, initializer="zeros"):
        import numpy as np

        d = self._slots.setdefault(id(var), {})
        if slot_name not in d:
            d[slot_name] = Variable(np.zeros(var._size(), var._dtype_name), name=var.name.split(":")[0] + "/" + slot_name,
                                    trainable=False)
        return d[slot_name]

    # ---- gradients
    def _clip(self, grads):
        return _clip(grads, self.clipvalue, self.clipnorm, self.global_clipnorm, True)

    def _compute_gradients(self, loss, var_list, grad_loss=None, tape=None):
        return _tape_gradients(loss, var_list, tape, grad_loss, True)

    def minimize(self, loss, var_list, grad_loss=None, name=None, tape=None):
        grads_and_vars = self._compute_gradients(loss, var_list=var_list, grad_loss=grad_loss, tape=tape)
        return self.apply_gradients(grads_and_vars, name=name)

    def get_gradients(self, loss, params):
        raise RuntimeError("`get_gradients()` is not supported when eager execution is enabled.")

    def apply_gradients(self, grads_and_vars, name=None, experimental_aggregate_gradients=True):
        pairs = list(grads_and_vars)
        if not pairs:
            raise ValueError("No gradients provided for any variable.")
        filtered = [(g, v) for g, v in pairs if g is not None]
        missing = [v for g, v in pairs if g is None]
        if not filtered:
            raise ValueError("No gradients provided for any variable: (%s)."
                             % (", ".join("'%s'" % v.name for _, v in pairs)))
        if missing:
            _log.warning("Gradients do not exist for variables %s when minimizing the loss. If you're using "
                         "`model.compile()`, did you forget to provide a `loss` argument?",
                         [v.name for v in missing])
        for g, v in filtered:
            if not isinstance(v, Variable):
                raise TypeError("ferrograd: apply_gradients needs tf.Variable objects, got %r" % (type(v),))
        filtered = list(zip(self._clip([g for g, _ in filtered]), [v for _, v in filtered]))
        step = self.iterations
        for g, v in filtered:
            self._create_slots_for(v)
        for g, v in filtered:
            g = g._var if isinstance(g, _UnreadVariable) else g
            ga = _np(_arg(g)).astype(v._dtype_name, copy=False)
            self._apply_dense(ga, v)
        step._add_scaled(_core.tensor(1, "int64", False, _tensor.TAG), 1.0)
        return _UnreadVariable(step)

    def _create_slots_for(self, var):
        for s in self._SLOTS:
            self.add_slot(var, s)

    def _write(self, var, arr):
        var._assign(_core.tensor(arr, None, False, _tensor.TAG))

    _SLOTS = ()


class SGD(Optimizer):
    _HYPERS = ("learning_rate", "momentum")

    def __init__(self, learning_rate=0.01, momentum=0.0, nesterov=False, name="SGD", **kwargs):
        lr = kwargs.pop("lr", learning_rate)
        super().__init__(name, **kwargs)
        self._set_hyper("learning_rate", lr)
        self._momentum = False
        if isinstance(momentum, _T) or callable(momentum) or momentum > 0:
            self._momentum = True
        if isinstance(momentum, (int, float)) and (momentum < 0 or momentum > 1):
            raise ValueError("`momentum` must be between [0, 1]. Received: momentum=%s (of type %s)." % (momentum, type(momentum)))
        self._set_hyper("momentum", momentum)
        self.nesterov = nesterov

    @property
    def _SLOTS(self):
        return ("momentum",) if self._momentum else ()

    def get_config(self):
        c = super().get_config()
        c["nesterov"] = self.nesterov
        return c

    def _apply_dense(self, g, var):
        dt = var._dtype_name
        lr = self._get_hyper("learning_rate", dt)
        x = _np(var)
        if self._momentum:
            m = self._get_hyper("momentum", dt)
            acc_v = self.get_slot(var, "momentum")
            acc = _np(acc_v)
            acc = acc * m - g * lr
            self._write(acc_v, acc)
            if self.nesterov:
                x = x + (acc * m - g * lr)
            else:
                x = x + acc
        else:
            x = x - g * lr
        self._write(var, x)


class Adam(Optimizer):
    _HYPERS = ("learning_rate", "beta_1", "beta_2", "epsilon")

    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, amsgrad=False, name="Adam",
                 **kwargs):
        lr = kwargs.pop("lr", learning_rate)
        super().__init__(name, **kwargs)
        self._set_hyper("learning_rate", lr)
        self._set_hyper("beta_1", beta_1)
        self._set_hyper("beta_2", beta_2)
        self.epsilon = epsilon or 1e-7
        self.amsgrad = amsgrad

    @property
    def _SLOTS(self):
        return ("m", "v", "vhat") if self.amsgrad else ("m", "v")

    def get_config(self):
        c = super().get_config()
        c.update(epsilon=self.epsilon, amsgrad=self.amsgrad)
        return c

    def _apply_dense(self, g, var):
        import numpy as np

        dt = var._dtype_name
        T = np.dtype(dt).type
        one = T(1)
        lr = self._get_hyper("learning_rate", dt)
        b1 = self._get_hyper("beta_1", dt)
        b2 = self._get_hyper("beta_2", dt)
        eps = T(self.epsilon)
        local_step = T(int(_np(self.iterations)) + 1)
        b1p = np.power(b1, local_step)
        b2p = np.power(b2, local_step)
        alpha = lr * np.sqrt(one - b2p) / (one - b1p)
        mv, vv = self.get_slot(var, "m"), self.get_slot(var, "v")
        m, v, x = _np(mv), _np(vv), _np(var)
        m = m + (g - m) * (one - b1)
        v = v + (np.square(g) - v) * (one - b2)
        if self.amsgrad:
            hv = self.get_slot(var, "vhat")
            vhat = np.maximum(_np(hv), v)
            self._write(hv, vhat)
            x = x - (m * alpha) / (np.sqrt(vhat) + eps)
        else:
            x = x - (m * alpha) / (np.sqrt(v) + eps)
        self._write(mv, np.asarray(m, dt))
        self._write(vv, np.asarray(v, dt))
        self._write(var, np.asarray(x, dt))


def _tape_gradients(loss, var_list, tape, grad_loss, legacy):
    from .._tape import GradientTape

    if not callable(loss) and tape is None:
        raise ValueError("`tape` is required when a `Tensor` loss is passed. Received: loss=%s, tape=%s." % (loss, tape))
    tape = tape if tape is not None else GradientTape()
    if callable(loss):
        with tape:
            if not callable(var_list):
                tape.watch(var_list)
            loss = loss()
            if callable(var_list) and not legacy:
                var_list = var_list()
    var_list = list(var_list() if callable(var_list) else var_list)
    return list(zip(tape.gradient(loss, var_list, grad_loss), var_list))


def _clip(grads, value, norm, gnorm, legacy):
    # optimizer_v2 applies each clip set (value first); the new optimizer the first of norm, global, value.
    import numpy as np

    from .. import _ops

    def on(v):
        return v is not None and (legacy or v > 0)

    def by_value(gs):
        return [None if g is None else _ops.clip_by_value(g, -value, value) for g in gs] if on(value) else gs

    def sq(g):
        return np.sum(np.square(_np(g).astype(np.float64)))

    grads = by_value(grads) if legacy else grads
    if on(norm):
        grads = [g if g is None or np.sqrt(sq(g)) <= norm else g * np.float32(norm / float(np.sqrt(sq(g))))
                 for g in grads]
        if not legacy:  # the new optimizer applies only the first of clipnorm / global_clipnorm / clipvalue
            return grads
    if on(gnorm):
        n = float(np.sqrt(sum(sq(g) for g in grads if g is not None)))
        if n > gnorm:
            grads = [None if g is None else g * np.float32(gnorm / n) for g in grads]
        if not legacy:
            return grads
    return grads if legacy else by_value(grads)


class _Legacy:
    SGD = SGD
    Adam = Adam
    Optimizer = Optimizer


legacy = _Legacy()
_LegacySGD, _LegacyAdam, _LegacyOptimizer = SGD, Adam, Optimizer


# ---------------------------------------------------------------- Keras 2 (tf_keras) optimizers


def _f(dt, v):
    import numpy as np

    return np.dtype(dt).type(v)


class _CallableList(list):
    # tf_keras: optimizer.variables is a list that can also be called.

    def __call__(self):
        return self


class Optimizer:
    def __init__(self, name, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None,
                 use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, jit_compile=True, **kwargs):
        kwargs.pop("is_legacy_optimizer", None)
        lr = kwargs.pop("lr", None)
        if kwargs:
            raise TypeError("%s is not a valid argument, kwargs should be empty  for `optimizer_experimental.Optimizer`."
                            % (sorted(kwargs)[0],))
        self.name = name
        self.weight_decay = weight_decay
        self.clipnorm = clipnorm
        self.clipvalue = clipvalue
        self.global_clipnorm = global_clipnorm
        if clipnorm is not None and global_clipnorm is not None:
            raise ValueError("At most one of `clipnorm` and `global_clipnorm` can be set.")
        self.use_ema = use_ema
        self.ema_momentum = ema_momentum
        self.ema_overwrite_frequency = ema_overwrite_frequency
        self.jit_compile = False
        self._lr_kw = lr
        self._slots = {}
        self._iterations = Variable(0, name="iteration", dtype="int64", trainable=False)
        self._variables = [self._iterations]

    def _build_learning_rate(self, learning_rate):
        if self._lr_kw is not None:
            learning_rate = self._lr_kw
        if callable(learning_rate) and not isinstance(learning_rate, (_T, _UnreadVariable)):
            self._schedule = learning_rate
            cur = learning_rate(self._iterations)  # tf_keras: the value learning_rate shows, set on each apply
            self._current_lr = Variable(cur, name="current_learning_rate", dtype=cur.dtype)
            return learning_rate
        self._schedule = None
        return Variable(learning_rate, name="learning_rate", dtype="float32", trainable=False)

    @property
    def iterations(self):
        return self._iterations

    @iterations.setter
    def iterations(self, variable):
        if self._slots:
            raise RuntimeError("Cannot set `iterations` to a new Variable after the Optimizer weights have been created.")
        self._iterations = variable

    @property
    def learning_rate(self):
        return self._current_lr if getattr(self, "_schedule", None) is not None else self._learning_rate

    @learning_rate.setter
    def learning_rate(self, learning_rate):
        if isinstance(self._learning_rate, Variable) and not callable(learning_rate):
            self._learning_rate.assign(learning_rate)
        else:
            self._learning_rate = learning_rate if callable(learning_rate) else self._build_learning_rate(learning_rate)

    lr = learning_rate

    def _lr(self, dt):
        import numpy as np

        v = self._learning_rate
        if self._schedule is not None:
            v = v(self._iterations)
        a = _np(v._var if isinstance(v, _UnreadVariable) else v) if isinstance(v, (_T, _UnreadVariable)) else np.asarray(v)
        return np.asarray(a, dtype="float32").astype(dt)[()]

    @property
    def variables(self):
        return _CallableList(self._variables)

    @classmethod
    def from_config(cls, config, custom_objects=None):
        config = dict(config)
        if isinstance(config.get("learning_rate"), dict):
            config["learning_rate"] = schedules.deserialize(config["learning_rate"], custom_objects=custom_objects)
        return cls(**config)

    def get_config(self):
        lr = self._learning_rate
        return {"name": self.name, "weight_decay": self.weight_decay, "clipnorm": self.clipnorm,
                "global_clipnorm": self.global_clipnorm, "clipvalue": self.clipvalue, "use_ema": self.use_ema,
                "ema_momentum": getattr(self, "ema_momentum", 0.99),
                "ema_overwrite_frequency": getattr(self, "ema_overwrite_frequency", None),
                "jit_compile": self.jit_compile, "is_legacy_optimizer": False,
                "learning_rate": _np(lr)[()] if isinstance(lr, Variable) else lr}

    def add_variable_from_reference(self, model_variable, variable_name, shape=None, initial_value=None):
        import numpy as np

        if initial_value is None:
            initial_value = np.zeros(model_variable._size() if shape is None else tuple(shape), model_variable._dtype_name)
        # tf_keras builds slots inside tf.name_scope(optimizer.name): 'Adam/m/dense/kernel:0'
        v = Variable(initial_value, name="%s/%s/%s" % (self.name, variable_name, model_variable.name.split(":")[0]),
                     dtype=model_variable._dtype_name, trainable=False)
        self._variables.append(v)
        return v

    def _slot(self, var, name):
        d = self._slots.setdefault(id(var), {})
        if name not in d:
            d[name] = self.add_variable_from_reference(var, name)
        return d[name]

    def _write(self, var, arr):
        var._assign(_core.tensor(arr, None, False, _tensor.TAG))

    def compute_gradients(self, loss, var_list, tape=None):
        return _tape_gradients(loss, var_list, tape, None, False)

    def minimize(self, loss, var_list, tape=None):
        grads_and_vars = self.compute_gradients(loss, var_list, tape)
        self.apply_gradients(grads_and_vars)

    def _clip_gradients(self, grads):
        return _clip(grads, self.clipvalue, self.clipnorm, self.global_clipnorm, False)

    def build(self, var_list):
        """Records the variables the optimizer updates (tf_keras _build_index_dict); the first
        apply_gradients builds it from its variables."""
        if getattr(self, "_index_ids", None) is not None:
            return
        self._index_vars = list(var_list)  # kept alive so their ids stay theirs
        self._index_ids = {id(v) for v in self._index_vars}

    def apply_gradients(self, grads_and_vars, name=None, skip_gradients_aggregation=False, **kwargs):
        pairs = list(grads_and_vars)
        if not pairs:
            return self._iterations
        self.build([v for _, v in pairs])
        filtered = [(g, v) for g, v in pairs if g is not None]
        if not filtered:
            variable = ([v.name for _, v in pairs],)
            raise ValueError("No gradients provided for any variable: %s. Provided `grads_and_vars` is %s."
                             % (variable, tuple(pairs)))
        missing = [v.name for g, v in pairs if g is None]
        if missing:
            for _ in range(2):  # tf_keras 2.21 logs it twice per call
                _log.warning("Gradients do not exist for variables %s when minimizing the loss. If you're using "
                             "`model.compile()`, did you forget to provide a `loss` argument?", missing)
        if getattr(self, "_schedule", None) is not None:
            self._current_lr.assign(self._schedule(self._iterations))
        grads = self._clip_gradients([g for g, _ in filtered])
        varz = [v for _, v in filtered]
        for v in varz:
            if not isinstance(v, Variable):
                raise TypeError("ferrograd: apply_gradients needs tf.Variable objects, got %r" % (type(v),))
        if self.weight_decay is not None:
            for v in varz:
                dt = v._dtype_name
                x = _np(v)
                self._write(v, x - x * _f(dt, self.weight_decay) * self._lr(dt))
        for g, v in zip(grads, varz):
            if id(v) not in self._index_ids:
                raise KeyError(f"The optimizer cannot recognize variable {v.name}. This usually means you are trying "
                               f"to call the optimizer to update different parts of the model separately. Please call "
                               f"`optimizer.build(variables)` with the full list of trainable variables before the "
                               f"training loop or use legacy optimizer `tf.keras.optimizers.legacy."
                               f"{type(self).__name__}.")
            g = g._var if isinstance(g, _UnreadVariable) else g
            ga = _np(_arg(g)).astype(v._dtype_name, copy=False)
            self.update_step(ga, v)
        self._iterations._add_scaled(_core.tensor(1, "int64", False, _tensor.TAG), 1.0)
        for v in varz:
            if v.constraint is not None:
                v.assign(v.constraint(v))
        return self._iterations


class SGD(Optimizer):
    def __init__(self, learning_rate=0.01, momentum=0.0, nesterov=False, weight_decay=None, clipnorm=None,
                 clipvalue=None, global_clipnorm=None, use_ema=False, ema_momentum=0.99,
                 ema_overwrite_frequency=None, jit_compile=True, name="SGD", **kwargs):
        super().__init__(name=name, weight_decay=weight_decay, clipnorm=clipnorm, clipvalue=clipvalue,
                         global_clipnorm=global_clipnorm, use_ema=use_ema, ema_momentum=ema_momentum,
                         ema_overwrite_frequency=ema_overwrite_frequency, jit_compile=jit_compile, **kwargs)
        self._learning_rate = self._build_learning_rate(learning_rate)
        self.momentum = momentum
        self.nesterov = nesterov
        if isinstance(momentum, (int, float)) and (momentum < 0 or momentum > 1):
            raise ValueError("`momentum` must be between [0, 1].")

    def update_step(self, g, var):
        dt = var._dtype_name
        lr = self._lr(dt)
        mom = _f(dt, self.momentum)
        mv = self._slot(var, "m")
        m = _np(mv)
        m = -g * lr + m * mom
        self._write(mv, m)
        x = _np(var)
        if self.nesterov:
            x = x + (-g * lr + m * mom)
        else:
            x = x + m
        self._write(var, x)

    def get_config(self):
        c = super().get_config()
        c.update(momentum=self.momentum, nesterov=self.nesterov)
        return c


class Adam(Optimizer):
    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, adaptive_epsilon=False,
                 amsgrad=False, weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None,
                 use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None, jit_compile=True, name="Adam",
                 **kwargs):
        super().__init__(name=name, weight_decay=weight_decay, clipnorm=clipnorm, clipvalue=clipvalue,
                         global_clipnorm=global_clipnorm, use_ema=use_ema, ema_momentum=ema_momentum,
                         ema_overwrite_frequency=ema_overwrite_frequency, jit_compile=jit_compile, **kwargs)
        self._learning_rate = self._build_learning_rate(learning_rate)
        self.beta_1 = beta_1
        self.beta_2 = beta_2
        self.epsilon = epsilon
        self.adaptive_epsilon = adaptive_epsilon
        self.amsgrad = amsgrad

    def update_step(self, g, var):
        import numpy as np

        dt = var._dtype_name
        T = np.dtype(dt).type
        lr = self._lr(dt)
        local_step = T(int(_np(self._iterations)) + 1)
        b1p = np.power(T(self.beta_1), local_step)
        b2p = np.power(T(self.beta_2), local_step)
        alpha = lr * np.sqrt(T(1) - b2p) / (T(1) - b1p)
        eps = T(self.epsilon) * np.sqrt(T(1) - b2p) if self.adaptive_epsilon else T(self.epsilon)
        mv, vv = self._slot(var, "m"), self._slot(var, "v")
        m = _np(mv) + (g - _np(mv)) * T(1 - self.beta_1)
        v = _np(vv) + (np.square(g) - _np(vv)) * T(1 - self.beta_2)
        self._write(mv, np.asarray(m, dt))
        self._write(vv, np.asarray(v, dt))
        if self.amsgrad:
            hv = self._slot(var, "vhat")
            v = np.maximum(_np(hv), v)
            self._write(hv, np.asarray(v, dt))
        x = _np(var) - (m * alpha) / (np.sqrt(v) + eps)
        self._write(var, np.asarray(x, dt))

    def get_config(self):
        c = super().get_config()
        c.update(beta_1=self.beta_1, beta_2=self.beta_2, epsilon=self.epsilon, amsgrad=self.amsgrad)
        return c


def _init_opt(self, name, kwargs, learning_rate):
    base = {k: kwargs.pop(k) for k in ("weight_decay", "clipnorm", "clipvalue", "global_clipnorm", "use_ema",
                                       "ema_momentum", "ema_overwrite_frequency", "jit_compile") if k in kwargs}
    Optimizer.__init__(self, name=name, **base, **kwargs)
    self._learning_rate = self._build_learning_rate(learning_rate)


class RMSprop(Optimizer):
    """tf_keras RMSprop.update_step (dense): velocity = rho*v + (1-rho)*g^2; increment =
    lr * g * rsqrt(v + eps) (or centered); momentum optional."""

    def __init__(self, learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-7, centered=False, name="RMSprop",
                 **kwargs):
        _init_opt(self, name, kwargs, learning_rate)
        self.rho, self.momentum, self.epsilon, self.centered = rho, momentum, epsilon, centered

    def update_step(self, g, var):
        import numpy as np

        dt = var._dtype_name
        T = np.dtype(dt).type
        lr = self._lr(dt)
        vv = self._slot(var, "velocity")
        v = T(self.rho) * _np(vv) + T(1 - self.rho) * np.square(g)
        self._write(vv, np.asarray(v, dt))
        if self.centered:
            av = self._slot(var, "average_gradient")
            a = T(self.rho) * _np(av) + T(1 - self.rho) * g
            self._write(av, np.asarray(a, dt))
            denom = v - np.square(a) + T(self.epsilon)
        else:
            denom = v + T(self.epsilon)
        inc = lr * g * (T(1) / np.sqrt(denom))
        x = _np(var)
        if self.momentum > 0:
            mv = self._slot(var, "momentum")
            m = T(self.momentum) * _np(mv) + inc
            self._write(mv, np.asarray(m, dt))
            x = x + (-m)
        else:
            x = x + (-inc)
        self._write(var, np.asarray(x, dt))

    def get_config(self):
        c = super().get_config()
        c.update(rho=self.rho, momentum=self.momentum, epsilon=self.epsilon, centered=self.centered)
        return c


class Adagrad(Optimizer):
    def __init__(self, learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7, name="Adagrad",
                 **kwargs):
        _init_opt(self, name, kwargs, learning_rate)
        self.initial_accumulator_value, self.epsilon = initial_accumulator_value, epsilon

    def update_step(self, g, var):
        import numpy as np

        dt = var._dtype_name
        T = np.dtype(dt).type
        lr = self._lr(dt)
        d = self._slots.setdefault(id(var), {})
        if "accumulator" not in d:
            d["accumulator"] = self.add_variable_from_reference(
                var, "accumulator", initial_value=np.full(var._size(), self.initial_accumulator_value, dt))
        av = d["accumulator"]
        acc = _np(av) + g * g
        self._write(av, np.asarray(acc, dt))
        x = _np(var) - lr * g / np.sqrt(acc + T(self.epsilon))
        self._write(var, np.asarray(x, dt))

    def get_config(self):
        c = super().get_config()
        c.update(initial_accumulator_value=self.initial_accumulator_value, epsilon=self.epsilon)
        return c


class Adamax(Optimizer):
    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, name="Adamax", **kwargs):
        _init_opt(self, name, kwargs, learning_rate)
        self.beta_1, self.beta_2, self.epsilon = beta_1, beta_2, epsilon

    def update_step(self, g, var):
        import numpy as np

        dt = var._dtype_name
        T = np.dtype(dt).type
        lr = self._lr(dt)
        local_step = T(int(_np(self._iterations)) + 1)
        b1p = np.power(T(self.beta_1), local_step)
        mv, uv = self._slot(var, "m"), self._slot(var, "u")
        m = _np(mv) + (g - _np(mv)) * T(1 - self.beta_1)
        u = np.maximum(T(self.beta_2) * _np(uv), np.abs(g))
        self._write(mv, np.asarray(m, dt))
        self._write(uv, np.asarray(u, dt))
        x = _np(var) - (lr * m) / ((T(1) - b1p) * (u + T(self.epsilon)))
        self._write(var, np.asarray(x, dt))


class AdamW(Adam):
    def __init__(self, learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999, epsilon=1e-7,
                 amsgrad=False, name="AdamW", **kwargs):
        super().__init__(learning_rate=learning_rate, beta_1=beta_1, beta_2=beta_2, epsilon=epsilon,
                         amsgrad=amsgrad, weight_decay=weight_decay, name=name, **kwargs)
        if weight_decay is None:
            raise ValueError("Argument `weight_decay` must be a float. Received: weight_decay=None")


def _np_mod():
    import numpy as np

    return np


class Nadam(Optimizer):
    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, name="Nadam", **kwargs):
        _init_opt(self, name, kwargs, learning_rate)
        self.beta_1, self.beta_2, self.epsilon = beta_1, beta_2, epsilon
        self._u_product = None
        self._u_product_counter = 1
        self._graph_counters = {}

    def update_step(self, g, var):
        np = _np_mod()
        dt = var._dtype_name
        T = np.dtype(dt).type
        lr = self._lr(dt)
        it = int(_np(self._iterations))
        local_step, next_step = T(it + 1), T(it + 2)
        decay = T(0.96)
        b1, b2 = T(self.beta_1), T(self.beta_2)
        u_t = b1 * (T(1.0) - T(0.5) * np.power(decay, local_step))
        u_t_1 = b1 * (T(1.0) - T(0.5) * np.power(decay, next_step))
        from .. import _ops

        if _ops._graph_fn_depth[0]:
            # inside Keras' train function (a tf.function) the Python counter is read when the
            # update is traced: each variable compares its own traced value with iterations + 2.
            # A first call that creates the optimizer's variables is traced twice (the first trace
            # only lifts the initializers), so the kept trace starts one increment per variable on.
            if self._u_product is None:
                self._u_product_counter += len(getattr(self, "_index_vars", ()) or ())
            if self._u_product is None:
                self._u_product = T(1.0)
            c = self._graph_counters.get(id(var))
            if c is None:
                c = self._graph_counters[id(var)] = self._u_product_counter
                self._u_product_counter += 1
            if c != it + 2:
                self._u_product = T(self._u_product * u_t)
        elif self._u_product is None or self._u_product_counter != it + 2:
            if self._u_product is None:
                self._u_product = T(1.0)
            self._u_product = T(self._u_product * u_t)
            self._u_product_counter += 1
        u_product_t = T(self._u_product)
        u_product_t_1 = u_product_t * u_t_1
        b2_power = np.power(b2, local_step)
        mv, vv = self._slot(var, "m"), self._slot(var, "v")
        m = _np(mv) + (g - _np(mv)) * (T(1) - b1)
        v = _np(vv) + (np.square(g) - _np(vv)) * (T(1) - b2)
        self._write(mv, np.asarray(m, dt))
        self._write(vv, np.asarray(v, dt))
        m_hat = u_t_1 * m / (T(1) - u_product_t_1) + (T(1) - u_t) * g / (T(1) - u_product_t)
        v_hat = v / (T(1) - b2_power)
        x = _np(var) - (m_hat * lr) / (np.sqrt(v_hat) + T(self.epsilon))
        self._write(var, np.asarray(x, dt))

    def get_config(self):
        c = super().get_config()
        c.update(beta_1=self.beta_1, beta_2=self.beta_2, epsilon=self.epsilon)
        return c


class Adadelta(Optimizer):
    def __init__(self, learning_rate=0.001, rho=0.95, epsilon=1e-7, name="Adadelta", **kwargs):
        _init_opt(self, name, kwargs, learning_rate)
        self.rho, self.epsilon = rho, epsilon

    def update_step(self, g, var):
        np = _np_mod()
        dt = var._dtype_name
        T = np.dtype(dt).type
        lr = self._lr(dt)
        rho, one_m = T(self.rho), T(1 - self.rho)
        eps = T(self.epsilon)
        ag, ad = self._slot(var, "accumulated_grad"), self._slot(var, "accumulated_delta_var")
        acc_g = rho * _np(ag) + one_m * g * g
        self._write(ag, np.asarray(acc_g, dt))
        acc_d = _np(ad)
        delta = -np.sqrt(acc_d + eps) * g / np.sqrt(acc_g + eps)
        self._write(ad, np.asarray(rho * acc_d + one_m * delta * delta, dt))
        self._write(var, np.asarray(_np(var) + lr * delta, dt))

    def get_config(self):
        c = super().get_config()
        c.update(rho=self.rho, epsilon=self.epsilon)
        return c


class Ftrl(Optimizer):
    def __init__(self, learning_rate=0.001, learning_rate_power=-0.5, initial_accumulator_value=0.1,
                 l1_regularization_strength=0.0, l2_regularization_strength=0.0,
                 l2_shrinkage_regularization_strength=0.0, beta=0.0, name="Ftrl", **kwargs):
        _init_opt(self, name, kwargs, learning_rate)
        if initial_accumulator_value < 0.0:
            raise ValueError("`initial_accumulator_value` needs to be positive or zero. Received: "
                             f"initial_accumulator_value={initial_accumulator_value}.")
        if learning_rate_power > 0.0:
            raise ValueError("`learning_rate_power` needs to be negative or zero. Received: "
                             f"learning_rate_power={learning_rate_power}.")
        self.learning_rate_power = learning_rate_power
        self.initial_accumulator_value = initial_accumulator_value
        self.l1_regularization_strength = l1_regularization_strength
        self.l2_regularization_strength = l2_regularization_strength
        self.l2_shrinkage_regularization_strength = l2_shrinkage_regularization_strength
        self.beta = beta

    def update_step(self, g, var):
        np = _np_mod()
        dt = var._dtype_name
        T = np.dtype(dt).type
        lr = self._lr(dt)
        d = self._slots.setdefault(id(var), {})
        if "accumulator" not in d:
            d["accumulator"] = self.add_variable_from_reference(
                var, "accumulator", initial_value=np.full(var._size(), self.initial_accumulator_value, dt))
        av, lv = d["accumulator"], self._slot(var, "linear")
        p = T(-self.learning_rate_power)
        l2 = T(self.l2_regularization_strength) + T(self.beta) / (T(2.0) * lr)
        x = _np(var)
        grad_to_use = g + T(2 * self.l2_shrinkage_regularization_strength) * x
        accum = _np(av)
        new_accum = accum + np.power(g, T(2))
        linear = _np(lv) + (grad_to_use - (np.power(new_accum, p) - np.power(accum, p)) / lr * x)
        self._write(lv, np.asarray(linear, dt))
        quadratic = np.power(new_accum, p) / lr + T(2) * l2
        l1 = T(self.l1_regularization_strength)
        clipped = np.clip(linear, -l1, l1)
        self._write(var, np.asarray((clipped - linear) / quadratic, dt))
        self._write(av, np.asarray(new_accum, dt))

    def get_config(self):
        c = super().get_config()
        c.update(learning_rate_power=self.learning_rate_power,
                 initial_accumulator_value=self.initial_accumulator_value,
                 l1_regularization_strength=self.l1_regularization_strength,
                 l2_regularization_strength=self.l2_regularization_strength,
                 l2_shrinkage_regularization_strength=self.l2_shrinkage_regularization_strength, beta=self.beta)
        return c


class Lion(Optimizer):
    def __init__(self, learning_rate=0.0001, beta_1=0.9, beta_2=0.99, name="Lion", **kwargs):
        _init_opt(self, name, kwargs, learning_rate)
        if beta_1 <= 0 or beta_1 > 1:
            raise ValueError(f"`beta_1`={beta_1} must be between ]0, 1]. Otherwise, the optimizer degenerates to "
                             f"SignSGD.")
        self.beta_1, self.beta_2 = beta_1, beta_2

    def update_step(self, g, var):
        np = _np_mod()
        dt = var._dtype_name
        T = np.dtype(dt).type
        lr = self._lr(dt)
        b1, b2 = T(self.beta_1), T(self.beta_2)
        mv = self._slot(var, "m")
        m = _np(mv)
        self._write(var, np.asarray(_np(var) - lr * np.sign(m * b1 + g * (T(1.0) - b1)), dt))
        self._write(mv, np.asarray(m * b2 + g * (T(1.0) - b2), dt))

    def get_config(self):
        c = super().get_config()
        c.update(beta_1=self.beta_1, beta_2=self.beta_2)
        return c


def serialize(optimizer, use_legacy_format=False):
    from .utils import serialize_keras_object

    c = serialize_keras_object(optimizer)
    if isinstance(optimizer, _LegacyOptimizer):
        c["module"] = "keras.optimizers.legacy"
    return c


def deserialize(config, custom_objects=None, use_legacy_format=False, **kwargs):
    from .utils import deserialize_keras_object

    if isinstance(config, dict) and config.get("module") == "keras.optimizers.legacy":
        return getattr(legacy, config["class_name"])(**config["config"])
    return deserialize_keras_object(config, custom_objects)


def get(identifier, **kwargs):
    if isinstance(identifier, Optimizer):
        return identifier
    table = {"sgd": SGD, "adam": Adam, "rmsprop": RMSprop, "adagrad": Adagrad, "adamax": Adamax, "adamw": AdamW,
             "nadam": Nadam, "adadelta": Adadelta, "ftrl": Ftrl, "lion": Lion}
    if isinstance(identifier, _LegacyOptimizer):
        return identifier
    if isinstance(identifier, str) and identifier.lower() in table:
        return table[identifier.lower()](**kwargs)
    raise ValueError("Could not interpret optimizer identifier: %s" % (identifier,))


from . import _schedules as schedules  # noqa: E402

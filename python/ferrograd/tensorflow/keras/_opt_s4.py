"""Session-4 Keras 2 (tf_keras) optimizers: Nadam, Adadelta, Ftrl, Lion (dense update_step of tf_keras 2.21,
in the variable's dtype, numpy arithmetic in the same operation order)."""
from .._tensor import _np
from . import optimizers as _O


def _np_mod():
    import numpy as np

    return np


class Nadam(_O.Optimizer):
    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, name="Nadam", **kwargs):
        _O._init_opt(self, name, kwargs, learning_rate)
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


class Adadelta(_O.Optimizer):
    def __init__(self, learning_rate=0.001, rho=0.95, epsilon=1e-7, name="Adadelta", **kwargs):
        _O._init_opt(self, name, kwargs, learning_rate)
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


class Ftrl(_O.Optimizer):
    def __init__(self, learning_rate=0.001, learning_rate_power=-0.5, initial_accumulator_value=0.1,
                 l1_regularization_strength=0.0, l2_regularization_strength=0.0,
                 l2_shrinkage_regularization_strength=0.0, beta=0.0, name="Ftrl", **kwargs):
        _O._init_opt(self, name, kwargs, learning_rate)
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


class Lion(_O.Optimizer):
    def __init__(self, learning_rate=0.0001, beta_1=0.9, beta_2=0.99, name="Lion", **kwargs):
        _O._init_opt(self, name, kwargs, learning_rate)
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


def _install():
    for c in (Nadam, Adadelta, Ftrl, Lion):
        c.__module__ = _O.__name__
        if not hasattr(_O, c.__name__):
            setattr(_O, c.__name__, c)
    old_get = _O.get

    def get(identifier, **kwargs):
        if isinstance(identifier, str) and identifier.lower() in ("nadam", "adadelta", "ftrl", "lion"):
            return {"nadam": Nadam, "adadelta": Adadelta, "ftrl": Ftrl, "lion": Lion}[identifier.lower()](**kwargs)
        return old_get(identifier, **kwargs)

    _O.get = get

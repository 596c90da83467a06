# tf.keras.regularizers (tf-keras): L1, L2, L1L2 penalties a layer adds to its losses for a
# weight (a zero-argument callable loss evaluated when `layer.losses` is read).

from .. import _ops


def _f32(v):
    # numpy is imported lazily (import-time budget of the dialect)
    import numpy as np

    return np.float32(v)


class Regularizer:
    def __call__(self, x):
        return 0.0

    @classmethod
    def from_config(cls, config):
        return cls(**config)

    def get_config(self):
        raise NotImplementedError(f"{self} does not implement get_config()")


def _l2_loss(x):
    from .. import nn

    return nn.l2_loss(x)


class L1L2(Regularizer):
    def __init__(self, l1=0.0, l2=0.0):
        self.l1 = _f32(0.0 if l1 is None else l1)
        self.l2 = _f32(0.0 if l2 is None else l2)

    def __call__(self, x):
        reg = _ops.constant(0.0, dtype=x.dtype)
        if self.l1:
            reg += self.l1 * _ops.reduce_sum(_ops.abs(x))
        if self.l2:
            reg += _f32(2.0) * self.l2 * _l2_loss(x)
        return reg

    def get_config(self):
        return {"l1": float(self.l1), "l2": float(self.l2)}


class L1(Regularizer):
    def __init__(self, l1=0.01, **kwargs):
        l1 = kwargs.pop("l", l1)
        if kwargs:
            raise TypeError(f"Argument(s) not recognized: {kwargs}")
        self.l1 = _f32(0.01 if l1 is None else l1)

    def __call__(self, x):
        return self.l1 * _ops.reduce_sum(_ops.abs(x))

    def get_config(self):
        return {"l1": float(self.l1)}


class L2(Regularizer):
    def __init__(self, l2=0.01, **kwargs):
        l2 = kwargs.pop("l", l2)
        if kwargs:
            raise TypeError(f"Argument(s) not recognized: {kwargs}")
        self.l2 = _f32(0.01 if l2 is None else l2)

    def __call__(self, x):
        return _f32(2.0) * self.l2 * _l2_loss(x)

    def get_config(self):
        return {"l2": float(self.l2)}


def l1_l2(l1=0.01, l2=0.01):
    return L1L2(l1=l1, l2=l2)


l1 = L1
l2 = L2


def get(identifier):
    if identifier is None:
        return None
    if isinstance(identifier, str):
        table = {"l1": L1, "l2": L2, "l1_l2": lambda: L1L2(l1=0.01, l2=0.01),
                 "L1": L1, "L2": L2, "L1L2": L1L2}
        if identifier not in table:
            raise ValueError(f"Unknown regularizer: '{identifier}'. Please ensure you are using a "
                             f"`keras.utils.custom_object_scope` and that this object is included in the scope.")
        return table[identifier]()
    if isinstance(identifier, dict):
        return {"L1": L1, "L2": L2, "L1L2": L1L2}[identifier["class_name"]](**identifier.get("config", {}))
    if callable(identifier):
        return identifier
    raise ValueError(f"Could not interpret regularizer identifier: {identifier}")

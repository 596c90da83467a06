# mindspore.amp: loss scalers and all_finite (mixed-precision tutorials). Casting helpers keep float32
# (the core has no float16 compute path here): auto_mixed_precision keeps the network's arithmetic; O2/O3 wrap it
# in _OutputTo32 as MindSpore does.
from . import _dtype
from ._tensor import Parameter, Tensor
from .nn.cell import Cell


def _map(fn, inputs):
    if isinstance(inputs, (tuple, list)):
        return type(inputs)(_map(fn, x) for x in inputs)
    return fn(inputs)


def _as_f32(scale, like):
    return scale.astype(like.dtype) if hasattr(like, "dtype") else scale


class LossScaler:
    def scale(self, inputs):
        raise NotImplementedError

    def unscale(self, inputs):
        raise NotImplementedError

    def adjust(self, grads_finite):
        raise NotImplementedError


def _check_scale(scale_value):
    if not isinstance(scale_value, (float, int)) or isinstance(scale_value, bool):
        raise TypeError(f"For 'scale_value', the type of 'scale_value' should be 'float' or 'int', "
                        f"but got type '{type(scale_value).__name__}'.")
    if scale_value < 1.0:
        raise ValueError("The argument 'scale_value' must be > 1, but got {}".format(scale_value))


class StaticLossScaler(LossScaler):
    def __init__(self, scale_value):
        _check_scale(scale_value)
        self.scale_value = Parameter(Tensor(scale_value, dtype="float32"), name="scale_value")

    def scale(self, inputs):
        return _map(lambda g: g * _as_f32(self.scale_value.value(), g), inputs)

    def unscale(self, inputs):
        return _map(lambda g: g * _as_f32(self.scale_value.value().reciprocal(), g), inputs)

    def adjust(self, grads_finite):
        return False


class DynamicLossScaler(StaticLossScaler):
    def __init__(self, scale_value, scale_factor, scale_window):
        super().__init__(scale_value)
        for n, v in (("scale_window", scale_window), ("scale_factor", scale_factor)):
            if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
                raise ValueError(f"The '{n}' must be int and must > 0, but got '{v}' with type "
                                 f"'{type(v).__name__}'.")
        self.scale_window = scale_window
        self.scale_factor = scale_factor
        self.counter = Parameter(Tensor(0, dtype="int32"), name="counter")

    def adjust(self, grads_finite):
        import numpy as np

        finite = bool(np.asarray(grads_finite.asnumpy() if hasattr(grads_finite, "asnumpy") else grads_finite))
        s = np.float32(self.scale_value.asnumpy())
        c = int(self.counter.asnumpy())
        mul = np.float32(s * np.float32(self.scale_factor))
        if finite:
            new = (mul if np.isfinite(mul) else s) if c == self.scale_window - 1 else s
        else:
            new = max(np.float32(1), np.float32(s / np.float32(self.scale_factor)))
        self.scale_value.set_data(Tensor(np.float32(new)))
        self.counter.set_data(Tensor(np.int32((c + 1) % self.scale_window * int(finite))))
        return True


def all_finite(inputs):
    import numpy as np

    ok = all(np.isfinite(x.asnumpy()).all() for x in inputs)
    return Tensor(bool(ok))


class _OutputTo32(Cell):
    # O2/O3 wrap the network so that its float outputs come back as float32.

    def __init__(self, backbone):
        super().__init__(auto_prefix=False)
        self._backbone = backbone

    def construct(self, *args, **kwargs):
        return _map(lambda t: t.astype(_dtype.float32) if isinstance(t, Tensor) and t.is_floating_point() else t,
                    self._backbone(*args, **kwargs))


_OutputTo32.__module__ = "mindspore.train.amp"


def auto_mixed_precision(network, amp_level="O0", dtype=None):
    return _OutputTo32(network) if amp_level in ("O2", "O3") else network


def build_train_network(network, optimizer, loss_fn=None, level="O0", boost_level="O0", **kwargs):
    from .nn import TrainOneStepCell, WithLossCell

    net = WithLossCell(network, loss_fn) if loss_fn is not None else network
    return TrainOneStepCell(net, optimizer)


def custom_mixed_precision(network, white_list=None, black_list=None, dtype=None):
    return network


def get_white_list():
    return []


def get_black_list():
    return []


from ._loss_scale import DynamicLossScaleManager, FixedLossScaleManager, LossScaleManager  # noqa: F401,E402

# Loss scaling: train.LossScaleManager / FixedLossScaleManager / DynamicLossScaleManager (also
# exported by mindspore and mindspore.amp), nn.FixedLossScaleUpdateCell / DynamicLossScaleUpdateCell and
# nn.TrainOneStepWithLossScaleCell, following MindSpore 2.10's Python code.
from . import _dtype
from ._tensor import Parameter, Tensor
from .nn.cell import Cell
from .nn.wrap import TrainOneStepCell


class LossScaleManager:
    def get_loss_scale(self):
        """Get loss scale value."""

    def update_loss_scale(self, overflow):
        """Update loss scale value."""

    def get_update_cell(self):
        """Get the loss scaling update logic cell."""


class FixedLossScaleManager(LossScaleManager):
    def __init__(self, loss_scale=128.0, drop_overflow_update=True):
        if loss_scale < 1:
            raise ValueError("The argument 'loss_scale' must be >= 1, but got {}".format(loss_scale))
        self._loss_scale = loss_scale
        self._drop_overflow_update = drop_overflow_update

    def get_loss_scale(self):
        return self._loss_scale

    def get_drop_overflow_update(self):
        return self._drop_overflow_update

    def update_loss_scale(self, overflow):
        """The fixed loss scale does not change."""

    def get_update_cell(self):
        if not self._drop_overflow_update:
            return None
        return FixedLossScaleUpdateCell(self._loss_scale)


class DynamicLossScaleManager(LossScaleManager):
    def __init__(self, init_loss_scale=2 ** 24, scale_factor=2, scale_window=2000):
        if init_loss_scale < 1.0:
            raise ValueError("The argument 'init_loss_scale' must be > 1, but got {}".format(init_loss_scale))
        self.loss_scale = init_loss_scale
        if not isinstance(scale_window, int) or isinstance(scale_window, bool) or scale_window <= 0:
            raise ValueError(f"For 'DynamicLossScaleManager', the 'scale_window' must be a positive int, but got "
                             f"{scale_window}.")
        self.scale_window = scale_window
        if scale_factor <= 0:
            raise ValueError("The argument 'scale_factor' must be > 0, but got {}".format(scale_factor))
        self.scale_factor = scale_factor
        self.increase_ratio = scale_factor
        self.decrease_ratio = 1 / scale_factor
        self.cur_iter = 1
        self.last_overflow_iter = 0
        self.bad_step_max = 1000
        self.bad_step = 0

    def get_loss_scale(self):
        return self.loss_scale

    def update_loss_scale(self, overflow):
        if overflow:
            self.loss_scale = max(self.loss_scale * self.decrease_ratio, 1)
            self.last_overflow_iter = self.cur_iter
            self.bad_step += 1
        else:
            if (self.cur_iter - self.last_overflow_iter) % self.scale_window == 0:
                self.loss_scale *= self.increase_ratio
            self.bad_step = 0
        if self.bad_step > self.bad_step_max:
            raise RuntimeError("Dynamic loss scale Continuous overflow ", self.bad_step,
                               " times, has exceeded maximum threshold.")
        self.cur_iter += 1

    def get_drop_overflow_update(self):
        return True

    def get_update_cell(self):
        return DynamicLossScaleUpdateCell(self.loss_scale, self.scale_factor, self.scale_window)


def _b(t):
    return bool(t.asnumpy().reshape(-1)[0]) if hasattr(t, "asnumpy") else bool(t)


class DynamicLossScaleUpdateCell(Cell):
    def __init__(self, loss_scale_value, scale_factor, scale_window):
        super().__init__()
        self.scale_window = Tensor(scale_window, dtype=_dtype.int32)
        self.scale_factor = Tensor(scale_factor, dtype=_dtype.float32)
        self.loss_scale_value = loss_scale_value
        self.cur_iter = Parameter(Tensor(1, dtype=_dtype.int32), name="current_iterator_step")
        self.last_overflow_iter = Parameter(Tensor(0, dtype=_dtype.int32), name="last_overflow_iterator_step")
        self.minimum_loss_scale = Tensor(1.0, dtype=_dtype.float32)

    def get_loss_scale(self):
        return self.loss_scale_value

    def construct(self, loss_scale, overflow):
        import numpy as np

        ov = _b(overflow)
        s = np.float32(loss_scale.asnumpy().reshape(-1)[0])
        f = np.float32(self.scale_factor.asnumpy())
        on_overflow = max(np.float32(s * np.float32(1) / f), np.float32(1)) if ov else s
        cur, last = int(self.cur_iter.asnumpy()), int(self.last_overflow_iter.asnumpy())
        should_inc = int(self.scale_window.asnumpy()) <= cur - last
        if ov or should_inc:
            self.last_overflow_iter.set_data(Tensor(cur, _dtype.int32))
        new = np.float32(on_overflow * f) if (should_inc and not ov) else np.float32(on_overflow)
        loss_scale.set_data(Tensor(np.full(tuple(loss_scale.shape), new, np.float32)))
        self.cur_iter.set_data(Tensor(cur + 1, _dtype.int32))
        return overflow


class FixedLossScaleUpdateCell(Cell):
    def __init__(self, loss_scale_value):
        super().__init__()
        self.loss_scale_value = loss_scale_value

    def get_loss_scale(self):
        return self.loss_scale_value

    def construct(self, _, overflow):
        return overflow


class TrainOneStepWithLossScaleCell(TrainOneStepCell):
    def __init__(self, network, optimizer, scale_sense):
        super().__init__(network, optimizer)
        self.loss_scaling_manager = None
        if isinstance(scale_sense, Cell):
            self.loss_scaling_manager = scale_sense
            self.scale_sense = Parameter(Tensor(scale_sense.get_loss_scale(), dtype=_dtype.float32),
                                         name="scale_sense")
        elif isinstance(scale_sense, Tensor):
            if tuple(scale_sense.shape) in ((1,), ()):
                self.scale_sense = Parameter(scale_sense, name="scale_sense")
            else:
                raise ValueError("For 'TrainOneStepWithLossScaleCell', the shape of 'scale_sense' must be (1,) "
                                 "or (), but got {}.".format(tuple(scale_sense.shape)))
        else:
            raise TypeError("For 'TrainOneStepWithLossScaleCell', the 'scale_sense' must be Cell or Tensor, but "
                            "got 'scale_sense' type: {}.".format(type(scale_sense)))

    def construct(self, *inputs):
        import numpy as np

        from ._grad import value_and_grad

        scale = self.scale_sense.value() if hasattr(self.scale_sense, "value") else self.scale_sense
        scale = Tensor(scale.asnumpy())

        def scaled(*a):
            out = self.network(*a)
            return out * scale.astype(out.dtype).reshape(()), out

        (_, loss), grads = value_and_grad(scaled, None, self.weights, has_aux=True)(*inputs)
        inv = scale.reciprocal() if hasattr(scale, "reciprocal") else 1 / scale
        grads = tuple(g * inv.astype(g.dtype).reshape(()) for g in grads)
        finite = all(np.isfinite(g.asnumpy()).all() for g in grads)
        cond = Tensor(not finite)
        overflow = cond
        if self.loss_scaling_manager is not None:
            overflow = self.loss_scaling_manager(self.scale_sense, cond)
        if not _b(overflow):
            self.optimizer(grads)
        return loss, cond, self.scale_sense

    def set_sense_scale(self, sens):
        if isinstance(sens, Tensor):
            self.scale_sense.set_data(sens)
        else:
            raise TypeError("For 'TrainOneStepWithLossScaleCell', the type of 'sens' must be Tensor, but got "
                            "{}".format(type(sens)))


for _c in (LossScaleManager, FixedLossScaleManager, DynamicLossScaleManager):
    _c.__module__ = "mindspore.train.loss_scale_manager"
for _c in (DynamicLossScaleUpdateCell, FixedLossScaleUpdateCell, TrainOneStepWithLossScaleCell):
    _c.__module__ = "mindspore.nn.wrap.loss_scale"
del _c

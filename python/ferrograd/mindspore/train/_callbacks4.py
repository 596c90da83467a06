"""mindspore.train callbacks added in session 4: LearningRateScheduler and ReduceLROnPlateau (MindSpore 2.10's
logic; the optimizer's learning rate is read and written as a float32 value, as MindSpore's Parameter)."""
import math

from ..._lazy import np
from .callback import Callback, _handle_loss

_smaller_better_metrics = ['hausdorff_distance', 'mae', 'mse', 'loss', 'perplexity', 'mean_surface_distance',
                           'root_mean_square_distance', 'eval_loss']


def _opt_lr(opt):
    lr = opt.learning_rate
    if hasattr(lr, "asnumpy"):
        return np.float32(lr.asnumpy())
    if not isinstance(lr, (int, float, np.floating)):
        raise ValueError('ReduceLROnPlateau does not support dynamic learning rate and group learning rate now.')
    return np.float32(lr)


def _set_lr(opt, value):
    v = np.float32(value)
    if hasattr(opt.learning_rate, "set_data"):
        from .._tensor import Tensor

        opt.learning_rate.set_data(Tensor(v))
    else:
        opt.learning_rate = float(v)
        lrs = getattr(opt, "_lrs", None)
        if lrs is not None and not getattr(opt, "is_group_lr", False):
            # ferrograd's optimizers read the per-parameter learning rates at each step
            object.__setattr__(opt, "_lrs", type(lrs)(float(v) for _ in lrs))


class LearningRateScheduler(Callback):
    def __init__(self, learning_rate_function):
        super().__init__()
        self.learning_rate_function = learning_rate_function

    def step_end(self, run_context):
        cb_params = run_context.original_args()
        arr_lr = np.array(_opt_lr(cb_params.optimizer))
        lr = float(np.array2string(arr_lr))
        new_lr = self.learning_rate_function(lr, cb_params.cur_step_num)
        if not math.isclose(lr, new_lr, rel_tol=1e-10):
            _set_lr(cb_params.optimizer, new_lr)



class ReduceLROnPlateau(Callback):
    def __init__(self, monitor='eval_loss', factor=0.1, patience=10, verbose=False, mode='auto', min_delta=1e-4,
                 cooldown=0, min_lr=0):
        super().__init__()
        if not isinstance(monitor, str):
            raise TypeError(f"The type of 'monitor' should be 'str', but got '{type(monitor).__name__}'.")
        if not isinstance(factor, float) or not 0.0 < factor < 1.0:
            raise ValueError(f"The input value must be float and in range (0.0, 1.0), but got '{factor}' with type "
                             f"'{type(factor).__name__}'.")
        if not isinstance(patience, int) or isinstance(patience, bool) or patience < 0:
            raise ValueError(f"The input value must be int and must >= 0, but got '{patience}' with type "
                             f"'{type(patience).__name__}'.")
        self.monitor = monitor
        self.factor = factor
        self.patience = patience
        self.verbose = verbose
        self.mode = mode
        self.min_delta = abs(min_delta)
        self.cooldown = cooldown
        self.min_lr = min_lr
        self.cooldown_counter = 0
        self.wait = 0
        if self.mode not in ['auto', 'min', 'max']:
            raise ValueError("mode should be 'auto', 'min' or 'max', but got %s." % self.mode)
        self._reset_best()

    def _smaller(self):
        return self.mode == 'min' or (self.mode == 'auto' and self.monitor in _smaller_better_metrics)

    def _reset_best(self):
        if self._smaller():
            self.is_improvement = lambda a, b: np.less(a, b - self.min_delta)
            self.best = np.inf
        else:
            self.is_improvement = lambda a, b: np.greater(a, b + self.min_delta)
            self.best = -np.inf

    def on_train_begin(self, run_context):
        self.cooldown_counter = 0
        self.wait = 0
        self.best = np.inf if self._smaller() else -np.inf

    def on_train_epoch_end(self, run_context):
        cb_params = run_context.original_args()
        cur_lr = _opt_lr(cb_params.optimizer)
        value = self._get_monitor_value(cb_params)
        if value is None:
            return
        if self.cooldown_counter > 0:
            self.cooldown_counter -= 1
            self.wait = 0
        if self.is_improvement(value, self.best):
            self.best = value
            self.wait = 0
        elif self.cooldown_counter <= 0:
            self.wait += 1
            if self.wait >= self.patience:
                if cur_lr > np.float32(self.min_lr):
                    new_lr = max(np.float32(cur_lr * np.float32(self.factor)), np.float32(self.min_lr))
                    _set_lr(cb_params.optimizer, new_lr)
                    if self.verbose:
                        from .._tensor import Tensor

                        print('Epoch %05d: ReduceLROnPlateau reducing learning rate to %s.'
                              % (cb_params.cur_epoch_num, Tensor(np.float32(new_lr))))
                self.cooldown_counter = self.cooldown
                self.wait = 0

    def _get_monitor_value(self, cb_params):
        candidates = {}
        if self.monitor == 'loss':
            value = _handle_loss(cb_params.get('net_outputs'))
        else:
            candidates = cb_params.get('eval_results') or cb_params.get('metrics') or {}
            value = candidates.get(self.monitor)
        if isinstance(value, np.ndarray) and value.shape != ():
            raise ValueError('ReduceLROnPlateau only supports scalar monitor now.')
        return np.array(value) if value else None


for _c in (LearningRateScheduler, ReduceLROnPlateau):
    _c.__module__ = "mindspore.train.callback"
del _c

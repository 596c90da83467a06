# mindspore.train callbacks: Callback, RunContext, LossMonitor, TimeMonitor, ModelCheckpoint,
# CheckpointConfig, LambdaCallback, History, EarlyStopping (the parts tutorials use).
import math
import time

from ..._lazy import np


class _Params(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None

    def __setattr__(self, k, v):
        self[k] = v


class RunContext:
    def __init__(self, original_args):
        self._original_args = original_args
        self._stop_requested = False

    def original_args(self):
        return self._original_args

    def request_stop(self):
        self._stop_requested = True

    def get_stop_requested(self):
        return self._stop_requested


class Callback:
    def __enter__(self):
        return self

    def __exit__(self, *err):
        pass

    def begin(self, run_context):
        pass

    def epoch_begin(self, run_context):
        pass

    def epoch_end(self, run_context):
        pass

    def step_begin(self, run_context):
        pass

    def step_end(self, run_context):
        pass

    def end(self, run_context):
        pass

    def on_train_begin(self, run_context):
        self.begin(run_context)

    def on_train_epoch_begin(self, run_context):
        self.epoch_begin(run_context)

    def on_train_epoch_end(self, run_context):
        self.epoch_end(run_context)

    def on_train_step_begin(self, run_context):
        self.step_begin(run_context)

    def on_train_step_end(self, run_context):
        self.step_end(run_context)

    def on_train_end(self, run_context):
        self.end(run_context)

    def on_eval_begin(self, run_context):
        self.begin(run_context)

    def on_eval_epoch_begin(self, run_context):
        self.epoch_begin(run_context)

    def on_eval_epoch_end(self, run_context):
        self.epoch_end(run_context)

    def on_eval_step_begin(self, run_context):
        self.step_begin(run_context)

    def on_eval_step_end(self, run_context):
        self.step_end(run_context)

    def on_eval_end(self, run_context):
        self.end(run_context)


def _handle_loss(loss):
    if isinstance(loss, (tuple, list)):
        if hasattr(loss[0], "asnumpy"):
            loss = loss[0]
    elif hasattr(loss, "asnumpy"):
        loss = float(np.mean(loss.asnumpy()))
    return loss


class LossMonitor(Callback):
    def __init__(self, per_print_times=1):
        super().__init__()
        # mindspore's Validator.check_non_negative_int(per_print_times)
        if isinstance(per_print_times, bool) or (isinstance(per_print_times, int) and per_print_times < 0):
            raise (TypeError if isinstance(per_print_times, bool) else ValueError)(
                f"The input value must be int and must >= 0, but got '{per_print_times}' with "
                f"type '{type(per_print_times).__name__}'.")
        if not isinstance(per_print_times, int):
            raise TypeError(f"The input value must be int, but got '{type(per_print_times).__name__}'")
        self._per_print_times = per_print_times
        self._last_print_time = 0

    def step_end(self, run_context):
        cb = run_context.original_args()
        epoch = cb.get("cur_epoch_num", 1)
        loss = _handle_loss(cb.net_outputs)
        step_in_epoch = (cb.cur_step_num - 1) % cb.batch_num + 1
        if isinstance(loss, float) and (np.isnan(loss) or np.isinf(loss)):
            raise ValueError(f"In epoch: {epoch} step: {step_in_epoch}, loss is NAN or INF, training process cannot "
                             f"continue, terminating training.")
        if self._per_print_times != 0 and cb.cur_step_num <= self._last_print_time:
            while cb.cur_step_num <= self._last_print_time:
                self._last_print_time -= max(self._per_print_times, 1)
        if self._per_print_times != 0 and cb.cur_step_num - self._last_print_time >= self._per_print_times:
            self._last_print_time = cb.cur_step_num
            print("epoch: %s step: %s, loss is %s" % (epoch, step_in_epoch, loss), flush=True)

    def on_train_epoch_end(self, run_context):
        cb = run_context.original_args()
        metrics = cb.get("metrics")
        if metrics:
            print("Eval result: epoch %d, metrics: %s" % (cb.cur_epoch_num, metrics))


class TimeMonitor(Callback):
    def __init__(self, data_size=None, data_time=False):
        super().__init__()
        self.data_size = data_size
        self.data_time = data_time
        self.epoch_time = time.time()

    def on_train_epoch_begin(self, run_context):
        self.epoch_time = time.time()

    def on_train_epoch_end(self, run_context):
        cb = run_context.original_args()
        ms_ = (time.time() - self.epoch_time) * 1000
        steps = self.data_size or cb.batch_num
        print("Train epoch time: {:5.3f} ms, per step time: {:5.3f} ms".format(ms_, ms_ / steps), flush=True)


class History(Callback):
    def __init__(self):
        super().__init__()
        self.epoch = None
        self.history = {}

    def begin(self, run_context):
        self.epoch = {"epoch": []}

    def epoch_end(self, run_context):
        cb = run_context.original_args()
        self.epoch["epoch"].append(cb.cur_epoch_num)
        loss = _handle_loss(cb.net_outputs)
        self.history.setdefault("net_output", []).append(loss)
        for k, v in (getattr(cb, "metrics", None) or {}).items():
            self.history.setdefault(k, []).append(v)


class LambdaCallback(Callback):
    def __init__(self, on_train_epoch_begin=None, on_train_epoch_end=None, on_train_step_begin=None,
                 on_train_step_end=None, on_train_begin=None, on_train_end=None, on_eval_epoch_begin=None,
                 on_eval_epoch_end=None, on_eval_step_begin=None, on_eval_step_end=None, on_eval_begin=None,
                 on_eval_end=None):
        super().__init__()
        for name, fn in list(locals().items()):
            if name.startswith("on_") and fn is not None:
                setattr(self, name, fn)


class CheckpointConfig:
    def __init__(self, save_checkpoint_steps=1, save_checkpoint_seconds=0, keep_checkpoint_max=5,
                 keep_checkpoint_per_n_minutes=0, integrated_save=True, async_save=False, saved_network=None,
                 append_info=None, enc_key=None, enc_mode="AES-GCM", exception_save=False, **kwargs):
        self.save_checkpoint_steps = save_checkpoint_steps
        self.save_checkpoint_seconds = save_checkpoint_seconds
        self.keep_checkpoint_max = keep_checkpoint_max
        self.saved_network = saved_network


class ModelCheckpoint(Callback):
    def __init__(self, prefix="CKP", directory=None, config=None, **kwargs):
        super().__init__()
        import os

        self._prefix = prefix
        self._directory = directory or os.getcwd()
        self._config = config or CheckpointConfig()
        self._saved = []
        self.latest_ckpt_file_name = ""

    def step_end(self, run_context):
        import os

        from .. import save_checkpoint

        cb = run_context.original_args()
        steps = self._config.save_checkpoint_steps or 0
        if steps and cb.cur_step_num % steps == 0:
            os.makedirs(self._directory, exist_ok=True)
            step_in_epoch = (cb.cur_step_num - 1) % cb.batch_num + 1
            name = os.path.join(self._directory, f"{self._prefix}-{cb.cur_epoch_num}_{step_in_epoch}.ckpt")
            save_checkpoint(self._config.saved_network or cb.train_network, name)
            self._saved.append(name)
            self.latest_ckpt_file_name = name
            while self._config.keep_checkpoint_max and len(self._saved) > self._config.keep_checkpoint_max:
                old = self._saved.pop(0)
                if os.path.exists(old):
                    os.remove(old)


class EarlyStopping(Callback):
    def __init__(self, monitor="eval_loss", min_delta=0, patience=0, verbose=False, mode="auto", baseline=None,
                 restore_best_weights=False):
        super().__init__()
        self.monitor, self.patience = monitor, patience


for _c in (Callback, RunContext, LossMonitor, TimeMonitor, History, LambdaCallback, CheckpointConfig,
           ModelCheckpoint, EarlyStopping):
    _c.__module__ = "mindspore.train.callback._" + {"Callback": "callback", "RunContext": "callback",
                                                     "LossMonitor": "loss_monitor", "TimeMonitor": "time_monitor",
                                                     "History": "history", "LambdaCallback": "lambda_callback",
                                                     "CheckpointConfig": "checkpoint",
                                                     "ModelCheckpoint": "checkpoint",
                                                     "EarlyStopping": "early_stop"}[_c.__name__]


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

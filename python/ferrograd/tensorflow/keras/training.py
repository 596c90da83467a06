"""Keras 2 (tf-keras) Model.compile / fit / evaluate / predict / summary.

The loop follows tf-keras's train_step: forward with training=True under a GradientTape, the
compiled loss (SUM_OVER_BATCH_SIZE) plus layer losses, gradients applied by the optimizer, the
"loss" Mean metric weighted by batch size, then the compiled metrics. Logs are the metrics'
results as Python floats, as History records them.

Not reproduced: the order of `shuffle=True` (tf.data draws it from graph-level seeds), and the
progress bar's timings (they are wall-clock)."""
import sys
import time

from .. import _ops, dtypes as _dt
from .._tensor import convert_to_tensor
from . import losses as _losses
from . import metrics as _metrics


class History:
    def __init__(self):
        self.history = {}
        self.epoch = []
        self.params = {}
        self.model = None

    def _record(self, epoch, logs):
        self.epoch.append(epoch)
        for k, v in logs.items():
            self.history.setdefault(k, []).append(v)


def _get_loss(loss):
    if loss is None or isinstance(loss, _losses.Loss):
        return loss
    if isinstance(loss, str):
        fn = getattr(_losses, loss, None)
        if fn is None or isinstance(fn, type):
            raise ValueError(f"Unknown loss function: '{loss}'. Please ensure you are using a "
                             f"`keras.utils.custom_object_scope` and that this object is included in the scope.")
        return _losses.LossFunctionWrapper(fn, name=loss)
    if callable(loss):
        return _losses.LossFunctionWrapper(loss, name=getattr(loss, "__name__", "loss"))
    raise ValueError(f"Could not interpret loss identifier: {loss}")


def _is_fn_of(loss, name):
    fn = getattr(loss, "fn", None)
    return getattr(fn, "__name__", None) == name or type(loss).__name__.lower() == name.replace("_", "")


def _resolve_metric(m, loss, y_true, y_pred):
    """compile_utils.MetricsContainer._get_metric_object: 'accuracy' picks binary / sparse /
    categorical accuracy from the shapes; other strings name metric classes or functions."""
    if isinstance(m, _metrics.Metric):
        return m
    if m in ("accuracy", "acc"):
        yt, yp = y_true.shape, y_pred.shape
        is_binary = yp[-1] == 1
        is_sparse = yt.rank < yp.rank or (yt[-1] == 1 and yp[-1] > 1)
        fn = _metrics.binary_accuracy if is_binary else \
            _metrics.sparse_categorical_accuracy if is_sparse else _metrics.categorical_accuracy
        return _metrics.MeanMetricWrapper(fn, name=m)
    if isinstance(m, str):
        obj = _metrics.get(m)
        obj._name = m  # compile() names a metric given as a string by that string
        return obj
    if callable(m):
        return _metrics.MeanMetricWrapper(m, name=getattr(m, "__name__", "metric"))
    raise ValueError(f"Unknown metric {m!r}")


def _as_tensor(x):
    if x is None:
        return None
    if isinstance(x, dict):
        return {k: _as_tensor(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)) and x and not isinstance(x[0], (int, float, list)):
        return type(x)(_as_tensor(v) for v in x)
    t = convert_to_tensor(x)
    if t.dtype == _dt.float64:
        t = _ops.cast(t, _dt.float32)  # Keras casts float inputs to the layer dtype
    return t


def _n_samples(x):
    if isinstance(x, dict):
        return _n_samples(next(iter(x.values())))
    if isinstance(x, (list, tuple)) and not hasattr(x, "shape"):
        return _n_samples(x[0])
    return int(x.shape[0])


def _take(x, lo, hi, idx=None):
    if x is None:
        return None
    if isinstance(x, dict):
        return {k: _take(v, lo, hi, idx) for k, v in x.items()}
    if isinstance(x, (list, tuple)) and not hasattr(x, "shape"):
        return type(x)(_take(v, lo, hi, idx) for v in x)
    if idx is not None:
        return _ops.gather(x, idx[lo:hi])
    return x[lo:hi]


def _match_dtype_and_rank(y_t, y_p):
    """compile_utils.match_dtype_and_rank: labels of rank 1 for rank-2 predictions get a trailing
    axis; float labels take the predictions' float dtype (integers likewise)."""
    y_t = convert_to_tensor(y_t)
    if y_t.shape.rank == 1 and y_p.shape.rank == 2:
        y_t = _ops.expand_dims(y_t, -1)
    if (y_t.dtype.is_floating and y_p.dtype.is_floating) or (y_t.dtype.is_integer and y_p.dtype.is_integer):
        y_t = _ops.cast(y_t, y_p.dtype)
    return y_t


def _fmt_value(v):
    return " - %s: %.4f" % v if abs(v[1]) > 1e-3 else " - %s: %.4e" % v


class TrainingMixin:
    """Methods of tf.keras.Model for built-in training."""

    def compile(self, optimizer="rmsprop", loss=None, metrics=None, loss_weights=None, weighted_metrics=None,
                run_eagerly=None, steps_per_execution=None, jit_compile=None, **kwargs):
        from . import optimizers

        self.optimizer = optimizers.get(optimizer) if isinstance(optimizer, str) else optimizer
        self.loss = loss
        self._compiled_loss = _get_loss(loss)
        self._metric_specs = list(metrics or [])
        self._compiled_metrics = None
        self._loss_tracker = _metrics.Mean(name="loss")
        self._is_compiled = True

    def _check_compiled(self):
        if not getattr(self, "_is_compiled", False):
            raise RuntimeError("You must compile your model before training/testing. Use "
                               "`model.compile(optimizer, loss)`.")

    @property
    def metrics(self):
        out = [self._loss_tracker] if getattr(self, "_is_compiled", False) else []
        return out + list(self._compiled_metrics or [])

    @property
    def metrics_names(self):
        return [m.name for m in self.metrics]

    def reset_metrics(self):
        for m in self.metrics:
            m.reset_state()

    def _build_metrics(self, y, y_pred):
        if self._compiled_metrics is None:
            self._compiled_metrics = [_resolve_metric(m, self._compiled_loss, y, y_pred) for m in self._metric_specs]

    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None):
        if y is not None and self._compiled_loss is not None:
            y = _match_dtype_and_rank(y, y_pred)
        loss = self._compiled_loss(y, y_pred, sample_weight) if self._compiled_loss is not None else None
        extra = list(getattr(self, "losses", []) or [])
        if extra:
            reg = _ops.add_n(extra)
            loss = reg if loss is None else loss + reg
        return loss

    def _update_metrics(self, loss, y, y_pred, batch):
        self._loss_tracker.update_state(loss, sample_weight=float(batch))
        self._build_metrics(y, y_pred)
        for m in self._compiled_metrics:
            m.update_state(y, y_pred)

    def train_step(self, data):
        from .._tape import GradientTape

        x, y = data
        with GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x, y, y_pred)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        self._update_metrics(loss, y, y_pred, _n_samples(x))
        return self._logs()

    def test_step(self, data):
        x, y = data
        y_pred = self(x, training=False)
        loss = self.compute_loss(x, y, y_pred)
        self._update_metrics(loss, y, y_pred, _n_samples(x))
        return self._logs()

    def _logs(self):
        return {m.name: m.result() for m in self.metrics}

    @staticmethod
    def _floats(logs, prefix=""):
        return {prefix + k: float(v.numpy()) for k, v in logs.items()}

    def fit(self, x=None, y=None, batch_size=None, epochs=1, verbose="auto", callbacks=None, validation_split=0.0,
            validation_data=None, shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0,
            steps_per_epoch=None, validation_steps=None, validation_batch_size=None, validation_freq=1, **kwargs):
        self._check_compiled()
        from ..data import Dataset

        verbose = 1 if verbose == "auto" else verbose
        dataset = x if isinstance(x, Dataset) else None
        if dataset is None:
            x, y = _as_tensor(x), _as_tensor(y)
            if validation_split and validation_data is None:
                n = _n_samples(x)
                split = int(n * (1.0 - validation_split))
                validation_data = (_take(x, split, n), _take(y, split, n))
                x, y = _take(x, 0, split), _take(y, 0, split)
        history = History()
        history.model = self
        bs = batch_size or 32
        cbs = list(callbacks or [])
        for cb in cbs:
            cb.set_model(self)
            cb.set_params({"verbose": verbose, "epochs": epochs})
        self.stop_training = False
        for cb in cbs:
            cb.on_train_begin({})
        for epoch in range(initial_epoch, epochs):
            self.reset_metrics()
            for cb in cbs:
                cb.on_epoch_begin(epoch, {})
            if verbose:
                print("Epoch %d/%d" % (epoch + 1, epochs))
            t0 = time.time()
            steps = 0
            for xb, yb in self._batches(dataset, x, y, bs, shuffle):
                for cb in cbs:
                    cb.on_train_batch_begin(steps, {})
                logs = self.train_step((xb, yb))
                for cb in cbs:
                    cb.on_train_batch_end(steps, self._floats(logs))
                steps += 1
                if steps_per_epoch and steps >= steps_per_epoch:
                    break
            logs = self._floats(logs)
            if validation_data is not None and (epoch + 1) % validation_freq == 0:
                vx, vy = validation_data[0], validation_data[1]
                val = self.evaluate(vx, vy, batch_size=validation_batch_size or bs, verbose=0, return_dict=True)
                logs.update({"val_" + k: v for k, v in val.items()})
            history._record(epoch, logs)
            if verbose:
                self._print_epoch(steps, logs, time.time() - t0, verbose)
            for cb in cbs:
                cb.on_epoch_end(epoch, logs)
            if self.stop_training:
                break
        for cb in cbs:
            cb.on_train_end(logs)
        history.params = {"verbose": verbose, "epochs": epochs, "steps": steps}
        self.history = history
        return history

    def _batches(self, dataset, x, y, bs, shuffle=False):
        if dataset is not None:
            for e in dataset:
                yield (e[0], e[1]) if isinstance(e, tuple) else (e, None)
            return
        n = _n_samples(x)
        idx = None
        if shuffle:
            from .. import random as _random

            idx = _random.shuffle(_ops.range(n, dtype=_dt.int64))
        for lo in range(0, n, bs):
            yield _take(x, lo, min(lo + bs, n), idx), _take(y, lo, min(lo + bs, n), idx)

    @staticmethod
    def _print_epoch(steps, logs, secs, verbose):
        vals = "".join(_fmt_value((k, v)) for k, v in logs.items())
        per = secs / max(steps, 1)
        if verbose == 1:
            bar = "[" + "=" * 30 + "]"
            line = "%d/%d %s - %ds %dms/step%s" % (steps, steps, bar, int(secs), int(per * 1000), vals)
        else:
            line = "%d/%d - %ds - %s - %dms/epoch - %dms/step" % (steps, steps, int(secs), vals[3:],
                                                                 int(secs * 1000), int(per * 1000))
        sys.stdout.write(line + "\n")

    def evaluate(self, x=None, y=None, batch_size=None, verbose="auto", sample_weight=None, steps=None,
                 callbacks=None, return_dict=False, **kwargs):
        self._check_compiled()
        from ..data import Dataset

        dataset = x if isinstance(x, Dataset) else None
        if dataset is None:
            x, y = _as_tensor(x), _as_tensor(y)
        self.reset_metrics()
        logs = {}
        n = 0
        for xb, yb in self._batches(dataset, x, y, batch_size or 32):
            logs = self.test_step((xb, yb))
            n += 1
        logs = self._floats(logs)
        verbose = 1 if verbose == "auto" else verbose
        if verbose:
            self._print_epoch(n, logs, 0.0, verbose)
        if return_dict:
            return logs
        vals = list(logs.values())
        return vals[0] if len(vals) == 1 else vals

    def predict(self, x, batch_size=None, verbose="auto", steps=None, callbacks=None, **kwargs):
        import numpy as np

        from ..data import Dataset

        outs = []
        if isinstance(x, Dataset):
            for e in x:
                outs.append(self(e[0] if isinstance(e, tuple) else e, training=False).numpy())
        else:
            x = _as_tensor(x)
            n, bs = _n_samples(x), batch_size or 32
            for lo in range(0, n, bs):
                outs.append(self(_take(x, lo, min(lo + bs, n)), training=False).numpy())
        return np.concatenate(outs, axis=0)

    def predict_on_batch(self, x):
        return self(_as_tensor(x), training=False).numpy()

    def train_on_batch(self, x, y=None, sample_weight=None, class_weight=None, reset_metrics=True,
                       return_dict=False):
        self._check_compiled()
        if reset_metrics:
            self.reset_metrics()
        logs = self._floats(self.train_step((_as_tensor(x), _as_tensor(y))))
        vals = list(logs.values())
        return logs if return_dict else (vals[0] if len(vals) == 1 else vals)

    def test_on_batch(self, x, y=None, sample_weight=None, reset_metrics=True, return_dict=False):
        self._check_compiled()
        if reset_metrics:
            self.reset_metrics()
        logs = self._floats(self.test_step((_as_tensor(x), _as_tensor(y))))
        vals = list(logs.values())
        return logs if return_dict else (vals[0] if len(vals) == 1 else vals)

    # ---------------------------------------------------------------- summary
    def count_params(self):
        return sum(_count(w) for w in self.weights)

    def summary(self, line_length=None, positions=None, print_fn=None, expand_nested=False,
                show_trainable=False, layer_range=None):
        if not self.built:
            raise ValueError("This model has not yet been built. Build the model first by calling `build()` or "
                             "by calling the model on a batch of data.")
        print_fn = print_fn or print
        line_length = line_length or 65
        positions = [int(line_length * p) for p in (positions or [0.45, 0.85, 1.0])]

        def row(fields):
            left = [str(f) for f in fields]
            while any(left):
                line = ""
                for col in range(len(left)):
                    start = positions[col - 1] if col else 0
                    end = positions[col]
                    space = 2 if col != len(positions) - 1 else 0
                    cutoff = end - start - space - (1 if col != len(positions) - 1 else 0)
                    fit = left[col][:cutoff]
                    cands = [fit.find(s) + len(s) for s in ("),", "},", "],", "',") if fit.find(s) >= 0]
                    if cands:
                        cutoff = min(cands)
                        fit = fit[:cutoff]
                    if col == 0:
                        line += " "
                    line += fit + " " * space
                    left[col] = left[col][cutoff:]
                    line += " " * (end - len(line))
                print_fn(line)

        print_fn(f'Model: "{self.name}"')
        print_fn("_" * line_length)
        row(["Layer (type)", "Output Shape", "Param #"])
        print_fn("=" * line_length)
        for layer in self._summary_layers():
            shape = getattr(layer, "_output_shape", None)
            params = layer.count_params() if layer.built else "0 (unused)"
            row([layer.name + " (" + type(layer).__name__ + ")", "multiple" if shape is None else shape, params])
            print_fn(" " * line_length)  # tf-keras: a blank row after each top-level layer
        print_fn("=" * line_length)
        tw, nw = self.trainable_weights, self.non_trainable_weights
        tc, nc = sum(_count(w) for w in tw), sum(_count(w) for w in nw)
        tm, nm = sum(_count(w) * w.dtype.size for w in tw), sum(_count(w) * w.dtype.size for w in nw)
        print_fn(f"Total params: {tc + nc} ({_readable(tm + nm)})")
        print_fn(f"Trainable params: {tc} ({_readable(tm)})")
        print_fn(f"Non-trainable params: {nc} ({_readable(nm)})")
        print_fn("_" * line_length)


def _count(w):
    n = 1
    for d in w.shape:
        n *= int(d)
    return n


def _readable(size):
    units = ["Byte", "KB", "MB", "GB", "TB", "PB"]
    for unit in units:
        if size / 1024 < 1:
            return "{:.2f} {}".format(size, unit)
        size /= 1024
    return "{:.2f} {}".format(size, units[-1])
